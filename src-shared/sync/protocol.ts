import { z } from 'zod'

/**
 * The wire protocol between a terminal and the central service (API v1). Both sides parse
 * with these schemas; `central/openapi.ts` publishes them as OpenAPI.
 *
 * Every request after enrolment is signed: the terminal sends `x-terminal-id`,
 * `x-timestamp` (epoch ms, corrected by the clock offset it has learnt) and `x-signature`,
 * the base64url HMAC-SHA256 of `signingString(...)` keyed with the terminal's secret string
 * (its UTF-8 bytes, as issued at enrolment). The path signed is the request's path and query
 * exactly as sent (`/v1/sync/pull?partition=370100&after=0&limit=2000`).
 */
export const API_PREFIX = '/v1'
export const SIGNATURE_HEADERS = { terminal: 'x-terminal-id', timestamp: 'x-timestamp', signature: 'x-signature' } as const
/** Requests whose timestamp is further than this from the central clock are refused (replay window). */
export const SIGNATURE_WINDOW_MS = 5 * 60_000

export function signingString(method: string, pathWithQuery: string, timestamp: string, bodySha256Hex: string): string {
  return `${method.toUpperCase()}\n${pathWithQuery}\n${timestamp}\n${bodySha256Hex}`
}

/** Stable error codes of the central API; the terminal maps them to messages and tasks. */
export const CENTRAL_ERROR_CODES = [
  'INVALID_INPUT',
  'ENROLMENT_CODE_INVALID',
  'TERMINAL_UNKNOWN',
  'TERMINAL_DE_ENROLLED',
  'SIGNATURE_INVALID',
  'CLOCK_SKEW',
  'EPOCH_STALE',
  'PARTITION_FORBIDDEN',
  'ADMIN_TOKEN_INVALID',
  'NOT_FOUND',
  'INTERNAL'
] as const
export type CentralErrorCode = (typeof CENTRAL_ERROR_CODES)[number]
export const centralErrorSchema = z.object({
  error: z.object({ code: z.enum(CENTRAL_ERROR_CODES), message: z.string(), details: z.record(z.string(), z.unknown()).optional() })
})
export type CentralError = z.infer<typeof centralErrorSchema>

const numberRange = z.object({ prefix: z.string().min(1), first: z.number().int().positive(), last: z.number().int().positive() })

// ── Enrolment ────────────────────────────────────────────────────────────────────────────
export const enrolmentCodeRequestSchema = z.object({
  officeCode: z.string().regex(/^\d{6}[A-Z]?$/),
  mode: z.enum(['kiosk', 'counter']),
  name: z.string().min(1).max(60),
  /** Partitions beyond `province` and the terminal's own office. */
  extraPartitions: z.array(z.string().regex(/^\d{6}[A-Z]?$/)).max(20).default([]),
  /** How long the one-time code stays usable. */
  validMinutes: z.number().int().min(1).max(7 * 24 * 60).default(60)
})
export const enrolmentCodeResponseSchema = z.object({ code: z.string(), expiresAt: z.string() })

export const enrolRequestSchema = z.object({
  code: z.string().min(6).max(64),
  appVersion: z.string(),
  schemaVersion: z.number().int().positive()
})
export const enrolResponseSchema = z.object({
  terminalId: z.string(),
  name: z.string(),
  mode: z.enum(['kiosk', 'counter']),
  officeCode: z.string(),
  partitions: z.array(z.string()).min(1),
  /** base64url HMAC key for signing sync requests; shown once, never again. */
  secret: z.string().min(32),
  /** Ed25519 key pair for signing receipts and slips; the central service publishes the public half. */
  signingKey: z.object({ publicKeyPem: z.string(), privateKeyPem: z.string() }),
  ranges: z.object({ receipt: numberRange, decision: numberRange }),
  /** True when the central service runs on generated demo data. */
  demo: z.boolean(),
  serverTime: z.string()
})
export type EnrolResponse = z.infer<typeof enrolResponseSchema>

// ── Push ─────────────────────────────────────────────────────────────────────────────────
export const terminalReportSchema = z.object({
  queueDepth: z.number().int().nonnegative(),
  oldestPendingAt: z.string().nullable(),
  lastSyncAt: z.string().nullable(),
  clockOffsetMs: z.number().int(),
  appVersion: z.string(),
  schemaVersion: z.number().int(),
  rejectedOpen: z.number().int().nonnegative()
})
export type TerminalReport = z.infer<typeof terminalReportSchema>

export const pushedCommandSchema = z.object({
  seq: z.number().int().positive(),
  idempotencyKey: z.string().min(1).max(200),
  command: z.string().min(1).max(100),
  version: z.number().int().positive(),
  payload: z.unknown(),
  actorRole: z.string(),
  actorId: z.string().nullable(),
  createdAt: z.string()
})
export type PushedCommand = z.infer<typeof pushedCommandSchema>

export const pushRequestSchema = z.object({
  epoch: z.number().int().positive(),
  commands: z.array(pushedCommandSchema).max(500),
  report: terminalReportSchema
})
export type PushRequest = z.infer<typeof pushRequestSchema>

