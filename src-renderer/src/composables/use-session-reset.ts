import { useRouter } from 'vue-router'
import { useExamsStore } from '../features/exams/exams-store'
import { usePaymentFlowStore } from '../features/violations/payment-flow'
import { useLocaleStore } from '../stores/locale'
import { useSessionStore } from '../stores/session'
import { useTerminalStore } from '../stores/terminal'

/**
 * Drops everything a session held: each store's own `reset()` (setup stores have no
 * `$reset`), then back to the home page so nothing of the previous person stays on screen;
 * forms live in their screens and go with them. Every new store must be added here.
 */
export function useSessionReset(): () => Promise<void> {
  const router = useRouter()
  const locale = useLocaleStore()
  const session = useSessionStore()
  const terminal = useTerminalStore()
  const paymentFlow = usePaymentFlowStore()
  const exams = useExamsStore()

  return async function resetSession(): Promise<void> {
    locale.reset()
    // Only the screen's flow is dropped; a payment already sent stays in main's journal.
    paymentFlow.reset()
    exams.reset()
    await Promise.all([session.reset(), terminal.reset(), router.replace({ name: 'home' })])
  }
}
