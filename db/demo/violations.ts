import type { Insertable } from 'kysely'
import { chinaInstant, civilDateFromDayNumber } from '../../src-shared/domain/civil-date'
import { decisionProcedure, VIOLATION_CODE_BY_CODE, VIOLATION_CODES, type ViolationCode } from '../../src-shared/domain/violation-codes'
import type { ViolationKind, ViolationState, ViolationsTable } from '../schema'
import { citizenPlan, licenceId, type CitizenPlan } from './citizens'
import type { DemoContext } from './context'
import { demoId, ID_KIND } from './ids'
import { AREAS, areaOffice, EXPRESSWAYS, type DemoArea } from './names'
import { daytimeMinute, Random, WeightedTable } from './random'
import { STREAM } from './streams'
import { vehiclePlan, type VehiclePlan } from './vehicles'

/**
 * Violation records of the three kinds: camera records (非现场, mostly still unhandled),
 * on-the-spot summary decisions (fine ≤ 200 yuan, S3 art.42) and ordinary-procedure
 * decisions (fine > 200 yuan or counter-only, S3 art.43).
 */
const KINDS = new WeightedTable<ViolationKind>([
  ['camera', 80],
  ['on_the_spot', 15],
  ['general', 5]
])

/** How often each code turns up, by kind of record; codes not named weigh 1. */
const CAMERA_WEIGHTS: Readonly<Record<string, number>> = {
  '1039': 30, '10393': 8, '1345': 12, '1625': 10, '1344': 8, '13521': 8, '1208': 6, '16361': 5, '1357': 5,
  '1019': 4, '1211': 3, '6011': 3, '1223': 3, '16362': 3, '1301': 2, '1243': 2, '4608': 2, '17211': 1,
  '17212': 0.4, '17213': 0.1
}
const ON_THE_SPOT_WEIGHTS: Readonly<Record<string, number>> = { '6011': 8, '1223': 8, '1340': 6, '1110': 5, '1109': 5, '1102': 3, '1313': 3, '1301': 3 }
const GENERAL_WEIGHTS: Readonly<Record<string, number>> = { '1712': 40, '17211': 35, '17212': 15, '17213': 10 }

function codeTable(include: (code: ViolationCode) => boolean, weights: Readonly<Record<string, number>>): WeightedTable<ViolationCode> {
  for (const code of Object.keys(weights)) if (!VIOLATION_CODE_BY_CODE.has(code)) throw new Error(`violation code ${code} is not catalogued`)
  return new WeightedTable(VIOLATION_CODES.filter(include).map((code) => [code, weights[code.code] ?? 1] as const))
}

const CODES: Readonly<Record<ViolationKind, WeightedTable<ViolationCode>>> = {
  camera: codeTable((c) => c.cameraEligible, CAMERA_WEIGHTS),
  on_the_spot: codeTable((c) => !c.counterOnly && decisionProcedure(c.fineFen) === 'summary', ON_THE_SPOT_WEIGHTS),
  general: codeTable((c) => c.counterOnly || decisionProcedure(c.fineFen) === 'general', GENERAL_WEIGHTS)
}

const EXPRESSWAY_CODES: ReadonlySet<string> = new Set(['4608'])
const HISTORY_DAYS = 3 * 365
/** A decision is paid within 15 days of delivery (S5 art.67); payment shows as confirmed after up to 2 days (F7). */
const PAYMENT_DAYS = 15
const CONFIRMATION_DAYS = 2

/** Minute of day: violations happen at all hours, fewer at night. */
function recordMinute(random: Random): number {
  return random.chance(0.85) ? daytimeMinute(random) : random.int(0, 24 * 60 - 1)
}

function place(random: Random, area: DemoArea, code: ViolationCode): string {
  if (EXPRESSWAY_CODES.has(code.code)) return `${random.pick(EXPRESSWAYS)}K${random.int(5, 520)}+${random.int(0, 9)}00`
  const district = random.pick(area.districts)
  const road = random.pick(area.roads)
  if (random.chance(0.4)) return `${district.name}${road}${random.int(1, 399)}号附近`
  let cross = random.pick(area.roads)
  while (cross === road) cross = random.pick(area.roads)
  return `${district.name}${road}与${cross}交叉口`
}

/**
 * Citizens are picked with a skew, so a few collect many records (the ≥ 5 unhandled case of
 * S3 art.54 shows up) while most have one or none. Re-drawn until `fits`; the fallback keeps
 * the loop bounded for tiny data sets.
 */
function pickCitizen(ctx: DemoContext, random: Random, fits: (plan: CitizenPlan) => boolean): CitizenPlan | null {
  for (let attempt = 0; attempt < 64; attempt++) {
    const plan = citizenPlan(ctx, Math.floor(ctx.citizens * random.float() ** 1.2))
    if (fits(plan)) return plan
  }
  return null
}

