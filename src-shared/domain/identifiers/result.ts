/**
 * What every identifier validator returns. A failure carries a stable code for tests, logs and
 * the renderer's translations, a Simplified Chinese message naming exactly what is wrong, and
 * every variable part of that message in `params`, so another language can be produced from
 * code + params alone.
 */
export type IdentifierParams = Record<string, string | number>

export interface IdentifierFailure<Code extends string = string> {
  readonly ok: false
  readonly code: Code
  readonly message: string
  readonly params: IdentifierParams
}

/** `value` is the normalised form to store and compare; the parsed facts sit beside it. */
export type IdentifierSuccess<Facts extends object> = { readonly ok: true; readonly value: string } & Readonly<Facts>

export type IdentifierResult<Facts extends object, Code extends string = string> = IdentifierSuccess<Facts> | IdentifierFailure<Code>

export function failure<Code extends string>(code: Code, message: string, params: IdentifierParams = {}): IdentifierFailure<Code> {
  return { ok: false, code, message, params }
}

export function success<Facts extends object>(value: string, facts: Facts): IdentifierSuccess<Facts> {
  return { ok: true, value, ...facts }
}

/**
 * 1-based position and the character of the first element of `chars` (code points, so a
 * pasted emoji counts as one position) in [from, to) that `allowed` rejects.
 */
export function firstOutside(chars: readonly string[], allowed: RegExp, from = 0, to = chars.length): { position: number; char: string } | null {
  for (let i = from; i < to; i++) {
    const char = chars[i] ?? ''
    if (!allowed.test(char)) return { position: i + 1, char }
  }
  return null
}
