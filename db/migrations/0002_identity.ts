import { sql, type Kysely } from 'kysely'

/**
 * Identity: sign-in accounts, organisations, bindings and the hash-chained audit log.
 * Frozen once landed.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    sql`CREATE TABLE organisations (
      id TEXT PRIMARY KEY,
      uscc TEXT NOT NULL UNIQUE CHECK (length(uscc) = 18),
      name TEXT NOT NULL,
      agent_citizen_id TEXT NOT NULL REFERENCES citizens(id),
      agent_phone TEXT NOT NULL,
      status TEXT NOT NULL CHECK (status IN ('pending','approved','rejected')),
      decided_by TEXT,
      decided_at TEXT,
      decision_note TEXT,
      created_at TEXT NOT NULL
    ) STRICT`,
    sql`ALTER TABLE vehicles ADD COLUMN owner_org_id TEXT REFERENCES organisations(id)`,
    sql`CREATE INDEX vehicles_owner_org ON vehicles(owner_org_id)`,
    sql`CREATE TABLE accounts (
      id TEXT PRIMARY KEY,
      kind TEXT NOT NULL CHECK (kind IN ('citizen','org_agent','clerk','admin')),
      citizen_id TEXT REFERENCES citizens(id),
      org_id TEXT REFERENCES organisations(id),
      username TEXT UNIQUE,
      display_name TEXT NOT NULL,
      phone TEXT,
      password_hash TEXT NOT NULL,
      failed_attempts INTEGER NOT NULL DEFAULT 0,
      locked_until TEXT,
      disabled INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0,1)),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      CHECK ((kind = 'citizen') = (citizen_id IS NOT NULL AND org_id IS NULL) OR kind <> 'citizen'),
      CHECK (kind <> 'org_agent' OR org_id IS NOT NULL),
      CHECK (kind NOT IN ('clerk','admin') OR username IS NOT NULL)
    ) STRICT`,
    sql`CREATE UNIQUE INDEX accounts_citizen ON accounts(citizen_id) WHERE kind = 'citizen'`,
    sql`CREATE UNIQUE INDEX accounts_org ON accounts(org_id) WHERE kind = 'org_agent'`,
    sql`CREATE TABLE bindings (
      account_id TEXT NOT NULL REFERENCES accounts(id),
      target_kind TEXT NOT NULL CHECK (target_kind IN ('licence','vehicle')),
      target_id TEXT NOT NULL,
      created_at TEXT NOT NULL,
      PRIMARY KEY (account_id, target_kind, target_id)
    ) STRICT`,
    sql`CREATE TABLE audit_log (
      seq INTEGER PRIMARY KEY AUTOINCREMENT,
      at TEXT NOT NULL,
      terminal_id TEXT NOT NULL,
      actor_role TEXT NOT NULL,
      actor_id TEXT,
      on_behalf_of TEXT,
      action TEXT NOT NULL,
      subject TEXT,
      details TEXT NOT NULL CHECK (json_valid(details)),
      prev_hash TEXT NOT NULL,
      hash TEXT NOT NULL UNIQUE
    ) STRICT`,
    // Append-only: the application can never change or remove a line; the chain catches edits
    // made behind its back with other tools.
    sql`CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END`,
    sql`CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END`
  ]
  for (const statement of statements) await statement.execute(db)
}
