import { addDays } from '../civil-date'

/** An exam plan is published at least this many days before its first exam (platform rules §1.4). */
export const PUBLISH_DAYS_AHEAD = 10

/** The earliest first-exam date of a plan published on `publishedOn`. */
export function earliestFirstExam(publishedOn: string): string {
  return addDays(publishedOn, PUBLISH_DAYS_AHEAD)
}
