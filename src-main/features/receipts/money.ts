/**
 * How amounts of integer fen are written on receipts and reports: in figures (¥1,234.50) and,
 * for totals, in Chinese capital numerals (大写), which cannot be altered by adding a stroke.
 */

function assertFen(fen: number): void {
  if (!Number.isSafeInteger(fen)) throw new RangeError(`not an amount in fen: ${fen}`)
}

/** `¥1,234.50`; negative amounts (report differences) as `-¥12.00`. */
export function formatYuan(fen: number): string {
  assertFen(fen)
  const sign = fen < 0 ? '-' : ''
  const absolute = Math.abs(fen)
  const yuan = Math.floor(absolute / 100)
  const cents = absolute % 100
  const grouped = String(yuan).replace(/\B(?=(\d{3})+$)/g, ',')
  return `${sign}¥${grouped}.${String(cents).padStart(2, '0')}`
}

const DIGITS = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'] as const
const PLACES = ['', '拾', '佰', '仟'] as const
const GROUPS = ['', '万', '亿'] as const
/** 9,999 亿元 − 1 分: the three groups above are enough for anything a counter takes. */
const MAX_FEN = 1_000_000_000_000 * 100 - 1

function digit(value: number): string {
  return DIGITS[value] ?? ''
}

/** Whole yuan in capitals, one 零 for each run of zeros inside the number (壹仟零玖, 壹万零壹佰). */
function integerInWords(yuan: number): string {
  const figures = String(yuan)
  let words = ''
  let zeroPending = false
  let groupHasDigit = false
  for (let index = 0; index < figures.length; index++) {
    const value = Number(figures[index])
    const position = figures.length - 1 - index
    if (value === 0) {
      zeroPending = words.length > 0
    } else {
      if (zeroPending) words += '零'
      zeroPending = false
      groupHasDigit = true
      words += digit(value) + (PLACES[position % 4] ?? '')
    }
    if (position % 4 === 0) {
      if (groupHasDigit) words += GROUPS[position / 4] ?? ''
      groupHasDigit = false
    }
  }
  return words
}

/**
 * The amount in capitals as the People's Bank of China's 支付结算办法 prescribes: 元整 when there
 * are no 角 or 分 (肆佰元整), 零 between 元 and 分 when 角 is zero (叁佰贰拾伍元零肆分), nothing
 * after 分, and 零元整 for nothing at all.
 */
export function yuanInWords(fen: number): string {
  assertFen(fen)
  if (fen < 0 || fen > MAX_FEN) throw new RangeError(`amount out of range for capital numerals: ${fen}`)
  const yuan = Math.floor(fen / 100)
  const jiao = Math.floor(fen / 10) % 10
  const cents = fen % 10
  if (fen === 0) return '零元整'
  let words = yuan > 0 ? `${integerInWords(yuan)}元` : ''
  if (jiao === 0 && cents === 0) return `${words}整`
  if (jiao > 0) words += `${digit(jiao)}角`
  else if (yuan > 0) words += '零'
  if (cents > 0) words += `${digit(cents)}分`
  return words
}
