import { existsSync, statSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

function isDirectory(path: string): boolean {
  return existsSync(path) && statSync(path).isDirectory()
}

/** This module's directory; bundlers may leave `import.meta.url` undefined or not a file URL. */
function moduleDirectory(): string | null {
  try {
    const url: unknown = import.meta.url
    return typeof url === 'string' && url.startsWith('file:') ? dirname(fileURLToPath(url)) : null
  } catch {
    return null
  }
}

/** The first directory from `start` upwards holding both `package.json` and `resources/`. */
function projectRootFrom(start: string, looked: string[]): string | null {
  let directory = resolve(start)
  for (;;) {
    const candidate = join(directory, 'resources')
    looked.push(candidate)
    if (existsSync(join(directory, 'package.json')) && isDirectory(candidate)) return candidate
    const parent = dirname(directory)
    if (parent === directory) return null
    directory = parent
  }
}

/**
 * The app's `resources/` directory, however the app runs: an explicit `LU_RESOURCES_DIR`
 * (tests, unusual installs); a packaged Electron app, whose installer copies `resources/`
 * next to the asar archive; otherwise a source checkout or build output, found by walking up
 * from this module (or, when a bundler hides the module's location, from the working directory).
 */
function resourcesDirectory(): string {
  const looked: string[] = []
  const configured = process.env.LU_RESOURCES_DIR
  if (configured) {
    if (isDirectory(configured)) return resolve(configured)
    throw new Error(`LU_RESOURCES_DIR is set to "${configured}", which is not a directory`)
  }
  // Read without importing electron: this module also runs in the web shell and in tests.
  const packaged = (process as { resourcesPath?: string }).resourcesPath
  if (packaged) {
    const candidate = join(packaged, 'resources')
    looked.push(candidate)
    if (isDirectory(candidate)) return candidate
  }
  const starts = [moduleDirectory(), process.cwd()].filter((start): start is string => start !== null)
  for (const start of starts) {
    const found = projectRootFrom(start, looked)
    if (found) return found
  }
  throw new Error(`cannot find the app's resources directory; looked in: ${[...new Set(looked)].join(', ')}`)
}

/** An absolute path inside the app's `resources/` directory. */
export function resourcePath(...segments: string[]): string {
  return join(resourcesDirectory(), ...segments)
}
