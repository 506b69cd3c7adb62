import type { FastifyRequest } from 'fastify'
import { SIGNATURE_HEADERS, SIGNATURE_WINDOW_MS } from '../src-shared/sync/protocol'
import { requestSignature, sameSecret } from './auth'
import type { CentralDatabase } from './db'
import { CentralHttpError } from './errors'
import type { TerminalsTable } from './schema'

function header(request: FastifyRequest, name: string): string | undefined {
  const value = request.headers[name]
  return Array.isArray(value) ? value[0] : value
}

/**
 * Check a terminal's signed request, in the order that gives the terminal the most useful
 * answer: unknown and de-enrolled terminals learn they must enrol again, a skewed clock
 * learns the central time (so it can correct its offset and retry), and only then is the
 * signature itself compared. The URL is signed as sent, query string included.
 */
export async function verifySignedRequest(central: CentralDatabase, request: FastifyRequest, rawBody: Buffer | undefined, now: Date): Promise<TerminalsTable> {
  const terminalId = header(request, SIGNATURE_HEADERS.terminal)
  const timestamp = header(request, SIGNATURE_HEADERS.timestamp)
  const signature = header(request, SIGNATURE_HEADERS.signature)
  const terminal = terminalId ? await central.db.selectFrom('terminals').selectAll().where('id', '=', terminalId).executeTakeFirst() : undefined
  if (!terminal) throw new CentralHttpError(401, 'TERMINAL_UNKNOWN', '终端未注册 (unknown terminal)')
  if (terminal.status === 'de_enrolled') throw new CentralHttpError(403, 'TERMINAL_DE_ENROLLED', '终端已注销 (terminal de-enrolled)')
  const sentAt = timestamp !== undefined && /^\d+$/.test(timestamp) ? Number(timestamp) : NaN
  if (!Number.isFinite(sentAt) || Math.abs(now.getTime() - sentAt) > SIGNATURE_WINDOW_MS) {
    throw new CentralHttpError(401, 'CLOCK_SKEW', '终端时钟与中心相差过大 (clock skew)', { serverTime: now.toISOString() })
  }
  const expected = requestSignature(terminal.secret, request.method, request.url, timestamp as string, rawBody)
  if (!signature || !sameSecret(signature, expected)) throw new CentralHttpError(401, 'SIGNATURE_INVALID', '请求签名无效 (invalid signature)')
  await central.db.updateTable('terminals').set({ last_seen_at: now.toISOString() }).where('id', '=', terminal.id).execute()
  return terminal
}
