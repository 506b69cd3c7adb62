import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

/** What the network does to each request while `faulty`. Probabilities are per request. */
export interface FaultPlan {
  /** The request never reaches the central service. */
  dropRequest: number
  /** The central service handles the request but the answer is lost. */
  dropResponse: number
  /** The request reaches the central service twice (concurrently); the terminal sees the second answer. */
  duplicate: number
  /** Each request waits up to this long before it is forwarded, so concurrent requests arrive out of order. */
  maxDelayMs: number
}

export const NO_FAULTS: FaultPlan = { dropRequest: 0, dropResponse: 0, duplicate: 0, maxDelayMs: 0 }

/**
 * A man in the middle between the terminals and the central service that drops, repeats,
 * delays and reorders messages, from a seeded generator so a failing run can be replayed.
 * `down` refuses every connection (the terminal is offline).
 */
export class FaultyProxy {
  mode: 'up' | 'down' | 'faulty' = 'up'
  plan: FaultPlan = NO_FAULTS
  readonly stats = { forwarded: 0, droppedRequests: 0, droppedResponses: 0, duplicated: 0, refused: 0 }
  private server: Server | null = null
  private state: number

  constructor(
    private readonly target: () => string,
    seed: number
  ) {
    this.state = seed >>> 0 || 1
  }

  /** xorshift32: deterministic for a seed. */
  random(): number {
    let x = this.state
    x ^= x << 13
    x ^= x >>> 17
    x ^= x << 5
    this.state = x >>> 0
    return this.state / 0x1_0000_0000
  }

  async listen(): Promise<string> {
    this.server = createServer((request, response) => void this.handle(request, response))
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve))
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      if (!this.server) return resolve()
      this.server.closeAllConnections()
      this.server.close(() => resolve())
    })
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const chunks: Buffer[] = []
    for await (const chunk of request) chunks.push(chunk as Buffer)
    const body = Buffer.concat(chunks)
    if (this.mode === 'down') {
      this.stats.refused++
      request.socket.destroy()
      return
    }
    const faulty = this.mode === 'faulty'
    if (faulty && this.random() < this.plan.dropRequest) {
      this.stats.droppedRequests++
      request.socket.destroy()
      return
    }
    if (faulty && this.plan.maxDelayMs > 0) await new Promise((resolve) => setTimeout(resolve, this.random() * this.plan.maxDelayMs))
    const forward = () =>
      fetch(`${this.target()}${request.url}`, {
        method: request.method,
        headers: Object.fromEntries(Object.entries(request.headers).filter(([name]) => name === 'content-type' || name.startsWith('x-')) as [string, string][]),
        body: request.method === 'GET' ? undefined : body
      }).then(async (answer) => ({ status: answer.status, type: answer.headers.get('content-type') ?? 'application/json', text: await answer.text() }))
    try {
      let answer
      if (faulty && this.random() < this.plan.duplicate) {
        this.stats.duplicated++
        const [, second] = await Promise.allSettled([forward(), forward()])
        if (second.status === 'rejected') throw second.reason
        answer = second.value
      } else answer = await forward()
      this.stats.forwarded++
      if (faulty && this.random() < this.plan.dropResponse) {
        this.stats.droppedResponses++
        request.socket.destroy()
        return
      }
      response.writeHead(answer.status, { 'content-type': answer.type })
      response.end(answer.text)
    } catch {
      // The central service is down (killed): the terminal sees a broken connection.
      request.socket.destroy()
    }
  }
}
