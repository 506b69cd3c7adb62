import { describe, expect, it } from 'vitest'
import type { SyncState } from '../../../../src-shared/contract'
import { badgeState, clockReading, commandKey, lastRunSucceeded, msSince, offlineCardCheck, partitionProgress, SYNC_REASON_CODES, wholeDuration } from './sync-figures'

const state: SyncState = { state: 'online', enrolled: true, lastSyncAt: null, queueDepth: 0, oldestPendingAt: null, openTasks: 0, offlineAllowance: null }

describe('wholeDuration', () => {
  it('uses the largest whole unit, rounding down', () => {
    expect(wholeDuration(0)).toEqual({ unit: 'seconds', count: 0 })
    expect(wholeDuration(59_999)).toEqual({ unit: 'seconds', count: 59 })
    expect(wholeDuration(90_000)).toEqual({ unit: 'minutes', count: 1 })
    expect(wholeDuration(3_599_999)).toEqual({ unit: 'minutes', count: 59 })
    expect(wholeDuration(30 * 3_600_000)).toEqual({ unit: 'hours', count: 30 })
    expect(wholeDuration(49 * 3_600_000)).toEqual({ unit: 'days', count: 2 })
  })

  it('drops the sign', () => {
    expect(wholeDuration(-120_000)).toEqual({ unit: 'minutes', count: 2 })
  })
})

describe('msSince', () => {
  const now = Date.parse('2026-11-25T02:00:00Z')
  it('is positive for the past, negative for the future, null when absent or unreadable', () => {
    expect(msSince('2026-11-25T01:59:30Z', now)).toBe(30_000)
    expect(msSince('2026-11-25T02:00:10Z', now)).toBe(-10_000)
    expect(msSince(null, now)).toBeNull()
    expect(msSince('not a time', now)).toBeNull()
  })
})

describe('clockReading', () => {
  it('reads central minus terminal: positive means this terminal is behind', () => {
    expect(clockReading(null)).toEqual({ kind: 'unknown' })
    expect(clockReading(999)).toEqual({ kind: 'inSync' })
    expect(clockReading(-999)).toEqual({ kind: 'inSync' })
    expect(clockReading(5_000)).toEqual({ kind: 'behind', ms: 5_000, warn: false })
    expect(clockReading(-5_000)).toEqual({ kind: 'ahead', ms: 5_000, warn: false })
  })

  it('warns from a minute on', () => {
    expect(clockReading(59_999)).toMatchObject({ warn: false })
    expect(clockReading(-60_000)).toMatchObject({ kind: 'ahead', warn: true })
  })
})

describe('partitionProgress', () => {
  it('tells snapshotting, unknown head, caught up and behind apart', () => {
    expect(partitionProgress({ cursor: 0, head: 10, snapshotting: true })).toEqual({ state: 'snapshotting' })
    expect(partitionProgress({ cursor: 4, head: null, snapshotting: false })).toEqual({ state: 'unknown' })
    expect(partitionProgress({ cursor: 10, head: 10, snapshotting: false })).toEqual({ state: 'caughtUp' })
    expect(partitionProgress({ cursor: 7, head: 10, snapshotting: false })).toEqual({ state: 'behind', by: 3 })
  })
})

describe('badgeState', () => {
  it('says standalone for a terminal that is not enrolled, whatever its state', () => {
    expect(badgeState(null)).toBe('unknown')
    expect(badgeState({ ...state, enrolled: false, state: 'never' })).toBe('standalone')
    expect(badgeState({ ...state, state: 'offline' })).toBe('offline')
    expect(badgeState({ ...state, state: 'never' })).toBe('never')
  })
})

describe('offlineCardCheck', () => {
  const allowance = { cardPaymentsLeft: 3, cardMaxAmountFen: 200_000 }
  it('has nothing to say while online', () => {
    expect(offlineCardCheck(null, 1_000_000)).toBe('online')
  })

  it('checks the count first, then the amount, with the cap itself allowed', () => {
    expect(offlineCardCheck({ ...allowance, cardPaymentsLeft: 0 }, 100)).toBe('noneLeft')
    expect(offlineCardCheck(allowance, 200_000)).toBe('within')
    expect(offlineCardCheck(allowance, 200_001)).toBe('overAmount')
  })
})

describe('sync reasons', () => {
  it('translate the central rules and the offline refusals, not generic codes', () => {
    expect(SYNC_REASON_CODES.has('PAYMENT_DUPLICATE')).toBe(true)
    expect(SYNC_REASON_CODES.has('CENTRAL_UNREACHABLE')).toBe(true)
    expect(SYNC_REASON_CODES.has('CLOCK_SKEW')).toBe(true)
    expect(SYNC_REASON_CODES.has('INTERNAL')).toBe(false)
  })

  it('turn a method name into a locale key', () => {
    expect(commandKey('payments.pay')).toBe('payments_pay')
  })
})

describe('lastRunSucceeded', () => {
  const error = { code: 'TIMEOUT', message: 'timed out', at: '2026-11-25T02:00:00Z' }
  it('is true when the last successful sync is no older than the last error', () => {
    expect(lastRunSucceeded({ lastSyncAt: '2026-11-25T02:00:05Z', lastError: null })).toBe(true)
    expect(lastRunSucceeded({ lastSyncAt: '2026-11-25T02:00:05Z', lastError: error })).toBe(true)
    expect(lastRunSucceeded({ lastSyncAt: '2026-11-25T01:59:00Z', lastError: error })).toBe(false)
    expect(lastRunSucceeded({ lastSyncAt: null, lastError: error })).toBe(false)
    expect(lastRunSucceeded({ lastSyncAt: null, lastError: null })).toBe(false)
  })
})
