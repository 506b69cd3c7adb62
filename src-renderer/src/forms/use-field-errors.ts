import { computed, shallowRef } from 'vue'
import { useI18n } from 'vue-i18n'
import { fieldRuleText, inputIssues } from '../api/describe-error'
import type { FieldCheck, FieldProblem } from './field-check'

/**
 * Per-field messages for one form. A field is checked when it loses focus and, once it shows a
 * problem, again on every keystroke so the message disappears as soon as the value is right.
 * The server's INVALID_INPUT issues land on the same fields, translated by the same rules.
 */
export function useFieldErrors<F extends string>(checks: Record<F, FieldCheck>) {
  const { t, te, locale } = useI18n()
  const problems = shallowRef<Partial<Record<F, FieldProblem>>>({})
  const fields = Object.keys(checks) as F[]

  function setProblem(field: F, problem: FieldProblem | null): void {
    const next = { ...problems.value }
    if (problem) next[field] = problem
    else delete next[field]
    problems.value = next
  }

  function check(field: F): boolean {
    const problem = checks[field]()
    setProblem(field, problem)
    return problem === null
  }

  function recheck(field: F): void {
    if (problems.value[field]) check(field)
  }

  /** Checks every field (not stopping at the first) so all problems show at once. */
  function checkAll(): boolean {
    return fields.map(check).every(Boolean)
  }

  /**
   * Puts the issues of an INVALID_INPUT answer on their fields; `rename` maps an input path that
   * differs from the field's name. True when every issue found its field.
   */
  function showServerIssues(error: unknown, rename: Partial<Record<string, F>> = {}): boolean {
    const issues = inputIssues(error)
    if (issues.length === 0) return false
    let placed = 0
    for (const issue of issues) {
      const field = rename[issue.path] ?? fields.find((each) => each === issue.path)
      if (!field) continue
      setProblem(field, { rule: String(issue.params['rule'] ?? ''), params: issue.params, message: issue.message })
      placed += 1
    }
    return placed === issues.length
  }

  function clear(): void {
    problems.value = {}
  }

  const errors = computed(() => {
    const translator = { t: (key: string, named: Record<string, unknown> = {}) => t(key, named), te: (key: string) => te(key), locale: locale.value }
    const texts: Partial<Record<F, string>> = {}
    for (const field of fields) {
      const problem = problems.value[field]
      if (problem) texts[field] = fieldRuleText(problem.rule, problem.params, problem.message, translator)
    }
    return texts
  })

  return { errors, check, recheck, checkAll, showServerIssues, clear }
}

export type FieldErrors<F extends string> = ReturnType<typeof useFieldErrors<F>>
