import { _electron as electron, expect, test } from '@playwright/test'
import { execFileSync } from 'node:child_process'
import { electronBinary } from '../scripts/electron-binary.mjs'

const binary = electronBinary()

test.describe('Electron shell', () => {
  test.skip(!binary, 'Electron binary not installed here (ELECTRON_SKIP_BINARY_DOWNLOAD=1); this test runs where `npm install` fetched Electron')

  test.beforeAll(() => {
    // The Electron shell loads better-sqlite3 built for Electron's ABI (see README).
    execFileSync('node', ['scripts/native-electron.mjs'], { stdio: 'inherit' })
  })

  test('opens the hardened window with the renderer over IPC', async () => {
    const app = await electron.launch({ executablePath: binary!, args: ['.'], env: { ...process.env, ELECTRON_ENABLE_LOGGING: '1' } })
    try {
      const window = await app.firstWindow()
      await expect(window.locator('html[data-app-state="loaded"]')).toBeAttached()
      await expect(window.getByTestId('nav-home')).toContainText('首页')
      // Sandboxed, isolated renderer: no Node globals, and the bridge offers exactly invoke and on.
      const surface = await window.evaluate(() => ({
        require: typeof (globalThis as { require?: unknown }).require,
        process: typeof (globalThis as { process?: unknown }).process,
        bridge: Object.keys((globalThis as unknown as { terminalBridge: object }).terminalBridge).sort()
      }))
      expect(surface).toEqual({ require: 'undefined', process: 'undefined', bridge: ['invoke', 'on'] })
    } finally {
      await app.close()
    }
  })
})
