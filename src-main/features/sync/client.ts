import { createHash, createHmac } from 'node:crypto'
import { z } from 'zod'
import {
  API_PREFIX,
  SIGNATURE_HEADERS,
  centralErrorSchema,
  checksumResponseSchema,
  enrolResponseSchema,
  pullResponseSchema,
  pushResponseSchema,
  signingString,
  snapshotResponseSchema,
  type ChecksumResponse,
  type EnrolResponse,
  type PushRequest,
  type PushResponse
} from '../../../src-shared/sync/protocol'
import { SYNC_SCHEMA_VERSION } from '../../../src-shared/sync/entities'

// Pages can hold thousands of rows: the envelope is checked here, each row where it is applied.
const pullPageSchema = pullResponseSchema.extend({ changes: z.array(z.object({ seq: z.number().int(), entity: z.string(), key: z.string(), row: z.unknown() })) })
const snapshotPageSchema = snapshotResponseSchema.extend({ rows: z.array(z.unknown()) })
export type PullPage = z.output<typeof pullPageSchema>
export type SnapshotPage = z.output<typeof snapshotPageSchema>

/**
 * A refused or failed request to the central service. `transient` failures (no connection,
 * timeouts, 5xx) are retried with back-off; the others need a person (de-enrolled terminal,
 * wrong code) and are shown as they are.
 */
export class CentralRequestError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status: number,
    readonly transient: boolean,
    readonly details: Record<string, unknown> = {}
  ) {
    super(message)
  }
}

export interface CentralClientOptions {
  baseUrl: string
  now: () => Date
  timeoutMs: number
  /** Central clock minus local clock; signatures carry the corrected time. */
  clockOffsetMs: () => number
  /** Each answer's `serverTime` gives a fresh offset estimate (midpoint of the round trip). */
  onClockOffset: (offsetMs: number) => void
  fetch?: typeof fetch
}

export interface TerminalCredentials {
  terminalId: string
  secret: string
}

/** The terminal's side of the wire protocol (`src-shared/sync/protocol.ts`). */
export class CentralClient {
  private readonly fetch: typeof fetch
  private readonly origin: string

  constructor(
    private readonly options: CentralClientOptions,
    private readonly credentials: TerminalCredentials | null
  ) {
    this.fetch = options.fetch ?? globalThis.fetch
    this.origin = new URL(options.baseUrl).origin
  }

  enrol(code: string, appVersion: string): Promise<EnrolResponse> {
    return this.request('POST', `${API_PREFIX}/enrol`, { code, appVersion, schemaVersion: SYNC_SCHEMA_VERSION }, enrolResponseSchema, false)
  }

  push(body: PushRequest): Promise<PushResponse> {
    return this.request('POST', `${API_PREFIX}/sync/push`, body, pushResponseSchema)
  }

  pull(partition: string, after: number, limit: number): Promise<PullPage> {
    return this.request('GET', `${API_PREFIX}/sync/pull?${new URLSearchParams({ partition, after: String(after), limit: String(limit) })}`, undefined, pullPageSchema)
  }

  snapshot(partition: string, from: { entity: string; afterKey: string; asOf: number } | null, limit: number): Promise<SnapshotPage> {
    const query = new URLSearchParams({ partition, limit: String(limit) })
    if (from) {
      query.set('entity', from.entity)
      query.set('afterKey', from.afterKey)
      query.set('asOf', String(from.asOf))
    }
    return this.request('GET', `${API_PREFIX}/sync/snapshot?${query}`, undefined, snapshotPageSchema)
  }

  checksum(partition: string, columns: Record<string, readonly string[]>): Promise<ChecksumResponse> {
    return this.request('POST', `${API_PREFIX}/sync/checksum`, { partition, columns }, checksumResponseSchema)
  }

  private async request<S extends z.ZodType<{ serverTime: string }>>(method: 'GET' | 'POST', path: string, body: unknown, schema: S, signed = true, retriedSkew = false): Promise<z.output<S>> {
    const text = body === undefined ? '' : JSON.stringify(body)
    const headers: Record<string, string> = body === undefined ? {} : { 'content-type': 'application/json' }
    if (signed) {
      if (!this.credentials) throw new Error('a signed request needs enrolment credentials')
      const timestamp = String(this.options.now().getTime() + this.options.clockOffsetMs())
      const digest = createHash('sha256').update(text).digest('hex')
      headers[SIGNATURE_HEADERS.terminal] = this.credentials.terminalId
      headers[SIGNATURE_HEADERS.timestamp] = timestamp
      headers[SIGNATURE_HEADERS.signature] = createHmac('sha256', this.credentials.secret).update(signingString(method, path, timestamp, digest)).digest('base64url')
    }
    const sentAt = this.options.now().getTime()
    let response: Response
    try {
      response = await this.fetch(`${this.origin}${path}`, { method, headers, body: body === undefined ? undefined : text, signal: AbortSignal.timeout(this.options.timeoutMs) })
    } catch (error) {
      const timedOut = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')
      throw new CentralRequestError(timedOut ? 'CENTRAL_TIMEOUT' : 'CENTRAL_UNREACHABLE', timedOut ? '中心服务响应超时' : `无法连接中心服务：${(error as Error).message}`, 0, true)
    }
    let payload: unknown
    try {
      payload = await response.json()
    } catch {
      throw new CentralRequestError('CENTRAL_BAD_ANSWER', `中心服务返回了无法解析的内容（HTTP ${response.status}）`, response.status, true)
    }
    const receivedAt = this.options.now().getTime()
    if (!response.ok) {
      const parsed = centralErrorSchema.safeParse(payload)
      if (!parsed.success) throw new CentralRequestError('CENTRAL_BAD_ANSWER', `中心服务错误（HTTP ${response.status}）`, response.status, response.status >= 500 || response.status === 429)
      const { code, message, details = {} } = parsed.data.error
      if (code === 'CLOCK_SKEW' && typeof details.serverTime === 'string') {
        // The clocks disagree by more than the replay window: learn the offset and sign again once.
        this.options.onClockOffset(Date.parse(details.serverTime) - Math.round((sentAt + receivedAt) / 2))
        if (!retriedSkew) return this.request(method, path, body, schema, signed, true)
      }
      throw new CentralRequestError(code, message, response.status, response.status >= 500 || response.status === 429, details)
    }
    const parsed = schema.safeParse(payload)
    if (!parsed.success) throw new CentralRequestError('CENTRAL_BAD_ANSWER', `中心服务的应答不符合协议：${parsed.error.issues[0]?.path.join('.')}`, response.status, false)
    this.options.onClockOffset(Date.parse(parsed.data.serverTime) - Math.round((sentAt + receivedAt) / 2))
    return parsed.data
  }
}
