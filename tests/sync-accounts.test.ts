import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { Session } from '../src-main/core/session'
import { DEMO_STAFF_PASSWORD } from '../src-main/features/identity/demo-staff'
import { startCentral, type StartedCentral } from '../central/testing'
import { usccCheckChar } from '../src-shared/domain/identifiers/uscc'
import { createTestApp, demoPeople, STRONG_PASSWORD, type TestApp } from './support/app'
import { comparePartitions, ENROLLED_ADMIN_PASSWORD, MANUAL_SYNC } from './support/sync-check'

/**
 * Citizens' accounts across terminals: registered at one kiosk, signed in at another; bindings,
 * password resets and sign-in phones follow through the central service; two offline
 * registrations of one person converge on the one the central service took first. And the
 * staff accounts a demo terminal starts with do not survive enrolment with their published password.
 */

async function enrol(t: TestApp, central: StartedCentral, mode: 'kiosk' | 'counter', name: string) {
  const { code } = await central.createCode({ officeCode: '370100', mode, name })
  const admin = await t.staff('admin')
  return t.call(admin, 'sync.enrol', { centralUrl: central.url, code, adminPassword: ENROLLED_ADMIN_PASSWORD })
}

async function expectConverged(t: TestApp, central: StartedCentral): Promise<void> {
  for (const { partition, ours, theirs } of await comparePartitions(t.app, central.url)) expect(ours, partition).toEqual(theirs)
}

function citizenSignIn(t: TestApp, idNumber: string, password: string) {
  return t.call(t.app.sessions.create(), 'auth.signIn', { kind: 'citizen', idNumber, password })
}

