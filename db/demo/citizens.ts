import type { Insertable } from 'kysely'
import { addDays, addYears, ageOn, chinaInstant } from '../../src-shared/domain/civil-date'
import { residentIdCheckChar } from '../../src-shared/domain/identifiers/resident-id'
import type { CitizensTable } from '../schema'
import { mobileNumber, streetAddress } from './contacts'
import type { DemoContext } from './context'
import { demoId, ID_KIND } from './ids'
import { AREAS, GIVEN_NAME_CHARS, nameEra, nameInitials, SURNAMES, type DemoArea, type District } from './names'
import { daytimeMinute, Random, WeightedTable } from './random'
import { STREAM } from './streams'

/**
 * Citizens. What other rows need of a citizen (where they live, whether they hold a
 * licence, how many vehicles they own) is the citizen's plan, drawn from its own small
 * stream so violations can recompute it cheaply.
 */
export interface CitizenPlan {
  readonly index: number
  readonly area: DemoArea
  readonly district: District
  readonly birthDate: string
  readonly sequence: number
  readonly gender: 'M' | 'F'
  readonly hasLicence: boolean
  readonly vehicleCount: number
}

const DISTRICT_CHOICES = AREAS.flatMap((area) => area.districts.map((district) => ({ area, district })))
const VEHICLE_COUNTS = new WeightedTable([
  [0, 35],
  [1, 45],
  [2, 15],
  [3, 5]
])
const SURNAME_TABLE = new WeightedTable(SURNAMES)

/** Share of each age holding a licence; overall about 85 %. */
function licenceShare(age: number): number {
  if (age <= 20) return 0.55
  if (age <= 24) return 0.8
  if (age < 60) return 0.92
  return age < 70 ? 0.82 : 0.6
}

export function citizenPlan(ctx: DemoContext, index: number): CitizenPlan {
  const random = Random.stream(ctx.seed, STREAM.citizenPlan, index)
  const { birthDate, sequence } = ctx.birthCells.cell(ctx.birthCellOf.apply(index))
  const { area, district } = random.pick(DISTRICT_CHOICES)
  return {
    index,
    area,
    district,
    birthDate,
    sequence,
    gender: sequence % 2 === 1 ? 'M' : 'F',
    hasLicence: random.chance(licenceShare(ageOn(birthDate, ctx.today))),
    vehicleCount: VEHICLE_COUNTS.pick(random)
  }
}

export function citizenId(ctx: DemoContext, citizenIndex: number): string {
  return demoId(ctx, ID_KIND.citizen, citizenIndex)
}

export function licenceId(ctx: DemoContext, citizenIndex: number): string {
  return demoId(ctx, ID_KIND.licence, citizenIndex)
}

function personName(random: Random, plan: CitizenPlan): string {
  const pool = GIVEN_NAME_CHARS[nameEra(Number(plan.birthDate.slice(0, 4)))][plan.gender]
  const chars = Array.from(pool)
  const first = random.pick(chars)
  if (random.chance(0.3)) return SURNAME_TABLE.pick(random) + first
  let second = random.pick(chars)
  while (second === first) second = random.pick(chars)
  return SURNAME_TABLE.pick(random) + first + second
}

export function citizenRow(ctx: DemoContext, plan: CitizenPlan): Insertable<CitizensTable> {
  const random = Random.stream(ctx.seed, STREAM.citizen, plan.index)
  const first17 = plan.district.code + plan.birthDate.replaceAll('-', '') + String(plan.sequence).padStart(3, '0')
  const name = personName(random, plan)
  const age = ageOn(plan.birthDate, ctx.today)
  const phone = random.chance(age >= 75 ? 0.7 : 0.97) ? mobileNumber(random) : null
  const address = streetAddress(random, plan.area, plan.district)
  const adult = addYears(plan.birthDate, 18)
  const createdOn = random.dateBetween(adult > '2008-01-01' ? adult : '2008-01-01', addDays(ctx.today, -1))
  return {
    id: citizenId(ctx, plan.index),
    id_number: first17 + residentIdCheckChar(first17),
    name,
    name_initials: nameInitials(name),
    gender: plan.gender,
    birth_date: plan.birthDate,
    phone,
    address,
    created_at: chinaInstant(createdOn, daytimeMinute(random))
  }
}
