import { describe, expect, it } from 'vitest'
import { byMonth, draftOf, listsOf, sameEntries, withEntry, withoutEntry } from './holiday-calendar-edit'

describe('holiday calendar draft', () => {
  const draft = draftOf(2026, ['2026-10-01', '2026-01-01'], ['2026-01-04'])

  it('keeps the entries in date order and gives the two lists back', () => {
    expect(draft.entries.map((e) => e.date)).toEqual(['2026-01-01', '2026-01-04', '2026-10-01'])
    expect(listsOf(draft)).toEqual({ holidays: ['2026-01-01', '2026-10-01'], makeUpWorkdays: ['2026-01-04'] })
    expect(byMonth(draft).map((m) => [m.month, m.entries.length])).toEqual([['01', 2], ['10', 1]])
  })

  it('adds and removes a date; the same date twice changes nothing', () => {
    const added = withEntry(draft, { date: '2026-12-07', kind: 'holiday' })
    expect(added.ok).toBe(true)
    if (!added.ok) return
    expect(added.draft.entries.at(-1)).toEqual({ date: '2026-12-07', kind: 'holiday' })
    expect(withEntry(added.draft, { date: '2026-12-07', kind: 'holiday' })).toEqual({ ok: true, draft: added.draft })
    expect(sameEntries(withoutEntry(added.draft, '2026-12-07'), draft)).toBe(true)
  })

  it('refuses by the rule main would name: a weekday make-up day, a date in both lists, another year', () => {
    expect(withEntry(draft, { date: '2026-03-04', kind: 'makeup' })).toMatchObject({ ok: false, rule: 'CALENDAR_MAKEUP_NOT_WEEKEND', params: { date: '2026-03-04' } })
    expect(withEntry(draft, { date: '2026-01-04', kind: 'holiday' })).toMatchObject({ ok: false, rule: 'CALENDAR_DATE_IN_BOTH' })
    expect(withEntry(draft, { date: '2027-01-01', kind: 'holiday' })).toMatchObject({ ok: false, rule: 'CALENDAR_DATE_OUTSIDE_YEAR', params: { date: '2027-01-01', year: 2026 } })
  })
})
