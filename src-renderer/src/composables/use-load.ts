import { ref, shallowRef, type Ref } from 'vue'

/**
 * Load a server answer into `target` now and on every `load()`, tracking loading and the last
 * error (shown with ErrorNotice). The screens that list things from main all start this way.
 */
export function useLoad<T>(target: Ref<T>, fetch: () => Promise<T>) {
  const loading = ref(false)
  const error = shallowRef<unknown>(null)

  async function load(): Promise<void> {
    loading.value = true
    try {
      target.value = await fetch()
      error.value = null
    } catch (caught) {
      error.value = caught
    } finally {
      loading.value = false
    }
  }
  void load()
  return { loading, error, load }
}
