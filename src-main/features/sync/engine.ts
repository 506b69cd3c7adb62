import { uuidv7 } from 'uuidv7'
import { ruleViolation, type OfflinePolicy, type SyncState, type SyncStatus, type SyncTask } from '../../../src-shared/contract'
import { REPLICATED_ENTITIES, SYNC_SCHEMA_VERSION } from '../../../src-shared/sync/entities'
import { paymentOutcomeSchema } from '../../../src-shared/sync/commands'
import type { CommandResult, PushedCommand } from '../../../src-shared/sync/protocol'
import type { AppDatabase } from '../../core/database'
import { appendAudit } from '../../core/audit'
import { pendingOutbox } from '../../core/outbox'
import type { TerminalRecord } from '../../app/terminal'
import { applyPullPage, applySnapshotPage, checksumColumns, localChecksum, RowWriter } from './apply'
import { hashPassword } from '../identity/password'
import { adoptEnrolment, requestEnrolment } from './enrolment'
import { CentralClient, CentralRequestError, type SnapshotPage } from './client'

export interface SyncSettings {
  /** Sync on a timer and shortly after each local change. Tests drive cycles by hand. */
  auto: boolean
  intervalSeconds: number
  /** No successful contact for this long (or a failed last attempt) means offline. */
  offlineAfterSeconds: number
  verifyEverySeconds: number
  pageSize: number
  pushBatch: number
  requestTimeoutMs: number
  offline: { cardMaxAmountFen: number; cardMaxCount: number }
}

export interface SyncEngineDeps {
  db: AppDatabase
  settings: SyncSettings
  appVersion: string
  now: () => Date
  terminal: () => TerminalRecord
  /** Enrolment changed the terminal row (identity, office, mode). */
  terminalChanged: () => void
  emit: (state: SyncState) => void
  log: (line: string) => void
  fetch?: typeof fetch
  /** Simulation tests stop the engine at named steps to model a crash. */
  crashAt?: (step: SyncStep) => void
}

export type SyncStep = 'before_push' | 'after_push_answer' | 'after_push_commit' | 'before_page' | 'after_page' | 'before_verify'

const BACKOFF_CAP_MS = 5 * 60_000

/**
 * Sync with the central service (docs: README "Sync"). One cycle: push the outbox in order,
 * then pull each partition (a snapshot first time), then — with nothing pending and every
 * partition at its head — compare checksums and repair a partition that differs. Cycles never
 * overlap; failures back off exponentially and never block the local work.
 */
export class SyncEngine {
  private running: Promise<void> | null = null
  private timer: NodeJS.Timeout | null = null
  private nudgeTimer: NodeJS.Timeout | null = null
  private readonly writer: RowWriter
  private stopped = false

  constructor(private readonly deps: SyncEngineDeps) {
    this.writer = new RowWriter(deps.db)
  }

  // ── State ───────────────────────────────────────────────────────────────────────────────
  private row() {
    const { db } = this.deps
    return db.first(db.kysely.selectFrom('sync_state').selectAll().where('id', '=', 1))
  }

  get enrolled(): boolean {
    return this.row() !== undefined
  }

  /** Offline: enrolled, and the last attempt failed or no contact succeeded recently. */
  isOffline(at = this.deps.now()): boolean {
    const row = this.row()
    if (!row) return false
    if (row.consecutive_failures > 0 || !row.last_success_at) return true
    return at.getTime() - Date.parse(row.last_success_at) > this.deps.settings.offlineAfterSeconds * 1000
  }

  /** Card payments taken since the last successful sync: what the offline caps count. */
  private offlineCardPayments(since: string | null): number {
    const { db } = this.deps
    let query = db.kysely.selectFrom('payment_journal').select((eb) => eb.fn.countAll<number>().as('n')).where('channel', '=', 'card').where('state', '<>', 'declined')
    if (since) query = query.where('created_at', '>', since)
    return Number(db.first(query)?.n ?? 0)
  }

