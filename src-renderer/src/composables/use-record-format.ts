import { useI18n } from 'vue-i18n'
import { formatCivilDate } from '../format/civil-date'
import { formatFen } from '../format/money'

/**
 * How archive values read on screen, in the interface language: legal dates, fen as yuan, and
 * the archive's status and plate-type codes by name. A code the locale does not know yet is
 * shown as it is rather than hidden.
 */
export function useRecordFormat() {
  const { t, te, locale } = useI18n()

  const named = (group: string, code: string): string => (te(`${group}.${code}`) ? t(`${group}.${code}`) : code)

  return {
    date: (value: string): string => formatCivilDate(value, locale.value),
    money: (fen: number): string => formatFen(fen, locale.value),
    licenceStatus: (code: string): string => named('licenceStatus', code),
    vehicleStatus: (code: string): string => named('vehicleStatus', code),
    organisationStatus: (code: string): string => named('organisationStatus', code),
    plateType: (code: string): string => named('plateTypes', code)
  }
}
