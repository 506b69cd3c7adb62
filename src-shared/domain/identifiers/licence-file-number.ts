import { failure, firstOutside, success, type IdentifierResult } from './result'

/**
 * 驾驶证档案编号: 12 digits printed on the licence's second page (S1 art.12), used to bind a
 * licence to an account. It has no check digit, and sources disagree on its inner structure
 * (4+8 or 6+6), so only the length, the digits and the province prefix are read
 * (platform-rules §2).
 */
export interface LicenceFileNumberFacts {
  /** Starts with 37, Shandong's province code. */
  readonly shandongIssued: boolean
}

export type LicenceFileNumberErrorCode = 'FILE_NUMBER_EMPTY' | 'FILE_NUMBER_LENGTH' | 'FILE_NUMBER_NOT_DIGIT'

export type LicenceFileNumberResult = IdentifierResult<LicenceFileNumberFacts, LicenceFileNumberErrorCode>

const LENGTH = 12
const SHANDONG_PREFIX = '37'

export function validateLicenceFileNumber(input: string): LicenceFileNumberResult {
  const value = input.trim()
  const chars = Array.from(value)
  if (chars.length === 0) return failure('FILE_NUMBER_EMPTY', '请输入驾驶证档案编号')
  if (chars.length !== LENGTH) {
    return failure('FILE_NUMBER_LENGTH', `档案编号应为${LENGTH}位数字，实际为${chars.length}位`, { length: chars.length })
  }
  const notDigit = firstOutside(chars, /^\d$/)
  if (notDigit) return failure('FILE_NUMBER_NOT_DIGIT', `档案编号第${notDigit.position}位“${notDigit.char}”应为数字`, notDigit)
  return success(value, { shandongIssued: value.startsWith(SHANDONG_PREFIX) })
}
