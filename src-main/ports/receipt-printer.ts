import { execFile } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

export interface PrintJob {
  receiptNumber: string
  copy: boolean
  pdf: Buffer
}

export interface PrintResult {
  /** Where the PDF copy of the receipt was kept (always, printed or not). */
  pdfPath: string
  printed: boolean
  detail: string
}

/** The receipt printer port: every driver keeps a PDF copy; some also put it on paper. */
export interface ReceiptPrinter {
  readonly kind: string
  print(job: PrintJob): Promise<PrintResult>
}

function keepCopy(dir: string, job: PrintJob): string {
  mkdirSync(dir, { recursive: true })
  const file = join(dir, `${job.receiptNumber}${job.copy ? `-copy-${Date.now()}` : ''}.pdf`)
  writeFileSync(file, job.pdf)
  return file
}

/** The web shell and a terminal without a configured printer: the PDF copy only. */
export class PdfCopyPrinter implements ReceiptPrinter {
  readonly kind = 'pdf-copy'
  constructor(private readonly dir: string) {}

  async print(job: PrintJob): Promise<PrintResult> {
    return { pdfPath: keepCopy(this.dir, job), printed: false, detail: '已保存收据 PDF 副本' }
  }
}

/**
 * A named CUPS queue (Linux, macOS), printing the PDF at its own 80 mm page size; Chromium's
 * silent printing ignores custom paper sizes on several drivers (kiosk-tooling §1.2), the
 * spooler does not.
 */
export class CupsPrinter implements ReceiptPrinter {
  readonly kind = 'cups'
  constructor(
    private readonly dir: string,
    private readonly queue: string
  ) {}

  print(job: PrintJob): Promise<PrintResult> {
    const pdfPath = keepCopy(this.dir, job)
    return new Promise((resolve) => {
      execFile('lp', ['-d', this.queue, '-o', 'fit-to-page=false', pdfPath], { timeout: 15_000 }, (error, stdout) => {
        resolve(error ? { pdfPath, printed: false, detail: `打印失败：${error.message}` } : { pdfPath, printed: true, detail: stdout.trim() })
      })
    })
  }
}
