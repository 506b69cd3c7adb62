import { describe, expect, it } from 'vitest'
import { CENTRAL_RULES } from '../../../../src-shared/sync/commands'
import {
  checkLicenceService,
  DEFERRAL_KINDS,
  type LicenceFacts,
  type ServiceContext,
  type ServiceRequest
} from '../../../../src-shared/domain/licence-services'
import en from '../../i18n/en'
import zhCN from '../../i18n/zh-CN'
import { LICENCE_RULES, LICENCE_RULES_WITH_DETAILS, refusalText, serviceKey } from './licence-text'

/** vue-i18n's named interpolation, enough for these messages. */
function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name]))
}

function placeholders(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '').sort()
}

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

const refusals = REFUSALS.map(([licence, request, context]) => {
  const verdict = checkLicenceService(licence, request, context)
  if (verdict.ok) throw new Error(`expected a refusal for ${JSON.stringify(request)}`)
  return verdict
})

describe('licence rule texts', () => {
  it('cover every rule of the service rules', () => {
    const met = new Set(refusals.map((refusal) => refusal.rule))
    const serviceRules = LICENCE_RULES.filter((rule) => !['LICENCE_NONE', 'LICENCE_APPLICATION_OPEN', 'LICENCE_APPLICATION_NOT_OPEN'].includes(rule))
    expect([...met].sort()).toEqual([...serviceRules].sort())
  })

  it('exist in both languages with the same placeholders', () => {
    const zh = zhCN.rules as Record<string, string>
    const english = en.rules as Record<string, string>
    for (const rule of LICENCE_RULES) {
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
    const withDetails = LICENCE_RULES.filter((rule) => placeholders(zh[rule] ?? '').length > 0)
    expect(withDetails.sort()).toEqual([...LICENCE_RULES_WITH_DETAILS].sort())
  })

  it('explain the central refusals of licence applications without details', () => {
    const zh = zhCN.rules as Record<string, string>
    for (const code of [CENTRAL_RULES.LICENCE_APPLICATION_REFUSED, CENTRAL_RULES.LICENCE_APPLICATION_CHANGED]) {
      expect(zh[code], code).toBeTruthy()
      expect(zh[code], code).not.toMatch(/\{/)
    }
  })
})

describe('serviceKey', () => {
  it('names every service the list can show in both languages', () => {
    const keys = [...['renewal', 'age_exchange', 'replace_damaged', 'replace_lost'].map((kind) => serviceKey({ kind: kind as 'renewal', deferral: null })), ...DEFERRAL_KINDS.map((deferral) => serviceKey({ kind: 'defer', deferral }))]
    expect(keys).toEqual(['renewal', 'age_exchange', 'replace_damaged', 'replace_lost', 'defer_renewal', 'defer_review', 'defer_certificate'])
    for (const key of keys) {
      expect((zhCN.licence.services as Record<string, string>)[key], key).toBeTruthy()
      expect((zhCN.licence.hints as Record<string, string>)[key], key).toBeTruthy()
    }
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
