import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { validateLicenceFileNumber } from './licence-file-number'

describe('validateLicenceFileNumber', () => {
  it('accepts 12 digits and reads whether Shandong issued it', () => {
    expect(validateLicenceFileNumber(' 370100123456 ')).toEqual({ ok: true, value: '370100123456', shandongIssued: true })
    expect(validateLicenceFileNumber('110100123456')).toEqual({ ok: true, value: '110100123456', shandongIssued: false })
  })

  it('refuses with a stable code per fault', () => {
    expect(validateLicenceFileNumber('')).toMatchObject({ ok: false, code: 'FILE_NUMBER_EMPTY', message: '请输入驾驶证档案编号' })
    expect(validateLicenceFileNumber('37010012345')).toEqual({
      ok: false,
      code: 'FILE_NUMBER_LENGTH',
      message: '档案编号应为12位数字，实际为11位',
      params: { length: 11 }
    })
    expect(validateLicenceFileNumber('3701001234S6')).toEqual({
      ok: false,
      code: 'FILE_NUMBER_NOT_DIGIT',
      message: '档案编号第11位“S”应为数字',
      params: { position: 11, char: 'S' }
    })
  })

  it('accepts every 12-digit string', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{12}$/), (digits) => {
        const result = validateLicenceFileNumber(digits)
        expect(result.ok && result.shandongIssued).toBe(digits.startsWith('37'))
      })
    )
  })
})