interface Decision {
  decidedOn: string
  deliveredOn: string
  state: ViolationState
  paidAt: string | null
}

/** Payment comes from the day after delivery on, so it never precedes the violation itself. */
function decide(ctx: DemoContext, random: Random, decidedDay: number, deliveredDay: number): Decision {
  const yesterday = ctx.todayDay - 1
  const dates = { decidedOn: civilDateFromDayNumber(decidedDay), deliveredOn: civilDateFromDayNumber(deliveredDay) }
  const withinPaymentWindow = yesterday - deliveredDay < PAYMENT_DAYS
  if (deliveredDay >= yesterday || random.chance(withinPaymentWindow ? 0.55 : 0.08)) return { ...dates, state: 'unpaid', paidAt: null }
  const paidDay = random.int(deliveredDay + 1, Math.min(deliveredDay + PAYMENT_DAYS, yesterday))
  return {
    ...dates,
    state: paidDay >= ctx.todayDay - CONFIRMATION_DAYS ? 'paid' : 'confirmed',
    paidAt: chinaInstant(civilDateFromDayNumber(paidDay), daytimeMinute(random))
  }
}

export function violationRow(ctx: DemoContext, index: number): Insertable<ViolationsTable> {
  const random = Random.stream(ctx.seed, STREAM.violation, index)
  const wanted = KINDS.pick(random)
  const person =
    pickCitizen(ctx, random, (plan) => (wanted === 'camera' ? plan.vehicleCount > 0 : plan.hasLicence)) ??
    pickCitizen(ctx, random, (plan) => plan.vehicleCount > 0 || plan.hasLicence)
  if (!person) throw new Error('the demo data has no citizen with a vehicle or a licence')
  // A tiny data set may offer no one who fits: a camera record needs a vehicle, a decision on the road a driver.
  const kind: ViolationKind = wanted === 'camera' ? (person.vehicleCount > 0 ? 'camera' : 'on_the_spot') : person.hasLicence ? wanted : 'camera'

  const code = CODES[kind].pick(random)
  const vehicle: VehiclePlan | null = person.vehicleCount > 0 ? vehiclePlan(ctx, person, random.int(0, person.vehicleCount - 1)) : null
  const area = random.chance(0.8) ? person.area : random.pick(AREAS)
  const office = areaOffice(area)

  const latest = ctx.todayDay - 1
  let occurredDay: number
  let decision: Decision | null = null
  let licence: string | null = null
  if (kind === 'camera') {
    // Points go on a licence, so a record with points stays unhandled while its owner has none.
    const handled = random.chance(0.45) && (person.hasLicence || code.points === 0)
    occurredDay = handled ? random.int(latest - HISTORY_DAYS, latest - 10) : random.int(latest - 365, latest)
    if (handled) {
      const decided = Math.min(occurredDay + random.int(3, 90), latest)
      decision = decide(ctx, random, decided, decided)
      licence = person.hasLicence ? licenceId(ctx, person.index) : null
    }
  } else if (kind === 'on_the_spot') {
    licence = licenceId(ctx, person.index)
    occurredDay = random.int(latest - HISTORY_DAYS, latest)
    decision = decide(ctx, random, occurredDay, occurredDay)
  } else {
    licence = licenceId(ctx, person.index)
    occurredDay = random.int(latest - HISTORY_DAYS, latest - 15)
    const decided = occurredDay + random.int(1, 10)
    decision = decide(ctx, random, decided, decided + random.int(0, 3))
  }
  const occurredOn = civilDateFromDayNumber(occurredDay)
  const division = office.divisionCode

  return {
    id: demoId(ctx, ID_KIND.violation, index),
    kind,
    record_number: `${division}${occurredOn.slice(0, 4)}${ctx.numbering.record + index}`,
    decision_number: decision ? `${division}${ctx.numbering.decision + index}` : null,
    vehicle_id: vehicle?.id ?? null,
    plate: vehicle?.plate ?? null,
    licence_id: licence,
    occurred_at: chinaInstant(occurredOn, recordMinute(random)),
    place: place(random, area, code),
    office_code: office.code,
    code: code.code,
    description: code.descriptionZh,
    fine_fen: code.fineFen,
    points: code.points,
    state: decision?.state ?? 'unhandled',
    disputed: !decision && random.chance(0.01) ? 1 : 0,
    decided_on: decision?.decidedOn ?? null,
    delivered_on: decision?.deliveredOn ?? null,
    paid_at: decision?.paidAt ?? null
  }
}
