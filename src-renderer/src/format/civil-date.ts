const CIVIL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

/**
 * A legal date (`YYYY-MM-DD`, already a China date) in the reader's language. It is formatted
 * in UTC so no time zone can move it to the day before or after.
 */
export function formatCivilDate(date: string, locale: string): string {
  const match = CIVIL_DATE.exec(date)
  if (!match) return date
  const utc = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(utc)
}

/** The day of the week of a legal date in the reader's language (星期三, Wed), formatted in UTC like formatCivilDate. */
export function formatWeekday(date: string, locale: string): string {
  const match = CIVIL_DATE.exec(date)
  if (!match) return ''
  const utc = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))
  return new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' }).format(utc)
}
