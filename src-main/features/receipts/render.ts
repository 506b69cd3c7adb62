import { layOutDayReport, DAY_REPORT_TITLE } from './day-report-layout'
import type { DayReport, ReceiptDocument } from './documents'
import { Flow } from './flow'
import { defaultFontChains, type FontChains } from './fonts'
import { layOutReceipt, RECEIPT_TITLE } from './receipt-layout'

export type { DayReport, DayReportDifference, DayReportReceipt, ReceiptDocument, ReceiptLine } from './documents'

/**
 * The receipt as a PDF one 80 mm page wide and as long as its content. `fonts` is for tests;
 * the app uses the bundled subset with the system Noto CJK collection as fallback.
 */
export async function renderReceiptPdf(receipt: ReceiptDocument, fonts: FontChains = defaultFontChains()): Promise<Buffer> {
  const flow = new Flow({ title: `${RECEIPT_TITLE} ${receipt.receiptNumber}`, createdAt: new Date(receipt.issuedAt), fonts })
  layOutReceipt(flow, receipt)
  return flow.finish()
}

/** The day report on the same 80 mm roll, so a counter needs one printer. */
export async function renderDayReportPdf(report: DayReport, fonts: FontChains = defaultFontChains()): Promise<Buffer> {
  const flow = new Flow({ title: `${DAY_REPORT_TITLE} ${report.date}`, createdAt: new Date(report.generatedAt), fonts })
  layOutDayReport(flow, report)
  return flow.finish()
}
