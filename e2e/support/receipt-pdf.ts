import type { Page } from '@playwright/test'
import { execFileSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

export const RECEIPTS_DIR = 'test-results/receipts'

/** What `receipts.get` answers, as far as the tests read it. */
export interface FetchedReceipt {
  readonly receipt: { readonly number: string; readonly qrPayload: string; readonly amountFen: number; readonly lines: ReadonlyArray<{ readonly decisionNumber: string }> }
  readonly pdfBase64: string
}

/** Asks the terminal for a receipt the way the screen does: same origin, with the page's session cookie. */
export async function fetchReceipt(page: Page, number: string): Promise<FetchedReceipt> {
  const answer = await page.evaluate(async (receiptNumber) => {
    const response = await fetch('/rpc/receipts.get', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ number: receiptNumber })
    })
    return (await response.json()) as { ok: boolean; value?: unknown; error?: unknown }
  }, number)
  if (!answer.ok) throw new Error(`receipts.get ${number} refused: ${JSON.stringify(answer.error)}`)
  return answer.value as FetchedReceipt
}

/** Writes a PDF into test-results/receipts and returns its path. */
export function savePdf(name: string, base64: string): string {
  mkdirSync(RECEIPTS_DIR, { recursive: true })
  const file = join(RECEIPTS_DIR, `${name}.pdf`)
  writeFileSync(file, Buffer.from(base64, 'base64'))
  return file
}

/** Renders each page at the receipt printer's 203 dpi, as `<name>-<page>.png` beside the PDF. */
export function renderPng(pdf: string, name: string): void {
  execFileSync('pdftoppm', ['-png', '-r', '203', pdf, join(RECEIPTS_DIR, name)])
}

/** The PDF's text in reading order, to check what the paper says. */
export function pdfText(pdf: string): string {
  return execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' })
}
