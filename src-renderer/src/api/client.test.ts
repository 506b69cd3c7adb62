import { describe, expect, it } from 'vitest'
import type { RpcResult } from '../../../src-shared/contract'
import { ApiError, createApiClient, type Transport } from './client'

function transportAnswering(result: RpcResult<unknown>): Transport & { calls: Array<[string, unknown]> } {
  const calls: Array<[string, unknown]> = []
  return {
    calls,
    invoke: async (method, input) => {
      calls.push([method, input])
      return result
    },
    on: () => () => undefined
  }
}

describe('createApiClient', () => {
  it('returns the value of a successful answer', async () => {
    const transport = transportAnswering({ ok: true, value: { echo: 'hi', at: '2025-11-25T00:00:00Z' } })
    const api = createApiClient(transport)
    await expect(api.call('system.ping', { echo: 'hi' })).resolves.toEqual({ echo: 'hi', at: '2025-11-25T00:00:00Z' })
    expect(transport.calls).toEqual([['system.ping', { echo: 'hi' }]])
  })

  it('throws an ApiError carrying code, message and details of a refusal', async () => {
    const api = createApiClient(transportAnswering({ ok: false, error: { code: 'FORBIDDEN', message: 'no', details: { role: 'citizen' } } }))
    const error = await api.call('system.backup', {}).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(ApiError)
    expect(error).toMatchObject({ code: 'FORBIDDEN', message: 'no', details: { role: 'citizen' } })
  })
})
