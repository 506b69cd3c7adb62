import { describe, expect, it } from 'vitest'
import { checkEligibility, type EligibilityResult } from './eligibility'
import type { ExamApplicant, ExamPlan, OfficeExamSettings } from './model'

const applicant = (over: Partial<ExamApplicant> = {}): ExamApplicant => ({
  id: 'a1',
  licenceClass: 'C1',
  applicationAcceptedAt: '2025-12-01T02:00:00Z',
  addingToCarClassLicence: false,
  permitIssuedOn: '2026-01-05',
  ageLimitLastDay: null,
  passed: { k1: '2026-01-04' },
  exams: [{ subject: 'k1', at: '2026-01-04T01:00:00Z', result: 'pass' }],
  cancelledBookings: [],
  bookingsUsed: {},
  pending: [],
  priorityUsed: [],
  ...over
})

const plan = (over: Partial<ExamPlan> = {}): ExamPlan => ({
  id: 'p1',
  subject: 'k2',
  licenceClasses: ['C1', 'C2', 'B2', 'D', 'C6'],
  bookingBy: 'venue',
  window: { opensOn: '2026-03-01', closesOn: '2026-03-10' },
  firstExamDay: '2026-03-20',
  resultsDay: '2026-03-11',
  ...over
})

const settings: OfficeExamSettings = { allowConcurrentK2K3: false, priorityBooking: false }
const today = '2026-03-05'
const ruleOf = (r: EligibilityResult) => (r.ok ? 'ok' : r.rule)
const check = (a: Partial<ExamApplicant> = {}, p: Partial<ExamPlan> = {}, on = today, s: OfficeExamSettings = settings) => checkEligibility(applicant(a), plan(p), on, s)

describe('checkEligibility: the baseline passes', () => {
  it('accepts a C1 applicant 2 months after the permit for 科目二', () => {
    expect(check()).toEqual({ ok: true })
  })

  it('accepts a new applicant for 科目一', () => {
    expect(ruleOf(check({ permitIssuedOn: null, passed: {}, exams: [] }, { subject: 'k1' }))).toBe('ok')
  })
})

describe('EXAM_CLASS_NOT_IN_PLAN', () => {
  it('refuses a class the plan does not examine, naming both', () => {
    const r = check({ licenceClass: 'A1' })
    expect(r).toMatchObject({ ok: false, rule: 'EXAM_CLASS_NOT_IN_PLAN', params: { licenceClass: 'A1' } })
    expect(r.ok ? '' : r.message).toContain('A1')
  })
})

describe('EXAM_WINDOW_CLOSED', () => {
  it('accepts the first and last day of the window', () => {
    expect(ruleOf(check({}, {}, '2026-03-01'))).toBe('ok')
    expect(ruleOf(check({}, {}, '2026-03-10'))).toBe('ok')
  })

  it('refuses before and after the window', () => {
    expect(check({}, {}, '2026-02-28')).toMatchObject({ rule: 'EXAM_WINDOW_CLOSED', params: { opensOn: '2026-03-01', closesOn: '2026-03-10' } })
    expect(ruleOf(check({}, {}, '2026-03-11'))).toBe('EXAM_WINDOW_CLOSED')
  })

  it('refuses on the results day even inside a mis-set window (seed §6: the plan stops taking applications)', () => {
    expect(ruleOf(check({}, { resultsDay: '2026-03-05' }, '2026-03-05'))).toBe('EXAM_WINDOW_CLOSED')
  })
})

describe('EXAM_ALREADY_PASSED', () => {
  it('refuses a passed subject with the day it was passed', () => {
    expect(check({ passed: { k1: '2026-01-04', k2: '2026-02-20' } })).toMatchObject({ rule: 'EXAM_ALREADY_PASSED', params: { passedOn: '2026-02-20' } })
  })
})

