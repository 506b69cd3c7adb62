import { addDays, addYears, ageOn } from './civil-date'
import { LICENCE_CLASSES } from './exams/model'

/**
 * 驾驶证业务: what a licence holder may apply for at a kiosk or a counter, and what the licence
 * becomes once the office completes the application (platform-rules 1.3, L1–L11; S1 arts.13,
 * 62–75, 79). Pure functions: the terminal checks an application with them when it is made, and
 * the central service checks it again on its own records.
 */

export const LICENCE_SERVICE_KINDS = ['renewal', 'age_exchange', 'replace_damaged', 'replace_lost', 'defer'] as const
export type LicenceServiceKind = (typeof LICENCE_SERVICE_KINDS)[number]

/** 延期换证, 延期审验, 延期提交身体条件证明 (L10). */
export const DEFERRAL_KINDS = ['renewal', 'review', 'certificate'] as const
export type DeferralKind = (typeof DEFERRAL_KINDS)[number]
export const DEFERRAL_REASONS = ['military', 'abroad', 'other'] as const
export type DeferralReason = (typeof DEFERRAL_REASONS)[number]

export type LicenceStatus = 'valid' | 'expired' | 'detained' | 'suspended' | 'revoked' | 'cancelled'

/** The licence as the records hold it. `validUntil` null is 长期 (long-term). */
export interface LicenceFacts {
  readonly classes: readonly string[]
  readonly firstIssuedOn: string
  readonly validFrom: string
  readonly validUntil: string | null
  readonly status: LicenceStatus
  readonly officeCode: string
}

export interface ServiceContext {
  /** China civil date of the application. */
  readonly today: string
  readonly birthDate: string
  /** Office of the terminal taking the application (deferrals: the issuing office only, L10). */
  readonly terminalOffice: string
  /** Unhandled violations and accidents on the licence: renewal includes 审验, which they fail (F5; S1 art.73). */
  readonly unhandledViolations: number
  /** Scoring cycles of the current validity period that reached 12 points (L1). */
  readonly fullCycles: number
}

export type ServiceRequest =
  | { readonly kind: 'renewal'; readonly certificateIssuedOn: string }
  | { readonly kind: 'age_exchange'; readonly certificateIssuedOn: string; readonly target: 'C1' | 'C2' }
  | { readonly kind: 'replace_damaged'; readonly reason: 'damaged' | 'details_changed' }
  | { readonly kind: 'replace_lost' }
  | { readonly kind: 'defer'; readonly deferral: DeferralKind; readonly reason: DeferralReason; readonly reasonNote: string; readonly until: string }

/** The licence once the application is completed (制证). */
export interface LicenceOutcome {
  readonly classes: readonly string[]
  readonly validFrom: string
  readonly validUntil: string | null
  readonly status: LicenceStatus
  /** What changes, in Chinese, for the applicant and the clerk. */
  readonly summary: string
}

export type LicenceServiceRule =
  | 'LICENCE_NOT_IN_FORCE'
  | 'LICENCE_EXPIRED_OVER_YEAR'
  | 'LICENCE_HELD_BY_POLICE'
  | 'LICENCE_LONG_TERM'
  | 'LICENCE_RENEWAL_TOO_EARLY'
  | 'LICENCE_VIOLATIONS_UNHANDLED'
  | 'LICENCE_CERTIFICATE_INVALID'
  | 'LICENCE_AGE_EXCHANGE_FIRST'
  | 'LICENCE_AGE_NOTHING_TO_EXCHANGE'
  | 'LICENCE_DEFER_OTHER_OFFICE'
  | 'LICENCE_DEFER_NOT_APPLICABLE'
  | 'LICENCE_DEFER_PERIOD'
  | 'LICENCE_DEFER_REASON'

export type ServiceVerdict =
  | { readonly ok: true; readonly outcome: LicenceOutcome }
  | { readonly ok: false; readonly rule: LicenceServiceRule; readonly message: string; readonly params: Record<string, string | number> }

