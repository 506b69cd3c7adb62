import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { createHolidayCalendar, CHINA_2026_CALENDAR_DATA } from './exams'
import { civilDateFromDayNumber, dayNumber } from './civil-date'
import { checkDisputeRaise, disputeDueOn, isDisputeOverdue, mayDecideDispute, type DisputeKind, type DisputedRecord } from './disputes'

const cal = createHolidayCalendar(CHINA_2026_CALENDAR_DATA)
const weekendsOnly = createHolidayCalendar({ holidays: [], makeUpWorkdays: [] })

describe('disputeDueOn: five working days after the day it is raised', () => {
  it('counts a plain week from Monday to the next Monday, and from Friday to the next Friday', () => {
    expect(disputeDueOn('2026-03-02', cal)).toBe('2026-03-09')
    expect(disputeDueOn('2026-03-06', cal)).toBe('2026-03-13')
    // Raised on a Saturday: Monday is the first working day.
    expect(disputeDueOn('2026-03-07', cal)).toBe('2026-03-13')
  })

  it('steps over National Day and counts the make-up Saturday (调休上班)', () => {
    // 9-30, 10-08, 10-09, 10-10 (Saturday worked), 10-12.
    expect(disputeDueOn('2026-09-29', cal)).toBe('2026-10-12')
  })

  it('steps over the Spring Festival', () => {
    expect(disputeDueOn('2026-02-13', cal)).toBe('2026-02-27')
  })

  it('follows the calendar it is given: a year without holiday data counts weekends only', () => {
    expect(disputeDueOn('2026-09-29', weekendsOnly)).toBe('2026-10-06')
  })

  it('always lands on a working day, 5 working days later, at least a week on', () => {
    fc.assert(
      fc.property(fc.integer({ min: dayNumber('2026-01-01'), max: dayNumber('2026-12-20') }), (day) => {
        const raised = civilDateFromDayNumber(day)
        const due = disputeDueOn(raised, cal)
        expect(cal.isWorkingDay(due)).toBe(true)
        expect(cal.workingDaysBetween(raised, due)).toBe(5)
        expect(dayNumber(due) - day).toBeGreaterThanOrEqual(5)
      })
    )
  })
})

describe('isDisputeOverdue', () => {
  it('is overdue only while open and after the due day', () => {
    expect(isDisputeOverdue('open', '2026-03-09', '2026-03-09')).toBe(false)
    expect(isDisputeOverdue('open', '2026-03-09', '2026-03-10')).toBe(true)
    expect(isDisputeOverdue('rejected', '2026-03-09', '2026-03-10')).toBe(false)
  })
})

describe('mayDecideDispute', () => {
  it('lets only a counter of the office where the violation happened decide', () => {
    expect(mayDecideDispute('370100', '370100')).toBe(true)
    expect(mayDecideDispute('370200', '370100')).toBe(false)
  })
})

describe('checkDisputeRaise', () => {
  const rec = (state: DisputedRecord['state'], disputed = false): DisputedRecord => ({ state, disputed })
  const rule = (record: DisputedRecord, kind: DisputeKind, open = false, evidence: string | null = 'JF37010090000001') => checkDisputeRaise(record, kind, open, evidence)?.rule ?? null

  it('allows disputing an unhandled or unpaid record', () => {
    expect(rule(rec('unhandled'), 'record')).toBeNull()
    expect(rule(rec('unpaid'), 'record', false, null)).toBeNull()
  })

  it('refuses a second open dispute, a payment in progress and a paid record', () => {
    expect(rule(rec('unpaid'), 'record', true)).toBe('DISPUTE_ALREADY_OPEN')
    expect(rule(rec('unpaid', true), 'payment_not_cleared')).toBe('DISPUTE_ALREADY_OPEN')
    expect(rule(rec('paying'), 'record')).toBe('DISPUTE_PAYMENT_IN_PROGRESS')
    expect(rule(rec('paid'), 'record')).toBe('DISPUTE_RECORD_PAID')
    expect(rule(rec('confirmed'), 'record')).toBe('DISPUTE_RECORD_PAID')
  })

  it('takes a payment dispute only on a decided, unpaid record with evidence', () => {
    expect(rule(rec('unpaid'), 'payment_not_cleared')).toBeNull()
    expect(rule(rec('unhandled'), 'payment_not_cleared')).toBe('DISPUTE_NOT_DECIDED')
    expect(rule(rec('confirmed'), 'payment_not_cleared')).toBe('DISPUTE_ALREADY_CLEARED')
    expect(rule(rec('unpaid'), 'payment_not_cleared', false, '  ')).toBe('DISPUTE_EVIDENCE_REQUIRED')
  })
})
