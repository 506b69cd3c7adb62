import type { DeferralKind, LicenceServiceKind } from '../../../../src-shared/domain/licence-services'
import { VEHICLE_SERVICE_KINDS, type VehicleServiceKind } from '../../../../src-shared/domain/vehicle-services'

/**
 * Pure readings for the 驾驶证业务 and 机动车业务 screens and the counter's issuing of both, kept
 * apart from the components so they can be tested without a renderer.
 */

export type ServiceSubject = 'licence' | 'vehicle'
export type ServiceKind = LicenceServiceKind | VehicleServiceKind

/** One service as main lists it (a licence deferral is one service per kind of deferral). */
export interface ServiceRef {
  readonly kind: ServiceKind
  readonly deferral?: DeferralKind | null
}

const VEHICLE_KINDS: ReadonlySet<string> = new Set(VEHICLE_SERVICE_KINDS)

/** Whose service a kind is: the kinds of the two subjects never share a name. */
export function subjectOf(kind: ServiceKind): ServiceSubject {
  return VEHICLE_KINDS.has(kind) ? 'vehicle' : 'licence'
}

/**
 * The locale key (and test id) of a service under its subject: `renewal`, …, `defer_renewal`,
 * `defer_review`, `defer_certificate`, `plate_replace`, …. A deferral without its kind cannot
 * be named, and falls back to `defer_renewal`.
 */
export function serviceKey(service: ServiceRef): string {
  return service.kind === 'defer' ? `defer_${service.deferral ?? 'renewal'}` : service.kind
}

/** Refusals of the shared application life, on a licence or a vehicle alike. */
export const APPLICATION_RULES = ['APPLICATION_OPEN', 'APPLICATION_NOT_OPEN'] as const

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
  'LICENCE_NONE'
] as const

/** Every rule code a 机动车业务 refusal can name: the service rules, and the handler's own. */
export const VEHICLE_RULES = [
  'VEHICLE_NOT_IN_USE',
  'VEHICLE_DETAINED',
  'VEHICLE_OTHER_OFFICE',
  'VEHICLE_LABEL_TOO_EARLY',
  'VEHICLE_VIOLATIONS_UNHANDLED',
  'VEHICLE_INSURANCE_EXPIRED',
  'VEHICLE_TEST_REQUIRED',
  'VEHICLE_LABEL_AT_REGISTRATION_OFFICE',
  'VEHICLE_NOT_OWNER'
] as const

/**
 * Rules whose locale text is filled from the refusal's details. A service's verdict on a list
 * carries no details, so for these the list shows main's own sentence instead
 * (service-text.test.ts keeps this set equal to the placeholders of the locale).
 */
export const RULES_WITH_DETAILS: ReadonlySet<string> = new Set([
  'LICENCE_EXPIRED_OVER_YEAR',
  'LICENCE_RENEWAL_TOO_EARLY',
  'LICENCE_VIOLATIONS_UNHANDLED',
  'LICENCE_CERTIFICATE_INVALID',
  'LICENCE_AGE_EXCHANGE_FIRST',
  'LICENCE_AGE_NOTHING_TO_EXCHANGE',
  'LICENCE_DEFER_OTHER_OFFICE',
  'LICENCE_DEFER_PERIOD',
  'VEHICLE_OTHER_OFFICE',
  'VEHICLE_LABEL_TOO_EARLY',
  'VEHICLE_VIOLATIONS_UNHANDLED',
  'VEHICLE_INSURANCE_EXPIRED',
  'VEHICLE_TEST_REQUIRED',
  'VEHICLE_LABEL_AT_REGISTRATION_OFFICE'
])

/**
 * What a refused service says on a list. Main's message is Chinese and names the exact dates
 * and figures, so a Chinese screen shows it; another language shows the rule's own text when
 * it needs no details, else main's message rather than a sentence with holes.
 */
export function refusalText(
  verdict: { readonly rule: string | null; readonly message: string | null },
  { locale, translated }: { readonly locale: string; readonly translated: (rule: string) => string | null }
): string {
  const { rule, message } = verdict
  if (locale.startsWith('zh') && message) return message
  if (rule && !RULES_WITH_DETAILS.has(rule)) {
    const text = translated(rule)
    if (text) return text
  }
  return message ?? rule ?? ''
}
