import type { Migration, MigrationProvider } from 'kysely'
import type { CentralDialect } from '../db'
import { centralSchema } from './0001_central'

/**
 * Static provider: the migrations are bundled modules, not files found at run time, so the
 * service runs the same from tsx, a bundle or a test. Ordered by name.
 */
export function centralMigrations(dialect: CentralDialect): MigrationProvider {
  const migrations: Record<string, Migration> = { '0001_central': centralSchema(dialect) }
  return { getMigrations: async () => migrations }
}
