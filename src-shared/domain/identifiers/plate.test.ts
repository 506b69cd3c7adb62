import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { OFFICE_BY_PREFIX, SHANDONG_OFFICE_LETTERS } from '../offices'
import { validatePlate } from './plate'

const serialChar = fc.constantFrom(...'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')
const digit = fc.constantFrom(...'0123456789')
const energy = fc.constantFrom(...'ABCDEFGHJK')

describe('validatePlate', () => {
  it('reads an ordinary Shandong plate and its office', () => {
    expect(validatePlate(' 鲁a·12345 ')).toEqual({
      ok: true,
      value: '鲁A12345',
      province: '鲁',
      officeLetter: 'A',
      kind: 'ordinary',
      suffix: null,
      office: OFFICE_BY_PREFIX.get('鲁A')
    })
  })

  it('reads use suffixes and both new-energy forms', () => {
    expect(validatePlate('鲁B1234挂')).toMatchObject({ ok: true, kind: 'ordinary', suffix: '挂' })
    expect(validatePlate('鲁BD12345')).toMatchObject({ ok: true, kind: 'new_energy_small', suffix: null })
    expect(validatePlate('鲁BDF1234')).toMatchObject({ ok: true, kind: 'new_energy_small' })
    expect(validatePlate('鲁B12345F')).toMatchObject({ ok: true, kind: 'new_energy_large' })
  })

  it('accepts other provinces unless Shandong only is asked for', () => {
    expect(validatePlate('京A12345')).toMatchObject({ ok: true, province: '京', office: null })
    expect(validatePlate('京A12345', { shandongOnly: true })).toEqual({
      ok: false,
      code: 'PLATE_NOT_SHANDONG',
      message: '仅受理山东（鲁）号牌，此号牌为“京”',
      params: { province: '京' }
    })
    expect(validatePlate('鲁W12345')).toMatchObject({ ok: true, office: null })
    expect(validatePlate('鲁W12345', { shandongOnly: true })).toEqual({
      ok: false,
      code: 'PLATE_UNKNOWN_OFFICE',
      message: '“鲁W”不是山东省车辆管理所发放的号牌号段',
      params: { officeLetter: 'W' }
    })
  })

  it('refuses with a stable code per fault', () => {
    expect(validatePlate(' ')).toMatchObject({ ok: false, code: 'PLATE_EMPTY' })
    expect(validatePlate('鲁A1234')).toEqual({
      ok: false,
      code: 'PLATE_LENGTH',
      message: '号牌号码应为7位（新能源号牌为8位），实际为6位',
      params: { length: 6 }
    })
    expect(validatePlate('A鲁12345')).toEqual({ ok: false, code: 'PLATE_PROVINCE', message: '第1位“A”不是省、自治区、直辖市简称', params: { char: 'A' } })
    expect(validatePlate('鲁I12345')).toEqual({
      ok: false,
      code: 'PLATE_OFFICE_LETTER',
      message: '第2位“I”应为发牌机关代号字母（不使用I、O）',
      params: { char: 'I' }
    })
    expect(validatePlate('鲁A12O45')).toEqual({
      ok: false,
      code: 'PLATE_SERIAL_CHARACTER',
      message: '第5位“O”应为字母（不使用I、O）或数字',
      params: { position: 5, char: 'O' }
    })
    expect(validatePlate('鲁A挂1234')).toMatchObject({ ok: false, code: 'PLATE_SERIAL_CHARACTER', params: { position: 3, char: '挂' } })
    expect(validatePlate('鲁AX12345')).toEqual({
      ok: false,
      code: 'PLATE_NEW_ENERGY_PATTERN',
      message: '新能源号牌序号“X12345”格式不对：小型车应为能源字母（A–H、J、K）+字母或数字+4位数字，大型车应为5位数字+能源字母',
      params: { serial: 'X12345' }
    })
  })

  it('accepts every well-formed plate of every Shandong office letter', () => {
    const letter = fc.constantFrom(...SHANDONG_OFFICE_LETTERS)
    const ordinary = fc.array(serialChar, { minLength: 5, maxLength: 5 }).map((c) => c.join(''))
    const small = fc.tuple(energy, serialChar, fc.array(digit, { minLength: 4, maxLength: 4 })).map(([e, c, d]) => e + c + d.join(''))
    const large = fc.tuple(fc.array(digit, { minLength: 5, maxLength: 5 }), energy).map(([d, e]) => d.join('') + e)
    fc.assert(
      fc.property(letter, fc.oneof(ordinary, small, large), (officeLetter, serial) => {
        const result = validatePlate(`鲁${officeLetter}${serial}`, { shandongOnly: true })
        expect(result.ok && result.office?.platePrefix).toBe(`鲁${officeLetter}`)
      })
    )
  })
})
