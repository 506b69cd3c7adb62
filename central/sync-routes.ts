import { createHash } from 'node:crypto'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import { z } from 'zod'
import { canonicalRow, ChecksumAccumulator, ENTITY_BY_NAME, REPLICATED_ENTITIES, SYNC_SCHEMA_VERSION, type ReplicatedEntity } from '../src-shared/sync/entities'
import { checksumRequestSchema, pushRequestSchema, type ChecksumResponse, type CommandResult, type PushedCommand, type PushResponse } from '../src-shared/sync/protocol'
import type { CentralDatabase } from './db'
import { CentralHttpError, parseInput } from './errors'
import { executeCommand, type StoredResult } from './executors'
import { CENTRAL_RULES } from '../src-shared/sync/commands'
import type { TerminalsTable } from './schema'
import { partitionHead, rowObject, writeTransaction, type CentralTrx } from './store'

export const DEFAULT_PAGE = 2000
export const MAX_PAGE = 5000
/** Rows read per query while hashing a partition: bounded memory however large the partition. */
const CHECKSUM_CHUNK = 5000

export interface SyncRouteDeps {
  readonly central: CentralDatabase
  readonly now: () => Date
  /** The verified terminal of a signed request (set by the preHandler). */
  readonly terminalOf: (request: FastifyRequest) => TerminalsTable
  readonly signed: { preHandler: (request: FastifyRequest) => Promise<void> }
}

const cursor = z.coerce.number().int().nonnegative()
const pageLimit = z.coerce.number().int().min(1).max(MAX_PAGE).default(DEFAULT_PAGE)
const pullQuerySchema = z.object({ partition: z.string().min(1), after: cursor.default(0), limit: pageLimit })
const snapshotQuerySchema = z.object({
  partition: z.string().min(1),
  entity: z.string().optional(),
  afterKey: z.string().default(''),
  asOf: cursor.optional(),
  limit: pageLimit
})

/** Every entity's column header; constant, so computed once and sent as is. */
const ALL_COLUMNS_JSON = JSON.stringify(Object.fromEntries(REPLICATED_ENTITIES.map((entity) => [entity.name, entity.columns])))

function allowPartition(terminal: TerminalsTable, partition: string): void {
  if (!(JSON.parse(terminal.partitions) as string[]).includes(partition)) {
    throw new CentralHttpError(403, 'PARTITION_FORBIDDEN', `终端无权同步分区 ${partition} (partition not granted)`, { partition })
  }
}

/**
 * One pushed command in its own transaction: a repeat answers the stored result; otherwise
 * the command is re-executed and its result stored under its idempotency key, together.
 *
 * A command whose execution fails for a reason that will not go away (a defect, data the
 * rules cannot handle) would block the terminal's queue forever if it were answered with an
 * error; it is recorded instead as rejected (`COMMAND_FAILED`, a review task at the counter)
 * so the rest of the queue moves on — the dead-letter lane. Failures that may pass (the
 * database busy or unreachable) stay errors and the terminal retries.
 */
export async function applyPushedCommand(
  central: CentralDatabase,
  context: { terminalId: string; epoch: number; at: string },
  command: PushedCommand,
  execute: typeof executeCommand = executeCommand
): Promise<CommandResult> {
  const store = (trx: CentralTrx, result: StoredResult) =>
    trx
      .insertInto('commands')
      .values({
        idempotency_key: command.idempotencyKey,
        terminal_id: context.terminalId,
        epoch: context.epoch,
        seq: command.seq,
        command: command.command,
        version: command.version,
        payload: JSON.stringify(command.payload ?? null),
        status: result.status,
        result: JSON.stringify(result),
        received_at: context.at
      })
      .execute()
  const stored = async (trx: CentralTrx) => {
    const row = await trx.selectFrom('commands').select('result').where('idempotency_key', '=', command.idempotencyKey).executeTakeFirst()
    return row ? { ...(JSON.parse(row.result) as StoredResult), replayed: true } : null
  }
  try {
    return await writeTransaction(central, async (trx) => {
      const earlier = await stored(trx)
      if (earlier) return earlier
      const result = await execute(trx, { terminalId: context.terminalId, at: context.at }, command)
      await store(trx, result)
      return { ...result, replayed: false }
    })
  } catch (error) {
    if (isTransient(error)) throw error
    return writeTransaction(central, async (trx) => {
      const earlier = await stored(trx)
      if (earlier) return earlier
      const result: StoredResult = {
        idempotencyKey: command.idempotencyKey,
        status: 'rejected',
        code: CENTRAL_RULES.COMMAND_FAILED,
        message: `中心服务无法执行 ${command.command}，已转人工复核 (the central service could not execute this command)`,
        details: { reason: error instanceof Error ? error.message.slice(0, 300) : String(error).slice(0, 300) },
        followUp: { kind: 'review' }
      }
      await store(trx, result)
      return { ...result, replayed: false }
    })
  }
}

