import PDFDocument from 'pdfkit'
import type { FontChains, FontWeight } from './fonts'
import { wrapText } from './line-break'
import { MAX_PAGE_HEIGHT, PAPER_MARGIN, PAPER_WIDTH, PRINTER_DOT, onDotGrid } from './paper'
import { QUIET_ZONE_MODULES, qrSymbol } from './qr-symbol'
import { Typesetter } from './typesetter'

export type Align = 'left' | 'center' | 'right'

export interface TextStyle {
  size: number
  weight?: FontWeight
  align?: Align
  /** Extra left indent in points. */
  indent?: number
}

export interface Cell {
  text: string
  /** Points; `'fit'` takes the text's own width; omitted cells share what is left. */
  width?: number | 'fit'
  align?: Align
  weight?: FontWeight
}

export interface FlowOptions {
  title: string
  /** Recorded as the PDF's creation date, so the same receipt always gives the same bytes. */
  createdAt: Date
  fonts: FontChains
  /** Pages taller than this are split; receipts never come near it, long day reports may. */
  maxPageHeight?: number
}

type Draw = (top: number) => void

interface Page {
  blocks: { top: number; draw: Draw }[]
  height: number
}

const LINE_HEIGHT = 1.45
/** Noto CJK's ideographic em box reaches 0.88 em above the alphabetic baseline (OS/2 sTypoAscender 880). */
const ASCENT = 0.88
const CELL_GAP = 6
const RULE_WIDTH = 2 * PRINTER_DOT

/**
 * Lays content out top to bottom on the 80 mm roll and only then makes the pages, each as
 * tall as its content: a receipt is one page the length of the receipt, never an A4 sheet.
 */
export class Flow {
  readonly contentWidth = PAPER_WIDTH - 2 * PAPER_MARGIN
  private readonly doc: PDFKit.PDFDocument
  private readonly typesetter: Typesetter
  private readonly chunks: Buffer[] = []
  private readonly maxPageHeight: number
  private readonly pages: Page[] = [{ blocks: [], height: 0 }]
  private y = PAPER_MARGIN

  constructor(options: FlowOptions) {
    this.doc = new PDFDocument({
      autoFirstPage: false,
      lang: 'zh-CN',
      displayTitle: true,
      info: { Title: options.title, Producer: 'lu-traffic-terminal', Creator: 'lu-traffic-terminal', CreationDate: options.createdAt }
    })
    this.doc.on('data', (chunk: Buffer) => this.chunks.push(chunk))
    this.typesetter = new Typesetter(this.doc, options.fonts)
    this.maxPageHeight = options.maxPageHeight ?? MAX_PAGE_HEIGHT
  }

  private get page(): Page {
    const page = this.pages[this.pages.length - 1]
    if (!page) throw new Error('flow has no page')
    return page
  }

  /** Reserves `height` points for `draw`, on a new page when this one would grow too tall. */
  private place(height: number, draw: Draw): void {
    if (onDotGrid(this.y + height + PAPER_MARGIN) > this.maxPageHeight && this.page.blocks.length > 0) {
      this.page.height = this.y + PAPER_MARGIN
      this.pages.push({ blocks: [], height: 0 })
      this.y = PAPER_MARGIN
    }
    this.page.blocks.push({ top: this.y, draw })
    this.y += height
  }

  width(text: string, size: number, weight: FontWeight = 'regular'): number {
    return this.typesetter.width(text, size, weight)
  }

  private lines(text: string, width: number, size: number, weight: FontWeight): string[] {
    return wrapText(text, width, (line) => this.typesetter.width(line, size, weight))
  }

  private drawLine(line: string, left: number, width: number, top: number, style: { size: number; weight: FontWeight; align: Align }): void {
    const offset = style.align === 'left' ? 0 : width - this.typesetter.width(line, style.size, style.weight)
    const x = left + (style.align === 'center' ? offset / 2 : offset)
    const baseline = top + ((LINE_HEIGHT - 1) * style.size) / 2 + ASCENT * style.size
    this.typesetter.draw(line, x, baseline, style.size, style.weight)
  }

  space(height: number): void {
    this.place(height, () => {})
  }

  /** A wrapped paragraph; each line is placed on its own, so a long one may continue on the next page. */
  text(text: string, style: TextStyle): void {
    const weight = style.weight ?? 'regular'
    const indent = style.indent ?? 0
    const width = this.contentWidth - indent
    const lineStyle = { size: style.size, weight, align: style.align ?? 'left' }
    for (const line of this.lines(text, width, style.size, weight)) {
      this.place(style.size * LINE_HEIGHT, (top) => this.drawLine(line, PAPER_MARGIN + indent, width, top, lineStyle))
    }
  }

