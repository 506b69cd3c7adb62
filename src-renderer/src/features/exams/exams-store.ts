import { defineStore } from 'pinia'
import { computed, ref, shallowRef, watch } from 'vue'
import type { AppContract, InputOf, OutputOf } from '../../../../src-shared/contract'
import { useApi } from '../../api'
import { useSessionStore } from '../../stores/session'

export type ExamsOverview = OutputOf<AppContract, 'exams.overview'>
export type ExamBooking = ExamsOverview['bookings'][number]
export type ExamPlan = OutputOf<AppContract, 'exams.plans'>['plans'][number]
export type ExamSession = ExamPlan['sessions'][number]
export type BookInput = InputOf<AppContract, 'exams.book'>
export type ExamOutcome = InputOf<AppContract, 'exams.recordResult'>['result']
export type ApplicationInput = InputOf<AppContract, 'exams.acceptApplication'>

/** Where the applicant is: reading their bookings and the open plans, filling in one plan's application, reading the booking made. */
export type ExamsStep = 'list' | 'book' | 'result'

/**
 * 考试预约: the applicant's permit and bookings, the open plans, and the booking flow. It is a
 * store so that `useSessionReset` can drop it; what it holds is only what is on screen — main
 * keeps the bookings, so dropping this (idle reset, sign-out, next citizen) loses nothing.
 */
export const useExamsStore = defineStore('exams', () => {
  const api = useApi()
  const session = useSessionStore()

  const overview = shallowRef<ExamsOverview | null>(null)
  const plans = shallowRef<ExamPlan[] | null>(null)
  const loading = ref(false)
  const loadError = shallowRef<unknown>(null)

  const step = ref<ExamsStep>('list')
  const planId = ref<string | null>(null)
  const booked = shallowRef<ExamBooking | null>(null)
  const busy = ref(false)
  /** The last refusal of booking or cancelling, for an ErrorNotice. */
  const actionError = shallowRef<unknown>(null)

  const plan = computed(() => plans.value?.find((each) => each.id === planId.value) ?? null)

  // Every reset starts a new generation; an answer for an older one belongs to a screen that is gone.
  let generation = 0
  // Only the newest read may write, so a slow earlier answer cannot replace a later one.
  let latestRead = 0

  async function load(): Promise<void> {
    const mine = generation
    const read = ++latestRead
    const current = (): boolean => mine === generation && read === latestRead
    loading.value = true
    try {
      const [nextOverview, nextPlans] = await Promise.all([api.call('exams.overview', {}), api.call('exams.plans', {})])
      if (!current()) return
      overview.value = nextOverview
      plans.value = nextPlans.plans
      loadError.value = null
    } catch (caught) {
      if (current()) loadError.value = caught
    } finally {
      if (current()) loading.value = false
    }
  }

  function startBooking(id: string): void {
    planId.value = id
    booked.value = null
    actionError.value = null
    step.value = 'book'
  }

  function backToList(): void {
    step.value = 'list'
    planId.value = null
    booked.value = null
    actionError.value = null
    void load()
  }

  async function book(input: BookInput): Promise<void> {
    if (busy.value) return
    const mine = generation
    busy.value = true
    actionError.value = null
    try {
      const answer = await api.call('exams.book', input)
      if (mine !== generation) return
      booked.value = answer
      step.value = 'result'
    } catch (caught) {
      if (mine === generation) actionError.value = caught
    } finally {
      if (mine === generation) busy.value = false
    }
  }

  /** Cancels and reads everything again; true when main cancelled it. */
  /**
   * One change made from the list (cancel, record a result, accept an application): main does
   * it, then everything is read again. True when main did it; its refusal is kept for the dialog.
   */
  async function act(change: () => Promise<unknown>): Promise<boolean> {
    if (busy.value) return false
    const mine = generation
    busy.value = true
    actionError.value = null
    try {
      await change()
      if (mine !== generation) return false
      busy.value = false
      await load()
      return true
    } catch (caught) {
      if (mine === generation) actionError.value = caught
      return false
    } finally {
      if (mine === generation) busy.value = false
    }
  }

  function cancel(bookingId: string): Promise<boolean> {
    return act(async () => {
      const answer = await api.call('exams.cancel', { bookingId })
      if (booked.value?.id === answer.id) booked.value = answer
    })
  }

  /** Records a seat's result (counter staff). */
  function recordResult(bookingId: string, result: ExamOutcome): Promise<boolean> {
    return act(() => api.call('exams.recordResult', { bookingId, result }))
  }

  /** Accepts a licence application for the served citizen (counter, 受理 or 重新申请). */
  function acceptApplication(request: ApplicationInput): Promise<boolean> {
    return act(() => api.call('exams.acceptApplication', request))
  }

  function reset(): void {
    generation += 1
    overview.value = null
    plans.value = null
    loading.value = false
    loadError.value = null
    step.value = 'list'
    planId.value = null
    booked.value = null
    busy.value = false
    actionError.value = null
  }

  // The bookings belong to one person: a clerk ending service or serving someone else starts afresh.
  const subject = computed(() => `${session.role}|${session.view?.displayName ?? ''}|${session.actingFor?.citizenId ?? ''}`)
  watch(subject, reset)

  return { overview, plans, loading, loadError, step, planId, plan, booked, busy, actionError, load, startBooking, backToList, book, cancel, recordResult, acceptApplication, reset }
})
