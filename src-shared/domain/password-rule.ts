import { z } from 'zod'

/**
 * Password strength rule for citizen, organisation and staff accounts: 8–64 characters with
 * at least three of the four kinds (lower case, upper case, digits, symbols), and not one
 * character repeated or a plain run such as 12345678. Each failure has its own code.
 */
export type PasswordProblem = 'PASSWORD_TOO_SHORT' | 'PASSWORD_TOO_LONG' | 'PASSWORD_TOO_FEW_KINDS' | 'PASSWORD_TRIVIAL'

const MESSAGES: Record<PasswordProblem, string> = {
  PASSWORD_TOO_SHORT: '密码至少8位',
  PASSWORD_TOO_LONG: '密码最多64位',
  PASSWORD_TOO_FEW_KINDS: '密码须包含小写字母、大写字母、数字、符号中的至少三类',
  PASSWORD_TRIVIAL: '密码过于简单（重复字符或连续序列）'
}

function isRun(password: string): boolean {
  const codes = [...password].map((c) => c.charCodeAt(0))
  const step = (codes[1] ?? 0) - (codes[0] ?? 0)
  return Math.abs(step) <= 1 && codes.every((code, i) => i === 0 || code - codes[i - 1]! === step)
}

export function passwordProblem(password: string): PasswordProblem | null {
  if (password.length < 8) return 'PASSWORD_TOO_SHORT'
  if (password.length > 64) return 'PASSWORD_TOO_LONG'
  const kinds = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^a-zA-Z0-9]/].filter((re) => re.test(password)).length
  if (kinds < 3) return 'PASSWORD_TOO_FEW_KINDS'
  if (isRun(password)) return 'PASSWORD_TRIVIAL'
  return null
}

export const passwordSchema = z.string().superRefine((password, ctx) => {
  const problem = passwordProblem(password)
  if (problem) ctx.addIssue({ code: 'custom', message: MESSAGES[problem], params: { rule: problem } })
})

/**
 * The published password of a demo terminal's `admin` and `clerk` accounts (README). It meets
 * the strength rule, so it is refused by name where a real password is set: enrolment.
 */
export const DEMO_STAFF_PASSWORD = 'Demo@2025a'

/** A staff password for a terminal that serves real people: the strength rule, and not the demo password. */
export const realStaffPasswordSchema = passwordSchema.superRefine((password, ctx) => {
  if (password === DEMO_STAFF_PASSWORD) ctx.addIssue({ code: 'custom', message: '不能沿用演示密码，请设置新密码', params: { rule: 'PASSWORD_IS_DEMO' } })
})
