import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { addDays } from './civil-date'
import { CHINA_2026_CALENDAR_DATA, createHolidayCalendar } from './exams'
import {
  checkVehicleService,
  inspectionPeriodMonths,
  monthEndAfter,
  onSiteTestRequired,
  vehicleIssueBlocked,
  type VehicleFacts,
  type VehicleServiceContext,
  type VehicleServiceRequest
} from './vehicle-services'

const TODAY = '2026-11-25'
const calendar = createHolidayCalendar(CHINA_2026_CALENDAR_DATA)
/** A small private car registered in March 2022, its label due at the end of March 2027, in Jinan. */
const CAR: VehicleFacts = {
  plate: '鲁A12345',
  plateType: '02',
  vehicleType: '小型轿车',
  useNature: '非营运',
  registeredOn: '2022-03-10',
  inspectionDue: '2027-01-31',
  status: 'normal',
  officeCode: '370100'
}
const CONTEXT: VehicleServiceContext = { today: TODAY, terminalOffice: '370100', unhandledViolations: 0, addWorkingDays: (date, days) => calendar.addWorkingDays(date, days) }
const LABEL: VehicleServiceRequest = { kind: 'inspection_label', insuranceValidUntil: '2027-06-30', testedOn: null }

function check(request: VehicleServiceRequest, vehicle: Partial<VehicleFacts> = {}, context: Partial<VehicleServiceContext> = {}) {
  return checkVehicleService({ ...CAR, ...vehicle }, request, { ...CONTEXT, ...context })
}
const rule = (verdict: ReturnType<typeof check>) => (verdict.ok ? null : verdict.rule)

describe('补换领号牌 and 补换领行驶证 (M9, M10)', () => {
  it('reissues plates at the registration office within 15 working days, with an optional 15-day temporary plate', () => {
    const verdict = check({ kind: 'plate_replace', reason: 'lost', temporaryPlate: true })
    expect(verdict).toMatchObject({ ok: true, outcome: { readyBy: calendar.addWorkingDays(TODAY, 15), inspectionDue: CAR.inspectionDue, status: 'normal' } })
    expect(verdict.ok && verdict.outcome.summary).toContain(`临时号牌，有效期至 ${addDays(TODAY, 14)}`)
    expect(check({ kind: 'plate_replace', reason: 'damaged', temporaryPlate: false }, {}, { terminalOffice: '370200' })).toMatchObject({
      ok: false,
      rule: 'VEHICLE_OTHER_OFFICE',
      params: { officeCode: '370100' }
    })
  })

  it('counts working days on the holiday calendar: the 行驶证 asked for before 国庆 is ready after it', () => {
    expect(check({ kind: 'vehicle_licence_replace', reason: 'lost' }, {}, { today: '2026-09-30' })).toMatchObject({ ok: true, outcome: { readyBy: '2026-10-08' } })
    expect(rule(check({ kind: 'vehicle_licence_replace', reason: 'lost' }, {}, { terminalOffice: '370200' }))).toBe('VEHICLE_OTHER_OFFICE')
  })

  it('refuses a scrapped, stolen or detained vehicle', () => {
    for (const status of ['scrapped', 'stolen'] as const) expect(rule(check({ kind: 'vehicle_licence_replace', reason: 'lost' }, { status }))).toBe('VEHICLE_NOT_IN_USE')
    expect(rule(check({ kind: 'plate_replace', reason: 'lost', temporaryPlate: false }, { status: 'detained' }))).toBe('VEHICLE_DETAINED')
    expect(vehicleIssueBlocked('detained')?.rule).toBe('VEHICLE_DETAINED')
    expect(vehicleIssueBlocked('overdue_inspection')).toBeNull()
  })
})

