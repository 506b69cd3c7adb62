import type { SyncState, SyncStatus } from '../../../../src-shared/contract'
import { CENTRAL_ERROR_CODES } from '../../../../src-shared/sync/protocol'
import { CENTRAL_RULES } from '../../../../src-shared/sync/commands'

/**
 * Pure readings of the sync figures main reports, kept apart from the screens so they can be
 * tested: how long ago, how far the clocks differ, how far a partition is behind, what the
 * header badge says, and whether a card payment fits the offline allowance.
 */

export type DurationUnit = 'seconds' | 'minutes' | 'hours' | 'days'
export interface Duration {
  readonly unit: DurationUnit
  readonly count: number
}

/** A span of time in its largest whole unit, rounded down (90 s is 1 minute); sign is dropped. */
export function wholeDuration(ms: number): Duration {
  const seconds = Math.floor(Math.abs(ms) / 1000)
  if (seconds < 60) return { unit: 'seconds', count: seconds }
  const minutes = Math.floor(seconds / 60)
  if (minutes < 60) return { unit: 'minutes', count: minutes }
  const hours = Math.floor(minutes / 60)
  // Up to two days in hours: "30 hours" says more than "1 day" about a stuck queue.
  if (hours < 48) return { unit: 'hours', count: hours }
  return { unit: 'days', count: Math.floor(hours / 24) }
}

/** Milliseconds from `iso` to `nowMs`: positive in the past, negative in the future; null when absent or unreadable. */
export function msSince(iso: string | null, nowMs: number): number | null {
  if (iso === null) return null
  const at = Date.parse(iso)
  return Number.isNaN(at) ? null : nowMs - at
}

/** Offsets within this are the measuring noise of one round trip, not a clock that is off. */
export const CLOCK_IN_SYNC_MS = 1000
/** Past this the terminal's own timestamps (payment times, receipts) are visibly wrong: ask for the clock to be set. */
export const CLOCK_WARN_MS = 60_000

export type ClockReading =
  | { readonly kind: 'unknown' }
  | { readonly kind: 'inSync' }
  | { readonly kind: 'ahead' | 'behind'; readonly ms: number; readonly warn: boolean }

/**
 * The terminal's clock against the central one. `offsetMs` is central minus terminal, so a
 * positive offset means this terminal's clock is behind.
 */
export function clockReading(offsetMs: number | null): ClockReading {
  if (offsetMs === null) return { kind: 'unknown' }
  const size = Math.abs(offsetMs)
  if (size < CLOCK_IN_SYNC_MS) return { kind: 'inSync' }
  return { kind: offsetMs > 0 ? 'behind' : 'ahead', ms: size, warn: size >= CLOCK_WARN_MS }
}

export type PartitionProgress =
  | { readonly state: 'snapshotting' | 'unknown' | 'caughtUp' }
  | { readonly state: 'behind'; readonly by: number }

/** Where a partition's pull stands: downloading a snapshot, level with the central head, or behind it. */
export function partitionProgress(partition: Pick<SyncStatus['partitionStatus'][number], 'cursor' | 'head' | 'snapshotting'>): PartitionProgress {
  if (partition.snapshotting) return { state: 'snapshotting' }
  if (partition.head === null) return { state: 'unknown' }
  const by = partition.head - partition.cursor
  return by > 0 ? { state: 'behind', by } : { state: 'caughtUp' }
}

/** What the header badge shows: `standalone` for a terminal that is not enrolled and so never syncs. */
export type BadgeState = 'unknown' | 'standalone' | SyncState['state']

export function badgeState(sync: SyncState | null): BadgeState {
  if (!sync) return 'unknown'
  return sync.enrolled ? sync.state : 'standalone'
}

export type OfflineCardCheck = 'online' | 'within' | 'overAmount' | 'noneLeft'

/**
 * Whether a card payment of `amountFen` fits what an offline terminal may still take. Main
 * decides (and refuses with OFFLINE_CARD_*); this only warns before the citizen presents a card.
 */
export function offlineCardCheck(allowance: SyncState['offlineAllowance'], amountFen: number): OfflineCardCheck {
  if (allowance === null) return 'online'
  if (allowance.cardPaymentsLeft <= 0) return 'noneLeft'
  return amountFen > allowance.cardMaxAmountFen ? 'overAmount' : 'within'
}

/** Failures of a sync run that main names itself rather than the central service. */
export const SYNC_RUN_CODES = ['CENTRAL_TIMEOUT', 'CENTRAL_UNREACHABLE', 'CENTRAL_BAD_ANSWER', 'SYNC_INTERNAL'] as const

/**
 * Codes of a rejected command or a failed run whose locale text (`rules.<code>`) stands on its
 * own. They come with a code and a message but no details, so a rule text that needs details
 * to fill in would read wrongly; for any other code the message that came with it is shown.
 */
export const SYNC_REASON_CODES: ReadonlySet<string> = new Set([
  ...Object.values(CENTRAL_RULES),
  ...CENTRAL_ERROR_CODES.filter((code) => !['INVALID_INPUT', 'NOT_FOUND', 'INTERNAL'].includes(code)),
  ...SYNC_RUN_CODES
])

/** `payments.pay` → `payments_pay`: locale keys cannot hold the dot of a method name. */
export function commandKey(command: string): string {
  return command.replace(/[^A-Za-z0-9_]/g, '_')
}

/**
 * Whether the status after a sync run says it worked: no error, or the last successful sync is
 * no older than the last error. Both instants come from main's clock, so the renderer's own
 * clock (another machine, in the web shell) plays no part.
 */
export function lastRunSucceeded(status: Pick<SyncStatus, 'lastSyncAt' | 'lastError'>): boolean {
  if (status.lastError === null) return status.lastSyncAt !== null
  if (status.lastSyncAt === null) return false
  return Date.parse(status.lastSyncAt) >= Date.parse(status.lastError.at)
}
