import { inject, type App, type InjectionKey } from 'vue'
import { createApiClient, type ApiClient } from './client'
import { createHttpTransport } from './transport-http'
import { createIpcTransport } from './transport-ipc'

export { ApiError, type ApiClient } from './client'

const apiKey: InjectionKey<ApiClient> = Symbol('api')

/** Electron's preload defines the bridge; without it this is the web shell, served over HTTP. */
export function createApi(): ApiClient {
  return createApiClient(window.terminalBridge ? createIpcTransport(window.terminalBridge) : createHttpTransport())
}

/** Vue plugin: makes the client available to components and setup stores through `useApi()`. */
export function apiPlugin(client: ApiClient) {
  return {
    install(app: App): void {
      app.provide(apiKey, client)
    }
  }
}

export function useApi(): ApiClient {
  const client = inject(apiKey)
  if (!client) throw new Error('useApi() needs the api plugin installed on the app')
  return client
}
