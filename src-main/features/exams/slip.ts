import { createPrivateKey, createPublicKey, sign, verify } from 'node:crypto'
import PDFDocument from 'pdfkit'
import QRCode from 'qrcode'
import { resourcePath } from '../../app/resources'

/** What an appointment slip vouches for; the applicant's ID number is masked. */
export interface SlipClaims {
  bookingId: string
  name: string
  maskedIdNumber: string
  subject: string
  venue: string
  date: string
  startsAt: string
  terminalId: string
}

const PREFIX = 'YK1'

/** `YK1.<base64url(JSON)>.<base64url(Ed25519 signature over "YK1.<body>")>`, checked offline like receipts. */
export function signSlip(claims: SlipClaims, privateKeyPem: string): string {
  const body = Buffer.from(JSON.stringify(claims)).toString('base64url')
  const signature = sign(null, Buffer.from(`${PREFIX}.${body}`), createPrivateKey(privateKeyPem)).toString('base64url')
  return `${PREFIX}.${body}.${signature}`
}

export function verifySlip(payload: string, publicKeyFor: (terminalId: string) => string | undefined): { verdict: 'genuine' | 'forged' | 'unknown'; reason: string; claims: SlipClaims | null } {
  const parts = payload.trim().split('.')
  if (parts.length !== 3 || parts[0] !== PREFIX) return { verdict: 'forged', reason: '不是预约凭证的二维码内容', claims: null }
  let claims: SlipClaims
  try {
    claims = JSON.parse(Buffer.from(parts[1]!, 'base64url').toString('utf8')) as SlipClaims
  } catch {
    return { verdict: 'forged', reason: '内容无法解析', claims: null }
  }
  const key = typeof claims.terminalId === 'string' ? publicKeyFor(claims.terminalId) : undefined
  if (!key) return { verdict: 'unknown', reason: '未知终端，无法核验', claims }
  let ok = false
  try {
    ok = verify(null, Buffer.from(`${PREFIX}.${parts[1]}`), createPublicKey(key), Buffer.from(parts[2]!, 'base64url'))
  } catch {
    ok = false
  }
  return ok ? { verdict: 'genuine', reason: '签名有效', claims } : { verdict: 'forged', reason: '签名与内容不符，凭证可能被篡改', claims: null }
}

const MM = 72 / 25.4

/** The 80 mm appointment slip (考试预约凭证) with its QR code, in the bundled CJK font. */
export async function renderSlipPdf(claims: SlipClaims, qrPayload: string): Promise<Buffer> {
  const qr = await QRCode.toBuffer(qrPayload, { errorCorrectionLevel: 'M', margin: 2, scale: 4 })
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: [80 * MM, 150 * MM], margin: 4 * MM, info: { Title: `考试预约凭证 ${claims.bookingId}` } })
    const chunks: Buffer[] = []
    doc.on('data', (chunk: Buffer) => chunks.push(chunk))
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)
    doc.registerFont('cjk', resourcePath('fonts', 'NotoSansSC-Subset-Regular.otf'))
    doc.registerFont('cjk-bold', resourcePath('fonts', 'NotoSansSC-Subset-Bold.otf'))
    const width = 72 * MM
    doc.font('cjk-bold').fontSize(13).text('机动车驾驶人考试预约凭证', { width, align: 'center' })
    doc.moveDown(0.6)
    const rows: [string, string][] = [
      ['姓名', claims.name],
      ['身份证号', claims.maskedIdNumber],
      ['考试科目', claims.subject],
      ['考场', claims.venue],
      ['考试日期', claims.date],
      ['开考时间', claims.startsAt],
      ['预约编号', claims.bookingId]
    ]
    for (const [label, value] of rows) doc.font('cjk').fontSize(9).text(`${label}：${value}`, { width })
    doc.moveDown(0.6)
    doc.font('cjk').fontSize(8).text('请携带身份证原件按时参加考试；缺考按考试不合格处理。取消预约须在考试前一个工作日办理。', { width })
    doc.moveDown(0.6)
    doc.image(qr, (80 * MM - 34 * MM) / 2, doc.y, { width: 34 * MM })
    doc.moveDown(0.3)
    doc.y += 35 * MM
    doc.font('cjk').fontSize(8).text('扫码可离线核验真伪', { width, align: 'center' })
    doc.end()
  })
}
