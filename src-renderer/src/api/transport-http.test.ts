import { afterEach, describe, expect, it, vi } from 'vitest'
import { createHttpTransport } from './transport-http'

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('createHttpTransport().invoke', () => {
  it('posts the input as JSON to /rpc/<method> with the session cookie', async () => {
    const fetchMock = vi.fn(async () => new Response(JSON.stringify({ ok: true, value: 1 }), { status: 200 }))
    vi.stubGlobal('fetch', fetchMock)
    await expect(createHttpTransport().invoke('system.info', undefined)).resolves.toEqual({ ok: true, value: 1 })
    expect(fetchMock).toHaveBeenCalledWith('/rpc/system.info', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json' },
      body: '{}'
    })
  })

  it('passes a refusal through even when it comes with an error status', async () => {
    const refusal = { ok: false, error: { code: 'UNAUTHENTICATED', message: '请先登录' } }
    vi.stubGlobal('fetch', async () => new Response(JSON.stringify(refusal), { status: 401 }))
    await expect(createHttpTransport().invoke('system.backup', {})).resolves.toEqual(refusal)
  })

  it('turns a network failure into TRANSPORT_ERROR', async () => {
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch')
    })
    await expect(createHttpTransport().invoke('system.info', {})).resolves.toEqual({
      ok: false,
      error: { code: 'TRANSPORT_ERROR', message: 'Failed to fetch' }
    })
  })

  it('turns a body that is not an RPC result into TRANSPORT_ERROR', async () => {
    vi.stubGlobal('fetch', async () => new Response('<html>Bad Gateway</html>', { status: 502 }))
    const result = await createHttpTransport().invoke('system.info', {})
    expect(result).toMatchObject({ ok: false, error: { code: 'TRANSPORT_ERROR', details: { status: 502 } } })
  })
})

class FakeEventSource {
  static opened: FakeEventSource[] = []
  readonly handlers = new Map<string, (message: { data: string }) => void>()
  closed = false

  constructor(readonly url: string) {
    FakeEventSource.opened.push(this)
  }

  addEventListener(event: string, handler: (message: { data: string }) => void): void {
    this.handlers.set(event, handler)
  }

  removeEventListener(event: string): void {
    this.handlers.delete(event)
  }

  close(): void {
    this.closed = true
  }

  emit(event: string, data: string): void {
    this.handlers.get(event)?.({ data })
  }
}

describe('createHttpTransport().on', () => {
  it('shares one /events stream, delivers parsed payloads and closes with the last listener', () => {
    FakeEventSource.opened = []
    vi.stubGlobal('EventSource', FakeEventSource)
    const transport = createHttpTransport()
    const received: unknown[] = []
    const stopSync = transport.on('sync.status', (payload) => received.push(payload))
    const stopReset = transport.on('session.reset', (payload) => received.push(payload))

    expect(FakeEventSource.opened).toHaveLength(1)
    const source = FakeEventSource.opened[0]!
    expect(source.url).toBe('/events')

    source.emit('sync.status', '{"state":"offline","lastSyncAt":null,"queueDepth":2,"oldestPendingAt":null}')
    source.emit('sync.status', 'not json')
    expect(received).toEqual([{ state: 'offline', lastSyncAt: null, queueDepth: 2, oldestPendingAt: null }])

    stopSync()
    expect(source.closed).toBe(false)
    stopReset()
    expect(source.closed).toBe(true)
  })
})
