import { ref, shallowRef } from 'vue'
import type { AppContract, OutputOf } from '../../../../src-shared/contract'
import { useApi } from '../../api'

export type Overview = OutputOf<AppContract, 'me.overview'>
export type LicenceSummary = NonNullable<Overview['licence']>
export type VehicleSummary = Overview['vehicles'][number]

/**
 * The personal page's data, held by the page itself: it is read afresh every time the page
 * opens and goes with it, so one person's records can never show under the next session.
 */
export function useOverview() {
  const api = useApi()
  const overview = shallowRef<Overview | null>(null)
  const loading = ref(false)
  const error = shallowRef<unknown>(null)

  async function load(): Promise<void> {
    loading.value = true
    try {
      overview.value = await api.call('me.overview', {})
      error.value = null
    } catch (caught) {
      error.value = caught
    } finally {
      loading.value = false
    }
  }

  return { overview, loading, error, load }
}
