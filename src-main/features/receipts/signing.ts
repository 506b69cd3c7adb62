import { createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto'
import { deflateRawSync, inflateRawSync } from 'node:zlib'

/**
 * The receipt QR code: `JG1.<body>.<signature>`, where body is base64url of the raw-deflated
 * compact JSON claims and signature is base64url of the issuing terminal's Ed25519 signature
 * over `JG1.<body>`. Any counter checks it offline with that terminal's public key.
 *
 * Deflating (with a preset dictionary of the JSON's fixed parts) is what keeps a three-decision
 * receipt at 190–225 characters: the terminal id is a 36-character UUID and receipt and
 * decision numbers are 16–18 characters, so the plain JSON alone takes about 210 base64url
 * characters before the 86 of the signature. Shorter payloads mean a smaller QR version and
 * larger modules, which thermal paper and phone cameras need.
 */

export interface SigningKeyPair {
  publicKeyPem: string
  privateKeyPem: string
}

export interface ReceiptClaims {
  number: string
  decisionNumbers: string[]
  amountFen: number
  /** ISO instant; the payload keeps whole seconds. */
  issuedAt: string
  terminalId: string
}

export type ReceiptVerdict = 'genuine' | 'forged' | 'unknown'

export interface ReceiptVerification {
  verdict: ReceiptVerdict
  /** For the clerk, in Chinese. */
  reason: string
  /**
   * The signed content when it is genuine, and also when the terminal is unknown so the clerk can
   * compare it with the paper; never for a forgery, whose content nobody vouches for.
   */
  claims: ReceiptClaims | null
}

/** The wire form: short keys keep the QR code small. */
interface WireClaims {
  n: string
  d: string[]
  a: number
  /** Epoch seconds. */
  t: number
  k: string
}

const VERSION = 'JG1'
/**
 * Part of the JG1 format: printed receipts must keep verifying, so a different dictionary needs
 * a new version. It holds what every claim set repeats: the keys, hex and digits, the '37'
 * (Shandong) prefixes, epoch seconds of this era and the start of a UUIDv7 terminal id.
 */
const DICTIONARY = Buffer.from('0123456789abcdef-{"n":"JF37","d":["37","37","37"],"a":,"t":17,"k":"01', 'ascii')
const SIGNATURE_CHARS = 86 // 64 bytes of Ed25519 signature in unpadded base64url
const PAYLOAD = new RegExp(`^${VERSION}\\.([A-Za-z0-9_-]{1,2000})\\.([A-Za-z0-9_-]{${SIGNATURE_CHARS}})$`)
/** The body is not authenticated until its terminal's key is known, so inflating it is bounded. */
const MAX_CLAIMS_BYTES = 8192
const MAX_TEXT = 128
const MAX_DECISIONS = 100
/** The last second a JavaScript Date can hold. */
const MAX_EPOCH_SECONDS = 8_640_000_000_000

const REASONS = {
  genuine: '签名有效',
  malformed: '不是有效的收据二维码（格式不符），可能为伪造',
  unreadable: '收据内容无法解析，可能被篡改',
  badSignature: '签名与内容不符，收据可能被篡改',
  unknownTerminal: '未知终端，无法核验',
  badKey: '本机保存的该终端公钥无效，无法核验'
} as const

export function generateSigningKeyPair(): SigningKeyPair {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519')
  return {
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString()
  }
}

function isText(value: unknown): value is string {
  return typeof value === 'string' && value.length >= 1 && value.length <= MAX_TEXT
}

function isAmount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0
}

function isEpochSeconds(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 && value <= MAX_EPOCH_SECONDS
}

function isWireClaims(value: unknown): value is WireClaims {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false
  const record = value as Record<string, unknown>
  const keys = Object.keys(record).sort().join(',')
  const decisions = record.d
  return (
    keys === 'a,d,k,n,t' &&
    isText(record.n) &&
    Array.isArray(decisions) &&
    decisions.length <= MAX_DECISIONS &&
    decisions.every(isText) &&
    isAmount(record.a) &&
    isEpochSeconds(record.t) &&
    isText(record.k)
  )
}

function toWire(claims: ReceiptClaims): WireClaims {
  const instant = Date.parse(claims.issuedAt)
  const wire = { n: claims.number, d: [...claims.decisionNumbers], a: claims.amountFen, t: Math.floor(instant / 1000), k: claims.terminalId }
  if (Number.isNaN(instant) || !isWireClaims(wire)) throw new RangeError(`receipt claims cannot be signed: ${JSON.stringify(claims)}`)
  return wire
}

function fromWire(wire: WireClaims): ReceiptClaims {
  return { number: wire.n, decisionNumbers: wire.d, amountFen: wire.a, issuedAt: new Date(wire.t * 1000).toISOString(), terminalId: wire.k }
}

/** base64url decoding that accepts exactly one spelling per byte string, so no second payload verifies. */
function strictBase64url(text: string): Buffer | null {
  const bytes = Buffer.from(text, 'base64url')
  return bytes.toString('base64url') === text ? bytes : null
}

function decodeClaims(body: string): ReceiptClaims | null {
  const compressed = strictBase64url(body)
  if (!compressed) return null
  try {
    const parsed: unknown = JSON.parse(inflateRawSync(compressed, { dictionary: DICTIONARY, maxOutputLength: MAX_CLAIMS_BYTES }).toString('utf8'))
    return isWireClaims(parsed) ? fromWire(parsed) : null
  } catch {
    return null
  }
}

function publicKeyFrom(pem: string): KeyObject | null {
  try {
    const key = createPublicKey(pem)
    return key.asymmetricKeyType === 'ed25519' ? key : null
  } catch {
    return null
  }
}

/** The QR payload of a receipt, signed with the issuing terminal's private key (PEM). */
export function signReceipt(claims: ReceiptClaims, privateKeyPem: string): string {
  const body = deflateRawSync(JSON.stringify(toWire(claims)), { level: 9, dictionary: DICTIONARY }).toString('base64url')
  const signed = `${VERSION}.${body}`
  const signature = sign(null, Buffer.from(signed, 'ascii'), createPrivateKey(privateKeyPem))
  return `${signed}.${signature.toString('base64url')}`
}

/**
 * Checks a scanned payload offline. Whatever the input, the answer is a verdict and never an
 * exception; only `publicKeyFor`'s own failures propagate, because a broken key store says
 * nothing about the receipt.
 */
export function verifyReceipt(payload: string, publicKeyFor: (terminalId: string) => string | undefined): ReceiptVerification {
  const match = typeof payload === 'string' ? PAYLOAD.exec(payload.trim()) : null
  const body = match?.[1]
  const signatureText = match?.[2]
  if (body === undefined || signatureText === undefined) return { verdict: 'forged', reason: REASONS.malformed, claims: null }
  const claims = decodeClaims(body)
  const signature = strictBase64url(signatureText)
  if (!claims || !signature) return { verdict: 'forged', reason: REASONS.unreadable, claims: null }
  const pem = publicKeyFor(claims.terminalId)
  if (pem === undefined) return { verdict: 'unknown', reason: REASONS.unknownTerminal, claims }
  const key = publicKeyFrom(pem)
  if (!key) return { verdict: 'unknown', reason: REASONS.badKey, claims }
  const genuine = verify(null, Buffer.from(`${VERSION}.${body}`, 'ascii'), key, signature)
  return genuine ? { verdict: 'genuine', reason: REASONS.genuine, claims } : { verdict: 'forged', reason: REASONS.badSignature, claims: null }
}
