import type { FontChains, FontFile, FontWeight } from './fonts'
import { splitFontRuns, type FontRun } from './font-runs'

/** The parts of fontkit's font object used here; pdfkit keeps one behind each embedded font. */
interface ParsedFont {
  hasGlyphForCodePoint(codePoint: number): boolean
  layout(text: string): unknown
}

/**
 * pdfkit has no public way to ask whether a font has a glyph, so this reads the fontkit font
 * behind the document's current font. Should a pdfkit release move it, the answer is null,
 * every character goes to the first font, and the fallback test in render.test.ts fails.
 */
function currentParsedFont(doc: PDFKit.PDFDocument): ParsedFont | null {
  const font = (doc as unknown as { _font?: { font?: Partial<ParsedFont> } })._font?.font
  return typeof font?.hasGlyphForCodePoint === 'function' && typeof font.layout === 'function' ? (font as ParsedFont) : null
}

/**
 * Parsed fonts outlive their documents: parsing the 5 MB subset's tables again for every
 * receipt would be most of the rendering time. pdfkit accepts a fontkit font in place of
 * the file (its PDFFontFactory takes anything with `layout`), though its types only list files.
 */
const parsedFonts = new WeakMap<FontFile, ParsedFont>()

/** Control characters would print as boxes or break pdfkit's line handling. */
const CONTROL = /\p{Cc}/gu

/**
 * Measures and draws single lines of text in a PDF document, setting each character in the
 * first font of its weight's chain that has it (per-glyph-run fallback).
 */
export class Typesetter {
  private readonly registered = new Set<string>()

  constructor(
    private readonly doc: PDFKit.PDFDocument,
    private readonly chains: FontChains
  ) {}

  private use(font: FontFile, size: number): void {
    if (!this.registered.has(font.name)) {
      const parsed = parsedFonts.get(font)
      this.doc.registerFont(font.name, parsed ? (parsed as unknown as Buffer) : font.load(), font.face)
      this.registered.add(font.name)
      this.doc.font(font.name)
      const current = currentParsedFont(this.doc)
      if (!parsed && current) parsedFonts.set(font, current)
    }
    this.doc.font(font.name).fontSize(size)
  }

  private hasGlyph(font: FontFile, codePoint: number): boolean {
    let parsed = parsedFonts.get(font)
    if (!parsed) {
      this.use(font, 10)
      parsed = parsedFonts.get(font)
    }
    return parsed?.hasGlyphForCodePoint(codePoint) ?? true
  }

  private fontAt(weight: FontWeight, index: number): FontFile {
    const font = this.chains[weight][index]
    if (!font) throw new Error(`no ${weight} font at position ${index} of the chain`)
    return font
  }

  /** The runs `text` is set in; exposed so tests can see which font each character gets. */
  runs(text: string, weight: FontWeight): (FontRun & { fontName: string })[] {
    const chain = this.chains[weight]
    return splitFontRuns(text.replace(CONTROL, ' '), chain.length, (index, codePoint) => this.hasGlyph(this.fontAt(weight, index), codePoint)).map(
      (run) => ({ ...run, fontName: this.fontAt(weight, run.font).name })
    )
  }

  width(text: string, size: number, weight: FontWeight): number {
    let width = 0
    for (const run of this.runs(text, weight)) {
      this.use(this.fontAt(weight, run.font), size)
      width += this.doc.widthOfString(run.text)
    }
    return width
  }

  /** Draws one line with its alphabetic baseline at `baseline`, so runs in different fonts line up. */
  draw(text: string, x: number, baseline: number, size: number, weight: FontWeight): void {
    let left = x
    for (const run of this.runs(text, weight)) {
      this.use(this.fontAt(weight, run.font), size)
      this.doc.text(run.text, left, baseline, { lineBreak: false, baseline: 'alphabetic' })
      left += this.doc.widthOfString(run.text)
    }
  }
}
