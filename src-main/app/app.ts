import { join } from 'node:path'
import { contract, type AppContract } from '../../src-shared/contract'
import type { AppDatabase} from '../core/database';
import { openDatabase } from '../core/database'
import { Dispatcher } from '../core/dispatcher'
import { SessionStore } from '../core/session'
import { SyncEngine, type SyncStep } from '../features/sync/engine'
import { syncHandlers } from '../features/sync/handlers'
import { systemHandlers } from '../features/system/handlers'
import { identityHandlers } from '../features/identity/handlers'
import { ensureDemoStaff } from '../features/identity/demo-staff'
import { SimulatedIdCardReader, type IdCardReader } from '../ports/id-card-reader'
import { SimulatedUnionPayTerminal, type PaymentTerminal } from '../ports/payment-terminal'
import { violationHandlers } from '../features/violations/handlers'
import { examHandlers } from '../features/exams/handlers'
import { disputeHandlers } from '../features/disputes/handlers'
import { serviceApplicationHandlers } from '../features/applications/handlers'
import { plateHandlers } from '../features/plates/handlers'
import { ensureDemoLearners } from '../features/exams/demo-learners'
import { ensureHolidayCalendar } from '../features/exams/calendar'
import { recoverPayments, settlementEntry, type CrashPoint } from '../features/violations/payment'
import { ensureDemoRanges } from '../features/violations/numbers'
import { ensureSigningKey } from '../features/violations/receipts'
import { appendOutbox } from '../core/outbox'
import { CupsPrinter, PdfCopyPrinter, type ReceiptPrinter } from '../ports/receipt-printer'
import { appendAudit } from '../core/audit'
import { OFFICE_BY_CODE } from '../../src-shared/domain/offices'
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
  /**
   * How a configured printer (`devices.printer`) is driven: the Electron shell prints silently
   * through Chromium; elsewhere the CUPS spooler is used.
   */
  printerFor?: (receiptDir: string, deviceName: string) => ReceiptPrinter
  /** Crash tests stop the process at a payment step; production never sets it. */
  crashAt?: (point: CrashPoint) => void
  /** Sync simulation tests stop the engine at a sync step, and route requests through a faulty network. */
  syncCrashAt?: (step: SyncStep) => void
  fetch?: typeof fetch
}

export interface TerminalApp {
  readonly dataDir: string
  readonly config: TerminalConfig
  readonly db: AppDatabase
  readonly sessions: SessionStore
  readonly dispatcher: Dispatcher<AppContract>
  readonly events: EventBus
  readonly idCardReader: SimulatedIdCardReader
  readonly paymentTerminal: SimulatedUnionPayTerminal
  readonly sync: SyncEngine
  terminal(): TerminalRecord
  /** Stops sync (waiting for a running cycle) and closes the database. */
  close(): Promise<void>
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
  if (terminal.demo && !terminal.enrolled) {
    // Learners and number ranges of a terminal on its own; an enrolled one gets its ranges from the central service.
    ensureDemoLearners(db, terminal.officeCode, now())
    db.transaction(() => ensureDemoRanges(db, OFFICE_BY_CODE.get(terminal.officeCode)?.divisionCode ?? terminal.officeCode.slice(0, 6), terminal.id))
  }
  db.transaction(() => ensureSigningKey(db, terminal.id, terminal.name))
  // Every terminal, demo or not, counts working days on the built-in 2026 calendar until an administrator edits it.
  ensureHolidayCalendar(db)

  // Real UnionPay drivers plug in here; the simulated terminal keeps its journal in the data
  // directory so it outlives an application crash, as a real device does.
  const crashAt = options.crashAt ?? (() => {})
  const paymentSimulator = new SimulatedUnionPayTerminal(join(options.dataDir, 'devices', 'unionpay-sim.jsonl'), now, () => crashAt('during_device_call'))
  const paymentTerminal: PaymentTerminal = paymentSimulator
  const receiptDir = join(options.dataDir, 'receipts')
  const printerFor = options.printerFor ?? ((dir: string, name: string) => new CupsPrinter(dir, name))
  const printer: ReceiptPrinter = config.devices.printer ? printerFor(receiptDir, config.devices.printer) : new PdfCopyPrinter(receiptDir)

  // Real reader drivers (vendor SDKs) plug in here; the simulated one serves demo and tests.
  const simulator = new SimulatedIdCardReader()
  const reader: IdCardReader = simulator

  const sessions = new SessionStore()
  const events = new EventBus()
  const sync = new SyncEngine({
    db,
    settings: config.sync,
    appVersion: APP_VERSION,
    now,
    terminal: () => terminal,
    terminalChanged: () => {
      terminal = readTerminal(db)
    },
    emit: (state) => events.emit('sync.status', state),
    log,
    fetch: options.fetch,
    crashAt: options.syncCrashAt
  })

  const dispatcher = new Dispatcher<AppContract>({
    contract,
    db,
    sessions,
    now,
    terminal: () => terminal,
    // The renderer warns 15 s ahead and resets at idleSeconds; the server allows a little slack for the last request.
    idleTimeoutMs: () => (terminal.mode === 'kiosk' ? (config.idleSeconds + 10) * 1000 : null),
    handlers: {
      ...systemHandlers({ appVersion: APP_VERSION, dataDir: options.dataDir, terminal: () => terminal, integrity, syncState: () => sync.state() }),
      ...identityHandlers({ idleSeconds: config.idleSeconds, reader, simulator, isDemo: () => terminal.demo }),
      ...violationHandlers({ paymentTerminal, simulator: paymentSimulator, isDemo: () => terminal.demo, crashAt, printer, log }),
      ...examHandlers(config.exams),
      ...disputeHandlers(),
      ...serviceApplicationHandlers(),
      ...plateHandlers(),
      ...syncHandlers(sync)
    },
    offlineGuard: (method, policy, input) => sync.checkOffline(method, policy, input),
    onCommitted: () => {
      events.emit('sync.status', sync.state())
      sync.nudge()
    },
    logError: (method, error) => log(`[rpc] ${method} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
  })

  // A payment interrupted by a crash or a lost answer is settled by asking the terminal.
  const system = sessions.create()
  system.role = 'admin'
  system.displayName = 'system'
  const recovered = await recoverPayments(db, { terminal: paymentTerminal, crashAt }, now, (paymentId, outcome) => {
    appendAudit(db, { terminalId: terminal.id, actorRole: 'system', actorId: null, onBehalfOf: null, action: 'payments.recover', subject: paymentId, details: { outcome } }, now())
    if (outcome !== 'unknown') appendOutbox(db, terminal, system, settlementEntry(db, paymentId, outcome, now()), now())
  })
  sessions.destroy(system.id)
  if (recovered.length) log(`启动时处理了未完成的缴款：${JSON.stringify(recovered)}`)
  sync.start()
  sync.nudge(0)

  return {
    dataDir: options.dataDir,
    config,
    db,
    sessions,
    dispatcher,
    events,
    idCardReader: simulator,
    paymentTerminal: paymentSimulator,
    terminal: () => {
      terminal = readTerminal(db)
      return terminal
    },
    sync,
    close: () => {
      // Synchronous when no sync cycle runs, so a test can hand the data directory to another process at once.
      const running = sync.close()
      if (!running) {
        db.close()
        return Promise.resolve()
      }
      return running.then(() => db.close())
    }
  }
}
