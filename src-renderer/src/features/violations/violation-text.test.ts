import { describe, expect, it } from 'vitest'
import { refusalKey, violationDescription } from './violation-text'

describe('violationDescription', () => {
  it('keeps the archive wording in Chinese and uses the catalogue in English', () => {
    const record = { code: '1344', description: '机动车违反禁令标志指示的' }
    expect(violationDescription(record, 'zh-CN')).toBe('机动车违反禁令标志指示的')
    expect(violationDescription(record, 'en')).toBe('Disobeying a prohibition sign')
  })

  it('keeps the archive wording for a code the catalogue does not know', () => {
    expect(violationDescription({ code: '99999', description: '其他违法行为' }, 'en')).toBe('其他违法行为')
  })
})

describe('refusalKey', () => {
  const keys = new Set(['rules.EMON_FINE_OVER_200', 'rules.EMON_POINTS_WOULD_REACH_12', 'violations.reasons.EMON_POINTS_WOULD_REACH_12'])
  const exists = (key: string): boolean => keys.has(key)

  it('prefers the detail-free wording on a record card', () => {
    expect(refusalKey('EMON_POINTS_WOULD_REACH_12', exists)).toBe('violations.reasons.EMON_POINTS_WOULD_REACH_12')
    expect(refusalKey('EMON_FINE_OVER_200', exists)).toBe('rules.EMON_FINE_OVER_200')
  })

  it('has no key for a rule the locale does not know', () => {
    expect(refusalKey('SOMETHING_NEW', exists)).toBeNull()
  })
})
