/// <reference types="vite/client" />
/// <reference types="element-plus/global" />

declare module '*.vue' {
  import type { DefineComponent } from 'vue'
  const component: DefineComponent<object, object, unknown>
  export default component
}

/**
 * What Electron's preload exposes, and nothing more: one RPC entry point and one event
 * subscription. Absent in the web shell, where the HTTP transport is used instead.
 */
interface TerminalBridge {
  // A top-level `import type` would make this file a module, and the `*.vue` and `Window`
  // declarations would stop being global, so the contract type is imported inline.
  // eslint-disable-next-line @typescript-eslint/consistent-type-imports
  invoke(method: string, input: unknown): Promise<import('../src-shared/contract').RpcResult<unknown>>
  on(event: string, listener: (payload: unknown) => void): () => void
}

interface Window {
  readonly terminalBridge?: TerminalBridge
}
