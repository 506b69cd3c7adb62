import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { FastifyInstance } from 'fastify'
import { createTerminalApp, type TerminalApp } from '../src-main/app/app'
import { createWebServer, SESSION_COOKIE } from '../src-main/web/server'
import { createIpcRpcHandler } from '../src-main/electron/ipc-handler'
import { tempDir } from './support/temp'

/** The same calls through both transports must give the same answers. */
const calls: [string, unknown][] = [
  ['system.ping', { echo: 'hello' }],
  ['system.ping', { echo: 7 }],
  ['system.ping', { echo: 'x', extra: 1 }],
  ['system.nope', {}],
  ['system.backup', {}],
  ['system.info', {}]
]

describe('transports', () => {
  const dir = tempDir()
  let app: TerminalApp
  let server: FastifyInstance
  const fixedNow = new Date('2026-11-25T02:00:00Z')

  beforeAll(async () => {
    app = await createTerminalApp({ dataDir: dir.path, config: { demoOnEmpty: false }, now: () => fixedNow })
    server = await createWebServer(app)
  })
  afterAll(async () => {
    await server.close()
    app.close()
    dir.remove()
  })

  async function viaHttp(method: string, input: unknown, cookie?: string) {
    const response = await server.inject({
      method: 'POST',
      url: `/rpc/${method}`,
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      payload: JSON.stringify(input)
    })
    return { status: response.statusCode, body: response.json(), setCookie: response.headers['set-cookie'] }
  }

  it('HTTP and IPC answer every call identically', async () => {
    const window = { webContents: {}, mainFrame: { url: 'app://terminal/index.html' } }
    const ipcSession = app.sessions.create()
    const ipc = createIpcRpcHandler(app, window, () => ipcSession, undefined)
    for (const [method, input] of calls) {
      const http = await viaHttp(method, input)
      const direct = await ipc({ sender: window.webContents, senderFrame: window.mainFrame }, method, input)
      expect(http.body, method).toEqual(direct)
    }
  })

  it('maps error codes to HTTP statuses and sets a strict HttpOnly session cookie', async () => {
    const ok = await viaHttp('system.ping', { echo: 'a' })
    expect(ok.status).toBe(200)
    const cookie = String(ok.setCookie)
    expect(cookie).toContain(`${SESSION_COOKIE}=`)
    expect(cookie).toMatch(/HttpOnly/i)
    expect(cookie).toMatch(/SameSite=Strict/i)
    expect((await viaHttp('system.ping', { echo: 1 })).status).toBe(400)
    expect((await viaHttp('system.nope', {})).status).toBe(404)
    expect((await viaHttp('system.backup', {})).status).toBe(401)
  })

  it('keeps the session of a returning cookie', async () => {
    const first = await viaHttp('system.ping', { echo: 'a' })
    const cookie = String(first.setCookie).split(';')[0]!
    const second = await viaHttp('system.ping', { echo: 'b' }, cookie)
    expect(second.setCookie).toBeUndefined()
    expect(app.sessions.get(cookie.split('=')[1])).toBeDefined()
  })

  it('refuses cross-site requests and non-JSON bodies', async () => {
    const crossSite = await server.inject({
      method: 'POST',
      url: '/rpc/system.ping',
      headers: { 'content-type': 'application/json', origin: 'http://evil.example', host: '127.0.0.1:5780' },
      payload: '{}'
    })
    expect(crossSite.statusCode).toBe(403)
    expect(crossSite.json()).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    const form = await server.inject({ method: 'POST', url: '/rpc/system.ping', headers: { 'content-type': 'text/plain' }, payload: '{}' })
    expect(form.statusCode).toBe(415)
    const broken = await server.inject({ method: 'POST', url: '/rpc/system.ping', headers: { 'content-type': 'application/json' }, payload: '{"echo":' })
    expect(broken.statusCode).toBe(400)
    expect(broken.json()).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
  })

  it('IPC refuses calls from a foreign origin or a subframe', async () => {
    const window = { webContents: {}, mainFrame: { url: 'app://terminal/index.html' } }
    const session = app.sessions.create()
    const ipc = createIpcRpcHandler(app, window, () => session, undefined)
    const foreignFrame = { url: 'https://evil.example/' }
    expect(await ipc({ sender: window.webContents, senderFrame: foreignFrame }, 'system.ping', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(await ipc({ sender: {}, senderFrame: window.mainFrame }, 'system.ping', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(await ipc({ sender: window.webContents, senderFrame: null }, 'system.ping', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  })

  it('sends security headers', async () => {
    const response = await server.inject({ method: 'POST', url: '/rpc/system.ping', headers: { 'content-type': 'application/json' }, payload: '{}' })
    expect(response.headers['content-security-policy']).toContain("default-src 'self'")
    expect(response.headers['x-frame-options']).toBe('DENY')
  })
})
