import { addDays, daysInMonth, formatCivilDate, parseCivilDate } from './civil-date'

/**
 * 机动车业务: what a vehicle's owner may apply for at a kiosk or counter, and what the vehicle
 * record becomes once the office issues it (platform-rules 1.5, M9–M16; S4 arts.51–57, S6
 * art.16). Pure functions, run by the terminal when the application is made and again by the
 * central service.
 */

export const VEHICLE_SERVICE_KINDS = ['plate_replace', 'vehicle_licence_replace', 'inspection_label', 'label_replace'] as const
export type VehicleServiceKind = (typeof VEHICLE_SERVICE_KINDS)[number]

export type VehicleStatus = 'normal' | 'overdue_inspection' | 'detained' | 'scrapped' | 'stolen'

export interface VehicleFacts {
  readonly plate: string
  /** 号牌种类 (GA 24.7): 01 large, 02 small, 51 large new-energy, 52 small new-energy. */
  readonly plateType: string
  readonly vehicleType: string
  /** 使用性质: 非营运, 出租客运, 预约出租客运, 公交客运, 货运… */
  readonly useNature: string
  readonly registeredOn: string
  /** Last day of the current inspection validity (printed to the month). */
  readonly inspectionDue: string
  readonly status: VehicleStatus
  readonly officeCode: string
}

export interface VehicleServiceContext {
  readonly today: string
  /** Office of the terminal taking the application: plates and 行驶证 at the registration office only (M9, M10). */
  readonly terminalOffice: string
  /** Unhandled or unpaid violations of the vehicle: they must be cleared before a label (M11; S4 art.54). */
  readonly unhandledViolations: number
  /** `days` working days after `date`, on the holiday calendar (issue times are in working days). */
  readonly addWorkingDays: (date: string, days: number) => string
}

export type VehicleServiceRequest =
  | { readonly kind: 'plate_replace'; readonly reason: 'lost' | 'damaged'; readonly temporaryPlate: boolean }
  | { readonly kind: 'vehicle_licence_replace'; readonly reason: 'lost' | 'damaged' }
  /** `testedOn`: the date of the on-site inspection, for a vehicle that is not exempt from it. */
  | { readonly kind: 'inspection_label'; readonly insuranceValidUntil: string; readonly testedOn: string | null }
  | { readonly kind: 'label_replace'; readonly insuranceValidUntil: string }

export interface VehicleOutcome {
  readonly inspectionDue: string
  readonly status: VehicleStatus
  /** The day the new plates, 行驶证 or label are ready at the latest. */
  readonly readyBy: string
  readonly summary: string
}

export type VehicleServiceRule =
  | 'VEHICLE_NOT_IN_USE'
  | 'VEHICLE_DETAINED'
  | 'VEHICLE_OTHER_OFFICE'
  | 'VEHICLE_LABEL_TOO_EARLY'
  | 'VEHICLE_VIOLATIONS_UNHANDLED'
  | 'VEHICLE_INSURANCE_EXPIRED'
  | 'VEHICLE_TEST_REQUIRED'
  | 'VEHICLE_LABEL_AT_REGISTRATION_OFFICE'

export type VehicleServiceVerdict =
  | { readonly ok: true; readonly outcome: VehicleOutcome }
  | { readonly ok: false; readonly rule: VehicleServiceRule; readonly message: string; readonly params: Record<string, string | number> }

/** Plates are reissued within 15 working days (M9); a temporary plate is valid 15 days at most. */
export const PLATE_REISSUE_WORKING_DAYS = 15
export const TEMPORARY_PLATE_DAYS = 15
/** A label can be applied for from 3 months before the inspection validity ends (M11). */
export const LABEL_OPENS_MONTHS = 3

const KIND_NAMES: Record<VehicleServiceKind, string> = {
  plate_replace: '补换领号牌',
  vehicle_licence_replace: '补换领行驶证',
  inspection_label: '申领检验合格标志',
  label_replace: '补换领检验合格标志'
}

function refuse(rule: VehicleServiceRule, message: string, params: Record<string, string | number> = {}): VehicleServiceVerdict {
  return { ok: false, rule, message, params }
}

/** The last day of the month `months` after `date`'s month: inspection validity is printed to the month. */
export function monthEndAfter(date: string, months: number): string {
  const parts = parseCivilDate(date)
  if (!parts) throw new RangeError(`not a civil date: ${date}`)
  const total = parts.year * 12 + parts.month - 1 + months
  const year = Math.floor(total / 12)
  const month = (total % 12) + 1
  return formatCivilDate(year, month, daysInMonth(year, month))
}

