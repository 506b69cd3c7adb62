import { VIOLATION_CODE_BY_CODE } from '../../../../src-shared/domain/violation-codes'
import type { ViolationItem } from '../../../../src-shared/contract'

/**
 * The violation in the reader's language: records carry the archive's Chinese wording, and the
 * shared code catalogue has the English for every code it knows. An unknown code keeps the
 * archive's words.
 */
export function violationDescription(item: Pick<ViolationItem, 'code' | 'description'>, locale: string): string {
  if (locale.startsWith('zh')) return item.description
  return VIOLATION_CODE_BY_CODE.get(item.code)?.descriptionEn ?? item.description
}

export type TagType = 'success' | 'warning' | 'danger' | 'info' | 'primary'

/** Colour of a record's state badge: red while money is owed, amber while a payment is open, green once paid. */
export const STATE_TAG: Record<ViolationItem['state'], TagType> = {
  unhandled: 'danger',
  unpaid: 'danger',
  paying: 'warning',
  paid: 'success',
  confirmed: 'success'
}

/**
 * Locale key for why a record cannot be paid here. Most rules read the same on a record card as
 * in a refusal (`rules.<RULE>`); a rule whose refusal sentence needs the refusal's details (the
 * 12-point rule quotes the points) has a detail-free wording under `violations.reasons`.
 */
export function refusalKey(rule: string, exists: (key: string) => boolean): string | null {
  const own = `violations.reasons.${rule}`
  if (exists(own)) return own
  const shared = `rules.${rule}`
  return exists(shared) ? shared : null
}
