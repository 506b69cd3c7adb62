import { ref, shallowRef } from 'vue'
import type { AppContract, OutputOf } from '../../../../src-shared/contract'
import { useApi } from '../../api'

export type DayPreview = OutputOf<AppContract, 'dayclose.preview'>
export type DayClosed = OutputOf<AppContract, 'dayclose.close'>

/**
 * One day's takings at this counter and its close. The preview compares every card payment
 * with the card terminal's own log; closing records the totals and returns the printed report.
 */
export function useDayClose() {
  const api = useApi()
  const preview = shallowRef<DayPreview | null>(null)
  const closed = shallowRef<DayClosed | null>(null)
  const loading = ref(false)
  const closing = ref(false)
  const error = shallowRef<unknown>(null)

  // Only the newest preview may write: changing the date twice quickly shows the later day.
  let latest = 0

  /** `date` is a China date; empty means today, as main counts it. */
  async function load(date: string): Promise<void> {
    const request = ++latest
    loading.value = true
    error.value = null
    try {
      const value = await api.call('dayclose.preview', date ? { date } : {})
      if (request !== latest) return
      preview.value = value
      if (closed.value?.date !== value.date) closed.value = null
    } catch (caught) {
      if (request === latest) error.value = caught
    } finally {
      if (request === latest) loading.value = false
    }
  }

  async function close(): Promise<void> {
    const day = preview.value?.date
    if (!day || closing.value) return
    closing.value = true
    error.value = null
    try {
      closed.value = await api.call('dayclose.close', { date: day })
      await load(day)
    } catch (caught) {
      error.value = caught
    } finally {
      closing.value = false
    }
  }

  return { preview, closed, loading, closing, error, load, close }
}
