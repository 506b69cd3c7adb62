import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { residentIdSchema } from '../../../src-shared/domain/identifiers'
import { passwordSchema } from '../../../src-shared/domain/password-rule'
import { confirmationProblem, schemaProblem } from './field-check'

describe('schemaProblem', () => {
  it('names identifier and password rules with their params', () => {
    expect(schemaProblem(residentIdSchema, '110105194912310021')).toEqual({
      rule: 'ID_CHECKSUM',
      params: { rule: 'ID_CHECKSUM', expected: 'X' },
      message: '第18位校验码应为X'
    })
    expect(schemaProblem(passwordSchema, 'abcdefgh')).toMatchObject({ rule: 'PASSWORD_TOO_FEW_KINDS' })
    expect(schemaProblem(residentIdSchema, '11010519491231002X')).toBeNull()
  })

  it('turns length limits and empty values into generic rules', () => {
    const name = z.string().trim().min(2).max(4)
    expect(schemaProblem(name, ' ')).toMatchObject({ rule: 'REQUIRED' })
    expect(schemaProblem(name, 'a')).toMatchObject({ rule: 'TOO_SHORT', params: { minimum: 2 } })
    expect(schemaProblem(name, 'abcde')).toMatchObject({ rule: 'TOO_LONG', params: { maximum: 4 } })
  })

  it('names a pattern failure by the rule it is given', () => {
    expect(schemaProblem(z.string().regex(/^\d+$/), 'x', 'DIGITS')).toMatchObject({ rule: 'DIGITS' })
  })
})

describe('confirmationProblem', () => {
  it('asks for the repetition, then for it to match', () => {
    expect(confirmationProblem('', 'Abc12345')).toMatchObject({ rule: 'REQUIRED' })
    expect(confirmationProblem('Abc12346', 'Abc12345')).toMatchObject({ rule: 'PASSWORD_MISMATCH' })
    expect(confirmationProblem('Abc12345', 'Abc12345')).toBeNull()
  })
})
