import { describe, expect, it } from 'vitest'
import { applicationRefusal, heldClasses } from './application'
import type { ExamApplicant } from './model'

const applicant = (over: Partial<ExamApplicant> = {}): ExamApplicant => ({
  id: 'a1',
  licenceClass: 'C1',
  applicationAcceptedAt: '2023-01-01T02:00:00Z',
  addingToCarClassLicence: false,
  permitIssuedOn: '2023-02-01',
  ageLimitLastDay: null,
  passed: { k1: '2023-01-31' },
  exams: [{ subject: 'k1', at: '2023-01-31T01:00:00Z', result: 'pass' }],
  cancelledBookings: [],
  bookingsUsed: {},
  pending: [],
  priorityUsed: [],
  ...over
})
const fiveFailedK2 = ['2023-03-01', '2023-03-15', '2023-04-01', '2023-04-15', '2023-05-01'].map((day) => ({ subject: 'k2' as const, at: `${day}T01:00:00Z`, result: 'fail' as const }))
const rule = (...args: Parameters<typeof applicationRefusal>) => applicationRefusal(...args)?.rule ?? null

describe('applicationRefusal (受理驾驶证申请, 重新申请)', () => {
  it('accepts a first application, and a class addition for a licence holder', () => {
    expect(rule(null, [], { licenceClass: 'C1', addingToCarClass: false }, '2026-01-01')).toBeNull()
    expect(rule(null, ['C1'], { licenceClass: 'B2', addingToCarClass: true }, '2026-01-01')).toBeNull()
  })

  it('refuses a class already held, and an addition without a licence', () => {
    expect(rule(null, ['A2', 'C1'], { licenceClass: 'C1', addingToCarClass: false }, '2026-01-01')).toBe('EXAM_APPLICATION_CLASS_HELD')
    expect(rule(null, [], { licenceClass: 'B2', addingToCarClass: true }, '2026-01-01')).toBe('EXAM_APPLICATION_NO_LICENCE')
  })

  it('refuses while the application is in force: before the permit, and within its three years', () => {
    expect(rule(applicant({ permitIssuedOn: null, passed: {}, exams: [] }), [], { licenceClass: 'C1', addingToCarClass: false }, '2026-01-01')).toBe('EXAM_APPLICATION_IN_PROGRESS')
    expect(rule(applicant(), [], { licenceClass: 'C1', addingToCarClass: false }, '2026-01-31')).toBe('EXAM_APPLICATION_IN_PROGRESS')
  })

  it('accepts again once the permit ran out (E4) or a fifth failed booking voided the passes (E8), unless bookings are pending', () => {
    expect(rule(applicant(), [], { licenceClass: 'C1', addingToCarClass: false }, '2026-02-02')).toBeNull()
    const voided = applicant({ exams: [...applicant().exams, ...fiveFailedK2] })
    expect(rule(voided, [], { licenceClass: 'C1', addingToCarClass: false }, '2023-06-01')).toBeNull()
    const waiting = applicant({ exams: voided.exams, pending: [{ subject: 'k2', planId: 'p', submittedAt: '2023-05-20T00:00:00Z' }] })
    expect(rule(waiting, [], { licenceClass: 'C1', addingToCarClass: false }, '2023-06-01')).toBe('EXAM_APPLICATION_BOOKINGS_OPEN')
  })

  it('reads the classes of a licence record', () => {
    expect(heldClasses(['A2,C1', 'D'])).toEqual(['A2', 'C1', 'D'])
    expect(heldClasses(['X9'])).toEqual([])
  })
})
