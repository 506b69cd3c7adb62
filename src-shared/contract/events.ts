import { z } from 'zod'
import { syncStateSchema } from './system'

/** Server-to-renderer events: over IPC `on(event, listener)` or the web shell's SSE stream. */
export const eventsContract = {
  'sync.status': syncStateSchema,
  /** Main asks the renderer to drop everything the session held (kiosk idle reset, sign-out). */
  'session.reset': z.object({ reason: z.enum(['idle', 'signed_out', 'expired']) })
} as const
export type EventsContract = typeof eventsContract
export type EventName = keyof EventsContract
export type EventPayload<E extends EventName> = z.output<EventsContract[E]>
