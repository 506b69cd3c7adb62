import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, demoPeople, STRONG_PASSWORD, type TestApp } from './support/app'

describe('kiosk idle reset on the server', () => {
  let t: TestApp
  let clock = new Date('2026-11-25T02:00:00Z')
  beforeAll(async () => {
    t = await createTestApp({ mode: 'kiosk', idleSeconds: 90, demoSize: 100 }, () => clock)
  })
  afterAll(() => t.close())

  it('signs an idle kiosk session out on its next call, and audits it', async () => {
    const person = demoPeople(t.app, 1)[0]!
    const session = t.app.sessions.create()
    await t.call(session, 'auth.registerCitizen', { route: 'licence', idNumber: person.idNumber, licenceFileNumber: person.fileNumber, phone: '13811112222', password: STRONG_PASSWORD })
    expect((await t.call(session, 'me.overview', {})).ok).toBe(true)
    clock = new Date(clock.getTime() + 60_000)
    expect((await t.call(session, 'me.overview', {})).ok).toBe(true)
    clock = new Date(clock.getTime() + 101_000)
    expect((await t.call(session, 'me.overview', {})).error?.code).toBe('UNAUTHENTICATED')
    expect(session.role).toBe('anonymous')
    const line = t.app.db.raw.prepare(`SELECT actor_role, details FROM audit_log WHERE action = 'auth.signOut' ORDER BY seq DESC LIMIT 1`).get()
    expect(line).toEqual({ actor_role: 'system', details: '{"reason":"idle"}' })
  })

  it('hides whose card lies on the reader from anyone but staff', async () => {
    const person = demoPeople(t.app, 2)[1]!
    const anon = t.app.sessions.create()
    const placed = await t.call(anon, 'idcard.simulate', { action: 'place', idNumber: person.idNumber })
    expect(placed.value).toEqual({ state: 'card_present', maskedIdNumber: null, name: null })
  })
})
