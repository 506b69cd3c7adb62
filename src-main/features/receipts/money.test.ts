import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { formatYuan, yuanInWords } from './money'

describe('formatYuan', () => {
  it('groups thousands and always shows two decimals', () => {
    expect(formatYuan(0)).toBe('¥0.00')
    expect(formatYuan(5)).toBe('¥0.05')
    expect(formatYuan(40_000)).toBe('¥400.00')
    expect(formatYuan(123_450)).toBe('¥1,234.50')
    expect(formatYuan(123_456_789)).toBe('¥1,234,567.89')
    expect(formatYuan(-1_200)).toBe('-¥12.00')
  })

  it('refuses amounts that are not whole fen', () => {
    expect(() => formatYuan(1.5)).toThrow(RangeError)
    expect(() => formatYuan(Number.NaN)).toThrow(RangeError)
  })

  it('reads back to the same number of fen', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (fen) => {
        const text = formatYuan(fen)
        expect(Math.round(Number(text.replace(/[¥,]/g, '')) * 100)).toBe(fen)
      })
    )
  })
})

describe('yuanInWords', () => {
  it.each([
    [0, '零元整'],
    [5, '伍分'],
    [50, '伍角'],
    [1_000, '壹拾元整'],
    [40_000, '肆佰元整'],
    [20_050, '贰佰元伍角'],
    // The examples of the People's Bank of China's 支付结算办法 (one of the allowed forms each).
    [140_950, '壹仟肆佰零玖元伍角'],
    [600_714, '陆仟零柒元壹角肆分'],
    [168_032, '壹仟陆佰捌拾元叁角贰分'],
    [10_700_053, '壹拾万零柒仟元伍角叁分'],
    [1_640_902, '壹万陆仟肆佰零玖元零贰分'],
    [32_504, '叁佰贰拾伍元零肆分'],
    [10_000_000, '壹拾万元整'],
    [10_010_000, '壹拾万零壹佰元整'],
    [10_000_000_000, '壹亿元整'],
    [10_000_000_100, '壹亿零壹元整'],
    [10_001_000_000, '壹亿零壹万元整'],
    [99_999_999_999_999, '玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分']
  ])('%i fen is %s', (fen, words) => {
    expect(yuanInWords(fen)).toBe(words)
  })

  it('refuses negative, fractional and too large amounts', () => {
    expect(() => yuanInWords(-1)).toThrow(RangeError)
    expect(() => yuanInWords(0.5)).toThrow(RangeError)
    expect(() => yuanInWords(100_000_000_000_000)).toThrow(RangeError)
  })

  it('never starts with 零, writes two in a row, or puts one before a unit or at the end', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99_999_999_999_999 }), (fen) => {
        const words = yuanInWords(fen)
        expect(words).not.toMatch(/^零|零零|零元|零万|零亿|零$/)
        expect(words).toMatch(/[整角分]$/)
      })
    )
  })
})
