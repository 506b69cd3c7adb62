import { deflateRawSync } from 'node:zlib'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { generateSigningKeyPair, signReceipt, verifyReceipt, type ReceiptClaims } from './signing'

const TERMINAL_A = '01936f4e-8b7a-7c3d-9e21-5f0a1b2c3d4e'
const TERMINAL_B = '01936f4e-8b7a-7c3d-9e21-5f0a1b2c3d4f'
const keysA = generateSigningKeyPair()
const keysB = generateSigningKeyPair()
const knownKeys = new Map([
  [TERMINAL_A, keysA.publicKeyPem],
  [TERMINAL_B, keysB.publicKeyPem]
])
const lookup = (terminalId: string) => knownKeys.get(terminalId)

const claims: ReceiptClaims = {
  number: 'JF3701009900000001',
  decisionNumbers: ['3701009900000001', '3701009900000002', '3701009900000003'],
  amountFen: 40_000,
  issuedAt: '2025-11-25T06:32:17.000Z',
  terminalId: TERMINAL_A
}

/** A payload whose content says `edited` but whose signature is the one issued for `original`. */
function tamper(original: string, edited: ReceiptClaims): string {
  const [version, body] = signReceipt(edited, keysA.privateKeyPem).split('.')
  return [version, body, original.split('.')[2]].join('.')
}

describe('receipt signatures', () => {
  const payload = signReceipt(claims, keysA.privateKeyPem)

  it('verifies a genuine receipt and gives back its claims', () => {
    expect(payload).toMatch(/^JG1\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{86}$/)
    expect(verifyReceipt(payload, lookup)).toEqual({ verdict: 'genuine', reason: '签名有效', claims })
  })

  it('keeps whole seconds of the issue time', () => {
    const signed = signReceipt({ ...claims, issuedAt: '2025-11-25T06:32:17.987Z' }, keysA.privateKeyPem)
    expect(verifyReceipt(signed, lookup).claims?.issuedAt).toBe('2025-11-25T06:32:17.000Z')
  })

  it.each<[string, Partial<ReceiptClaims>]>([
    ['amount', { amountFen: 4_000 }],
    ['decision number', { decisionNumbers: ['3701009900000001', '3701009900000009', '3701009900000003'] }],
    ['decision list (one dropped)', { decisionNumbers: ['3701009900000001', '3701009900000002'] }],
    ['time', { issuedAt: '2025-11-24T06:32:17.000Z' }],
    ['number', { number: 'JF3701009900000002' }],
    ['terminal (to another known one)', { terminalId: TERMINAL_B }]
  ])('calls a receipt with an edited %s forged', (_field, edit) => {
    const result = verifyReceipt(tamper(payload, { ...claims, ...edit }), lookup)
    expect(result).toEqual({ verdict: 'forged', reason: '签名与内容不符，收据可能被篡改', claims: null })
  })

  it("calls a receipt signed with another terminal's key forged", () => {
    const signedByB = signReceipt(claims, keysB.privateKeyPem)
    expect(verifyReceipt(signedByB, lookup).verdict).toBe('forged')
  })

  it('calls a receipt from an unknown terminal unknown and still shows what it claims', () => {
    const stranger = generateSigningKeyPair()
    const foreign = signReceipt({ ...claims, terminalId: 'T-370200-07' }, stranger.privateKeyPem)
    expect(verifyReceipt(foreign, lookup)).toEqual({ verdict: 'unknown', reason: '未知终端，无法核验', claims: { ...claims, terminalId: 'T-370200-07' } })
  })

  it('cannot verify against a stored key that is not an Ed25519 public key', () => {
    expect(verifyReceipt(payload, () => 'not a key').verdict).toBe('unknown')
    expect(verifyReceipt(payload, () => keysA.privateKeyPem.replace(/PRIVATE/g, 'PUBLIC')).verdict).toBe('unknown')
  })

  it('accepts the line ending a scanner appends', () => {
    expect(verifyReceipt(`${payload}\r\n`, lookup).verdict).toBe('genuine')
  })

  it('calls malformed payloads forged', () => {
    for (const text of ['', 'JG1', 'JG1..', `JG2${payload.slice(3)}`, `${payload}A`, payload.replace('.', ':'), 'https://example.org/?JG1.a.b']) {
      expect(verifyReceipt(text, lookup)).toMatchObject({ verdict: 'forged', claims: null })
    }
  })

  it('refuses a body that inflates to more than any receipt could hold', () => {
    const bomb = deflateRawSync(Buffer.alloc(1_000_000, 0x20)).toString('base64url')
    expect(verifyReceipt(`JG1.${bomb}.${payload.split('.')[2]}`, lookup).verdict).toBe('forged')
  })

  it('refuses to sign claims a verifier would reject', () => {
    expect(() => signReceipt({ ...claims, amountFen: -1 }, keysA.privateKeyPem)).toThrow(RangeError)
    expect(() => signReceipt({ ...claims, issuedAt: 'yesterday' }, keysA.privateKeyPem)).toThrow(RangeError)
    expect(() => signReceipt({ ...claims, terminalId: '' }, keysA.privateKeyPem)).toThrow(RangeError)
  })

  it('keeps a three-decision receipt under 250 characters', () => {
    expect(claims.decisionNumbers).toHaveLength(3)
    expect(payload.length).toBeLessThan(250)
    const digits = (length: number) => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: length, maxLength: length })
    const anyReceipt = fc.record({
      number: digits(16).map((tail) => `JF${tail}`),
      decisionNumbers: fc.array(digits(16), { minLength: 3, maxLength: 3 }),
      amountFen: fc.integer({ min: 0, max: 99_999_999 }),
      issuedAt: fc.date({ min: new Date('2025-01-01'), max: new Date('2045-01-01'), noInvalidDate: true }).map((date) => date.toISOString()),
      terminalId: fc.uuid()
    })
    fc.assert(
      fc.property(anyReceipt, (random) => {
        expect(signReceipt(random, keysA.privateKeyPem).length).toBeLessThan(250)
      }),
      { numRuns: 300 }
    )
  })

  it('never throws and never says genuine for arbitrary text', () => {
    const base64url = fc.string({ unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_') })
    const shaped = fc.tuple(base64url, fc.string({ unit: fc.constantFrom(...'AZaz09-_'), minLength: 86, maxLength: 86 })).map(([body, signature]) => `JG1.${body}.${signature}`)
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), shaped), (text) => {
        expect(verifyReceipt(text, lookup).verdict).not.toBe('genuine')
      }),
      { numRuns: 2_000 }
    )
  })

  it('never says genuine once any single character of a genuine payload changes', () => {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.'
    fc.assert(
      fc.property(fc.nat({ max: payload.length - 1 }), fc.constantFrom(...alphabet), (index, replacement) => {
        fc.pre(payload[index] !== replacement)
        const changed = payload.slice(0, index) + replacement + payload.slice(index + 1)
        expect(verifyReceipt(changed, lookup).verdict).not.toBe('genuine')
      }),
      { numRuns: 2_000 }
    )
  })
})
