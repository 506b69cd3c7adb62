import { z } from 'zod'
import { method } from './define'
import { BOTH_MODES, STAFF } from './roles'

const lateFeeSchema = z.object({ dueOn: z.string(), overdueDays: z.number().int(), fineFen: z.number().int(), surchargeFen: z.number().int(), totalFen: z.number().int() })

export const violationItemSchema = z.object({
  id: z.string(),
  kind: z.enum(['on_the_spot', 'general', 'camera']),
  recordNumber: z.string(),
  decisionNumber: z.string().nullable(),
  plate: z.string().nullable(),
  occurredAt: z.string(),
  place: z.string(),
  officeName: z.string(),
  /** The office where the violation happened: the one that decides a dispute about it. */
  officeCode: z.string(),
  code: z.string(),
  description: z.string(),
  fineFen: z.number().int(),
  points: z.number().int(),
  state: z.enum(['unhandled', 'unpaid', 'paying', 'paid', 'confirmed']),
  disputed: z.boolean(),
  decidedOn: z.string().nullable(),
  deliveredOn: z.string().nullable(),
  paidAt: z.string().nullable(),
  /** For decided, unpaid records: what paying today costs. Camera records are decided on handling, so no surcharge yet. */
  lateFee: lateFeeSchema.nullable(),
  /** The latest dispute about this record (open, or the last decision), null when never disputed. */
  dispute: z
    .object({
      id: z.string(),
      kind: z.enum(['record', 'payment_not_cleared']),
      state: z.enum(['open', 'upheld', 'rejected']),
      dueOn: z.string(),
      officeName: z.string(),
      decidedAt: z.string().nullable(),
      decisionNote: z.string().nullable()
    })
    .nullable(),
  /** Whether this record can be handled and paid here; `rule` names what refuses it. */
  payable: z.object({ ok: z.boolean(), rule: z.string().nullable(), message: z.string().nullable() })
})
export type ViolationItem = z.infer<typeof violationItemSchema>

const receiptSummarySchema = z.object({
  number: z.string(),
  issuedAt: z.string(),
  amountFen: z.number().int(),
  channel: z.enum(['card', 'cash']),
  copy: z.boolean()
})

