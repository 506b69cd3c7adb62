import type { Insertable } from 'kysely'
import { addDays, addYears, daysInMonth, formatCivilDate, parseCivilDate } from '../../src-shared/domain/civil-date'
import { vinCheckDigit } from '../../src-shared/domain/identifiers/vin'
import { OFFICE_BY_PREFIX } from '../../src-shared/domain/offices'
import type { VehicleStatus, VehiclesTable } from '../schema'
import { citizenId, type CitizenPlan } from './citizens'
import { driftingContact, mobileNumber } from './contacts'
import { VEHICLE_SLOTS, type DemoContext } from './context'
import { demoId, ID_KIND } from './ids'
import { Random, WeightedTable } from './random'
import { newEnergySerial, ordinarySerial, VIN_CHARS, vinTail } from './serial-spaces'
import { STREAM } from './streams'

/**
 * Vehicles owned by citizens. The plate comes from a stream of its own so violations can
 * recompute a vehicle's id, plate and office without drawing the whole row.
 */
export type VehicleKind = 'small' | 'large' | 'new_energy_small' | 'new_energy_large'

export interface VehiclePlan {
  readonly index: number
  readonly id: string
  readonly plate: string
  readonly officeCode: string
  readonly kind: VehicleKind
}

/** Cities with a second plate letter issue part of their new plates under it (offices.ts). */
const SECOND_PREFIX: Readonly<Record<string, string>> = { 鲁B: '鲁U', 鲁F: '鲁Y', 鲁G: '鲁V' }

export function vehiclePlan(ctx: DemoContext, owner: CitizenPlan, slot: number): VehiclePlan {
  const index = owner.index * VEHICLE_SLOTS + slot
  const random = Random.stream(ctx.seed, STREAM.vehiclePlate, index)
  const second = SECOND_PREFIX[owner.area.platePrefix]
  const prefix = second && random.chance(0.25) ? second : owner.area.platePrefix
  const office = OFFICE_BY_PREFIX.get(prefix)
  if (!office) throw new Error(`no office for ${prefix}`)
  let kind: VehicleKind
  let serial: string
  if (random.chance(0.2)) {
    const energy = newEnergySerial(ctx.newEnergySerialOf.apply(index))
    kind = energy.large ? 'new_energy_large' : 'new_energy_small'
    serial = energy.serial
  } else {
    kind = random.chance(0.06) ? 'large' : 'small'
    serial = ordinarySerial(ctx.ordinarySerialOf.apply(index))
  }
  return { index, id: demoId(ctx, ID_KIND.vehicle, index), plate: prefix + serial, officeCode: office.code, kind }
}

interface Model {
  readonly brand: string
  /** World manufacturer identifier of the maker's Chinese plant. */
  readonly wmi: string
  readonly vehicleType: string
}

const m = (brand: string, wmi: string, vehicleType: string): Model => ({ brand, wmi, vehicleType })

const MODELS: Readonly<Record<VehicleKind, readonly Model[]>> = {
  small: [
    m('大众朗逸', 'LSV', '小型轿车'),
    m('大众帕萨特', 'LSV', '小型轿车'),
    m('一汽-大众速腾', 'LFV', '小型轿车'),
    m('一汽-大众迈腾', 'LFV', '小型轿车'),
    m('丰田凯美瑞', 'LVG', '小型轿车'),
    m('本田雅阁', 'LHG', '小型轿车'),
    m('日产轩逸', 'LGB', '小型轿车'),
    m('别克英朗', 'LSG', '小型轿车'),
    m('福特福克斯', 'LVS', '小型轿车'),
    m('宝马3系', 'LBV', '小型轿车'),
    m('奔驰C级', 'LE4', '小型轿车'),
    m('吉利帝豪', 'L6T', '小型轿车'),
    m('哈弗H6', 'LGW', '小型普通客车'),
    m('长安CS75', 'LS5', '小型普通客车')
  ],
  large: [m('中国重汽豪沃', 'LZZ', '重型半挂牵引车'), m('中国重汽汕德卡', 'LZZ', '重型厢式货车')],
  new_energy_small: [
    m('比亚迪秦PLUS', 'LGX', '小型轿车'),
    m('比亚迪宋PLUS', 'LGX', '小型普通客车'),
    m('特斯拉Model 3', 'LRW', '小型轿车'),
    m('特斯拉Model Y', 'LRW', '小型普通客车'),
    m('五菱宏光MINIEV', 'LZW', '微型轿车'),
    m('吉利几何A', 'L6T', '小型轿车')
  ],
  new_energy_large: [m('宇通客车', 'LZY', '大型普通客车')]
}

