/** An amount held in fen (the platform stores money as integer fen) shown in yuan. */
export function formatFen(fen: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency: 'CNY' }).format(fen / 100)
}

/**
 * Fen as a plain yuan figure for a sentence that names the unit itself ("2,000 元"): no
 * currency sign, and no decimals when the amount is whole.
 */
export function formatYuan(fen: number, locale: string): string {
  const whole = fen % 100 === 0
  return new Intl.NumberFormat(locale, { minimumFractionDigits: whole ? 0 : 2, maximumFractionDigits: 2 }).format(fen / 100)
}
