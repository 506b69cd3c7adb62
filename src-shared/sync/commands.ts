import { z } from 'zod'

/**
 * Payloads of the commands the central service re-executes with the domain rules. Every other
 * command is stored under its idempotency key as a record of what the terminal did (audit,
 * day closes, reprints) without a central effect.
 */
export const paymentLineSchema = z.object({
  violationId: z.string(),
  decisionNumber: z.string(),
  /** A camera record handled (decided) in this payment. */
  handling: z.boolean(),
  fineFen: z.number().int().nonnegative(),
  surchargeFen: z.number().int().nonnegative(),
  totalFen: z.number().int().nonnegative()
})
export type PaymentLinePayload = z.infer<typeof paymentLineSchema>

/** `payments.pay` (version 2) and `payments.settle` (version 2): a payment's final outcome. */
export const paymentOutcomeSchema = z.object({
  paymentId: z.string(),
  channel: z.enum(['card', 'cash']),
  outcome: z.enum(['approved', 'declined', 'unknown']),
  amountFen: z.number().int().nonnegative(),
  /** Instant the outcome was settled (ISO); the decision and late fee are priced on its China date. */
  settledAt: z.string(),
  lines: z.array(paymentLineSchema)
})
export type PaymentOutcomePayload = z.infer<typeof paymentOutcomeSchema>
export const PAYMENT_COMMAND_VERSION = 2

/** `auth.registerCitizen`: one account per person, province-wide. */
export const registrationSchema = z.object({
  accountId: z.string(),
  citizenId: z.string(),
  route: z.string(),
  phone: z.string()
}).passthrough()

/** `me.updateContacts`: the licence and vehicle contact records are central records. */
export const contactsSchema = z.object({
  citizenId: z.string(),
  phone: z.string(),
  address: z.string().optional(),
  signIn: z.boolean(),
  licence: z.boolean(),
  vehicleIds: z.array(z.string())
})

/** `exams.createPlan` (version 2): the plan and its sessions as the terminal wrote them. */
export const examPlanSchema = z.object({
  plan: z.object({
    id: z.string(),
    office_code: z.string(),
    subject: z.enum(['k1', 'k2', 'k3_road', 'k3_safety']),
    licence_classes: z.string(),
    booking_by: z.enum(['venue', 'region']),
    published_on: z.string(),
    window_opens_on: z.string(),
    window_closes_on: z.string(),
    results_on: z.string(),
    first_exam_on: z.string()
  }),
  sessions: z
    .array(z.object({ id: z.string(), plan_id: z.string(), venue_id: z.string(), exam_date: z.string(), starts_at: z.string(), capacity: z.number().int().positive() }))
    .min(1)
})
export type ExamPlanPayload = z.infer<typeof examPlanSchema>

/** Rule codes the central service answers with when it refuses a command. */
export const CENTRAL_RULES = {
  PAYMENT_DUPLICATE: 'PAYMENT_DUPLICATE',
  PAYMENT_AMOUNT_MISMATCH: 'PAYMENT_AMOUNT_MISMATCH',
  PAYMENT_UNKNOWN_RECORD: 'PAYMENT_UNKNOWN_RECORD',
  HANDLE_FINE_LIMIT: 'HANDLE_FINE_LIMIT',
  REG_ALREADY_REGISTERED: 'REG_ALREADY_REGISTERED',
  CONTACT_NOT_OWNER: 'CONTACT_NOT_OWNER',
  EXAM_PLAN_PUBLISHED_LATE: 'EXAM_PLAN_PUBLISHED_LATE',
  EXAM_PLAN_VENUE_ELSEWHERE: 'EXAM_PLAN_VENUE_ELSEWHERE',
  COMMAND_UNSUPPORTED_VERSION: 'COMMAND_UNSUPPORTED_VERSION',
  COMMAND_INVALID_PAYLOAD: 'COMMAND_INVALID_PAYLOAD',
  /** The central service could not execute the command at all: parked for review instead of blocking the queue. */
  COMMAND_FAILED: 'COMMAND_FAILED'
} as const
