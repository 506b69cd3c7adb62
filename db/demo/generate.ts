import type { Insertable } from 'kysely'
import { SHANDONG_OFFICES } from '../../src-shared/domain/offices'
import type { DB } from '../schema'
import { citizenPlan, citizenRow } from './citizens'
import { createDemoContext, type DemoOptions } from './context'
import { examRows } from './exams'
import { licenceRow } from './licences'
import { vehiclePlan, vehicleRow } from './vehicles'
import { companyVehicleRows, companyViolationCount, companyViolationRow, demoCompanies } from './companies'
import { violationRow } from './violations'

export { demoSizes, MAX_DEMO_VIOLATIONS, type DemoOptions } from './context'

/**
 * The demo data set as a stream of row batches in foreign-key order: offices, exam data,
 * then citizens with their licences and vehicles, then violations. Only one batch is alive
 * at a time, so a million violations need no more memory than a thousand. The same seed,
 * size and today give byte-identical rows.
 */
export type DemoTable = 'offices' | 'exam_regions' | 'exam_venues' | 'exam_plans' | 'exam_sessions' | 'citizens' | 'licences' | 'vehicles' | 'violations'

export type DemoBatch = { [T in DemoTable]: { readonly table: T; readonly rows: Insertable<DB[T]>[] } }[DemoTable]

export const DEFAULT_BATCH_SIZE = 5_000

function* chunks<T extends DemoTable>(table: T, rows: Insertable<DB[T]>[], batchSize: number): Generator<{ table: T; rows: Insertable<DB[T]>[] }> {
  for (let start = 0; start < rows.length; start += batchSize) yield { table, rows: rows.slice(start, start + batchSize) }
}

function officeRows(): Insertable<DB['offices']>[] {
  return SHANDONG_OFFICES.map((office) => ({
    code: office.code,
    plate_prefix: office.platePrefix,
    division_code: office.divisionCode,
    city: office.city,
    name: office.name
  }))
}

export function* generateDemo(options: DemoOptions, batchSize = DEFAULT_BATCH_SIZE): Generator<DemoBatch> {
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new RangeError(`batch size must be a positive integer, got ${batchSize}`)
  const ctx = createDemoContext(options)
  yield { table: 'offices', rows: officeRows() }

  const exams = examRows(ctx)
  yield* chunks('exam_regions', exams.regions, batchSize)
  yield* chunks('exam_venues', exams.venues, batchSize)
  yield* chunks('exam_plans', exams.plans, batchSize)
  yield* chunks('exam_sessions', exams.sessions, batchSize)

  for (let start = 0; start < ctx.citizens; start += batchSize) {
    const citizens: Insertable<DB['citizens']>[] = []
    const licences: Insertable<DB['licences']>[] = []
    const vehicles: Insertable<DB['vehicles']>[] = []
    for (let index = start; index < Math.min(start + batchSize, ctx.citizens); index++) {
      const plan = citizenPlan(ctx, index)
      const citizen = citizenRow(ctx, plan)
      citizens.push(citizen)
      if (plan.hasLicence) licences.push(licenceRow(ctx, plan, citizen))
      for (let slot = 0; slot < plan.vehicleCount; slot++) vehicles.push(vehicleRow(ctx, plan, citizen.phone ?? null, vehiclePlan(ctx, plan, slot)))
    }
    yield { table: 'citizens', rows: citizens }
    if (licences.length > 0) yield { table: 'licences', rows: licences }
    if (vehicles.length > 0) yield { table: 'vehicles', rows: vehicles }
  }

  // Organisations' vehicles, and the last few violations of the set on them (companies.ts).
  const companies = demoCompanies(ctx)
  yield* chunks('vehicles', companyVehicleRows(ctx, companies), batchSize)
  const firstCompanyViolation = ctx.violations - companyViolationCount(ctx, companies)

  for (let start = 0; start < ctx.violations; start += batchSize) {
    const rows: Insertable<DB['violations']>[] = []
    for (let index = start; index < Math.min(start + batchSize, ctx.violations); index++) {
      rows.push(index < firstCompanyViolation ? violationRow(ctx, index) : companyViolationRow(ctx, companies, index, index - firstCompanyViolation))
    }
    yield { table: 'violations', rows }
  }
}
