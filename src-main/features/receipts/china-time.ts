/** China keeps one zone, UTC+8, with no daylight saving, so a fixed offset is exact. */
const CHINA_OFFSET_MS = 8 * 3_600_000

/** An ISO instant as China wall-clock time, `YYYY-MM-DD HH:mm`, the way receipts print it. */
export function formatChinaDateTime(iso: string): string {
  const instant = Date.parse(iso)
  if (Number.isNaN(instant)) throw new RangeError(`not an ISO instant: ${iso}`)
  const china = new Date(instant + CHINA_OFFSET_MS).toISOString()
  return `${china.slice(0, 10)} ${china.slice(11, 16)}`
}
