import { randomBytes } from 'node:crypto'
import type { FastifyInstance } from 'fastify'
import { sql } from 'kysely'
import type { RowObject } from '../src-shared/sync/entities'
import { SIGNATURE_HEADERS, type CommandResult, type EnrolResponse, type PushedCommand, type PushResponse } from '../src-shared/sync/protocol'
import { requestSignature } from './auth'
import { openCentralDatabase, type CentralDatabase } from './db'
import { seedCentralDemo } from './seed'
import { createCentralServer } from './server'
import { entityOf, rowObject } from './store'

/**
 * Test helpers for the central service, shared by its own tests and the terminal-side sync
 * simulations: a real server on an ephemeral port, over SQLite in memory or a throwaway
 * PostgreSQL schema, plus a terminal client that signs like a terminal.
 */

/** Today of the test demo data; fixed so rows (and their late fees) do not change with the date. */
export const TEST_DEMO_TODAY = '2025-11-25'

export interface CodeOptions {
  readonly officeCode?: string
  readonly mode?: 'kiosk' | 'counter'
  readonly name?: string
  readonly extraPartitions?: string[]
  readonly validMinutes?: number
}

export interface StartedCentral {
  /** Base URL without a trailing slash, e.g. http://127.0.0.1:41234 */
  readonly url: string
  readonly adminToken: string
  readonly server: FastifyInstance
  readonly db: CentralDatabase
  /** A fresh one-time enrolment code (defaults: office 370100, counter, 窗口1). */
  createCode(options?: CodeOptions): Promise<{ code: string; expiresAt: string }>
  /** Stops the server, drops a PostgreSQL test schema and closes the database. */
  close(): Promise<void>
}

export interface StartCentralOptions {
  /** postgres://… for PostgreSQL (a fresh schema per call); otherwise SQLite in memory. */
  readonly databaseUrl?: string
  /** Seed the demo data set with this many violations (TEST_DEMO_TODAY, default seed). */
  readonly demoViolations?: number
  /** The central clock, for clock-skew and expiry tests. */
  readonly now?: () => Date
  /** What the central service tells terminals at enrolment (default: demo when seeded). */
  readonly demo?: boolean
}

