import { describe, expect, it } from 'vitest'
import { splitFontRuns } from './font-runs'

// Font 0 has everything below U+3400 and the Unified Ideographs; font 1 also has Ext-A.
const unified = (codePoint: number) => codePoint < 0x3400 || (codePoint >= 0x4e00 && codePoint <= 0x9fff)
const hasGlyph = (font: number, codePoint: number) => unified(codePoint) || (font === 1 && codePoint >= 0x3400 && codePoint <= 0x4dbf)

describe('splitFontRuns', () => {
  it('keeps text the first font has in one run', () => {
    expect(splitFontRuns('张三（370102）', 2, hasGlyph)).toEqual([{ text: '张三（370102）', font: 0 }])
  })

  it('sets a rare character in the first font that has it', () => {
    expect(splitFontRuns('刘䶮先生', 2, hasGlyph)).toEqual([
      { text: '刘', font: 0 },
      { text: '䶮', font: 1 },
      { text: '先生', font: 0 }
    ])
  })

  it('gives a character no font has to the first font, to print its missing-glyph box', () => {
    expect(splitFontRuns('王\u{30000}', 2, hasGlyph)).toEqual([{ text: '王\u{30000}', font: 0 }])
    expect(splitFontRuns('䶮', 1, hasGlyph)).toEqual([{ text: '䶮', font: 0 }])
  })

  it('keeps a variation selector with the character it modifies', () => {
    expect(splitFontRuns('䶮\u{E0100}王', 2, hasGlyph)).toEqual([
      { text: '䶮\u{E0100}', font: 1 },
      { text: '王', font: 0 }
    ])
  })

  it('gives nothing for empty text', () => {
    expect(splitFontRuns('', 2, hasGlyph)).toEqual([])
  })
})
