import type { Insertable } from 'kysely'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { openDatabase, type AppDatabase } from '../../src-main/core/database'
import { addDays, ageOn, chinaDateOf, chinaInstant } from '../../src-shared/domain/civil-date'
import { validateLicenceFileNumber, validateMobile, validatePlate, validateResidentId, validateUscc, validateVin } from '../../src-shared/domain/identifiers'
import { VIOLATION_CODE_BY_CODE } from '../../src-shared/domain/violation-codes'
import type { DB } from '../schema'
import { demoSizes, generateDemo, MAX_DEMO_VIOLATIONS, type DemoBatch, type DemoOptions, type DemoTable } from './generate'
import { isEmpty, seedDemo } from './seed'

const TODAY = '2025-11-25'
const OPTIONS: DemoOptions = { seed: 7, violations: 3_000, today: TODAY }

/** The China date of a violation's instant. */
const occurredOn = (v: Insertable<DB['violations']>) => chinaDateOf(new Date(v.occurred_at))

type Rows = { [T in DemoTable]: Insertable<DB[T]>[] }

function collect(batches: Iterable<DemoBatch>): Rows {
  const rows: Rows = {
    offices: [],
    exam_regions: [],
    exam_venues: [],
    exam_plans: [],
    exam_sessions: [],
    citizens: [],
    licences: [],
    vehicles: [],
    violations: []
  }
  for (const batch of batches) (rows[batch.table] as unknown[]).push(...batch.rows)
  return rows
}

let data: Rows
beforeAll(() => {
  data = collect(generateDemo(OPTIONS, 700))
})

