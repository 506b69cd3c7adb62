import { createPinia } from 'pinia'
import { describe, expect, it } from 'vitest'
import { createApp } from 'vue'
import type { RpcResult } from '../../../src-shared/contract'
import { apiPlugin } from '../api'
import { createApiClient } from '../api/client'
import { useTerminalStore, type SystemInfo } from './terminal'

const info: SystemInfo = {
  appVersion: '0.1.0',
  terminal: { id: 't1', name: '3 号窗口', mode: 'counter', officeCode: '370100', officeName: '济南市公安局交通警察支队车辆管理所', demo: true, enrolled: false },
  counts: { citizens: 1, licences: 1, vehicles: 1, violations: 1, examPlans: 1 },
  database: { sizeBytes: 4096, schemaVersion: '0001', integrity: 'ok', journalMode: 'wal' },
  sync: { state: 'never', enrolled: false, lastSyncAt: null, queueDepth: 0, oldestPendingAt: null, openTasks: 0, offlineAllowance: null },
  session: { role: 'anonymous' }
}

/** A store wired to a transport whose answers the test releases one by one. */
function storeWithPendingAnswers() {
  const pending: Array<(result: RpcResult<unknown>) => void> = []
  const client = createApiClient({
    invoke: () => new Promise((resolve) => pending.push(resolve)),
    on: () => () => undefined
  })
  const pinia = createPinia()
  createApp({}).use(apiPlugin(client)).use(pinia)
  return { store: useTerminalStore(pinia), pending }
}

describe('terminal store', () => {
  it('keeps the facts and the sync state of a successful refresh', async () => {
    const { store, pending } = storeWithPendingAnswers()
    const refreshing = store.refresh()
    expect(store.loading).toBe(true)
    pending[0]!({ ok: true, value: info })
    await refreshing
    expect(store.loading).toBe(false)
    expect(store.mode).toBe('counter')
    expect(store.demo).toBe(true)
    expect(store.sync).toEqual(info.sync)
    expect(store.error).toBeNull()
  })

  it('keeps a refusal as its error instead of throwing', async () => {
    const { store, pending } = storeWithPendingAnswers()
    const refreshing = store.refresh()
    pending[0]!({ ok: false, error: { code: 'TRANSPORT_ERROR', message: 'down' } })
    await refreshing
    expect(store.error).toMatchObject({ code: 'TRANSPORT_ERROR' })
    expect(store.info).toBeNull()
  })

  it('lets only the newest refresh write, whatever order the answers come in', async () => {
    const { store, pending } = storeWithPendingAnswers()
    const first = store.refresh()
    const second = store.refresh()
    pending[1]!({ ok: true, value: { ...info, session: { role: 'clerk' } } })
    await second
    pending[0]!({ ok: true, value: info })
    await first
    expect(store.info?.session.role).toBe('clerk')
    expect(store.loading).toBe(false)
  })

  it('follows pushed sync states', () => {
    const { store } = storeWithPendingAnswers()
    store.applySyncStatus({
      state: 'offline',
      enrolled: true,
      lastSyncAt: null,
      queueDepth: 4,
      oldestPendingAt: '2026-11-25T01:00:00Z',
      openTasks: 2,
      offlineAllowance: { cardPaymentsLeft: 3, cardMaxAmountFen: 200_000 }
    })
    expect(store.sync?.queueDepth).toBe(4)
    expect(store.sync?.openTasks).toBe(2)
    expect(store.sync?.offlineAllowance).toEqual({ cardPaymentsLeft: 3, cardMaxAmountFen: 200_000 })
  })
})
