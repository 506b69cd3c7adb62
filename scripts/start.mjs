// `npm start`: the Electron shell when the Electron binary is installed, otherwise the web
// shell (the same services and renderer, in Chromium) with one line saying why.
import { spawnSync, spawn } from 'node:child_process'
import { electronBinary } from './electron-binary.mjs'

const args = process.argv.slice(2)

function run(command, commandArgs) {
  const result = spawnSync(command, commandArgs, { stdio: 'inherit', shell: process.platform === 'win32' })
  if (result.status !== 0) process.exit(result.status ?? 1)
}

const binary = electronBinary()
run('npx', ['electron-vite', 'build'])
if (binary) {
  run('node', ['scripts/native-electron.mjs'])
  const child = spawn(binary, ['.', ...args], { stdio: 'inherit' })
  child.on('exit', (code) => process.exit(code ?? 0))
} else {
  console.log('未安装 Electron 可执行文件（ELECTRON_SKIP_BINARY_DOWNLOAD），改为启动网页版终端 / Electron binary not installed: starting the web shell instead.')
  const child = spawn('npx', ['tsx', 'src-main/web/cli.ts', ...args], { stdio: 'inherit' })
  child.on('exit', (code) => process.exit(code ?? 0))
}
