import { EventEmitter } from 'node:events'
import type { EventName, EventPayload } from '../../src-shared/contract'

/** Typed server events; transports forward them to the renderer (IPC `on`, or SSE). */
export class EventBus {
  private readonly emitter = new EventEmitter()

  constructor() {
    this.emitter.setMaxListeners(100)
  }

  emit<E extends EventName>(event: E, payload: EventPayload<E>): void {
    this.emitter.emit('event', event, payload)
  }

  /** Listen to every event; returns the unsubscribe function. */
  subscribe(listener: (event: EventName, payload: unknown) => void): () => void {
    this.emitter.on('event', listener)
    return () => this.emitter.off('event', listener)
  }
}
