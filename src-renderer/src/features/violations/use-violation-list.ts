import { ref, shallowRef } from 'vue'
import type { AppContract, OutputOf } from '../../../../src-shared/contract'
import { useApi } from '../../api'

export type ViolationList = OutputOf<AppContract, 'violations.list'>

/**
 * The person's violation records, with the paid history, held by the screen itself: read
 * afresh whenever the screen opens or a payment ends, and gone with the screen, so one person's
 * records never show under the next session.
 */
export function useViolationList() {
  const api = useApi()
  const list = shallowRef<ViolationList | null>(null)
  const loading = ref(false)
  const error = shallowRef<unknown>(null)

  // Only the newest read may write, so a slow earlier answer cannot replace a later one.
  let latest = 0

  async function load(): Promise<void> {
    const request = ++latest
    loading.value = true
    try {
      const value = await api.call('violations.list', { filter: 'all' })
      if (request !== latest) return
      list.value = value
      error.value = null
    } catch (caught) {
      if (request === latest) error.value = caught
    } finally {
      if (request === latest) loading.value = false
    }
  }

  return { list, loading, error, load }
}
