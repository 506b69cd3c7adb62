import { maskResidentId } from '../../src-shared/domain/identifiers'

const SECRET_KEYS = /password|secret|token|pin$/i
const ID_KEYS = /idNumber$|^id_number$/

/**
 * What may go into the audit log and application logs: secrets dropped, resident ID numbers
 * masked (370102********1234), at every depth.
 */
export function redactForAudit(value: unknown): Record<string, unknown> {
  const redacted = redact(value)
  return redacted && typeof redacted === 'object' && !Array.isArray(redacted) ? (redacted as Record<string, unknown>) : { value: redacted }
}

function redact(value: unknown, key = ''): unknown {
  if (SECRET_KEYS.test(key)) return undefined
  if (typeof value === 'string' && ID_KEYS.test(key)) return maskResidentId(value)
  if (Array.isArray(value)) return value.map((item) => redact(item))
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .map(([k, v]) => [k, redact(v, k)] as const)
        .filter(([, v]) => v !== undefined)
    )
  }
  return value
}