describe('EXAM_SUBJECT_ORDER (E3)', () => {
  it('needs 科目一 before 科目二 and 科目三 road', () => {
    const fresh = { permitIssuedOn: null, passed: {}, exams: [] }
    expect(check(fresh)).toMatchObject({ rule: 'EXAM_SUBJECT_ORDER', params: { missing: 'k1' } })
    expect(check(fresh, { subject: 'k3_road' })).toMatchObject({ rule: 'EXAM_SUBJECT_ORDER', params: { missing: 'k1' } })
  })

  it('says the permit is on its way when 科目一 is passed but the permit is not yet issued (E4)', () => {
    expect(check({ permitIssuedOn: null })).toMatchObject({ rule: 'EXAM_SUBJECT_ORDER', params: { missing: 'permit' } })
  })

  it('lets 科目三 road be booked before 科目二 (S1 art.39: 科目二或者科目三)', () => {
    expect(ruleOf(check({}, { subject: 'k3_road' }))).toBe('ok')
  })

  it('accepts a class addition whose permit was issued on acceptance, without 科目一 (S1 art.40 ¶2)', () => {
    expect(ruleOf(check({ passed: {}, exams: [] }))).toBe('ok')
  })

  it('needs 科目二 and 科目三 road before safe-driving knowledge', () => {
    expect(check({}, { subject: 'k3_safety' })).toMatchObject({ rule: 'EXAM_SUBJECT_ORDER', params: { missing: 'k2,k3_road' } })
    expect(check({ passed: { k1: '2026-01-04', k2: '2026-02-01' } }, { subject: 'k3_safety' })).toMatchObject({ params: { missing: 'k3_road' } })
    expect(ruleOf(check({ passed: { k1: '2026-01-04', k2: '2026-02-01', k3_road: '2026-03-01' } }, { subject: 'k3_safety' }))).toBe('ok')
  })

  it('needs only 科目二 before safe-driving knowledge for C6, which has no road test (S1 art.30 ¶3)', () => {
    expect(ruleOf(check({ licenceClass: 'C6', passed: { k2: '2026-02-01' } }, { subject: 'k3_safety' }))).toBe('ok')
  })
})

describe('EXAM_PERMIT_EXPIRED (E4: three years)', () => {
  it('refuses once the permit has lapsed', () => {
    expect(check({ permitIssuedOn: '2023-03-01' })).toMatchObject({ rule: 'EXAM_PERMIT_EXPIRED', params: { lastValidDay: '2026-02-28' } })
  })

  it('refuses when the plan examines only after the last valid day, and accepts it on that day', () => {
    expect(ruleOf(check({ permitIssuedOn: '2023-03-06' }))).toBe('EXAM_PERMIT_EXPIRED')
    expect(ruleOf(check({ permitIssuedOn: '2023-03-20' }))).toBe('EXAM_PERMIT_EXPIRED')
    expect(ruleOf(check({ permitIssuedOn: '2023-03-21' }))).toBe('ok')
  })

  it('ends the permit at the age limit when that comes first', () => {
    expect(check({ ageLimitLastDay: '2026-03-15' })).toMatchObject({ rule: 'EXAM_PERMIT_EXPIRED', params: { lastValidDay: '2026-03-15' } })
    expect(ruleOf(check({ ageLimitLastDay: '2030-01-01' }))).toBe('ok')
  })
})

describe('EXAM_TOO_EARLY_K2 (E5)', () => {
  it('C1: 10 days after the permit', () => {
    expect(check({ permitIssuedOn: '2026-02-24' })).toMatchObject({ rule: 'EXAM_TOO_EARLY_K2', params: { waitDays: 10, earliestOn: '2026-03-06' } })
    expect(ruleOf(check({ permitIssuedOn: '2026-02-23' }))).toBe('ok')
  })

  it('B2 and C6: 20 days after the permit', () => {
    expect(check({ licenceClass: 'B2', permitIssuedOn: '2026-02-14' })).toMatchObject({ rule: 'EXAM_TOO_EARLY_K2', params: { waitDays: 20, earliestOn: '2026-03-06' } })
    expect(ruleOf(check({ licenceClass: 'B2', permitIssuedOn: '2026-02-13' }))).toBe('ok')
    expect(ruleOf(check({ licenceClass: 'C6', permitIssuedOn: '2026-02-14' }))).toBe('EXAM_TOO_EARLY_K2')
  })

  it('D: S1 art.43 sets no waiting period', () => {
    expect(ruleOf(check({ licenceClass: 'D', permitIssuedOn: '2026-03-04' }))).toBe('ok')
  })
})