describe('generateDemo', () => {
  it('is deterministic: the same seed, size and today give byte-identical rows', () => {
    const again = collect(generateDemo(OPTIONS, 1_000))
    expect(JSON.stringify(again)).toBe(JSON.stringify(data))
    const other = collect(generateDemo({ ...OPTIONS, seed: 8 }))
    expect(other.citizens[0]?.id_number).not.toBe(data.citizens[0]?.id_number)
  })

  it('registers a few vehicles to one company per city, under valid credit codes, with camera records against them', () => {
    const owned = data.vehicles.filter((vehicle) => vehicle.owner_uscc)
    const codes = new Set(owned.map((vehicle) => vehicle.owner_uscc!))
    expect(codes.size).toBe(16)
    for (const code of codes) expect(validateUscc(code).ok, code).toBe(true)
    for (const vehicle of owned) {
      expect(vehicle.owner_citizen_id).toBeNull()
      const plate = validatePlate(vehicle.plate, { shandongOnly: true })
      expect(plate.ok && plate.office?.code, vehicle.plate).toBe(vehicle.office_code)
      expect(vehicle.owner_uscc!.slice(2, 8)).toBe(vehicle.office_code)
    }
    expect(new Set(data.vehicles.map((vehicle) => vehicle.plate)).size).toBe(data.vehicles.length)
    expect(new Set(data.vehicles.map((vehicle) => vehicle.vin)).size).toBe(data.vehicles.length)
    const ids = new Set(owned.map((vehicle) => vehicle.id))
    const onCompanies = data.violations.filter((violation) => violation.vehicle_id && ids.has(violation.vehicle_id))
    expect(onCompanies.length).toBe(96)
    for (const violation of onCompanies) expect(violation).toMatchObject({ kind: 'camera', licence_id: null })
    expect(data.violations.length).toBe(OPTIONS.violations)
  })

  it('takes today as an instant in China time', () => {
    const fromInstant = collect(generateDemo({ ...OPTIONS, violations: 100, today: new Date('2025-11-24T16:30:00Z') }))
    const fromDate = collect(generateDemo({ ...OPTIONS, violations: 100, today: TODAY }))
    expect(JSON.stringify(fromInstant)).toBe(JSON.stringify(fromDate))
  })

  it('streams batches no larger than asked for, in foreign-key order', () => {
    const order: DemoTable[] = []
    for (const batch of generateDemo(OPTIONS, 500)) {
      expect(batch.rows.length).toBeLessThanOrEqual(500)
      if (order.at(-1) !== batch.table) order.push(batch.table)
    }
    expect(order.slice(0, 5)).toEqual(['offices', 'exam_regions', 'exam_venues', 'exam_plans', 'exam_sessions'])
    expect(order.at(-1)).toBe('violations')
    expect(order.indexOf('violations')).toBeGreaterThan(order.lastIndexOf('vehicles'))
  })

  it('sizes everything from the violation count', () => {
    expect(demoSizes(0)).toEqual({ citizens: 50, violations: 0 })
    expect(demoSizes(1_000_000)).toEqual({ citizens: 200_000, violations: 1_000_000 })
    expect(() => demoSizes(MAX_DEMO_VIOLATIONS + 1)).toThrow(RangeError)
    expect(data.citizens).toHaveLength(600)
    expect(data.violations).toHaveLength(3_000)
  })

  it('gives every citizen a valid Shandong resident ID matching birth date and gender, aged 18–85', () => {
    const ages = data.citizens.map((c) => ageOn(c.birth_date, TODAY))
    for (const citizen of data.citizens) {
      const id = validateResidentId(citizen.id_number, { today: TODAY })
      expect(id.ok, citizen.id_number).toBe(true)
      if (!id.ok) continue
      expect([id.region.slice(0, 2), id.birthDate, id.gender]).toEqual(['37', citizen.birth_date, citizen.gender])
      if (citizen.phone) expect(validateMobile(citizen.phone).ok).toBe(true)
      expect(citizen.name_initials).toMatch(/^[A-Z]{2,3}$/)
    }
    expect(Math.min(...ages)).toBeGreaterThanOrEqual(18)
    expect(Math.max(...ages)).toBeLessThanOrEqual(85)
    expect(ages.filter((age) => age >= 70).length).toBeGreaterThan(0)
  })

  it('issues about 85 % of citizens a licence on the 6/10/long-term ladder', () => {
    const share = data.licences.length / data.citizens.length
    expect(share).toBeGreaterThan(0.78)
    expect(share).toBeLessThan(0.92)
    const birthDates = new Map(data.citizens.map((c) => [c.id, c.birth_date]))
    for (const licence of data.licences) {
      const file = validateLicenceFileNumber(licence.file_number)
      expect(file.ok && file.shandongIssued, licence.file_number).toBe(true)
      const age = ageOn(birthDates.get(licence.citizen_id) ?? '', TODAY)
      if (age >= 60) expect(licence.classes).not.toMatch(/[AB]/)
      if (age >= 70) expect(licence.classes).not.toMatch(/[DE]/)
      const until = licence.valid_until ?? null
      if (licence.status === 'expired') expect(until !== null && until < TODAY).toBe(true)
      else expect(until === null || until > TODAY).toBe(true)
      expect(licence.first_issued_on <= licence.valid_from).toBe(true)
    }
    expect(new Set(data.licences.map((l) => l.status))).toEqual(new Set(['valid', 'expired', 'detained']))
    expect(data.licences.some((l) => l.valid_until === null)).toBe(true)
  })

  it('gives vehicles valid Shandong plates of both generations and VINs with correct check digits', () => {
    for (const vehicle of data.vehicles) {
      const plate = validatePlate(vehicle.plate, { shandongOnly: true })
      expect(plate.ok, vehicle.plate).toBe(true)
      if (plate.ok) {
        expect(plate.office?.code).toBe(vehicle.office_code)
        expect(plate.kind.startsWith('new_energy')).toBe(vehicle.plate_type === '51' || vehicle.plate_type === '52')
      }
      expect(validateVin(vehicle.vin).ok, vehicle.vin).toBe(true)
      expect(vehicle.status === 'overdue_inspection').toBe(vehicle.inspection_due < TODAY)
    }
    const newEnergy = data.vehicles.filter((v) => Array.from(v.plate).length === 8).length / data.vehicles.length
    expect(newEnergy).toBeGreaterThan(0.12)
    expect(newEnergy).toBeLessThan(0.28)
    expect(new Set(data.vehicles.map((v) => v.plate.slice(0, 2))).size).toBeGreaterThan(15)
  })

  it('records violations of all three kinds consistent with their procedure', () => {
    const beforeToday = chinaInstant(TODAY, 0)
    const kinds = new Set(data.violations.map((v) => v.kind))
    expect(kinds).toEqual(new Set(['camera', 'on_the_spot', 'general']))
    for (const v of data.violations) {
      const code = VIOLATION_CODE_BY_CODE.get(v.code)
      expect(code, v.code).toBeDefined()
      expect([v.fine_fen, v.points, v.description]).toEqual([code?.fineFen, code?.points, code?.descriptionZh])
      expect(v.occurred_at < beforeToday).toBe(true)
      if (v.state === 'unhandled') {
        expect(v.kind).toBe('camera')
        expect([v.decision_number, v.decided_on, v.delivered_on, v.paid_at]).toEqual([null, null, null, null])
      } else {
        expect(v.decision_number).toMatch(/^\d{16}$/)
        const decidedOn = v.decided_on ?? ''
        expect(decidedOn >= occurredOn(v)).toBe(true)
        expect((v.delivered_on ?? '') >= decidedOn).toBe(true)
        expect(v.paid_at === null).toBe(v.state === 'unpaid')
        if (v.paid_at) expect(v.paid_at > v.occurred_at && v.paid_at < beforeToday).toBe(true)
      }
      if (v.kind === 'camera') expect(v.vehicle_id).not.toBeNull()
      else expect(v.licence_id).not.toBeNull()
      if (v.kind === 'on_the_spot') expect(v.fine_fen).toBeLessThanOrEqual(20_000)
      if (v.kind === 'general') expect(v.fine_fen > 20_000 || code?.counterOnly).toBe(true)
      if (v.vehicle_id) expect(v.plate).not.toBeNull()
    }
    const states = new Set(data.violations.map((v) => v.state))
    for (const state of ['unhandled', 'unpaid', 'paid', 'confirmed']) expect(states).toContain(state)
  })

  it('publishes exam plans at least 10 days ahead with ordered windows and sessions in the plan office', () => {
    const venues = new Map(data.exam_venues.map((v) => [v.id, v]))
    const regions = new Map(data.exam_regions.map((r) => [r.id, r]))
    const plans = new Map(data.exam_plans.map((p) => [p.id, p]))
    for (const plan of data.exam_plans) {
      expect(plan.published_on <= addDays(plan.first_exam_on, -10)).toBe(true)
      expect(plan.window_opens_on <= plan.window_closes_on && plan.window_closes_on <= plan.results_on && plan.results_on < plan.first_exam_on).toBe(true)
    }
    expect(data.exam_plans.some((p) => p.window_opens_on <= TODAY && TODAY <= p.window_closes_on)).toBe(true)
    for (const session of data.exam_sessions) {
      const plan = plans.get(session.plan_id)
      const venue = venues.get(session.venue_id)
      expect(venue?.subjects.split(',')).toContain(plan?.subject)
      expect(regions.get(venue?.region_id ?? '')?.office_code).toBe(plan?.office_code)
      expect(session.exam_date >= (plan?.first_exam_on ?? '')).toBe(true)
      expect(session.starts_at).toMatch(/^\d{2}:\d{2}$/)
    }
  })
})

