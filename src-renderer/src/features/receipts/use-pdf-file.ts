import { onScopeDispose, shallowRef, toValue, watch, type MaybeRefOrGetter } from 'vue'

/**
 * Whether this shell can hand a PDF to the user as a file. The Electron shell refuses every
 * download (src-main/electron/security.ts), and there main's receipt printer is the way onto
 * paper; the web shell's browser saves the file.
 */
export const PDF_FILES_AVAILABLE = typeof window !== 'undefined' && window.terminalBridge === undefined

function pdfBlob(base64: string): Blob {
  const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0))
  return new Blob([bytes], { type: 'application/pdf' })
}

/**
 * An object URL for a PDF that main sent as base64, for a save link. The URL is revoked when
 * the PDF changes and when the calling component goes, so no document stays reachable in
 * memory after the screen that showed it.
 */
export function usePdfFile(base64: MaybeRefOrGetter<string | null>) {
  const href = shallowRef<string | null>(null)

  function revoke(): void {
    if (href.value) URL.revokeObjectURL(href.value)
    href.value = null
  }

  watch(
    () => toValue(base64),
    (value) => {
      revoke()
      if (value && PDF_FILES_AVAILABLE) href.value = URL.createObjectURL(pdfBlob(value))
    },
    { immediate: true }
  )
  onScopeDispose(revoke)

  return href
}