  state(): SyncState {
    const { db } = this.deps
    const row = this.row()
    const outbox = pendingOutbox(db)
    const openTasks = Number(db.first(db.kysely.selectFrom('sync_tasks').select((eb) => eb.fn.countAll<number>().as('n')).where('state', '=', 'open'))?.n ?? 0)
    const offline = this.isOffline()
    const caps = this.deps.settings.offline
    return {
      state: !row ? 'never' : this.running ? 'syncing' : !row.last_success_at ? (row.consecutive_failures > 0 ? 'offline' : 'never') : offline ? 'offline' : 'online',
      enrolled: Boolean(row),
      lastSyncAt: row?.last_success_at ?? null,
      queueDepth: outbox.depth,
      oldestPendingAt: outbox.oldestAt,
      openTasks,
      offlineAllowance:
        row && offline ? { cardPaymentsLeft: Math.max(0, caps.cardMaxCount - this.offlineCardPayments(row.last_success_at)), cardMaxAmountFen: caps.cardMaxAmountFen } : null
    }
  }

  status(): SyncStatus {
    const { db, settings } = this.deps
    const row = this.row()
    const terminal = this.deps.terminal()
    const rejected = db.all(
      db.kysely.selectFrom('outbox').select(['idempotency_key', 'command', 'result', 'pushed_at', 'created_at']).where('state', '=', 'rejected').orderBy('seq', 'desc').limit(50)
    )
    const partitions = db.all(db.kysely.selectFrom('sync_partitions').selectAll().orderBy('partition'))
    return {
      ...this.state(),
      centralUrl: row?.central_url ?? null,
      terminalId: terminal.id,
      officeCode: terminal.officeCode,
      partitions: row ? (JSON.parse(row.partitions) as string[]) : [],
      lastAttemptAt: row?.last_attempt_at ?? null,
      lastError: row?.last_error_code ? { code: row.last_error_code, message: row.last_error_message ?? '', at: row.last_error_at ?? '' } : null,
      nextAttemptAt: row?.next_attempt_at ?? null,
      clockOffsetMs: row?.clock_offset_ms ?? null,
      rejected: rejected.map((r) => {
        const result = r.result ? (JSON.parse(r.result) as Partial<CommandResult>) : {}
        return { idempotencyKey: r.idempotency_key, command: r.command, code: result.code ?? 'REJECTED', message: result.message ?? '', at: r.pushed_at ?? r.created_at }
      }),
      partitionStatus: partitions.map((p) => ({
        partition: p.partition,
        cursor: p.cursor,
        head: p.head,
        snapshotting: p.snapshot_state !== null,
        checksum: p.checksum,
        verifiedAt: p.verified_at
      })),
      offlinePolicy: { offlineAfterSeconds: settings.offlineAfterSeconds, cardMaxAmountFen: settings.offline.cardMaxAmountFen, cardMaxCount: settings.offline.cardMaxCount }
    }
  }

  private publish(): void {
    // Nothing to tell once the database is closed (shutdown, or a crash test cutting a cycle off).
    if (this.deps.db.raw.open) this.deps.emit(this.state())
  }

  // ── Offline policy ──────────────────────────────────────────────────────────────────────
  /**
   * Called by the dispatcher before a handler runs. A terminal that is not enrolled works on
   * its own and has no offline rules.
   */
  checkOffline(method: string, policy: OfflinePolicy | undefined, input: unknown): void {
    if (!policy || policy === 'allowed' || !this.isOffline()) return
    if (policy === 'online_only') {
      throw ruleViolation('OFFLINE_ONLINE_ONLY', '与中心服务断开连接时不能办理此项业务，请在网络恢复后再试', { method })
    }
    const payment = input as { channel?: string; expectedTotalFen?: number }
    if (payment.channel !== 'card') return
    const caps = this.deps.settings.offline
    if ((payment.expectedTotalFen ?? 0) > caps.cardMaxAmountFen) {
      throw ruleViolation('OFFLINE_CARD_AMOUNT_CAP', `离线时单笔刷卡缴款不能超过 ${(caps.cardMaxAmountFen / 100).toFixed(2)} 元，请联网后缴款或到窗口现金缴款`, {
        maxAmountFen: caps.cardMaxAmountFen
      })
    }
    if (this.offlineCardPayments(this.row()?.last_success_at ?? null) >= caps.cardMaxCount) {
      throw ruleViolation('OFFLINE_CARD_COUNT_CAP', `离线时最多受理 ${caps.cardMaxCount} 笔刷卡缴款，已达上限，请联网同步后再缴款`, { maxCount: caps.cardMaxCount })
    }
  }