/** The first day of the month `months` before `date`'s month. */
function monthStartBefore(date: string, months: number): string {
  const parts = parseCivilDate(date)
  if (!parts) throw new RangeError(`not a civil date: ${date}`)
  const total = parts.year * 12 + parts.month - 1 - months
  return formatCivilDate(Math.floor(total / 12), (total % 12) + 1, 1)
}

function yearsBetween(from: string, to: string): number {
  const a = parseCivilDate(from)!
  const b = parseCivilDate(to)!
  return b.year - a.year - (b.month < a.month || (b.month === a.month && b.day < a.day) ? 1 : 0)
}

/** Small non-commercial passenger cars (not minivans): the 2014/2020/2022 exemptions apply (M15, M16). */
export function isSmallPrivateCar(vehicle: Pick<VehicleFacts, 'plateType' | 'useNature' | 'vehicleType'>): boolean {
  return (vehicle.plateType === '02' || vehicle.plateType === '52') && vehicle.useNature === '非营运' && !vehicle.vehicleType.includes('面包')
}

/**
 * Months the next inspection validity runs, counted from the current one's end (S6 art.16 as
 * relaxed by M15/M16): small private cars every 2 years for their first 10 years, then yearly;
 * taxis and buses yearly for 5 years, then every 6 months; trucks and everything else yearly for
 * 10 years, then every 6 months.
 */
export function inspectionPeriodMonths(vehicle: Pick<VehicleFacts, 'plateType' | 'useNature' | 'vehicleType' | 'registeredOn'>, from: string): number {
  const age = yearsBetween(vehicle.registeredOn, from)
  if (isSmallPrivateCar(vehicle)) return age < 10 ? 24 : 12
  const passenger = vehicle.useNature.includes('客运')
  return age < (passenger ? 5 : 10) ? 12 : 6
}

/**
 * Whether the label needs an on-site inspection first: small private cars are exempt in their
 * first 10 years except in years 6 and 10 (M16); every other vehicle is tested each time.
 */
export function onSiteTestRequired(vehicle: Pick<VehicleFacts, 'plateType' | 'useNature' | 'vehicleType' | 'registeredOn'>, due: string): boolean {
  if (!isSmallPrivateCar(vehicle)) return true
  const age = yearsBetween(vehicle.registeredOn, addDays(due, 1))
  return age >= 10 || age === 6
}

/** Large buses and school buses take their label at the registration office only (M11). */
function registrationOfficeOnly(vehicle: Pick<VehicleFacts, 'vehicleType' | 'useNature'>): boolean {
  return vehicle.vehicleType.includes('大型') && (vehicle.vehicleType.includes('客车') || vehicle.useNature.includes('校车'))
}

