import { describe, expect, it } from 'vitest'
import { CENTRAL_RULES } from '../../../../src-shared/sync/commands'
import {
  checkLicenceService,
  DEFERRAL_KINDS,
  type LicenceFacts,
  type ServiceContext,
  type ServiceRequest
} from '../../../../src-shared/domain/licence-services'
import { checkVehicleService, VEHICLE_SERVICE_KINDS, type VehicleFacts, type VehicleServiceContext, type VehicleServiceRequest } from '../../../../src-shared/domain/vehicle-services'
import en from '../../i18n/en'
import zhCN from '../../i18n/zh-CN'
import { fill, placeholders } from '../../i18n/template-checks'
import { APPLICATION_RULES, LICENCE_RULES, refusalText, RULES_WITH_DETAILS, serviceKey, subjectOf, VEHICLE_RULES } from './service-text'

const TODAY = '2026-03-15'
const LICENCE: LicenceFacts = { classes: ['C1'], firstIssuedOn: '2014-05-01', validFrom: '2020-05-01', validUntil: '2030-05-01', status: 'valid', officeCode: '370100' }
const CONTEXT: ServiceContext = { today: TODAY, birthDate: '1985-07-01', terminalOffice: '370100', unhandledViolations: 0, fullCycles: 0 }
const RENEWAL: ServiceRequest = { kind: 'renewal', certificateIssuedOn: '2026-03-01' }
const DEFER: ServiceRequest = { kind: 'defer', deferral: 'review', reason: 'abroad', reasonNote: '', until: '2027-03-15' }
/** Inside the renewal window of a licence valid until 2026-05-01. */
const DUE: LicenceFacts = { ...LICENCE, validFrom: '2020-05-01', validUntil: '2026-05-01' }

/** One case per refusal the service rules can give, with the params each carries. */
const REFUSALS: [LicenceFacts, ServiceRequest, ServiceContext][] = [
  [{ ...LICENCE, status: 'revoked' }, RENEWAL, CONTEXT],
  [{ ...LICENCE, validUntil: '2024-01-01' }, RENEWAL, CONTEXT],
  [{ ...LICENCE, status: 'detained' }, { kind: 'replace_lost' }, CONTEXT],
  [{ ...LICENCE, validUntil: null }, RENEWAL, CONTEXT],
  [LICENCE, RENEWAL, CONTEXT],
  [DUE, RENEWAL, { ...CONTEXT, unhandledViolations: 2 }],
  [DUE, { kind: 'renewal', certificateIssuedOn: '2025-01-01' }, CONTEXT],
  [DUE, { kind: 'renewal', certificateIssuedOn: '2026-04-01' }, CONTEXT],
  [{ ...DUE, classes: ['B2'] }, RENEWAL, { ...CONTEXT, birthDate: '1960-01-01' }],
  [LICENCE, { kind: 'age_exchange', certificateIssuedOn: '2026-03-01', target: 'C1' }, CONTEXT],
  [LICENCE, DEFER, { ...CONTEXT, terminalOffice: '370200' }],
  [{ ...LICENCE, validUntil: null }, { ...DEFER, deferral: 'renewal' }, CONTEXT],
  [LICENCE, { ...DEFER, deferral: 'certificate' }, CONTEXT],
  [LICENCE, { ...DEFER, until: '2030-01-01' }, CONTEXT],
  [LICENCE, { ...DEFER, reason: 'other', reasonNote: '有事' }, CONTEXT]
]

const licenceRefusals = REFUSALS.map(([licence, request, context]) => {
  const verdict = checkLicenceService(licence, request, context)
  if (verdict.ok) throw new Error(`expected a refusal for ${JSON.stringify(request)}`)
  return verdict
})

/** A small private car (exempt from the on-site inspection in its 4th year) of the counter's office, due at the end of June. */
const CAR: VehicleFacts = {
  plate: '鲁A12345',
  plateType: '02',
  vehicleType: '小型轿车',
  useNature: '非营运',
  registeredOn: '2022-06-20',
  inspectionDue: '2026-06-30',
  status: 'normal',
  officeCode: '370100'
}
const VEHICLE_CONTEXT: VehicleServiceContext = { today: TODAY, terminalOffice: '370100', unhandledViolations: 0, addWorkingDays: (date) => date }
const INSURED = '2027-03-14'
const LABEL: VehicleServiceRequest = { kind: 'inspection_label', insuranceValidUntil: INSURED, testedOn: null }
/** Due within 3 months of TODAY, so the label window is open. */
const DUE_CAR: VehicleFacts = { ...CAR, inspectionDue: '2026-04-30' }

/** One case per refusal the vehicle service rules can give, with the params each carries. */
const VEHICLE_REFUSALS: [VehicleFacts, VehicleServiceRequest, VehicleServiceContext][] = [
  [{ ...CAR, status: 'scrapped' }, { kind: 'vehicle_licence_replace', reason: 'lost' }, VEHICLE_CONTEXT],
  [{ ...CAR, status: 'detained' }, { kind: 'plate_replace', reason: 'damaged', temporaryPlate: true }, VEHICLE_CONTEXT],
  [CAR, { kind: 'plate_replace', reason: 'lost', temporaryPlate: false }, { ...VEHICLE_CONTEXT, terminalOffice: '370200' }],
  [CAR, LABEL, VEHICLE_CONTEXT],
  [DUE_CAR, LABEL, { ...VEHICLE_CONTEXT, unhandledViolations: 3 }],
  [DUE_CAR, { ...LABEL, insuranceValidUntil: '2026-03-01' }, VEHICLE_CONTEXT],
  [{ ...DUE_CAR, registeredOn: '2014-05-01' }, LABEL, VEHICLE_CONTEXT],
  [{ ...DUE_CAR, plateType: '01', vehicleType: '大型普通客车', useNature: '公路客运' }, { ...LABEL, testedOn: '2026-03-10' }, { ...VEHICLE_CONTEXT, terminalOffice: '370200' }],
  [CAR, { kind: 'label_replace', insuranceValidUntil: '2025-12-31' }, VEHICLE_CONTEXT]
]

