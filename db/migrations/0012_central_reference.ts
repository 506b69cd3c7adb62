import { sql, type Kysely } from 'kysely'

/**
 * Reference data an administrator sets once for many terminals, in shapes the central service
 * can replicate row for row (src-shared/sync/entities.ts). Frozen once landed.
 *  - holiday_calendars: one row per year, its days off and make-up working days as sorted JSON
 *    arrays of dates. The year is text ('2027'), like every replicated key, so sync compares,
 *    orders and deletes it the same way on SQLite, PostgreSQL and every terminal. Replaces holiday_calendar_years and holiday_calendar_days (0006), whose
 *    rows are carried over; a built-in year has no update time (it is the same data on every
 *    terminal and is never replicated).
 *  - office_exam_settings: the office's exam settings (two subjects pending at once, priority
 *    booking for permits running out), one row per office; without a row the terminal's
 *    configuration applies.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    sql`CREATE TABLE holiday_calendars (
      year TEXT PRIMARY KEY CHECK (year GLOB '[0-9][0-9][0-9][0-9]' AND year BETWEEN '2000' AND '2099'),
      holidays TEXT NOT NULL CHECK (json_valid(holidays) AND json_type(holidays) = 'array'),
      make_up_workdays TEXT NOT NULL CHECK (json_valid(make_up_workdays) AND json_type(make_up_workdays) = 'array'),
      source TEXT NOT NULL CHECK (source IN ('builtin','admin')),
      updated_at TEXT,
      updated_by TEXT,
      CHECK ((source = 'admin') = (updated_at IS NOT NULL))
    ) STRICT`,
    sql`INSERT INTO holiday_calendars (year, holidays, make_up_workdays, source, updated_at, updated_by)
      SELECT printf('%04d', y.year),
        (SELECT json_group_array(d.date ORDER BY d.date) FROM holiday_calendar_days d WHERE d.year = y.year AND d.kind = 'holiday'),
        (SELECT json_group_array(d.date ORDER BY d.date) FROM holiday_calendar_days d WHERE d.year = y.year AND d.kind = 'makeup'),
        y.source,
        CASE WHEN y.source = 'admin' THEN y.updated_at END,
        CASE WHEN y.source = 'admin' THEN y.updated_by END
      FROM holiday_calendar_years y`,
    sql`DROP TABLE holiday_calendar_days`,
    sql`DROP TABLE holiday_calendar_years`,
    sql`CREATE TABLE office_exam_settings (
      office_code TEXT PRIMARY KEY CHECK (length(office_code) = 6),
      allow_concurrent_k2k3 INTEGER NOT NULL CHECK (allow_concurrent_k2k3 IN (0,1)),
      priority_booking INTEGER NOT NULL CHECK (priority_booking IN (0,1)),
      updated_at TEXT NOT NULL,
      updated_by TEXT
    ) STRICT`
  ]
  for (const statement of statements) await statement.execute(db)
}
