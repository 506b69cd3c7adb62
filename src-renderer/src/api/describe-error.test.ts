import { describe, expect, it } from 'vitest'
import { ApiError } from './client'
import { describeError, type Translator } from './describe-error'

const messages: Record<string, string> = {
  'errors.INTERNAL': '系统内部错误',
  'errors.FORBIDDEN': '当前身份无权执行此操作',
  'errors.INVALID_INPUT': '输入有误',
  'rules.EMON_FINE_OVER_200': '罚款超过200元'
}
const translator: Translator = {
  t: (key) => messages[key] ?? key,
  te: (key) => key in messages
}

describe('describeError', () => {
  it('translates an error by its code', () => {
    const error = new ApiError({ code: 'FORBIDDEN', message: 'forbidden' })
    expect(describeError(error, translator)).toEqual({ code: 'FORBIDDEN', summary: '当前身份无权执行此操作', issues: [] })
  })

  it('names a known rule, and falls back to the server message for an unknown one', () => {
    const known = new ApiError({ code: 'RULE_VIOLATION', message: 'fine too high', details: { rule: 'EMON_FINE_OVER_200' } })
    const unknown = new ApiError({ code: 'RULE_VIOLATION', message: '服务端说明', details: { rule: 'SOMETHING_NEW' } })
    expect(describeError(known, translator).summary).toBe('罚款超过200元')
    expect(describeError(unknown, translator).summary).toBe('服务端说明')
  })

  it('lists each failing field of INVALID_INPUT and skips malformed entries', () => {
    const error = new ApiError({
      code: 'INVALID_INPUT',
      message: 'Invalid input',
      details: { issues: [{ path: 'idNumber', code: 'custom', message: '校验位错误' }, { path: 3 }, null] }
    })
    expect(describeError(error, translator)).toEqual({ code: 'INVALID_INPUT', summary: '输入有误', issues: ['idNumber: 校验位错误'] })
  })

  it('reports anything that is not an ApiError as INTERNAL', () => {
    expect(describeError(new TypeError('x is undefined'), translator)).toEqual({ code: 'INTERNAL', summary: '系统内部错误', issues: [] })
  })
})
