import type { Pinia } from 'pinia'
import { createRouter, createWebHashHistory, type Router } from 'vue-router'
import { allows, landingFor, type Access } from './access'
import { SECTIONS } from './sections'
import { useSessionStore } from './stores/session'

declare module 'vue-router' {
  interface RouteMeta {
    /** Key of the top-level section a route belongs to; drives the nav's `aria-current`. */
    section?: string
    /** Who may open the route; routes without it are open to everyone. */
    access?: Access
  }
}

/** Hash history, because Electron loads the renderer from file:// where paths cannot be served. */
export function createAppRouter(pinia: Pinia): Router {
  const router = createRouter({
    history: createWebHashHistory(),
    routes: [
      ...SECTIONS.map((section) => ({
        path: section.path,
        name: section.key,
        component: section.view,
        meta: { section: section.key }
      })),
      { path: '/sign-in', name: 'sign-in', component: () => import('./features/auth/SignInView.vue'), meta: { access: 'guest' } },
      { path: '/register', name: 'register', component: () => import('./features/register/RegisterView.vue'), meta: { access: 'register' } },
      { path: '/me', name: 'me', component: () => import('./features/me/MeView.vue'), meta: { access: 'personal' } },
      { path: '/me/contacts', name: 'me-contacts', component: () => import('./features/contacts/ContactsView.vue'), meta: { access: 'contacts' } },
      { path: '/counter', name: 'counter', component: () => import('./features/counter/CounterView.vue'), meta: { access: 'clerk' } },
      { path: '/violations', name: 'violations', component: () => import('./features/violations/ViolationsView.vue'), meta: { access: 'personal', section: 'business' } },
      { path: '/exams', name: 'exams', component: () => import('./features/exams/ExamsView.vue'), meta: { access: 'exams', section: 'business' } },
      { path: '/licence', name: 'licence', component: () => import('./features/licence/LicenceServicesView.vue'), meta: { access: 'licence', section: 'business' } },
      { path: '/vehicle-services', name: 'vehicle-services', component: () => import('./features/vehicle/VehicleServicesView.vue'), meta: { access: 'vehicle', section: 'business' } },
      // 号牌预选 is for the same people as 机动车业务 (a citizen, or the one a clerk serves), though the car is not theirs on record yet.
      { path: '/plates', name: 'plates', component: () => import('./features/plates/PlateSelectionView.vue'), meta: { access: 'vehicle', section: 'business' } },
      { path: '/counter/receipts', name: 'counter-receipts', component: () => import('./features/receipts/ReceiptToolsView.vue'), meta: { access: 'clerk' } },
      { path: '/counter/disputes', name: 'counter-disputes', component: () => import('./features/disputes/DisputesView.vue'), meta: { access: 'clerk' } },
      { path: '/counter/applications', name: 'counter-applications', component: () => import('./features/applications/CounterApplicationsView.vue'), meta: { access: 'clerk' } },
      { path: '/counter/tasks', name: 'counter-tasks', component: () => import('./features/counter/FollowUpTasksView.vue'), meta: { access: 'clerk' } },
      { path: '/counter/day-close', name: 'counter-day-close', component: () => import('./features/dayclose/DayCloseView.vue'), meta: { access: 'clerk' } },
      { path: '/admin', name: 'admin', component: () => import('./features/admin/AdminView.vue'), meta: { access: 'admin' } },
      { path: '/:unknown(.*)*', redirect: { name: 'home' } }
    ]
  })

  // A screen the session may not use sends an anonymous user to sign in, anyone else to their own start.
  router.beforeEach(async (to) => {
    const access = to.meta.access
    if (!access) return true
    const session = useSessionStore(pinia)
    await session.ready()
    return allows(access, session.view) ? true : landingFor(session.view)
  })

  return router
}
