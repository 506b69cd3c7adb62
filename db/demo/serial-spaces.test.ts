import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { validatePlate } from '../../src-shared/domain/identifiers/plate'
import { newEnergySerial, NEW_ENERGY_SERIALS, ORDINARY_SERIALS, ordinarySerial, VIN_CHARS, VIN_SERIALS, vinTail } from './serial-spaces'

describe('serial spaces', () => {
  it('decode every ordinary cell to a valid, distinct plate serial', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: ORDINARY_SERIALS - 1 }), fc.integer({ min: 0, max: ORDINARY_SERIALS - 1 }), (a, b) => {
        expect(validatePlate(`鲁A${ordinarySerial(a)}`)).toMatchObject({ ok: true, kind: 'ordinary', suffix: null })
        if (a !== b) expect(ordinarySerial(a)).not.toBe(ordinarySerial(b))
      })
    )
    expect(() => ordinarySerial(ORDINARY_SERIALS)).toThrow(RangeError)
  })

  it('decode every new-energy cell to a valid serial of the kind it names', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: NEW_ENERGY_SERIALS - 1 }), (cell) => {
        const { serial, large } = newEnergySerial(cell)
        expect(validatePlate(`鲁B${serial}`)).toMatchObject({ ok: true, kind: large ? 'new_energy_large' : 'new_energy_small' })
      })
    )
    expect(() => newEnergySerial(NEW_ENERGY_SERIALS)).toThrow(RangeError)
  })

  it('decode VIN tails to 7 VIN characters', () => {
    expect(vinTail(0)).toBe('0000000')
    expect(vinTail(VIN_SERIALS - 1)).toBe(`${VIN_CHARS.at(-1)}999999`)
    expect(() => vinTail(VIN_SERIALS)).toThrow(RangeError)
  })
})
