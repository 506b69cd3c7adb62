import { formatInstant } from '../format/instant'
import { formatYuan } from '../format/money'
import { ApiError } from './client'

/** The parts of vue-i18n this needs, so it stays a plain, testable function. */
export interface Translator {
  t(key: string, named?: Record<string, unknown>): string
  te(key: string): boolean
  /** The interface language, for dates and times inside messages. */
  readonly locale: string
}

export interface ErrorDescription {
  readonly code: string
  readonly summary: string
  /** A further sentence some refusals carry, such as the sign-in attempts left; null otherwise. */
  readonly detail: string | null
  /** One line per failing field (`path: message`) for INVALID_INPUT; empty otherwise. */
  readonly issues: readonly string[]
}

/** One failing field of an INVALID_INPUT answer, as the renderer uses it. */
export interface InputIssue {
  readonly path: string
  readonly message: string
  /** Identifier and password rules name themselves here (`rule`) with their message's parts. */
  readonly params: Record<string, unknown>
}

/** Rule details that are instants; they are shown in China time like every other instant. */
const INSTANT_DETAILS = ['lockedUntil'] as const

/** Rule details that are amounts in fen; shown in yuan, the unit the rule texts name. */
const MONEY_DETAILS = ['maxAmountFen'] as const

/** Rule details that add a sentence of their own when they are present. */
const DETAIL_SENTENCES = { remainingAttempts: 'ruleDetails.remainingAttempts' } as const

/** The failing fields of an INVALID_INPUT error; malformed entries are skipped. */
export function inputIssues(error: unknown): InputIssue[] {
  if (!(error instanceof ApiError) || error.code !== 'INVALID_INPUT') return []
  const issues = error.details?.['issues']
  if (!Array.isArray(issues)) return []
  return issues.flatMap((issue: unknown) => {
    if (typeof issue !== 'object' || issue === null) return []
    const { path, message, params } = issue as { path?: unknown; message?: unknown; params?: unknown }
    if (typeof path !== 'string' || typeof message !== 'string') return []
    return [{ path, message, params: typeof params === 'object' && params !== null ? (params as Record<string, unknown>) : {} }]
  })
}

/**
 * Text for a field rule (identifier, password or form rule): `fieldRules.<rule>` filled with
 * the rule's params in the interface language, else the message that came with it.
 */
export function fieldRuleText(rule: unknown, params: Record<string, unknown>, message: string, { t, te }: Translator): string {
  const key = `fieldRules.${String(rule)}`
  return typeof rule === 'string' && te(key) ? t(key, params) : message
}

function ruleParams(details: Record<string, unknown>, locale: string): Record<string, unknown> {
  const params = { ...details }
  for (const key of INSTANT_DETAILS) {
    const value = params[key]
    if (typeof value === 'string') params[key] = formatInstant(value, locale)
  }
  for (const key of MONEY_DETAILS) {
    const value = params[key]
    if (typeof value === 'number') params[key] = formatYuan(value, locale)
  }
  return params
}

function ruleDetail(details: Record<string, unknown>, { t }: Translator): string | null {
  for (const [name, key] of Object.entries(DETAIL_SENTENCES)) {
    const value = details[name]
    if (typeof value === 'number') return t(key, { count: value })
  }
  return null
}

/**
 * What the user is told about a failure. Text comes from the locale by error code; a rule
 * refusal names its rule (`rules.<rule>`, filled with the refusal's details) so the user learns
 * which rule stopped them, and falls back to main's own message for a rule the locale does not
 * know yet. Anything that is not an ApiError is a fault in the renderer and is reported as INTERNAL.
 */
export function describeError(error: unknown, translator: Translator): ErrorDescription {
  const { t, te, locale } = translator
  if (!(error instanceof ApiError)) return { code: 'INTERNAL', summary: t('errors.INTERNAL'), detail: null, issues: [] }
  if (error.code === 'RULE_VIOLATION') {
    const details = error.details ?? {}
    const rule = details['rule']
    const key = `rules.${String(rule)}`
    const summary = typeof rule === 'string' && te(key) ? t(key, ruleParams(details, locale)) : error.message
    return { code: error.code, summary, detail: ruleDetail(details, translator), issues: [] }
  }
  const key = `errors.${error.code}`
  const summary = te(key) ? t(key) : error.message
  const issues = inputIssues(error).map((issue) => `${issue.path}: ${fieldRuleText(issue.params['rule'], issue.params, issue.message, translator)}`)
  return { code: error.code, summary, detail: null, issues }
}
