import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { wrapText } from './line-break'

/** A monospaced stand-in for the font: Chinese characters are 1 wide, everything else 0.5. */
const measure = (text: string) => [...text].reduce((width, character) => width + (/[\u3000-\u9fff\uff00-\uffef]/u.test(character) ? 1 : 0.5), 0)

describe('wrapText', () => {
  it('breaks Chinese between any two characters', () => {
    expect(wrapText('驾驶机动车违反道路交通信号灯通行的', 6, measure)).toEqual(['驾驶机动车违', '反道路交通信', '号灯通行的'])
  })

  it('keeps closing punctuation off the start of a line and opening punctuation off the end', () => {
    expect(wrapText('一二三四五，六七', 5, measure)).toEqual(['一二三四', '五，六七'])
    expect(wrapText('一二三四（五六）', 5, measure)).toEqual(['一二三四', '（五六）'])
  })

  it('breaks Latin text only at spaces and keeps numbers whole', () => {
    expect(wrapText('参考号 531234567890 已核对', 6.5, measure)).toEqual(['参考号', '531234567890', '已核对'])
    expect(wrapText('ab cd ef', 2, measure)).toEqual(['ab', 'cd', 'ef'])
  })

  it('cuts a unit wider than the line wherever it must', () => {
    expect(wrapText('JF37010099000001', 3, measure)).toEqual(['JF3701', '009900', '0001'])
  })

  it('keeps explicit line breaks and gives one empty line for empty text', () => {
    expect(wrapText('第一行\n第二行', 10, measure)).toEqual(['第一行', '第二行'])
    expect(wrapText('', 10, measure)).toEqual([''])
  })

  it('never loses a character and never overflows unless one character is wider than the line', () => {
    const text = fc.string({ unit: fc.constantFrom(...'交通违法罚款，。（）《》 abc123-¥') })
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 12 }), (input, maxWidth) => {
        const lines = wrapText(input, maxWidth, measure)
        expect(lines.join('').replace(/\s/g, '')).toBe(input.replace(/\s/g, ''))
        for (const line of lines) expect(measure(line) <= maxWidth || [...line].length === 1).toBe(true)
      })
    )
  })
})
