import { describe, expect, it } from 'vitest'
import {
  validateLicenceFileNumber,
  validateMobile,
  validatePlate,
  validateResidentId,
  validateUscc,
  validateVin,
  type IdentifierFailure
} from '../../../src-shared/domain/identifiers'
import en from './en'
import zhCN from './zh-CN'
import { fill } from './template-checks'

/** One input per failure code of every identifier the screens check. */
const FAILURES: IdentifierFailure[] = [
  ...['', '1101051949123100', '11010A19491231002X', '11010519491231002Y', '99010519491231002X', '11010519490231002X', '11010518991231002X', '110105209912310021', '110105194912310021'].map(
    (input) => validateResidentId(input, { today: '2025-06-30' })
  ),
  ...['', '37010012345', '3701001234S6'].map((input) => validateLicenceFileNumber(input)),
  ...[' ', '1380013800O', '1380013800', '12800138000'].map((input) => validateMobile(input)),
  ...[' ', '鲁A1234', 'A鲁12345', '鲁I12345', '鲁A12O45', '鲁AX12345'].map((input) => validatePlate(input)),
  ...['京A12345', '鲁W12345'].map((input) => validatePlate(input, { shandongOnly: true })),
  ...['', '91350100M0000', '91350100M000100I9A', '91AB0100M000100Y43', '91350100M000100Y44'].map((input) => validateUscc(input)),
  ...['', 'LSVAU2180N200001', 'LSVAU2180N20000I7', 'LSVAU2180N20000-7', 'LSVAU2180N2000017'].map((input) => validateVin(input))
].flatMap((result) => (result.ok ? [] : [result]))

describe('field rule texts', () => {
  it('cover every identifier failure the screens can meet', () => {
    const codes = new Set(FAILURES.map((failure) => failure.code))
    expect(codes.size).toBe(34)
  })

  it('say in Chinese exactly what the validators say', () => {
    const rules = zhCN.fieldRules as Record<string, string>
    for (const failure of FAILURES) expect(fill(rules[failure.code] ?? '', failure.params), failure.code).toBe(failure.message)
  })

  it('fill every English placeholder from the same params', () => {
    const rules = en.fieldRules as Record<string, string>
    for (const failure of FAILURES) {
      const text = fill(rules[failure.code] ?? '', failure.params)
      expect(text, failure.code).not.toMatch(/undefined|\{/)
      expect(text, failure.code).not.toBe('')
    }
  })
})
