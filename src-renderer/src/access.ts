import type { RouteLocationRaw } from 'vue-router'
import type { SessionView } from '../../src-shared/contract'

/**
 * Who may open which screen. Main enforces roles on every call anyway; this only keeps people
 * away from screens whose every call would be refused.
 */
export type Access = 'guest' | 'register' | 'personal' | 'contacts' | 'exams' | 'licence' | 'vehicle' | 'clerk' | 'admin'

type View = Pick<SessionView, 'role' | 'actingFor'> | null

const serving = (view: View): boolean => view?.role === 'clerk' && view.actingFor !== null

const RULES: Record<Access, (view: View) => boolean> = {
  guest: (view) => (view?.role ?? 'anonymous') === 'anonymous',
  // A clerk registers the citizen standing at the counter.
  register: (view) => (view?.role ?? 'anonymous') === 'anonymous' || view?.role === 'clerk',
  personal: (view) => view?.role === 'citizen' || view?.role === 'org_agent' || serving(view),
  // Contact records belong to a person; an organisation's agent has none to change here.
  contacts: (view) => view?.role === 'citizen' || serving(view),
  // Exam appointments are a learner's own business, at a kiosk or through a clerk.
  exams: (view) => view?.role === 'citizen' || serving(view),
  // 驾驶证业务 are the licence holder's own too; an organisation's agent holds no licence here.
  licence: (view) => view?.role === 'citizen' || serving(view),
  // 机动车业务 are for vehicles registered to a person; an organisation's vehicles are not applied for here.
  vehicle: (view) => view?.role === 'citizen' || serving(view),
  clerk: (view) => view?.role === 'clerk',
  admin: (view) => view?.role === 'admin'
}

export function allows(access: Access, view: View): boolean {
  return RULES[access](view)
}

/** Where a session belongs after signing in, or when it opens a screen it may not use. */
export function landingFor(view: View): RouteLocationRaw {
  switch (view?.role ?? 'anonymous') {
    case 'citizen':
    case 'org_agent':
      return { name: 'me' }
    case 'clerk':
      return { name: serving(view) ? 'me' : 'counter' }
    case 'admin':
      return { name: 'admin' }
    default:
      return { name: 'sign-in' }
  }
}
