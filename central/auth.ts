import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto'
import { signingString } from '../src-shared/sync/protocol'

/** No 0/O or 1/I: codes are read aloud and typed from paper. 32 letters, so one byte & 31 is uniform. */
export const CODE_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ'
export const CODE_LENGTH = 10

export function generateEnrolmentCode(): string {
  return Array.from(randomBytes(CODE_LENGTH), (byte) => CODE_ALPHABET[byte & 31]).join('')
}

/** Codes are compared case-insensitively and may be typed with spaces or dashes. */
export function normaliseCode(code: string): string {
  return code.toUpperCase().replace(/[\s-]/g, '')
}

export function sha256Hex(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex')
}

/**
 * The request signature: base64url HMAC-SHA256 of signingString(), keyed with the secret
 * text exactly as enrolment returned it (its UTF-8 bytes, not the decoded base64url).
 */
export function requestSignature(secret: string, method: string, pathWithQuery: string, timestamp: string, body: Buffer | string | undefined): string {
  const bodyHash = sha256Hex(body ?? '')
  return createHmac('sha256', secret).update(signingString(method, pathWithQuery, timestamp, bodyHash)).digest('base64url')
}

/** Constant-time text comparison; hashing first gives equal lengths without leaking the length. */
export function sameSecret(given: string, expected: string): boolean {
  return timingSafeEqual(createHash('sha256').update(given).digest(), createHash('sha256').update(expected).digest())
}
