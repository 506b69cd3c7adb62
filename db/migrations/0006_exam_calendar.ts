import { sql, type Kysely } from 'kysely'

/**
 * The holiday calendar working days are counted on (E9's cancellation deadline and every other
 * 一日/三日/五日 period), editable by the administrator one year at a time from the State
 * Council's yearly notice. Frozen once landed.
 *  - holiday_calendar_years: a year the calendar knows, and where its entries came from. A year
 *    listed here with no days is a deliberate "weekends only", not a year still to be seeded.
 *  - holiday_calendar_days: the year's days off (holiday) and weekend days worked (makeup).
 * The terminal seeds the built-in 2026 data at start while no year is listed (not here, so the
 * migration stays independent of the data module).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    sql`CREATE TABLE holiday_calendar_years (
      year INTEGER PRIMARY KEY CHECK (year BETWEEN 2000 AND 2099),
      source TEXT NOT NULL CHECK (source IN ('builtin','admin')),
      updated_at TEXT NOT NULL,
      updated_by TEXT
    ) STRICT`,
    sql`CREATE TABLE holiday_calendar_days (
      date TEXT PRIMARY KEY CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
      year INTEGER NOT NULL REFERENCES holiday_calendar_years(year) ON DELETE CASCADE,
      kind TEXT NOT NULL CHECK (kind IN ('holiday','makeup')),
      CHECK (substr(date, 1, 4) = printf('%04d', year))
    ) STRICT`,
    sql`CREATE INDEX holiday_calendar_days_year ON holiday_calendar_days(year)`
  ]
  for (const statement of statements) await statement.execute(db)
}
