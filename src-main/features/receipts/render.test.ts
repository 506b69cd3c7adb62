import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import PDFDocument from 'pdfkit'
import { beforeAll, describe, expect, it } from 'vitest'
import { bundledFont, systemFallbackFont } from './fonts'
import { PAPER_WIDTH } from './paper'
import { renderDayReportPdf, renderReceiptPdf, type DayReport, type ReceiptDocument } from './render'
import { generateSigningKeyPair, signReceipt, verifyReceipt } from './signing'
import { Typesetter } from './typesetter'

const OUT = resolve(__dirname, '../../../test-results/receipts')
const TERMINAL_ID = '01936f4e-8b7a-7c3d-9e21-5f0a1b2c3d4e'
const keys = generateSigningKeyPair()
const hasZbar = spawnSync('zbarimg', ['--version']).status === 0
const systemFont = systemFallbackFont('regular')
const bundledOnly = { regular: [bundledFont('regular')], bold: [bundledFont('bold')] }

function sampleReceipt(overrides: Partial<ReceiptDocument> = {}): ReceiptDocument {
  const lines = [
    {
      decisionNumber: '3701009900000456',
      description: '驾驶中型以上载客载货汽车、校车、危险物品运输车辆以外的其他机动车行驶超过规定时速10%未达20%的',
      plate: '鲁A·D12345',
      fineFen: 20_000,
      surchargeFen: 0,
      totalFen: 20_000
    },
    {
      decisionNumber: '3701029900001789',
      description: '机动车违反规定停放、临时停车，驾驶人不在现场，妨碍其他车辆、行人通行的',
      plate: '鲁A12345',
      fineFen: 10_000,
      surchargeFen: 5_050,
      totalFen: 15_050
    }
  ]
  const issuedAt = '2025-11-25T06:32:17.000Z'
  const qrPayload = signReceipt(
    { number: 'JF3701009900000123', decisionNumbers: lines.map((line) => line.decisionNumber), amountFen: 35_050, issuedAt, terminalId: TERMINAL_ID },
    keys.privateKeyPem
  )
  return {
    receiptNumber: 'JF3701009900000123',
    copy: true,
    issuedAt,
    terminalName: '历下区服务站 1号窗口',
    officeName: '济南市公安局交通警察支队',
    payerName: '张*（370102********1234）',
    channel: 'card',
    cardReference: '531234567890',
    lines,
    totalFen: 35_050,
    qrPayload,
    ...overrides
  }
}

function sampleDayReport(overrides: Partial<DayReport> = {}): DayReport {
  const receipts = Array.from({ length: 8 }, (_, index) => ({
    number: `JF37010099${String(index + 1).padStart(8, '0')}`,
    issuedAt: new Date(Date.UTC(2025, 10, 25, 1 + index, 7 * index)).toISOString(),
    channel: index % 3 === 0 ? ('cash' as const) : ('card' as const),
    amountFen: 20_000 + 5_050 * index,
    copy: index === 2
  }))
  return {
    date: '2025-11-25',
    terminalName: '历下区服务站 1号窗口',
    officeName: '济南市公安局交通警察支队',
    clerkName: '王晓明',
    generatedAt: '2025-11-25T09:30:00.000Z',
    totals: {
      cardFen: receipts.filter((receipt) => receipt.channel === 'card').reduce((sum, receipt) => sum + receipt.amountFen, 0),
      cashFen: receipts.filter((receipt) => receipt.channel === 'cash').reduce((sum, receipt) => sum + receipt.amountFen, 0),
      count: receipts.length
    },
    receipts,
    differences: [
      { reference: '531234567890', kind: 'missing_locally', localFen: null, terminalFen: 20_000 },
      { reference: 'JF3701009900000003', kind: 'amount_differs', localFen: 30_100, terminalFen: 3_010 },
      { reference: 'JF3701009900000007', kind: 'missing_in_terminal', localFen: 50_350, terminalFen: null }
    ],
    ...overrides
  }
}

function save(name: string, pdf: Buffer): string {
  const path = join(OUT, name)
  writeFileSync(path, pdf)
  return path
}

function pdfText(path: string): string {
  return execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' })
}

