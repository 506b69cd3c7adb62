import { useIdle, useIntervalFn } from '@vueuse/core'
import { usePaymentFlowStore } from '../features/violations/payment-flow'
import { computed, effectScope, onScopeDispose, ref, watch, type EffectScope } from 'vue'
import { useRoute } from 'vue-router'
import { useApi } from '../api'
import { useSessionStore } from '../stores/session'
import { useSessionReset } from './use-session-reset'

/** The warning before an idle kiosk signs out, long enough to read it and touch "continue". */
const WARNING_SECONDS = 15

/**
 * Touches, clicks, keys and on-screen keyboards (which may send input without keydown) all
 * count as someone still being there.
 */
const ACTIVITY_EVENTS = ['pointerdown', 'mousedown', 'mousemove', 'touchstart', 'keydown', 'input', 'wheel'] as const

/**
 * The kiosk's idle reset. Whenever someone is signed in, or any screen but home is open, a
 * period without activity (main's `idleSeconds` minus the warning) opens a countdown; at zero
 * the session is signed out and every store reset, so the next person finds nothing of the
 * last one. Counter terminals have no idle timeout (`idleSeconds` is null there).
 */
export function useIdleReset() {
  const api = useApi()
  const session = useSessionStore()
  const route = useRoute()
  const resetSession = useSessionReset()

  const paymentFlow = usePaymentFlowStore()

  const idleSeconds = computed(() => (session.view?.mode === 'kiosk' ? session.view.idleSeconds : null))
  // A citizen at the card terminal is busy with the device, not the screen: never reset mid-payment.
  const watching = computed(() => idleSeconds.value !== null && paymentFlow.step !== 'paying' && (session.signedIn || route.name !== 'home'))

  const counting = ref(false)
  const secondsLeft = ref(0)
  const countdown = useIntervalFn(tick, 1000, { immediate: false })

  let restartIdle: () => void = () => undefined
  let tracking: EffectScope | null = null

  function startCountdown(seconds: number): void {
    secondsLeft.value = seconds
    counting.value = true
    countdown.resume()
  }

  function stopCountdown(): void {
    countdown.pause()
    counting.value = false
  }

  function tick(): void {
    secondsLeft.value -= 1
    if (secondsLeft.value <= 0) void expire()
  }

  async function expire(): Promise<void> {
    stopCountdown()
    // Main may have ended the session on its own clock already; the screen is reset either way.
    if (session.signedIn) await api.call('auth.signOut', { reason: 'idle' }).catch(() => undefined)
    await resetSession()
  }

  function keepGoing(): void {
    stopCountdown()
    restartIdle()
  }

  // The timeout comes from main and fixes useIdle's timer, so a new value builds a new tracker.
  function track(seconds: number | null): void {
    tracking?.stop()
    tracking = null
    stopCountdown()
    if (seconds === null) return
    const warning = Math.min(WARNING_SECONDS, Math.floor(seconds / 2))
    tracking = effectScope(true)
    tracking.run(() => {
      const { idle, reset } = useIdle((seconds - warning) * 1000, { events: [...ACTIVITY_EVENTS] })
      restartIdle = reset
      watch(idle, (isIdle) => {
        if (isIdle && watching.value && !counting.value) startCountdown(warning)
      })
    })
  }

  watch(idleSeconds, track, { immediate: true })
  watch(watching, (on) => {
    if (on) restartIdle()
    else stopCountdown()
  })
  onScopeDispose(() => tracking?.stop())

  return { counting, secondsLeft, keepGoing }
}
