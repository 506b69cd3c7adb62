import Fastify, { type FastifyInstance, type FastifyRequest, type FastifyServerOptions } from 'fastify'
import { enrolmentCodeRequestSchema, enrolRequestSchema, examResultsRequestSchema, type FleetTerminal } from '../src-shared/sync/protocol'
import { sameSecret } from './auth'
import type { CentralDatabase } from './db'
import { compactChanges } from './compaction'
import { createEnrolmentCode, enrolTerminal } from './enrolment'
import { importExamResults } from './executors/exams'
import { CentralHttpError, parseInput } from './errors'
import { FLEET_PAGE } from './fleet-page'
import { openApiDocument } from './openapi'
import type { TerminalsTable } from './schema'
import { verifySignedRequest } from './signed'
import { writeTransaction } from './store'
import { registerSyncRoutes } from './sync-routes'

export interface CentralServerOptions {
  readonly db: CentralDatabase
  readonly adminToken: string
  /** Running on generated demo data; told to terminals at enrolment. */
  readonly demo: boolean
  /** The central clock; tests move it. */
  readonly now?: () => Date
  readonly log?: FastifyServerOptions['logger']
}

/** A terminal counts as online while it was heard from within this time (it syncs every ~30 s). */
export const ONLINE_WINDOW_MS = 2 * 60_000
/** A push carries up to 500 commands; leave room for large payment batches. */
const BODY_LIMIT = 16 * 1024 * 1024

/** The central service as a Fastify instance, not listening: the CLI and the tests decide where. */
export function createCentralServer(options: CentralServerOptions): FastifyInstance {
  const central = options.db
  const now = options.now ?? (() => new Date())
  const app = Fastify({ logger: options.log ?? false, bodyLimit: BODY_LIMIT })
  // Request state kept beside the request rather than declared on FastifyRequest for the whole program.
  const rawBodies = new WeakMap<FastifyRequest, Buffer>()
  const terminals = new WeakMap<FastifyRequest, TerminalsTable>()

  // Signatures cover the exact bytes sent, so keep them before JSON parsing.
  app.removeContentTypeParser('application/json')
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (request, body, done) => {
    const raw = body as Buffer
    rawBodies.set(request, raw)
    if (raw.length === 0) return done(null, undefined)
    try {
      done(null, JSON.parse(raw.toString('utf8')))
    } catch {
      done(new CentralHttpError(400, 'INVALID_INPUT', 'request body is not valid JSON'), undefined)
    }
  })

  app.setErrorHandler((error, _request, reply) => {
    if (error instanceof CentralHttpError) return reply.status(error.statusCode).send(error.toBody())
    const status = typeof (error as { statusCode?: unknown }).statusCode === 'number' ? (error as { statusCode: number }).statusCode : 500
    if (status < 500) return reply.status(status).send(new CentralHttpError(status, 'INVALID_INPUT', (error as Error).message).toBody())
    reply.log.error(error)
    return reply.status(500).send(new CentralHttpError(500, 'INTERNAL', 'internal error').toBody())
  })
  app.setNotFoundHandler((request, reply) => reply.status(404).send(new CentralHttpError(404, 'NOT_FOUND', `no route ${request.method} ${request.url}`).toBody()))

  const admin = {
    preHandler: async (request: FastifyRequest) => {
      const header = request.headers.authorization ?? ''
      const token = header.startsWith('Bearer ') ? header.slice('Bearer '.length) : ''
      if (!token || !sameSecret(token, options.adminToken)) throw new CentralHttpError(401, 'ADMIN_TOKEN_INVALID', '管理令牌无效 (invalid admin token)')
    }
  }
  const signed = {
    preHandler: async (request: FastifyRequest) => {
      terminals.set(request, await verifySignedRequest(central, request, rawBodies.get(request), now()))
    }
  }
  const terminalOf = (request: FastifyRequest): TerminalsTable => {
    const terminal = terminals.get(request)
    if (!terminal) throw new Error('signed route without a verified terminal')
    return terminal
  }

  app.get('/v1/health', async () => ({ ok: true, serverTime: now().toISOString() }))
  app.get('/v1/openapi.json', async () => openApiDocument())
  app.get('/fleet', async (_request, reply) => reply.type('text/html; charset=utf-8').send(FLEET_PAGE))

  app.post('/v1/admin/enrolment-codes', admin, async (request) => createEnrolmentCode(central, parseInput(enrolmentCodeRequestSchema, request.body), now()))

  app.post('/v1/admin/compact', admin, async () => compactChanges(central))

  app.post('/v1/admin/exam-results', admin, async (request) => {
    const { results } = parseInput(examResultsRequestSchema, request.body)
    return writeTransaction(central, (trx) => importExamResults(trx, now().toISOString(), results))
  })

  app.post('/v1/enrol', async (request) => enrolTerminal(central, parseInput(enrolRequestSchema, request.body), now(), options.demo))

  app.post<{ Params: { id: string } }>('/v1/admin/terminals/:id/de-enrol', admin, async (request) => {
    const at = now().toISOString()
    const updated = await central.db.updateTable('terminals').set({ status: 'de_enrolled', de_enrolled_at: at }).where('id', '=', request.params.id).executeTakeFirst()
    if (Number(updated.numUpdatedRows) === 0) throw new CentralHttpError(404, 'NOT_FOUND', `unknown terminal ${request.params.id}`)
    return { id: request.params.id, status: 'de_enrolled', deEnrolledAt: at }
  })

  app.get('/v1/admin/fleet', admin, async () => {
    const at = now()
    const rows = await central.db.selectFrom('terminals').selectAll().orderBy('office_code').orderBy('range_slot').execute()
    const counts = await central.db
      .selectFrom('commands')
      .select(['terminal_id', 'status', (eb) => eb.fn.countAll<number>().as('count')])
      .groupBy(['terminal_id', 'status'])
      .execute()
    const count = (terminalId: string, status: string) => Number(counts.find((row) => row.terminal_id === terminalId && row.status === status)?.count ?? 0)
    const terminalsOut: FleetTerminal[] = rows.map((row) => ({
      id: row.id,
      name: row.name,
      officeCode: row.office_code,
      mode: row.mode,
      status: row.status,
      enrolledAt: row.enrolled_at,
      lastSeenAt: row.last_seen_at,
      lastSyncAt: row.last_sync_at,
      queueDepth: row.queue_depth,
      oldestPendingAt: row.oldest_pending_at,
      clockOffsetMs: row.clock_offset_ms,
      commandsApplied: count(row.id, 'applied'),
      commandsRejected: count(row.id, 'rejected'),
      openTasks: row.rejected_open,
      appVersion: row.app_version,
      online: row.last_seen_at !== null && at.getTime() - Date.parse(row.last_seen_at) <= ONLINE_WINDOW_MS
    }))
    return { terminals: terminalsOut, serverTime: at.toISOString() }
  })

  registerSyncRoutes(app, { central, now, terminalOf, signed })
  return app
}
