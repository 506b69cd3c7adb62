import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import type { AppContract, OutputOf, SyncState } from '../../../src-shared/contract'
import { useApi } from '../api'

export type SystemInfo = OutputOf<AppContract, 'system.info'>

/** Facts about this terminal from `system.info`, plus the live sync state pushed by main. */
export const useTerminalStore = defineStore('terminal', () => {
  const api = useApi()

  const info = shallowRef<SystemInfo | null>(null)
  /** Starts from `system.info` and then follows `sync.status` events. */
  const sync = shallowRef<SyncState | null>(null)
  const loading = ref(false)
  const error = shallowRef<unknown>(null)

  const mode = computed(() => info.value?.terminal.mode ?? null)
  const demo = computed(() => info.value?.terminal.demo ?? false)

  // Only the newest request may write, so a slow earlier answer cannot overwrite a later one.
  let latestRequest = 0

  /** Never throws: a failure is kept in `error` for the screen to explain. */
  async function refresh(): Promise<void> {
    const request = ++latestRequest
    loading.value = true
    try {
      const value = await api.call('system.info', {})
      if (request !== latestRequest) return
      info.value = value
      sync.value = value.sync
      error.value = null
    } catch (caught) {
      if (request !== latestRequest) return
      error.value = caught
    } finally {
      if (request === latestRequest) loading.value = false
    }
  }

  function applySyncStatus(state: SyncState): void {
    sync.value = state
  }

  /**
   * The terminal's own facts outlive a session, but the session role in them does not, so a
   * reset reads them again instead of blanking the screen (the demo banner must never drop).
   */
  async function reset(): Promise<void> {
    error.value = null
    await refresh()
  }

  return { info, sync, loading, error, mode, demo, refresh, applySyncStatus, reset }
})
