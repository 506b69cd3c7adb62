import { afterEach, describe, expect, it } from 'vitest'
import { enrolResponseSchema, fleetResponseSchema } from '../src-shared/sync/protocol'
import { CODE_ALPHABET, CODE_LENGTH } from './auth'
import { enrolTestTerminal, startCentral, testDatabases, type StartedCentral } from './testing'

async function enrol(central: StartedCentral, code: string) {
  const response = await fetch(`${central.url}/v1/enrol`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ code, appVersion: '0.1.0', schemaVersion: 1 })
  })
  return { status: response.status, body: (await response.json()) as Record<string, unknown> }
}

describe.each(testDatabases())('enrolment ($name)', (database) => {
  let central: StartedCentral | undefined
  let clock = Date.now()
  const start = async () => {
    clock = Date.now()
    central = await startCentral({ databaseUrl: database.databaseUrl(), now: () => new Date(clock) })
    return central
  }
  afterEach(async () => {
    await central?.close()
    central = undefined
  })

  it.skipIf(database.skip)('refuses enrolment codes without the admin token', async () => {
    const c = await start()
    const response = await fetch(`${c.url}/v1/admin/enrolment-codes`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer wrong' },
      body: JSON.stringify({ officeCode: '370100', mode: 'counter', name: '窗口1' })
    })
    expect(response.status).toBe(401)
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('ADMIN_TOKEN_INVALID')
  })

  it.skipIf(database.skip)('uses a code once and hands out the terminal, its partitions and ranges', async () => {
    const c = await start()
    const { code } = await c.createCode({ officeCode: '370200', mode: 'kiosk', name: '自助机A', extraPartitions: ['370100'] })
    expect(code).toHaveLength(CODE_LENGTH)
    expect([...code].every((char) => CODE_ALPHABET.includes(char))).toBe(true)

    const first = await enrol(c, code.toLowerCase().replace(/(.{5})/, '$1-'))
    expect(first.status).toBe(200)
    const enrolment = enrolResponseSchema.parse(first.body)
    expect(enrolment).toMatchObject({ name: '自助机A', mode: 'kiosk', officeCode: '370200', partitions: ['province', '370200', '370100'], demo: false })
    expect(enrolment.ranges.receipt).toEqual({ prefix: 'JF37020010', first: 1, last: 99_999_999 })
    expect(enrolment.ranges.decision.prefix).toBe('37020010')
    expect(enrolment.signingKey.publicKeyPem).toContain('BEGIN PUBLIC KEY')

    const again = await enrol(c, code)
    expect(again.status).toBe(403)
    expect(again.body).toMatchObject({ error: { code: 'ENROLMENT_CODE_INVALID' } })
    expect((await enrol(c, 'ABCDEFGHJK')).body).toMatchObject({ error: { code: 'ENROLMENT_CODE_INVALID' } })
  })

  it.skipIf(database.skip)('refuses an expired code', async () => {
    const c = await start()
    const { code } = await c.createCode({ validMinutes: 5 })
    clock += 5 * 60_000 + 1
    expect((await enrol(c, code)).body).toMatchObject({ error: { code: 'ENROLMENT_CODE_INVALID' } })
  })

  it.skipIf(database.skip)('gives every terminal of an office division its own range slot', async () => {
    const c = await start()
    const prefixes: string[] = []
    for (let index = 0; index < 3; index++) prefixes.push((await enrolTestTerminal(c, { name: `窗口${index}` })).enrolment.ranges.decision.prefix)
    prefixes.push((await enrolTestTerminal(c, { officeCode: '370200' })).enrolment.ranges.decision.prefix)
    // 鲁S (370100S) shares Jinan's division and so its slots.
    prefixes.push((await enrolTestTerminal(c, { officeCode: '370100S' })).enrolment.ranges.decision.prefix)
    expect(prefixes).toEqual(['37010010', '37010011', '37010012', '37020010', '370100S13'])
  })

  it.skipIf(database.skip)('lists the fleet and de-enrols a terminal', async () => {
    const c = await start()
    const terminal = await enrolTestTerminal(c)
    expect((await terminal.request('GET', '/v1/sync/pull?partition=province')).status).toBe(200)
    const admin = { authorization: `Bearer ${c.adminToken}` }
    const fleet = fleetResponseSchema.parse(await (await fetch(`${c.url}/v1/admin/fleet`, { headers: admin })).json())
    expect(fleet.terminals).toHaveLength(1)
    expect(fleet.terminals[0]).toMatchObject({ id: terminal.enrolment.terminalId, status: 'enrolled', online: true, appVersion: '0.1.0-test', openTasks: 0 })

    const response = await fetch(`${c.url}/v1/admin/terminals/${terminal.enrolment.terminalId}/de-enrol`, { method: 'POST', headers: admin })
    expect(response.status).toBe(200)
    const refused = await terminal.request('GET', '/v1/sync/pull?partition=province')
    expect(refused).toMatchObject({ status: 403, body: { error: { code: 'TERMINAL_DE_ENROLLED' } } })
    expect((await fetch(`${c.url}/v1/admin/terminals/nope/de-enrol`, { method: 'POST', headers: admin })).status).toBe(404)
  })

  it.skipIf(database.skip)('serves health, the OpenAPI document and the fleet page', async () => {
    const c = await start()
    expect(await (await fetch(`${c.url}/v1/health`)).json()).toEqual({ ok: true, serverTime: new Date(clock).toISOString() })
    const openapi = (await (await fetch(`${c.url}/v1/openapi.json`)).json()) as { openapi: string; paths: Record<string, unknown> }
    expect(openapi.openapi).toBe('3.1.0')
    expect(Object.keys(openapi.paths)).toEqual(
      expect.arrayContaining(['/v1/enrol', '/v1/admin/enrolment-codes', '/v1/admin/fleet', '/v1/sync/push', '/v1/sync/pull', '/v1/sync/snapshot', '/v1/sync/checksum'])
    )
    const page = await fetch(`${c.url}/fleet`)
    expect(page.headers.get('content-type')).toContain('text/html')
    expect(await page.text()).toContain('终端运行状态')
    expect((await fetch(`${c.url}/v1/nothing`)).status).toBe(404)
  })
})
