import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import type { ExamApplicant, OfficeExamSettings } from './model'
import { compareApplicants, isPriorityBooking, rankingTime, rankKey, type RankKey } from './ranking'
import { stableHash32 } from './stable-hash'

const applicant = (over: Partial<ExamApplicant> = {}): ExamApplicant => ({
  id: 'a1',
  licenceClass: 'C1',
  applicationAcceptedAt: '2025-12-01T02:00:00Z',
  addingToCarClassLicence: false,
  permitIssuedOn: null,
  ageLimitLastDay: null,
  passed: {},
  exams: [],
  cancelledBookings: [],
  bookingsUsed: {},
  pending: [],
  priorityUsed: [],
  ...over
})
const k1Passed = { subject: 'k1' as const, at: '2026-01-04T01:30:00Z', result: 'pass' as const }

describe('rankingTime (E13)', () => {
  it('clause 1: a first 科目一 booking ranks by the time the application was accepted', () => {
    const t = rankingTime(applicant(), 'k1')
    expect(t).toMatchObject({ at: '2025-12-01T02:00:00Z', reason: 'application_accepted' })
    expect(t.explanation).toContain('2025-12-01 10:00')
    expect(t.explanation).toContain('受理')
  })

  it('clause 2: a later booking ranks by the previous exam, of any subject', () => {
    const t = rankingTime(applicant({ exams: [k1Passed] }), 'k2')
    expect(t).toMatchObject({ at: '2026-01-04T01:30:00Z', reason: 'previous_exam' })
    expect(t.explanation).toContain('2026-01-04 09:30')
    expect(t.explanation).toContain('科目一')
  })

  it('clause 2: a retake of 科目一 ranks by the failed exam', () => {
    const failed = { subject: 'k1' as const, at: '2026-01-04T01:30:00Z', result: 'fail' as const }
    expect(rankingTime(applicant({ exams: [failed] }), 'k1').reason).toBe('previous_exam')
  })

  it('takes the latest exam whatever the order of the record', () => {
    const k2Failed = { subject: 'k2' as const, at: '2026-02-20T06:00:00Z', result: 'fail' as const }
    expect(rankingTime(applicant({ exams: [k2Failed, k1Passed] }), 'k3_road')).toMatchObject({ at: '2026-02-20T06:00:00Z', reason: 'previous_exam' })
    expect(rankingTime(applicant({ exams: [k2Failed, k1Passed] }), 'k3_road').explanation).toContain('科目二')
  })

  it('clause 3: cancelling a successful booking of the subject ranks by the cancellation', () => {
    const t = rankingTime(applicant({ exams: [k1Passed], cancelledBookings: [{ subject: 'k2', at: '2026-02-01T03:00:00Z' }] }), 'k2')
    expect(t).toMatchObject({ at: '2026-02-01T03:00:00Z', reason: 'cancelled_booking' })
    expect(t.explanation).toContain('取消')
  })

  it('clause 3 ignores a cancellation of another subject', () => {
    const t = rankingTime(applicant({ exams: [k1Passed], cancelledBookings: [{ subject: 'k3_road', at: '2026-02-01T03:00:00Z' }] }), 'k2')
    expect(t.reason).toBe('previous_exam')
  })

  it('clause 4: with both an exam and a cancellation, the later counts', () => {
    const exam = { subject: 'k2' as const, at: '2026-02-10T03:00:00Z', result: 'fail' as const }
    const cancelled = [{ subject: 'k2' as const, at: '2026-02-01T03:00:00Z' }]
    expect(rankingTime(applicant({ exams: [k1Passed, exam], cancelledBookings: cancelled }), 'k2').reason).toBe('previous_exam')
  })

  it('names the cancellation when it coincides with an exam', () => {
    const cancelled = [{ subject: 'k2' as const, at: k1Passed.at }]
    expect(rankingTime(applicant({ exams: [k1Passed], cancelledBookings: cancelled }), 'k2').reason).toBe('cancelled_booking')
  })

  it('compares instants, not their text, across offsets', () => {
    const exam = { subject: 'k1' as const, at: '2026-01-04T09:00:00+08:00', result: 'fail' as const }
    const cancelled = [{ subject: 'k1' as const, at: '2026-01-04T02:00:00Z' }]
    expect(rankingTime(applicant({ exams: [exam], cancelledBookings: cancelled }), 'k1').reason).toBe('cancelled_booking')
  })

  it('refuses a malformed instant', () => {
    expect(() => rankingTime(applicant({ applicationAcceptedAt: 'yesterday' }), 'k1')).toThrow(RangeError)
  })
})