describe('seedDemo', () => {
  let db: AppDatabase | undefined
  afterEach(() => db?.close())

  it('inserts rows that satisfy every constraint of the schema', async () => {
    db = await openDatabase({ file: ':memory:' })
    expect(isEmpty(db)).toBe(true)
    const counts = seedDemo(db, OPTIONS)
    expect(isEmpty(db)).toBe(false)
    for (const table of Object.keys(counts) as DemoTable[]) expect(counts[table], table).toBe(data[table].length)
    expect(db.raw.pragma('foreign_keys', { simple: true })).toBe(1)
    expect(db.raw.pragma('foreign_key_check')).toEqual([])
    expect(db.integrityCheck()).toBe('ok')
  })

  it('adds only the offices the database lacks', async () => {
    db = await openDatabase({ file: ':memory:' })
    db.run(db.kysely.insertInto('offices').values({ code: '370100', plate_prefix: '鲁A', division_code: '370100', city: '济南市', name: '济南' }))
    const counts = seedDemo(db, { ...OPTIONS, violations: 0 })
    expect(counts.offices).toBe(data.offices.length - 1)
    expect(counts.citizens).toBe(50)
  })

  it('seeds 20,000 violations', async () => {
    db = await openDatabase({ file: ':memory:' })
    const counts = seedDemo(db, { seed: 42, violations: 20_000, today: TODAY })
    expect(counts.violations).toBe(20_000)
    expect(counts.citizens).toBe(4_000)
    expect(db.first(db.kysely.selectFrom('violations').select((eb) => eb.fn.countAll<number>().as('n')))?.n).toBe(20_000)
    expect(db.raw.pragma('foreign_key_check')).toEqual([])
  })
})
