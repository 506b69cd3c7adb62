import { sql, type Kysely } from 'kysely'

/**
 * 号牌预选 (src-shared/domain/plate-selection.ts). Frozen once landed.
 *  - plate_selections: this terminal's selection session per VIN — the seed its random batches are
 *    drawn from, the batches drawn (JSON array of serial arrays) and when the last one was, and
 *    the composed candidates tried.
 *    Local: the limits are per selection, and a held number is what other terminals need.
 *  - plate_reservations: a number held for a VIN until `held_until` (working days, M6); one per
 *    VIN. Replicated in the office partition so every terminal of the office treats it as taken.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    sql`CREATE TABLE plate_selections (
      vin TEXT PRIMARY KEY CHECK (length(vin) = 17),
      citizen_id TEXT NOT NULL,
      office_code TEXT NOT NULL,
      seed INTEGER NOT NULL,
      drawn TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(drawn)),
      last_drawn_at TEXT,
      composed_tried INTEGER NOT NULL DEFAULT 0 CHECK (composed_tried >= 0),
      updated_at TEXT NOT NULL
    ) STRICT`,
    sql`CREATE TABLE plate_reservations (
      id TEXT PRIMARY KEY,
      plate TEXT NOT NULL,
      vin TEXT NOT NULL UNIQUE CHECK (length(vin) = 17),
      citizen_id TEXT NOT NULL,
      office_code TEXT NOT NULL,
      source TEXT NOT NULL CHECK (source IN ('random','composed')),
      reserved_at TEXT NOT NULL,
      held_until TEXT NOT NULL
    ) STRICT`,
    sql`CREATE INDEX plate_reservations_plate ON plate_reservations(plate, held_until)`,
    sql`CREATE INDEX plate_reservations_citizen ON plate_reservations(citizen_id)`
  ]
  for (const statement of statements) await statement.execute(db)
}
