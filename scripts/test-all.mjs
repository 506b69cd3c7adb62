// `npm test`: every suite — build, typecheck, lint, Vitest (unit + integration), Playwright
// (web shell in Chromium, and Electron where its binary exists) — then one summary line
// `N passed, N failed, N skipped` over all of them. Exit code 1 if anything failed.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'

const reports = 'test-results/reports'
rmSync(reports, { recursive: true, force: true })
mkdirSync(reports, { recursive: true })

const totals = { passed: 0, failed: 0, skipped: 0 }
const lines = []

function step(name, command, args, env = {}) {
  console.log(`\n=== ${name}: ${command} ${args.join(' ')}`)
  const started = Date.now()
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } })
  const ok = result.status === 0
  lines.push(`${ok ? 'ok  ' : 'FAIL'} ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`)
  return ok
}

/** A check with no inner test count (build, typecheck, lint) counts as one test. */
function check(name, command, args) {
  if (step(name, command, args)) totals.passed++
  else totals.failed++
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'))
  } catch {
    return null
  }
}

check('build (electron-vite)', 'npx', ['electron-vite', 'build'])
check('typecheck (tsc + vue-tsc)', 'npm', ['run', '--silent', 'typecheck'])
check('lint (eslint)', 'npx', ['eslint', '.'])

const vitestJson = `${reports}/vitest.json`
const vitestOk = step('vitest', 'npx', ['vitest', 'run'], { VITEST_JSON: vitestJson })
const vitest = readJson(vitestJson)
if (vitest) {
  totals.passed += vitest.numPassedTests
  totals.failed += vitest.numFailedTests
  totals.skipped += vitest.numPendingTests + (vitest.numTodoTests ?? 0)
  if (!vitestOk && vitest.numFailedTests === 0) totals.failed++
} else totals.failed++

const playwrightJson = `${reports}/playwright.json`
const playwrightOk = step('playwright', 'npx', ['playwright', 'test'], { PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightJson })
const playwright = readJson(playwrightJson)
if (playwright?.stats) {
  totals.passed += playwright.stats.expected + playwright.stats.flaky
  totals.failed += playwright.stats.unexpected
  totals.skipped += playwright.stats.skipped
  if (!playwrightOk && playwright.stats.unexpected === 0) totals.failed++
} else totals.failed++

/** Playwright's list reporter hides why a test skipped; print each skip with its reason. */
function* playwrightTests(suite) {
  for (const spec of suite.specs ?? []) for (const test of spec.tests ?? []) yield { title: spec.title, test }
  for (const child of suite.suites ?? []) yield* playwrightTests(child)
}
for (const suite of playwright?.suites ?? []) {
  for (const { title, test } of playwrightTests(suite)) {
    if (test.status !== 'skipped') continue
    const reason = (test.annotations ?? []).find((a) => a.type === 'skip')?.description ?? 'no reason given'
    lines.push(`skip [${test.projectName}] ${title}: ${reason}`)
  }
}

console.log(`\n${lines.join('\n')}`)
if (!existsSync('out/renderer/index.html')) console.log('note: out/renderer was not built')
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`)
process.exit(totals.failed === 0 ? 0 : 1)
