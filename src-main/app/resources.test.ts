import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { resourcePath } from './resources'

// Tested here because the receipts feature is what finds its fonts through it.
const electronProcess = process as { resourcesPath?: string }

describe('resourcePath', () => {
  const saved = process.env.LU_RESOURCES_DIR
  const scratch: string[] = []
  afterEach(() => {
    if (saved === undefined) delete process.env.LU_RESOURCES_DIR
    else process.env.LU_RESOURCES_DIR = saved
    delete electronProcess.resourcesPath
    for (const directory of scratch.splice(0)) rmSync(directory, { recursive: true, force: true })
  })

  function temporaryDirectory(): string {
    const directory = mkdtempSync(join(tmpdir(), 'lu-resources-'))
    scratch.push(directory)
    return directory
  }

  it("finds the checkout's resources directory by walking up from the module", () => {
    delete process.env.LU_RESOURCES_DIR
    expect(resourcePath('fonts', 'NotoSansSC-Subset-Regular.otf')).toBe(resolve(__dirname, '../../resources/fonts/NotoSansSC-Subset-Regular.otf'))
  })

  it('prefers LU_RESOURCES_DIR and refuses one that is not a directory', () => {
    const directory = temporaryDirectory()
    process.env.LU_RESOURCES_DIR = directory
    expect(resourcePath('fonts')).toBe(join(directory, 'fonts'))
    process.env.LU_RESOURCES_DIR = join(directory, 'missing')
    expect(() => resourcePath('fonts')).toThrow(/LU_RESOURCES_DIR.*missing.*not a directory/)
  })

  it("uses a packaged Electron app's resources next to the asar archive", () => {
    delete process.env.LU_RESOURCES_DIR
    const packaged = temporaryDirectory()
    mkdirSync(join(packaged, 'resources'))
    electronProcess.resourcesPath = packaged
    expect(resourcePath('fonts')).toBe(join(packaged, 'resources', 'fonts'))
  })

  it('falls back to walking up when the packaged directory has no resources', () => {
    delete process.env.LU_RESOURCES_DIR
    electronProcess.resourcesPath = temporaryDirectory()
    expect(resourcePath()).toBe(resolve(__dirname, '../../resources'))
  })
})
