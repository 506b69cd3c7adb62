import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { usccCheckChar, validateUscc } from './uscc'

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY'
const codeChar = fc.constantFrom(...ALPHABET)
const digit = fc.constantFrom(...'0123456789')
const first17 = fc
  .tuple(fc.array(codeChar, { minLength: 2, maxLength: 2 }), fc.array(digit, { minLength: 6, maxLength: 6 }), fc.array(codeChar, { minLength: 9, maxLength: 9 }))
  .map((parts) => parts.flat().join(''))

describe('validateUscc', () => {
  it('accepts the GB 32100 vectors and reads their parts', () => {
    expect(validateUscc('91350100M000100Y43')).toEqual({
      ok: true,
      value: '91350100M000100Y43',
      registrationAuthority: '9',
      entityType: '1',
      division: '350100'
    })
    expect(validateUscc(' 91230184ma1buflt44 ').ok).toBe(true)
    expect(validateUscc('92371000MA3MXH0E3W').ok).toBe(true)
  })

  it('refuses with a stable code per fault', () => {
    expect(validateUscc('')).toMatchObject({ ok: false, code: 'USCC_EMPTY' })
    expect(validateUscc('91350100M000100Y4')).toEqual({ ok: false, code: 'USCC_LENGTH', message: '统一社会信用代码应为18位，实际为17位', params: { length: 17 } })
    expect(validateUscc('91350100M000100Y4Z')).toEqual({
      ok: false,
      code: 'USCC_CHARACTER',
      message: '第18位“Z”不是统一社会信用代码使用的字符（不使用I、O、S、V、Z）',
      params: { position: 18, char: 'Z' }
    })
    expect(validateUscc('9135A100M000100Y43')).toEqual({
      ok: false,
      code: 'USCC_DIVISION_NOT_DIGIT',
      message: '第5位“A”应为数字（第3至8位是行政区划码）',
      params: { position: 5, char: 'A' }
    })
    expect(validateUscc('91350100M000100Y44')).toEqual({ ok: false, code: 'USCC_CHECKSUM', message: '第18位校验码应为3', params: { expected: '3' } })
  })

  it('accepts every body with its check character and refuses every other one', () => {
    fc.assert(
      fc.property(first17, (body) => {
        const check = usccCheckChar(body)
        expect(validateUscc(body + check).ok).toBe(true)
        for (const other of ALPHABET.replace(check, '')) {
          const result = validateUscc(body + other)
          expect(!result.ok && result.code).toBe('USCC_CHECKSUM')
        }
      })
    )
  })

  it('usccCheckChar refuses characters outside the alphabet', () => {
    expect(() => usccCheckChar('91350100M000100Y')).toThrow(RangeError)
    expect(() => usccCheckChar('91350100M000100YS')).toThrow(RangeError)
  })
})
