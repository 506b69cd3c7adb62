import type { Migration, MigrationProvider } from 'kysely'
import * as m0001 from './0001_foundation'
import * as m0002 from './0002_identity'
import * as m0003 from './0003_payments'
import * as m0004 from './0004_exams'
import * as m0005 from './0005_sync'
import * as m0006 from './0006_exam_calendar'
import * as m0007 from './0007_exam_results'
import * as m0008 from './0008_disputes'
import * as m0009 from './0009_replicated_accounts'
import * as m0010 from './0010_organisation_vehicles'
import * as m0011 from './0011_sync_released'
import * as m0012 from './0012_central_reference'
import * as m0013 from './0013_service_applications'
import * as m0014 from './0014_plate_selection'

/**
 * Static provider: migrations are imported explicitly so the bundler includes them and the
 * order is the names' order. Add new files here; never edit a landed one.
 */
export const migrations: Record<string, Migration> = {
  '0001_foundation': m0001,
  '0002_identity': m0002,
  '0003_payments': m0003,
  '0004_exams': m0004,
  '0005_sync': m0005,
  '0006_exam_calendar': m0006,
  '0007_exam_results': m0007,
  '0008_disputes': m0008,
  '0009_replicated_accounts': m0009,
  '0010_organisation_vehicles': m0010,
  '0011_sync_released': m0011,
  '0012_central_reference': m0012,
  '0013_service_applications': m0013,
  '0014_plate_selection': m0014
}

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations
}

export const latestSchemaVersion = Object.keys(migrations).sort().at(-1) ?? 'none'
