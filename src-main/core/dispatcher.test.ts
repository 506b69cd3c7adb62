import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { AppError, method, ruleViolation, ANY_ROLE, BOTH_MODES } from '../../src-shared/contract'
import type { AppDatabase} from './database';
import { openDatabase } from './database'
import { Dispatcher, type Handlers } from './dispatcher'
import { SessionStore, type Session } from './session'

/** A contract of its own, so every dispatcher rule is tested apart from the features. */
const testContract = {
  'test.echo': method({
    summary: 'echo',
    input: z.object({ text: z.string().min(1), count: z.number().int().positive() }).strict(),
    output: z.object({ text: z.string() }),
    roles: ANY_ROLE,
    modes: BOTH_MODES,
    mutates: false
  }),
  'test.addOffice': method({
    summary: 'writes a row, then maybe fails',
    input: z.object({ code: z.string(), fail: z.enum(['none', 'rule', 'crash', 'output']) }),
    output: z.object({ code: z.string() }),
    roles: ['clerk', 'admin'],
    modes: BOTH_MODES,
    mutates: true,
    version: 2
  }),
  'test.adminOnly': method({
    summary: 'admin only',
    input: z.object({}),
    output: z.object({ ok: z.literal(true) }),
    roles: ['admin'],
    modes: BOTH_MODES,
    mutates: false
  }),
  'test.kioskOnly': method({
    summary: 'kiosk only',
    input: z.object({}),
    output: z.object({ ok: z.literal(true) }),
    roles: ANY_ROLE,
    modes: ['kiosk'],
    mutates: false
  })
}

function handlers(): Handlers<typeof testContract> {
  return {
    'test.echo': (input) => ({ text: input.text.repeat(input.count) }),
    'test.addOffice': (input, { db }) => {
      db.run(db.kysely.insertInto('offices').values({ code: input.code, plate_prefix: '鲁Z', division_code: '370000', city: '测试', name: '测试车管所' }))
      if (input.fail === 'rule') throw ruleViolation('TEST_RULE', '测试规则拒绝')
      if (input.fail === 'crash') throw new Error('disk on fire at /secret/path')
      if (input.fail === 'output') return { code: 42 } as unknown as { code: string }
      return { code: input.code }
    },
    'test.adminOnly': () => ({ ok: true }),
    'test.kioskOnly': () => ({ ok: true })
  }
}