  // ── Enrolment ───────────────────────────────────────────────────────────────────────────
  /**
   * Enrol with a one-time code (see `enrolment.ts`). A terminal that already holds central
   * data refuses while commands are still unsent; a demo terminal's data is replaced.
   */
  async enrol(centralUrl: string, code: string, actor: { role: string; id: string | null }, adminPassword: string): Promise<void> {
    const { db } = this.deps
    const before = this.deps.terminal()
    if (!before.demo && pendingOutbox(db).depth > 0) {
      throw ruleViolation('SYNC_ENROL_PENDING', '本终端还有未上传的业务，请先同步再重新登记')
    }
    // Hashed before the code is spent: a refusal after the central service answered would waste it.
    const adminPasswordHash = await hashPassword(adminPassword)
    const { answer, clockOffsetMs } = await requestEnrolment(this.clientOptions(centralUrl), code, this.deps.appVersion)
    adoptEnrolment(db, { before, answer, clockOffsetMs, centralUrl, actor, adminPasswordHash, at: this.deps.now() })
    this.deps.terminalChanged()
    this.deps.log(`终端已登记：${answer.terminalId}（${answer.officeCode}，${answer.mode}），分区 ${answer.partitions.join(', ')}`)
    this.publish()
    this.nudge(0)
  }

  private clientOptions(baseUrl: string) {
    return { baseUrl, now: this.deps.now, timeoutMs: this.deps.settings.requestTimeoutMs, fetch: this.deps.fetch }
  }

  private client(): CentralClient {
    const row = this.row()
    if (!row) throw new Error('not enrolled')
    return new CentralClient(
      {
        ...this.clientOptions(row.central_url),
        clockOffsetMs: () => this.row()?.clock_offset_ms ?? 0,
        onClockOffset: (ms) => this.deps.db.run(this.deps.db.kysely.updateTable('sync_state').set({ clock_offset_ms: ms }).where('id', '=', 1))
      },
      { terminalId: this.deps.terminal().id, secret: row.secret }
    )
  }

  // ── Cycle ───────────────────────────────────────────────────────────────────────────────
  /** Run one cycle now, or join the one already running. Never throws: the outcome is in the status. */
  runCycle(): Promise<void> {
    if (!this.enrolled) return Promise.resolve()
    if (!this.running) {
      this.running = this.cycle()
        // cycle() records its own failures; this catches only a cycle cut off mid-way (the
        // database closed under it at shutdown or in a crash test).
        .catch((error: unknown) => this.deps.log(`[sync] cycle aborted: ${error instanceof Error ? error.message : String(error)}`))
        .finally(() => {
          this.running = null
          this.publish()
          if (this.deps.db.raw.open) this.schedule()
        })
      this.publish()
    }
    return this.running
  }

  private async cycle(): Promise<void> {
    const { db, now } = this.deps
    const attemptAt = now().toISOString()
    db.run(db.kysely.updateTable('sync_state').set({ last_attempt_at: attemptAt }).where('id', '=', 1))
    try {
      const client = this.client()
      await this.push(client)
      const pullStarted = now().toISOString()
      await this.pull(client)
      // Every refusal answered before this pull began has had its central row applied by now.
      if (!this.stopped) db.run(db.kysely.deleteFrom('sync_released').where('released_at', '<=', pullStarted))
      await this.verify(client)
      // Stopped mid-way (shutdown): whatever was applied is committed; the next start goes on from there.
      if (this.stopped) return
      db.run(
        db.kysely
          .updateTable('sync_state')
          .set({ last_success_at: now().toISOString(), consecutive_failures: 0, next_attempt_at: null, last_error_code: null, last_error_message: null, last_error_at: null })
          .where('id', '=', 1)
      )
    } catch (error) {
      const failures = (this.row()?.consecutive_failures ?? 0) + 1
      // Exponential back-off with jitter, capped, so a fleet coming back online does not stampede.
      const delay = Math.min(BACKOFF_CAP_MS, 2000 * 2 ** Math.min(failures - 1, 10)) * (0.75 + Math.random() * 0.5)
      const code = error instanceof CentralRequestError ? error.code : 'SYNC_INTERNAL'
      const message = error instanceof Error ? error.message : String(error)
      if (!(error instanceof CentralRequestError)) this.deps.log(`[sync] ${error instanceof Error ? (error.stack ?? message) : message}`)
      db.run(
        db.kysely
          .updateTable('sync_state')
          .set({ consecutive_failures: failures, last_error_code: code, last_error_message: message, last_error_at: now().toISOString(), next_attempt_at: new Date(now().getTime() + delay).toISOString() })
          .where('id', '=', 1)
      )
    }
  }

