import type { RouteComponent } from 'vue-router'

export interface Section {
  /** Route name, nav test id (`nav-<key>`) and the section every sub-route will belong to. */
  readonly key: string
  readonly path: string
  /** Label under `sections.` in the locale files. */
  readonly label: string
  readonly view: () => Promise<RouteComponent>
}

/** The platform's seven sections, in the order the platform presents them. */
export const SECTIONS: readonly Section[] = [
  { key: 'home', path: '/', label: 'home', view: () => import('./features/home/HomeView.vue') },
  { key: 'business', path: '/business', label: 'business', view: () => import('./features/business/BusinessView.vue') },
  { key: 'navigation', path: '/navigation', label: 'navigation', view: () => import('./features/navigation/NavigationView.vue') },
  {
    key: 'announcements',
    path: '/announcements',
    label: 'announcements',
    view: () => import('./features/announcements/AnnouncementsView.vue')
  },
  { key: 'query', path: '/query', label: 'query', view: () => import('./features/query/QueryView.vue') },
  {
    key: 'app-download',
    path: '/app-download',
    label: 'appDownload',
    view: () => import('./features/app-download/AppDownloadView.vue')
  },
  { key: 'guide', path: '/guide', label: 'guide', view: () => import('./features/guide/GuideView.vue') }
]
