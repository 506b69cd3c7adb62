import type { z } from 'zod'
import type { Role, TerminalMode } from './roles'

/**
 * One RPC method, declared once. Main registers a handler for it, the renderer's client is
 * typed from it, and the central service re-executes its mutating commands by name.
 */
export interface MethodSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  readonly input: I
  readonly output: O
  /** Roles allowed to call. */
  readonly roles: readonly Role[]
  /** Terminal modes in which the method exists. */
  readonly modes: readonly TerminalMode[]
  /** A mutating method appends a command to the outbox in the same transaction. */
  readonly mutates: boolean
  /** Version of the command payload; bump when the payload shape changes. */
  readonly version?: number
  /**
   * What an enrolled terminal may do while it cannot reach the central service: `allowed`
   * (default), `online_only` (refused offline), or `capped` (allowed up to the configured
   * amount and count, see `sync.offline` in the configuration).
   */
  readonly offline?: OfflinePolicy
  readonly summary: string
}

export type OfflinePolicy = 'allowed' | 'online_only' | 'capped'

export function method<I extends z.ZodType, O extends z.ZodType>(spec: MethodSpec<I, O>): MethodSpec<I, O> {
  return spec
}

export type Contract = Record<string, MethodSpec>
export type MethodName<C extends Contract> = Extract<keyof C, string>
export type InputOf<C extends Contract, M extends MethodName<C>> = z.input<C[M]['input']>
export type ParsedInputOf<C extends Contract, M extends MethodName<C>> = z.output<C[M]['input']>
export type OutputOf<C extends Contract, M extends MethodName<C>> = z.output<C[M]['output']>
