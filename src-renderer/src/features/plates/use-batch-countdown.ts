import { useIntervalFn, useNow } from '@vueuse/core'
import { computed, ref, watch } from 'vue'
import { BATCH_SECONDS, batchStartedAt, memoryStore, secondsLeft, type ClockStore } from './batch-clock'

/** The window's session storage, or memory where it cannot be used. */
function sessionStore(): ClockStore {
  try {
    if (typeof window !== 'undefined' && window.sessionStorage) return window.sessionStorage
  } catch {
    // Storage denied: fall through to memory.
  }
  return memoryStore()
}

const store = sessionStore()

/**
 * The clock of the current random batch (see batch-clock.ts): seconds left and whether it has
 * run out, for the batch `current()` names (its VIN and 1-based number), or none.
 */
export function useBatchCountdown(current: () => { vin: string; number: number } | null) {
  const now = useNow({ scheduler: (tick) => useIntervalFn(tick, 500) })
  const startedAt = ref<number | null>(null)

  watch(
    () => {
      const batch = current()
      return batch ? `${batch.vin}:${batch.number}` : null
    },
    () => {
      const batch = current()
      startedAt.value = batch ? batchStartedAt(store, batch.vin, batch.number, Date.now()) : null
    },
    { immediate: true }
  )

  const seconds = computed(() => (startedAt.value === null ? 0 : secondsLeft(startedAt.value, Math.max(now.value.getTime(), startedAt.value))))
  const expired = computed(() => startedAt.value !== null && seconds.value === 0)
  return { seconds, expired, limit: BATCH_SECONDS }
}