  private crash(step: SyncStep): void {
    this.deps.crashAt?.(step)
  }

  /** Push pending commands in order, in batches, until none is left. */
  async push(client: CentralClient = this.client()): Promise<void> {
    const { db, now } = this.deps
    for (;;) {
      const rows = db.all(db.kysely.selectFrom('outbox').selectAll().where('state', '=', 'pending').orderBy('seq').limit(this.deps.settings.pushBatch))
      if (rows.length === 0 || this.stopped) return
      this.crash('before_push')
      db.run(db.kysely.updateTable('outbox').set((eb) => ({ attempts: eb('attempts', '+', 1) })).where('seq', 'in', rows.map((r) => r.seq)))
      const commands: PushedCommand[] = rows.map((r) => ({
        seq: r.seq,
        idempotencyKey: r.idempotency_key,
        command: r.command,
        version: r.command_version,
        payload: JSON.parse(r.payload) as unknown,
        actorRole: r.actor_role,
        actorId: r.actor_id,
        createdAt: r.created_at
      }))
      const state = this.state()
      const row = this.row()
      const answer = await client.push({
        epoch: this.deps.terminal().epoch,
        commands,
        report: {
          queueDepth: state.queueDepth,
          oldestPendingAt: state.oldestPendingAt,
          lastSyncAt: state.lastSyncAt,
          clockOffsetMs: row?.clock_offset_ms ?? 0,
          appVersion: this.deps.appVersion,
          schemaVersion: SYNC_SCHEMA_VERSION,
          rejectedOpen: state.openTasks
        }
      })
      this.crash('after_push_answer')
      const byKey = new Map(rows.map((r) => [r.idempotency_key, r]))
      const at = now().toISOString()
      db.transaction(() => {
        for (const result of answer.results) {
          const command = byKey.get(result.idempotencyKey)
          if (!command) continue
          const { replayed: _replayed, ...stored } = result
          db.run(
            db.kysely
              .updateTable('outbox')
              .set({ state: result.status, result: JSON.stringify(stored), pushed_at: at })
              .where('idempotency_key', '=', result.idempotencyKey)
              .where('state', '=', 'pending')
          )
          if (result.status === 'rejected') {
            this.openTask(command.command, result, at)
            this.releaseRefusedPayment(command.command, command.payload, at)
          }
        }
      })
      this.crash('after_push_commit')
      this.publish()
      // A batch the central service answered only in part would loop forever; stop and retry later.
      if (answer.results.length === 0) throw new CentralRequestError('CENTRAL_BAD_ANSWER', '中心服务没有回答本批命令', 200, true)
    }
  }

  /**
   * A payment the central service refused: its records may now take the central row on the next
   * pull even though they read paid here (see sync_released, migration 0011).
   */
  private releaseRefusedPayment(command: string, payload: string, at: string): void {
    if (command !== 'payments.pay' && command !== 'payments.settle') return
    const parsed = paymentOutcomeSchema.safeParse(JSON.parse(payload))
    if (!parsed.success) return
    const { db } = this.deps
    for (const line of parsed.data.lines) {
      db.run(db.kysely.insertInto('sync_released').values({ violation_id: line.violationId, released_at: at }).onConflict((oc) => oc.column('violation_id').doUpdateSet({ released_at: at })))
    }
  }

  /** A refused command becomes a follow-up task at the counter; one task per command. */
  private openTask(command: string, result: CommandResult, at: string): void {
    const { db } = this.deps
    const followUp = result.followUp
    db.run(
      db.kysely
        .insertInto('sync_tasks')
        .values({
          id: uuidv7(),
          kind: followUp?.kind ?? 'review',
          command,
          idempotency_key: result.idempotencyKey,
          code: result.code ?? 'REJECTED',
          message: result.message ?? '',
          amount_fen: followUp?.amountFen ?? null,
          payment_id: followUp?.paymentId ?? null,
          decision_numbers: JSON.stringify(followUp?.decisionNumbers ?? []),
          created_at: at
        })
        .onConflict((oc) => oc.column('idempotency_key').doNothing())
    )
  }

