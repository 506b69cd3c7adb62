import { useI18n } from 'vue-i18n'
import { formatCivilDate } from '../../format/civil-date'
import { formatInstant } from '../../format/instant'

const CIVIL_DATE = /^\d{4}-\d{2}-\d{2}$/

/** Rules whose locale text needs details a plan's verdict does not carry; main's own message is shown for them there. */
const RULES_WITH_DETAILS = new Set(['EXAM_CANCEL_TOO_LATE', 'EXAM_NOT_RESULTS_DAY'])

/** How exam facts read on screen, in the interface language. */
export function useExamText() {
  const { t, te, locale } = useI18n()

  /** A legal date or an instant (ranking times are instants, days are legal dates). */
  function when(value: string): string {
    return CIVIL_DATE.test(value) ? formatCivilDate(value, locale.value) : formatInstant(value, locale.value)
  }

  /** A session's start: a clock time as it is, an instant in China time. */
  function time(value: string): string {
    return value.includes('T') ? formatInstant(value, locale.value) : value
  }

  function subject(code: string): string {
    return te(`exams.subjects.${code}`) ? t(`exams.subjects.${code}`) : code
  }

  /** A plan's verdict for this applicant: the rule in the interface language, else main's message. */
  function verdict(rule: string | null, message: string | null): string {
    if (rule && !RULES_WITH_DETAILS.has(rule) && te(`rules.${rule}`)) return t(`rules.${rule}`)
    return message ?? rule ?? ''
  }

  return { when, time, subject, verdict }
}
