import { describe, expect, it } from 'vitest'
import { LICENCE_CLASSES } from './model'
import { k2WaitDays, k3WaitDays, takesRoadTest } from './waiting-periods'

describe('k2WaitDays (E5; S1 art.43)', () => {
  it.each([
    ['C1', 10], ['C2', 10], ['C3', 10], ['C4', 10], ['C5', 10], ['M', 10], ['N', 10], ['P', 10],
    ['A1', 20], ['A2', 20], ['A3', 20], ['B1', 20], ['B2', 20], ['C6', 20],
    ['D', null], ['E', null], ['F', null]
  ] as const)('%s: %s', (licenceClass, days) => {
    expect(k2WaitDays(licenceClass)).toBe(days)
  })
})

describe('k3WaitDays (E6; S1 art.44)', () => {
  it.each([
    ['C2', 20], ['C3', 20], ['C4', 20], ['C5', 20],
    ['C1', 30], ['M', 30], ['N', 30], ['P', 30],
    ['A1', 40], ['A2', 40], ['A3', 40], ['B1', 40], ['B2', 40],
    ['C6', null], ['D', null], ['E', null], ['F', null]
  ] as const)('%s: %s', (licenceClass, days) => {
    expect(k3WaitDays(licenceClass, false)).toBe(days)
  })

  it('cuts the heavy classes to 30 days when adding to an 汽车类 licence, and nothing else', () => {
    for (const c of LICENCE_CLASSES) {
      const expected = ['A1', 'A2', 'A3', 'B1', 'B2'].includes(c) ? 30 : k3WaitDays(c, false)
      expect(k3WaitDays(c, true)).toBe(expected)
    }
  })
})

describe('takesRoadTest (S1 art.30 ¶3)', () => {
  it('is false only for C6', () => {
    expect(LICENCE_CLASSES.filter((c) => !takesRoadTest(c))).toEqual(['C6'])
  })
})
