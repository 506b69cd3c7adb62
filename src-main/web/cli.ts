import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { createTerminalApp } from '../app/app'
import { createWebServer } from './server'

/**
 * `npm run start:web` — the web shell: the same services as the Electron shell behind HTTP,
 * the same renderer in a browser. Options:
 *   --data-dir DIR   where terminal.sqlite and config.json live (default ./.data)
 *   --host, --port   listen address (default 127.0.0.1:5780; port 0 picks a free one)
 *   --mode kiosk|counter, --office CODE   override config.json before enrolment
 *   --open           open Debian's Chromium in app mode (default when a display exists)
 *   --no-open        only print the URL
 */
const { values } = parseArgs({
  options: {
    'data-dir': { type: 'string', default: '.data' },
    host: { type: 'string' },
    port: { type: 'string' },
    mode: { type: 'string' },
    office: { type: 'string' },
    open: { type: 'boolean' },
    'no-open': { type: 'boolean' }
  },
  strict: true
})

const CHROMIUM = '/usr/bin/chromium'

async function main(): Promise<void> {
  const dataDir = resolve(values['data-dir'] ?? '.data')
  const app = await createTerminalApp({
    dataDir,
    config: {
      mode: values.mode as 'kiosk' | 'counter' | undefined,
      officeCode: values.office
    },
    log: (line) => console.log(line)
  })
  const rendererDir = resolve('out/renderer')
  if (!existsSync(rendererDir)) console.warn('未找到已构建的界面 out/renderer，请先运行 npm run build（现在只提供 /rpc 接口）')
  const server = await createWebServer(app, { rendererDir })
  const host = values.host ?? app.config.web.host
  const port = values.port !== undefined ? Number(values.port) : app.config.web.port
  const address = await server.listen({ host, port })
  const url = address.replace('[::1]', 'localhost')
  console.log(`网页版终端已启动 / web shell listening: ${url}  (data: ${dataDir})`)

  const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY)
  const open = values['no-open'] ? false : (values.open ?? hasDisplay)
  if (open && existsSync(CHROMIUM)) {
    const browser = spawn(
      CHROMIUM,
      [`--app=${url}`, `--user-data-dir=${resolve(dataDir, 'chromium-profile')}`, '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      { stdio: 'ignore', detached: true }
    )
    browser.unref()
  } else if (open) {
    console.log(`未找到 ${CHROMIUM}，请在浏览器中打开 ${url}`)
  }

  const stop = async (): Promise<void> => {
    await server.close()
    await app.close()
    process.exit(0)
  }
  process.on('SIGINT', () => void stop())
  process.on('SIGTERM', () => void stop())
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error))
  process.exit(1)
})