  /** Bring every partition to the central head (a snapshot first time). */
  async pull(client: CentralClient = this.client()): Promise<void> {
    const { db } = this.deps
    for (const partition of db.all(db.kysely.selectFrom('sync_partitions').select('partition').orderBy('partition'))) await this.pullPartition(client, partition.partition)
  }

  private partition(name: string) {
    const { db } = this.deps
    const row = db.first(db.kysely.selectFrom('sync_partitions').selectAll().where('partition', '=', name))
    if (!row) throw new Error(`partition ${name} missing`)
    return row
  }

  /**
   * Bring one partition to the central head. A page is applied only while nothing local is
   * waiting to be pushed: otherwise the local change is pushed first and the page fetched
   * again, so a pulled row never hides a change the central service has not seen yet.
   */
  private async pullPartition(client: CentralClient, name: string): Promise<void> {
    const { db, settings } = this.deps
    // The next snapshot page is requested while the current one is written (the central
    // service works on another core), which is what makes a first sync of a million rows fast.
    let prefetched: { key: string; page: Promise<SnapshotPage> } | null = null
    for (;;) {
      // A shutdown stops between pages, never inside one: each page and its cursor are one transaction.
      if (this.stopped) return
      const current = this.partition(name)
      if (current.snapshot_state) {
        const from = current.snapshot_entity !== null && current.snapshot_as_of !== null ? { entity: current.snapshot_entity, afterKey: current.snapshot_after_key ?? '', asOf: current.snapshot_as_of } : null
        const key = JSON.stringify(from)
        const pending: Promise<SnapshotPage> = prefetched?.key === key ? prefetched.page : client.snapshot(name, from, settings.pageSize)
        prefetched = null
        const page: SnapshotPage = await pending
        this.crash('before_page')
        if (pendingOutbox(db).depth > 0) {
          await this.push(client)
          continue
        }
        if (page.next) {
          const next = { entity: page.next.entity, afterKey: page.next.afterKey, asOf: page.asOf }
          const request = client.snapshot(name, next, settings.pageSize)
          request.catch(() => {}) // a failed prefetch is retried (and reported) when it is needed
          prefetched = { key: JSON.stringify(next), page: request }
        }
        applySnapshotPage(db, this.writer, page, current.snapshot_state === 'repair')
        this.crash('after_page')
        this.publish()
        continue
      }
      const page = await client.pull(name, current.cursor, settings.pageSize)
      this.crash('before_page')
      if (pendingOutbox(db).depth > 0) {
        await this.push(client)
        continue
      }
      const displacedBefore = this.writer.displaced
      const outcome = applyPullPage(db, this.writer, page)
      if (outcome.skipped) this.deps.log(`[sync] ${name}: ${outcome.skipped} 条变更的结构本终端不认识，已跳过（中心架构版本 ${page.schemaVersion}）`)
      if (this.writer.displaced > displacedBefore) {
        const count = this.writer.displaced - displacedBefore
        this.deps.log(`[sync] ${name}: ${count} 条本地记录与中心记录的唯一值冲突，已以中心为准移除`)
        db.transaction(() =>
          appendAudit(db, { terminalId: this.deps.terminal().id, actorRole: 'system', actorId: null, onBehalfOf: null, action: 'sync.displaced', subject: name, details: { count, upTo: page.next } }, this.deps.now())
        )
      }
      this.crash('after_page')
      if (!page.hasMore) return
    }
  }

