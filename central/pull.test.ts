import { createHash } from 'node:crypto'
import { afterEach, describe, expect, it } from 'vitest'
import { canonicalRow, ChecksumAccumulator, REPLICATED_ENTITIES, type RowValue } from '../src-shared/sync/entities'
import { checksumResponseSchema, pullResponseSchema, snapshotResponseSchema, type PullResponse, type SnapshotResponse } from '../src-shared/sync/protocol'
import { putRecord, writeTransaction } from './store'
import { enrolTestTerminal, readRecords, startCentral, testDatabases, type StartedCentral, type TestTerminal } from './testing'

const OFFICE = '370100'

async function pullAll(terminal: TestTerminal, partition: string, after: number, limit: number): Promise<{ pages: PullResponse[]; cursor: number }> {
  const pages: PullResponse[] = []
  let cursor = after
  for (;;) {
    const response = await terminal.request('GET', `/v1/sync/pull?partition=${partition}&after=${cursor}&limit=${limit}`)
    expect(response.status).toBe(200)
    const page = pullResponseSchema.parse(response.body)
    pages.push(page)
    cursor = page.next
    if (!page.hasMore) return { pages, cursor }
  }
}

async function snapshotAll(terminal: TestTerminal, partition: string, limit: number): Promise<SnapshotResponse[]> {
  const pages: SnapshotResponse[] = []
  let path = `/v1/sync/snapshot?partition=${partition}&limit=${limit}`
  for (;;) {
    const response = await terminal.request('GET', path)
    expect(response.status).toBe(200)
    const page = snapshotResponseSchema.parse(response.body)
    pages.push(page)
    if (!page.next) return pages
    path = `/v1/sync/snapshot?partition=${partition}&entity=${page.next.entity}&afterKey=${encodeURIComponent(page.next.afterKey)}&asOf=${page.asOf}&limit=${limit}`
  }
}

