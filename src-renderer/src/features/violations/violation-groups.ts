import type { ViolationItem } from '../../../../src-shared/contract'

/**
 * The ways the records are shown: camera records not yet handled (电子监控, handled and paid in
 * one go), decided records waiting for payment, and everything including the paid history.
 */
export const VIOLATION_GROUPS = ['camera', 'unpaid', 'all'] as const
export type ViolationGroup = (typeof VIOLATION_GROUPS)[number]

const IN_GROUP: Record<ViolationGroup, (item: ViolationItem) => boolean> = {
  camera: (item) => item.kind === 'camera' && item.state === 'unhandled',
  // A payment in progress is still money owed until the terminal's answer settles it.
  unpaid: (item) => item.state === 'unpaid' || item.state === 'paying',
  all: () => true
}

export function isViolationGroup(value: unknown): value is ViolationGroup {
  return VIOLATION_GROUPS.includes(value as ViolationGroup)
}

export function inGroup(items: readonly ViolationItem[], group: ViolationGroup): ViolationItem[] {
  return items.filter(IN_GROUP[group])
}

export function groupCounts(items: readonly ViolationItem[]): Record<ViolationGroup, number> {
  return { camera: inGroup(items, 'camera').length, unpaid: inGroup(items, 'unpaid').length, all: items.length }
}

/** Where the screen opens: the first group with something to do, else the whole history. */
export function firstGroupWithWork(items: readonly ViolationItem[]): ViolationGroup {
  const counts = groupCounts(items)
  if (counts.camera > 0) return 'camera'
  if (counts.unpaid > 0) return 'unpaid'
  return 'all'
}

/** What paying a record today costs as the list knows it; the quote is the binding figure. */
export function amountDueFen(item: ViolationItem): number {
  return item.lateFee?.totalFen ?? item.fineFen
}
