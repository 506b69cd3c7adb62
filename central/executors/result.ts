import type { z } from 'zod'
import { CENTRAL_RULES } from '../../src-shared/sync/commands'
import type { CommandResult, PushedCommand } from '../../src-shared/sync/protocol'
import type { CentralTrx } from '../store'

/** What is stored under the idempotency key and answered again on a replay. */
export type StoredResult = Omit<CommandResult, 'replayed'>

export interface ExecutionContext {
  readonly terminalId: string
  /** Central clock: the instant written into changes. */
  readonly at: string
}

export type Executor = (trx: CentralTrx, context: ExecutionContext, command: PushedCommand) => Promise<StoredResult>

export function applied(command: PushedCommand, details?: Record<string, unknown>): StoredResult {
  return { idempotencyKey: command.idempotencyKey, status: 'applied', ...(details ? { details } : {}) }
}

export function review(command: PushedCommand, code: string, message: string, details?: Record<string, unknown>, decisionNumbers?: string[]): StoredResult {
  return {
    idempotencyKey: command.idempotencyKey,
    status: 'rejected',
    code,
    message,
    ...(details ? { details } : {}),
    followUp: { kind: 'review', ...(decisionNumbers && decisionNumbers.length > 0 ? { decisionNumbers } : {}) }
  }
}

export function parsePayload<S extends z.ZodType>(command: PushedCommand, schema: S): { ok: true; payload: z.infer<S> } | { ok: false; result: StoredResult } {
  const parsed = schema.safeParse(command.payload)
  if (parsed.success) return { ok: true, payload: parsed.data }
  return {
    ok: false,
    result: review(command, CENTRAL_RULES.COMMAND_INVALID_PAYLOAD, `${command.command} 的数据格式无效 (invalid payload)`, { issues: parsed.error.issues.map((issue) => issue.message) })
  }
}

