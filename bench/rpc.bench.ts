import { Agent, request } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createTerminalApp } from '../src-main/app/app'
import { createWebServer } from '../src-main/web/server'
import { tempDir } from '../tests/support/temp'
import { medianMs, type BenchResult } from './lib'

/** One RPC over HTTP on loopback (keep-alive) against the same call made on the dispatcher directly. */
export async function rpcRoundTrip(): Promise<BenchResult> {
  const dir = tempDir('lt-bench-')
  const app = await createTerminalApp({ dataDir: dir.path, config: { demoOnEmpty: false } })
  const server = await createWebServer(app)
  await server.listen({ host: '127.0.0.1', port: 0 })
  const { port } = server.server.address() as AddressInfo
  const agent = new Agent({ keepAlive: true, maxSockets: 1 })
  const session = app.sessions.create()
  const calls = 2_000
  const body = JSON.stringify({ echo: 'bench' })

  const httpCall = () =>
    new Promise<void>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port, path: '/rpc/system.ping', method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => {
        res.resume()
        res.on('end', () => (res.statusCode === 200 ? resolve() : reject(new Error(`HTTP ${res.statusCode}`))))
      })
      req.on('error', reject)
      req.end(body)
    })

  const direct = await medianMs(5, async () => {
    for (let i = 0; i < calls; i++) await app.dispatcher.call(session, 'system.ping', { echo: 'bench' })
  })
  const http = await medianMs(5, async () => {
    for (let i = 0; i < calls; i++) await httpCall()
  })
  agent.destroy()
  await server.close()
  app.close()
  dir.remove()
  return {
    name: 'rpc round trip (HTTP transport vs direct dispatcher)',
    detail: `${calls} calls of system.ping: direct ${((direct * 1000) / calls).toFixed(1)} µs/call, HTTP ${((http * 1000) / calls).toFixed(1)} µs/call; ratio = direct time / HTTP time (share of an HTTP call spent in the dispatcher)`,
    ratio: direct / http
  }
}