  /**
   * Compare each partition's checksum with the central service's when this terminal has
   * nothing pending and sits at the partition's head; a partition that differs is repaired
   * from a fresh snapshot of just that partition.
   */
  private async verify(client: CentralClient): Promise<void> {
    const { db, now, settings } = this.deps
    for (const current of db.all(db.kysely.selectFrom('sync_partitions').selectAll().orderBy('partition'))) {
      if (current.snapshot_state || current.head === null || current.cursor !== current.head) continue
      if (current.verified_at && now().getTime() - Date.parse(current.verified_at) < settings.verifyEverySeconds * 1000 && current.checksum === 'ok') continue
      if (pendingOutbox(db).depth > 0) return
      this.crash('before_verify')
      const theirs = await client.checksum(current.partition, checksumColumns(current.partition))
      if (theirs.head !== current.cursor) continue
      const lastSeq = () => Number(db.first(db.kysely.selectFrom('outbox').select((eb) => eb.fn.max('seq').as('m')))?.m ?? 0)
      const seqBefore = lastSeq()
      const cursorBefore = current.cursor
      const ours = await localChecksum(db, current.partition, () => lastSeq() === seqBefore && this.partition(current.partition).cursor === cursorBefore)
      if (!ours) continue
      const differing = REPLICATED_ENTITIES.map((e) => e.name).filter((name) => name in ours && (ours[name]!.sum !== theirs.entities[name]?.sum || ours[name]!.count !== theirs.entities[name]?.count))
      const at = now().toISOString()
      if (differing.length === 0) {
        db.run(db.kysely.updateTable('sync_partitions').set({ checksum: current.checksum === 'mismatch' ? 'repaired' : 'ok', verified_at: at }).where('partition', '=', current.partition))
        continue
      }
      this.deps.log(`[sync] 分区 ${current.partition} 校验不一致（${differing.join(', ')}），从中心快照修复该分区`)
      db.transaction(() => {
        appendAudit(db, { terminalId: this.deps.terminal().id, actorRole: 'system', actorId: null, onBehalfOf: null, action: 'sync.repair', subject: current.partition, details: { differing } }, new Date(at))
        db.run(
          db.kysely
            .updateTable('sync_partitions')
            .set({ checksum: 'mismatch', verified_at: at, snapshot_state: 'repair', snapshot_as_of: null, snapshot_entity: null, snapshot_after_key: null })
            .where('partition', '=', current.partition)
        )
      })
      await this.pullPartition(client, current.partition)
      // Verified again on the next cycle; 'mismatch' turns into 'repaired' when it then agrees.
      db.run(db.kysely.updateTable('sync_partitions').set({ verified_at: null }).where('partition', '=', current.partition))
    }
  }

  // ── Scheduling ──────────────────────────────────────────────────────────────────────────
  start(): void {
    this.stopped = false
    this.schedule()
  }

  stop(): void {
    this.stopped = true
    if (this.timer) clearTimeout(this.timer)
    if (this.nudgeTimer) clearTimeout(this.nudgeTimer)
    this.timer = this.nudgeTimer = null
  }

  /** After a local change: push soon (debounced), unless backing off after failures. */
  nudge(delayMs = 1000): void {
    if (!this.deps.settings.auto || this.stopped || !this.enrolled) return
    const row = this.row()
    if (row?.next_attempt_at && Date.parse(row.next_attempt_at) > this.deps.now().getTime()) return
    if (this.nudgeTimer) clearTimeout(this.nudgeTimer)
    this.nudgeTimer = setTimeout(() => void this.runCycle(), delayMs)
    this.nudgeTimer.unref?.()
  }

  private schedule(): void {
    if (!this.deps.settings.auto || this.stopped || !this.enrolled) return
    if (this.timer) clearTimeout(this.timer)
    const row = this.row()
    const next = row?.next_attempt_at ? Math.max(0, Date.parse(row.next_attempt_at) - this.deps.now().getTime()) : this.deps.settings.intervalSeconds * 1000
    this.timer = setTimeout(() => void this.runCycle(), next)
    this.timer.unref?.()
  }

  /** Stop scheduling; answers the running cycle to wait for, if any. */
  close(): Promise<void> | null {
    this.stop()
    return this.running
  }

  /** Open and closed follow-up tasks, newest first. */
  tasks(state: 'open' | 'done' | 'all'): SyncTask[] {
    const { db } = this.deps
    let query = db.kysely.selectFrom('sync_tasks').selectAll().orderBy('created_at', 'desc').limit(200)
    if (state !== 'all') query = query.where('state', '=', state)
    return db.all(query).map(taskView)
  }
}

export function taskView(row: {
  id: string; kind: 'refund' | 'review'; state: 'open' | 'done'; command: string; idempotency_key: string; code: string; message: string; amount_fen: number | null
  payment_id: string | null; decision_numbers: string; created_at: string; resolved_at: string | null; resolved_by: string | null; note: string | null
}): SyncTask {
  return {
    id: row.id,
    kind: row.kind,
    state: row.state,
    command: row.command,
    idempotencyKey: row.idempotency_key,
    code: row.code,
    message: row.message,
    amountFen: row.amount_fen,
    paymentId: row.payment_id,
    decisionNumbers: JSON.parse(row.decision_numbers) as string[],
    createdAt: row.created_at,
    resolvedAt: row.resolved_at,
    resolvedBy: row.resolved_by,
    note: row.note
  }
}
