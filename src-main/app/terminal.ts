import { uuidv7 } from 'uuidv7'
import { SHANDONG_OFFICES } from '../../src-shared/domain/offices'
import type { TerminalMode } from '../../src-shared/contract'
import type { AppDatabase } from '../core/database'
import type { TerminalConfig } from './config'

export interface TerminalRecord {
  id: string
  name: string
  mode: TerminalMode
  officeCode: string
  demo: boolean
  enrolled: boolean
  epoch: number
}

/** Offices are reference data every terminal needs, demo or not. */
export function ensureOffices(db: AppDatabase): void {
  const { sql } = db.kysely
    .insertInto('offices')
    .values({ code: '', plate_prefix: '', division_code: '', city: '', name: '' })
    .onConflict((oc) => oc.column('code').doNothing())
    .compile()
  const statement = db.prepare(sql)
  db.transaction(() => {
    for (const office of SHANDONG_OFFICES) statement.run(office.code, office.platePrefix, office.divisionCode, office.city, office.name)
  })
}

/**
 * The terminal row is created on first start from the configuration. Until enrolment it is a
 * demo terminal whose mode and office follow the configuration file; once enrolled, the
 * central service's assignment wins and the configuration no longer changes it.
 */
export function ensureTerminal(db: AppDatabase, config: TerminalConfig, now: Date): TerminalRecord {
  const existing = db.first(db.kysely.selectFrom('terminal').selectAll())
  if (!existing) {
    db.run(
      db.kysely.insertInto('terminal').values({
        id: uuidv7(),
        name: config.name,
        mode: config.mode,
        office_code: config.officeCode,
        demo: 1,
        created_at: now.toISOString()
      })
    )
  } else if (!existing.enrolled) {
    db.run(db.kysely.updateTable('terminal').set({ name: config.name, mode: config.mode, office_code: config.officeCode }).where('id', '=', existing.id))
  }
  return readTerminal(db)
}

export function readTerminal(db: AppDatabase): TerminalRecord {
  const row = db.first(db.kysely.selectFrom('terminal').selectAll())
  if (!row) throw new Error('terminal row missing')
  return {
    id: row.id,
    name: row.name,
    mode: row.mode,
    officeCode: row.office_code,
    demo: row.demo === 1,
    enrolled: row.enrolled === 1,
    epoch: row.epoch
  }
}
