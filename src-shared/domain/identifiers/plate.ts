import { OFFICE_BY_PREFIX, type Office } from '../offices'
import { failure, success, type IdentifierResult } from './result'

/**
 * 机动车号牌号码 (GA 36). Ordinary plates have 7 characters: province abbreviation + issuing
 * office letter + 5-character serial, whose last character may be a use suffix (挂 trailer,
 * 学 driving school, 警 police, 港/澳 cross-border). New-energy plates have 8: province + office
 * letter + a 6-character serial, either small (energy letter, letter or digit, 4 digits) or
 * large (5 digits, energy letter). Energy letters are D/F originally, now A–H, J, K.
 */
export type PlateKind = 'ordinary' | 'new_energy_small' | 'new_energy_large'

export interface PlateFacts {
  /** Province abbreviation, e.g. 鲁. */
  readonly province: string
  readonly officeLetter: string
  readonly kind: PlateKind
  /** Use suffix of an ordinary plate (挂/学/警/港/澳), or null. */
  readonly suffix: string | null
  /** The Shandong vehicle office of a 鲁 plate, or null for other provinces. */
  readonly office: Office | null
}

export type PlateErrorCode =
  | 'PLATE_EMPTY'
  | 'PLATE_LENGTH'
  | 'PLATE_PROVINCE'
  | 'PLATE_OFFICE_LETTER'
  | 'PLATE_SERIAL_CHARACTER'
  | 'PLATE_NEW_ENERGY_PATTERN'
  | 'PLATE_NOT_SHANDONG'
  | 'PLATE_UNKNOWN_OFFICE'

export type PlateResult = IdentifierResult<PlateFacts, PlateErrorCode>

export interface PlateOptions {
  /** Refuse plates that are not 鲁 or whose office letter Shandong does not issue (鲁W, 鲁T, 鲁Z …). */
  readonly shandongOnly?: boolean
}

const PROVINCES = '京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼'
const SHANDONG = '鲁'
const OFFICE_LETTER = /^[A-HJ-NP-Z]$/
const SERIAL_CHAR = /^[A-HJ-NP-Z0-9]$/
const SUFFIXES = '挂学警港澳'
const NEW_ENERGY_SMALL = /^[A-HJK][A-HJ-NP-Z0-9]\d{4}$/
const NEW_ENERGY_LARGE = /^\d{5}[A-HJK]$/

/** Spaces and the middle dot printed between office letter and serial (鲁A·12345) are dropped. */
function normalise(input: string): string {
  return input.replace(/[\s·•]/g, '').toUpperCase()
}

export function validatePlate(input: string, options: PlateOptions = {}): PlateResult {
  const value = normalise(input)
  const chars = Array.from(value)
  if (chars.length === 0) return failure('PLATE_EMPTY', '请输入号牌号码')
  if (chars.length !== 7 && chars.length !== 8) {
    return failure('PLATE_LENGTH', `号牌号码应为7位（新能源号牌为8位），实际为${chars.length}位`, { length: chars.length })
  }
  const province = chars[0] ?? ''
  if (!PROVINCES.includes(province)) return failure('PLATE_PROVINCE', `第1位“${province}”不是省、自治区、直辖市简称`, { char: province })
  const officeLetter = chars[1] ?? ''
  if (!OFFICE_LETTER.test(officeLetter)) {
    return failure('PLATE_OFFICE_LETTER', `第2位“${officeLetter}”应为发牌机关代号字母（不使用I、O）`, { char: officeLetter })
  }

  const serial = chars.slice(2)
  let kind: PlateKind = 'ordinary'
  let suffix: string | null = null
  if (chars.length === 7) {
    const last = serial[4] ?? ''
    if (SUFFIXES.includes(last)) suffix = last
    const checked = suffix ? serial.slice(0, 4) : serial
    const badIndex = checked.findIndex((char) => !SERIAL_CHAR.test(char))
    if (badIndex >= 0) {
      const char = checked[badIndex] ?? ''
      return failure('PLATE_SERIAL_CHARACTER', `第${badIndex + 3}位“${char}”应为字母（不使用I、O）或数字`, { position: badIndex + 3, char })
    }
  } else {
    const text = serial.join('')
    if (NEW_ENERGY_SMALL.test(text)) kind = 'new_energy_small'
    else if (NEW_ENERGY_LARGE.test(text)) kind = 'new_energy_large'
    else {
      return failure(
        'PLATE_NEW_ENERGY_PATTERN',
        `新能源号牌序号“${text}”格式不对：小型车应为能源字母（A–H、J、K）+字母或数字+4位数字，大型车应为5位数字+能源字母`,
        { serial: text }
      )
    }
  }

  const office = province === SHANDONG ? (OFFICE_BY_PREFIX.get(province + officeLetter) ?? null) : null
  if (options.shandongOnly) {
    if (province !== SHANDONG) return failure('PLATE_NOT_SHANDONG', `仅受理山东（鲁）号牌，此号牌为“${province}”`, { province })
    if (!office) {
      return failure('PLATE_UNKNOWN_OFFICE', `“鲁${officeLetter}”不是山东省车辆管理所发放的号牌号段`, { officeLetter })
    }
  }
  return success(value, { province, officeLetter, kind, suffix, office })
}
