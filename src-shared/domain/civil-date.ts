/**
 * Civil dates: the 'YYYY-MM-DD' text every legal date takes in the data (migration 0001).
 * Legal dates are China dates; China keeps one zone, UTC+8, with no daylight saving, so the
 * China date of an instant is its UTC+8 calendar day.
 */
const DAY_MS = 86_400_000
const CHINA_OFFSET_MS = 8 * 3_600_000
const CIVIL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

export interface CivilDateParts {
  readonly year: number
  readonly month: number
  readonly day: number
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28
  return [4, 6, 9, 11].includes(month) ? 30 : 31
}

/** True for a date that exists on the Gregorian calendar (no 31 April, no 29 February 2023). */
export function isCivilDate(year: number, month: number, day: number): boolean {
  return Number.isInteger(year) && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
}

export function formatCivilDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/** The parts of a well-formed real date, or null. */
export function parseCivilDate(text: string): CivilDateParts | null {
  const match = CIVIL_DATE.exec(text)
  if (!match) return null
  const year = Number(match[1])
  const month = Number(match[2])
  const day = Number(match[3])
  return isCivilDate(year, month, day) ? { year, month, day } : null
}

function partsOrThrow(date: string): CivilDateParts {
  const parts = parseCivilDate(date)
  if (!parts) throw new RangeError(`not a civil date: ${date}`)
  return parts
}

/** Days since 1970-01-01; differences of day numbers count natural days. */
export function dayNumber(date: string): number {
  const { year, month, day } = partsOrThrow(date)
  return Date.UTC(year, month - 1, day) / DAY_MS
}

export function civilDateFromDayNumber(days: number): string {
  return new Date(days * DAY_MS).toISOString().slice(0, 10)
}

export function addDays(date: string, days: number): string {
  return civilDateFromDayNumber(dayNumber(date) + days)
}

/**
 * The same calendar day `years` later; 29 February falls back to 28 February in common
 * years, the way licence validity periods (S1 art.13) are printed.
 */
export function addYears(date: string, years: number): string {
  const { year, month, day } = partsOrThrow(date)
  const target = year + years
  return formatCivilDate(target, month, Math.min(day, daysInMonth(target, month)))
}

/** Whole years from `birthDate` to `on` (the age on that day). */
export function ageOn(birthDate: string, on: string): number {
  const birth = partsOrThrow(birthDate)
  const day = partsOrThrow(on)
  const hadBirthday = day.month > birth.month || (day.month === birth.month && day.day >= birth.day)
  return day.year - birth.year - (hadBirthday ? 0 : 1)
}

/** The China date of an instant. */
export function chinaDateOf(instant: Date): string {
  return new Date(instant.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10)
}

/** The ISO UTC instant of a China wall-clock time: `minuteOfDay` minutes after midnight of `date`. */
export function chinaInstant(date: string, minuteOfDay: number): string {
  return new Date(dayNumber(date) * DAY_MS - CHINA_OFFSET_MS + minuteOfDay * 60_000).toISOString()
}
