import { describe, expect, it } from 'vitest'
import { formatFen, formatYuan } from './money'

describe('formatFen', () => {
  it('shows fen as yuan with two decimals', () => {
    expect(formatFen(40_000, 'zh-CN')).toBe('¥400.00')
    expect(formatFen(5, 'zh-CN')).toBe('¥0.05')
    expect(formatFen(123_456, 'en')).toBe('CN¥1,234.56')
  })
})

describe('formatYuan', () => {
  it('drops the decimals of a whole amount and keeps both otherwise', () => {
    expect(formatYuan(200_000, 'zh-CN')).toBe('2,000')
    expect(formatYuan(5, 'zh-CN')).toBe('0.05')
    expect(formatYuan(123_450, 'en')).toBe('1,234.50')
  })
})
