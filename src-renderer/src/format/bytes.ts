const UNITS = ['B', 'kB', 'MB', 'GB', 'TB'] as const

/** A byte count in the largest SI unit (1 kB = 1000 B) that keeps the number at least 1. */
export function formatBytes(bytes: number, locale: string): string {
  let value = bytes
  let unit = 0
  while (Math.abs(value) >= 1000 && unit < UNITS.length - 1) {
    value /= 1000
    unit += 1
  }
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: unit === 0 ? 0 : 1 }).format(value)
  return `${number} ${UNITS[unit]}`
}
