import { failure, firstOutside, success, type IdentifierResult } from './result'

/**
 * 车辆识别代号 (GB 16735 / ISO 3779): 17 characters without I, O or Q (they read as 1 and 0);
 * positions 1–3 are the manufacturer (WMI) and position 9 is a check digit over the rest.
 */
export interface VinFacts {
  /** World manufacturer identifier, positions 1–3. */
  readonly wmi: string
  /** The last 6 characters, which 12123 asks for when binding a vehicle (platform-rules §2). */
  readonly lastSix: string
}

export type VinErrorCode = 'VIN_EMPTY' | 'VIN_LENGTH' | 'VIN_FORBIDDEN_LETTER' | 'VIN_CHARACTER' | 'VIN_CHECKSUM'

export type VinResult = IdentifierResult<VinFacts, VinErrorCode>

const LENGTH = 17
const CHECK_POSITION = 9
const WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2] as const
const VIN_CHAR = /^[0-9A-HJ-NPR-Z]$/
const VIN_17 = /^[0-9A-HJ-NPR-Z]{17}$/

/**
 * Transliteration of A–Z by alphabet position: A–H = 1–8, J–N = 1–5, P = 7, R = 9,
 * S–Z = 2–9; '-' marks the letters a VIN never contains.
 */
const LETTER_VALUES = '12345678-12345-7-923456789'

function transliterate(char: string): number {
  if (char >= '0' && char <= '9') return Number(char)
  return Number(LETTER_VALUES[char.charCodeAt(0) - 65])
}

/** The check digit (position 9) for a 17-character VIN; whatever is at position 9 is ignored. */
export function vinCheckDigit(vin17: string): string {
  if (!VIN_17.test(vin17)) throw new RangeError('vinCheckDigit needs 17 VIN characters (no I, O or Q)')
  let sum = 0
  for (let i = 0; i < LENGTH; i++) sum += transliterate(vin17[i] ?? '0') * (WEIGHTS[i] ?? 0)
  const remainder = sum % 11
  return remainder === 10 ? 'X' : String(remainder)
}

/** The last six characters of a VIN as typed, normalised like the full VIN. */
export function vinLastSix(vin: string): string {
  return vin.trim().toUpperCase().slice(-6)
}

export function validateVin(input: string): VinResult {
  const value = input.trim().toUpperCase()
  const chars = Array.from(value)
  if (chars.length === 0) return failure('VIN_EMPTY', '请输入车辆识别代号')
  if (chars.length !== LENGTH) {
    return failure('VIN_LENGTH', `车辆识别代号应为${LENGTH}位，实际为${chars.length}位`, { length: chars.length })
  }
  const bad = firstOutside(chars, VIN_CHAR)
  if (bad) {
    if (/^[IOQ]$/.test(bad.char)) {
      return failure('VIN_FORBIDDEN_LETTER', `第${bad.position}位不能使用字母${bad.char}（车辆识别代号不使用I、O、Q）`, bad)
    }
    return failure('VIN_CHARACTER', `第${bad.position}位“${bad.char}”应为字母或数字`, bad)
  }
  const expected = vinCheckDigit(value)
  if (value[CHECK_POSITION - 1] !== expected) {
    return failure('VIN_CHECKSUM', `第${CHECK_POSITION}位校验位应为${expected}`, { expected })
  }
  return success(value, { wmi: value.slice(0, 3), lastSix: value.slice(-6) })
}
