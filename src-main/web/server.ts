import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify'
import fastifyCookie from '@fastify/cookie'
import fastifyStatic from '@fastify/static'
import { existsSync } from 'node:fs'
import type { ErrorCode, RpcResult } from '../../src-shared/contract'
import type { TerminalApp } from '../app/app'
import type { Session } from '../core/session'

export const SESSION_COOKIE = 'lt_session'

/** The same policy the Electron shell applies; 'unsafe-inline' styles are Element Plus's. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'"
].join('; ')

const STATUS_BY_CODE: Record<ErrorCode, number> = {
  UNKNOWN_METHOD: 404,
  INVALID_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  WRONG_TERMINAL_MODE: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RULE_VIOLATION: 422,
  RATE_LIMITED: 429,
  DEVICE_ERROR: 502,
  TRANSPORT_ERROR: 502,
  INTERNAL: 500
}

export interface WebServerOptions {
  /** Built renderer (`out/renderer`); the server answers RPC only when it is absent. */
  rendererDir?: string
  logger?: boolean
}

function refusal(code: ErrorCode, message: string): RpcResult<never> {
  return { ok: false, error: { code, message } }
}

/**
 * A request may come only from the app's own pages: same origin, JSON body. With the
 * SameSite=Strict cookie this keeps other sites from driving the terminal (CSRF).
 */
function crossOriginReason(request: FastifyRequest): string | null {
  const site = request.headers['sec-fetch-site']
  if (site && site !== 'same-origin' && site !== 'none') return `sec-fetch-site ${site}`
  const origin = request.headers.origin
  if (origin && origin !== `http://${request.headers.host}`) return `origin ${origin}`
  return null
}

/**
 * The web shell: the main-process services behind HTTP. `POST /rpc/<method>` answers the
 * dispatcher's RpcResult, `GET /events` streams server events (SSE), everything else is the
 * built renderer. Listens on 127.0.0.1 unless configured otherwise.
 */
export async function createWebServer(app: TerminalApp, options: WebServerOptions = {}): Promise<FastifyInstance> {
  const server = Fastify({ logger: options.logger ?? false, bodyLimit: 1_048_576 })
  await server.register(fastifyCookie)

  server.addHook('onSend', async (_request, reply) => {
    reply.header('content-security-policy', CONTENT_SECURITY_POLICY)
    reply.header('x-content-type-options', 'nosniff')
    reply.header('x-frame-options', 'DENY')
    reply.header('referrer-policy', 'no-referrer')
    reply.header('cross-origin-opener-policy', 'same-origin')
  })

  const sessionOf = (request: FastifyRequest, setCookie: (id: string) => void): Session => {
    const existing = app.sessions.get(request.cookies[SESSION_COOKIE])
    if (existing) return existing
    const locale = String(request.headers['accept-language'] ?? '').startsWith('en') ? 'en' : 'zh-CN'
    const created = app.sessions.create(locale)
    setCookie(created.id)
    return created
  }

  server.post<{ Params: { method: string } }>('/rpc/:method', async (request, reply) => {
    const reason = crossOriginReason(request)
    if (reason) return reply.code(403).send(refusal('FORBIDDEN', `跨站请求被拒绝（${reason}）`))
    if (!String(request.headers['content-type'] ?? '').startsWith('application/json')) {
      return reply.code(415).send(refusal('INVALID_INPUT', '请求体必须是 JSON'))
    }
    const session = sessionOf(request, (id) =>
      reply.setCookie(SESSION_COOKIE, id, { httpOnly: true, sameSite: 'strict', path: '/' })
    )
    const result = await app.dispatcher.call(session, request.params.method, request.body)
    return reply.code(result.ok ? 200 : STATUS_BY_CODE[result.error.code]).send(result)
  })

  server.get('/events', (request, reply) => {
    const reason = crossOriginReason(request)
    if (reason) return reply.code(403).send(refusal('FORBIDDEN', `跨站请求被拒绝（${reason}）`))
    reply.hijack()
    reply.raw.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      connection: 'keep-alive',
      'x-content-type-options': 'nosniff'
    })
    reply.raw.write(': connected\n\n')
    const unsubscribe = app.events.subscribe((event, payload) => {
      reply.raw.write(`event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`)
    })
    // Proxies and idle timeouts close silent streams; a comment line keeps it open.
    const heartbeat = setInterval(() => reply.raw.write(': heartbeat\n\n'), 15_000)
    request.raw.on('close', () => {
      clearInterval(heartbeat)
      unsubscribe()
    })
  })

  server.setErrorHandler((error, _request, reply) => {
    const status = (error as { statusCode?: number }).statusCode ?? 500
    const code: ErrorCode = status === 400 || status === 413 || status === 415 ? 'INVALID_INPUT' : 'INTERNAL'
    reply.code(status).send(refusal(code, code === 'INVALID_INPUT' ? '请求格式有误' : '系统内部错误'))
  })

  if (options.rendererDir && existsSync(options.rendererDir)) {
    await server.register(fastifyStatic, { root: options.rendererDir, index: 'index.html' })
  }
  return server
}
