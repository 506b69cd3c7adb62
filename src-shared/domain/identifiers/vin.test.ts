import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { validateVin, vinCheckDigit, vinLastSix } from './vin'

const VIN_CHARS = '0123456789ABCDEFGHJKLMNPRSTUVWXYZ'
const body = fc.array(fc.constantFrom(...VIN_CHARS), { minLength: 17, maxLength: 17 }).map((chars) => chars.join(''))
const withCheck = (vin: string, check: string) => vin.slice(0, 8) + check + vin.slice(9)

describe('validateVin', () => {
  it('accepts the ISO 3779 vector and reads its parts', () => {
    expect(validateVin(' 1m8gdm9axkp042788 ')).toEqual({ ok: true, value: '1M8GDM9AXKP042788', wmi: '1M8', lastSix: '042788' })
  })

  it('refuses with a stable code per fault', () => {
    expect(validateVin('')).toMatchObject({ ok: false, code: 'VIN_EMPTY' })
    expect(validateVin('1M8GDM9AXKP04278')).toEqual({ ok: false, code: 'VIN_LENGTH', message: '车辆识别代号应为17位，实际为16位', params: { length: 16 } })
    expect(validateVin('1M8GDM9AXKO042788')).toEqual({
      ok: false,
      code: 'VIN_FORBIDDEN_LETTER',
      message: '第11位不能使用字母O（车辆识别代号不使用I、O、Q）',
      params: { position: 11, char: 'O' }
    })
    expect(validateVin('1M8GDM9AXKP04278-')).toEqual({
      ok: false,
      code: 'VIN_CHARACTER',
      message: '第17位“-”应为字母或数字',
      params: { position: 17, char: '-' }
    })
    expect(validateVin('1M8GDM9A1KP042788')).toEqual({ ok: false, code: 'VIN_CHECKSUM', message: '第9位校验位应为X', params: { expected: 'X' } })
  })

  it('accepts every VIN carrying its check digit and refuses every other check digit', () => {
    fc.assert(
      fc.property(body, (raw) => {
        const check = vinCheckDigit(raw)
        expect(validateVin(withCheck(raw, check)).ok).toBe(true)
        for (const other of '0123456789X'.replace(check, '')) {
          const result = validateVin(withCheck(raw, other))
          expect(!result.ok && result.code).toBe('VIN_CHECKSUM')
        }
      })
    )
  })
})

describe('vinCheckDigit / vinLastSix', () => {
  it('ignores position 9 and refuses letters a VIN never has', () => {
    expect(vinCheckDigit('1M8GDM9A0KP042788')).toBe('X')
    expect(() => vinCheckDigit('1M8GDM9A0KP04278I')).toThrow(RangeError)
  })

  it('returns the last six characters, normalised', () => {
    expect(vinLastSix(' lsvam4187c2184847 ')).toBe('184847')
  })
})
