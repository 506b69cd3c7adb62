import { z } from 'zod'

/**
 * Stable error codes. They are part of the contract: the renderer translates them
 * (locale key `errors.<CODE>`), tests match on them, logs index them. Never rename one.
 * Business-rule refusals use `RULE_VIOLATION` with `details.rule` naming the rule
 * (for example `EMON_FINE_OVER_200`), so the user always learns which rule refused.
 */
export const ERROR_CODES = [
  'UNKNOWN_METHOD',
  'INVALID_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'WRONG_TERMINAL_MODE',
  'NOT_FOUND',
  'CONFLICT',
  'RULE_VIOLATION',
  'RATE_LIMITED',
  'DEVICE_ERROR',
  'TRANSPORT_ERROR',
  'INTERNAL'
] as const
export type ErrorCode = (typeof ERROR_CODES)[number]

/** One failing field of an input: a dotted path and a message. */
export const fieldIssueSchema = z.object({
  path: z.string(),
  code: z.string(),
  message: z.string(),
  /** For identifier rules: `rule` (e.g. `ID_CHECKSUM`) and the message's variable parts. */
  params: z.record(z.string(), z.unknown()).optional()
})
export type FieldIssue = z.infer<typeof fieldIssueSchema>

export const rpcErrorSchema = z.object({
  code: z.enum(ERROR_CODES),
  message: z.string(),
  details: z.record(z.string(), z.unknown()).optional()
})
export type RpcErrorBody = z.infer<typeof rpcErrorSchema>

export type RpcResult<T> = { ok: true; value: T } | { ok: false; error: RpcErrorBody }

/**
 * Thrown by handlers and services for expected failures. The dispatcher turns it into
 * `{ ok: false, error }`; anything else becomes `INTERNAL` with no stack trace.
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, unknown>
  ) {
    super(message)
    this.name = 'AppError'
  }

  toBody(): RpcErrorBody {
    return this.details ? { code: this.code, message: this.message, details: this.details } : { code: this.code, message: this.message }
  }
}

/** A business rule refused the request; `rule` is the stable rule code shown to the user. */
export function ruleViolation(rule: string, message: string, details: Record<string, unknown> = {}): AppError {
  return new AppError('RULE_VIOLATION', message, { ...details, rule })
}
