import { checkCalendarYear, type CalendarYearRule } from '../../../../src-shared/domain/exams/calendar-year'

export type DayKind = 'holiday' | 'makeup'

export interface CalendarEntry {
  readonly date: string
  readonly kind: DayKind
}

/** One year as the panel edits it: the entries in date order. */
export interface YearDraft {
  readonly year: number
  readonly entries: readonly CalendarEntry[]
}

export type DraftChange = { readonly ok: true; readonly draft: YearDraft } | { readonly ok: false; readonly rule: CalendarYearRule; readonly params: Record<string, string | number> }

const byDate = (a: CalendarEntry, b: CalendarEntry) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)

export function draftOf(year: number, holidays: readonly string[], makeUpWorkdays: readonly string[]): YearDraft {
  return { year, entries: [...holidays.map((date) => ({ date, kind: 'holiday' as const })), ...makeUpWorkdays.map((date) => ({ date, kind: 'makeup' as const }))].sort(byDate) }
}

export function listsOf(draft: YearDraft): { holidays: string[]; makeUpWorkdays: string[] } {
  return { holidays: draft.entries.filter((e) => e.kind === 'holiday').map((e) => e.date), makeUpWorkdays: draft.entries.filter((e) => e.kind === 'makeup').map((e) => e.date) }
}

/**
 * Adds a date, checked at once with the same rules main applies on saving (checkCalendarYear),
 * so a make-up day on a weekday or a date of another year is refused where it is typed, by the
 * same rule code main would answer with. Adding a date already listed with the same kind changes nothing.
 */
export function withEntry(draft: YearDraft, entry: CalendarEntry): DraftChange {
  if (draft.entries.some((e) => e.date === entry.date && e.kind === entry.kind)) return { ok: true, draft }
  const next: YearDraft = { year: draft.year, entries: [...draft.entries, entry].sort(byDate) }
  const check = checkCalendarYear({ year: draft.year, ...listsOf(next) })
  return check.ok ? { ok: true, draft: next } : { ok: false, rule: check.rule, params: check.params }
}

export function withoutEntry(draft: YearDraft, date: string): YearDraft {
  return { year: draft.year, entries: draft.entries.filter((e) => e.date !== date) }
}

export function sameEntries(a: YearDraft, b: YearDraft): boolean {
  return a.year === b.year && a.entries.length === b.entries.length && a.entries.every((e, i) => e.date === b.entries[i]?.date && e.kind === b.entries[i]?.kind)
}

/** The entries by month ('01'–'12'), for reading a year at a glance. */
export function byMonth(draft: YearDraft): { month: string; entries: CalendarEntry[] }[] {
  const months = new Map<string, CalendarEntry[]>()
  for (const entry of draft.entries) {
    const month = entry.date.slice(5, 7)
    months.set(month, [...(months.get(month) ?? []), entry])
  }
  return [...months.entries()].map(([month, entries]) => ({ month, entries }))
}