/** What a terminal should do about a rejected command (it becomes a task at the counter). */
export const followUpSchema = z.object({
  kind: z.enum(['refund', 'review']),
  /** Money to give back, for refund cases. */
  amountFen: z.number().int().nonnegative().optional(),
  paymentId: z.string().optional(),
  decisionNumbers: z.array(z.string()).optional()
})
export type FollowUp = z.infer<typeof followUpSchema>

export const commandResultSchema = z.object({
  idempotencyKey: z.string(),
  status: z.enum(['applied', 'rejected']),
  /** For rejections: the rule that refused, in the same shape as the terminal's own errors. */
  code: z.string().optional(),
  message: z.string().optional(),
  details: z.record(z.string(), z.unknown()).optional(),
  followUp: followUpSchema.optional(),
  /** True when this answer was stored earlier under the same idempotency key. */
  replayed: z.boolean()
})
export type CommandResult = z.infer<typeof commandResultSchema>

export const pushResponseSchema = z.object({ results: z.array(commandResultSchema), serverTime: z.string() })
export type PushResponse = z.infer<typeof pushResponseSchema>

// ── Pull ─────────────────────────────────────────────────────────────────────────────────
const rowValues = z.array(z.union([z.string(), z.number(), z.null()]))

/** Changes after `after` in one partition, oldest first. `row` null means deleted. */
export const pullResponseSchema = z.object({
  partition: z.string(),
  /** Column header per entity for the rows in this page. */
  columns: z.record(z.string(), z.array(z.string())),
  changes: z.array(z.object({ seq: z.number().int(), entity: z.string(), key: z.string(), row: rowValues.nullable() })),
  /** The cursor to store with this page: the last change's seq, or `after` when empty. */
  next: z.number().int().nonnegative(),
  /** Highest change seq of the partition when the page was read. */
  head: z.number().int().nonnegative(),
  hasMore: z.boolean(),
  schemaVersion: z.number().int(),
  serverTime: z.string()
})
export type PullResponse = z.infer<typeof pullResponseSchema>

/**
 * A page of a partition's current rows, for a first sync or a repair. `asOf` is the change
 * seq the snapshot started at; after the last page the terminal pulls changes after `asOf`.
 */
export const snapshotResponseSchema = z.object({
  partition: z.string(),
  asOf: z.number().int().nonnegative(),
  entity: z.string(),
  columns: z.array(z.string()),
  rows: z.array(rowValues),
  /** Where the next page starts, or null after the partition's last page. */
  next: z.object({ entity: z.string(), afterKey: z.string() }).nullable(),
  schemaVersion: z.number().int(),
  serverTime: z.string()
})
export type SnapshotResponse = z.infer<typeof snapshotResponseSchema>

export const checksumRequestSchema = z.object({
  partition: z.string(),
  /** The columns the terminal hashes per entity (its own schema version). */
  columns: z.record(z.string(), z.array(z.string()))
})
export const checksumResponseSchema = z.object({
  partition: z.string(),
  head: z.number().int().nonnegative(),
  entities: z.record(z.string(), z.object({ count: z.number().int(), sum: z.string() })),
  serverTime: z.string()
})
export type ChecksumResponse = z.infer<typeof checksumResponseSchema>

// ── Fleet view ───────────────────────────────────────────────────────────────────────────
export const fleetTerminalSchema = z.object({
  id: z.string(),
  name: z.string(),
  officeCode: z.string(),
  mode: z.enum(['kiosk', 'counter']),
  status: z.enum(['enrolled', 'de_enrolled']),
  enrolledAt: z.string(),
  lastSeenAt: z.string().nullable(),
  lastSyncAt: z.string().nullable(),
  queueDepth: z.number().int(),
  oldestPendingAt: z.string().nullable(),
  clockOffsetMs: z.number().int().nullable(),
  commandsApplied: z.number().int(),
  commandsRejected: z.number().int(),
  /** Follow-up tasks (refund cases, reviews) still open at the terminal, as it last reported. */
  openTasks: z.number().int(),
  appVersion: z.string().nullable(),
  online: z.boolean()
})
export type FleetTerminal = z.infer<typeof fleetTerminalSchema>
export const fleetResponseSchema = z.object({ terminals: z.array(fleetTerminalSchema), serverTime: z.string() })

/**
 * `POST /v1/admin/exam-results`: results from the exam system (考试系统) for seated bookings.
 * Each is recorded once as the booking's exam attempt and reaches every terminal of the office.
 */
export const examResultsRequestSchema = z.object({
  results: z
    .array(z.object({ bookingId: z.string().min(1).max(64), result: z.enum(['pass', 'fail', 'absent']) }))
    .min(1)
    .max(500)
})
export const examResultsResponseSchema = z.object({
  results: z.array(
    z.object({
      bookingId: z.string(),
      /** `recorded` now; `already_recorded` (by a counter or an earlier import); `not_seated`; `unknown` booking. */
      status: z.enum(['recorded', 'already_recorded', 'not_seated', 'unknown']),
      attemptId: z.string().nullable()
    })
  )
})
export type ExamResultsResponse = z.infer<typeof examResultsResponseSchema>
