import { sql, type Kysely } from 'kysely'

/**
 * Vehicles registered to an organisation (单位) carry its unified social credit code: the
 * archive knows owners by their credit code, not by a platform registration, so an approved
 * organisation sees exactly the vehicles registered under the code it proved. (The
 * `owner_org_id` column of migration 0002 is no longer read.) Frozen once landed.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    sql`ALTER TABLE vehicles ADD COLUMN owner_uscc TEXT CHECK (owner_uscc IS NULL OR length(owner_uscc) = 18)`,
    sql`CREATE INDEX vehicles_owner_uscc ON vehicles(owner_uscc) WHERE owner_uscc IS NOT NULL`
  ]
  for (const statement of statements) await statement.execute(db)
}
