import { describe, expect, it } from 'vitest'
import { formatFen } from './money'

describe('formatFen', () => {
  it('shows fen as yuan with two decimals', () => {
    expect(formatFen(40_000, 'zh-CN')).toBe('¥400.00')
    expect(formatFen(5, 'zh-CN')).toBe('¥0.05')
    expect(formatFen(123_456, 'en')).toBe('CN¥1,234.56')
  })
})
