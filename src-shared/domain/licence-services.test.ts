import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { LICENCE_CLASSES } from './exams/model'
import { checkLicenceService, classesAfterAgeExchange, nextValidityYears, type LicenceFacts, type ServiceContext, type ServiceRequest } from './licence-services'

const TODAY = '2026-11-25'
/** A C1 licence in its 6-year period, expiring in 60 days, issued in Jinan. */
const LICENCE: LicenceFacts = { classes: ['C1'], firstIssuedOn: '2020-01-24', validFrom: '2020-01-24', validUntil: '2027-01-24', status: 'valid', officeCode: '370100' }
const CONTEXT: ServiceContext = { today: TODAY, birthDate: '1990-05-01', terminalOffice: '370100', unhandledViolations: 0, fullCycles: 0 }
const RENEWAL: ServiceRequest = { kind: 'renewal', certificateIssuedOn: '2026-11-01' }

function check(request: ServiceRequest, licence: Partial<LicenceFacts> = {}, context: Partial<ServiceContext> = {}) {
  return checkLicenceService({ ...LICENCE, ...licence }, request, { ...CONTEXT, ...context })
}
const rule = (verdict: ReturnType<typeof check>) => (verdict.ok ? null : verdict.rule)

describe('期满换证 (L1, L2, L3, F5, L11)', () => {
  it('opens 90 days before expiry and moves 6 → 10 → long-term when no cycle reached 12 points', () => {
    // Expiring in exactly 90 days: open today. In 91 days: open tomorrow.
    expect(check(RENEWAL, { validUntil: '2027-02-23' })).toMatchObject({ ok: true })
    expect(check(RENEWAL, { validUntil: '2027-02-24' })).toMatchObject({ ok: false, rule: 'LICENCE_RENEWAL_TOO_EARLY', params: { opensOn: '2026-11-26' } })
    const verdict = check(RENEWAL)
    expect(verdict).toMatchObject({ ok: true, outcome: { validFrom: '2027-01-24', validUntil: '2037-01-24', status: 'valid', classes: ['C1'] } })
    const tenYears = check(RENEWAL, { validFrom: '2017-01-24', validUntil: '2027-01-24' })
    expect(tenYears).toMatchObject({ ok: true, outcome: { validFrom: '2027-01-24', validUntil: null } })
    expect(tenYears.ok && tenYears.outcome.summary).toContain('长期')
  })

  it('keeps the period length when a cycle of this period reached 12 points', () => {
    expect(check(RENEWAL, {}, { fullCycles: 1 })).toMatchObject({ ok: true, outcome: { validUntil: '2033-01-24' } })
    expect(nextValidityYears({ validFrom: '2017-01-24', validUntil: '2027-01-24' }, 2)).toBe(10)
    expect(nextValidityYears({ validFrom: '2017-01-24', validUntil: null }, 0)).toBeNull()
  })

  it('is refused for a long-term licence, with violations unhandled, or without a fresh certificate', () => {
    expect(rule(check(RENEWAL, { validUntil: null }))).toBe('LICENCE_LONG_TERM')
    expect(check(RENEWAL, {}, { unhandledViolations: 2 })).toMatchObject({ ok: false, rule: 'LICENCE_VIOLATIONS_UNHANDLED', params: { count: 2 } })
    // A certificate is valid six months from issue: 2026-05-25 still counts today, 2026-05-24 does not.
    expect(check({ kind: 'renewal', certificateIssuedOn: '2026-05-25' }).ok).toBe(true)
    expect(check({ kind: 'renewal', certificateIssuedOn: '2026-05-24' })).toMatchObject({ ok: false, rule: 'LICENCE_CERTIFICATE_INVALID', params: { expiredOn: '2026-11-24' } })
    expect(rule(check({ kind: 'renewal', certificateIssuedOn: '2026-11-26' }))).toBe('LICENCE_CERTIFICATE_INVALID')
  })

  it('is still possible within a year after expiry, and refused once the year has passed (cancelled, L3)', () => {
    expect(check(RENEWAL, { validUntil: '2025-11-25', status: 'expired' })).toMatchObject({ ok: true, outcome: { validFrom: '2025-11-25', status: 'valid' } })
    expect(rule(check(RENEWAL, { validUntil: '2025-11-24', status: 'expired' }))).toBe('LICENCE_EXPIRED_OVER_YEAR')
  })

  it('asks a holder past 60 with a heavy class to exchange for age first (L4)', () => {
    expect(check(RENEWAL, { classes: ['B2'] }, { birthDate: '1966-01-01' })).toMatchObject({ ok: false, rule: 'LICENCE_AGE_EXCHANGE_FIRST', params: { age: 60 } })
    expect(check(RENEWAL, { classes: ['B2'] }, { birthDate: '1966-11-26' }).ok).toBe(true) // 59 until tomorrow
  })
})

