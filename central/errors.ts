import type { z } from 'zod'
import type { CentralError, CentralErrorCode } from '../src-shared/sync/protocol'

/** An answer in the protocol's error shape; thrown by handlers, rendered by the error handler. */
export class CentralHttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: CentralErrorCode,
    message: string,
    readonly details?: Record<string, unknown>
  ) {
    super(message)
  }

  toBody(): CentralError {
    return { error: { code: this.code, message: this.message, ...(this.details ? { details: this.details } : {}) } }
  }
}

/** Parse input with a protocol schema; a refusal names the fields, as a 400. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const parsed = schema.safeParse(input)
  if (parsed.success) return parsed.data
  throw new CentralHttpError(400, 'INVALID_INPUT', 'invalid input', {
    issues: parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }))
  })
}
