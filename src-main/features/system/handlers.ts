import { join } from 'node:path'
import type { Handlers } from '../../core/dispatcher'
import type { systemContract } from '../../../src-shared/contract/system'
import type { AppDatabase } from '../../core/database'
import type { SyncState } from '../../../src-shared/contract'
import { OFFICE_BY_CODE } from '../../../src-shared/domain/offices'
import { latestSchemaVersion } from '../../../db/migrations'
import type { TerminalRecord } from '../../app/terminal'

export interface SystemDeps {
  appVersion: string
  dataDir: string
  terminal: () => TerminalRecord
  /** Result of the integrity check run at start-up. */
  integrity: string
  /** The sync state shown on every screen (from the sync engine). */
  syncState: () => SyncState
}

function countRows(db: AppDatabase, table: 'citizens' | 'licences' | 'vehicles' | 'violations' | 'exam_plans'): number {
  const row = db.first(db.kysely.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')))
  return Number(row?.n ?? 0)
}

export function systemHandlers(deps: SystemDeps): Handlers<typeof systemContract> {
  return {
    'system.info': (_input, { db, session }) => {
      const terminal = deps.terminal()
      const office = OFFICE_BY_CODE.get(terminal.officeCode)
      return {
        appVersion: deps.appVersion,
        terminal: {
          id: terminal.id,
          name: terminal.name,
          mode: terminal.mode,
          officeCode: terminal.officeCode,
          officeName: office?.name ?? terminal.officeCode,
          demo: terminal.demo,
          enrolled: terminal.enrolled
        },
        counts: {
          citizens: countRows(db, 'citizens'),
          licences: countRows(db, 'licences'),
          vehicles: countRows(db, 'vehicles'),
          violations: countRows(db, 'violations'),
          examPlans: countRows(db, 'exam_plans')
        },
        database: {
          sizeBytes: db.sizeBytes(),
          schemaVersion: latestSchemaVersion,
          integrity: deps.integrity,
          journalMode: String(db.raw.pragma('journal_mode', { simple: true }))
        },
        sync: deps.syncState(),
        session: { role: session.role }
      }
    },
    'system.ping': (input, { now }) => ({ echo: input.echo, at: now.toISOString() }),
    'session.setLocale': (input, { session }) => {
      session.locale = input.locale
      return { locale: session.locale }
    },
    'system.backup': {
      async: true,
      run: async (_input, { db, now }) => {
        const file = join(deps.dataDir, 'backups', `terminal-${now.toISOString().replace(/[:.]/g, '-')}.sqlite`)
        const sizeBytes = await db.backup(file)
        return { file, sizeBytes }
      }
    }
  }
}