describe('Dispatcher', () => {
  let db: AppDatabase
  let sessions: SessionStore
  let dispatcher: Dispatcher<typeof testContract>
  let anonymous: Session
  let clerk: Session
  const logged: string[] = []

  beforeEach(async () => {
    db = await openDatabase({ file: ':memory:' })
    db.run(db.kysely.insertInto('terminal').values({ id: 't1', name: 'T', mode: 'counter', office_code: '370100', demo: 1, created_at: '2026-01-01T00:00:00Z' }))
    sessions = new SessionStore()
    dispatcher = new Dispatcher({
      contract: testContract,
      handlers: handlers(),
      db,
      sessions,
      terminal: () => ({ id: 't1', epoch: 1, mode: 'counter', officeCode: '370100' }),
      now: () => new Date('2026-11-25T08:00:00Z'),
      logError: (m) => logged.push(m)
    })
    anonymous = sessions.create()
    clerk = sessions.create()
    clerk.role = 'clerk'
    clerk.userId = 'u-clerk'
  })
  afterEach(() => db.close())

  const outboxRows = () => db.all(db.kysely.selectFrom('outbox').selectAll())
  const officeExists = (code: string) => db.first(db.kysely.selectFrom('offices').select('code').where('code', '=', code)) !== undefined

  it('answers a valid call with {ok:true,value}', async () => {
    expect(await dispatcher.call(anonymous, 'test.echo', { text: 'ab', count: 2 })).toEqual({ ok: true, value: { text: 'abab' } })
  })

  it('refuses an unknown method, including inherited object keys', async () => {
    for (const name of ['test.nope', 'constructor', '__proto__', 'toString']) {
      const result = await dispatcher.call(anonymous, name, {})
      expect(result).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } })
    }
  })

  it('names every failing field of invalid input', async () => {
    const result = await dispatcher.call(anonymous, 'test.echo', { text: '', count: -1, extra: true })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error.code).toBe('INVALID_INPUT')
    const issues = result.error.details?.issues as { path: string; message: string }[]
    expect(issues.map((i) => i.path).sort()).toEqual(['(root)', 'count', 'text'])
    for (const issue of issues) expect(issue.message).toMatch(/[\u4e00-\u9fff]/)
  })

  it('gives invalid-input messages in the session language', async () => {
    anonymous.locale = 'en'
    const result = await dispatcher.call(anonymous, 'test.echo', { text: 5, count: 1 })
    expect(result.ok).toBe(false)
    if (!result.ok) expect((result.error.details?.issues as { message: string }[])[0]?.message).toMatch(/expected string/i)
  })

  it('asks an anonymous caller to sign in', async () => {
    expect(await dispatcher.call(anonymous, 'test.addOffice', { code: 'X1', fail: 'none' })).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } })
    expect(officeExists('X1')).toBe(false)
  })

  it('refuses a signed-in caller with the wrong role', async () => {
    expect(await dispatcher.call(clerk, 'test.adminOnly', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', details: { role: 'clerk' } } })
  })

  it('refuses a method that this terminal mode does not offer', async () => {
    expect(await dispatcher.call(clerk, 'test.kioskOnly', {})).toMatchObject({ ok: false, error: { code: 'WRONG_TERMINAL_MODE' } })
  })

  it('commits a mutation together with its outbox record', async () => {
    expect(await dispatcher.call(clerk, 'test.addOffice', { code: 'X2', fail: 'none' })).toEqual({ ok: true, value: { code: 'X2' } })
    expect(officeExists('X2')).toBe(true)
    const [row] = outboxRows()
    expect(row).toMatchObject({ terminal_id: 't1', epoch: 1, command: 'test.addOffice', command_version: 2, actor_role: 'clerk', actor_id: 'u-clerk', state: 'pending' })
    expect(JSON.parse(row!.payload)).toEqual({ code: 'X2', fail: 'none' })
    expect(row!.idempotency_key).toMatch(/^[0-9a-f-]{36}$/)
  })

  it('rolls back the change and its outbox record when a business rule refuses', async () => {
    const result = await dispatcher.call(clerk, 'test.addOffice', { code: 'X3', fail: 'rule' })
    expect(result).toEqual({ ok: false, error: { code: 'RULE_VIOLATION', message: '测试规则拒绝', details: { rule: 'TEST_RULE' } } })
    expect(officeExists('X3')).toBe(false)
    expect(outboxRows()).toHaveLength(0)
  })

  it('rolls back on a crash and never leaks the exception', async () => {
    const result = await dispatcher.call(clerk, 'test.addOffice', { code: 'X4', fail: 'crash' })
    expect(result).toEqual({ ok: false, error: { code: 'INTERNAL', message: '系统内部错误' } })
    expect(JSON.stringify(result)).not.toContain('secret')
    expect(officeExists('X4')).toBe(false)
    expect(outboxRows()).toHaveLength(0)
    expect(logged).toContain('test.addOffice')
  })

  it('rolls back when the handler output breaks the contract', async () => {
    const result = await dispatcher.call(clerk, 'test.addOffice', { code: 'X5', fail: 'output' })
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } })
    expect(officeExists('X5')).toBe(false)
  })

  it('refuses to start when a method has no handler', () => {
    const partial = handlers() as Partial<Handlers<typeof testContract>>
    delete partial['test.echo']
    expect(
      () =>
        new Dispatcher({
          contract: testContract,
          handlers: partial as Handlers<typeof testContract>,
          db,
          sessions,
          terminal: () => ({ id: 't1', epoch: 1, mode: 'counter', officeCode: '370100' })
        })
    ).toThrow(/test.echo/)
  })

  it('keeps AppError details intact', () => {
    expect(new AppError('NOT_FOUND', 'x', { id: 1 }).toBody()).toEqual({ code: 'NOT_FOUND', message: 'x', details: { id: 1 } })
  })
})