describe('EXAM_TOO_EARLY_K3 (E6)', () => {
  const k3 = { subject: 'k3_road' as const }

  it('C2: 20 days; C1: 30 days', () => {
    expect(check({ licenceClass: 'C2', permitIssuedOn: '2026-02-14' }, k3)).toMatchObject({ rule: 'EXAM_TOO_EARLY_K3', params: { waitDays: 20 } })
    expect(ruleOf(check({ licenceClass: 'C2', permitIssuedOn: '2026-02-13' }, k3))).toBe('ok')
    expect(check({ permitIssuedOn: '2026-02-04' }, k3)).toMatchObject({ rule: 'EXAM_TOO_EARLY_K3', params: { waitDays: 30, earliestOn: '2026-03-06' } })
    expect(ruleOf(check({ permitIssuedOn: '2026-02-03' }, k3))).toBe('ok')
  })

  it('B2: 40 days, or 30 when adding to a car-class licence', () => {
    expect(check({ licenceClass: 'B2', permitIssuedOn: '2026-01-25' }, k3)).toMatchObject({ rule: 'EXAM_TOO_EARLY_K3', params: { waitDays: 40 } })
    expect(ruleOf(check({ licenceClass: 'B2', permitIssuedOn: '2026-01-25', addingToCarClassLicence: true }, k3))).toBe('ok')
    expect(ruleOf(check({ licenceClass: 'B2', permitIssuedOn: '2026-02-04', addingToCarClassLicence: true }, k3))).toBe('EXAM_TOO_EARLY_K3')
  })
})

describe('EXAM_RETAKE_WAIT (E7: 10 days)', () => {
  const failedK2 = (at: string, result: 'fail' | 'absent' = 'fail') => ({ exams: [{ subject: 'k1' as const, at: '2026-01-04T01:00:00Z', result: 'pass' as const }, { subject: 'k2' as const, at, result }] })

  it('refuses within 10 days of a failed booking and accepts on the 10th day', () => {
    expect(check(failedK2('2026-02-24T02:00:00Z'))).toMatchObject({ rule: 'EXAM_RETAKE_WAIT', params: { failedOn: '2026-02-24', earliestOn: '2026-03-06' } })
    expect(ruleOf(check(failedK2('2026-02-23T02:00:00Z')))).toBe('ok')
  })

  it('counts a no-show as a fail (E9)', () => {
    expect(ruleOf(check(failedK2('2026-02-24T02:00:00Z', 'absent')))).toBe('EXAM_RETAKE_WAIT')
  })

  it('takes the exam day on the China calendar (01:00 China time is still that China day)', () => {
    expect(check(failedK2('2026-02-23T17:00:00Z'))).toMatchObject({ rule: 'EXAM_RETAKE_WAIT', params: { failedOn: '2026-02-24' } })
  })

  it('does not apply to 科目一 or to a different subject', () => {
    const k1Failed = { permitIssuedOn: null, passed: {}, exams: [{ subject: 'k1' as const, at: '2026-03-04T01:00:00Z', result: 'fail' as const }] }
    expect(ruleOf(check(k1Failed, { subject: 'k1' }))).toBe('ok')
    expect(ruleOf(check(failedK2('2026-03-01T02:00:00Z'), { subject: 'k3_road' }))).toBe('ok')
  })

  it('applies to safe-driving knowledge, part of 科目三 (S1 art.47 with art.30)', () => {
    const passedBoth = { k1: '2026-01-04', k2: '2026-02-01', k3_road: '2026-03-01' }
    const exams = [{ subject: 'k3_safety' as const, at: '2026-03-01T06:00:00Z', result: 'fail' as const }]
    expect(ruleOf(check({ passed: passedBoth, exams }, { subject: 'k3_safety' }))).toBe('EXAM_RETAKE_WAIT')
  })
})

describe('EXAM_BOOKING_LIMIT (E8: five bookings)', () => {
  it('accepts a fifth 科目二 booking and refuses a sixth', () => {
    expect(ruleOf(check({ bookingsUsed: { k2: 4 } }))).toBe('ok')
    expect(check({ bookingsUsed: { k2: 5 } })).toMatchObject({ rule: 'EXAM_BOOKING_LIMIT', params: { used: 5, limit: 5 } })
    expect(ruleOf(check({ bookingsUsed: { k3_road: 5 } }, { subject: 'k3_road' }))).toBe('EXAM_BOOKING_LIMIT')
  })

  it('puts no limit on 科目一 and safe-driving knowledge', () => {
    expect(ruleOf(check({ permitIssuedOn: null, passed: {}, exams: [], bookingsUsed: { k1: 9 } }, { subject: 'k1' }))).toBe('ok')
    expect(ruleOf(check({ passed: { k1: '2026-01-04', k2: '2026-02-01', k3_road: '2026-03-01' }, bookingsUsed: { k3_safety: 9 } }, { subject: 'k3_safety' }))).toBe('ok')
  })
})

