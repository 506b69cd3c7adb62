import { useIntervalFn } from '@vueuse/core'
import { shallowRef } from 'vue'
import type { AppContract, OutputOf } from '../../../src-shared/contract'
import { useApi } from '../api'

export type CardState = OutputOf<AppContract, 'idcard.status'>

/** About as fast as a person places a card and looks up at the screen. */
const POLL_MS = 1000

/**
 * The ID-card reader's state, read every second for as long as the calling component lives
 * (the interval stops with its scope). A poll is skipped while the previous one is still out,
 * so a slow reader never piles requests up.
 */
export function useCardReader() {
  const api = useApi()
  const state = shallowRef<CardState | null>(null)
  const error = shallowRef<unknown>(null)
  let inFlight = false

  async function poll(): Promise<void> {
    if (inFlight) return
    inFlight = true
    try {
      state.value = await api.call('idcard.status', {})
      error.value = null
    } catch (caught) {
      error.value = caught
    } finally {
      inFlight = false
    }
  }

  /** An answer that already carries the new state (the simulator's) shows without waiting for the next poll. */
  function show(next: CardState): void {
    state.value = next
    error.value = null
  }

  useIntervalFn(poll, POLL_MS, { immediateCallback: true })

  return { state, error, show }
}
