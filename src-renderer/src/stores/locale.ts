import { useLocalStorage } from '@vueuse/core'
import { defineStore } from 'pinia'
import { watch } from 'vue'
import { useApi } from '../api'
import { DEFAULT_LOCALE, i18n, isAppLocale, type AppLocale } from '../i18n'

/** The interface language. Persisted so a restarted terminal keeps the language it was set to. */
export const useLocaleStore = defineStore('locale', () => {
  const api = useApi()
  const current = useLocalStorage<AppLocale>('lu-terminal.locale', DEFAULT_LOCALE)
  // Storage may hold a stale or hand-edited value; anything unknown falls back to Chinese.
  if (!isAppLocale(current.value)) current.value = DEFAULT_LOCALE

  watch(
    current,
    (locale) => {
      i18n.global.locale.value = locale
      document.documentElement.lang = locale
      document.title = i18n.global.t('app.title')
      // The server words its own messages (input errors, rule fallbacks) in the session's language.
      api.call('session.setLocale', { locale }).catch(() => undefined)
    },
    { immediate: true }
  )

  function setLocale(locale: AppLocale): void {
    current.value = locale
  }

  function toggle(): void {
    setLocale(current.value === 'zh-CN' ? 'en' : 'zh-CN')
  }

  /** The next person at a kiosk should meet the default language, not the last visitor's choice. */
  function reset(): void {
    setLocale(DEFAULT_LOCALE)
  }

  return { current, setLocale, toggle, reset }
})
