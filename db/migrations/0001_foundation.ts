import { sql, type Kysely } from 'kysely'

/**
 * Frozen once landed: never edit, add a new numbered migration instead.
 * Money is integer fen; legal dates are TEXT 'YYYY-MM-DD' (China time); instants are ISO UTC TEXT.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    sql`CREATE TABLE terminal (
      id TEXT PRIMARY KEY,
      name TEXT NOT NULL,
      mode TEXT NOT NULL CHECK (mode IN ('kiosk','counter')),
      office_code TEXT NOT NULL,
      demo INTEGER NOT NULL CHECK (demo IN (0,1)),
      enrolled INTEGER NOT NULL DEFAULT 0 CHECK (enrolled IN (0,1)),
      epoch INTEGER NOT NULL DEFAULT 1,
      created_at TEXT NOT NULL
    ) STRICT`,
    sql`CREATE TABLE outbox (
      seq INTEGER PRIMARY KEY AUTOINCREMENT,
      terminal_id TEXT NOT NULL,
      epoch INTEGER NOT NULL,
      idempotency_key TEXT NOT NULL UNIQUE,
      command TEXT NOT NULL,
      command_version INTEGER NOT NULL,
      payload TEXT NOT NULL CHECK (json_valid(payload)),
      actor_role TEXT NOT NULL,
      actor_id TEXT,
      created_at TEXT NOT NULL,
      state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending','applied','rejected')),
      result TEXT CHECK (result IS NULL OR json_valid(result))
    ) STRICT`,
    sql`CREATE INDEX outbox_pending ON outbox(state, seq)`,
    sql`CREATE TABLE offices (
      code TEXT PRIMARY KEY,
      plate_prefix TEXT NOT NULL,
      division_code TEXT NOT NULL,
      city TEXT NOT NULL,
      name TEXT NOT NULL
    ) STRICT`,
    sql`CREATE TABLE citizens (
      id TEXT PRIMARY KEY,
      id_number TEXT NOT NULL UNIQUE,
      name TEXT NOT NULL,
      name_initials TEXT NOT NULL,
      gender TEXT NOT NULL CHECK (gender IN ('M','F')),
      birth_date TEXT NOT NULL,
      phone TEXT,
      address TEXT NOT NULL,
      created_at TEXT NOT NULL
    ) STRICT`,
    sql`CREATE INDEX citizens_name ON citizens(name)`,
    sql`CREATE INDEX citizens_initials ON citizens(name_initials)`,
    sql`CREATE TABLE licences (
      id TEXT PRIMARY KEY,
      file_number TEXT NOT NULL UNIQUE CHECK (length(file_number) = 12),
      citizen_id TEXT NOT NULL UNIQUE REFERENCES citizens(id),
      classes TEXT NOT NULL,
      first_issued_on TEXT NOT NULL,
      valid_from TEXT NOT NULL,
      valid_until TEXT,
      status TEXT NOT NULL CHECK (status IN ('valid','expired','detained','suspended','revoked','cancelled')),
      office_code TEXT NOT NULL REFERENCES offices(code),
      contact_phone TEXT,
      contact_address TEXT
    ) STRICT`,
    sql`CREATE TABLE vehicles (
      id TEXT PRIMARY KEY,
      plate TEXT NOT NULL UNIQUE,
      plate_type TEXT NOT NULL,
      vin TEXT NOT NULL UNIQUE CHECK (length(vin) = 17),
      owner_citizen_id TEXT REFERENCES citizens(id),
      vehicle_type TEXT NOT NULL,
      brand TEXT NOT NULL,
      use_nature TEXT NOT NULL,
      registered_on TEXT NOT NULL,
      inspection_due TEXT NOT NULL,
      status TEXT NOT NULL CHECK (status IN ('normal','overdue_inspection','detained','scrapped','stolen')),
      office_code TEXT NOT NULL REFERENCES offices(code),
      contact_phone TEXT
    ) STRICT`,
    sql`CREATE INDEX vehicles_owner ON vehicles(owner_citizen_id)`,
    sql`CREATE TABLE violations (
      id TEXT PRIMARY KEY,
      kind TEXT NOT NULL CHECK (kind IN ('on_the_spot','general','camera')),
      record_number TEXT NOT NULL UNIQUE,
      decision_number TEXT UNIQUE,
      vehicle_id TEXT REFERENCES vehicles(id),
      plate TEXT,
      licence_id TEXT REFERENCES licences(id),
      occurred_at TEXT NOT NULL,
      place TEXT NOT NULL,
      office_code TEXT NOT NULL REFERENCES offices(code),
      code TEXT NOT NULL,
      description TEXT NOT NULL,
      fine_fen INTEGER NOT NULL CHECK (fine_fen >= 0),
      points INTEGER NOT NULL CHECK (points IN (0,1,3,6,9,12)),
      state TEXT NOT NULL CHECK (state IN ('unhandled','unpaid','paying','paid','confirmed')),
      disputed INTEGER NOT NULL DEFAULT 0 CHECK (disputed IN (0,1)),
      decided_on TEXT,
      delivered_on TEXT,
      paid_at TEXT,
      CHECK (vehicle_id IS NOT NULL OR licence_id IS NOT NULL),
      CHECK (state = 'unhandled' OR decision_number IS NOT NULL)
    ) STRICT`,
    sql`CREATE INDEX violations_vehicle ON violations(vehicle_id, state)`,
    sql`CREATE INDEX violations_licence ON violations(licence_id, state)`,
    sql`CREATE TABLE exam_regions (
      id TEXT PRIMARY KEY,
      office_code TEXT NOT NULL REFERENCES offices(code),
      name TEXT NOT NULL
    ) STRICT`,
    sql`CREATE TABLE exam_venues (
      id TEXT PRIMARY KEY,
      region_id TEXT NOT NULL REFERENCES exam_regions(id),
      name TEXT NOT NULL,
      address TEXT NOT NULL,
      subjects TEXT NOT NULL
    ) STRICT`,
    sql`CREATE TABLE exam_plans (
      id TEXT PRIMARY KEY,
      office_code TEXT NOT NULL REFERENCES offices(code),
      subject TEXT NOT NULL CHECK (subject IN ('k1','k2','k3_road','k3_safety')),
      licence_classes TEXT NOT NULL,
      booking_by TEXT NOT NULL CHECK (booking_by IN ('venue','region')),
      published_on TEXT NOT NULL,
      window_opens_on TEXT NOT NULL,
      window_closes_on TEXT NOT NULL,
      results_on TEXT NOT NULL,
      first_exam_on TEXT NOT NULL,
      CHECK (window_opens_on <= window_closes_on AND window_closes_on <= results_on AND results_on < first_exam_on)
    ) STRICT`,
    sql`CREATE TABLE exam_sessions (
      id TEXT PRIMARY KEY,
      plan_id TEXT NOT NULL REFERENCES exam_plans(id),
      venue_id TEXT NOT NULL REFERENCES exam_venues(id),
      exam_date TEXT NOT NULL,
      starts_at TEXT NOT NULL,
      capacity INTEGER NOT NULL CHECK (capacity > 0)
    ) STRICT`,
    sql`CREATE INDEX exam_sessions_plan ON exam_sessions(plan_id, exam_date)`
  ]
  for (const statement of statements) await statement.execute(db)
}
