import type { RpcResult } from '../../../src-shared/contract'
import type { Transport } from './client'

/**
 * Electron transport over the preload bridge. A rejected invoke means the IPC channel itself
 * failed (main gone, handler missing), which is a transport fault, not an answer.
 */
export function createIpcTransport(bridge: TerminalBridge): Transport {
  return {
    async invoke(method, input): Promise<RpcResult<unknown>> {
      try {
        return await bridge.invoke(method, input)
      } catch (error) {
        return { ok: false, error: { code: 'TRANSPORT_ERROR', message: error instanceof Error ? error.message : String(error) } }
      }
    },
    on(event, listener) {
      return bridge.on(event, listener)
    }
  }
}