describe('isPriorityBooking (E15)', () => {
  const on: OfficeExamSettings = { allowConcurrentK2K3: false, priorityBooking: true }
  const off: OfficeExamSettings = { ...on, priorityBooking: false }
  // Valid to 2026-03-14.
  const nearExpiry = applicant({ permitIssuedOn: '2023-03-15', passed: { k1: '2023-03-14' } })

  it('grants one priority booking per subject under six months before expiry', () => {
    expect(isPriorityBooking(nearExpiry, 'k2', '2025-12-01', on)).toBe(true)
    expect(isPriorityBooking(applicant({ ...nearExpiry, priorityUsed: ['k2'] }), 'k2', '2025-12-01', on)).toBe(false)
    expect(isPriorityBooking(applicant({ ...nearExpiry, priorityUsed: ['k2'] }), 'k3_road', '2025-12-01', on)).toBe(true)
  })

  it('not with six months or more left, not without a permit, not when the office has it off', () => {
    expect(isPriorityBooking(nearExpiry, 'k2', '2025-09-15', on)).toBe(false)
    expect(isPriorityBooking(applicant(), 'k1', '2025-12-01', on)).toBe(false)
    expect(isPriorityBooking(nearExpiry, 'k2', '2025-12-01', off)).toBe(false)
  })
})

describe('rankKey', () => {
  it('gathers priority, ranking time, submission and the stable tie hash', () => {
    const settings: OfficeExamSettings = { allowConcurrentK2K3: false, priorityBooking: true }
    const a = applicant({ permitIssuedOn: '2023-03-15', exams: [k1Passed] })
    expect(rankKey(a, { id: 'p9', subject: 'k2', resultsDay: '2025-12-01' }, '2025-11-20T00:00:00Z', settings)).toEqual({
      applicantId: 'a1',
      priority: true,
      rankingAt: k1Passed.at,
      submittedAt: '2025-11-20T00:00:00Z',
      tieHash: stableHash32(['p9', 'a1'])
    })
  })
})

const key = (over: Partial<RankKey> = {}): RankKey => ({
  applicantId: 'a',
  priority: false,
  rankingAt: '2026-01-01T00:00:00Z',
  submittedAt: '2026-03-01T00:00:00Z',
  tieHash: 100,
  ...over
})

describe('compareApplicants', () => {
  it('puts priority bookings first, even with a later ranking time', () => {
    expect(compareApplicants(key({ priority: true, rankingAt: '2026-02-01T00:00:00Z' }), key())).toBeLessThan(0)
  })

  it('then the earlier ranking time, then the earlier submission', () => {
    expect(compareApplicants(key({ rankingAt: '2025-12-31T23:59:59Z', submittedAt: '2026-03-09T00:00:00Z' }), key())).toBeLessThan(0)
    expect(compareApplicants(key({ submittedAt: '2026-02-28T00:00:00Z', tieHash: 999 }), key())).toBeLessThan(0)
  })

  it('then the smaller tie hash, then the applicant id', () => {
    expect(compareApplicants(key({ tieHash: 5, applicantId: 'z' }), key())).toBeLessThan(0)
    expect(compareApplicants(key({ applicantId: 'A' }), key({ applicantId: 'B' }))).toBeLessThan(0)
    expect(compareApplicants(key(), key())).toBe(0)
  })

  const instant = fc.integer({ min: 0, max: 5 }).map((m) => `2026-01-01T00:0${m}:00Z`)
  const keyArb = fc.record({
    applicantId: fc.constantFrom('a', 'b', 'c', 'd'),
    priority: fc.boolean(),
    rankingAt: instant,
    submittedAt: instant,
    tieHash: fc.integer({ min: 0, max: 3 })
  })

  it('is a total order: antisymmetric, transitive, zero only for equal keys', () => {
    fc.assert(
      fc.property(keyArb, keyArb, keyArb, (a, b, c) => {
        expect(Math.sign(compareApplicants(a, b))).toBe(-Math.sign(compareApplicants(b, a)) || 0)
        if (compareApplicants(a, b) === 0) expect(a).toEqual(b)
        if (compareApplicants(a, b) <= 0 && compareApplicants(b, c) <= 0) expect(compareApplicants(a, c)).toBeLessThanOrEqual(0)
      })
    )
  })

  it('sorts applications into the same sequence whatever order they arrive in', () => {
    const distinct = fc.uniqueArray(keyArb, { selector: (k) => k.applicantId, minLength: 1, maxLength: 4 })
    fc.assert(
      fc.property(distinct, fc.nat(), (keys, shift) => {
        const rotated = [...keys.slice(shift % keys.length), ...keys.slice(0, shift % keys.length)]
        const ids = (list: RankKey[]) => [...list].sort(compareApplicants).map((k) => k.applicantId)
        expect(ids(rotated)).toEqual(ids(keys))
        expect(ids([...keys].reverse())).toEqual(ids(keys))
      })
    )
  })
})
