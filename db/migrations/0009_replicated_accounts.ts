import { sql, type Kysely } from 'kysely'

/**
 * Citizen accounts and their bindings become province-wide records replicated by sync, so a
 * citizen who registered at one kiosk signs in at any terminal of the province. Frozen once
 * landed.
 *
 * A replicated row needs one key column: bindings get `id`, derived from what they bind
 * (`<account>:<kind>:<target>`, src-shared/sync/entities.ts `bindingId`), so the same binding
 * made on two terminals is the same row. `created_at` gets a default: it is when this
 * terminal learnt of the binding, and is not replicated (two terminals binding the same
 * vehicle offline would otherwise disagree for ever on an unimportant instant).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    sql`CREATE TABLE bindings_replicated (
      id TEXT PRIMARY KEY,
      account_id TEXT NOT NULL REFERENCES accounts(id),
      target_kind TEXT NOT NULL CHECK (target_kind IN ('licence','vehicle')),
      target_id TEXT NOT NULL,
      created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
      UNIQUE (account_id, target_kind, target_id),
      CHECK (id = account_id || ':' || target_kind || ':' || target_id)
    ) STRICT`,
    sql`INSERT INTO bindings_replicated (id, account_id, target_kind, target_id, created_at)
        SELECT account_id || ':' || target_kind || ':' || target_id, account_id, target_kind, target_id, created_at FROM bindings`,
    sql`DROP TABLE bindings`,
    sql`ALTER TABLE bindings_replicated RENAME TO bindings`,
    sql`CREATE INDEX bindings_target ON bindings(target_kind, target_id)`
  ]
  for (const statement of statements) await statement.execute(db)
}
