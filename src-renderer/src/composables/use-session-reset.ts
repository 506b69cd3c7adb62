import { useRouter } from 'vue-router'
import { useLocaleStore } from '../stores/locale'
import { useTerminalStore } from '../stores/terminal'

/**
 * Drops everything a session held: each store's own `reset()` (setup stores have no
 * `$reset`), then back to the home page so nothing of the previous person stays on screen.
 * Every new store must be added here.
 */
export function useSessionReset(): () => Promise<void> {
  const router = useRouter()
  const locale = useLocaleStore()
  const terminal = useTerminalStore()

  return async function resetSession(): Promise<void> {
    locale.reset()
    await Promise.all([terminal.reset(), router.replace({ name: 'home' })])
  }
}
