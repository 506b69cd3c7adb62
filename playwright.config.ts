import { defineConfig } from '@playwright/test'

const port = Number(process.env.E2E_PORT ?? 5799)
export const kioskPort = Number(process.env.E2E_KIOSK_PORT ?? 5798)
/** A terminal that enrols with the central service in the sync test, and that central service. */
export const syncTerminalPort = Number(process.env.E2E_SYNC_PORT ?? 5796)
export const centralPort = Number(process.env.E2E_CENTRAL_PORT ?? 5797)
export const CENTRAL_ADMIN_TOKEN = 'e2e-central-admin-token'
const jsonOutput = process.env.PLAYWRIGHT_JSON_OUTPUT_NAME

/**
 * End-to-end tests drive the web shell in Debian's Chromium (never a downloaded browser).
 * The server starts on a fresh data directory, so the first-start demo load is exercised too.
 */
export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results/e2e',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: jsonOutput ? [['list'], ['json', { outputFile: jsonOutput }]] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'zh-CN',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']
    },
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure'
  },
  projects: [
    { name: 'web-shell', testIgnore: /electron\.spec\.ts/ },
    { name: 'electron', testMatch: /electron\.spec\.ts/ }
  ],
  // Terminals from fresh data directories with the same deterministic demo data: a counter
  // (the default baseURL), a kiosk, and a counter that enrols with the central service.
  webServer: [
    ...[
      { mode: 'counter', port, dir: 'test-results/e2e-data' },
      { mode: 'kiosk', port: kioskPort, dir: 'test-results/e2e-kiosk' },
      { mode: 'counter', port: syncTerminalPort, dir: 'test-results/e2e-sync' }
    ].map((terminal) => ({
      command: `node -e "require('fs').rmSync('${terminal.dir}',{recursive:true,force:true})" && npx tsx src-main/web/cli.ts --data-dir ${terminal.dir} --port ${terminal.port} --mode ${terminal.mode} --no-open`,
      url: `http://127.0.0.1:${terminal.port}/`,
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: 'pipe' as const
    })),
    {
      command: `node -e "require('fs').rmSync('test-results/e2e-central',{recursive:true,force:true})" && npx tsx central/cli.ts --data-dir test-results/e2e-central --port ${centralPort} --admin-token ${CENTRAL_ADMIN_TOKEN} --demo-size 2000`,
      url: `http://127.0.0.1:${centralPort}/v1/health`,
      reuseExistingServer: false,
      timeout: 180_000,
      stdout: 'pipe' as const
    }
  ]
})
