import { sql, type Kysely } from 'kysely'

/**
 * Disputes about violation records (异议, platform-rules V5). Frozen once landed.
 *
 * `violation_id` deliberately has no foreign key: an upheld `record` dispute deletes the
 * record (here and, through the central change log, on every terminal), and the dispute must
 * outlive it as the account of why it went. `record_number` and `description` are kept for
 * the same reason. `office_code` is the violation's office, the one that decides.
 * "One open dispute per record" is checked where disputes are raised, here and again by the
 * central service; it is not a unique index, because disputes also arrive by sync, and a
 * terminal that raised one offline must be able to take in the central verdict on a rival
 * one raised elsewhere without the page failing.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    sql`CREATE TABLE disputes (
      id TEXT PRIMARY KEY,
      violation_id TEXT NOT NULL,
      record_number TEXT NOT NULL,
      description TEXT NOT NULL,
      kind TEXT NOT NULL CHECK (kind IN ('record','payment_not_cleared')),
      reason TEXT NOT NULL CHECK (length(reason) BETWEEN 10 AND 300),
      evidence TEXT,
      raised_by_role TEXT NOT NULL CHECK (raised_by_role IN ('citizen','org_agent','clerk')),
      raised_by_account TEXT,
      raised_for_citizen TEXT,
      raised_at TEXT NOT NULL,
      raised_terminal TEXT NOT NULL,
      office_code TEXT NOT NULL,
      due_on TEXT NOT NULL CHECK (due_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
      state TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open','upheld','rejected')),
      decided_at TEXT,
      decided_by TEXT,
      decision_note TEXT,
      CHECK ((state = 'open') = (decided_at IS NULL))
    ) STRICT`,
    sql`CREATE INDEX disputes_violation ON disputes(violation_id, state)`,
    sql`CREATE INDEX disputes_office_state ON disputes(office_code, state)`,
    sql`CREATE INDEX disputes_citizen ON disputes(raised_for_citizen)`
  ]
  for (const statement of statements) await statement.execute(db)
}
