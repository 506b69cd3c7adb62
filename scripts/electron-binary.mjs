// Where the Electron executable is, or null when `npm install` skipped its download
// (ELECTRON_SKIP_BINARY_DOWNLOAD=1). Reads electron's own path.txt instead of require('electron'),
// which would try to download the binary on the spot.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

export function electronBinary(root = process.cwd()) {
  const dir = join(root, 'node_modules', 'electron')
  const pathFile = join(dir, 'path.txt')
  if (!existsSync(pathFile)) return null
  const binary = join(dir, 'dist', readFileSync(pathFile, 'utf8').trim())
  return existsSync(binary) ? binary : null
}
