import type { z } from 'zod'

/**
 * What is wrong with one field, named by a stable rule code: the identifier and password rules
 * of src-shared (`ID_CHECKSUM`, `PASSWORD_TOO_FEW_KINDS` …) or a generic form rule (`REQUIRED`,
 * `TOO_SHORT` …). The locale translates `fieldRules.<rule>` with `params`; `message` is the
 * text to fall back on.
 */
export interface FieldProblem {
  readonly rule: string
  readonly params: Record<string, unknown>
  readonly message: string
}

/** Checks one field's current value; null when it is acceptable. */
export type FieldCheck = () => FieldProblem | null

/**
 * The first problem the contract's own schema finds in a value. Checking with the schema main
 * validates with means the screen can never accept what main refuses, or the other way round.
 * `formatRule` names a pattern failure that has no rule of its own (a user name, VIN digits).
 */
export function schemaProblem(schema: z.ZodType, value: string, formatRule = 'FORMAT'): FieldProblem | null {
  const result = schema.safeParse(value)
  if (result.success) return null
  const issue = result.error.issues[0]
  if (!issue) return null
  const params = issue.code === 'custom' ? (issue.params ?? {}) : {}
  const rule = params['rule']
  if (typeof rule === 'string') return { rule, params, message: issue.message }
  if (value.trim() === '') return { rule: 'REQUIRED', params: {}, message: issue.message }
  if (issue.code === 'too_small') return { rule: 'TOO_SHORT', params: { minimum: Number(issue.minimum) }, message: issue.message }
  if (issue.code === 'too_big') return { rule: 'TOO_LONG', params: { maximum: Number(issue.maximum) }, message: issue.message }
  return { rule: formatRule, params: {}, message: issue.message }
}

/** The repeated new password must equal the first. */
export function confirmationProblem(confirmation: string, password: string): FieldProblem | null {
  if (confirmation === '') return { rule: 'REQUIRED', params: {}, message: '' }
  return confirmation === password ? null : { rule: 'PASSWORD_MISMATCH', params: {}, message: '' }
}
