import { useI18n } from 'vue-i18n'
import { formatCivilDate } from '../../format/civil-date'
import { formatInstant } from '../../format/instant'
import { refusalText, serviceKey, type ServiceRef } from './licence-text'

/** How 驾驶证业务 facts read on screen, in the interface language. */
export function useLicenceText() {
  const { t, te, locale } = useI18n()

  /** 期满换证 … 延期提交身体条件证明. */
  function service(ref: ServiceRef): string {
    return t(`licence.services.${serviceKey(ref)}`)
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

  /** A refused service's reason on the list (see refusalText). */
  function refusal(verdict: { rule: string | null; message: string | null }): string {
    return refusalText(verdict, { locale: locale.value, translated: (rule) => (te(`rules.${rule}`) ? t(`rules.${rule}`) : null) })
  }

  return { service, date, instant, validity, refusal }
}
