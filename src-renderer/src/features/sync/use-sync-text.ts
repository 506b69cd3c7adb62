import { useI18n } from 'vue-i18n'
import type { SyncState } from '../../../../src-shared/contract'
import { formatInstant } from '../../format/instant'
import { formatYuan } from '../../format/money'
import { clockReading, commandKey, msSince, SYNC_REASON_CODES, wholeDuration, type Duration } from './sync-figures'

/** How the sync figures read on screen, in the interface language. */
export function useSyncText() {
  const { t, te, locale } = useI18n()

  const duration = (value: Duration): string => t(`sync.duration.${value.unit}`, { count: value.count })

  /** "3 minutes ago" / "in 12 s"; `null` when there is no time to speak of. */
  function relative(iso: string | null, nowMs: number): string | null {
    const ms = msSince(iso, nowMs)
    if (ms === null) return null
    if (Math.abs(ms) < 1000) return t('sync.relative.now')
    return t(ms > 0 ? 'sync.relative.ago' : 'sync.relative.in', { duration: duration(wholeDuration(ms)) })
  }

  /** An instant with how long ago (or until) it is, or `fallback` when there is none. */
  function when(iso: string | null, nowMs: number, fallback: string): string {
    if (iso === null) return fallback
    const near = relative(iso, nowMs)
    const at = formatInstant(iso, locale.value)
    return near ? t('sync.relative.at', { at, near }) : at
  }

  function clock(offsetMs: number | null): string {
    const reading = clockReading(offsetMs)
    if (reading.kind === 'unknown' || reading.kind === 'inSync') return t(`sync.clock.${reading.kind}`)
    return t(`sync.clock.${reading.kind}`, { duration: duration(wholeDuration(reading.ms)) })
  }

  /** Why the central service refused: the locale's text for a known code, else its own message. */
  function reason(code: string, message: string): string {
    return SYNC_REASON_CODES.has(code) && te(`rules.${code}`) ? t(`rules.${code}`) : message || code
  }

  /** A command by what it did, e.g. 缴纳罚款; an unnamed one by its method name. */
  function command(name: string): string {
    const key = `sync.commands.${commandKey(name)}`
    return te(key) ? t(key) : name
  }

  /** The offline card allowance in one line, or null while online. */
  function allowance(value: SyncState['offlineAllowance']): string | null {
    if (value === null) return null
    if (value.cardPaymentsLeft <= 0) return t('sync.offlineNoCard')
    return t('sync.offlineAllowance', { count: value.cardPaymentsLeft, amount: formatYuan(value.cardMaxAmountFen, locale.value) })
  }

  return { duration, relative, when, clock, reason, command, allowance, yuan: (fen: number) => formatYuan(fen, locale.value) }
}
