import { describe, expect, it } from 'vitest'
import { validateMobile } from './mobile'

describe('validateMobile', () => {
  it('strips spaces, dashes and a leading +86', () => {
    for (const input of ['13800138000', '138 0013 8000', '138-0013-8000', '+86 138 0013 8000', '+8613800138000']) {
      expect(validateMobile(input), input).toEqual({ ok: true, value: '13800138000' })
    }
  })

  it('refuses with a stable code per fault', () => {
    expect(validateMobile(' - ')).toMatchObject({ ok: false, code: 'MOBILE_EMPTY' })
    expect(validateMobile('1380013800O')).toEqual({
      ok: false,
      code: 'MOBILE_NOT_DIGIT',
      message: '手机号码第11位“O”应为数字',
      params: { position: 11, char: 'O' }
    })
    expect(validateMobile('1380013800')).toEqual({ ok: false, code: 'MOBILE_LENGTH', message: '手机号码应为11位，实际为10位', params: { length: 10 } })
    expect(validateMobile('12800138000')).toEqual({
      ok: false,
      code: 'MOBILE_PREFIX',
      message: '手机号码应以13至19开头，实际为“12”',
      params: { prefix: '12' }
    })
  })
})
