import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ServiceApplicationView } from '../src-shared/contract/applications'
import { addDays } from '../src-shared/domain/civil-date'
import { createTestApp, movableClock, type TestApp } from './support/app'

type Services = { licence: { validUntil: string | null; classes: string[] } | null; services: { kind: string; deferral: string | null; verdict: { ok: boolean; rule: string | null } }[]; applications: ServiceApplicationView[] }

/**
 * 驾驶证业务 on one counter: the services a holder may apply for today, each refusal by rule,
 * acceptance into the outbox, one open application per licence, and 办结 / 退办 by a clerk.
 */
describe('licence services', () => {
  let t: TestApp
  const clock = movableClock()
  const today = () => clock.now().toISOString().slice(0, 10)
  beforeAll(async () => {
    t = await createTestApp({ mode: 'counter', demoSize: 3000 }, clock.now)
  })
  afterAll(() => t.close())

  /** Holders of a valid C1/C2 licence of this office, under 59, with no violation (no 12-point cycle either), or none unhandled. */
  function holders(count: number, withoutViolations = true): { citizenId: string; licenceId: string }[] {
    const found = t.app.db.raw
      .prepare(
        `SELECT l.citizen_id AS citizenId, l.id AS licenceId FROM licences l JOIN citizens c ON c.id = l.citizen_id
          WHERE l.status = 'valid' AND l.office_code = '370100' AND l.classes IN ('C1', 'C2') AND c.birth_date > date(?, '-59 years') AND l.valid_until IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM violations v WHERE v.licence_id = l.id${withoutViolations ? '' : ` AND v.state IN ('unhandled', 'unpaid', 'paying')`})
          AND NOT EXISTS (SELECT 1 FROM service_applications a WHERE a.subject_id = l.id) ORDER BY l.id LIMIT ?`
      )
      .all(today(), count) as { citizenId: string; licenceId: string }[]
    if (found.length < count) throw new Error(`only ${found.length} of ${count} licence holders in the demo data`)
    return found
  }
  const licence = (id: string) => t.app.db.raw.prepare('SELECT classes, valid_from, valid_until, status FROM licences WHERE id = ?').get(id) as Record<string, unknown>
  const rule = (r: Awaited<ReturnType<TestApp['call']>>) => r.error?.details?.rule

  it('lists every service with a verdict, accepts a lost-licence replacement once, and a clerk issues it', async () => {
    const [holder] = holders(1)
    const clerk = await t.serving(holder!.citizenId)
    const before = (await t.call(clerk, 'licence.services', {})).value as Services
    expect(before.services.map((s) => `${s.kind}${s.deferral ? `:${s.deferral}` : ''}`)).toEqual([
      'renewal', 'age_exchange', 'replace_damaged', 'replace_lost', 'defer:renewal', 'defer:review', 'defer:certificate'
    ])
    const verdict = (kind: string, deferral: string | null = null) => before.services.find((s) => s.kind === kind && s.deferral === deferral)!.verdict
    expect(verdict('replace_lost')).toEqual({ ok: true, rule: null, message: null })
    expect(verdict('age_exchange')).toMatchObject({ ok: false, rule: 'LICENCE_AGE_NOTHING_TO_EXCHANGE' })
    expect(verdict('defer', 'certificate')).toMatchObject({ ok: false, rule: 'LICENCE_DEFER_NOT_APPLICABLE' })

    const accepted = await t.call(clerk, 'licence.apply', { kind: 'replace_lost' })
    expect(accepted).toMatchObject({ ok: true, value: { kind: 'replace_lost', state: 'accepted', number: expect.stringMatching(/^JS\d{14}$/) } })
    const application = accepted.value as ServiceApplicationView
    expect(application.outcome.summary).toContain('原驾驶证同时作废')
    // One open application per licence: every service now says so.
    expect(rule(await t.call(clerk, 'licence.apply', { kind: 'replace_damaged', reason: 'damaged' }))).toBe('APPLICATION_OPEN')
    const during = (await t.call(clerk, 'licence.services', {})).value as Services
    expect(during.services.every((s) => s.verdict.rule === 'APPLICATION_OPEN')).toBe(true)
    expect(during.applications.map((a) => a.id)).toEqual([application.id])

    const pending = (await t.call(await t.staff('clerk'), 'applications.pending', {})).value as { applications: ServiceApplicationView[] }
    expect(pending.applications.map((a) => a.id)).toContain(application.id)
    const unchanged = licence(holder!.licenceId)
    const issued = await t.call(await t.staff('clerk'), 'applications.decide', { applicationId: application.id, decision: 'complete', note: '' })
    expect(issued).toMatchObject({ ok: true, value: { state: 'completed', decidedAt: clock.now().toISOString() } })
    expect(licence(holder!.licenceId)).toEqual(unchanged)
    expect(rule(await t.call(await t.staff('clerk'), 'applications.decide', { applicationId: application.id, decision: 'withdraw', note: '重复办理测试' }))).toBe('APPLICATION_NOT_OPEN')

    const commands = t.app.db.raw.prepare(`SELECT command, payload FROM outbox WHERE command IN ('licence.apply', 'applications.decide') ORDER BY seq`).all() as { command: string; payload: string }[]
    expect(commands.map((c) => c.command)).toEqual(['licence.apply', 'applications.decide'])
    expect(JSON.parse(commands[0]!.payload)).toMatchObject({ application: { id: application.id, state: 'accepted' }, context: { unhandledViolations: 0 } })
    expect(t.app.db.raw.prepare(`SELECT count(*) AS n FROM audit_log WHERE action IN ('licence.apply', 'applications.decide')`).get()).toEqual({ n: 2 })
  })

  it('renews a licence expiring within 90 days: the new period starts at the old expiry and steps up the ladder', async () => {
    const [holder] = holders(1)
    // Six-year period ending in 30 days.
    const validUntil = addDays(today(), 30)
    const validFrom = `${Number(validUntil.slice(0, 4)) - 6}${validUntil.slice(4)}`
    t.app.db.raw.prepare('UPDATE licences SET valid_from = ?, valid_until = ? WHERE id = ?').run(validFrom, validUntil, holder!.licenceId)
    const clerk = await t.serving(holder!.citizenId)
    const stale = await t.call(clerk, 'licence.apply', { kind: 'renewal', certificateIssuedOn: addDays(today(), -200) })
    expect(stale.error).toMatchObject({ code: 'RULE_VIOLATION', details: { rule: 'LICENCE_CERTIFICATE_INVALID' } })
    const accepted = await t.call(clerk, 'licence.apply', { kind: 'renewal', certificateIssuedOn: addDays(today(), -3) })
    const expected = `${Number(validUntil.slice(0, 4)) + 10}${validUntil.slice(4)}`
    expect(accepted).toMatchObject({ ok: true, value: { outcome: { validFrom: validUntil, validUntil: expected, status: 'valid' } } })
    const issued = await t.call(await t.staff('clerk'), 'applications.decide', { applicationId: (accepted.value as ServiceApplicationView).id, decision: 'complete', note: '已制证' })
    expect(issued).toMatchObject({ ok: true, value: { state: 'completed', decisionNote: '已制证' } })
    expect(licence(holder!.licenceId)).toMatchObject({ valid_from: validUntil, valid_until: expected, status: 'valid' })
    // Renewed: the next renewal is years away.
    expect(rule(await t.call(clerk, 'licence.apply', { kind: 'renewal', certificateIssuedOn: today() }))).toBe('LICENCE_RENEWAL_TOO_EARLY')
  })

  it('refuses by rule: a detained licence, unhandled violations, a person without a licence; a withdrawal needs its reason', async () => {
    const [detained, withViolation, toWithdraw] = holders(3, false)
    t.app.db.raw.prepare(`UPDATE licences SET status = 'detained' WHERE id = ?`).run(detained!.licenceId)
    expect(rule(await t.call(await t.serving(detained!.citizenId), 'licence.apply', { kind: 'replace_lost' }))).toBe('LICENCE_HELD_BY_POLICE')

    const validUntil = addDays(today(), 10)
    t.app.db.raw.prepare('UPDATE licences SET valid_until = ? WHERE id = ?').run(validUntil, withViolation!.licenceId)
    // A camera record not yet handled, now on this licence.
    const violation = t.app.db.raw.prepare(`SELECT id FROM violations WHERE licence_id IS NULL AND state = 'unhandled' LIMIT 1`).get() as { id: string }
    t.app.db.raw.prepare(`UPDATE violations SET licence_id = ? WHERE id = ?`).run(withViolation!.licenceId, violation.id)
    const refused = await t.call(await t.serving(withViolation!.citizenId), 'licence.apply', { kind: 'renewal', certificateIssuedOn: today() })
    expect(refused.error?.details).toMatchObject({ rule: 'LICENCE_VIOLATIONS_UNHANDLED', count: 1 })

    const nobody = t.app.db.raw.prepare('SELECT id FROM citizens WHERE id NOT IN (SELECT citizen_id FROM licences) LIMIT 1').get() as { id: string }
    const none = await t.serving(nobody.id)
    expect(rule(await t.call(none, 'licence.apply', { kind: 'replace_lost' }))).toBe('LICENCE_NONE')
    expect(((await t.call(none, 'licence.services', {})).value as Services)).toMatchObject({ licence: null, services: [] })

    const clerk = await t.serving(toWithdraw!.citizenId)
    const accepted = (await t.call(clerk, 'licence.apply', { kind: 'replace_damaged', reason: 'details_changed' })).value as ServiceApplicationView
    expect((await t.call(clerk, 'applications.decide', { applicationId: accepted.id, decision: 'withdraw', note: '' })).error?.code).toBe('INVALID_INPUT')
    const before = licence(toWithdraw!.licenceId)
    expect(await t.call(clerk, 'applications.decide', { applicationId: accepted.id, decision: 'withdraw', note: '申请人未带身份证明' })).toMatchObject({
      ok: true,
      value: { state: 'withdrawn', decisionNote: '申请人未带身份证明' }
    })
    expect(licence(toWithdraw!.licenceId)).toEqual(before)
    // Withdrawn, the licence is free for a new application.
    const again = await t.call(clerk, 'licence.apply', { kind: 'replace_lost' })
    expect(again).toMatchObject({ ok: true })
    // Detained after acceptance: it cannot be issued, only withdrawn.
    t.app.db.raw.prepare(`UPDATE licences SET status = 'detained' WHERE id = ?`).run(toWithdraw!.licenceId)
    const id = (again.value as ServiceApplicationView).id
    expect(rule(await t.call(clerk, 'applications.decide', { applicationId: id, decision: 'complete', note: '' }))).toBe('LICENCE_HELD_BY_POLICE')
    expect(await t.call(clerk, 'applications.decide', { applicationId: id, decision: 'withdraw', note: '驾驶证已被扣押' })).toMatchObject({ ok: true, value: { state: 'withdrawn' } })
    expect((await t.call(clerk, 'applications.decide', { applicationId: 'no-such-application', decision: 'complete', note: '' })).error?.code).toBe('NOT_FOUND')
  })
})
