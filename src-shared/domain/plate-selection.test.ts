import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { NUMBERS_PER_BATCH, checkComposedSerial, drawBatch } from './plate-selection'

const rule = (serial: string) => {
  const verdict = checkComposedSerial(serial)
  return verdict.ok ? null : verdict.rule
}

describe('composed numbers (M4, M5)', () => {
  it('accept a letter first and exactly one letter among the other four', () => {
    expect(checkComposedSerial('a1b23')).toEqual({ ok: true, serial: 'A1B23' })
    expect(checkComposedSerial('K 8 8 Z 6')).toEqual({ ok: true, serial: 'K88Z6' })
  })

  it('refuse each break of the rule by name', () => {
    expect(rule('A1B2')).toBe('PLATE_PATTERN_LENGTH')
    expect(rule('A1B2I')).toBe('PLATE_PATTERN_CHARACTER') // I is never used
    expect(rule('A1B2O')).toBe('PLATE_PATTERN_CHARACTER')
    expect(rule('A1B2中')).toBe('PLATE_PATTERN_CHARACTER')
    expect(rule('11B23')).toBe('PLATE_PATTERN_FIRST_LETTER')
    expect(rule('A1234')).toBe('PLATE_PATTERN_ONE_LETTER')
    expect(rule('AB1C2')).toBe('PLATE_PATTERN_ONE_LETTER')
    expect(rule('A00B0')).toBe('PLATE_PATTERN_ZEROS')
    expect(rule('A888B')).toBe('PLATE_PATTERN_TRIPLE')
    expect(rule('AB888')).toBe('PLATE_PATTERN_TRIPLE')
    expect(rule('A88B8')).toBeNull()
  })
})

describe('random batches (M3)', () => {
  it('give ten distinct numbers that follow the rule and skip the taken ones, the same again from the same seed', () => {
    const batch = drawBatch(42, 1, () => false)
    expect(batch).toHaveLength(NUMBERS_PER_BATCH)
    expect(new Set(batch).size).toBe(NUMBERS_PER_BATCH)
    expect(drawBatch(42, 1, () => false)).toEqual(batch)
    expect(drawBatch(42, 2, () => false)).not.toEqual(batch)
    const taken = new Set(batch.slice(0, 5))
    const again = drawBatch(42, 1, (serial) => taken.has(serial))
    expect(again.some((serial) => taken.has(serial))).toBe(false)
  })

  it('only ever offer numbers a person could have composed (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), fc.integer({ min: 1, max: 5 }), (seed, batch) => {
        for (const serial of drawBatch(seed, batch, () => false)) expect(checkComposedSerial(serial)).toEqual({ ok: true, serial })
      }),
      { numRuns: 200 }
    )
  })
})