  /** Cells side by side, each wrapped in its own width; the row is as tall as its tallest cell. */
  row(cells: Cell[], style: TextStyle): void {
    const indent = style.indent ?? 0
    const available = this.contentWidth - indent - CELL_GAP * (cells.length - 1)
    const natural = cells.map((cell) => (cell.width === 'fit' ? Math.min(this.width(cell.text, style.size, cell.weight ?? style.weight), available) : cell.width))
    const fixed = natural.reduce<number>((sum, width) => sum + (width ?? 0), 0)
    const flexible = natural.filter((width) => width === undefined).length
    const share = flexible > 0 ? Math.max(0, available - fixed) / flexible : 0
    let left = PAPER_MARGIN + indent
    const laidOut = cells.map((cell, index) => {
      const width = natural[index] ?? share
      const weight = cell.weight ?? style.weight ?? 'regular'
      const column = { left, width, weight, align: cell.align ?? 'left', lines: this.lines(cell.text, width, style.size, weight) }
      left += width + CELL_GAP
      return column
    })
    const lineHeight = style.size * LINE_HEIGHT
    const count = Math.max(1, ...laidOut.map((column) => column.lines.length))
    this.place(count * lineHeight, (top) => {
      for (const column of laidOut) {
        column.lines.forEach((line, index) =>
          this.drawLine(line, column.left, column.width, top + index * lineHeight, { size: style.size, weight: column.weight, align: column.align })
        )
      }
    })
  }

  /** A horizontal rule across the content width, with half `spacing` above and below. */
  rule(kind: 'solid' | 'dashed' | 'double', spacing = 6): void {
    const height = spacing + (kind === 'double' ? 2 * RULE_WIDTH + 1.5 : RULE_WIDTH)
    this.place(height, (top) => {
      const y = top + spacing / 2 + RULE_WIDTH / 2
      const ys = kind === 'double' ? [y, y + RULE_WIDTH + 1.5] : [y]
      this.doc.save().lineWidth(RULE_WIDTH)
      if (kind === 'dashed') this.doc.dash(3, { space: 2 })
      for (const lineY of ys) this.doc.moveTo(PAPER_MARGIN, lineY).lineTo(PAPER_MARGIN + this.contentWidth, lineY).stroke('black')
      this.doc.restore()
    })
  }

  /** White text on a black band: a mark (the copy stamp) nobody can overlook or cut off unnoticed. */
  banner(text: string, style: TextStyle): void {
    const weight = style.weight ?? 'bold'
    const lineHeight = style.size * LINE_HEIGHT
    const lines = this.lines(text, this.contentWidth - 2 * CELL_GAP, style.size, weight)
    this.place(lines.length * lineHeight, (top) => {
      this.doc.rect(PAPER_MARGIN, top, this.contentWidth, lines.length * lineHeight).fill('black')
      this.doc.fillColor('white')
      lines.forEach((line, index) =>
        this.drawLine(line, PAPER_MARGIN + CELL_GAP, this.contentWidth - 2 * CELL_GAP, top + index * lineHeight, { size: style.size, weight, align: 'center' })
      )
      this.doc.fillColor('black')
    })
  }

  /**
   * The QR code of `payload`, centred, about `width` points wide, drawn as vector modules of a
   * whole number of printer dots each so every module prints as the same crisp square.
   */
  qr(payload: string, width: number): void {
    const symbol = qrSymbol(payload)
    const maxDots = Math.floor(this.contentWidth / PRINTER_DOT / (symbol.size + 2 * QUIET_ZONE_MODULES))
    const dots = Math.max(1, Math.min(maxDots, Math.max(3, Math.round(width / PRINTER_DOT / symbol.size))))
    const module = dots * PRINTER_DOT
    const side = module * symbol.size
    const quiet = module * QUIET_ZONE_MODULES
    const left = Math.round((PAPER_WIDTH - side) / 2 / PRINTER_DOT) * PRINTER_DOT
    // One extra dot: snapping the top onto the grid may move the symbol down by up to a dot.
    this.place(side + 2 * quiet + PRINTER_DOT, (top) => {
      const symbolTop = onDotGrid(top + quiet)
      // One fill per rectangle: rasterisers (poppler's, for one) snap a lone rectangle to whole
      // pixels but anti-alias the edges of a path of many, which smears modules on a 1-bit printer.
      this.doc.fillColor('black')
      for (const run of symbol.darkRuns) this.doc.rect(left + run.column * module, symbolTop + run.row * module, run.length * module, module).fill()
    })
  }

  /** Makes the pages and returns the finished PDF. */
  finish(): Promise<Buffer> {
    this.page.height = this.y + PAPER_MARGIN
    const finished = new Promise<Buffer>((resolve, reject) => {
      this.doc.on('end', () => resolve(Buffer.concat(this.chunks)))
      this.doc.on('error', reject)
    })
    for (const page of this.pages) {
      this.doc.addPage({ size: [PAPER_WIDTH, onDotGrid(page.height)], margin: 0 })
      this.doc.fillColor('black')
      for (const block of page.blocks) block.draw(block.top)
    }
    this.doc.end()
    return finished
  }
}
