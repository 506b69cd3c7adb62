import { failure, firstOutside, success, type IdentifierResult } from './result'

/**
 * Mainland mobile number, loose form `^1[3-9]\d{9}$` (platform-rules §2): carriers' number
 * ranges change too often to hard-code. People type spaces or dashes and paste +86; those
 * are removed before the check.
 */
export type MobileErrorCode = 'MOBILE_EMPTY' | 'MOBILE_NOT_DIGIT' | 'MOBILE_LENGTH' | 'MOBILE_PREFIX'

export type MobileResult = IdentifierResult<object, MobileErrorCode>

export function validateMobile(input: string): MobileResult {
  const value = input.replace(/[\s-]/g, '').replace(/^\+86/, '')
  const chars = Array.from(value)
  if (chars.length === 0) return failure('MOBILE_EMPTY', '请输入手机号码')
  const notDigit = firstOutside(chars, /^\d$/)
  if (notDigit) return failure('MOBILE_NOT_DIGIT', `手机号码第${notDigit.position}位“${notDigit.char}”应为数字`, notDigit)
  if (chars.length !== 11) return failure('MOBILE_LENGTH', `手机号码应为11位，实际为${chars.length}位`, { length: chars.length })
  if (!/^1[3-9]/.test(value)) {
    const prefix = value.slice(0, 2)
    return failure('MOBILE_PREFIX', `手机号码应以13至19开头，实际为“${prefix}”`, { prefix })
  }
  return success(value, {})
}
