import { useTemplateRef } from 'vue'

/**
 * A result panel that takes focus when it appears (after an application is accepted or a
 * number reserved), so a screen reader announces it and the keyboard continues from it. Its
 * element carries `ref="root"` and `tabindex="-1"`; the component exposes `focus`.
 */
export function useFocusPanel() {
  const root = useTemplateRef<HTMLElement>('root')
  return {
    focus(): void {
      root.value?.scrollIntoView({ block: 'nearest' })
      root.value?.focus()
    }
  }
}
