import { createPinia } from 'pinia'
import { describe, expect, it } from 'vitest'
import { createApp } from 'vue'
import type { RpcResult, SessionView } from '../../../../src-shared/contract'
import { apiPlugin } from '../../api'
import { createApiClient } from '../../api/client'
import { useSessionStore } from '../../stores/session'
import { usePaymentFlowStore, type Quote } from './payment-flow'

const citizen: SessionView = { role: 'citizen', displayName: '王霞凤', mode: 'kiosk', idleSeconds: 90, actingFor: null }
const quote: Quote = {
  lines: [
    { violationId: 'a', decisionNumber: null, description: '机动车违反禁令标志指示的', fineFen: 10_000, surchargeFen: 0, totalFen: 10_000, points: 1, handling: true },
    { violationId: 'b', decisionNumber: null, description: '机动车逆向行驶的', fineFen: 20_000, surchargeFen: 0, totalFen: 20_000, points: 3, handling: true }
  ],
  totalFen: 30_000,
  pointsAfter: 4
}

interface Call {
  method: string
  input: unknown
  answer: (result: RpcResult<unknown>) => void
}

/** A flow store whose calls the test answers one by one, with a citizen signed in. */
function flowWithPendingCalls() {
  const calls: Call[] = []
  const client = createApiClient({
    invoke: (method, input) => new Promise((answer) => calls.push({ method, input, answer })),
    on: () => () => undefined
  })
  const pinia = createPinia()
  createApp({}).use(apiPlugin(client)).use(pinia)
  useSessionStore(pinia).apply(citizen)
  const flow = usePaymentFlowStore(pinia)
  const settle = async (): Promise<void> => {
    await new Promise((resolve) => setTimeout(resolve, 0))
  }
  return { flow, calls, settle, session: useSessionStore(pinia) }
}

async function confirmed() {
  const setup = flowWithPendingCalls()
  const { flow, calls, settle } = setup
  flow.setSelected('a', true)
  flow.setSelected('b', true)
  const reviewing = flow.review()
  calls[0]!.answer({ ok: true, value: quote })
  await reviewing
  await settle()
  return setup
}

describe('payment flow store', () => {
  it('pays exactly what the person was shown, by card', async () => {
    const { flow, calls } = await confirmed()
    expect(calls[0]).toMatchObject({ method: 'violations.quote', input: { violationIds: ['a', 'b'] } })
    expect(flow.step).toBe('confirm')

    const paying = flow.pay()
    expect(flow.step).toBe('paying')
    expect(calls[1]).toMatchObject({ method: 'payments.pay', input: { violationIds: ['a', 'b'], channel: 'card', expectedTotalFen: 30_000 } })
    const receipt = { number: 'JF3701009900000001', issuedAt: '2026-11-25T16:00:00.000Z', amountFen: 30_000, channel: 'card', copy: false }
    calls[1]!.answer({ ok: true, value: { paymentId: 'p1', outcome: 'approved', message: '缴款成功', receipt } })
    await paying

    expect(flow.step).toBe('result')
    expect(flow.payment?.receipt?.number).toBe('JF3701009900000001')
    expect(flow.selected).toEqual([])
  })

  it('keeps the records chosen after a decline, ready to pay again', async () => {
    const { flow, calls } = await confirmed()
    const paying = flow.pay()
    calls[1]!.answer({ ok: true, value: { paymentId: 'p1', outcome: 'declined', message: '缴款未成功', receipt: null } })
    await paying
    expect(flow.payment?.outcome).toBe('declined')
    expect(flow.selected).toEqual(['a', 'b'])
  })

  it('shows a changed amount anew instead of charging it', async () => {
    const { flow, calls, settle } = await confirmed()
    const paying = flow.pay()
    calls[1]!.answer({ ok: false, error: { code: 'RULE_VIOLATION', message: '应缴金额已变化', details: { rule: 'PAY_AMOUNT_CHANGED', totalFen: 30_900 } } })
    await settle()
    expect(calls[2]).toMatchObject({ method: 'violations.quote' })
    calls[2]!.answer({ ok: true, value: { ...quote, totalFen: 30_900 } })
    await paying
    expect(flow.step).toBe('confirm')
    expect(flow.quote?.totalFen).toBe(30_900)
    expect(flow.error).toMatchObject({ code: 'RULE_VIOLATION', details: { rule: 'PAY_AMOUNT_CHANGED' } })
  })

  it('drops a payment answer that arrives after a reset', async () => {
    const { flow, calls } = await confirmed()
    const paying = flow.pay()
    flow.reset()
    calls[1]!.answer({ ok: true, value: { paymentId: 'p1', outcome: 'approved', message: '缴款成功', receipt: null } })
    await paying
    expect(flow.step).toBe('select')
    expect(flow.payment).toBeNull()
    expect(flow.selected).toEqual([])
  })

  it('starts afresh when the person changes', async () => {
    const { flow, session, settle } = await confirmed()
    session.apply({ role: 'anonymous', displayName: null, mode: 'kiosk', idleSeconds: 90, actingFor: null })
    await settle()
    expect(flow.step).toBe('select')
    expect(flow.selected).toEqual([])
  })

  it('offers cash only to a clerk at a counter', async () => {
    const { flow, session } = flowWithPendingCalls()
    expect(flow.cashAllowed).toBe(false)
    session.apply({ role: 'clerk', displayName: '演示窗口人员', mode: 'counter', idleSeconds: null, actingFor: { citizenId: 'c1', name: '王霞凤', idNumber: '370404196508124062' } })
    expect(flow.cashAllowed).toBe(true)
  })
})