describe('EXAM_RESULTS_VOID (E8: a failed fifth booking voids the passes)', () => {
  const failed = (subject: 'k2' | 'k3_road', n: number, result: 'fail' | 'absent' = 'fail') =>
    Array.from({ length: n }, (_, i) => ({ subject, at: `2026-0${1 + Math.floor(i / 2)}-${i % 2 === 0 ? '10' : '25'}T01:00:00Z`, result }))
  const k1 = { subject: 'k1' as const, at: '2026-01-04T01:00:00Z', result: 'pass' as const }

  it('refuses a new 科目二 booking after the fifth 科目二 booking failed, naming E8', () => {
    const r = check({ exams: [k1, ...failed('k2', 5)], bookingsUsed: { k2: 5 } }, {}, '2026-03-10')
    expect(r).toMatchObject({ ok: false, rule: 'EXAM_RESULTS_VOID', params: { subject: 'k2', failedSubject: 'k2', failedOn: '2026-03-10', limit: 5, basis: 'E8' } })
    expect(r.ok ? '' : r.message).toBe('科目二第5次预约考试（2026-03-10）仍不合格，已考科目成绩作废，须重新申请、从科目一开始。')
  })

  it('does not refuse after a fourth failure', () => {
    expect(ruleOf(check({ exams: [k1, ...failed('k2', 4)], bookingsUsed: { k2: 4 } }, {}, '2026-03-10'))).toBe('ok')
  })

  it('counts absences, and refuses every subject, 科目一 included: the restart is a new application', () => {
    const exams = [k1, { subject: 'k2' as const, at: '2026-01-20T01:00:00Z', result: 'pass' as const }, ...failed('k3_road', 5, 'absent')]
    for (const subject of ['k1', 'k2', 'k3_road', 'k3_safety'] as const) {
      expect(ruleOf(check({ exams, passed: { k1: '2026-01-04', k2: '2026-01-20' } }, { subject }))).toBe('EXAM_RESULTS_VOID')
    }
  })

  it('comes before the five-booking limit and the already-passed check', () => {
    expect(ruleOf(check({ exams: [k1, ...failed('k2', 5)], passed: { k1: '2026-01-04' }, bookingsUsed: { k2: 5 } }, { subject: 'k1' }))).toBe('EXAM_RESULTS_VOID')
  })
})

describe('EXAM_ALREADY_PENDING and EXAM_ONE_PENDING (E16)', () => {
  const pendingOf = (subject: 'k1' | 'k2' | 'k3_road') => ({ pending: [{ subject, planId: 'p0', submittedAt: '2026-03-02T01:00:00Z' }] })
  const concurrent: OfficeExamSettings = { ...settings, allowConcurrentK2K3: true }

  it('refuses a second request for the same subject', () => {
    expect(check(pendingOf('k2'))).toMatchObject({ rule: 'EXAM_ALREADY_PENDING', params: { planId: 'p0' } })
    expect(ruleOf(check(pendingOf('k2'), {}, today, concurrent))).toBe('EXAM_ALREADY_PENDING')
  })

  it('refuses a second subject while one is pending, when the office allows one at a time', () => {
    expect(check(pendingOf('k3_road'))).toMatchObject({ rule: 'EXAM_ONE_PENDING', params: { pendingSubject: 'k3_road' } })
  })

  it('allows 科目二 with 科目三 road pending where the office allows both (S1 art.39)', () => {
    expect(ruleOf(check(pendingOf('k3_road'), {}, today, concurrent))).toBe('ok')
    expect(ruleOf(check(pendingOf('k2'), { subject: 'k3_road' }, today, concurrent))).toBe('ok')
  })

  it('allows no other pair even then', () => {
    expect(ruleOf(check(pendingOf('k1'), {}, today, concurrent))).toBe('EXAM_ONE_PENDING')
  })
})

describe('check order', () => {
  it('reports the most fundamental refusal first', () => {
    const everythingWrong = { licenceClass: 'A1' as const, passed: { k2: '2026-02-01' }, bookingsUsed: { k2: 5 } }
    expect(ruleOf(check(everythingWrong, {}, '2026-04-01'))).toBe('EXAM_CLASS_NOT_IN_PLAN')
    expect(ruleOf(check({ ...everythingWrong, licenceClass: 'C1' }, {}, '2026-04-01'))).toBe('EXAM_WINDOW_CLOSED')
    expect(ruleOf(check({ ...everythingWrong, licenceClass: 'C1' }))).toBe('EXAM_ALREADY_PASSED')
  })

  it('always gives a Chinese message and its params on refusal', () => {
    const r = check({ permitIssuedOn: '2026-02-24' })
    expect(r.ok).toBe(false)
    if (!r.ok) {
      expect(r.message).toMatch(/[\u4e00-\u9fff]/)
      expect(r.message).toContain(String(r.params.earliestOn))
    }
  })
})
