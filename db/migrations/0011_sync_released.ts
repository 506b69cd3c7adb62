import { sql, type Kysely } from 'kysely'

/**
 * Violations whose payment the central service refused (a wrong amount, a self-service limit,
 * a record it does not hold, a fine paid elsewhere first). A pulled row must not move a record
 * paid here back to unpaid while the central answer is still on its way (sync/apply.ts); once
 * the answer is a refusal, the central row is the truth and is let through, so the record
 * converges on the next pull instead of waiting for a checksum repair. Cleared after each
 * complete pull. Frozen once landed.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE TABLE sync_released (
    violation_id TEXT PRIMARY KEY,
    released_at TEXT NOT NULL
  ) STRICT`.execute(db)
}
