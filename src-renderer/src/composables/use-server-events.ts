import { onScopeDispose } from 'vue'
import { useApi } from '../api'
import { useTerminalStore } from '../stores/terminal'
import { useSessionReset } from './use-session-reset'

/** Follows main's pushed events for as long as the calling component lives. */
export function useServerEvents(): void {
  const api = useApi()
  const terminal = useTerminalStore()
  const resetSession = useSessionReset()

  const stops = [
    api.on('sync.status', (state) => terminal.applySyncStatus(state)),
    api.on('session.reset', () => {
      void resetSession()
    })
  ]

  onScopeDispose(() => {
    for (const stop of stops) stop()
  })
}
