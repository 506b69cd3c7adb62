import type { z } from 'zod'
import zhCN from 'zod/v4/locales/zh-CN.js'
import en from 'zod/v4/locales/en.js'
import { AppError, type Contract, type OfflinePolicy, type FieldIssue, type MethodName, type OutputOf, type ParsedInputOf, type RpcResult, type TerminalMode } from '../../src-shared/contract'
import type { AppDatabase } from './database'
import { appendAudit } from './audit'
import { appendOutbox, type OutboxEntry, type TerminalIdentity } from './outbox'
import { redactForAudit } from './redact'
import type { Locale, Session, SessionStore } from './session'

/** What a handler sees besides its validated input. */
export interface HandlerContext {
  readonly db: AppDatabase
  readonly session: Session
  readonly sessions: SessionStore
  readonly terminal: TerminalIdentity & { mode: TerminalMode; officeCode: string }
  readonly now: Date
  /**
   * Describe the command this call recorded. Without it a mutating method records its
   * validated input under its own name and a fresh idempotency key.
   */
  record(entry: Partial<OutboxEntry> & { subject?: string }): void
  /** Append a line to the audit log (sign-ins, look-ups); inside the current transaction. */
  audit(action: string, subject: string | null, details?: Record<string, unknown>): void
  /**
   * For async handlers: run `fn` as the call's one committing transaction; a mutating
   * method's outbox record and audit line are written in it.
   */
  commit<T>(fn: () => T): T
}

/** A handler runs synchronously inside the call's one transaction. */
export type SyncHandler<C extends Contract, M extends MethodName<C>> = (input: ParsedInputOf<C, M>, ctx: HandlerContext) => OutputOf<C, M>

/**
 * A handler that must wait on a device or the network (payments, printing, sync). It runs
 * outside any transaction and opens its own short ones with `ctx.db.transaction`, because a
 * transaction must never wait on a device.
 */
export interface AsyncHandler<C extends Contract, M extends MethodName<C>> {
  readonly async: true
  run(input: ParsedInputOf<C, M>, ctx: HandlerContext): Promise<OutputOf<C, M>>
}

export type Handler<C extends Contract, M extends MethodName<C>> = SyncHandler<C, M> | AsyncHandler<C, M>
export type Handlers<C extends Contract> = { [M in MethodName<C>]: Handler<C, M> }

export interface DispatcherOptions<C extends Contract> {
  contract: C
  handlers: Handlers<C>
  db: AppDatabase
  sessions: SessionStore
  terminal: () => HandlerContext['terminal']
  now?: () => Date
  /** Called after every committed mutation (audit, sync wake-up). */
  onCommitted?: (method: string, session: Session) => void
  /**
   * Kiosk sessions idle longer than this (ms) are signed out on their next call, whatever the
   * renderer did: the server does not trust a screen's timer to protect the next person.
   */
  idleTimeoutMs?: () => number | null
  /**
   * Checks a call against its method's offline policy before the handler runs (the sync
   * feature refuses online-only commands and caps card payments while offline).
   */
  offlineGuard?: (method: string, policy: OfflinePolicy | undefined, input: unknown) => void
  /** Where unexpected errors go; they never cross the boundary. */
  logError?: (method: string, error: unknown) => void
}

const zodLocales: Record<Locale, z.core.$ZodErrorMap> = { 'zh-CN': zhCN().localeError, en: en().localeError }

export function issuesOf(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.') || '(root)',
    code: issue.code,
    message: issue.message,
    ...(issue.code === 'custom' && issue.params ? { params: issue.params } : {})
  }))
}

const INVALID_INPUT_MESSAGE: Record<Locale, string> = { 'zh-CN': '输入有误', en: 'Invalid input' }

/**
 * The one dispatcher. Both transports (Electron IPC and HTTP) call `call`, so every method
 * is validated, authorised, run in a transaction and recorded in the same way.
 */
export class Dispatcher<C extends Contract> {
  private readonly now: () => Date

  constructor(private readonly options: DispatcherOptions<C>) {
    this.now = options.now ?? (() => new Date())
    for (const name of Object.keys(options.contract)) {
      if (!(name in options.handlers)) throw new Error(`no handler registered for ${name}`)
    }
  }

  get contract(): C {
    return this.options.contract
  }

