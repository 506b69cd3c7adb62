import { describe, expect, it } from 'vitest'
import { ApiError } from './client'
import { describeError, fieldRuleText, inputIssues, type Translator } from './describe-error'

const messages: Record<string, string> = {
  'errors.INTERNAL': '系统内部错误',
  'errors.FORBIDDEN': '当前身份无权执行此操作',
  'errors.INVALID_INPUT': '输入有误',
  'rules.EMON_FINE_OVER_200': '罚款超过200元',
  'rules.AUTH_LOCKED': '已锁定至{lockedUntil}',
  'rules.AUTH_BAD_CREDENTIALS': '账号或密码错误',
  'rules.OFFLINE_CARD_AMOUNT_CAP': '离线单笔不超过 {maxAmountFen} 元',
  'ruleDetails.remainingAttempts': '还可尝试{count}次',
  'fieldRules.ID_CHECKSUM': 'check character should be {expected}'
}

const translator: Translator = {
  t: (key, named = {}) => (messages[key] ?? key).replace(/\{(\w+)\}/g, (_, name: string) => String(named[name])),
  te: (key) => key in messages,
  locale: 'zh-CN'
}

describe('describeError', () => {
  it('translates an error by its code', () => {
    const error = new ApiError({ code: 'FORBIDDEN', message: 'forbidden' })
    expect(describeError(error, translator)).toEqual({ code: 'FORBIDDEN', summary: '当前身份无权执行此操作', detail: null, issues: [] })
  })

  it('names a known rule, and falls back to the server message for an unknown one', () => {
    const known = new ApiError({ code: 'RULE_VIOLATION', message: 'fine too high', details: { rule: 'EMON_FINE_OVER_200' } })
    const unknown = new ApiError({ code: 'RULE_VIOLATION', message: '服务端说明', details: { rule: 'SOMETHING_NEW' } })
    expect(describeError(known, translator).summary).toBe('罚款超过200元')
    expect(describeError(unknown, translator).summary).toBe('服务端说明')
  })

  it('fills a rule with its details, showing instants in China time', () => {
    const locked = new ApiError({ code: 'RULE_VIOLATION', message: 'locked', details: { rule: 'AUTH_LOCKED', lockedUntil: '2026-01-05T02:15:00.000Z' } })
    expect(describeError(locked, translator).summary).toBe('已锁定至2026年1月5日 10:15')
  })

  it('fills amounts in fen as yuan', () => {
    const capped = new ApiError({ code: 'RULE_VIOLATION', message: 'cap', details: { rule: 'OFFLINE_CARD_AMOUNT_CAP', maxAmountFen: 200_000 } })
    expect(describeError(capped, translator).summary).toBe('离线单笔不超过 2,000 元')
  })

  it('adds the attempts left when the refusal counts them, and nothing when it does not', () => {
    const counted = new ApiError({ code: 'RULE_VIOLATION', message: 'bad', details: { rule: 'AUTH_BAD_CREDENTIALS', remainingAttempts: 3 } })
    const uncounted = new ApiError({ code: 'RULE_VIOLATION', message: 'bad', details: { rule: 'AUTH_BAD_CREDENTIALS', remainingAttempts: null } })
    expect(describeError(counted, translator)).toMatchObject({ summary: '账号或密码错误', detail: '还可尝试3次' })
    expect(describeError(uncounted, translator).detail).toBeNull()
  })

  it('lists each failing field of INVALID_INPUT, translated by its rule, and skips malformed entries', () => {
    const error = new ApiError({
      code: 'INVALID_INPUT',
      message: 'Invalid input',
      details: {
        issues: [
          { path: 'idNumber', code: 'custom', message: '第18位校验码应为X', params: { rule: 'ID_CHECKSUM', expected: 'X' } },
          { path: 'name', code: 'too_small', message: '太短' },
          { path: 3 },
          null
        ]
      }
    })
    expect(describeError(error, translator)).toEqual({
      code: 'INVALID_INPUT',
      summary: '输入有误',
      detail: null,
      issues: ['idNumber: check character should be X', 'name: 太短']
    })
  })

  it('reports anything that is not an ApiError as INTERNAL', () => {
    expect(describeError(new TypeError('x is undefined'), translator)).toEqual({ code: 'INTERNAL', summary: '系统内部错误', detail: null, issues: [] })
  })
})

describe('inputIssues', () => {
  it('reads only INVALID_INPUT answers', () => {
    const refusal = new ApiError({ code: 'RULE_VIOLATION', message: 'no', details: { issues: [{ path: 'a', message: 'b' }] } })
    expect(inputIssues(refusal)).toEqual([])
    const invalid = new ApiError({ code: 'INVALID_INPUT', message: 'no', details: { issues: [{ path: 'a', message: 'b' }] } })
    expect(inputIssues(invalid)).toEqual([{ path: 'a', message: 'b', params: {} }])
  })
})

describe('fieldRuleText', () => {
  it('falls back to the message that came with the rule', () => {
    expect(fieldRuleText('ID_CHECKSUM', { expected: '7' }, '第18位校验码应为7', translator)).toBe('check character should be 7')
    expect(fieldRuleText('UNKNOWN_RULE', {}, '原文', translator)).toBe('原文')
    expect(fieldRuleText(undefined, {}, '原文', translator)).toBe('原文')
  })
})
