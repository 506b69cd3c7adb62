import { join } from 'node:path'
import { contract, type AppContract } from '../../src-shared/contract'
import type { AppDatabase} from '../core/database';
import { openDatabase } from '../core/database'
import { Dispatcher } from '../core/dispatcher'
import { SessionStore } from '../core/session'
import { pendingOutbox } from '../core/outbox'
import { systemHandlers } from '../features/system/handlers'
import { identityHandlers } from '../features/identity/handlers'
import { ensureDemoStaff } from '../features/identity/demo-staff'
import { SimulatedIdCardReader, type IdCardReader } from '../ports/id-card-reader'
import { isEmpty, seedDemo } from '../../db/demo/seed'
import { loadConfig, type TerminalConfig } from './config'
import { EventBus } from './events'
import { ensureOffices, ensureTerminal, readTerminal, type TerminalRecord } from './terminal'
import { APP_VERSION } from './version'

export interface AppOptions {
  dataDir: string
  /** Electron build of better-sqlite3's addon (see README, "Electron native module"). */
  nativeBinding?: string
  config?: Partial<TerminalConfig>
  now?: () => Date
  log?: (line: string) => void
}

export interface TerminalApp {
  readonly dataDir: string
  readonly config: TerminalConfig
  readonly db: AppDatabase
  readonly sessions: SessionStore
  readonly dispatcher: Dispatcher<AppContract>
  readonly events: EventBus
  readonly idCardReader: SimulatedIdCardReader
  terminal(): TerminalRecord
  close(): void
}

export const DATABASE_FILE = 'terminal.sqlite'

/**
 * Composition root shared by the Electron shell, the web shell and the tests: open and
 * migrate the database, check its integrity, make sure the terminal exists, load the demo
 * set into an empty database, and wire the handlers to the one dispatcher.
 */
export async function createTerminalApp(options: AppOptions): Promise<TerminalApp> {
  const log = options.log ?? (() => {})
  const now = options.now ?? (() => new Date())
  const config = loadConfig(options.dataDir, options.config)
  const db = await openDatabase({ file: join(options.dataDir, DATABASE_FILE), nativeBinding: options.nativeBinding })

  const integrity = db.integrityCheck()
  if (integrity !== 'ok') {
    db.close()
    throw new Error(`数据库完整性检查未通过，请从备份恢复（npm run backup 的输出位于 ${join(options.dataDir, 'backups')}）：${integrity}`)
  }

  ensureOffices(db)
  let terminal = ensureTerminal(db, config, now())
  if (config.demoOnEmpty && terminal.demo && isEmpty(db)) {
    const started = Date.now()
    const counts = seedDemo(db, { seed: 20251125, violations: config.demoSize, today: now() })
    log(`首次启动：已载入演示数据 ${JSON.stringify(counts)}（${Date.now() - started} ms）`)
  }

  if (terminal.demo) await ensureDemoStaff(db, now())

  // Real reader drivers (vendor SDKs) plug in here; the simulated one serves demo and tests.
  const simulator = new SimulatedIdCardReader()
  const reader: IdCardReader = simulator

  const sessions = new SessionStore()
  const events = new EventBus()
  // Sync with the central service arrives with issue #6; until then the terminal has never synced.
  const lastSyncAt = (): string | null => null

  const dispatcher = new Dispatcher<AppContract>({
    contract,
    db,
    sessions,
    now,
    terminal: () => terminal,
    handlers: {
      ...systemHandlers({ appVersion: APP_VERSION, dataDir: options.dataDir, terminal: () => terminal, integrity, lastSyncAt }),
      ...identityHandlers({ idleSeconds: config.idleSeconds, reader, simulator, isDemo: () => terminal.demo })
    },
    onCommitted: () => {
      const outbox = pendingOutbox(db)
      const last = lastSyncAt()
      events.emit('sync.status', { state: last ? 'offline' : 'never', lastSyncAt: last, queueDepth: outbox.depth, oldestPendingAt: outbox.oldestAt })
    },
    logError: (method, error) => log(`[rpc] ${method} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
  })

  return {
    dataDir: options.dataDir,
    config,
    db,
    sessions,
    dispatcher,
    events,
    idCardReader: simulator,
    terminal: () => {
      terminal = readTerminal(db)
      return terminal
    },
    close: () => db.close()
  }
}
