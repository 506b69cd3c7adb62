import { describe, expect, it } from 'vitest'
import { decisionProcedure, VIOLATION_CODE_BY_CODE, VIOLATION_CODES } from './violation-codes'

const SPEEDING = ['13521', '16361', '16362', '17211', '17212', '17213']

describe('violation catalogue', () => {
  it('has unique codes and only the point values of the 2022 rules', () => {
    expect(VIOLATION_CODE_BY_CODE.size).toBe(VIOLATION_CODES.length)
    expect(VIOLATION_CODES.length).toBeGreaterThanOrEqual(25)
    for (const v of VIOLATION_CODES) expect([0, 1, 3, 6, 9, 12], v.code).toContain(v.points)
  })

  it('carries the values of S2 for the well-known codes', () => {
    expect(VIOLATION_CODE_BY_CODE.get('1625')).toMatchObject({ points: 6, fineFen: 20_000, cameraEligible: true })
    expect(VIOLATION_CODE_BY_CODE.get('1357')?.points).toBe(3)
    expect(VIOLATION_CODE_BY_CODE.get('1223')?.points).toBe(3)
    expect(VIOLATION_CODE_BY_CODE.get('6011')?.points).toBe(1)
    expect(VIOLATION_CODE_BY_CODE.get('1344')?.points).toBe(1)
    expect(VIOLATION_CODE_BY_CODE.get('1345')?.points).toBe(1)
  })

  it('uses the Shandong fine bands: 50–2000 yuan for speeding, 20/100/200 otherwise', () => {
    const speeding = SPEEDING.map((code) => VIOLATION_CODE_BY_CODE.get(code)?.fineFen)
    expect(new Set(speeding)).toEqual(new Set([5_000, 20_000, 50_000, 100_000, 200_000]))
    for (const v of VIOLATION_CODES.filter((c) => !SPEEDING.includes(c.code) && !c.counterOnly)) {
      expect([2_000, 10_000, 20_000], v.code).toContain(v.fineFen)
    }
  })

  it('scores parking 0 points at 100 or 200 yuan and keeps drink-driving at the counter', () => {
    const parking = ['1039', '10393'].map((code) => VIOLATION_CODE_BY_CODE.get(code))
    expect(parking.map((v) => [v?.points, v?.fineFen])).toEqual([
      [0, 10_000],
      [0, 20_000]
    ])
    expect(VIOLATION_CODE_BY_CODE.get('1712')).toMatchObject({ points: 12, counterOnly: true, cameraEligible: false })
  })

  it('puts fines above 200 yuan in the ordinary procedure', () => {
    expect(decisionProcedure(20_000)).toBe('summary')
    expect(decisionProcedure(20_001)).toBe('general')
  })
})