describe('citizen and organisation accounts across terminals', () => {
  let central: StartedCentral
  let kiosk: TestApp
  let counter: TestApp

  beforeAll(async () => {
    central = await startCentral({ demoViolations: 600 })
    kiosk = await createTestApp({ demoOnEmpty: false, mode: 'kiosk', sync: MANUAL_SYNC })
    counter = await createTestApp({ demoOnEmpty: false, mode: 'counter', sync: MANUAL_SYNC })
    expect(await enrol(kiosk, central, 'kiosk', '自助机1')).toMatchObject({ ok: true })
    expect(await enrol(counter, central, 'counter', '窗口2')).toMatchObject({ ok: true })
    await kiosk.app.sync.runCycle()
    await counter.app.sync.runCycle()
  })
  afterAll(async () => {
    await kiosk?.close()
    await counter?.close()
    await central?.close()
  })

  it('registered at a kiosk, signs in at a counter; a vehicle bound there, a password reset and a new phone reach every terminal', async () => {
    const [person] = demoPeople(kiosk.app, 1)
    if (!person) throw new Error('no citizen with a licence and a vehicle in the office partition')
    const visitor = kiosk.app.sessions.create()
    const registered = await kiosk.call(visitor, 'auth.registerCitizen', { route: 'licence', idNumber: person.idNumber, licenceFileNumber: person.fileNumber, phone: '13805310001', password: STRONG_PASSWORD })
    expect(registered, JSON.stringify(registered)).toMatchObject({ ok: true })
    // Before any sync the counter does not know the account.
    expect(await citizenSignIn(counter, person.idNumber, STRONG_PASSWORD)).toMatchObject({ ok: false })

    await kiosk.app.sync.runCycle()
    await counter.app.sync.runCycle()
    const atCounter = counter.app.sessions.create()
    expect(await counter.call(atCounter, 'auth.signIn', { kind: 'citizen', idNumber: person.idNumber, password: STRONG_PASSWORD })).toMatchObject({ ok: true })
    const overview = await counter.call(atCounter, 'me.overview', {})
    expect(overview).toMatchObject({ ok: true, value: { licence: { bound: true } } })

    // A vehicle bound at the counter shows as bound at the kiosk after both have synced.
    expect(await counter.call(atCounter, 'me.bindVehicle', { plate: person.plate, vinLastSix: person.vin.slice(-6) })).toMatchObject({ ok: true })
    await counter.app.sync.runCycle()
    await kiosk.app.sync.runCycle()
    const atKiosk = kiosk.app.sessions.create()
    expect(await kiosk.call(atKiosk, 'auth.signIn', { kind: 'citizen', idNumber: person.idNumber, password: STRONG_PASSWORD })).toMatchObject({ ok: true })
    const seen = await kiosk.call(atKiosk, 'me.overview', {})
    expect((seen.value as { vehicles: { plate: string; bound: boolean }[] }).vehicles.find((vehicle) => vehicle.plate === person.plate)).toMatchObject({ bound: true })

    // The counter resets the password and the citizen changes the sign-in phone at the kiosk.
    const clerk = await counter.serving(person.citizenId)
    expect(await counter.call(clerk, 'counter.resetCitizenPassword', { password: 'Reset#2026x' })).toMatchObject({ ok: true })
    expect(await kiosk.call(atKiosk, 'me.updateContacts', { phone: '13905310002', signIn: true, licence: false, vehicleIds: [] })).toMatchObject({ ok: true })
    for (let round = 0; round < 2; round++) for (const t of [counter, kiosk]) await t.app.sync.runCycle()

    expect(await citizenSignIn(kiosk, person.idNumber, STRONG_PASSWORD)).toMatchObject({ ok: false, error: { details: { rule: 'AUTH_BAD_CREDENTIALS' } } })
    expect(await citizenSignIn(kiosk, person.idNumber, 'Reset#2026x')).toMatchObject({ ok: true })
    for (const t of [kiosk, counter]) {
      const account = t.app.db.raw.prepare(`SELECT phone FROM accounts WHERE citizen_id = ? AND kind = 'citizen'`).get(person.citizenId) as { phone: string }
      expect(account.phone).toBe('13905310002')
      await expectConverged(t, central)
    }
  })

  it('one person registered on two terminals offline: the first to reach the central service wins, the other gets a review task and takes in the winner', async () => {
    const [, person] = demoPeople(kiosk.app, 2)
    if (!person) throw new Error('no second citizen with a licence and a vehicle')
    const viaLicence = { route: 'licence', idNumber: person.idNumber, licenceFileNumber: person.fileNumber, phone: '13805310011', password: STRONG_PASSWORD }
    expect(await kiosk.call(kiosk.app.sessions.create(), 'auth.registerCitizen', viaLicence)).toMatchObject({ ok: true })
    const viaVehicle = { route: 'vehicle', idNumber: person.idNumber, plate: person.plate, vinLastSix: person.vin.slice(-6), phone: '13805310012', password: 'Other#2026y' }
    expect(await counter.call(counter.app.sessions.create(), 'auth.registerCitizen', viaVehicle)).toMatchObject({ ok: true })

    await kiosk.app.sync.runCycle()
    await counter.app.sync.runCycle()

    const tasks = counter.app.sync.tasks('open')
    expect(tasks).toContainEqual(expect.objectContaining({ command: 'auth.registerCitizen', code: 'REG_ALREADY_REGISTERED', kind: 'review' }))
    // The counter now holds the kiosk's account (and its binding), not its own.
    const accounts = counter.app.db.raw.prepare(`SELECT id, phone FROM accounts WHERE citizen_id = ? AND kind = 'citizen'`).all(person.citizenId) as { id: string; phone: string }[]
    expect(accounts).toHaveLength(1)
    expect(accounts[0]!.phone).toBe('13805310011')
    const orphans = counter.app.db.raw.prepare(`SELECT count(*) AS n FROM bindings WHERE account_id NOT IN (SELECT id FROM accounts)`).get() as { n: number }
    expect(orphans.n).toBe(0)
    expect(await citizenSignIn(counter, person.idNumber, 'Other#2026y')).toMatchObject({ ok: false })
    expect(await citizenSignIn(counter, person.idNumber, STRONG_PASSWORD)).toMatchObject({ ok: true })
    await expectConverged(counter, central)
    await expectConverged(kiosk, central)
  })

  // Organisations (单位) across the same two terminals.
  const uscc = (serial: string) => {
    const first17 = `91370100MA${serial}`
    return `${first17}${usccCheckChar(first17)}`
  }
  const register = (t: TestApp, code: string, agentIdNumber: string) =>
    t.call(t.app.sessions.create(), 'auth.registerOrganisation', { uscc: code, name: '济南市某物流有限公司', agentIdNumber, agentPhone: '13900000001', password: STRONG_PASSWORD })
  const orgSignIn = (t: TestApp, code: string) => t.call(t.app.sessions.create(), 'auth.signIn', { kind: 'organisation', uscc: code, password: STRONG_PASSWORD })

  it('an organisation registered at a kiosk, approved at another counter, signs in at the kiosk', async () => {
    const [agent] = demoPeople(kiosk.app, 1)
    const code = uscc('3C5XQ44')
    expect(await register(kiosk, code, agent!.idNumber)).toMatchObject({ ok: true, value: { status: 'pending' } })
    await kiosk.app.sync.runCycle()
    await counter.app.sync.runCycle()
    const clerk = await counter.staff('clerk')
    const pending = (await counter.call(clerk, 'counter.pendingOrganisations', {})).value as { id: string; uscc: string }[]
    const organisation = pending.find((each) => each.uscc === code)
    if (!organisation) throw new Error('the kiosk registration did not reach the counter')
    expect(await orgSignIn(counter, code)).toMatchObject({ ok: false, error: { details: { rule: 'AUTH_ORG_PENDING' } } })
    expect(await counter.call(clerk, 'counter.decideOrganisation', { organisationId: organisation.id, decision: 'approved', note: '材料齐全' })).toMatchObject({ ok: true })
    await counter.app.sync.runCycle()
    await kiosk.app.sync.runCycle()
    expect(await orgSignIn(kiosk, code)).toMatchObject({ ok: true, value: { role: 'org_agent' } })
    for (const t of [kiosk, counter]) for (const { partition, ours, theirs } of await comparePartitions(t.app, central.url)) expect(ours, partition).toEqual(theirs)
  })

  it('one credit code registered on two terminals offline keeps the first; two decisions keep the first', async () => {
    const [, first, second] = demoPeople(kiosk.app, 3)
    const code = uscc('3C5XQ45')
    expect(await register(kiosk, code, first!.idNumber)).toMatchObject({ ok: true })
    expect(await register(counter, code, second!.idNumber)).toMatchObject({ ok: true })
    await kiosk.app.sync.runCycle()
    await counter.app.sync.runCycle()
    expect(counter.app.sync.tasks('open')).toContainEqual(expect.objectContaining({ command: 'auth.registerOrganisation', code: 'ORG_REGISTERED_ELSEWHERE' }))
    for (const t of [kiosk, counter]) {
      const rows = t.app.db.raw.prepare(`SELECT agent_citizen_id FROM organisations WHERE uscc = ?`).all(code) as { agent_citizen_id: string }[]
      expect(rows).toEqual([{ agent_citizen_id: first!.citizenId }])
      expect(t.app.db.raw.prepare(`SELECT count(*) AS n FROM accounts WHERE username = ?`).get(code)).toEqual({ n: 1 })
    }

    // Decided at both counters before either syncs: the first decision to arrive stands.
    const organisationId = (kiosk.app.db.raw.prepare(`SELECT id FROM organisations WHERE uscc = ?`).get(code) as { id: string }).id
    const other = await createTestApp({ demoOnEmpty: false, mode: 'counter', sync: MANUAL_SYNC })
    try {
      expect(await enrol(other, central, 'counter', '窗口3')).toMatchObject({ ok: true })
      await other.app.sync.runCycle()
      expect(await counter.call(await counter.staff('clerk'), 'counter.decideOrganisation', { organisationId, decision: 'approved', note: '' })).toMatchObject({ ok: true })
      expect(await other.call(await other.staff('clerk'), 'counter.decideOrganisation', { organisationId, decision: 'rejected', note: '材料不全' })).toMatchObject({ ok: true })
      await counter.app.sync.runCycle()
      await other.app.sync.runCycle()
      expect(other.app.sync.tasks('open')).toContainEqual(expect.objectContaining({ command: 'counter.decideOrganisation', code: 'ORG_DECISION_CHANGED' }))
      expect(other.app.db.raw.prepare(`SELECT status FROM organisations WHERE id = ?`).get(organisationId)).toEqual({ status: 'approved' })
      for (const { partition, ours, theirs } of await comparePartitions(other.app, central.url)) expect(ours, partition).toEqual(theirs)
    } finally {
      await other.close()
    }
  })
})