const vehicleRefusals = VEHICLE_REFUSALS.map(([vehicle, request, context]) => {
  const verdict = checkVehicleService(vehicle, request, context)
  if (verdict.ok) throw new Error(`expected a refusal for ${JSON.stringify(request)}`)
  return verdict
})

const refusals = [...licenceRefusals, ...vehicleRefusals]
/** Rules main's handlers give themselves, not the pure service rules. */
const HANDLER_RULES: readonly string[] = ['LICENCE_NONE', 'VEHICLE_NOT_OWNER', ...APPLICATION_RULES]
const ALL_RULES: readonly string[] = [...LICENCE_RULES, ...VEHICLE_RULES, ...APPLICATION_RULES]

describe('licence and vehicle rule texts', () => {
  it('cover every rule of the service rules', () => {
    const met = new Set(refusals.map((refusal) => refusal.rule))
    const serviceRules = [...LICENCE_RULES, ...VEHICLE_RULES].filter((rule) => !HANDLER_RULES.includes(rule))
    expect([...met].sort()).toEqual([...serviceRules].sort())
  })

  it('exist in both languages with the same placeholders', () => {
    const zh = zhCN.rules as Record<string, string>
    const english = en.rules as Record<string, string>
    for (const rule of ALL_RULES) {
      expect(zh[rule], rule).toBeTruthy()
      expect(english[rule], rule).toBeTruthy()
      expect(placeholders(english[rule] ?? ''), rule).toEqual(placeholders(zh[rule] ?? ''))
    }
  })

  it('are filled completely from the params each refusal carries', () => {
    for (const refusal of refusals) {
      for (const texts of [zhCN.rules, en.rules] as Record<string, string>[]) {
        const text = fill(texts[refusal.rule] ?? '', refusal.params)
        expect(text, refusal.rule).not.toMatch(/undefined|\{/)
      }
    }
  })

  it('mark exactly the rules whose text needs details', () => {
    const zh = zhCN.rules as Record<string, string>
    const withDetails = ALL_RULES.filter((rule) => placeholders(zh[rule] ?? '').length > 0)
    expect(withDetails.sort()).toEqual([...RULES_WITH_DETAILS].sort())
  })

  it('explain the central refusals of service applications without details', () => {
    const zh = zhCN.rules as Record<string, string>
    for (const code of [CENTRAL_RULES.SERVICE_APPLICATION_REFUSED, CENTRAL_RULES.SERVICE_APPLICATION_CHANGED]) {
      expect(zh[code], code).toBeTruthy()
      expect(zh[code], code).not.toMatch(/\{/)
    }
  })
})

describe('serviceKey', () => {
  it('names every licence service the list can show in both languages', () => {
    const keys = [...['renewal', 'age_exchange', 'replace_damaged', 'replace_lost'].map((kind) => serviceKey({ kind: kind as 'renewal', deferral: null })), ...DEFERRAL_KINDS.map((deferral) => serviceKey({ kind: 'defer', deferral }))]
    expect(keys).toEqual(['renewal', 'age_exchange', 'replace_damaged', 'replace_lost', 'defer_renewal', 'defer_review', 'defer_certificate'])
    for (const key of keys) {
      for (const messages of [zhCN, en]) {
        expect((messages.licence.services as Record<string, string>)[key], key).toBeTruthy()
        expect((messages.licence.hints as Record<string, string>)[key], key).toBeTruthy()
      }
    }
  })

  it('names every vehicle service under the vehicle texts', () => {
    for (const kind of VEHICLE_SERVICE_KINDS) {
      expect(subjectOf(kind)).toBe('vehicle')
      expect(serviceKey({ kind })).toBe(kind)
      for (const messages of [zhCN, en]) {
        expect((messages.vehicle.services as Record<string, string>)[kind], kind).toBeTruthy()
        expect((messages.vehicle.hints as Record<string, string>)[kind], kind).toBeTruthy()
      }
    }
    expect(subjectOf('replace_lost')).toBe('licence')
    expect(subjectOf('defer')).toBe('licence')
  })
})

describe('refusalText', () => {
  const translated = (rule: string): string | null => (rule === 'LICENCE_LONG_TERM' ? 'long-term text' : rule === 'LICENCE_RENEWAL_TOO_EARLY' ? 'opens on {opensOn}' : null)
  const early = { rule: 'LICENCE_RENEWAL_TOO_EARLY', message: '期满换证须在有效期满前 90 日内申请' }

  it("shows main's Chinese sentence on a Chinese screen", () => {
    expect(refusalText(early, { locale: 'zh-CN', translated })).toBe(early.message)
  })

  it("translates a rule without details, and falls back to main's sentence for one with details", () => {
    expect(refusalText({ rule: 'LICENCE_LONG_TERM', message: '长期' }, { locale: 'en', translated })).toBe('long-term text')
    expect(refusalText(early, { locale: 'en', translated })).toBe(early.message)
    expect(refusalText({ rule: 'SOMETHING_NEW', message: '新规则' }, { locale: 'en', translated })).toBe('新规则')
  })
})
