import { ref, shallowRef } from 'vue'
import type { AppContract, OutputOf } from '../../../../src-shared/contract'
import { useApi } from '../../api'

export type ReceiptDocument = OutputOf<AppContract, 'receipts.get'>
export type Receipt = ReceiptDocument['receipt']

/** One receipt as issued (lines, signed QR payload) with its PDF, read on demand and held by the screen showing it. */
export function useReceipt() {
  const api = useApi()
  const document = shallowRef<ReceiptDocument | null>(null)
  const loading = ref(false)
  const error = shallowRef<unknown>(null)

  // Only the newest request may write: looking up a second number must not show the first.
  let latest = 0

  async function load(number: string, copy = false): Promise<void> {
    const request = ++latest
    loading.value = true
    error.value = null
    try {
      const value = await api.call('receipts.get', { number, copy })
      if (request !== latest) return
      document.value = value
    } catch (caught) {
      if (request !== latest) return
      document.value = null
      error.value = caught
    } finally {
      if (request === latest) loading.value = false
    }
  }

  return { document, loading, error, load }
}
