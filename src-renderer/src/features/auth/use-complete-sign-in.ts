import { useRouter } from 'vue-router'
import type { SessionView } from '../../../../src-shared/contract'
import { landingFor } from '../../access'
import { useSessionStore } from '../../stores/session'

/** After any successful sign-in: take main's new session view and open the role's own screen. */
export function useCompleteSignIn(): (view: SessionView) => Promise<void> {
  const session = useSessionStore()
  const router = useRouter()
  return async (view) => {
    session.apply(view)
    await router.replace(landingFor(view))
  }
}
