import { defineStore } from 'pinia'
import { computed, ref, shallowRef, watch } from 'vue'
import type { AppContract, OutputOf } from '../../../../src-shared/contract'
import { ApiError, useApi } from '../../api'
import { useSessionStore } from '../../stores/session'

export type Quote = OutputOf<AppContract, 'violations.quote'>
export type PaymentAnswer = OutputOf<AppContract, 'payments.pay'>
export type Channel = 'card' | 'cash'

/** Where the person is in handling and paying: choosing records, checking the quote, at the card terminal, reading the outcome. */
export type FlowStep = 'select' | 'confirm' | 'paying' | 'result'

/**
 * The selection and payment flow of the violations screen. It lives in a store so that a
 * payment answer arriving after the person looked away still lands on the result screen; it
 * holds only what is on screen — the payment itself is journalled by main before the card
 * terminal is called, so dropping this state (idle reset, sign-out, next citizen) never loses
 * or repeats a payment.
 */
export const usePaymentFlowStore = defineStore('payment-flow', () => {
  const api = useApi()
  const session = useSessionStore()

  const selected = ref<string[]>([])
  const step = ref<FlowStep>('select')
  const quote = shallowRef<Quote | null>(null)
  const quoting = ref(false)
  const channel = ref<Channel>('card')
  const payment = shallowRef<PaymentAnswer | null>(null)
  const recovering = ref(false)
  /** Whether the outcome shown came from asking the terminal afterwards, not from the sale itself. */
  const recovered = ref(false)
  /** The last refusal or failure of quoting, paying or recovering, for an ErrorNotice. */
  const error = shallowRef<unknown>(null)

  /** Cash is taken only by a clerk at a counter (main refuses it anywhere else). */
  const cashAllowed = computed(() => session.role === 'clerk' && session.view?.mode === 'counter')

  // Every reset starts a new generation; an answer for an older one belongs to a screen that is gone.
  let generation = 0

  function isSelected(id: string): boolean {
    return selected.value.includes(id)
  }

  function setSelected(id: string, on: boolean): void {
    if (on && !isSelected(id)) selected.value = [...selected.value, id]
    if (!on) selected.value = selected.value.filter((each) => each !== id)
  }

  /** After the list is read again, a record that can no longer be paid here leaves the selection. */
  function keepOnly(payableIds: readonly string[]): void {
    const payable = new Set(payableIds)
    selected.value = selected.value.filter((id) => payable.has(id))
  }

  async function requote(): Promise<void> {
    const mine = generation
    quoting.value = true
    error.value = null
    try {
      const answer = await api.call('violations.quote', { violationIds: [...selected.value] })
      if (mine !== generation) return
      quote.value = answer
    } catch (caught) {
      if (mine !== generation) return
      quote.value = null
      error.value = caught
    } finally {
      if (mine === generation) quoting.value = false
    }
  }

  /** Go on to the confirmation: main prices the selection and checks every rule on it. */
  async function review(): Promise<void> {
    if (selected.value.length === 0) return
    if (!cashAllowed.value) channel.value = 'card'
    step.value = 'confirm'
    payment.value = null
    recovered.value = false
    quote.value = null
    await requote()
  }

  function backToList(): void {
    step.value = 'select'
    quote.value = null
    error.value = null
  }

  async function pay(): Promise<void> {
    const priced = quote.value
    if (!priced || step.value !== 'confirm') return
    const mine = generation
    step.value = 'paying'
    error.value = null
    try {
      // The total the person was shown: if today's total differs, main refuses instead of charging it.
      const answer = await api.call('payments.pay', { violationIds: priced.lines.map((line) => line.violationId), channel: channel.value, expectedTotalFen: priced.totalFen })
      if (mine !== generation) return
      payment.value = answer
      step.value = 'result'
      if (answer.outcome === 'approved') selected.value = []
    } catch (caught) {
      if (mine !== generation) return
      step.value = 'confirm'
      error.value = caught
      // A changed amount (a late fee that grew overnight) is shown anew for the person to confirm.
      if (caught instanceof ApiError && caught.details?.['rule'] === 'PAY_AMOUNT_CHANGED') {
        const refusal = caught
        await requote()
        if (mine === generation) error.value = refusal
      }
    }
  }

  /**
   * Staff only: ask the card terminal about payments whose outcome is unknown. Main queries by
   * reference and never charges again; this payment's new outcome replaces the unknown one.
   */
  async function recover(): Promise<void> {
    const current = payment.value
    if (!current || current.outcome !== 'unknown') return
    const mine = generation
    recovering.value = true
    error.value = null
    try {
      const { resolved } = await api.call('payments.recover', {})
      if (mine !== generation) return
      const outcome = resolved.find((each) => each.paymentId === current.paymentId)?.outcome ?? 'unknown'
      const receipt = outcome === 'approved' ? await receiptOf(current.paymentId) : null
      if (mine !== generation) return
      payment.value = { ...current, outcome, receipt }
      recovered.value = true
      if (outcome === 'approved') selected.value = []
    } catch (caught) {
      if (mine === generation) error.value = caught
    } finally {
      if (mine === generation) recovering.value = false
    }
  }

  /**
   * Recovery answers outcomes, not receipts; at the counter the receipt of the recovered payment
   * is found among the day's receipts, which name their payment.
   */
  async function receiptOf(paymentId: string): Promise<PaymentAnswer['receipt']> {
    if (session.view?.mode !== 'counter') return null
    const day = await api.call('dayclose.preview', {})
    const found = day.receipts.find((receipt) => receipt.paymentId === paymentId)
    return found ? { number: found.number, issuedAt: found.issuedAt, amountFen: found.amountFen, channel: found.channel, copy: found.copy } : null
  }

  function finish(): void {
    step.value = 'select'
    quote.value = null
    payment.value = null
    recovered.value = false
    error.value = null
  }

  function reset(): void {
    generation += 1
    selected.value = []
    step.value = 'select'
    quote.value = null
    quoting.value = false
    channel.value = 'card'
    payment.value = null
    recovering.value = false
    recovered.value = false
    error.value = null
  }

  // The flow belongs to one person: a clerk ending service or serving someone else starts afresh.
  const subject = computed(() => `${session.role}|${session.view?.displayName ?? ''}|${session.actingFor?.citizenId ?? ''}`)
  watch(subject, reset)

  return {
    selected,
    step,
    quote,
    quoting,
    channel,
    payment,
    recovering,
    recovered,
    error,
    cashAllowed,
    isSelected,
    setSelected,
    keepOnly,
    review,
    backToList,
    pay,
    recover,
    finish,
    reset
  }
})
