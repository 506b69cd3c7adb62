import { failure, firstOutside, success, type IdentifierResult } from './result'

/**
 * 统一社会信用代码 (GB 32100-2015), asked of units (单位) registering on the platform (R4):
 * registration-authority code + entity-type code + 6-digit division code + 9-character
 * organisation code + check character. The alphabet leaves out I, O, S, V and Z.
 */
export interface UsccFacts {
  readonly registrationAuthority: string
  readonly entityType: string
  /** GB/T 2260 division code of the registering authority. */
  readonly division: string
}

export type UsccErrorCode = 'USCC_EMPTY' | 'USCC_LENGTH' | 'USCC_CHARACTER' | 'USCC_DIVISION_NOT_DIGIT' | 'USCC_CHECKSUM'

export type UsccResult = IdentifierResult<UsccFacts, UsccErrorCode>

/** Character values are their index here: 0–9, then A=10 … Y=30. */
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY'
/** Wᵢ = 3^(i−1) mod 31. */
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const
const CODE_CHAR = /^[0-9A-HJ-NPQRTUWXY]$/
const FIRST_17 = /^[0-9A-HJ-NPQRTUWXY]{17}$/

/** The check character for the first 17 characters. */
export function usccCheckChar(first17: string): string {
  if (!FIRST_17.test(first17)) throw new RangeError('usccCheckChar needs 17 characters of the GB 32100 alphabet')
  let sum = 0
  for (let i = 0; i < 17; i++) sum += ALPHABET.indexOf(first17[i] ?? '') * (WEIGHTS[i] ?? 0)
  return ALPHABET[(31 - (sum % 31)) % 31] ?? ''
}

export function validateUscc(input: string): UsccResult {
  const value = input.trim().toUpperCase()
  const chars = Array.from(value)
  if (chars.length === 0) return failure('USCC_EMPTY', '请输入统一社会信用代码')
  if (chars.length !== 18) {
    return failure('USCC_LENGTH', `统一社会信用代码应为18位，实际为${chars.length}位`, { length: chars.length })
  }
  const badChar = firstOutside(chars, CODE_CHAR)
  if (badChar) {
    return failure('USCC_CHARACTER', `第${badChar.position}位“${badChar.char}”不是统一社会信用代码使用的字符（不使用I、O、S、V、Z）`, badChar)
  }
  const notDigit = firstOutside(chars, /^\d$/, 2, 8)
  if (notDigit) {
    return failure('USCC_DIVISION_NOT_DIGIT', `第${notDigit.position}位“${notDigit.char}”应为数字（第3至8位是行政区划码）`, notDigit)
  }
  const expected = usccCheckChar(value.slice(0, 17))
  if (value[17] !== expected) return failure('USCC_CHECKSUM', `第18位校验码应为${expected}`, { expected })
  return success(value, { registrationAuthority: value.slice(0, 1), entityType: value.slice(1, 2), division: value.slice(2, 8) })
}
