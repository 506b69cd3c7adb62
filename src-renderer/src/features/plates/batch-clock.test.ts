import { describe, expect, it } from 'vitest'
import { BATCH_SECONDS, batchStartedAt, memoryStore, secondsLeft, type ClockStore } from './batch-clock'

describe('batch clock', () => {
  it('starts a batch the first time it is shown and keeps that start', () => {
    const store = memoryStore()
    expect(batchStartedAt(store, 'VIN1', 1, 1_000)).toBe(1_000)
    expect(batchStartedAt(store, 'VIN1', 1, 50_000)).toBe(1_000)
    // Another batch, or another VIN, has its own clock.
    expect(batchStartedAt(store, 'VIN1', 2, 50_000)).toBe(50_000)
    expect(batchStartedAt(store, 'VIN2', 1, 60_000)).toBe(60_000)
  })

  it('counts whole seconds down to 0 at 90 seconds', () => {
    expect(BATCH_SECONDS).toBe(90)
    expect(secondsLeft(0, 0)).toBe(90)
    expect(secondsLeft(0, 500)).toBe(90)
    expect(secondsLeft(0, 1_000)).toBe(89)
    expect(secondsLeft(0, 89_001)).toBe(1)
    expect(secondsLeft(0, 90_000)).toBe(0)
    expect(secondsLeft(0, 500_000)).toBe(0)
  })

  it('restarts from now for a start in the future or one that cannot be read', () => {
    const store = memoryStore()
    store.setItem('plates.batch:VIN1:1', '99999')
    expect(batchStartedAt(store, 'VIN1', 1, 1_000)).toBe(1_000)
    store.setItem('plates.batch:VIN1:2', 'garbage')
    expect(batchStartedAt(store, 'VIN1', 2, 2_000)).toBe(2_000)
  })

  it('still runs when storage fails', () => {
    const broken: ClockStore = {
      getItem: () => {
        throw new Error('denied')
      },
      setItem: () => {
        throw new Error('denied')
      }
    }
    expect(batchStartedAt(broken, 'VIN1', 1, 5_000)).toBe(5_000)
  })
})
