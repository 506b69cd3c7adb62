import { z } from 'zod'
import { method } from './define'
import { BOTH_MODES } from './roles'
import { DISPUTE_EVIDENCE_MAX, DISPUTE_KINDS, DISPUTE_NOTE_MAX, DISPUTE_NOTE_MIN, DISPUTE_OUTCOMES, DISPUTE_REASON_MAX, DISPUTE_REASON_MIN, DISPUTE_STATES } from '../domain/disputes'

/**
 * What a payment dispute's evidence proves, as this counter can tell offline: a receipt this
 * terminal issued (`receipt_known`), a receipt QR payload verified `genuine` / `forged` /
 * `unknown` (terminal key not known here), or nothing checkable (`none`: a bank reference or
 * free text). `covers` says whether the receipt names the record's decision number.
 */
export const disputeEvidenceCheckSchema = z.object({
  verdict: z.enum(['receipt_known', 'genuine', 'forged', 'unknown', 'none']),
  receiptNumber: z.string().nullable(),
  covers: z.boolean(),
  paidAt: z.string().nullable(),
  /** Whether upholding would be accepted: a known or genuine receipt that covers the record. */
  proves: z.boolean()
})
export type DisputeEvidenceCheck = z.infer<typeof disputeEvidenceCheckSchema>

export const disputeItemSchema = z.object({
  id: z.string(),
  violationId: z.string(),
  recordNumber: z.string(),
  description: z.string(),
  /** Current facts of the record, null once it was deleted (an upheld `record` dispute). */
  record: z
    .object({ plate: z.string().nullable(), decisionNumber: z.string().nullable(), state: z.enum(['unhandled', 'unpaid', 'paying', 'paid', 'confirmed']), fineFen: z.number().int(), occurredAt: z.string(), place: z.string() })
    .nullable(),
  kind: z.enum(DISPUTE_KINDS),
  reason: z.string(),
  evidence: z.string().nullable(),
  raisedByRole: z.enum(['citizen', 'org_agent', 'clerk']),
  raisedAt: z.string(),
  raisedHere: z.boolean(),
  /** The office that decides: where the violation happened. */
  officeCode: z.string(),
  officeName: z.string(),
  dueOn: z.string(),
  overdue: z.boolean(),
  state: z.enum(DISPUTE_STATES),
  decidedAt: z.string().nullable(),
  decisionNote: z.string().nullable(),
  /** Whether this session may decide it here (a clerk at a counter of the deciding office). */
  decidable: z.boolean(),
  /** Payment disputes, for clerks: what the evidence proves (null otherwise). */
  evidenceCheck: disputeEvidenceCheckSchema.nullable()
})
export type DisputeItem = z.infer<typeof disputeItemSchema>

export const disputesContract = {
  'disputes.raise': method({
    summary: 'Raise a dispute (异议) about a record in scope; the record is blocked from handling and payment until the office where the violation happened decides.',
    input: z.object({
      violationId: z.string().min(1).max(64),
      kind: z.enum(DISPUTE_KINDS),
      reason: z.string().trim().min(DISPUTE_REASON_MIN).max(DISPUTE_REASON_MAX),
      /** Receipt number, receipt QR payload, bank reference or free text. */
      evidence: z.string().trim().max(DISPUTE_EVIDENCE_MAX).optional()
    }),
    output: disputeItemSchema,
    roles: ['citizen', 'org_agent', 'clerk'],
    modes: BOTH_MODES,
    mutates: true,
    // Payload: src-shared/sync/commands.ts disputeRaisedSchema.
    version: 1,
    // A dispute is a request; the deciding office reviews it after sync.
    offline: 'allowed'
  }),
  'disputes.list': method({
    summary: "Disputes: a citizen's own; for a clerk, the open ones this office decides and the ones raised at this terminal. Each with its due date and overdue flag.",
    input: z.object({ state: z.enum(['open', 'decided', 'all']).default('open') }),
    output: z.object({ items: z.array(disputeItemSchema), today: z.string(), officeCode: z.string() }),
    roles: ['citizen', 'org_agent', 'clerk'],
    modes: BOTH_MODES,
    mutates: false
  }),
  'disputes.decide': method({
    summary: 'Decide a dispute at a counter of the office where the violation happened: upheld (record deleted, or payment cleared on proof) or rejected (record stands).',
    input: z.object({
      id: z.string().min(1).max(64),
      outcome: z.enum(DISPUTE_OUTCOMES),
      note: z.string().trim().min(DISPUTE_NOTE_MIN).max(DISPUTE_NOTE_MAX)
    }),
    output: disputeItemSchema,
    roles: ['clerk'],
    modes: ['counter'],
    mutates: true,
    // Payload: src-shared/sync/commands.ts disputeDecidedSchema.
    version: 1,
    // The central service is the authority on deleting a record.
    offline: 'online_only'
  })
} as const
