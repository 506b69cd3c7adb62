import type { DifferenceKind, PaymentChannel } from './documents'

/** The Chinese words receipts and reports share, so both always name things alike. */

export const CHANNEL_NAMES: Record<PaymentChannel, string> = { card: '银联卡', cash: '现金' }

/** From the point of view of this terminal's records against the payment terminal's own log. */
export const DIFFERENCE_NAMES: Record<DifferenceKind, string> = {
  missing_in_terminal: '支付终端无此笔（本机有记录）',
  missing_locally: '本机无此笔（支付终端有记录）',
  amount_differs: '金额不一致'
}

export const ISSUER_LINE = '山东省公安交通管理'
export const COPY_MARK = '补打 / 副本 COPY'
