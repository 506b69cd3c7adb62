import { useI18n } from 'vue-i18n'
import { formatCivilDate } from '../../format/civil-date'
import { formatInstant } from '../../format/instant'
import { refusalText, serviceKey, subjectOf, type ServiceRef, type ServiceSubject } from './service-text'

/** How 驾驶证业务 and 机动车业务 facts read on screen, in the interface language. */
export function useServiceText() {
  const { t, te, locale } = useI18n()

  /** 期满换证 … 延期提交身体条件证明, 补换领号牌 … 补换领检验合格标志. */
  function service(ref: ServiceRef): string {
    return t(`${subjectOf(ref.kind)}.services.${serviceKey(ref)}`)
  }

  /** What the service is for and what it needs, in one sentence. */
  function hint(ref: ServiceRef): string {
    return t(`${subjectOf(ref.kind)}.hints.${serviceKey(ref)}`)
  }

  /** 驾驶证 or 机动车. */
  function subject(value: ServiceSubject): string {
    return t(`applications.subjects.${value}`)
  }

  function date(value: string): string {
    return formatCivilDate(value, locale.value)
  }

  function instant(value: string): string {
    return formatInstant(value, locale.value)
  }

  /** 有效期: from – until, or from – 长期. */
  function validity(validFrom: string, validUntil: string | null): string {
    return t('licence.card.validRange', { from: date(validFrom), until: validUntil ? date(validUntil) : t('licence.card.longTerm') })
  }

  /** A refused service's reason on a list (see refusalText). */
  function refusal(verdict: { rule: string | null; message: string | null }): string {
    return refusalText(verdict, { locale: locale.value, translated: (rule) => (te(`rules.${rule}`) ? t(`rules.${rule}`) : null) })
  }

  return { service, hint, subject, date, instant, validity, refusal }
}
