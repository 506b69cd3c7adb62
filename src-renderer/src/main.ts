import 'element-plus/dist/index.css'
import './theme/base.css'
import './theme/kiosk.css'
import './theme/counter.css'

import ElementPlus from 'element-plus'
import { createPinia } from 'pinia'
import { createApp, nextTick } from 'vue'
import App from './App.vue'
import { apiPlugin, createApi } from './api'
import { i18n } from './i18n'
import { createAppRouter } from './router'
import { useTerminalStore } from './stores/terminal'

async function start(): Promise<void> {
  const pinia = createPinia()
  const router = createAppRouter()
  const app = createApp(App).use(apiPlugin(createApi())).use(pinia).use(i18n).use(router).use(ElementPlus)

  const firstInfo = useTerminalStore(pinia).refresh()
  await router.isReady()
  app.mount('#app')
  await firstInfo
  await nextTick()
  // End-to-end tests wait on this marker instead of sleeping.
  document.documentElement.dataset.appState = 'loaded'
}

void start()