/** Page sizes in points, as poppler reads them. */
function pageSizes(path: string): { width: number; height: number }[] {
  const info = execFileSync('pdfinfo', ['-f', '1', '-l', '9999', path], { encoding: 'utf8' })
  return [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/g)].map((match) => ({ width: Number(match[1]), height: Number(match[2]) }))
}

function fontNames(path: string): string {
  return execFileSync('pdffonts', [path], { encoding: 'utf8' })
}

/** Rasterises page 1 the way a 203 dpi thermal printer would and returns the PNG's path. */
function rasterise(path: string): string {
  const base = path.replace(/\.pdf$/, '')
  rmSync(`${base}.png`, { force: true })
  execFileSync('pdftoppm', ['-png', '-r', '203', '-singlefile', path, base])
  return `${base}.png`
}

function pngWidth(path: string): number {
  return readFileSync(path).readUInt32BE(16)
}

function decodeQr(png: string): string {
  return execFileSync('zbarimg', ['--quiet', '--raw', png], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim()
}

beforeAll(() => mkdirSync(OUT, { recursive: true }))

describe('receipt PDF', () => {
  const receipt = sampleReceipt()
  let pdfPath = ''
  let png = ''

  beforeAll(async () => {
    pdfPath = save('sample-receipt.pdf', await renderReceiptPdf(receipt))
    png = rasterise(pdfPath)
  })

  it('is one page 80 mm wide, as long as its content', () => {
    const sizes = pageSizes(pdfPath)
    expect(sizes).toHaveLength(1)
    expect(sizes[0]?.width).toBeCloseTo(PAPER_WIDTH, 1)
    expect(PAPER_WIDTH).toBeCloseTo(226.77, 2)
    expect(sizes[0]?.height).toBeGreaterThan(400)
    expect(sizes[0]?.height).toBeLessThan(842)
  })

  it('has its Chinese text extractable: title, number, time, lines, total in figures and capitals, copy mark', () => {
    const text = pdfText(pdfPath)
    for (const expected of [
      '山东省公安交通管理',
      '罚没款收据',
      '补打 / 副本',
      'JF3701009900000123',
      '2025-11-25 14:32',
      '历下区服务站 1号窗口',
      '张*（370102********1234）',
      '3701009900000456',
      '3701029900001789',
      '鲁A12345',
      '罚款',
      '加处罚款',
      '小计',
      '¥200.00',
      '¥150.50',
      '¥50.50',
      '合计',
      '¥350.50',
      '人民币叁佰伍拾元伍角',
      '银联卡',
      '531234567890',
      '扫码可离线核验真伪',
      '此为补打副本'
    ]) {
      expect(text).toContain(expected)
    }
  })

  it('embeds only the bundled subset when every character is in it', () => {
    expect(fontNames(pdfPath)).toMatch(/NotoSansSCSubset-Regular/)
    expect(fontNames(pdfPath)).not.toMatch(/NotoSansCJKsc/)
  })

  it('rasterises at 203 dpi to the 640 dots of an 80 mm roll', () => {
    expect(existsSync(png)).toBe(true)
    expect(pngWidth(png)).toBe(640)
  })

  it.skipIf(!hasZbar)('prints a QR code that scans back to the payload, which verifies as genuine (needs zbarimg from zbar-tools)', () => {
    const scanned = decodeQr(png)
    expect(scanned).toBe(receipt.qrPayload)
    expect(verifyReceipt(scanned, (id) => (id === TERMINAL_ID ? keys.publicKeyPem : undefined)).verdict).toBe('genuine')
  })

  it('has no copy mark on the original', async () => {
    const original = save('sample-receipt-original.pdf', await renderReceiptPdf(sampleReceipt({ copy: false, channel: 'cash', cardReference: null })))
    const text = pdfText(original)
    expect(text).not.toMatch(/副本|补打/)
    expect(text).toContain('现金')
  })

  it('gives the same bytes for the same receipt, so a reprint matches what was issued', async () => {
    const again = sampleReceipt()
    expect((await renderReceiptPdf(again)).equals(await renderReceiptPdf(again))).toBe(true)
  })

  it('stays one page and grows with twenty lines', async () => {
    const lines = Array.from({ length: 20 }, (_, index) => ({
      decisionNumber: `37010099${String(index).padStart(8, '0')}`,
      description: '驾驶机动车违反道路交通信号灯通行的',
      plate: null,
      fineFen: 20_000,
      surchargeFen: 0,
      totalFen: 20_000
    }))
    const long = save('sample-receipt-20-lines.pdf', await renderReceiptPdf(sampleReceipt({ lines, totalFen: 400_000 })))
    const sizes = pageSizes(long)
    expect(sizes).toHaveLength(1)
    expect(sizes[0]?.height).toBeGreaterThan(pageSizes(pdfPath)[0]?.height ?? Infinity)
    expect(pdfText(long)).toContain('人民币肆仟元整')
  })

  it('refuses a receipt whose lines do not add up to its total', async () => {
    await expect(renderReceiptPdf(sampleReceipt({ totalFen: 35_000 }))).rejects.toThrow(/add up/)
  })
})

describe('receipt fonts', () => {
  const rareName = '刘䶮（370102********1234）'

  it('leaves the Ext-A character 䶮 out of the bundled subset', () => {
    const typesetter = new Typesetter(new PDFDocument({ autoFirstPage: false }), bundledOnly)
    expect(typesetter.runs('刘䶮', 'regular')).toEqual([{ text: '刘䶮', font: 0, fontName: 'bundled-regular' }])
  })

  it.skipIf(!systemFont)('sets a rare name character in the system Noto CJK collection, the rest in the subset (needs fonts-noto-cjk)', async () => {
    const path = save('sample-receipt-rare-name.pdf', await renderReceiptPdf(sampleReceipt({ payerName: rareName })))
    expect(pdfText(path)).toContain(rareName)
    expect(fontNames(path)).toMatch(/NotoSansCJKsc-Regular/)
    expect(fontNames(path)).toMatch(/NotoSansSCSubset-Regular/)
  })

  it('still prints when no font has a character, showing a missing glyph instead of failing', async () => {
    const unknown = '王\u{30000}（370102********1234）'
    const withoutSystem = save('sample-receipt-missing-glyph.pdf', await renderReceiptPdf(sampleReceipt({ payerName: `${rareName} ${unknown}` }), bundledOnly))
    expect(fontNames(withoutSystem)).not.toMatch(/NotoSansCJKsc/)
    expect(pdfText(withoutSystem)).toContain('370102********1234')
    await expect(renderReceiptPdf(sampleReceipt({ payerName: unknown }))).resolves.toBeInstanceOf(Buffer)
  })
})

describe('day report PDF', () => {
  const report = sampleDayReport()
  let pdfPath = ''

  beforeAll(async () => {
    pdfPath = save('sample-day-report.pdf', await renderDayReportPdf(report))
  })

  it('is on the same 80 mm roll', () => {
    const sizes = pageSizes(pdfPath)
    expect(sizes).toHaveLength(1)
    expect(sizes[0]?.width).toBeCloseTo(PAPER_WIDTH, 1)
  })

  it('shows totals by channel, every receipt and each difference', () => {
    const text = pdfText(pdfPath)
    for (const expected of ['收款日结报表', '2025-11-25', '王晓明', '2025-11-25 17:30', '银联卡', '现金', '¥1,959.50', '¥1,054.50', '¥3,014.00', '收据明细（8 笔）', '已补打', '差异 3 笔', '金额不一致', '¥301.00', '¥30.10', '本机无此笔', '支付终端无此笔', '收款员签字']) {
      expect(text).toContain(expected)
    }
    expect(text).toMatch(/笔数\s+8\s?笔/)
    for (const receipt of report.receipts) expect(text).toContain(receipt.number)
  })

  it('rasterises at 203 dpi', () => {
    const png = rasterise(pdfPath)
    expect(existsSync(png)).toBe(true)
    expect(pngWidth(png)).toBe(640)
  })

  it('says there are no differences when there are none', async () => {
    const clean = save('sample-day-report-clean.pdf', await renderDayReportPdf(sampleDayReport({ differences: [], receipts: [], totals: { cardFen: 0, cashFen: 0, count: 0 } })))
    const text = pdfText(clean)
    expect(text).toContain('无差异')
    expect(text).toContain('本日无收据')
    expect(text).not.toContain('请核对')
    expect(existsSync(rasterise(clean))).toBe(true)
  })
})
