import { mulberry32, uniformIndex } from './exams/prng'

/**
 * 号牌预选 (platform-rules M1–M7; S4 art.43): choosing the number of a new small car's plate before
 * it is registered, at a kiosk or a counter. Two ways: **random** — up to five batches of ten
 * numbers, one picked from a batch (M3); or **composed** (自编) — the owner types candidates, up to
 * twenty per vehicle, checked in order against the selection rule (M4, M5). The number is held
 * for three working days (M6, a regional parameter); each VIN pre-selects successfully once.
 *
 * The selection rule is set per city (M5 "按照选号规则"); Shandong's offices are modelled with
 * the common one: the serial's first character is a letter, exactly one letter among the other
 * four, the three digits not all 0, no three identical digits in a row, and never I or O.
 */

export const BATCHES_PER_VIN = 5
export const NUMBERS_PER_BATCH = 10
export const COMPOSED_PER_VIN = 20
/** Seconds a random batch can be picked from (M3, about 90 s); then it is forfeited. */
export const BATCH_SECONDS = 90
/** Working days a pre-selected number is held for registration (M6). */
export const HOLD_WORKING_DAYS = 3

const LETTERS = 'ABCDEFGHJKLMNPQRSTUVWXYZ'
const DIGITS = '0123456789'

export type PlatePatternRule = 'PLATE_PATTERN_LENGTH' | 'PLATE_PATTERN_CHARACTER' | 'PLATE_PATTERN_FIRST_LETTER' | 'PLATE_PATTERN_ONE_LETTER' | 'PLATE_PATTERN_ZEROS' | 'PLATE_PATTERN_TRIPLE'

export type PatternVerdict = { readonly ok: true; readonly serial: string } | { readonly ok: false; readonly rule: PlatePatternRule; readonly message: string }

/** Upper case, without spaces or the printed middle dot. */
export function normaliseSerial(input: string): string {
  return input.replace(/[\s·•]/g, '').toUpperCase()
}

/** Whether a 5-character serial (the part after 鲁A) may be composed under the selection rule. */
export function checkComposedSerial(input: string): PatternVerdict {
  const serial = normaliseSerial(input)
  const chars = Array.from(serial)
  if (chars.length !== 5) return { ok: false, rule: 'PLATE_PATTERN_LENGTH', message: `自编号码为号牌字母后的5位，“${input}”为${chars.length}位` }
  const bad = chars.find((c) => !LETTERS.includes(c) && !DIGITS.includes(c))
  if (bad !== undefined) return { ok: false, rule: 'PLATE_PATTERN_CHARACTER', message: `“${bad}”不能用于号牌：只能用数字和字母（不含 I、O）` }
  if (!LETTERS.includes(chars[0]!)) return { ok: false, rule: 'PLATE_PATTERN_FIRST_LETTER', message: `自编号码的第1位须为字母，“${serial}”的第1位是“${chars[0]}”` }
  const rest = chars.slice(1)
  const letters = rest.filter((c) => LETTERS.includes(c)).length
  if (letters !== 1) return { ok: false, rule: 'PLATE_PATTERN_ONE_LETTER', message: `自编号码的后4位中须恰好有1个字母，“${serial}”有${letters}个` }
  const digits = rest.filter((c) => DIGITS.includes(c))
  if (digits.every((d) => d === '0')) return { ok: false, rule: 'PLATE_PATTERN_ZEROS', message: `自编号码的3个数字不能全为0（“${serial}”）` }
  for (let i = 0; i + 2 < chars.length; i++) {
    if (DIGITS.includes(chars[i]!) && chars[i] === chars[i + 1] && chars[i] === chars[i + 2]) {
      return { ok: false, rule: 'PLATE_PATTERN_TRIPLE', message: `自编号码不能含3个连续相同的数字（“${chars[i]!.repeat(3)}”）` }
    }
  }
  return { ok: true, serial }
}

/**
 * Batch `batch` (1–5) of random numbers for one VIN: ten distinct serials that follow the rule and
 * are not `taken`, drawn from a seed so a batch can be shown again (after a reload) unchanged.
 */
export function drawBatch(seed: number, batch: number, taken: (serial: string) => boolean): string[] {
  const next = mulberry32((seed ^ Math.imul(batch, 0x9e3779b1)) >>> 0)
  const pick = (alphabet: string) => alphabet[uniformIndex(next, alphabet.length)]!
  const numbers: string[] = []
  for (let tries = 0; numbers.length < NUMBERS_PER_BATCH && tries < 10_000; tries++) {
    const letterAt = 1 + uniformIndex(next, 4)
    const serial = [pick(LETTERS), ...[1, 2, 3, 4].map((i) => (i === letterAt ? pick(LETTERS) : pick(DIGITS)))].join('')
    if (checkComposedSerial(serial).ok && !numbers.includes(serial) && !taken(serial)) numbers.push(serial)
  }
  return numbers
}
