import { formatChinaDateTime } from './china-time'
import type { DayReport, DayReportDifference, DayReportReceipt } from './documents'
import type { Flow } from './flow'
import { formatYuan } from './money'
import { CHANNEL_NAMES, DIFFERENCE_NAMES, ISSUER_LINE } from './wording'

export const DAY_REPORT_TITLE = '收款日结报表'

const BODY = 8.5
const TABLE = 7.5
const LABEL_WIDTH = 4 * BODY

function field(flow: Flow, label: string, value: string): void {
  flow.row([{ text: label, width: LABEL_WIDTH }, { text: value }], { size: BODY })
}

function amount(flow: Flow, label: string, value: string, bold = false): void {
  flow.row([{ text: label }, { text: value, width: 'fit', align: 'right' }], { size: BODY, weight: bold ? 'bold' : 'regular' })
}

/** The time alone when the receipt is of the report's day; the whole date otherwise, so it stands out. */
function receiptTime(receipt: DayReportReceipt, date: string): string {
  const printed = formatChinaDateTime(receipt.issuedAt)
  return printed.startsWith(date) ? printed.slice(11) : printed
}

function receiptTable(flow: Flow, report: DayReport): void {
  flow.text(`收据明细（${report.receipts.length} 笔）`, { size: BODY, weight: 'bold' })
  if (report.receipts.length === 0) {
    flow.text('本日无收据', { size: TABLE })
    return
  }
  // Column widths from the widest content, so the amounts line up on the right.
  const timeWidth = flow.width('00:00', TABLE)
  const channelWidth = flow.width('银联卡', TABLE)
  const amountWidth = Math.max(...report.receipts.map((receipt) => flow.width(formatYuan(receipt.amountFen), TABLE)), flow.width('金额', TABLE, 'bold'))
  const columns = (cells: [string, string, string, string], weight: 'regular' | 'bold') =>
    flow.row(
      [{ text: cells[0] }, { text: cells[1], width: timeWidth }, { text: cells[2], width: channelWidth }, { text: cells[3], width: amountWidth, align: 'right' }],
      { size: TABLE, weight }
    )
  columns(['收据编号', '时间', '方式', '金额'], 'bold')
  for (const receipt of report.receipts) {
    columns([receipt.copy ? `${receipt.number}\n（已补打）` : receipt.number, receiptTime(receipt, report.date), CHANNEL_NAMES[receipt.channel], formatYuan(receipt.amountFen)], 'regular')
  }
}

function money(fen: number | null): string {
  return fen === null ? '—' : formatYuan(fen)
}

function differenceBlock(flow: Flow, difference: DayReportDifference, index: number): void {
  flow.text(`${index + 1}. 参考号 ${difference.reference}`, { size: BODY, weight: 'bold' })
  flow.text(DIFFERENCE_NAMES[difference.kind], { size: BODY, indent: BODY })
  flow.row(
    [
      { text: `本机 ${money(difference.localFen)}` },
      { text: `支付终端 ${money(difference.terminalFen)}`, width: 'fit', align: 'right' }
    ],
    { size: BODY, indent: BODY }
  )
}

/** The day's takings on the receipt roll: totals by channel, every receipt, and the differences to settle. */
export function layOutDayReport(flow: Flow, report: DayReport): void {
  flow.text(ISSUER_LINE, { size: 10, align: 'center' })
  flow.text(DAY_REPORT_TITLE, { size: 15, weight: 'bold', align: 'center' })
  flow.rule('solid', 8)
  field(flow, '日期', report.date)
  field(flow, '终端', report.terminalName)
  field(flow, '单位', report.officeName)
  field(flow, '收款员', report.clerkName)
  field(flow, '生成时间', formatChinaDateTime(report.generatedAt))
  flow.rule('solid', 8)
  amount(flow, CHANNEL_NAMES.card, formatYuan(report.totals.cardFen))
  amount(flow, CHANNEL_NAMES.cash, formatYuan(report.totals.cashFen))
  amount(flow, '合计', formatYuan(report.totals.cardFen + report.totals.cashFen), true)
  amount(flow, '笔数', `${report.totals.count} 笔`)
  flow.rule('solid', 8)
  receiptTable(flow, report)
  flow.rule('double', 8)
  if (report.differences.length === 0) {
    flow.text('差异：无差异', { size: BODY, weight: 'bold', align: 'center' })
  } else {
    flow.banner(`差异 ${report.differences.length} 笔，请核对`, { size: 10 })
    flow.space(2)
    report.differences.forEach((difference, index) => {
      if (index > 0) flow.rule('dashed', 6)
      differenceBlock(flow, difference, index)
    })
  }
  flow.rule('solid', 8)
  flow.space(BODY)
  flow.row([{ text: '收款员签字：' }, { text: '复核：' }], { size: BODY })
  flow.space(2 * BODY)
}