/** 号牌种类 codes (GA 24.7): 01 large, 02 small, 51 large new-energy, 52 small new-energy. */
const PLATE_TYPES: Readonly<Record<VehicleKind, string>> = { small: '02', large: '01', new_energy_small: '52', new_energy_large: '51' }

const SMALL_USE = new WeightedTable([
  ['非营运', 95],
  ['出租客运', 3],
  ['预约出租客运', 2]
])

/** VIN position 10, model year: 2001–2009 as digits, then letters without I, O, Q, U, Z. */
const MODEL_YEAR_CODES = '123456789ABCDEFGHJKLMNPRSTVWXY'

function modelYearCode(year: number): string {
  return MODEL_YEAR_CODES[Math.min(Math.max(year - 2001, 0), MODEL_YEAR_CODES.length - 1)] ?? '1'
}

function vin(ctx: DemoContext, random: Random, model: Model, index: number, year: number): string {
  const body = `${model.wmi}${random.chars(VIN_CHARS, 5)}0${modelYearCode(year)}${vinTail(ctx.vinSerialOf.apply(index))}`
  return body.slice(0, 8) + vinCheckDigit(body) + body.slice(9)
}

/** End of the month `months` after `date`: inspection validity is printed to the month. */
function monthEndAfter(date: string, months: number): string {
  const parts = parseCivilDate(date)
  if (!parts) throw new RangeError(`not a civil date: ${date}`)
  const total = parts.year * 12 + parts.month - 1 + months
  const year = Math.floor(total / 12)
  const month = (total % 12) + 1
  return formatCivilDate(year, month, daysInMonth(year, month))
}

/**
 * Months after registration at which each inspection falls due. Small non-commercial cars:
 * a label every 2 years for the first 10 years (on-site tests in years 6 and 10 since the
 * 2022 reform, M15/M16), then yearly. Taxis and buses: yearly for 5 years, then every
 * 6 months; trucks: yearly for 10 years, then every 6 months (S6 art.16).
 */
function inspectionMonths(kind: VehicleKind, use: string, step: number): number {
  if (use === '非营运' && (kind === 'small' || kind === 'new_energy_small')) return step <= 5 ? step * 24 : 120 + (step - 5) * 12
  const yearly = kind === 'large' ? 10 : 5
  return step <= yearly ? step * 12 : yearly * 12 + (step - yearly) * 6
}

export function vehicleRow(ctx: DemoContext, owner: CitizenPlan, ownerPhone: string | null, plan: VehiclePlan): Insertable<VehiclesTable> {
  const random = Random.stream(ctx.seed, STREAM.vehicle, plan.index)
  const model = random.pick(MODELS[plan.kind])
  const use = plan.kind === 'large' ? '货运' : plan.kind === 'new_energy_large' ? '公交客运' : SMALL_USE.pick(random)
  const candidates = [addYears(owner.birthDate, 18), addYears(ctx.today, -20), plan.kind.startsWith('new_energy') ? '2016-01-01' : '2006-01-01']
  const latest = addDays(ctx.today, -7)
  const earliest = candidates.reduce((a, b) => (a > b ? a : b))
  const registeredOn = random.dateBetween(earliest < latest ? earliest : latest, latest)
  const year = Number(registeredOn.slice(0, 4)) - (random.chance(0.3) ? 1 : 0)

  let step = 1
  while (monthEndAfter(registeredOn, inspectionMonths(plan.kind, use, step)) < ctx.today) step++
  const overdue = step > 1 && random.chance(0.08)
  const inspectionDue = monthEndAfter(registeredOn, inspectionMonths(plan.kind, use, overdue ? step - 1 : step))
  const status: VehicleStatus = overdue ? 'overdue_inspection' : random.chance(0.005) ? 'detained' : 'normal'

  return {
    id: plan.id,
    plate: plan.plate,
    plate_type: PLATE_TYPES[plan.kind],
    vin: vin(ctx, random, model, plan.index, year),
    owner_citizen_id: citizenId(ctx, owner.index),
    vehicle_type: model.vehicleType,
    brand: model.brand,
    use_nature: use,
    registered_on: registeredOn,
    inspection_due: inspectionDue,
    status,
    office_code: plan.officeCode,
    contact_phone: driftingContact(random, ownerPhone, () => mobileNumber(random))
  }
}