describe('超龄换证 (L4)', () => {
  it('exchanges heavy classes for a small car at 60, keeping C6 for A2 holders', () => {
    expect(classesAfterAgeExchange(['A2'], 61, 'C1')).toEqual(['C1', 'C6'])
    expect(classesAfterAgeExchange(['B2'], 60, 'C2')).toEqual(['C2'])
    expect(classesAfterAgeExchange(['A1', 'C1'], 65, 'C2')).toEqual(['C1'])
    expect(classesAfterAgeExchange(['C1', 'N'], 60, 'C1')).toEqual(['C1'])
    expect(classesAfterAgeExchange(['B2'], 59, 'C1')).toEqual(['B2'])
  })

  it('at 70: D and E become F, C3/C4/C6 a small car', () => {
    expect(classesAfterAgeExchange(['C1', 'E'], 70, 'C1')).toEqual(['C1', 'F'])
    expect(classesAfterAgeExchange(['C6'], 71, 'C2')).toEqual(['C2'])
    expect(classesAfterAgeExchange(['A2'], 72, 'C1')).toEqual(['C1'])
  })

  it('keeps no class barred at that age, and exchanging twice changes nothing (property)', () => {
    const classes = fc.uniqueArray(fc.constantFrom(...LICENCE_CLASSES), { minLength: 1, maxLength: 4 })
    fc.assert(
      fc.property(classes, fc.integer({ min: 18, max: 100 }), fc.constantFrom('C1' as const, 'C2' as const), (held, age, target) => {
        const after = classesAfterAgeExchange(held, age, target)
        if (age >= 60) for (const c of ['A1', 'A2', 'A3', 'B1', 'B2', 'M', 'N', 'P']) expect(after).not.toContain(c)
        if (age >= 70) for (const c of ['C3', 'C4', 'C6', 'D', 'E']) expect(after).not.toContain(c)
        expect(classesAfterAgeExchange(after, age, target)).toEqual(after)
        expect(after.length).toBeGreaterThan(0)
      })
    )
  })

  it('is refused when nothing needs exchanging, and gives the new classes with the validity unchanged', () => {
    const request: ServiceRequest = { kind: 'age_exchange', certificateIssuedOn: '2026-11-01', target: 'C1' }
    expect(check(request)).toMatchObject({ ok: false, rule: 'LICENCE_AGE_NOTHING_TO_EXCHANGE', params: { age: 36 } })
    expect(check(request, { classes: ['A2'] }, { birthDate: '1960-01-01' })).toMatchObject({ ok: true, outcome: { classes: ['C1', 'C6'], validUntil: LICENCE.validUntil } })
    expect(rule(check(request, { classes: ['A2'], status: 'detained' }, { birthDate: '1960-01-01' }))).toBe('LICENCE_HELD_BY_POLICE')
  })
})

describe('损毁换证 and 遗失补证 (L8, L9)', () => {
  it('replaces a card at any office and keeps the licence as it is', () => {
    expect(check({ kind: 'replace_damaged', reason: 'damaged' }, {}, { terminalOffice: '370200' })).toMatchObject({ ok: true, outcome: { classes: ['C1'], validUntil: '2027-01-24' } })
    const lost = check({ kind: 'replace_lost' }, {}, { terminalOffice: '370200' })
    expect(lost.ok && lost.outcome.summary).toContain('作废')
  })

  it('refuses a lost-licence replacement while the licence is detained or suspended, and a revoked licence', () => {
    expect(rule(check({ kind: 'replace_lost' }, { status: 'detained' }))).toBe('LICENCE_HELD_BY_POLICE')
    expect(rule(check({ kind: 'replace_lost' }, { status: 'suspended' }))).toBe('LICENCE_HELD_BY_POLICE')
    expect(rule(check({ kind: 'replace_lost' }, { status: 'revoked' }))).toBe('LICENCE_NOT_IN_FORCE')
  })
})

describe('延期 (L10)', () => {
  const defer = (over: Partial<Extract<ServiceRequest, { kind: 'defer' }>> = {}): ServiceRequest => ({ kind: 'defer', deferral: 'renewal', reason: 'military', reasonNote: '', until: '2028-11-25', ...over })

  it('is accepted at the issuing office for up to three years, with a reason', () => {
    expect(check(defer())).toMatchObject({ ok: true })
    expect(check(defer({ until: '2029-11-25' })).ok).toBe(true)
    expect(rule(check(defer({ until: '2029-11-26' })))).toBe('LICENCE_DEFER_PERIOD')
    expect(rule(check(defer({ until: TODAY })))).toBe('LICENCE_DEFER_PERIOD')
    expect(rule(check(defer(), {}, { terminalOffice: '370200' }))).toBe('LICENCE_DEFER_OTHER_OFFICE')
    expect(rule(check(defer({ reason: 'other', reasonNote: '有事' })))).toBe('LICENCE_DEFER_REASON')
    expect(check(defer({ reason: 'other', reasonNote: '长期在外地工作' })).ok).toBe(true)
  })

  it('applies each deferral only where it means something', () => {
    expect(rule(check(defer(), { validUntil: null }))).toBe('LICENCE_DEFER_NOT_APPLICABLE')
    expect(check(defer({ deferral: 'certificate' }))).toMatchObject({ ok: false, rule: 'LICENCE_DEFER_NOT_APPLICABLE', params: { age: 36 } })
    expect(check(defer({ deferral: 'certificate' }), {}, { birthDate: '1950-01-01' }).ok).toBe(true)
    expect(check(defer({ deferral: 'review' }), { validUntil: null }).ok).toBe(true)
  })
})