export async function startCentral(options: StartCentralOptions = {}): Promise<StartedCentral> {
  const schema = options.databaseUrl ? `central_test_${randomBytes(6).toString('hex')}` : undefined
  const db = await openCentralDatabase({ databaseUrl: options.databaseUrl, schema })
  const demoViolations = options.demoViolations ?? 0
  if (demoViolations > 0) await seedCentralDemo(db, { violations: demoViolations, today: TEST_DEMO_TODAY })
  const adminToken = randomBytes(16).toString('base64url')
  const server = createCentralServer({ db, adminToken, demo: options.demo ?? demoViolations > 0, now: options.now })
  await server.listen({ host: '127.0.0.1', port: 0 })
  const address = server.server.address()
  if (address === null || typeof address === 'string') throw new Error('central test server has no TCP address')
  const url = `http://127.0.0.1:${address.port}`
  return {
    url,
    adminToken,
    server,
    db,
    async createCode(code: CodeOptions = {}) {
      const response = await fetch(`${url}/v1/admin/enrolment-codes`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${adminToken}` },
        body: JSON.stringify({ officeCode: '370100', mode: 'counter', name: '窗口1', ...code })
      })
      if (!response.ok) throw new Error(`enrolment code: ${response.status} ${await response.text()}`)
      return (await response.json()) as { code: string; expiresAt: string }
    },
    async close() {
      await server.close()
      if (schema) await sql`drop schema if exists ${sql.id(schema)} cascade`.execute(db.db)
      await db.close()
    }
  }
}

export interface TestResponse<T> {
  readonly status: number
  readonly body: T
}

/** A terminal as the central service sees it: enrolled, signing every request. */
export interface TestTerminal {
  readonly enrolment: EnrolResponse
  /** Added to Date.now() for x-timestamp: set it to simulate a terminal with a wrong clock. */
  clockOffsetMs: number
  request<T = unknown>(method: 'GET' | 'POST', pathWithQuery: string, body?: unknown): Promise<TestResponse<T>>
}

export async function enrolTestTerminal(central: StartedCentral, options: CodeOptions = {}): Promise<TestTerminal> {
  const { code } = await central.createCode(options)
  const response = await fetch(`${central.url}/v1/enrol`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ code, appVersion: '0.1.0-test', schemaVersion: 1 })
  })
  if (!response.ok) throw new Error(`enrol: ${response.status} ${await response.text()}`)
  return signedClient(central.url, (await response.json()) as EnrolResponse)
}

export function signedClient(baseUrl: string, enrolment: EnrolResponse): TestTerminal {
  const terminal: TestTerminal = {
    enrolment,
    clockOffsetMs: 0,
    async request<T>(method: 'GET' | 'POST', pathWithQuery: string, body?: unknown): Promise<TestResponse<T>> {
      const text = body === undefined ? undefined : JSON.stringify(body)
      const timestamp = String(Date.now() + terminal.clockOffsetMs)
      const response = await fetch(`${baseUrl}${pathWithQuery}`, {
        method,
        headers: {
          ...(text === undefined ? {} : { 'content-type': 'application/json' }),
          [SIGNATURE_HEADERS.terminal]: enrolment.terminalId,
          [SIGNATURE_HEADERS.timestamp]: timestamp,
          [SIGNATURE_HEADERS.signature]: requestSignature(enrolment.secret, method, pathWithQuery, timestamp, text)
        },
        body: text
      })
      return { status: response.status, body: (await response.json()) as T }
    }
  }
  return terminal
}

export interface TestDatabase {
  readonly name: 'sqlite' | 'postgres'
  /** Skipped only outside CI when no PostgreSQL URL is given; in CI a missing URL fails the tests. */
  readonly skip: boolean
  /** The URL to pass to startCentral; throws for PostgreSQL without CENTRAL_TEST_DATABASE_URL. */
  databaseUrl(): string | undefined
}

/** The databases to run the central tests on: SQLite always, PostgreSQL when configured (or required by CI). */
export function testDatabases(): TestDatabase[] {
  const url = process.env.CENTRAL_TEST_DATABASE_URL
  return [
    { name: 'sqlite', skip: false, databaseUrl: () => undefined },
    {
      name: 'postgres',
      skip: !url && !process.env.CI,
      databaseUrl: () => {
        if (!url) throw new Error('CENTRAL_TEST_DATABASE_URL is not set; it is required when CI is set')
        return url
      }
    }
  ]
}

/** The current rows of an entity as objects, optionally of one partition (fixtures and assertions). */
export async function readRecords(central: StartedCentral, entity: string, partition?: string): Promise<RowObject[]> {
  const definition = entityOf(entity)
  let query = central.db.db.selectFrom('records').select('row').where('entity', '=', entity)
  if (partition !== undefined) query = query.where('partition', '=', partition)
  return (await query.orderBy('key').execute()).map((record) => rowObject(definition, record.row))
}

const TEST_REPORT = { queueDepth: 0, oldestPendingAt: null, lastSyncAt: null, clockOffsetMs: 0, appVersion: '0.1.0', schemaVersion: 1, rejectedOpen: 0 }
let pushedSeq = 0

/** Push one command as a terminal would and answer its result (fails on anything but HTTP 200). */
export async function pushCommand(terminal: TestTerminal, command: string, payload: unknown, options: { version?: number; actorRole?: string } = {}): Promise<CommandResult> {
  pushedSeq += 1
  const pushed: PushedCommand = {
    seq: pushedSeq,
    idempotencyKey: `${terminal.enrolment.terminalId}:${pushedSeq}`,
    command,
    version: options.version ?? 1,
    payload,
    actorRole: options.actorRole ?? 'clerk',
    actorId: 'clerk-1',
    createdAt: new Date().toISOString()
  }
  const response = await terminal.request<PushResponse>('POST', '/v1/sync/push', { epoch: 1, commands: [pushed], report: TEST_REPORT })
  if (response.status !== 200) throw new Error(`push ${command}: HTTP ${response.status} ${JSON.stringify(response.body)}`)
  const result = response.body.results[0]
  if (!result) throw new Error(`push ${command}: no result`)
  return result
}

/** The office holding the most unpaid decided records, and those records (payment and dispute tests). */
export async function busiestUnpaidOffice(central: StartedCentral, atLeast = 3): Promise<{ officeCode: string; unpaid: RowObject[] }> {
  const unpaid = (await readRecords(central, 'violations')).filter((row) => row.state === 'unpaid' && row.delivered_on !== null && row.paid_at === null)
  const byOffice = new Map<string, RowObject[]>()
  for (const row of unpaid) byOffice.set(String(row.office_code), [...(byOffice.get(String(row.office_code)) ?? []), row])
  const [officeCode, rows] = [...byOffice.entries()].sort((a, b) => b[1].length - a[1].length)[0] ?? []
  if (!officeCode || !rows || rows.length < atLeast) throw new Error('demo data without unpaid decisions')
  return { officeCode, unpaid: rows }
}
