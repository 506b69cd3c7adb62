import type { DeferralKind, LicenceServiceKind } from '../../../../src-shared/domain/licence-services'

/**
 * Pure readings for the 驾驶证业务 screens, kept apart from the components so they can be
 * tested without a renderer.
 */

/** One service as main lists it (a deferral is one service per kind of deferral). */
export interface ServiceRef {
  readonly kind: LicenceServiceKind
  readonly deferral: DeferralKind | null
}

/**
 * The locale key (and test id) of a service: `renewal`, …, `defer_renewal`, `defer_review`,
 * `defer_certificate`. A deferral without its kind cannot be named, and falls back to `defer`.
 */
export function serviceKey(service: ServiceRef): string {
  return service.kind === 'defer' ? `defer_${service.deferral ?? 'renewal'}` : service.kind
}

/**
 * Licence rules whose locale text is filled from the refusal's details. A service's verdict on
 * the list carries no details, so for these the list shows main's own sentence instead
 * (licence-text.test.ts keeps this set equal to the placeholders of the locale).
 */
export const LICENCE_RULES_WITH_DETAILS: ReadonlySet<string> = new Set([
  'LICENCE_EXPIRED_OVER_YEAR',
  'LICENCE_RENEWAL_TOO_EARLY',
  'LICENCE_VIOLATIONS_UNHANDLED',
  'LICENCE_CERTIFICATE_INVALID',
  'LICENCE_AGE_EXCHANGE_FIRST',
  'LICENCE_AGE_NOTHING_TO_EXCHANGE',
  'LICENCE_DEFER_OTHER_OFFICE',
  'LICENCE_DEFER_PERIOD'
])

/** Every rule code a 驾驶证业务 refusal can name: the service rules, and the handler's own. */
export const LICENCE_RULES = [
  'LICENCE_NOT_IN_FORCE',
  'LICENCE_EXPIRED_OVER_YEAR',
  'LICENCE_HELD_BY_POLICE',
  'LICENCE_LONG_TERM',
  'LICENCE_RENEWAL_TOO_EARLY',
  'LICENCE_VIOLATIONS_UNHANDLED',
  'LICENCE_CERTIFICATE_INVALID',
  'LICENCE_AGE_EXCHANGE_FIRST',
  'LICENCE_AGE_NOTHING_TO_EXCHANGE',
  'LICENCE_DEFER_OTHER_OFFICE',
  'LICENCE_DEFER_NOT_APPLICABLE',
  'LICENCE_DEFER_PERIOD',
  'LICENCE_DEFER_REASON',
  'LICENCE_NONE',
  'LICENCE_APPLICATION_OPEN',
  'LICENCE_APPLICATION_NOT_OPEN'
] as const

/**
 * What a refused service says on the list. Main's message is Chinese and names the exact dates
 * and figures, so a Chinese screen shows it; another language shows the rule's own text when
 * it needs no details, else main's message rather than a sentence with holes.
 */
export function refusalText(
  verdict: { readonly rule: string | null; readonly message: string | null },
  { locale, translated }: { readonly locale: string; readonly translated: (rule: string) => string | null }
): string {
  const { rule, message } = verdict
  if (locale.startsWith('zh') && message) return message
  if (rule && !LICENCE_RULES_WITH_DETAILS.has(rule)) {
    const text = translated(rule)
    if (text) return text
  }
  return message ?? rule ?? ''
}