export function checkVehicleService(vehicle: VehicleFacts, request: VehicleServiceRequest, context: VehicleServiceContext): VehicleServiceVerdict {
  const { today } = context
  const name = KIND_NAMES[request.kind]
  if (vehicle.status === 'scrapped' || vehicle.status === 'stolen') {
    return refuse('VEHICLE_NOT_IN_USE', `${vehicle.plate} 已${vehicle.status === 'scrapped' ? '注销（报废）' : '登记为被盗抢'}，不能办理${name}`, { status: vehicle.status })
  }
  if (vehicle.status === 'detained') return refuse('VEHICLE_DETAINED', `${vehicle.plate} 处于扣留状态，解除扣留后才能办理${name}`, { status: vehicle.status })
  const keep = (readyBy: string, summary: string): VehicleServiceVerdict => ({ ok: true, outcome: { inspectionDue: vehicle.inspectionDue, status: vehicle.status, readyBy, summary } })

  switch (request.kind) {
    case 'plate_replace': {
      // At the registration office; the same number within 15 working days (M9; S4 art.51).
      if (context.terminalOffice !== vehicle.officeCode) {
        return refuse('VEHICLE_OTHER_OFFICE', `${name}须到机动车登记地的车辆管理所（${vehicle.officeCode}）办理`, { officeCode: vehicle.officeCode })
      }
      const readyBy = context.addWorkingDays(today, PLATE_REISSUE_WORKING_DAYS)
      const temporary = request.temporaryPlate ? `；核发临时号牌，有效期至 ${addDays(today, TEMPORARY_PLATE_DAYS - 1)}` : ''
      return keep(readyBy, `${readyBy} 前补发 ${vehicle.plate} 同号号牌，原号牌作废${temporary}`)
    }
    case 'vehicle_licence_replace': {
      if (context.terminalOffice !== vehicle.officeCode) {
        return refuse('VEHICLE_OTHER_OFFICE', `${name}须到机动车登记地的车辆管理所（${vehicle.officeCode}）办理`, { officeCode: vehicle.officeCode })
      }
      const readyBy = context.addWorkingDays(today, 1)
      return keep(readyBy, `${readyBy} 前补发行驶证，原行驶证作废`)
    }
    case 'inspection_label': {
      // From 3 months before the validity ends (M11; S4 art.54); an overdue vehicle may apply at once.
      const opensOn = monthStartBefore(vehicle.inspectionDue, LABEL_OPENS_MONTHS - 1)
      if (today < opensOn) {
        return refuse('VEHICLE_LABEL_TOO_EARLY', `检验合格标志须在检验有效期满前3个月内申领：${vehicle.plate} 检验有效期至 ${vehicle.inspectionDue}，${opensOn} 起可以申领`, {
          inspectionDue: vehicle.inspectionDue,
          opensOn
        })
      }
      if (registrationOfficeOnly(vehicle) && context.terminalOffice !== vehicle.officeCode) {
        return refuse('VEHICLE_LABEL_AT_REGISTRATION_OFFICE', '大型客车、校车须在登记地申领检验合格标志', { officeCode: vehicle.officeCode })
      }
      if (context.unhandledViolations > 0) {
        return refuse('VEHICLE_VIOLATIONS_UNHANDLED', `${vehicle.plate} 还有 ${context.unhandledViolations} 条交通违法未处理完毕，处理完毕后才能申领检验合格标志`, {
          count: context.unhandledViolations
        })
      }
      const insurance = insuranceCheck(request.insuranceValidUntil, today)
      if (insurance) return insurance
      if (onSiteTestRequired(vehicle, vehicle.inspectionDue)) {
        if (request.testedOn === null || request.testedOn > today || request.testedOn < opensOn) {
          return refuse('VEHICLE_TEST_REQUIRED', `${vehicle.plate} 这次须先到检验机构上线检验：请填写 ${opensOn} 以后的检验日期`, { opensOn })
        }
      }
      // Overdue: the new validity runs from this month, not from the lapsed one.
      const base = vehicle.inspectionDue < today ? monthEndAfter(today, -1) : vehicle.inspectionDue
      const inspectionDue = monthEndAfter(base, inspectionPeriodMonths(vehicle, base))
      const readyBy = context.addWorkingDays(today, 1)
      return {
        ok: true,
        outcome: { inspectionDue, status: 'normal', readyBy, summary: `核发检验合格标志，检验有效期至 ${inspectionDue}${onSiteTestRequired(vehicle, vehicle.inspectionDue) ? '' : '（免予上线检验）'}` }
      }
    }
    case 'label_replace': {
      // With the compulsory insurance in force (M12; S4 art.57).
      const insurance = insuranceCheck(request.insuranceValidUntil, today)
      if (insurance) return insurance
      const readyBy = context.addWorkingDays(today, 1)
      return keep(readyBy, `${readyBy} 前补发检验合格标志，检验有效期仍至 ${vehicle.inspectionDue}`)
    }
  }
}

function insuranceCheck(validUntil: string, today: string): VehicleServiceVerdict | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(validUntil) || validUntil < today) {
    return refuse('VEHICLE_INSURANCE_EXPIRED', `机动车交通事故责任强制保险（交强险）须在有效期内：保单有效期至 ${validUntil}`, { insuranceValidUntil: validUntil })
  }
  return null
}

/** A vehicle detained, scrapped or stolen since its application was accepted cannot be issued anything. */
export function vehicleIssueBlocked(status: string): { rule: VehicleServiceRule; message: string } | null {
  if (status === 'detained') return { rule: 'VEHICLE_DETAINED', message: '机动车现处于扣留状态，不能办结，请退办或待解除后办结' }
  if (status === 'scrapped' || status === 'stolen') return { rule: 'VEHICLE_NOT_IN_USE', message: `机动车已${status === 'scrapped' ? '注销（报废）' : '登记为被盗抢'}，不能办结，请退办` }
  return null
}
