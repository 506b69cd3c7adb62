import 'element-plus/dist/index.css'
import './theme/base.css'
import './theme/components.css'
import './theme/kiosk.css'
import './theme/counter.css'
import ElementPlus from 'element-plus'
import { createPinia } from 'pinia'
import { createApp, nextTick } from 'vue'
import App from './App.vue'
import { apiPlugin, createApi } from './api'
import { i18n } from './i18n'
import { createAppRouter } from './router'
import { useSessionStore } from './stores/session'
import { useTerminalStore } from './stores/terminal'

async function start(): Promise<void> {
  const pinia = createPinia()
  const router = createAppRouter(pinia)
  const app = createApp(App).use(apiPlugin(createApi())).use(pinia).use(i18n).use(router).use(ElementPlus)
  const firstInfo = useTerminalStore(pinia).refresh()
  const firstSession = useSessionStore(pinia).ready()
  await router.isReady()
  app.mount('#app')
  await Promise.all([firstInfo, firstSession])
  await nextTick()
  // End-to-end tests wait on this marker instead of sleeping.
  document.documentElement.dataset.appState = 'loaded'
}

void start()
