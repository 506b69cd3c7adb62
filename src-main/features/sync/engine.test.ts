import { describe, expect, it } from 'vitest'
import { openDatabase, type AppDatabase } from '../../core/database'
import { AppError } from '../../../src-shared/contract'
import { SyncEngine, type SyncSettings } from './engine'

const NOW = new Date('2026-11-25T02:00:00Z')
const SETTINGS: SyncSettings = {
  auto: false,
  intervalSeconds: 30,
  offlineAfterSeconds: 120,
  verifyEverySeconds: 600,
  pageSize: 100,
  pushBatch: 50,
  requestTimeoutMs: 1000,
  offline: { cardMaxAmountFen: 50_000, cardMaxCount: 2 }
}

async function engine(enrolled: { lastSuccessAt: string | null; failures: number } | null) {
  const db = await openDatabase({ file: ':memory:' })
  if (enrolled) {
    db.run(
      db.kysely.insertInto('sync_state').values({
        id: 1,
        central_url: 'http://127.0.0.1:1',
        secret: 'x'.repeat(43),
        partitions: '["province","370100"]',
        enrolled_at: '2026-11-01T00:00:00Z',
        central_demo: 1,
        last_success_at: enrolled.lastSuccessAt,
        consecutive_failures: enrolled.failures
      })
    )
  }
  const sync = new SyncEngine({
    db,
    settings: SETTINGS,
    appVersion: 'test',
    now: () => NOW,
    terminal: () => ({ id: 't1', name: 'T1', mode: 'counter', officeCode: '370100', demo: true, enrolled: Boolean(enrolled), epoch: 2 }),
    terminalChanged: () => {},
    emit: () => {},
    log: () => {}
  })
  return { db, sync }
}

function cardPayment(db: AppDatabase, id: string, state: 'approved' | 'declined', at = '2026-11-25T01:00:00Z'): void {
  db.run(
    db.kysely.insertInto('payment_journal').values({
      id, terminal_id: 't1', channel: 'card', amount_fen: 10_000, state, device_reference: null, card_masked: null, outcome_note: null, payer_citizen_id: null,
      actor_role: 'clerk', actor_id: null, created_at: at, resolved_at: at
    })
  )
}

function refusal(fn: () => void): string | undefined {
  try {
    fn()
  } catch (error) {
    if (error instanceof AppError) return String(error.details?.rule)
    throw error
  }
  return undefined
}

describe('offline policy', () => {
  it('does not apply to a terminal that is not enrolled', async () => {
    const { sync } = await engine(null)
    expect(sync.isOffline()).toBe(false)
    expect(refusal(() => sync.checkOffline('exams.allocate', 'online_only', {}))).toBeUndefined()
    expect(sync.state()).toMatchObject({ enrolled: false, state: 'never', offlineAllowance: null })
  })

  it('allows everything while the last sync is recent and succeeded', async () => {
    const { sync } = await engine({ lastSuccessAt: '2026-11-25T01:59:00Z', failures: 0 })
    expect(sync.isOffline()).toBe(false)
    expect(refusal(() => sync.checkOffline('exams.allocate', 'online_only', {}))).toBeUndefined()
    expect(refusal(() => sync.checkOffline('payments.pay', 'capped', { channel: 'card', expectedTotalFen: 900_000 }))).toBeUndefined()
    expect(sync.state()).toMatchObject({ state: 'online', offlineAllowance: null })
  })

  it('counts as offline after a failed attempt, or when the last success is too old', async () => {
    expect((await engine({ lastSuccessAt: '2026-11-25T01:59:00Z', failures: 1 })).sync.isOffline()).toBe(true)
    expect((await engine({ lastSuccessAt: '2026-11-25T01:57:59Z', failures: 0 })).sync.isOffline()).toBe(true)
  })

  it('refuses online-only commands offline, naming the rule', async () => {
    const { sync } = await engine({ lastSuccessAt: '2026-11-25T00:00:00Z', failures: 3 })
    expect(refusal(() => sync.checkOffline('exams.allocate', 'online_only', {}))).toBe('OFFLINE_ONLINE_ONLY')
    expect(refusal(() => sync.checkOffline('me.updateContacts', 'allowed', {}))).toBeUndefined()
  })

  it('caps card payments offline by amount and by count since the last sync; cash is always taken', async () => {
    const { db, sync } = await engine({ lastSuccessAt: '2026-11-25T00:00:00Z', failures: 3 })
    expect(refusal(() => sync.checkOffline('payments.pay', 'capped', { channel: 'card', expectedTotalFen: 50_001 }))).toBe('OFFLINE_CARD_AMOUNT_CAP')
    expect(refusal(() => sync.checkOffline('payments.pay', 'capped', { channel: 'card', expectedTotalFen: 50_000 }))).toBeUndefined()
    expect(refusal(() => sync.checkOffline('payments.pay', 'capped', { channel: 'cash', expectedTotalFen: 900_000 }))).toBeUndefined()
    cardPayment(db, 'p-before', 'approved', '2026-11-24T23:00:00Z') // before the last sync: not counted
    cardPayment(db, 'p-declined', 'declined')
    cardPayment(db, 'p1', 'approved')
    expect(sync.state().offlineAllowance).toEqual({ cardPaymentsLeft: 1, cardMaxAmountFen: 50_000 })
    cardPayment(db, 'p2', 'approved')
    expect(refusal(() => sync.checkOffline('payments.pay', 'capped', { channel: 'card', expectedTotalFen: 100 }))).toBe('OFFLINE_CARD_COUNT_CAP')
    expect(sync.state()).toMatchObject({ state: 'offline', offlineAllowance: { cardPaymentsLeft: 0 } })
  })
})