  async call(session: Session, methodName: string, rawInput: unknown): Promise<RpcResult<unknown>> {
    try {
      return { ok: true, value: await this.run(session, methodName, rawInput) }
    } catch (error) {
      if (error instanceof AppError) return { ok: false, error: error.toBody() }
      this.options.logError?.(methodName, error)
      return { ok: false, error: { code: 'INTERNAL', message: session.locale === 'en' ? 'Internal error' : '系统内部错误' } }
    }
  }

  private async run(session: Session, methodName: string, rawInput: unknown): Promise<unknown> {
    const { contract, handlers, db } = this.options
    if (!Object.hasOwn(contract, methodName)) throw new AppError('UNKNOWN_METHOD', `未知方法 ${methodName}`, { method: methodName })
    const name = methodName as MethodName<C>
    const spec = contract[name] as C[MethodName<C>]
    const terminal = this.options.terminal()

    if (!spec.modes.includes(terminal.mode)) {
      throw new AppError('WRONG_TERMINAL_MODE', `本终端（${terminal.mode}）不提供此功能`, { method: methodName, mode: terminal.mode })
    }
    const at = this.now().getTime()
    const idleLimit = this.options.idleTimeoutMs?.() ?? null
    if (idleLimit !== null && session.role !== 'anonymous' && at - session.lastSeenAt > idleLimit) {
      const actor = session.userId
      this.options.sessions.reset(session)
      db.transaction(() =>
        appendAudit(db, { terminalId: terminal.id, actorRole: 'system', actorId: null, onBehalfOf: null, action: 'auth.signOut', subject: actor, details: { reason: 'idle' } }, new Date(at))
      )
    }
    session.lastSeenAt = at
    if (!spec.roles.includes(session.role)) {
      if (session.role === 'anonymous') throw new AppError('UNAUTHENTICATED', '请先登录', { method: methodName })
      throw new AppError('FORBIDDEN', '当前身份无权执行此操作', { method: methodName, role: session.role })
    }

    const parsed = spec.input.safeParse(rawInput ?? {}, { error: zodLocales[session.locale] })
    if (!parsed.success) {
      throw new AppError('INVALID_INPUT', INVALID_INPUT_MESSAGE[session.locale], { issues: issuesOf(parsed.error) })
    }

    this.options.offlineGuard?.(methodName, spec.offline, parsed.data)

    let recorded: Partial<OutboxEntry> & { subject?: string } = {}
    const now = this.now()
    const audit = (action: string, subject: string | null, details: Record<string, unknown> = {}): void =>
      appendAudit(
        db,
        { terminalId: terminal.id, actorRole: session.role, actorId: session.userId, onBehalfOf: session.actingForCitizenId, action, subject, details },
        now
      )
    const finishMutation = (): void => {
      if (!spec.mutates) return
      const { subject, ...entry } = recorded
      const payload = entry.payload ?? parsed.data
      appendOutbox(db, terminal, session, { command: methodName, version: spec.version ?? 1, payload, ...entry }, now)
      audit(methodName, subject ?? null, redactForAudit(payload))
    }
    let committed = false
    const ctx: HandlerContext = {
      db,
      session,
      sessions: this.options.sessions,
      terminal,
      now,
      record: (entry) => {
        recorded = { ...recorded, ...entry }
      },
      audit,
      commit: (fn) => {
        if (committed) throw new Error(`${methodName}: commit() may run once per call`)
        committed = true
        return db.transaction(() => {
          const result = fn()
          finishMutation()
          return result
        })
      }
    }
    const handler = handlers[name] as Handler<C, typeof name>
    const input = parsed.data as ParsedInputOf<C, typeof name>

    // Checked inside the transaction, so output that breaks the contract rolls the change back.
    const checkOutput = (value: unknown): unknown => {
      const checked = spec.output.safeParse(value)
      if (!checked.success) throw new Error(`${methodName}: handler output breaks the contract: ${JSON.stringify(issuesOf(checked.error))}`)
      return checked.data
    }
    let output: unknown
    if (typeof handler === 'function') {
      output = db.transaction(() => {
        const result = handler(input, ctx)
        if (result instanceof Promise) throw new Error(`${methodName}: a synchronous handler returned a promise`)
        const checkedResult = checkOutput(result)
        finishMutation()
        return checkedResult
      })
    } else {
      output = checkOutput(await handler.run(input, ctx))
      if (spec.mutates && !committed) throw new Error(`${methodName}: a mutating async handler must commit()`)
    }
    if (spec.mutates) this.options.onCommitted?.(methodName, session)
    return output
  }
}
