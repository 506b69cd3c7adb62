import { createRouter, createWebHashHistory } from 'vue-router'
import { SECTIONS } from './sections'

declare module 'vue-router' {
  interface RouteMeta {
    /** Key of the top-level section a route belongs to; drives the nav's `aria-current`. */
    section?: string
  }
}

/** Hash history, because Electron loads the renderer from file:// where paths cannot be served. */
export function createAppRouter() {
  return createRouter({
    history: createWebHashHistory(),
    routes: [
      ...SECTIONS.map((section) => ({
        path: section.path,
        name: section.key,
        component: section.view,
        meta: { section: section.key }
      })),
      { path: '/:unknown(.*)*', redirect: { name: 'home' } }
    ]
  })
}