/** Renewal opens 90 days before expiry (L2). */
export const RENEWAL_OPENS_DAYS = 90
/** A physical-condition certificate is valid 6 months from issue (L11): usable while issue + 6 months ≥ today. */
export const CERTIFICATE_VALID_MONTHS = 6
/** Deferrals last at most 3 years (L10). */
export const DEFER_MAX_YEARS = 3

const AGE_60_BARRED: readonly string[] = ['A1', 'A2', 'A3', 'B1', 'B2', 'M', 'N', 'P']
const AGE_70_BARRED: readonly string[] = ['C3', 'C4', 'C6', 'D', 'E']

function refuse(rule: LicenceServiceRule, message: string, params: Record<string, string | number> = {}): ServiceVerdict {
  return { ok: false, rule, message, params }
}

function addMonths(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number]
  const index = year * 12 + (month - 1) + months
  const targetYear = Math.floor(index / 12)
  const targetMonth = (index % 12) + 1
  const lastDay = new Date(Date.UTC(targetYear, targetMonth, 0)).getUTCDate()
  return `${String(targetYear).padStart(4, '0')}-${String(targetMonth).padStart(2, '0')}-${String(Math.min(day, lastDay)).padStart(2, '0')}`
}

/** The classes a holder may keep at `age`, and what they exchange for (L4; S1 art.65). */
export function classesAfterAgeExchange(classes: readonly string[], age: number, target: 'C1' | 'C2'): string[] {
  const held = new Set(classes)
  const result = new Set<string>()
  let needsCar = false
  for (const c of held) {
    if (age >= 60 && AGE_60_BARRED.includes(c)) {
      // Exchanged for a small car class (C1/C2); A2 holders may keep C6 (until 70).
      needsCar = true
      if (c === 'A2' && age < 70) result.add('C6')
      continue
    }
    if (age >= 70 && AGE_70_BARRED.includes(c)) {
      if (c === 'D' || c === 'E') result.add('F')
      else needsCar = true // C3, C4, C6 exchange for C1/C2
      continue
    }
    result.add(c)
  }
  if (needsCar && !result.has('C1') && !result.has('C2')) result.add(target)
  const order = LICENCE_CLASSES as readonly string[]
  return [...result].sort((a, b) => order.indexOf(a) - order.indexOf(b))
}

/** Whether the licence must be exchanged for age before anything else is issued on it. */
function ageExchangeDue(licence: LicenceFacts, age: number): boolean {
  return classesAfterAgeExchange(licence.classes, age, 'C1').join(',') !== [...licence.classes].join(',')
}

/** The length of the next validity period: 6 → 10 → 长期, unless a cycle of this one reached 12 points (L1). */
export function nextValidityYears(licence: Pick<LicenceFacts, 'validFrom' | 'validUntil'>, fullCycles: number): 6 | 10 | null {
  if (licence.validUntil === null) return null
  const years = Number(licence.validUntil.slice(0, 4)) - Number(licence.validFrom.slice(0, 4))
  const current: 6 | 10 = years >= 10 ? 10 : 6
  if (fullCycles > 0) return current
  return current === 6 ? 10 : null
}

function certificateCheck(issuedOn: string, today: string): ServiceVerdict | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(issuedOn) || issuedOn > today) {
    return refuse('LICENCE_CERTIFICATE_INVALID', `身体条件证明的开具日期 ${issuedOn} 不能晚于今天`, { issuedOn })
  }
  if (addMonths(issuedOn, CERTIFICATE_VALID_MONTHS) < today) {
    return refuse('LICENCE_CERTIFICATE_INVALID', `身体条件证明自开具之日起 ${CERTIFICATE_VALID_MONTHS} 个月内有效，${issuedOn} 开具的已经过期，请重新体检`, {
      issuedOn,
      expiredOn: addMonths(issuedOn, CERTIFICATE_VALID_MONTHS)
    })
  }
  return null
}

const KIND_NAMES: Record<LicenceServiceKind, string> = {
  renewal: '期满换证',
  age_exchange: '超龄换证',
  replace_damaged: '损毁换证',
  replace_lost: '遗失补证',
  defer: '延期办理'
}
export const DEFERRAL_NAMES: Record<DeferralKind, string> = { renewal: '延期换证', review: '延期审验', certificate: '延期提交身体条件证明' }