/** Database conditions that pass by themselves: busy, locked, connection lost, serialization failure, out of resources. */
export function isTransient(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code
  if (typeof code !== 'string') return false
  if (/^SQLITE_(BUSY|LOCKED|IOERR|FULL|CANTOPEN|PROTOCOL)/.test(code)) return true
  if (/^(ECONN|ETIMEDOUT|EPIPE|ENOTFOUND|EAI_AGAIN)/.test(code)) return true
  // PostgreSQL SQLSTATE classes: 08 connection, 40 transaction rollback, 53 resources, 57 operator intervention, 58 system.
  return /^(08|40|53|57|58)[0-9A-Z]{3}$/.test(code)
}

export function registerSyncRoutes(app: FastifyInstance, deps: SyncRouteDeps): void {
  const { central, now, terminalOf, signed } = deps

  app.post('/v1/sync/push', signed, async (request): Promise<PushResponse> => {
    const terminal = terminalOf(request)
    const push = parseInput(pushRequestSchema, request.body)
    // An older epoch is a copy of the terminal from before a restore: its seqs are no longer authoritative.
    if (push.epoch < terminal.epoch) throw new CentralHttpError(409, 'EPOCH_STALE', '终端数据纪元已过期 (stale epoch)', { epoch: terminal.epoch })
    const results: CommandResult[] = []
    // One transaction per command: a failure later in the batch keeps the earlier results, which the terminal may already rely on.
    for (const command of push.commands) {
      const at = now().toISOString()
      results.push(await applyPushedCommand(central, { terminalId: terminal.id, epoch: push.epoch, at }, command))
    }
    const report = push.report
    const at = now().toISOString()
    await central.db
      .updateTable('terminals')
      .set({
        epoch: Math.max(terminal.epoch, push.epoch),
        queue_depth: report.queueDepth,
        oldest_pending_at: report.oldestPendingAt,
        last_sync_at: report.lastSyncAt,
        clock_offset_ms: report.clockOffsetMs,
        app_version: report.appVersion,
        schema_version: report.schemaVersion,
        rejected_open: report.rejectedOpen,
        last_push_at: at
      })
      .where('id', '=', terminal.id)
      .execute()
    return { results, serverTime: at }
  })

  /**
   * Changes are sent as stored: the JSON is assembled from the rows' text, never parsed and
   * serialised again, which is what keeps a million-row catch-up cheap.
   */
  app.get('/v1/sync/pull', signed, async (request, reply) => {
    const terminal = terminalOf(request)
    const query = parseInput(pullQuerySchema, request.query)
    allowPartition(terminal, query.partition)
    const rows = await central.db
      .selectFrom('changes')
      .select(['seq', 'entity', 'key', 'row'])
      .where('partition', '=', query.partition)
      .where('seq', '>', query.after)
      .orderBy('seq')
      .limit(query.limit + 1)
      .execute()
    const hasMore = rows.length > query.limit
    const page = hasMore ? rows.slice(0, query.limit) : rows
    const head = await partitionHead(central.db, query.partition)
    const next = page.length > 0 ? Number(page[page.length - 1]?.seq) : query.after
    const at = now().toISOString()
    await central.db.updateTable('terminals').set({ last_pull_at: at }).where('id', '=', terminal.id).execute()
    // Seqs are global, so a cursor can lie past this partition's head; never answer a head behind the cursor.
    const changes = page.map((change) => `{"seq":${change.seq},"entity":${JSON.stringify(change.entity)},"key":${JSON.stringify(change.key)},"row":${change.row ?? 'null'}}`)
    return reply
      .type('application/json; charset=utf-8')
      .send(
        `{"partition":${JSON.stringify(query.partition)},"columns":${ALL_COLUMNS_JSON},"changes":[${changes.join(',')}],"next":${next},"head":${Math.max(head, next)},` +
          `"hasMore":${hasMore},"schemaVersion":${SYNC_SCHEMA_VERSION},"serverTime":${JSON.stringify(at)}}`
      )
  })

  /**
   * A partition's current rows, entity by entity in REPLICATED_ENTITIES order (parents
   * first) and by key within one. Rows may be newer than `asOf`; the terminal then pulls
   * changes after `asOf` and applies them again, which is harmless.
   */
  app.get('/v1/sync/snapshot', signed, async (request, reply) => {
    const terminal = terminalOf(request)
    const query = parseInput(snapshotQuerySchema, request.query)
    allowPartition(terminal, query.partition)
    const entityName = query.entity ?? REPLICATED_ENTITIES[0]?.name
    let entity = entityName === undefined ? undefined : ENTITY_BY_NAME.get(entityName)
    if (!entity) throw new CentralHttpError(400, 'INVALID_INPUT', `unknown entity ${String(query.entity)}`)
    const asOf = query.entity === undefined || query.asOf === undefined ? await partitionHead(central.db, query.partition) : query.asOf
    // Entities the partition holds no rows of are passed over here rather than costing the
    // terminal a round trip each (a city partition carries no offices or citizens).
    let afterKey = query.afterKey
    let rows: { key: string; row: string }[]
    for (;;) {
      rows = await central.db
        .selectFrom('records')
        .select(['key', 'row'])
        .where('partition', '=', query.partition)
        .where('entity', '=', entity.name)
        .where('key', '>', afterKey)
        .orderBy('key')
        .limit(query.limit + 1)
        .execute()
      const following: ReplicatedEntity | undefined = REPLICATED_ENTITIES[REPLICATED_ENTITIES.indexOf(entity) + 1]
      if (rows.length > 0 || !following) break
      entity = following
      afterKey = ''
    }
    const hasMore = rows.length > query.limit
    const page = hasMore ? rows.slice(0, query.limit) : rows
    const following = REPLICATED_ENTITIES[REPLICATED_ENTITIES.indexOf(entity) + 1]
    const next = hasMore ? { entity: entity.name, afterKey: page[page.length - 1]?.key ?? '' } : following ? { entity: following.name, afterKey: '' } : null
    return reply
      .type('application/json; charset=utf-8')
      .send(
        `{"partition":${JSON.stringify(query.partition)},"asOf":${asOf},"entity":${JSON.stringify(entity.name)},"columns":${JSON.stringify(entity.columns)},` +
          `"rows":[${page.map((row) => row.row).join(',')}],"next":${JSON.stringify(next)},"schemaVersion":${SYNC_SCHEMA_VERSION},"serverTime":${JSON.stringify(now().toISOString())}}`
      )
  })

  app.post('/v1/sync/checksum', signed, async (request): Promise<ChecksumResponse> => {
    const terminal = terminalOf(request)
    const query = parseInput(checksumRequestSchema, request.body)
    allowPartition(terminal, query.partition)
    // One consistent view: the head and the hashed rows must describe the same moment.
    const read = central.dialect === 'postgres' ? central.db.transaction().setIsolationLevel('repeatable read') : central.db.transaction()
    return read.execute(async (trx) => {
      const head = await partitionHead(trx, query.partition)
      const entities: ChecksumResponse['entities'] = {}
      for (const [name, columns] of Object.entries(query.columns)) entities[name] = await checksumEntity(trx, query.partition, name, columns)
      return { partition: query.partition, head, entities, serverTime: now().toISOString() }
    })
  })
}

async function checksumEntity(trx: CentralTrx, partition: string, name: string, columns: readonly string[]): Promise<{ count: number; sum: string }> {
  const accumulator = new ChecksumAccumulator()
  const entity = ENTITY_BY_NAME.get(name)
  let afterKey = ''
  while (entity) {
    const rows = await trx
      .selectFrom('records')
      .select(['key', 'row'])
      .where('partition', '=', partition)
      .where('entity', '=', name)
      .where('key', '>', afterKey)
      .orderBy('key')
      .limit(CHECKSUM_CHUNK)
      .execute()
    for (const row of rows) accumulator.add(createHash('sha256').update(canonicalRow(name, columns, rowObject(entity, row.row))).digest('hex'))
    if (rows.length < CHECKSUM_CHUNK) break
    afterKey = rows[rows.length - 1]?.key ?? afterKey
  }
  return { count: accumulator.count, sum: accumulator.value }
}
