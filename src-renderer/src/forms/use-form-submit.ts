import { nextTick, ref, shallowRef } from 'vue'

interface CheckedFields {
  checkAll(): boolean
  showServerIssues(error: unknown, rename?: Partial<Record<string, string>>): boolean
}

/** Keyboard users land on the first field that needs fixing instead of hunting for it. */
async function focusFirstProblem(form: HTMLFormElement | null): Promise<void> {
  await nextTick()
  form?.querySelector<HTMLElement>('.is-error input, .is-error textarea')?.focus()
}

/**
 * Submitting a form: every field is checked first and nothing is sent while one is wrong;
 * then the action runs once at a time. A refusal whose issues all belong to fields shows on
 * those fields; anything else is kept in `error` for an ErrorNotice.
 */
export function useFormSubmit(fields: CheckedFields, rename: Partial<Record<string, string>> = {}) {
  const busy = ref(false)
  const error = shallowRef<unknown>(null)

  async function submit(event: Event, action: () => Promise<void>): Promise<void> {
    // Read now: currentTarget is only set while the event is being dispatched.
    const form = event.currentTarget instanceof HTMLFormElement ? event.currentTarget : null
    if (busy.value) return
    error.value = null
    if (!fields.checkAll()) {
      await focusFirstProblem(form)
      return
    }
    busy.value = true
    try {
      await action()
    } catch (caught) {
      if (!fields.showServerIssues(caught, rename)) error.value = caught
      await focusFirstProblem(form)
    } finally {
      busy.value = false
    }
  }

  return { busy, error, submit }
}
