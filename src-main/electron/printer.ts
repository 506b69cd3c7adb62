import { BrowserWindow } from 'electron'
import { pathToFileURL } from 'node:url'
import type { PrintJob, PrintResult, ReceiptPrinter } from '../ports/receipt-printer'
import { PdfCopyPrinter } from '../ports/receipt-printer'

/** 80 mm thermal paper; Chromium wants page sizes in microns (kiosk-tooling §1.2). */
const PAPER_WIDTH_MICRONS = 80_000
const PDF_POINT_MICRONS = 352.78

/** The page height of a one-page PDF from its MediaBox, so the printer does not feed an A4 length. */
function pdfPageHeightMicrons(pdf: Buffer): number {
  const box = /\/MediaBox\s*\[\s*[\d.]+\s+[\d.]+\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(pdf.toString('latin1'))
  const heightPt = box ? Number(box[2]) : 600
  return Math.max(50_000, Math.round(heightPt * PDF_POINT_MICRONS))
}

/**
 * Silent printing to a named system printer from the Electron shell: the PDF copy is kept
 * first, then shown in a hidden window by Chromium's PDF viewer and printed with an explicit
 * 80 mm page size and no margins — the combination that avoids the A4 and scaling bugs listed
 * in kiosk-tooling §1.2. A printing failure never undoes the payment; the counter reprints.
 */
export class ElectronSilentPrinter implements ReceiptPrinter {
  readonly kind = 'electron-silent'
  private readonly copies: PdfCopyPrinter

  constructor(
    receiptDir: string,
    private readonly deviceName: string
  ) {
    this.copies = new PdfCopyPrinter(receiptDir)
  }

  async print(job: PrintJob): Promise<PrintResult> {
    const { pdfPath } = await this.copies.print(job)
    const window = new BrowserWindow({ show: false, webPreferences: { plugins: true, sandbox: true, contextIsolation: true, nodeIntegration: false } })
    try {
      await window.loadURL(pathToFileURL(pdfPath).toString())
      const outcome = await new Promise<{ ok: boolean; reason: string }>((resolve) =>
        window.webContents.print(
          {
            silent: true,
            deviceName: this.deviceName,
            printBackground: true,
            margins: { marginType: 'none' },
            pageSize: { width: PAPER_WIDTH_MICRONS, height: pdfPageHeightMicrons(job.pdf) }
          },
          (ok, reason) => resolve({ ok, reason })
        )
      )
      return { pdfPath, printed: outcome.ok, detail: outcome.ok ? `已发送到打印机 ${this.deviceName}` : `打印失败：${outcome.reason}` }
    } finally {
      window.destroy()
    }
  }
}
