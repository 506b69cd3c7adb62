import { describe, expect, it } from 'vitest'
import { checkCameraHandling, type CameraRecord, type HandlingContext } from './camera-handling'

const record = (over: Partial<CameraRecord> = {}): CameraRecord => ({ id: 'r1', kind: 'camera', state: 'unhandled', disputed: false, fineFen: 20000, points: 3, vehicleId: 'v1', ...over })
const context = (over: Partial<HandlingContext> = {}): HandlingContext => ({
  licence: { bound: true, pointsInCycle: 0, usable: true },
  vehicles: new Map([['v1', { ownedByHandler: true, bound: true }]]),
  ...over
})
const ruleOf = (verdict: ReturnType<typeof checkCameraHandling>) => (verdict.ok ? 'ok' : verdict.rule)

describe('camera-record handling rules', () => {
  it('accepts a bound, own, 200-yuan record below 12 points', () => {
    expect(checkCameraHandling([record()], context())).toEqual({ ok: true, totalFineFen: 20000, totalPoints: 3, pointsAfter: 3 })
  })

  it('rule 1: the own licence and the vehicle must be bound', () => {
    expect(ruleOf(checkCameraHandling([record()], context({ licence: null })))).toBe('EMON_BIND_REQUIRED')
    expect(ruleOf(checkCameraHandling([record()], context({ licence: { bound: false, pointsInCycle: 0, usable: true } })))).toBe('EMON_BIND_REQUIRED')
    expect(ruleOf(checkCameraHandling([record()], context({ vehicles: new Map([['v1', { ownedByHandler: true, bound: false }]]) })))).toBe('EMON_BIND_REQUIRED')
  })

  it('rule 2: 200 yuan is allowed, 200.01 is not', () => {
    expect(ruleOf(checkCameraHandling([record({ fineFen: 20000 })], context()))).toBe('ok')
    expect(ruleOf(checkCameraHandling([record({ fineFen: 20001 })], context()))).toBe('EMON_FINE_OVER_200')
  })

  it('rule 3: points may not reach 12, counting the records handled together', () => {
    expect(ruleOf(checkCameraHandling([record({ points: 6 })], context({ licence: { bound: true, pointsInCycle: 5, usable: true } })))).toBe('ok')
    expect(ruleOf(checkCameraHandling([record({ points: 6 })], context({ licence: { bound: true, pointsInCycle: 6, usable: true } })))).toBe('EMON_POINTS_WOULD_REACH_12')
    const two = [record({ id: 'a', points: 6 }), record({ id: 'b', points: 6 })]
    const verdict = checkCameraHandling(two, context())
    expect(verdict).toMatchObject({ ok: false, rule: 'EMON_POINTS_WOULD_REACH_12', details: { pointsInCycle: 0, selectedPoints: 12, pointsAfter: 12 } })
    expect(ruleOf(checkCameraHandling([record({ id: 'a', points: 6 }), record({ id: 'b', points: 3 })], context({ licence: { bound: true, pointsInCycle: 2, usable: true } })))).toBe('ok')
    expect(ruleOf(checkCameraHandling([record({ id: 'a', points: 6 }), record({ id: 'b', points: 3 })], context({ licence: { bound: true, pointsInCycle: 3, usable: true } })))).toBe('EMON_POINTS_WOULD_REACH_12')
  })

  it('rule 5: only vehicles registered to the handler', () => {
    expect(ruleOf(checkCameraHandling([record()], context({ vehicles: new Map([['v1', { ownedByHandler: false, bound: true }]]) })))).toBe('EMON_VEHICLE_NOT_OWN')
    expect(ruleOf(checkCameraHandling([record({ vehicleId: null })], context()))).toBe('EMON_VEHICLE_NOT_OWN')
  })

  it('only unhandled, undisputed camera records; a usable licence', () => {
    expect(ruleOf(checkCameraHandling([record({ kind: 'general' })], context()))).toBe('EMON_NOT_HANDLEABLE')
    expect(ruleOf(checkCameraHandling([record({ state: 'paying' })], context()))).toBe('EMON_NOT_HANDLEABLE')
    expect(ruleOf(checkCameraHandling([record({ disputed: true })], context()))).toBe('EMON_DISPUTED')
    expect(ruleOf(checkCameraHandling([], context()))).toBe('EMON_NOT_HANDLEABLE')
    expect(ruleOf(checkCameraHandling([record()], context({ licence: { bound: true, pointsInCycle: 0, usable: false } })))).toBe('EMON_LICENCE_NOT_USABLE')
  })
})
