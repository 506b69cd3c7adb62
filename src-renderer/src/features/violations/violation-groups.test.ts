import { describe, expect, it } from 'vitest'
import type { ViolationItem } from '../../../../src-shared/contract'
import { amountDueFen, firstGroupWithWork, groupCounts, inGroup } from './violation-groups'

function item(overrides: Partial<ViolationItem>): ViolationItem {
  return {
    id: 'v1',
    kind: 'camera',
    recordNumber: '370100202699000001',
    decisionNumber: null,
    plate: '鲁A12345',
    occurredAt: '2026-11-20T02:00:00.000Z',
    place: '经十路与历山路交叉口',
    officeName: '济南市公安局交通警察支队车辆管理所',
    officeCode: '370100',
    code: '1357',
    description: '驾驶机动车行经人行横道，不按规定减速、停车、避让行人的',
    fineFen: 20_000,
    points: 3,
    state: 'unhandled',
    disputed: false,
    decidedOn: null,
    deliveredOn: null,
    paidAt: null,
    lateFee: null,
    dispute: null,
    payable: { ok: true, rule: null, message: null },
    ...overrides
  }
}

const camera = item({ id: 'camera' })
const decided = item({ id: 'decided', kind: 'on_the_spot', state: 'unpaid', decisionNumber: '3701009700000001' })
const paying = item({ id: 'paying', state: 'paying', decisionNumber: '3701009700000002' })
const paid = item({ id: 'paid', state: 'paid', decisionNumber: '3701009700000003' })

describe('violation groups', () => {
  it('puts unhandled camera records, money owed and the whole history in their groups', () => {
    const items = [camera, decided, paying, paid]
    expect(inGroup(items, 'camera').map((each) => each.id)).toEqual(['camera'])
    // A payment in progress is owed until the terminal answers.
    expect(inGroup(items, 'unpaid').map((each) => each.id)).toEqual(['decided', 'paying'])
    expect(groupCounts(items)).toEqual({ camera: 1, unpaid: 2, all: 4 })
  })

  it('opens on the first group with something to do', () => {
    expect(firstGroupWithWork([decided, camera])).toBe('camera')
    expect(firstGroupWithWork([decided, paid])).toBe('unpaid')
    expect(firstGroupWithWork([paid])).toBe('all')
  })

  it('counts the late fee in what a decided record costs today', () => {
    expect(amountDueFen(camera)).toBe(20_000)
    const overdue = item({ state: 'unpaid', lateFee: { dueOn: '2026-11-01', overdueDays: 10, fineFen: 20_000, surchargeFen: 6_000, totalFen: 26_000 } })
    expect(amountDueFen(overdue)).toBe(26_000)
  })
})
