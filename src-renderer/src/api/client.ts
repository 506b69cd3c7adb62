import type {
  AppContract,
  AppMethod,
  ErrorCode,
  EventName,
  EventPayload,
  InputOf,
  OutputOf,
  RpcErrorBody,
  RpcResult
} from '../../../src-shared/contract'

/** How answers reach the renderer: Electron IPC or HTTP. Both speak the contract's RpcResult. */
export interface Transport {
  invoke(method: string, input: unknown): Promise<RpcResult<unknown>>
  on(event: string, listener: (payload: unknown) => void): () => void
}

/** A refusal from main, carried with its stable code so the UI can translate it. */
export class ApiError extends Error {
  readonly code: ErrorCode
  readonly details: Record<string, unknown> | undefined

  constructor(body: RpcErrorBody) {
    super(body.message)
    this.name = 'ApiError'
    this.code = body.code
    this.details = body.details
  }
}

export interface ApiClient {
  call<M extends AppMethod>(method: M, input: InputOf<AppContract, M>): Promise<OutputOf<AppContract, M>>
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void
}

/**
 * The renderer's only way to reach main. Types come from the shared contract; main validates
 * every input and output against the same schemas, so the renderer does not parse them again.
 */
export function createApiClient(transport: Transport): ApiClient {
  return {
    async call(method, input) {
      const result = await transport.invoke(method, input)
      if (!result.ok) throw new ApiError(result.error)
      return result.value as never
    },
    on(event, listener) {
      return transport.on(event, listener as (payload: unknown) => void)
    }
  }
}