/**
 * Whether `request` may be accepted for `licence` today, and what the licence becomes. Checks
 * run from the most fundamental: a licence no longer in force, then the service's own rules.
 */
export function checkLicenceService(licence: LicenceFacts, request: ServiceRequest, context: ServiceContext): ServiceVerdict {
  const { today } = context
  const name = request.kind === 'defer' ? DEFERRAL_NAMES[request.deferral] : KIND_NAMES[request.kind]
  if (licence.status === 'revoked' || licence.status === 'cancelled') {
    return refuse('LICENCE_NOT_IN_FORCE', `驾驶证已${licence.status === 'revoked' ? '吊销' : '注销'}，不能办理${name}；须重新申领驾驶证`, { status: licence.status })
  }
  // More than a year past expiry the licence is cancelled (L3; S1 art.79(8)).
  if (licence.validUntil !== null && addYears(licence.validUntil, 1) < today) {
    return refuse('LICENCE_EXPIRED_OVER_YEAR', `驾驶证有效期至 ${licence.validUntil}，超过有效期已满一年，驾驶证将被注销，不能办理${name}；须重新申领并参加考试`, {
      validUntil: licence.validUntil
    })
  }
  const heldByPolice = licence.status === 'detained' || licence.status === 'suspended'
  const age = ageOn(context.birthDate, today)
  const keep = (summary: string): ServiceVerdict => ({
    ok: true,
    outcome: { classes: [...licence.classes], validFrom: licence.validFrom, validUntil: licence.validUntil, status: licence.status === 'expired' ? 'expired' : licence.status, summary }
  })

  switch (request.kind) {
    case 'renewal': {
      if (heldByPolice) return refuse('LICENCE_HELD_BY_POLICE', `驾驶证处于${licence.status === 'detained' ? '扣押' : '暂扣'}状态，不能办理期满换证`, { status: licence.status })
      if (licence.validUntil === null) return refuse('LICENCE_LONG_TERM', '驾驶证有效期为长期，不需要期满换证')
      const opensOn = addDays(licence.validUntil, -RENEWAL_OPENS_DAYS)
      if (today < opensOn) {
        return refuse('LICENCE_RENEWAL_TOO_EARLY', `期满换证须在有效期满前 ${RENEWAL_OPENS_DAYS} 日内申请：有效期至 ${licence.validUntil}，${opensOn} 起可以申请`, {
          validUntil: licence.validUntil,
          opensOn
        })
      }
      if (ageExchangeDue(licence, age)) return refuse('LICENCE_AGE_EXCHANGE_FIRST', `年满 ${age} 周岁，驾驶证上有不能再驾驶的准驾车型，请先办理超龄换证`, { age })
      if (context.unhandledViolations > 0) {
        return refuse('LICENCE_VIOLATIONS_UNHANDLED', `换证包含审验：驾驶证还有 ${context.unhandledViolations} 条交通违法未处理，请处理完毕后再申请`, { count: context.unhandledViolations })
      }
      const certificate = certificateCheck(request.certificateIssuedOn, today)
      if (certificate) return certificate
      const years = nextValidityYears(licence, context.fullCycles)
      const validFrom = licence.validUntil
      const validUntil = years === null ? null : addYears(validFrom, years)
      const ladder = context.fullCycles > 0 ? '本有效期内有记分周期累积记分达到12分，有效期不升档' : '本有效期内没有记分周期累积记分达到12分，有效期升档'
      return {
        ok: true,
        outcome: {
          classes: [...licence.classes],
          validFrom,
          validUntil,
          status: 'valid',
          summary: `换发新驾驶证，有效期自 ${validFrom} 起${validUntil === null ? '为长期' : `至 ${validUntil}（${years}年）`}；${ladder}`
        }
      }
    }
    case 'age_exchange': {
      if (heldByPolice) return refuse('LICENCE_HELD_BY_POLICE', `驾驶证处于${licence.status === 'detained' ? '扣押' : '暂扣'}状态，不能办理超龄换证`, { status: licence.status })
      const classes = classesAfterAgeExchange(licence.classes, age, request.target)
      if (classes.join(',') === [...licence.classes].join(',')) {
        return refuse('LICENCE_AGE_NOTHING_TO_EXCHANGE', `年满 ${age} 周岁，驾驶证上的准驾车型 ${licence.classes.join(' ')} 都可以继续驾驶，不需要超龄换证`, { age })
      }
      const certificate = certificateCheck(request.certificateIssuedOn, today)
      if (certificate) return certificate
      return {
        ok: true,
        outcome: {
          classes,
          validFrom: licence.validFrom,
          validUntil: licence.validUntil,
          status: licence.status,
          summary: `准驾车型由 ${licence.classes.join(' ')} 换为 ${classes.join(' ')}，有效期不变`
        }
      }
    }
    case 'replace_damaged': {
      if (heldByPolice) return refuse('LICENCE_HELD_BY_POLICE', `驾驶证处于${licence.status === 'detained' ? '扣押' : '暂扣'}状态，不能办理损毁换证`, { status: licence.status })
      return keep(request.reason === 'damaged' ? '收回损毁的驾驶证，换发内容相同的新证' : '按变更后的登记信息换发新证，准驾车型和有效期不变')
    }
    case 'replace_lost': {
      // Not while the licence is detained or suspended (L9; S1 art.69).
      if (heldByPolice) return refuse('LICENCE_HELD_BY_POLICE', `驾驶证处于${licence.status === 'detained' ? '扣押' : '暂扣'}期间，不能申请遗失补证`, { status: licence.status })
      return keep('补发驾驶证，原驾驶证同时作废')
    }
    case 'defer': {
      // At the issuing office only (L10; S1 art.75).
      if (context.terminalOffice !== licence.officeCode) {
        return refuse('LICENCE_DEFER_OTHER_OFFICE', `${DEFERRAL_NAMES[request.deferral]}须到核发驾驶证的车辆管理所（${licence.officeCode}）办理`, { officeCode: licence.officeCode })
      }
      if (request.deferral === 'renewal' && licence.validUntil === null) return refuse('LICENCE_DEFER_NOT_APPLICABLE', '驾驶证有效期为长期，不需要延期换证')
      if (request.deferral === 'certificate' && age < 70) {
        return refuse('LICENCE_DEFER_NOT_APPLICABLE', `年满70周岁的驾驶人才需要每年提交身体条件证明；您现年 ${age} 周岁`, { age })
      }
      const latest = addYears(today, DEFER_MAX_YEARS)
      if (!/^\d{4}-\d{2}-\d{2}$/.test(request.until) || request.until <= today || request.until > latest) {
        return refuse('LICENCE_DEFER_PERIOD', `延期最长 ${DEFER_MAX_YEARS} 年：延期至的日期须晚于今天，且不晚于 ${latest}`, { until: request.until, latest })
      }
      if (request.reason === 'other' && request.reasonNote.trim().length < 4) {
        return refuse('LICENCE_DEFER_REASON', '延期须说明理由（如服兵役、出国（境）等），请填写具体原因（至少4个字）')
      }
      return keep(`${DEFERRAL_NAMES[request.deferral]}至 ${request.until}；延期期间不得驾驶机动车`)
    }
  }
}

/** A licence the police hold or took away cannot be issued a new card or period (L9; S1 arts.69, 79). */
export function issueBlocked(status: string): { rule: LicenceServiceRule; message: string } | null {
  if (status === 'detained' || status === 'suspended') return { rule: 'LICENCE_HELD_BY_POLICE', message: `驾驶证现处于${status === 'detained' ? '扣押' : '暂扣'}状态，不能办结，请退办或待解除后办结` }
  if (status === 'revoked' || status === 'cancelled') return { rule: 'LICENCE_NOT_IN_FORCE', message: `驾驶证已${status === 'revoked' ? '吊销' : '注销'}，不能办结，请退办` }
  return null
}
