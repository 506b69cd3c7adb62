import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { Flow } from './flow'
import { bundledFont } from './fonts'
import { PAPER_WIDTH } from './paper'

const fonts = { regular: [bundledFont('regular')], bold: [bundledFont('bold')] }
const scratch = mkdtempSync(join(tmpdir(), 'lu-flow-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

let written = 0
function pageSizes(pdf: Buffer): { width: number; height: number }[] {
  const path = join(scratch, `flow-${++written}.pdf`)
  writeFileSync(path, pdf)
  const info = execFileSync('pdfinfo', ['-f', '1', '-l', '9999', path], { encoding: 'utf8' })
  return [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/g)].map((match) => ({ width: Number(match[1]), height: Number(match[2]) }))
}

describe('Flow', () => {
  it('makes one page exactly as tall as its content', async () => {
    const flow = new Flow({ title: 't', createdAt: new Date(0), fonts })
    flow.space(100)
    const sizes = pageSizes(await flow.finish())
    expect(sizes).toHaveLength(1)
    expect(sizes[0]?.width).toBeCloseTo(PAPER_WIDTH, 1)
    // 100 pt of content plus the two 4 mm margins, rounded up to whole printer dots.
    expect(sizes[0]?.height).toBeGreaterThanOrEqual(100 + 2 * 11.34)
    expect(sizes[0]?.height).toBeLessThan(100 + 2 * 11.34 + 0.36)
  })

  it('continues on a new page rather than making one taller than the limit', async () => {
    const flow = new Flow({ title: 't', createdAt: new Date(0), fonts, maxPageHeight: 200 })
    for (let line = 0; line < 40; line++) flow.text(`第${line + 1}行 收据 JF37010099${String(line).padStart(8, '0')}`, { size: 8.5 })
    const sizes = pageSizes(await flow.finish())
    expect(sizes.length).toBeGreaterThan(1)
    for (const size of sizes) expect(size.height).toBeLessThanOrEqual(200)
  })
})
