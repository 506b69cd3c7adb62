import { existsSync, readFileSync } from 'node:fs'
import { resourcePath } from '../../app/resources'

export type FontWeight = 'regular' | 'bold'

export interface FontFile {
  /** Unique per file and face: the name the font is registered under in a document. */
  readonly name: string
  /** Reads the file on first use: most receipts never need the 20 MB fallback collection. */
  readonly load: () => Buffer
  /** The face's PostScript name when the file is a collection (.ttc). */
  readonly face?: string
}

/** Per weight, the fonts to try in order for each character. */
export type FontChains = Readonly<Record<FontWeight, readonly FontFile[]>>

const BUNDLED: Record<FontWeight, string> = { regular: 'NotoSansSC-Subset-Regular.otf', bold: 'NotoSansSC-Subset-Bold.otf' }

/**
 * The full Noto Sans CJK collection where a Linux distribution installs it (Debian/Ubuntu,
 * Fedora, Arch). It has the Ext-A/B characters some citizens' names need and the bundled
 * subset leaves out; a bold request falls back to the regular collection before giving up.
 */
const SYSTEM_DIRECTORIES = ['/usr/share/fonts/opentype/noto', '/usr/share/fonts/google-noto-cjk', '/usr/share/fonts/noto-cjk']
const SYSTEM_STYLES: Record<FontWeight, readonly string[]> = { regular: ['Regular'], bold: ['Bold', 'Regular'] }

/**
 * One FontFile per file and face for the whole process, read on first use: the bundled subsets
 * are 5 MB and the collection 20 MB, and the typesetter keeps each one's parsed form with it.
 */
const files = new Map<string, FontFile>()

function fontFile(name: string, path: string, face?: string): FontFile {
  const key = `${path}#${face ?? ''}`
  let file = files.get(key)
  if (!file) {
    let data: Buffer | null = null
    file = { name, face, load: () => (data ??= readFileSync(path)) }
    files.set(key, file)
  }
  return file
}

/** The subset shipped in `resources/fonts`; it must exist, a build without it is broken. */
export function bundledFont(weight: FontWeight): FontFile {
  const path = resourcePath('fonts', BUNDLED[weight])
  if (!existsSync(path)) throw new Error(`bundled receipt font missing: ${path} (see resources/fonts/README.md)`)
  return fontFile(`bundled-${weight}`, path)
}

/** The first installed Noto Sans CJK collection for the weight, or null. */
export function systemFallbackFont(weight: FontWeight): FontFile | null {
  for (const style of SYSTEM_STYLES[weight]) {
    for (const directory of SYSTEM_DIRECTORIES) {
      const path = `${directory}/NotoSansCJK-${style}.ttc`
      if (existsSync(path)) return fontFile(`system-${style}`, path, `NotoSansCJKsc-${style}`)
    }
  }
  return null
}

/** Bundled subset first, then the system collection when there is one. */
export function defaultFontChains(): FontChains {
  const chain = (weight: FontWeight) => [bundledFont(weight), systemFallbackFont(weight)].filter((font): font is FontFile => font !== null)
  return { regular: chain('regular'), bold: chain('bold') }
}