export const violationsContract = {
  'violations.list': method({
    summary: "The person's violation records (bound licence and bound vehicles), with late fees as of today and whether each can be paid here.",
    input: z.object({ filter: z.enum(['outstanding', 'all']).default('outstanding') }),
    output: z.object({
      items: z.array(violationItemSchema),
      totals: z.object({ count: z.number().int(), fineFen: z.number().int(), surchargeFen: z.number().int(), totalFen: z.number().int() })
    }),
    roles: ['citizen', 'org_agent', 'clerk'],
    modes: BOTH_MODES,
    mutates: false
  }),
  'violations.quote': method({
    summary: 'Check the selected records against the handling and payment rules and price them: fine, late fee and total per record.',
    input: z.object({ violationIds: z.array(z.string().min(1).max(64)).min(1).max(20) }),
    output: z.object({
      lines: z.array(z.object({ violationId: z.string(), decisionNumber: z.string().nullable(), description: z.string(), fineFen: z.number().int(), surchargeFen: z.number().int(), totalFen: z.number().int(), points: z.number().int(), handling: z.boolean() })),
      totalFen: z.number().int(),
      pointsAfter: z.number().int().nullable()
    }),
    roles: ['citizen', 'org_agent', 'clerk'],
    modes: BOTH_MODES,
    mutates: false
  }),
  'payments.pay': method({
    summary: 'Handle (camera records) and pay the selected records in one transaction on the payment terminal, or in cash at the counter; issues the receipt.',
    input: z.object({
      violationIds: z.array(z.string().min(1).max(64)).min(1).max(20),
      channel: z.enum(['card', 'cash']),
      /** The total the user was shown; a different current total refuses the payment. */
      expectedTotalFen: z.number().int().nonnegative()
    }),
    output: z.object({
      paymentId: z.string(),
      outcome: z.enum(['approved', 'declined', 'unknown']),
      message: z.string(),
      receipt: receiptSummarySchema.nullable()
    }),
    roles: ['citizen', 'org_agent', 'clerk'],
    modes: BOTH_MODES,
    mutates: true,
    // Payload: src-shared/sync/commands.ts paymentOutcomeSchema.
    version: 2,
    // Cash is always taken; card payments offline are capped by amount and count.
    offline: 'capped'
  }),
  'payments.recover': method({
    summary: 'Resolve payments whose outcome is unknown by querying the payment terminal (never by charging again).',
    input: z.object({}).strict(),
    output: z.object({ resolved: z.array(z.object({ paymentId: z.string(), outcome: z.enum(['approved', 'declined', 'unknown']) })) }),
    roles: STAFF,
    modes: BOTH_MODES,
    // Each settlement writes its own outbox record and audit line as it commits.
    mutates: false
  }),
  'payments.simulate': method({
    summary: 'Tell the simulated UnionPay terminal how to answer the next sale (demo terminals only).',
    input: z.object({ next: z.enum(['approve', 'decline', 'timeout', 'die']) }),
    output: z.object({ next: z.enum(['approve', 'decline', 'timeout', 'die']) }),
    roles: ['anonymous', 'citizen', 'org_agent', 'clerk', 'admin'],
    modes: BOTH_MODES,
    mutates: false
  }),
  'receipts.get': method({
    summary: 'A receipt with its lines, its signed QR payload and its PDF (base64).',
    input: z.object({ number: z.string().min(1).max(40), copy: z.boolean().default(false) }),
    output: z.object({
      receipt: receiptSummarySchema.extend({
        terminalName: z.string(),
        officeName: z.string(),
        payerName: z.string(),
        lines: z.array(z.object({ decisionNumber: z.string(), description: z.string(), plate: z.string().nullable(), fineFen: z.number().int(), surchargeFen: z.number().int(), totalFen: z.number().int() })),
        qrPayload: z.string()
      }),
      pdfBase64: z.string()
    }),
    roles: ['citizen', 'org_agent', 'clerk'],
    modes: BOTH_MODES,
    mutates: false
  }),
  'receipts.reprint': method({
    summary: 'Reprint a receipt, marked as a copy (audited).',
    input: z.object({ number: z.string().min(1).max(40) }),
    output: z.object({ number: z.string(), copies: z.number().int() }),
    roles: ['clerk'],
    modes: ['counter'],
    mutates: true
  }),
  'receipts.verify': method({
    summary: "Verify a receipt's QR payload offline: genuine, forged or unknown.",
    input: z.object({ payload: z.string().min(1).max(2000) }),
    output: z.object({
      verdict: z.enum(['genuine', 'forged', 'unknown']),
      reason: z.string(),
      receipt: z.object({ number: z.string(), decisionNumbers: z.array(z.string()), amountFen: z.number().int(), issuedAt: z.string(), terminalId: z.string() }).nullable(),
      /** Whether this terminal's own records hold the receipt (a genuine receipt from another terminal may not be synced yet). */
      knownLocally: z.boolean()
    }),
    roles: ['clerk'],
    modes: ['counter'],
    mutates: false
  }),
  'dayclose.preview': method({
    summary: "Today's takings of this terminal: totals by channel, every receipt, and differences against the payment terminal's own log.",
    input: z.object({ date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional() }),
    output: z.object({
      date: z.string(),
      closed: z.boolean(),
      totals: z.object({ cardFen: z.number().int(), cashFen: z.number().int(), count: z.number().int() }),
      receipts: z.array(receiptSummarySchema.extend({ paymentId: z.string() })),
      differences: z.array(z.object({ reference: z.string(), kind: z.enum(['missing_in_terminal', 'missing_locally', 'amount_differs']), localFen: z.number().int().nullable(), terminalFen: z.number().int().nullable() }))
    }),
    roles: ['clerk'],
    modes: ['counter'],
    mutates: false
  }),
  'dayclose.close': method({
    summary: 'Close the day: record the totals and produce the printed report (PDF, base64).',
    input: z.object({ date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional() }),
    output: z.object({ date: z.string(), pdfBase64: z.string(), differences: z.number().int() }),
    roles: ['clerk'],
    modes: ['counter'],
    mutates: true
  })
} as const
