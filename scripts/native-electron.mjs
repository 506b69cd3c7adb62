// Builds better-sqlite3 for Electron's ABI into .native/electron, leaving node_modules'
// Node build untouched for tests and the web shell. The Electron shell passes the result to
// better-sqlite3's `nativeBinding` option. Needs the network once (Electron headers or the
// prebuilt binary); afterwards it is a no-op.
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { join } from 'node:path'

const require = createRequire(import.meta.url)
const electronVersion = require('electron/package.json').version
const target = '.native/electron'
const binding = join(target, 'build', 'Release', 'better_sqlite3.node')
const stamp = join(target, '.electron-version')

if (existsSync(binding) && existsSync(stamp) && readFileSync(stamp, 'utf8') === electronVersion) process.exit(0)

rmSync(target, { recursive: true, force: true })
cpSync('node_modules/better-sqlite3', target, { recursive: true })
rmSync(join(target, 'build'), { recursive: true, force: true })

const common = { cwd: target, stdio: 'inherit', shell: process.platform === 'win32' }
const prebuilt = spawnSync('npx', ['prebuild-install', '--runtime=electron', `--target=${electronVersion}`, `--arch=${process.arch}`], common)
if (prebuilt.status !== 0) {
  const built = spawnSync('npx', ['node-gyp', 'rebuild', '--release', `--target=${electronVersion}`, `--arch=${process.arch}`, '--dist-url=https://electronjs.org/headers'], common)
  if (built.status !== 0) {
    console.error('无法为 Electron 构建 better-sqlite3 / could not build better-sqlite3 for Electron')
    process.exit(1)
  }
}
writeFileSync(stamp, electronVersion)
console.log(`better-sqlite3 built for Electron ${electronVersion}: ${binding}`)
