import { onScopeDispose, watch, type Ref } from 'vue'
import { TERMINAL_MODES, type TerminalMode } from '../../../src-shared/contract/roles'

const modeClass = (mode: TerminalMode): string => `mode-${mode}`

/**
 * Puts `mode-kiosk` or `mode-counter` on <html>, which selects kiosk.css or counter.css.
 * Until the mode is known (or if it cannot be read) the base theme stays; a known mode is
 * kept across refreshes because it belongs to the terminal's enrolment and never changes.
 */
export function useTerminalTheme(mode: Ref<TerminalMode | null>): void {
  const root = document.documentElement

  watch(
    mode,
    (current) => {
      if (!current) return
      for (const each of TERMINAL_MODES) root.classList.toggle(modeClass(each), each === current)
    },
    { immediate: true }
  )

  onScopeDispose(() => {
    for (const each of TERMINAL_MODES) root.classList.remove(modeClass(each))
  })
}
