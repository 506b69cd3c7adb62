import PDFDocument from 'pdfkit'
import { renderReceiptPdf } from '../src-main/features/receipts/render'
import { medianMs, type BenchResult } from './lib'

const lines = Array.from({ length: 3 }, (_, i) => ({
  decisionNumber: `370100990000000${i}`,
  description: '驾驶机动车违反道路交通信号灯通行的',
  plate: '鲁A12345',
  fineFen: 20000,
  surchargeFen: i * 600,
  totalFen: 20000 + i * 600
}))

/** Receipt PDF rendering (CJK font subsetting, QR code) against rendering the same PDF with one line, in the same run. */
export async function receiptRendering(): Promise<BenchResult> {
  const document = (n: number) => ({
    receiptNumber: 'JF3701009900000001',
    copy: false,
    issuedAt: '2026-11-25T02:00:00.000Z',
    terminalName: '历下区服务站 1号窗口',
    officeName: '济南市公安局交通警察支队车辆管理所',
    payerName: '张伟（370102********1234）',
    channel: 'card' as const,
    cardReference: 'UP202611251000000001',
    lines: lines.slice(0, n),
    totalFen: lines.slice(0, n).reduce((s, l) => s + l.totalFen, 0),
    qrPayload: 'JG1.' + 'x'.repeat(160) + '.' + 'y'.repeat(86)
  })
  // Baseline: the same 80 mm page drawn by pdfkit with its built-in Helvetica and no QR code.
  const plain = () =>
    new Promise<Buffer>((resolve) => {
      const pdf = new PDFDocument({ size: [226.77, 400], margin: 11 })
      const chunks: Buffer[] = []
      pdf.on('data', (c: Buffer) => chunks.push(c))
      pdf.on('end', () => resolve(Buffer.concat(chunks)))
      for (const l of lines) pdf.fontSize(8).text(`${l.decisionNumber} ${l.plate} ${l.totalFen}`)
      pdf.end()
    })
  const baseline = await medianMs(15, plain)
  const receipt = await medianMs(15, () => renderReceiptPdf(document(3)))
  return {
    name: 'receipt PDF rendering',
    detail: `3-line receipt with CJK font subset and QR code ${receipt.toFixed(1)} ms; plain pdfkit page with the same numbers ${baseline.toFixed(1)} ms; ratio = plain time / receipt time`,
    ratio: baseline / receipt
  }
}
