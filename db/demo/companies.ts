import type { Insertable } from 'kysely'
import { addDays, chinaInstant, civilDateFromDayNumber } from '../../src-shared/domain/civil-date'
import { usccCheckChar } from '../../src-shared/domain/identifiers/uscc'
import { vinCheckDigit } from '../../src-shared/domain/identifiers/vin'
import { SHANDONG_OFFICES } from '../../src-shared/domain/offices'
import { VIOLATION_CODES } from '../../src-shared/domain/violation-codes'
import type { VehiclesTable, ViolationsTable } from '../schema'
import type { DemoContext } from './context'
import { demoId, ID_KIND } from './ids'
import { daytimeMinute, Random } from './random'
import { STREAM } from './streams'

/**
 * Vehicles registered to organisations (单位), one logistics company per city office, so an
 * organisation that registers on the platform with its credit code sees and pays for its own
 * vehicles (issue #3). Their plates use the serial shape `DDLLD`, which citizens' vehicles
 * never get (serial-spaces.ts), and their VINs a maker code citizens' models do not use, so
 * neither can collide with the rest of the data.
 */
export interface DemoCompany {
  readonly index: number
  readonly uscc: string
  readonly name: string
  readonly officeCode: string
  readonly platePrefix: string
  readonly division: string
}

export const VEHICLES_PER_COMPANY = 3
/** GB 32100 characters without I, O, S, V, Z. */
const USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY'
const PLATE_LETTERS = 'ABCDEFGHJKLMNPQRSTUVWXYZ'
const VIN_CHARS = '0123456789ABCDEFGHJKLMNPRSTUVWXYZ'
const TRADES = ['物流', '运输', '货运', '商贸'] as const
const MODELS = [
  { brand: '解放J6P', wmi: 'LFW', vehicleType: '重型半挂牵引车', plateType: '01', use: '货运' },
  { brand: '东风天龙', wmi: 'LGA', vehicleType: '重型厢式货车', plateType: '01', use: '货运' },
  { brand: '江铃全顺', wmi: 'LJX', vehicleType: '轻型厢式货车', plateType: '02', use: '货运' }
] as const

/** One company per city office (not per second plate letter), in office order. */
export function demoCompanies(ctx: DemoContext): DemoCompany[] {
  return SHANDONG_OFFICES.filter((office) => office.code === office.divisionCode).map((office, index) => {
    const random = Random.stream(ctx.seed, STREAM.company, index)
    const first17 = `91${office.divisionCode}MA${random.chars(USCC_CHARS, 7)}`
    return {
      index,
      uscc: `${first17}${usccCheckChar(first17)}`,
      name: `${office.city.replace(/市$/, '')}${random.pick(['鲁通', '齐鲁', '泉顺', '海岱', '岱宗'])}${random.pick(TRADES)}有限公司`,
      officeCode: office.code,
      platePrefix: office.platePrefix,
      division: office.divisionCode
    }
  })
}

export interface CompanyVehicle {
  readonly index: number
  readonly id: string
  readonly plate: string
  readonly officeCode: string
}

export function companyVehicle(ctx: DemoContext, company: DemoCompany, slot: number): CompanyVehicle {
  const index = company.index * VEHICLES_PER_COMPANY + slot
  // `DDLLD`: two digits, two letters, a digit; distinct per index.
  const serial = `${String(Math.floor(index / 10) % 100).padStart(2, '0')}${PLATE_LETTERS[index % PLATE_LETTERS.length]}${PLATE_LETTERS[(index * 7 + 3) % PLATE_LETTERS.length]}${index % 10}`
  return { index, id: demoId(ctx, ID_KIND.companyVehicle, index), plate: `${company.platePrefix}${serial}`, officeCode: company.officeCode }
}

export function companyVehicleRows(ctx: DemoContext, companies: readonly DemoCompany[]): Insertable<VehiclesTable>[] {
  return companies.flatMap((company) =>
    Array.from({ length: VEHICLES_PER_COMPANY }, (_, slot) => {
      const vehicle = companyVehicle(ctx, company, slot)
      const random = Random.stream(ctx.seed, STREAM.company, 1000 + vehicle.index)
      const model = MODELS[slot % MODELS.length]!
      const registeredOn = addDays(ctx.today, -random.int(200, 2500))
      const body = `${model.wmi}${random.chars(VIN_CHARS, 5)}0${'GHJKLMNPR'[random.int(0, 8)]}C${String(vehicle.index).padStart(6, '0')}`
      return {
        id: vehicle.id,
        plate: vehicle.plate,
        plate_type: model.plateType,
        vin: body.slice(0, 8) + vinCheckDigit(body) + body.slice(9),
        owner_citizen_id: null,
        owner_uscc: company.uscc,
        vehicle_type: model.vehicleType,
        brand: model.brand,
        use_nature: model.use,
        registered_on: registeredOn,
        // Commercial vehicles are inspected yearly: due within the coming year.
        inspection_due: addDays(ctx.today, random.int(20, 340)),
        status: 'normal' as const,
        office_code: vehicle.officeCode,
        contact_phone: null
      }
    })
  )
}

const CAMERA_CODES = VIOLATION_CODES.filter((code) => code.cameraEligible && code.points <= 3)

/** How many of the data set's violations go to company vehicles: the last ones, a few per vehicle at most. */
export function companyViolationCount(ctx: DemoContext, companies: readonly DemoCompany[]): number {
  return Math.min(companies.length * VEHICLES_PER_COMPANY * 2, Math.floor(ctx.violations / 20))
}

/**
 * A camera record of a company vehicle, decided against the company (no driver's licence, no
 * points on anyone) and delivered recently: mostly unpaid, for the organisation to pay.
 */
export function companyViolationRow(ctx: DemoContext, companies: readonly DemoCompany[], index: number, k: number): Insertable<ViolationsTable> {
  const random = Random.stream(ctx.seed, STREAM.company, 5000 + k)
  const company = companies[k % companies.length]!
  const vehicle = companyVehicle(ctx, company, Math.floor(k / companies.length) % VEHICLES_PER_COMPANY)
  const code = random.pick(CAMERA_CODES)
  const occurredDay = ctx.todayDay - random.int(20, 120)
  const decidedDay = Math.min(occurredDay + random.int(3, 15), ctx.todayDay - 2)
  const paid = random.chance(0.25)
  const occurredOn = civilDateFromDayNumber(occurredDay)
  const decidedOn = civilDateFromDayNumber(decidedDay)
  return {
    id: demoId(ctx, ID_KIND.violation, index),
    kind: 'camera',
    record_number: `${company.division}${occurredOn.slice(0, 4)}${ctx.numbering.record + index}`,
    decision_number: `${company.division}${ctx.numbering.decision + index}`,
    vehicle_id: vehicle.id,
    plate: vehicle.plate,
    licence_id: null,
    occurred_at: chinaInstant(occurredOn, daytimeMinute(random)),
    place: `${company.name.slice(0, 2)}绕城高速K${random.int(5, 120)}+${random.int(0, 9)}00`,
    office_code: company.officeCode,
    code: code.code,
    description: code.descriptionZh,
    fine_fen: code.fineFen,
    points: code.points,
    state: paid ? 'confirmed' : 'unpaid',
    disputed: 0,
    decided_on: decidedOn,
    delivered_on: decidedOn,
    paid_at: paid ? chinaInstant(civilDateFromDayNumber(decidedDay + 1), daytimeMinute(random)) : null
  }
}
