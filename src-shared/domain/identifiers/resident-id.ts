import { chinaDateOf, formatCivilDate, isCivilDate } from '../civil-date'
import { failure, firstOutside, success, type IdentifierResult } from './result'

/**
 * 居民身份证号码 (GB 11643-1999): 6-digit address code (GB/T 2260) + birth date YYYYMMDD +
 * 3-digit sequence (odd = male, even = female) + ISO 7064 MOD 11-2 check character.
 * 15-digit numbers issued before 1999 (6 + YYMMDD of the 1900s + 3, no check character) are
 * still met at the counter; S1 art.12 makes this number the licence number as well.
 */
export interface ResidentIdFacts {
  /** The 6-digit address code. */
  readonly region: string
  readonly birthDate: string
  readonly gender: 'M' | 'F'
  /** A 15-digit pre-1999 number. */
  readonly legacy: boolean
}

export type ResidentIdErrorCode =
  | 'ID_EMPTY'
  | 'ID_LENGTH'
  | 'ID_NOT_DIGIT'
  | 'ID_CHECK_CHAR_FORMAT'
  | 'ID_REGION'
  | 'ID_BIRTH_DATE_INVALID'
  | 'ID_BIRTH_DATE_FUTURE'
  | 'ID_BIRTH_DATE_TOO_EARLY'
  | 'ID_CHECKSUM'

export type ResidentIdResult = IdentifierResult<ResidentIdFacts, ResidentIdErrorCode>

export interface ResidentIdOptions {
  /** The day birth dates may not pass: a 'YYYY-MM-DD' China date or an instant; defaults to now. */
  readonly today?: Date | string
}

/** Weights 2^(18−i) mod 11 for positions 1..17 (ISO 7064 MOD 11-2). */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const
const CHECK_CHARS = '10X98765432'
const EARLIEST_BIRTH_DATE = '1900-01-01'

/**
 * First two digits of GB/T 2260 province-level codes, plus 81/82/83 used by the residence
 * permits of Hong Kong, Macao and Taiwan residents (居住证, 2018), which share the format.
 */
const PROVINCE_CODES: ReadonlySet<string> = new Set([
  '11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37',
  '41', '42', '43', '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65',
  '71', '81', '82', '83'
])

const DIGIT = /^\d$/
const DIGITS_17 = /^\d{17}$/
const DIGITS_15 = /^\d{15}$/

/** The check character for the first 17 digits of an 18-digit number. */
export function residentIdCheckChar(first17: string): string {
  if (!DIGITS_17.test(first17)) throw new RangeError('residentIdCheckChar needs exactly 17 digits')
  let sum = 0
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (WEIGHTS[i] ?? 0)
  return CHECK_CHARS[sum % 11] ?? ''
}

/** The 18-digit form of a 15-digit number: century 19 inserted, check character appended. */
export function upgradeLegacyId(id15: string): string {
  const digits = id15.trim()
  if (!DIGITS_15.test(digits)) throw new RangeError('upgradeLegacyId needs exactly 15 digits')
  const first17 = `${digits.slice(0, 6)}19${digits.slice(6)}`
  return first17 + residentIdCheckChar(first17)
}

/**
 * `370102********1234`: the first 6 and last 4 characters stay, the rest become asterisks, so
 * a receipt or screen never shows the birth date and sequence. Anything too short to keep
 * 6 + 4 with something hidden is masked entirely.
 */
export function maskResidentId(id: string): string {
  const chars = Array.from(id.trim().toUpperCase())
  if (chars.length <= 10) return '*'.repeat(chars.length)
  return chars.slice(0, 6).join('') + '*'.repeat(chars.length - 10) + chars.slice(-4).join('')
}

function todayOf(option: Date | string | undefined): string {
  if (typeof option === 'string') return option
  return chinaDateOf(option ?? new Date())
}

export function validateResidentId(input: string, options: ResidentIdOptions = {}): ResidentIdResult {
  const value = input.trim().toUpperCase()
  const chars = Array.from(value)
  if (chars.length === 0) return failure('ID_EMPTY', '请输入身份证号码')
  if (chars.length !== 18 && chars.length !== 15) {
    return failure('ID_LENGTH', `身份证号码应为18位（旧号码为15位），实际为${chars.length}位`, { length: chars.length })
  }
  const legacy = chars.length === 15
  const notDigit = firstOutside(chars, DIGIT, 0, legacy ? 15 : 17)
  if (notDigit) return failure('ID_NOT_DIGIT', `第${notDigit.position}位“${notDigit.char}”应为数字`, notDigit)
  const last = chars[17]
  if (!legacy && last !== undefined && !/^[\dX]$/.test(last)) {
    return failure('ID_CHECK_CHAR_FORMAT', `第18位“${last}”应为数字或X`, { char: last })
  }

  const province = value.slice(0, 2)
  if (!PROVINCE_CODES.has(province)) {
    return failure('ID_REGION', `前2位省级行政区划代码“${province}”不存在`, { province })
  }

  const dateDigits = legacy ? value.slice(6, 12) : value.slice(6, 14)
  const year = legacy ? 1900 + Number(dateDigits.slice(0, 2)) : Number(dateDigits.slice(0, 4))
  const month = Number(dateDigits.slice(-4, -2))
  const day = Number(dateDigits.slice(-2))
  if (!isCivilDate(year, month, day)) {
    const to = legacy ? 12 : 14
    return failure('ID_BIRTH_DATE_INVALID', `第7至${to}位出生日期“${dateDigits}”不是有效日期`, { from: 7, to, value: dateDigits })
  }
  const birthDate = formatCivilDate(year, month, day)
  const today = todayOf(options.today)
  if (birthDate > today) {
    return failure('ID_BIRTH_DATE_FUTURE', `出生日期${birthDate}晚于今天（${today}）`, { birthDate, today })
  }
  if (birthDate < EARLIEST_BIRTH_DATE) {
    return failure('ID_BIRTH_DATE_TOO_EARLY', `出生日期${birthDate}早于${EARLIEST_BIRTH_DATE}`, { birthDate, earliest: EARLIEST_BIRTH_DATE })
  }

  if (!legacy) {
    const expected = residentIdCheckChar(value.slice(0, 17))
    if (last !== expected) return failure('ID_CHECKSUM', `第18位校验码应为${expected}`, { expected })
  }

  const sequenceLast = Number(value[legacy ? 14 : 16])
  return success(value, {
    region: value.slice(0, 6),
    birthDate,
    gender: sequenceLast % 2 === 1 ? 'M' : 'F',
    legacy
  })
}