describe('检验合格标志 (M11, M14–M16)', () => {
  it('opens 3 months before the validity ends, counted by month', () => {
    // Due end of February 2027: open from 1 December 2026.
    expect(check(LABEL, { inspectionDue: '2027-02-28' })).toMatchObject({ ok: false, rule: 'VEHICLE_LABEL_TOO_EARLY', params: { opensOn: '2026-12-01' } })
    expect(check(LABEL, { inspectionDue: '2027-01-31' }).ok).toBe(true)
  })

  it('moves a small private car 2 years on in its first 10 years, without an on-site test except in years 6 and 10', () => {
    expect(check(LABEL)).toMatchObject({ ok: true, outcome: { inspectionDue: '2029-01-31', status: 'normal' } })
    // Registered 2021-01: the label due 2027-01 is the year-6 one and needs the test.
    const sixth = { registeredOn: '2021-01-15' }
    expect(onSiteTestRequired({ ...CAR, ...sixth }, '2027-01-31')).toBe(true)
    expect(check(LABEL, sixth)).toMatchObject({ ok: false, rule: 'VEHICLE_TEST_REQUIRED', params: { opensOn: '2026-11-01' } })
    expect(check({ ...LABEL, testedOn: '2026-10-31' }, sixth).ok).toBe(false)
    expect(check({ ...LABEL, testedOn: '2026-11-20' }, sixth)).toMatchObject({ ok: true, outcome: { inspectionDue: '2029-01-31' } })
  })

  it('gives taxis and trucks a year, then six months, and tests them every time', () => {
    const taxi = { useNature: '出租客运', registeredOn: '2023-01-10' }
    expect(inspectionPeriodMonths({ ...CAR, ...taxi }, '2027-01-31')).toBe(12)
    expect(inspectionPeriodMonths({ ...CAR, useNature: '出租客运', registeredOn: '2020-01-10' }, '2027-01-31')).toBe(6)
    expect(inspectionPeriodMonths({ ...CAR, plateType: '01', vehicleType: '重型厢式货车', useNature: '货运', registeredOn: '2018-01-10' }, '2027-01-31')).toBe(12)
    expect(rule(check(LABEL, taxi))).toBe('VEHICLE_TEST_REQUIRED')
    expect(check({ ...LABEL, testedOn: TODAY }, taxi)).toMatchObject({ ok: true, outcome: { inspectionDue: '2028-01-31' } })
  })

  it('starts an overdue vehicle’s new validity from this month, and clears its overdue status', () => {
    expect(check({ ...LABEL, testedOn: TODAY }, { inspectionDue: '2026-03-31', status: 'overdue_inspection' })).toMatchObject({
      ok: true,
      outcome: { inspectionDue: monthEndAfter('2026-10-31', 24), status: 'normal' }
    })
  })

  it('needs violations cleared and the compulsory insurance in force; a large bus takes it at home only', () => {
    expect(check(LABEL, {}, { unhandledViolations: 3 })).toMatchObject({ ok: false, rule: 'VEHICLE_VIOLATIONS_UNHANDLED', params: { count: 3 } })
    expect(check({ ...LABEL, insuranceValidUntil: '2026-11-24' })).toMatchObject({ ok: false, rule: 'VEHICLE_INSURANCE_EXPIRED' })
    const bus = { plateType: '51', vehicleType: '大型普通客车', useNature: '公交客运', registeredOn: '2024-01-10' }
    expect(rule(check({ ...LABEL, testedOn: TODAY }, bus, { terminalOffice: '370200' }))).toBe('VEHICLE_LABEL_AT_REGISTRATION_OFFICE')
    expect(check({ ...LABEL, testedOn: TODAY }, bus).ok).toBe(true)
    // The small car may take its label anywhere.
    expect(check(LABEL, {}, { terminalOffice: '370200' }).ok).toBe(true)
  })

  it('replaces a lost label with the validity unchanged, insurance in force', () => {
    expect(check({ kind: 'label_replace', insuranceValidUntil: '2027-01-01' })).toMatchObject({ ok: true, outcome: { inspectionDue: CAR.inspectionDue } })
    expect(rule(check({ kind: 'label_replace', insuranceValidUntil: '2026-01-01' }))).toBe('VEHICLE_INSURANCE_EXPIRED')
  })

  it('always moves the validity forward to a month end, never by more than two years (property)', () => {
    const months = fc.integer({ min: 2010 * 12, max: 2030 * 12 }).map((m) => monthEndAfter(`${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}-01`, 0))
    fc.assert(
      fc.property(months, fc.constantFrom('非营运', '出租客运', '货运'), fc.integer({ min: 0, max: 25 }), (due, use, age) => {
        const vehicle = { ...CAR, useNature: use, registeredOn: `${Number(due.slice(0, 4)) - age}-01-15` }
        const period = inspectionPeriodMonths(vehicle, due)
        const next = monthEndAfter(due, period)
        expect(next > due).toBe(true)
        expect([6, 12, 24]).toContain(period)
        expect(next).toBe(monthEndAfter(next, 0))
      })
    )
  })
})
