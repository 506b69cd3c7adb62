import type { Insertable } from 'kysely'
import { addDays, addYears, ageOn } from '../../src-shared/domain/civil-date'
import { SHANDONG_OFFICES } from '../../src-shared/domain/offices'
import type { CitizensTable, LicenceStatus, LicencesTable } from '../schema'
import { citizenId, licenceId, type CitizenPlan } from './citizens'
import { driftingContact, mobileNumber, streetAddress } from './contacts'
import type { DemoContext } from './context'
import { areaOffice } from './names'
import { Random, WeightedTable } from './random'
import { STREAM } from './streams'

/** Driving licences of the citizens whose plan says they hold one. */
/** Classes by age: 60+ may hold no A or B class (S1 art.65), 70+ no D or E either. */
const CLASSES_UNDER_22 = new WeightedTable([
  ['C1', 70],
  ['C2', 25],
  ['C1,E', 5]
])
const CLASSES_WORKING_AGE = new WeightedTable([
  ['C1', 66],
  ['C2', 16],
  ['C1,E', 4],
  ['B2', 5],
  ['A2', 3],
  ['A1', 2],
  ['B1', 2],
  ['C1,D', 1],
  ['D', 1]
])
const CLASSES_60_TO_69 = new WeightedTable([
  ['C1', 75],
  ['C2', 20],
  ['C1,E', 5]
])
const CLASSES_70_PLUS = new WeightedTable([
  ['C1', 70],
  ['C2', 30]
])

function classesFor(random: Random, age: number): string {
  if (age < 22) return CLASSES_UNDER_22.pick(random)
  if (age < 60) return CLASSES_WORKING_AGE.pick(random)
  return (age < 70 ? CLASSES_60_TO_69 : CLASSES_70_PLUS).pick(random)
}

const STATUSES = new WeightedTable<LicenceStatus>([
  ['valid', 94],
  ['expired', 4],
  ['detained', 2]
])

interface Validity {
  firstIssuedOn: string
  validFrom: string
  validUntil: string | null
}

/**
 * The 6 → 10 → long-term ladder (S1 arts.13, 62): the current period of a licence first
 * issued on `firstIssuedOn`, renewed on time at each expiry.
 */
function ladder(firstIssuedOn: string, today: string): Validity {
  const sixYears = addYears(firstIssuedOn, 6)
  if (today < sixYears) return { firstIssuedOn, validFrom: firstIssuedOn, validUntil: sixYears }
  const tenYears = addYears(sixYears, 10)
  if (today < tenYears) return { firstIssuedOn, validFrom: sixYears, validUntil: tenYears }
  return { firstIssuedOn, validFrom: tenYears, validUntil: null }
}

/**
 * An expired licence: its 6- or 10-year period ended within the last 11 months (after a
 * year it would be cancelled, S1 art.79). Null when the holder is too young for that history.
 */
function lapsed(random: Random, earliestIssue: string, today: string): Validity | null {
  const validUntil = addDays(today, -random.int(1, 330))
  const firstPeriod = random.chance(0.6)
  const validFrom = addYears(validUntil, firstPeriod ? -6 : -10)
  const firstIssuedOn = firstPeriod ? validFrom : addYears(validFrom, -6)
  return firstIssuedOn < earliestIssue ? null : { firstIssuedOn, validFrom, validUntil }
}

export function licenceRow(ctx: DemoContext, plan: CitizenPlan, citizen: Insertable<CitizensTable>): Insertable<LicencesTable> {
  const random = Random.stream(ctx.seed, STREAM.licence, plan.index)
  const age = ageOn(plan.birthDate, ctx.today)
  const classes = classesFor(random, age)
  const adult = addYears(plan.birthDate, 18)
  const earliestIssue = adult > '1988-01-01' ? adult : '1988-01-01'
  const yesterday = addDays(ctx.today, -1)
  let status = STATUSES.pick(random)
  let validity = status === 'expired' ? lapsed(random, earliestIssue, ctx.today) : null
  if (!validity) {
    if (status === 'expired') status = 'valid'
    validity = ladder(random.dateBetween(earliestIssue, yesterday), ctx.today)
  }
  const office = random.chance(0.9) ? areaOffice(plan.area) : random.pick(SHANDONG_OFFICES)
  return {
    id: licenceId(ctx, plan.index),
    file_number: `37${office.divisionCode.slice(2, 4)}${ctx.numbering.file + plan.index}`,
    citizen_id: citizenId(ctx, plan.index),
    classes,
    first_issued_on: validity.firstIssuedOn,
    valid_from: validity.validFrom,
    valid_until: validity.validUntil,
    status,
    office_code: office.code,
    contact_phone: driftingContact(random, citizen.phone ?? null, () => mobileNumber(random)),
    contact_address: driftingContact(random, citizen.address, () => streetAddress(random, plan.area, plan.district))
  }
}
