import { describe, expect, it } from 'vitest'
import { checkComposedSerial } from '../../../../src-shared/domain/plate-selection'
import { CENTRAL_RULES } from '../../../../src-shared/sync/commands'
import en from '../../i18n/en'
import zhCN from '../../i18n/zh-CN'
import { fill, placeholders } from '../../i18n/template-checks'
import { cleanCandidate, cleanVin, composedRefusalText, PLATE_HANDLER_RULES, PLATE_PATTERN_RULES, PLATE_RULES } from './plate-text'

/** One composed number per refusal of the selection rule. */
const PATTERN_REFUSALS = ['A12', '  a1b2 3', 'A1B2!', '11111', 'A1B2C', 'AB123', 'A0B00', 'A111B', 'AB222'].flatMap((input) => {
  const verdict = checkComposedSerial(input)
  return verdict.ok ? [] : [verdict]
})

/** The details main's handlers raise each rule with (src-main/features/plates/service.ts). */
const HANDLER_REFUSALS: { rule: string; params: Record<string, string | number> }[] = [
  { rule: 'PLATE_VIN_REGISTERED', params: { vin: 'LSVAU2180N2000017' } },
  { rule: 'PLATE_VIN_OTHER_OWNER', params: { vin: 'LSVAU2180N2000017' } },
  { rule: 'PLATE_VIN_ALREADY_SELECTED', params: { plate: '鲁AB1C23' } },
  { rule: 'PLATE_BATCHES_USED', params: { batches: 5 } },
  { rule: 'PLATE_COMPOSED_USED', params: { limit: 20, left: 3 } },
  { rule: 'PLATE_OTHER_OFFICE', params: { prefix: '鲁A' } },
  { rule: 'PLATE_NOT_IN_BATCH', params: { plate: '鲁AB1C23' } },
  // Refusing a reservation names the plate; a compose result carries no details at all.
  { rule: 'PLATE_TAKEN', params: { plate: '鲁AB1C23' } },
  { rule: 'PLATE_TAKEN', params: {} }
]

describe('plate rule texts', () => {
  const zh = zhCN.rules as Record<string, string>
  const english = en.rules as Record<string, string>

  it('cover every refusal of the selection rule', () => {
    expect([...new Set(PATTERN_REFUSALS.map((refusal) => refusal.rule))].sort()).toEqual([...PLATE_PATTERN_RULES].sort())
  })

  it('exist in both languages with the same placeholders', () => {
    for (const rule of PLATE_RULES) {
      expect(zh[rule], rule).toBeTruthy()
      expect(english[rule], rule).toBeTruthy()
      expect(placeholders(english[rule] ?? ''), rule).toEqual(placeholders(zh[rule] ?? ''))
    }
  })

  it('name exactly the details each handler rule carries', () => {
    for (const [rule, params] of Object.entries(PLATE_HANDLER_RULES)) {
      expect(placeholders(zh[rule] ?? ''), rule).toEqual([...params].sort())
    }
  })

  it('need no details for the selection rule, which main sends bare', () => {
    for (const refusal of PATTERN_REFUSALS) {
      for (const texts of [zh, english]) expect(texts[refusal.rule], refusal.rule).not.toMatch(/\{/)
    }
  })

  it('are filled completely from the details each refusal carries', () => {
    for (const refusal of HANDLER_REFUSALS) {
      for (const texts of [zh, english]) {
        expect(fill(texts[refusal.rule] ?? '', refusal.params), refusal.rule).not.toMatch(/undefined|\{/)
      }
    }
  })

  it('explain the central refusal of a reservation without details', () => {
    const code = CENTRAL_RULES.PLATE_RESERVATION_REFUSED
    for (const texts of [zh, english]) {
      expect(texts[code], code).toBeTruthy()
      expect(texts[code], code).not.toMatch(/\{/)
    }
  })

  it('name the uploaded plate commands', () => {
    for (const messages of [zhCN, en]) {
      const commands = messages.sync.commands as Record<string, string>
      for (const command of ['plates_draw', 'plates_compose', 'plates_reserve']) expect(commands[command], command).toBeTruthy()
    }
  })
})

describe('composedRefusalText', () => {
  const english = en.rules as Record<string, string>
  const translated = (rule: string): string | null => english[rule] ?? null
  const verdict = checkComposedSerial('11111')
  if (verdict.ok) throw new Error('11111 breaks the selection rule')

  it("shows main's exact sentence on a Chinese screen", () => {
    expect(composedRefusalText(verdict, { locale: 'zh-CN', translated })).toBe(verdict.message)
    expect(verdict.message).toContain('第1位须为字母')
  })

  it('shows the rule in another language, for the selection rule and a taken number alike', () => {
    expect(composedRefusalText(verdict, { locale: 'en', translated })).toBe(english['PLATE_PATTERN_FIRST_LETTER'])
    expect(composedRefusalText({ rule: 'PLATE_TAKEN', message: '鲁AB1C23 已被使用或预选' }, { locale: 'en', translated })).toBe(english['PLATE_TAKEN'])
  })
})

describe('typed values', () => {
  it('upper-cases composed numbers and drops spaces and the printed dot', () => {
    expect(cleanCandidate(' a1·b 23')).toBe('A1B23')
  })

  it('upper-cases a VIN and drops spaces', () => {
    expect(cleanVin(' lsvau 2180n2000017 ')).toBe('LSVAU2180N2000017')
  })
})
