/**
 * Greedy line breaking for mixed Chinese and Latin text. Chinese may break between any two
 * characters, Latin words and numbers (decision numbers, plates, card references) only at
 * spaces, and the usual 禁则 hold: no line starts with closing punctuation or ends with an
 * opening one. A unit wider than the line on its own is cut wherever it must be.
 */

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303F\uFF00-\uFFEF]/u
const NO_LINE_START = /[、。，．：；？！）］｝〕〉》」』】〗〙〟’”%‰℃·…—～,.;:?!)\]}]/u
const NO_LINE_END = /[（［｛〔〈《「『【〖〘〝‘“¥￥$([{]/u
const SPACE = /\s/u

function canBreakBetween(before: string, after: string): boolean {
  if (NO_LINE_START.test(after) || NO_LINE_END.test(before)) return false
  if (SPACE.test(before)) return !SPACE.test(after)
  return CJK.test(before) || CJK.test(after)
}

/** The text cut at every place a line may break. */
function breakUnits(text: string): string[] {
  const units: string[] = []
  let current = ''
  let previous: string | null = null
  for (const character of text) {
    if (previous !== null && canBreakBetween(previous, character)) {
      units.push(current)
      current = ''
    }
    current += character
    previous = character
  }
  if (current) units.push(current)
  return units
}

/** Cuts a unit that cannot fit on one line into pieces that do (at least one character each). */
function hardBreak(unit: string, maxWidth: number, measure: (text: string) => number): string[] {
  const pieces: string[] = []
  let current = ''
  for (const character of unit) {
    if (current && measure(current + character) > maxWidth) {
      pieces.push(current)
      current = ''
    }
    current += character
  }
  if (current) pieces.push(current)
  return pieces
}

/** Each unit is measured once and line widths are summed: measuring every growing line is quadratic. */
function wrapParagraph(paragraph: string, maxWidth: number, measure: (text: string) => number): string[] {
  const lines: string[] = []
  let line = ''
  let width = 0
  for (const unit of breakUnits(paragraph)) {
    const blank = !unit.trim()
    if (blank && !line) continue
    const visible = unit.trimEnd()
    const visibleWidth = measure(visible)
    const fullWidth = () => (visible === unit ? visibleWidth : measure(unit))
    if (width + visibleWidth <= maxWidth) {
      line += unit
      width += fullWidth()
      continue
    }
    if (line) lines.push(line.trimEnd())
    line = ''
    width = 0
    if (blank) continue
    if (visibleWidth <= maxWidth) {
      line = unit
      width = fullWidth()
      continue
    }
    const pieces = hardBreak(visible, maxWidth, measure)
    lines.push(...pieces.slice(0, -1))
    line = pieces[pieces.length - 1] ?? ''
    width = measure(line)
  }
  if (line || lines.length === 0) lines.push(line.trimEnd())
  return lines
}

/** The lines of `text` (explicit newlines kept) that each measure at most `maxWidth`. */
export function wrapText(text: string, maxWidth: number, measure: (text: string) => number): string[] {
  return text.split(/\r?\n/).flatMap((paragraph) => wrapParagraph(paragraph.trim(), maxWidth, measure))
}
