/** An amount held in fen (the platform stores money as integer fen) shown in yuan. */
export function formatFen(fen: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency: 'CNY' }).format(fen / 100)
}