describe('staff accounts at enrolment', () => {
  let central: StartedCentral | undefined
  let terminal: TestApp | undefined
  afterEach(async () => {
    await terminal?.close()
    await central?.close()
    terminal = central = undefined
  })

  async function staffSignIn(t: TestApp, username: string, password: string) {
    const session: Session = t.app.sessions.create()
    return t.call(session, 'auth.signIn', { kind: 'staff', username, password })
  }

  it('with a production central service: the demo password is refused, the enrolling admin keeps their account under the new password, other staff are disabled', async () => {
    central = await startCentral({ demoViolations: 100, demo: false })
    terminal = await createTestApp({ demoOnEmpty: false, sync: MANUAL_SYNC })
    const admin = await terminal.staff('admin')
    const { code } = await central.createCode({ officeCode: '370100', mode: 'counter', name: '窗口1' })
    const refused = await terminal.call(admin, 'sync.enrol', { centralUrl: central.url, code, adminPassword: DEMO_STAFF_PASSWORD })
    expect(refused).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    expect(JSON.stringify(refused.error?.details)).toContain('PASSWORD_IS_DEMO')
    expect(terminal.app.terminal().enrolled).toBe(false)

    expect(await terminal.call(admin, 'sync.enrol', { centralUrl: central.url, code, adminPassword: ENROLLED_ADMIN_PASSWORD })).toMatchObject({ ok: true, value: { enrolled: true } })
    expect(await staffSignIn(terminal, 'admin', DEMO_STAFF_PASSWORD)).toMatchObject({ ok: false, error: { details: { rule: 'AUTH_BAD_CREDENTIALS' } } })
    expect(await staffSignIn(terminal, 'admin', ENROLLED_ADMIN_PASSWORD)).toMatchObject({ ok: true })
    expect(await staffSignIn(terminal, 'clerk', DEMO_STAFF_PASSWORD)).toMatchObject({ ok: false, error: { details: { rule: 'AUTH_DISABLED' } } })
    const line = terminal.app.db.raw.prepare(`SELECT details FROM audit_log WHERE action = 'sync.enrol'`).get() as { details: string }
    expect(JSON.parse(line.details)).toMatchObject({ disabledStaff: ['clerk'] })
    expect(line.details).not.toContain(ENROLLED_ADMIN_PASSWORD)
  })

  it('with a demo central service: only the enrolling admin\'s password changes', async () => {
    central = await startCentral({ demoViolations: 100 })
    terminal = await createTestApp({ demoOnEmpty: false, sync: MANUAL_SYNC })
    expect(await enrol(terminal, central, 'counter', '窗口1')).toMatchObject({ ok: true })
    expect(await staffSignIn(terminal, 'admin', ENROLLED_ADMIN_PASSWORD)).toMatchObject({ ok: true })
    expect(await staffSignIn(terminal, 'clerk', DEMO_STAFF_PASSWORD)).toMatchObject({ ok: true })
  })
})
