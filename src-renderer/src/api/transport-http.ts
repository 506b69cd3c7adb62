import type { RpcResult } from '../../../src-shared/contract'
import type { Transport } from './client'

function transportError(message: string, details?: Record<string, unknown>): RpcResult<never> {
  return { ok: false, error: details ? { code: 'TRANSPORT_ERROR', message, details } : { code: 'TRANSPORT_ERROR', message } }
}

function isRpcResult(value: unknown): value is RpcResult<unknown> {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false
  return value.ok === true ? 'value' in value : value.ok === false && 'error' in value
}

async function postRpc(method: string, input: unknown): Promise<RpcResult<unknown>> {
  let response: Response
  try {
    response = await fetch('/rpc/' + method, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(input ?? {})
    })
  } catch (error) {
    return transportError(error instanceof Error ? error.message : String(error))
  }
  // Refusals arrive with 4xx/5xx statuses but still carry an RpcResult body, so the body decides.
  let body: unknown
  try {
    body = await response.json()
  } catch {
    return transportError(`HTTP ${response.status}: response is not JSON`, { status: response.status })
  }
  if (!isRpcResult(body)) return transportError(`HTTP ${response.status}: response is not an RPC result`, { status: response.status })
  return body
}

interface EventChannel {
  readonly listeners: Set<(payload: unknown) => void>
  readonly handler: (message: MessageEvent<string>) => void
}

/**
 * Web-shell transport: `POST /rpc/<method>` with the session cookie, and one shared
 * `EventSource('/events')` whose named events carry JSON. The stream opens with the first
 * subscription and closes with the last, and EventSource reconnects on its own after a drop.
 */
export function createHttpTransport(): Transport {
  let source: EventSource | null = null
  const channels = new Map<string, EventChannel>()

  function subscribe(event: string, listener: (payload: unknown) => void): () => void {
    source ??= new EventSource('/events')
    let channel = channels.get(event)
    if (!channel) {
      const listeners = new Set<(payload: unknown) => void>()
      const handler = (message: MessageEvent<string>): void => {
        let payload: unknown
        try {
          payload = JSON.parse(message.data)
        } catch {
          // A frame that is not JSON cannot be a contract event; listeners never see it.
          return
        }
        for (const each of listeners) each(payload)
      }
      channel = { listeners, handler }
      channels.set(event, channel)
      source.addEventListener(event, handler)
    }
    const active = channel
    active.listeners.add(listener)

    return () => {
      if (!active.listeners.delete(listener) || active.listeners.size > 0) return
      source?.removeEventListener(event, active.handler)
      channels.delete(event)
      if (channels.size === 0) {
        source?.close()
        source = null
      }
    }
  }

  return { invoke: postRpc, on: subscribe }
}
