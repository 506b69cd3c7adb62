import { describe, expect, it } from 'vitest'
import { formatCivilDate, formatWeekday } from './civil-date'

describe('formatCivilDate', () => {
  it('keeps the calendar day in every language', () => {
    expect(formatCivilDate('2026-03-01', 'zh-CN')).toBe('2026年3月1日')
    expect(formatCivilDate('2026-03-01', 'en')).toBe('Mar 1, 2026')
  })

  it('returns anything that is not a civil date unchanged', () => {
    expect(formatCivilDate('soon', 'en')).toBe('soon')
  })
})

describe('formatWeekday', () => {
  it('names the day of the week of the calendar day itself', () => {
    expect(formatWeekday('2026-03-04', 'en')).toBe('Wed')
    expect(formatWeekday('2026-03-07', 'zh-CN')).toBe('周六')
    expect(formatWeekday('soon', 'en')).toBe('')
  })
})
