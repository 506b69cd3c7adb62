import { ApiError } from './client'

/** The two vue-i18n functions this needs, so it stays a plain, testable function. */
export interface Translator {
  t(key: string): string
  te(key: string): boolean
}

export interface ErrorDescription {
  readonly code: string
  readonly summary: string
  /** One line per failing field (`path: message`) for INVALID_INPUT; empty otherwise. */
  readonly issues: readonly string[]
}

function issueLines(details: Record<string, unknown> | undefined): string[] {
  const issues = details?.['issues']
  if (!Array.isArray(issues)) return []
  return issues.flatMap((issue: unknown) => {
    if (typeof issue !== 'object' || issue === null) return []
    const { path, message } = issue as { path?: unknown; message?: unknown }
    return typeof path === 'string' && typeof message === 'string' ? [`${path}: ${message}`] : []
  })
}

/**
 * What the user is told about a failure. Text comes from the locale by error code; a rule
 * refusal names its rule (`rules.<rule>`) so the user learns which rule stopped them, and
 * falls back to main's own message for a rule the locale does not know yet. Anything that is
 * not an ApiError is a fault in the renderer and is reported as INTERNAL.
 */
export function describeError(error: unknown, { t, te }: Translator): ErrorDescription {
  if (!(error instanceof ApiError)) return { code: 'INTERNAL', summary: t('errors.INTERNAL'), issues: [] }

  if (error.code === 'RULE_VIOLATION') {
    const rule = error.details?.['rule']
    const key = `rules.${String(rule)}`
    const summary = typeof rule === 'string' && te(key) ? t(key) : error.message
    return { code: error.code, summary, issues: [] }
  }

  const key = `errors.${error.code}`
  const summary = te(key) ? t(key) : error.message
  return { code: error.code, summary, issues: error.code === 'INVALID_INPUT' ? issueLines(error.details) : [] }
}
