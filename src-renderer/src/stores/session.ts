import { defineStore } from 'pinia'
import { computed, shallowRef } from 'vue'
import type { Role, SessionView } from '../../../src-shared/contract'
import { useApi } from '../api'

/**
 * Who is signed in at this terminal and whom a clerk is serving, as main reports it
 * (`auth.session`). Every call that changes the session answers with the new view, which is
 * applied here, so the screen never guesses.
 */
export const useSessionStore = defineStore('session', () => {
  const api = useApi()

  const view = shallowRef<SessionView | null>(null)
  const error = shallowRef<unknown>(null)

  const role = computed<Role>(() => view.value?.role ?? 'anonymous')
  const signedIn = computed(() => role.value !== 'anonymous')
  const actingFor = computed(() => view.value?.actingFor ?? null)

  // Only the newest answer may write, so a slow refresh cannot undo a sign-in applied after it.
  let latestRequest = 0
  let firstLoad: Promise<void> | null = null

  /** Never throws: a failure is kept in `error`, and the screen then treats the user as anonymous. */
  async function refresh(): Promise<void> {
    const request = ++latestRequest
    try {
      const value = await api.call('auth.session', {})
      if (request !== latestRequest) return
      view.value = value
      error.value = null
    } catch (caught) {
      if (request !== latestRequest) return
      error.value = caught
    }
  }

  /** The first read, shared by start-up and the route guard so neither runs ahead of it. */
  function ready(): Promise<void> {
    firstLoad ??= refresh()
    return firstLoad
  }

  function apply(next: SessionView): void {
    latestRequest += 1
    view.value = next
    error.value = null
  }

  async function endService(): Promise<void> {
    apply(await api.call('counter.endService', {}))
  }

  /** Main has already dropped the identity; read the anonymous session it left. */
  async function reset(): Promise<void> {
    await refresh()
  }

  return { view, error, role, signedIn, actingFor, refresh, ready, apply, endService, reset }
})
