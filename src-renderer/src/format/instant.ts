/**
 * An ISO instant as a local date and time. Shown in China Standard Time whatever the machine's
 * zone, because every legal date and deadline on the platform is counted in China time.
 */
export function formatInstant(iso: string, locale: string): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Shanghai' }).format(date)
}
