import { afterEach, describe, expect, it } from 'vitest'
import { SIGNATURE_HEADERS, SIGNATURE_WINDOW_MS, type PushRequest, type PushResponse } from '../src-shared/sync/protocol'
import { requestSignature } from './auth'
import { enrolTestTerminal, startCentral, testDatabases, type StartedCentral } from './testing'

const report: PushRequest['report'] = { queueDepth: 1, oldestPendingAt: null, lastSyncAt: null, clockOffsetMs: 0, appVersion: '0.1.0', schemaVersion: 1, rejectedOpen: 0 }

describe.each(testDatabases())('signed requests ($name)', (database) => {
  let central: StartedCentral | undefined
  afterEach(async () => {
    await central?.close()
    central = undefined
  })
  const start = async () => (central = await startCentral({ databaseUrl: database.databaseUrl() }))

  it.skipIf(database.skip)('refuses an unknown terminal and a bad signature', async () => {
    const c = await start()
    const terminal = await enrolTestTerminal(c)
    const timestamp = String(Date.now())
    const headers = (terminalId: string, signature: string) => ({
      [SIGNATURE_HEADERS.terminal]: terminalId,
      [SIGNATURE_HEADERS.timestamp]: timestamp,
      [SIGNATURE_HEADERS.signature]: signature
    })
    const unknown = await fetch(`${c.url}/v1/sync/pull?partition=province`, { headers: headers('nobody', 'x') })
    expect(unknown.status).toBe(401)
    expect(await unknown.json()).toMatchObject({ error: { code: 'TERMINAL_UNKNOWN' } })

    // Signed for another query string: the URL is part of what is signed.
    const id = terminal.enrolment.terminalId
    const wrongUrl = requestSignature(terminal.enrolment.secret, 'GET', '/v1/sync/pull?partition=370100', timestamp, undefined)
    const bad = await fetch(`${c.url}/v1/sync/pull?partition=province`, { headers: headers(id, wrongUrl) })
    expect(bad.status).toBe(401)
    expect(await bad.json()).toMatchObject({ error: { code: 'SIGNATURE_INVALID' } })

    // A body changed after signing.
    const body = JSON.stringify({ epoch: 1, commands: [], report })
    const signature = requestSignature(terminal.enrolment.secret, 'POST', '/v1/sync/push', timestamp, body)
    const tampered = await fetch(`${c.url}/v1/sync/push`, {
      method: 'POST',
      headers: { ...headers(id, signature), 'content-type': 'application/json' },
      body: body.replace('"queueDepth":1', '"queueDepth":2')
    })
    expect(await tampered.json()).toMatchObject({ error: { code: 'SIGNATURE_INVALID' } })
    const good = await fetch(`${c.url}/v1/sync/push`, { method: 'POST', headers: { ...headers(id, signature), 'content-type': 'application/json' }, body })
    expect(good.status).toBe(200)
  })

  it.skipIf(database.skip)('answers a skewed clock with the central time', async () => {
    const c = await start()
    const terminal = await enrolTestTerminal(c)
    terminal.clockOffsetMs = -(SIGNATURE_WINDOW_MS + 60_000)
    const before = Date.now()
    const skewed = await terminal.request<{ error: { code: string; details: { serverTime: string } } }>('GET', '/v1/sync/pull?partition=province')
    expect(skewed.status).toBe(401)
    expect(skewed.body.error.code).toBe('CLOCK_SKEW')
    const serverTime = Date.parse(skewed.body.error.details.serverTime)
    expect(serverTime).toBeGreaterThanOrEqual(before - 1000)
    expect(serverTime).toBeLessThanOrEqual(Date.now() + 1000)
    terminal.clockOffsetMs = 0
    expect((await terminal.request('GET', '/v1/sync/pull?partition=province')).status).toBe(200)
  })

  it.skipIf(database.skip)('answers a replayed push with the stored results', async () => {
    const c = await start()
    const terminal = await enrolTestTerminal(c)
    const push: PushRequest = {
      epoch: 1,
      commands: [
        { seq: 1, idempotencyKey: 'k-1', command: 'receipts.reprint', version: 1, payload: { receipt: 'JF3701001000000001' }, actorRole: 'clerk', actorId: 'u1', createdAt: new Date().toISOString() },
        { seq: 2, idempotencyKey: 'k-2', command: 'payments.pay', version: 1, payload: {}, actorRole: 'clerk', actorId: 'u1', createdAt: new Date().toISOString() }
      ],
      report
    }
    const first = await terminal.request<PushResponse>('POST', '/v1/sync/push', push)
    expect(first.status).toBe(200)
    expect(first.body.results.map((result) => [result.status, result.code, result.replayed])).toEqual([
      ['applied', undefined, false],
      ['rejected', 'COMMAND_UNSUPPORTED_VERSION', false]
    ])
    const second = await terminal.request<PushResponse>('POST', '/v1/sync/push', push)
    expect(second.body.results).toEqual(first.body.results.map((result) => ({ ...result, replayed: true })))
    const count = await c.db.db.selectFrom('commands').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()
    expect(Number(count.n)).toBe(2)
  })

  it.skipIf(database.skip)('refuses a push from an older epoch', async () => {
    const c = await start()
    const terminal = await enrolTestTerminal(c)
    expect((await terminal.request('POST', '/v1/sync/push', { epoch: 2, commands: [], report })).status).toBe(200)
    const stale = await terminal.request('POST', '/v1/sync/push', { epoch: 1, commands: [], report })
    expect(stale).toMatchObject({ status: 409, body: { error: { code: 'EPOCH_STALE' } } })
  })
})
