import { sql, type Kysely } from 'kysely'

/** Learners, exam attempts, exam bookings and allocation runs. Frozen once landed. */
export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    sql`CREATE TABLE learner_permits (
      citizen_id TEXT PRIMARY KEY REFERENCES citizens(id),
      licence_class TEXT NOT NULL,
      application_accepted_at TEXT NOT NULL,
      adding_to_car_class INTEGER NOT NULL DEFAULT 0 CHECK (adding_to_car_class IN (0,1)),
      permit_issued_on TEXT,
      office_code TEXT NOT NULL REFERENCES offices(code)
    ) STRICT`,
    sql`CREATE TABLE exam_attempts (
      id TEXT PRIMARY KEY,
      citizen_id TEXT NOT NULL REFERENCES learner_permits(citizen_id),
      subject TEXT NOT NULL CHECK (subject IN ('k1','k2','k3_road','k3_safety')),
      at TEXT NOT NULL,
      result TEXT NOT NULL CHECK (result IN ('pass','fail','absent'))
    ) STRICT`,
    sql`CREATE INDEX exam_attempts_citizen ON exam_attempts(citizen_id)`,
    sql`CREATE TABLE exam_bookings (
      id TEXT PRIMARY KEY,
      citizen_id TEXT NOT NULL REFERENCES learner_permits(citizen_id),
      plan_id TEXT NOT NULL REFERENCES exam_plans(id),
      subject TEXT NOT NULL CHECK (subject IN ('k1','k2','k3_road','k3_safety')),
      mode TEXT NOT NULL CHECK (mode IN ('self_select','arrangement')),
      booking_by TEXT NOT NULL CHECK (booking_by IN ('venue','region')),
      place_id TEXT NOT NULL,
      range_from TEXT NOT NULL,
      range_to TEXT NOT NULL,
      session_ids TEXT NOT NULL CHECK (json_valid(session_ids)),
      submitted_at TEXT NOT NULL,
      priority INTEGER NOT NULL DEFAULT 0 CHECK (priority IN (0,1)),
      status TEXT NOT NULL CHECK (status IN ('pending','cancelled','seated','not_seated')),
      seated_session_id TEXT REFERENCES exam_sessions(id),
      not_seated_reason TEXT,
      rank_position INTEGER,
      cancelled_at TEXT,
      was_seated INTEGER NOT NULL DEFAULT 0 CHECK (was_seated IN (0,1))
    ) STRICT`,
    sql`CREATE INDEX exam_bookings_plan ON exam_bookings(plan_id, status)`,
    sql`CREATE INDEX exam_bookings_citizen ON exam_bookings(citizen_id)`,
    sql`CREATE TABLE exam_allocations (
      plan_id TEXT PRIMARY KEY REFERENCES exam_plans(id),
      seed INTEGER NOT NULL,
      run_at TEXT NOT NULL,
      run_by TEXT,
      applications INTEGER NOT NULL,
      seated INTEGER NOT NULL,
      draws TEXT NOT NULL CHECK (json_valid(draws))
    ) STRICT`
  ]
  for (const statement of statements) await statement.execute(db)
}
