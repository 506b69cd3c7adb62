import { formatChinaDateTime } from './china-time'
import type { ReceiptDocument, ReceiptLine } from './documents'
import type { Flow } from './flow'
import { formatYuan, yuanInWords } from './money'
import { mm } from './paper'
import { CHANNEL_NAMES, COPY_MARK, ISSUER_LINE } from './wording'

export const RECEIPT_TITLE = '罚没款收据'
const RECEIPT_SUBTITLE = '交通违法罚款缴纳凭证'
const VERIFY_HINT = '扫码可离线核验真伪'

const BODY = 8.5
const SMALL = 7.5
/** Wide enough for the longest label (交易参考号) at body size, so all values start in one column. */
const LABEL_WIDTH = 5 * BODY
const LINE_INDENT = 1.5 * BODY

/** A receipt that does not add up is a bug upstream; printing it would issue a wrong official document. */
function assertConsistent(receipt: ReceiptDocument): void {
  const sum = receipt.lines.reduce((total, line) => total + line.totalFen, 0)
  const broken = receipt.lines.find((line) => line.fineFen + line.surchargeFen !== line.totalFen)
  if (broken) throw new RangeError(`receipt ${receipt.receiptNumber}: line ${broken.decisionNumber} does not add up`)
  if (sum !== receipt.totalFen) throw new RangeError(`receipt ${receipt.receiptNumber}: lines add up to ${sum} fen, total says ${receipt.totalFen}`)
}

function field(flow: Flow, label: string, value: string, indent = 0): void {
  flow.row([{ text: label, width: LABEL_WIDTH }, { text: value }], { size: BODY, indent })
}

function amount(flow: Flow, label: string, fen: number, options: { size?: number; bold?: boolean; indent?: number } = {}): void {
  const weight = options.bold ? 'bold' : 'regular'
  flow.row([{ text: label }, { text: formatYuan(fen), width: 'fit', align: 'right' }], { size: options.size ?? BODY, weight, indent: options.indent ?? 0 })
}

function decisionBlock(flow: Flow, line: ReceiptLine, index: number): void {
  flow.text(`${index + 1}. 决定书编号 ${line.decisionNumber}`, { size: BODY, weight: 'bold' })
  if (line.plate) field(flow, '号牌号码', line.plate, LINE_INDENT)
  field(flow, '违法行为', line.description, LINE_INDENT)
  amount(flow, '罚款', line.fineFen, { indent: LINE_INDENT })
  amount(flow, '加处罚款', line.surchargeFen, { indent: LINE_INDENT })
  amount(flow, '小计', line.totalFen, { indent: LINE_INDENT, bold: true })
}

/** The receipt, top to bottom, as the counter's thermal printer prints it. */
export function layOutReceipt(flow: Flow, receipt: ReceiptDocument): void {
  assertConsistent(receipt)
  flow.text(ISSUER_LINE, { size: 10, align: 'center' })
  flow.text(RECEIPT_TITLE, { size: 15, weight: 'bold', align: 'center' })
  flow.text(RECEIPT_SUBTITLE, { size: SMALL, align: 'center' })
  if (receipt.copy) {
    flow.space(3)
    flow.banner(COPY_MARK, { size: 10 })
  }
  flow.rule('solid', 8)
  field(flow, '收据编号', receipt.receiptNumber)
  field(flow, '开具时间', formatChinaDateTime(receipt.issuedAt))
  field(flow, '开具终端', receipt.terminalName)
  field(flow, '执收单位', receipt.officeName)
  field(flow, '缴款人', receipt.payerName)
  receipt.lines.forEach((line, index) => {
    flow.rule(index === 0 ? 'solid' : 'dashed', 8)
    decisionBlock(flow, line, index)
  })
  flow.rule('double', 8)
  amount(flow, '合计', receipt.totalFen, { size: 12, bold: true })
  field(flow, '大写', `人民币${yuanInWords(receipt.totalFen)}`)
  field(flow, '缴款方式', CHANNEL_NAMES[receipt.channel])
  if (receipt.cardReference) field(flow, '交易参考号', receipt.cardReference)
  flow.rule('solid', 8)
  flow.qr(receipt.qrPayload, mm(30))
  flow.text(VERIFY_HINT, { size: SMALL, align: 'center' })
  // Repeated at the foot, so a copy with its head torn off still says what it is.
  if (receipt.copy) flow.text(`此为补打副本（原收据 ${receipt.receiptNumber}）`, { size: SMALL, align: 'center', weight: 'bold' })
}