describe.each(testDatabases())('pull, snapshot and checksum ($name)', (database) => {
  let central: StartedCentral | undefined
  afterEach(async () => {
    await central?.close()
    central = undefined
  })
  const start = async () => {
    const c = (central = await startCentral({ databaseUrl: database.databaseUrl(), demoViolations: 300 }))
    return { c, terminal: await enrolTestTerminal(c, { officeCode: OFFICE }) }
  }

  it.skipIf(database.skip)('pages through changes with a cursor that never skips or repeats', async () => {
    const { c, terminal } = await start()
    const { pages, cursor } = await pullAll(terminal, 'province', 0, 97)
    const seqs = pages.flatMap((page) => page.changes.map((change) => change.seq))
    expect(seqs).toEqual([...seqs].sort((x, y) => x - y))
    expect(new Set(seqs).size).toBe(seqs.length)
    let provinceRows = 0
    for (const entity of REPLICATED_ENTITIES.filter((e) => e.partition.kind === 'province')) provinceRows += (await readRecords(c, entity.name, 'province')).length
    expect(seqs).toHaveLength(provinceRows)
    expect(pages.slice(0, -1).every((page) => page.changes.length === 97 && page.next === page.changes.at(-1)?.seq)).toBe(true)
    expect(pages.at(-1)?.head).toBe(cursor)
    expect(pages[0]?.columns.citizens).toEqual(REPLICATED_ENTITIES[1]?.columns)
    const firstCitizen = pages.flatMap((page) => page.changes).find((change) => change.entity === 'citizens')
    expect(firstCitizen?.row?.[0]).toBe(firstCitizen?.key)

    // Caught up: an empty page keeps the cursor.
    const empty = pullResponseSchema.parse((await terminal.request('GET', `/v1/sync/pull?partition=province&after=${cursor}`)).body)
    expect(empty).toMatchObject({ changes: [], next: cursor, hasMore: false })

    // A change made now arrives after the cursor, and only it.
    const licence = (await readRecords(c, 'licences', OFFICE))[0]
    if (!licence) throw new Error('no licence in the office')
    const officeCursor = (await pullAll(terminal, OFFICE, 0, 5000)).cursor
    const push = await terminal.request('POST', '/v1/sync/push', {
      epoch: 1,
      commands: [{ seq: 1, idempotencyKey: 'c-1', command: 'me.updateContacts', version: 1, payload: { citizenId: licence.citizen_id, phone: '13911112222', signIn: false, licence: true, vehicleIds: [] }, actorRole: 'citizen', actorId: null, createdAt: new Date().toISOString() }],
      report: { queueDepth: 0, oldestPendingAt: null, lastSyncAt: null, clockOffsetMs: 0, appVersion: '0.1.0', schemaVersion: 1, rejectedOpen: 0 }
    })
    expect(push.status).toBe(200)
    const fresh = await pullAll(terminal, OFFICE, officeCursor, 100)
    const changes = fresh.pages.flatMap((page) => page.changes)
    expect(changes.map((change) => [change.entity, change.key])).toEqual([['licences', licence.id]])
    const phone = REPLICATED_ENTITIES.find((entity) => entity.name === 'licences')?.columns.indexOf('contact_phone') ?? -1
    expect(changes[0]?.row?.[phone]).toBe('13911112222')
  })

  it.skipIf(database.skip)('never lets a puller skip a change while terminals write concurrently', async () => {
    const { c, terminal } = await start()
    const licences = await readRecords(c, 'licences', OFFICE)
    const writers = await Promise.all([1, 2, 3, 4].map((index) => enrolTestTerminal(c, { officeCode: OFFICE, name: `窗口${index + 1}` })))
    const from = (await pullAll(terminal, OFFICE, 0, 5000)).cursor
    const seen: number[] = []
    let cursor = from
    let writing = true
    const puller = (async () => {
      while (writing) {
        const page = pullResponseSchema.parse((await terminal.request('GET', `/v1/sync/pull?partition=${OFFICE}&after=${cursor}&limit=50`)).body)
        seen.push(...page.changes.map((change) => change.seq))
        cursor = page.next
      }
    })()
    await Promise.all(
      writers.map(async (writer, w) => {
        for (let round = 0; round < 8; round++) {
          const licence = licences[(w * 8 + round) % licences.length]
          const payload = { citizenId: licence?.citizen_id, phone: `1390000${w}${String(round).padStart(4, '0')}`, signIn: false, licence: true, vehicleIds: [] }
          const pushed = { seq: round + 1, idempotencyKey: `${w}-${round}`, command: 'me.updateContacts', version: 1, payload, actorRole: 'citizen', actorId: null, createdAt: new Date().toISOString() }
          const report = { queueDepth: 0, oldestPendingAt: null, lastSyncAt: null, clockOffsetMs: 0, appVersion: '0.1.0', schemaVersion: 1, rejectedOpen: 0 }
          expect((await writer.request('POST', '/v1/sync/push', { epoch: 1, commands: [pushed], report })).status).toBe(200)
        }
      })
    )
    writing = false
    await puller
    seen.push(...(await pullAll(terminal, OFFICE, cursor, 5000)).pages.flatMap((page) => page.changes.map((change) => change.seq)))
    const all = await c.db.db.selectFrom('changes').select('seq').where('partition', '=', OFFICE).where('seq', '>', from).orderBy('seq').execute()
    expect(seen).toEqual(all.map((row) => row.seq))
    expect(seen).toHaveLength(32)
  })

  it.skipIf(database.skip)('refuses partitions the terminal was not given and bad limits', async () => {
    const { terminal } = await start()
    expect(await terminal.request('GET', '/v1/sync/pull?partition=370200')).toMatchObject({ status: 403, body: { error: { code: 'PARTITION_FORBIDDEN' } } })
    expect(await terminal.request('GET', '/v1/sync/snapshot?partition=370200')).toMatchObject({ status: 403 })
    expect(await terminal.request('POST', '/v1/sync/checksum', { partition: '370200', columns: {} })).toMatchObject({ status: 403 })
    expect(await terminal.request('GET', '/v1/sync/pull?partition=province&limit=5001')).toMatchObject({ status: 400, body: { error: { code: 'INVALID_INPUT' } } })
  })

  it.skipIf(database.skip)('snapshots every row of a partition once, parents first, with a fixed asOf', async () => {
    const { c, terminal } = await start()
    const head = pullResponseSchema.parse((await terminal.request('GET', `/v1/sync/pull?partition=${OFFICE}&after=0&limit=1`)).body).head
    const pages = await snapshotAll(terminal, OFFICE, 37)
    expect(new Set(pages.map((page) => page.asOf))).toEqual(new Set([head]))
    // Entities the partition has no rows of (offices, citizens live in `province`) are passed over.
    const held = []
    for (const entity of REPLICATED_ENTITIES) if ((await readRecords(c, entity.name, OFFICE)).length > 0) held.push(entity.name)
    expect(held).not.toContain('offices')
    const withRows = pages.filter((page) => page.rows.length > 0)
    expect(withRows.map((page) => page.entity).filter((name, index, all) => all.indexOf(name) === index)).toEqual(held)
    for (const entity of REPLICATED_ENTITIES) {
      const keys = pages.filter((page) => page.entity === entity.name).flatMap((page) => page.rows.map((row) => row[0]))
      const stored = (await readRecords(c, entity.name, OFFICE)).map((row) => row[entity.key])
      expect(keys).toEqual(stored)
    }
    expect(pages.some((page) => page.entity === 'violations' && page.rows.length === 37)).toBe(true)
  })

  it.skipIf(database.skip)('checksums a partition the way a terminal hashes its copy', async () => {
    const { terminal } = await start()
    // The terminal's side: its copy (from a snapshot), hashed over its own columns.
    const pages = await snapshotAll(terminal, OFFICE, 5000)
    const columns: Record<string, string[]> = Object.fromEntries(REPLICATED_ENTITIES.map((entity) => [entity.name, [...entity.columns]]))
    // An older terminal without contact_address, and a newer one with a column central lacks.
    columns.licences = (columns.licences ?? []).filter((column) => column !== 'contact_address')
    columns.violations = [...(columns.violations ?? []), 'future_column']
    const expected: Record<string, { count: number; sum: string }> = {}
    for (const [entity, hashed] of Object.entries(columns)) {
      const accumulator = new ChecksumAccumulator()
      for (const page of pages.filter((candidate) => candidate.entity === entity)) {
        for (const values of page.rows) {
          const row: Record<string, RowValue> = Object.fromEntries(page.columns.map((column, index) => [column, values[index] ?? null]))
          accumulator.add(createHash('sha256').update(canonicalRow(entity, hashed, row)).digest('hex'))
        }
      }
      expected[entity] = { count: accumulator.count, sum: accumulator.value }
    }
    const response = await terminal.request('POST', '/v1/sync/checksum', { partition: OFFICE, columns })
    expect(response.status).toBe(200)
    const checksum = checksumResponseSchema.parse(response.body)
    expect(checksum.entities).toEqual(expected)
    expect(checksum.head).toBe(pages[0]?.asOf)
    expect(expected.violations?.count).toBeGreaterThan(0)
  })

  it.skipIf(database.skip)('compaction keeps only the latest change of each row, and the rows a puller ends with are the same from any cursor', async () => {
    const { c, terminal } = await start()
    const licence = (await readRecords(c, 'licences', OFFICE))[0]!
    const vehicle = (await readRecords(c, 'vehicles', OFFICE))[0]!
    const { cursor: before } = await pullAll(terminal, OFFICE, 0, 500)
    await writeTransaction(c.db, async (trx) => {
      for (const phone of ['13800000001', '13800000002', '13800000003']) await putRecord(trx, 'licences', String(licence.id), { ...licence, contact_phone: phone }, new Date().toISOString())
      // A vehicle that leaves the office: its row and the deletion stay in the partition it left.
      await putRecord(trx, 'vehicles', String(vehicle.id), { ...vehicle, contact_phone: '13900000009' }, new Date().toISOString())
      await putRecord(trx, 'vehicles', String(vehicle.id), { ...vehicle, office_code: '370200' }, new Date().toISOString())
    })
    const changesOf = async (key: string) => c.db.db.selectFrom('changes').select(['seq', 'partition', 'row']).where('key', '=', key).orderBy('seq').execute()
    expect(await changesOf(String(licence.id))).toHaveLength(4)
    const fromZero = async () => {
      const rows = new Map<string, unknown>()
      for (const page of (await pullAll(terminal, OFFICE, 0, 500)).pages) for (const change of page.changes) rows.set(`${change.entity}:${change.key}`, change.row)
      return rows
    }
    const fromBefore = async () => (await pullAll(terminal, OFFICE, before, 500)).pages.flatMap((page) => page.changes.map((change) => [change.key, change.row] as const))
    const wholeBefore = await fromZero()
    const recentBefore = await fromBefore()

    const response = await fetch(`${c.url}/v1/admin/compact`, { method: 'POST', headers: { authorization: `Bearer ${c.adminToken}` } })
    const { removed } = (await response.json()) as { removed: number }
    expect(removed).toBeGreaterThanOrEqual(3)
    expect((await changesOf(String(licence.id))).map((change) => change.partition)).toEqual([OFFICE])
    // The vehicle: its first row and the edit in 370100 are superseded there only by the move, so all of 370100's stay; 370200 has one.
    const moved = await changesOf(String(vehicle.id))
    expect(moved.filter((change) => change.partition === OFFICE).at(-1)?.row).toBeNull()
    expect(moved.filter((change) => change.partition === '370200')).toHaveLength(1)

    expect(await fromZero()).toEqual(wholeBefore)
    const recentAfter = await fromBefore()
    expect(new Map(recentAfter)).toEqual(new Map(recentBefore))
    expect(recentAfter.length).toBeLessThan(recentBefore.length)
    const again = await fetch(`${c.url}/v1/admin/compact`, { method: 'POST', headers: { authorization: `Bearer ${c.adminToken}` } })
    expect(await again.json()).toEqual({ removed: 0 })
  })
})
