import { z } from 'zod'
import { LICENCE_CLASSES } from '../domain/exams/model'

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
  lines: z.array(paymentLineSchema),
  /** The receipt issued for an approved payment (how a counter proves it in a payment dispute). */
  receiptNumber: z.string().nullable().optional()
})
export type PaymentOutcomePayload = z.infer<typeof paymentOutcomeSchema>
export const PAYMENT_COMMAND_VERSION = 2

const bindingTargetSchema = z.object({ target_kind: z.enum(['licence', 'vehicle']), target_id: z.string() })

/**
 * `auth.registerCitizen`: one account per person, province-wide. The scrypt hash travels so
 * the account can be replicated to every terminal; `binding` is what proved the person.
 */
export const registrationSchema = z.object({
  accountId: z.string(),
  citizenId: z.string(),
  route: z.string(),
  phone: z.string(),
  passwordHash: z.string().min(1),
  binding: bindingTargetSchema
})

/** `auth.registerOrganisation` (version 2): the organisation (pending) and its agent's account as written. */
export const organisationRegisteredSchema = z.object({
  organisation: z.object({
    id: z.string(),
    uscc: z.string(),
    name: z.string(),
    agent_citizen_id: z.string(),
    agent_phone: z.string(),
    status: z.literal('pending'),
    decided_by: z.null(),
    decided_at: z.null(),
    decision_note: z.null(),
    created_at: z.string()
  }),
  account: z.object({
    id: z.string(),
    kind: z.literal('org_agent'),
    citizen_id: z.string(),
    org_id: z.string(),
    username: z.string(),
    display_name: z.string(),
    phone: z.string(),
    password_hash: z.string().min(1),
    disabled: z.number().int(),
    created_at: z.string(),
    updated_at: z.string()
  })
})

/** `counter.decideOrganisation` (version 1): the clerk's decision; who and when are the command's. */
export const organisationDecidedSchema = z.object({ organisationId: z.string(), decision: z.enum(['approved', 'rejected']), note: z.string() })

/** `me.bindLicence` ({accountId, licenceId}) and `me.bindVehicle` ({accountId, vehicleId}). */
export const accountBindingSchema = z
  .object({ accountId: z.string(), licenceId: z.string().optional(), vehicleId: z.string().optional() })
  .refine((payload) => (payload.licenceId === undefined) !== (payload.vehicleId === undefined), { message: 'exactly one of licenceId, vehicleId' })

/** `me.unbind`. */
export const accountUnbindingSchema = z.object({ accountId: z.string(), kind: z.enum(['licence', 'vehicle']), id: z.string() })

/** `counter.resetCitizenPassword`: the new scrypt hash. */
export const accountPasswordSchema = z.object({ accountId: z.string(), passwordHash: z.string().min(1) })

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

const subjectSchema = z.enum(['k1', 'k2', 'k3_road', 'k3_safety'])
const examSettingsSchema = z.object({ allowConcurrentK2K3: z.boolean(), priorityBooking: z.boolean() })

/** `exams.book` (version 2): the booking row as written, and the office settings the terminal checked it with. */
export const examBookedSchema = z.object({
  booking: z.object({
    id: z.string(),
    citizen_id: z.string(),
    plan_id: z.string(),
    subject: subjectSchema,
    mode: z.enum(['self_select', 'arrangement']),
    booking_by: z.enum(['venue', 'region']),
    place_id: z.string(),
    range_from: z.string(),
    range_to: z.string(),
    session_ids: z.string(),
    submitted_at: z.string(),
    priority: z.number().int(),
    status: z.literal('pending'),
    seated_session_id: z.null(),
    not_seated_reason: z.null(),
    rank_position: z.null(),
    cancelled_at: z.null(),
    was_seated: z.number().int()
  }),
  settings: examSettingsSchema
})
export type ExamBookedPayload = z.infer<typeof examBookedSchema>

/** `exams.cancel` (version 1); the cancellation instant is the command's. */
export const examCancelledSchema = z.object({ bookingId: z.string(), wasSeated: z.boolean() })

/** `exams.allocate` (version 2): the central service re-runs the allocation with this seed and these settings. */
export const examAllocatedSchema = z.object({ planId: z.string(), seed: z.number().int().nonnegative(), settings: examSettingsSchema, runAt: z.string() })

/** `exams.recordResult` (version 1): the attempt as written, and the permit day it issued (科目一 passed), if any. */
export const examResultSchema = z.object({
  bookingId: z.string(),
  attemptId: z.string(),
  citizenId: z.string(),
  subject: subjectSchema,
  result: z.enum(['pass', 'fail', 'absent']),
  at: z.string(),
  permitIssuedOn: z.string().nullable()
})

/** `exams.acceptApplication` (version 1): the learner's record as written at the counter. */
export const examApplicationSchema = z.object({
  permit: z.object({
    citizen_id: z.string(),
    licence_class: z.enum(LICENCE_CLASSES),
    application_accepted_at: z.string(),
    adding_to_car_class: z.number().int(),
    permit_issued_on: z.null(),
    office_code: z.string()
  })
})

/** A row of `holiday_calendars` as an administrator set it: sorted JSON arrays of dates. */
export const holidayCalendarRowSchema = z.object({
  year: z.string().regex(/^\d{4}$/),
  holidays: z.string(),
  make_up_workdays: z.string(),
  source: z.enum(['builtin', 'admin']),
  updated_at: z.string().nullable(),
  updated_by: z.string().nullable()
})
export type HolidayCalendarRow = z.infer<typeof holidayCalendarRowSchema>

/** `exams.updateCalendar` (version 2): the year's row as written; the central service checks it again. */
export const holidayCalendarSchema = z.object({ calendar: holidayCalendarRowSchema.extend({ source: z.literal('admin'), updated_at: z.string() }) })
export type HolidayCalendarPayload = z.infer<typeof holidayCalendarSchema>

/** `exams.updateSettings` (version 1): the office's settings row as written. */
export const officeExamSettingsSchema = z.object({
  settings: z.object({
    office_code: z.string(),
    allow_concurrent_k2k3: z.union([z.literal(0), z.literal(1)]),
    priority_booking: z.union([z.literal(0), z.literal(1)]),
    updated_at: z.string(),
    updated_by: z.string().nullable()
  })
})
export type OfficeExamSettingsPayload = z.infer<typeof officeExamSettingsSchema>

/**
 * `licence.apply` and `vehicle.apply` (version 1): the application as written, and the facts
 * the terminal read from records the central service does not index by licence or vehicle
 * (unhandled violations; for a licence, full scoring cycles of its validity period).
 */
export const serviceApplicationPayloadSchema = z.object({
  application: z.object({
    id: z.string(),
    number: z.string(),
    subject: z.enum(['licence', 'vehicle']),
    kind: z.enum(['renewal', 'age_exchange', 'replace_damaged', 'replace_lost', 'defer', 'plate_replace', 'vehicle_licence_replace', 'inspection_label', 'label_replace']),
    subject_id: z.string(),
    citizen_id: z.string(),
    office_code: z.string(),
    request: z.string(),
    outcome: z.string(),
    state: z.literal('accepted'),
    submitted_at: z.string(),
    submitted_role: z.string(),
    submitted_terminal: z.string(),
    decided_at: z.null(),
    decided_by: z.null(),
    decision_note: z.null()
  }),
  context: z.object({ unhandledViolations: z.number().int().nonnegative(), fullCycles: z.number().int().nonnegative() })
})
export type ServiceApplicationPayload = z.infer<typeof serviceApplicationPayloadSchema>

/** `applications.decide` (version 1): issued (the licence or vehicle takes the application's outcome) or withdrawn. */
export const serviceDecisionSchema = z.object({
  applicationId: z.string(),
  decision: z.enum(['complete', 'withdraw']),
  note: z.string().nullable(),
  decidedAt: z.string(),
  decidedBy: z.string().nullable()
})
export type ServiceDecisionPayload = z.infer<typeof serviceDecisionSchema>

/** `plates.reserve` (version 1): the number held for a VIN, as written. */
export const plateReservationSchema = z.object({
  reservation: z.object({
    id: z.string(),
    plate: z.string(),
    vin: z.string().length(17),
    citizen_id: z.string(),
    office_code: z.string(),
    source: z.enum(['random', 'composed']),
    reserved_at: z.string(),
    held_until: z.string()
  })
})
export type PlateReservationPayload = z.infer<typeof plateReservationSchema>

/**
 * `disputes.raise` (version 1): the dispute as the terminal stored it, so the central service
 * can block the record province-wide and the deciding office knows what it reviews.
 */
export const disputeRaisedSchema = z.object({
  dispute: z.object({
    id: z.string(),
    violation_id: z.string(),
    record_number: z.string(),
    description: z.string(),
    kind: z.enum(['record', 'payment_not_cleared']),
    reason: z.string(),
    evidence: z.string().nullable(),
    raised_by_role: z.enum(['citizen', 'org_agent', 'clerk']),
    raised_by_account: z.string().nullable(),
    raised_for_citizen: z.string().nullable(),
    raised_at: z.string(),
    raised_terminal: z.string(),
    office_code: z.string(),
    due_on: z.string()
  })
})
export type DisputeRaisedPayload = z.infer<typeof disputeRaisedSchema>

/**
 * `disputes.decide` (version 1). An upheld payment dispute carries the receipt that proved the
 * payment and its instant, which becomes the record's paid_at.
 */
export const disputeDecidedSchema = z.object({
  disputeId: z.string(),
  violationId: z.string(),
  kind: z.enum(['record', 'payment_not_cleared']),
  outcome: z.enum(['upheld', 'rejected']),
  note: z.string(),
  officeCode: z.string(),
  decidedAt: z.string(),
  /** The deciding clerk's account, stored on the dispute. */
  decidedBy: z.string().nullable(),
  proof: z.object({ receiptNumber: z.string(), paidAt: z.string() }).nullable()
})
export type DisputeDecidedPayload = z.infer<typeof disputeDecidedSchema>
export const DISPUTE_COMMAND_VERSION = 1

/** Rule codes the central service answers with when it refuses a command. */
export const CENTRAL_RULES = {
  PAYMENT_DUPLICATE: 'PAYMENT_DUPLICATE',
  PAYMENT_AMOUNT_MISMATCH: 'PAYMENT_AMOUNT_MISMATCH',
  PAYMENT_UNKNOWN_RECORD: 'PAYMENT_UNKNOWN_RECORD',
  HANDLE_FINE_LIMIT: 'HANDLE_FINE_LIMIT',
  REG_ALREADY_REGISTERED: 'REG_ALREADY_REGISTERED',
  /** The person is not in the central archive. */
  REG_NOT_IN_ARCHIVE: 'REG_NOT_IN_ARCHIVE',
  /** The licence or vehicle the registration was proven with is not the person's in the central archive. */
  REG_PROOF_MISMATCH: 'REG_PROOF_MISMATCH',
  /** A change to an account the central service never accepted (its registration was refused). */
  ACCOUNT_UNKNOWN: 'ACCOUNT_UNKNOWN',
  /** An organisation whose credit code is already registered (elsewhere, first). */
  ORG_REGISTERED_ELSEWHERE: 'ORG_REGISTERED_ELSEWHERE',
  /** An organisation whose handling person is not in the central archive. */
  ORG_AGENT_NOT_IN_ARCHIVE: 'ORG_AGENT_NOT_IN_ARCHIVE',
  /** A decision on an organisation the central service holds as decided already, or not at all. */
  ORG_DECISION_CHANGED: 'ORG_DECISION_CHANGED',
  /** A binding of a licence or vehicle that is not the account holder's in the central archive. */
  BIND_NOT_OWNER: 'BIND_NOT_OWNER',
  CONTACT_NOT_OWNER: 'CONTACT_NOT_OWNER',
  EXAM_PLAN_PUBLISHED_LATE: 'EXAM_PLAN_PUBLISHED_LATE',
  EXAM_PLAN_VENUE_ELSEWHERE: 'EXAM_PLAN_VENUE_ELSEWHERE',
  /** A dispute about a record the central service does not hold (deleted, or never synced). */
  DISPUTE_UNKNOWN_RECORD: 'DISPUTE_UNKNOWN_RECORD',
  /** A `record` dispute on a record the central service already holds as paid. */
  DISPUTE_RECORD_ALREADY_PAID: 'DISPUTE_RECORD_ALREADY_PAID',
  /** Upholding a `record` dispute on a record with payments: it cannot simply be deleted. */
  DISPUTE_RECORD_HAS_PAYMENTS: 'DISPUTE_RECORD_HAS_PAYMENTS',
  /** A decision from a terminal of another office than the violation's. */
  DISPUTE_OFFICE_MISMATCH: 'DISPUTE_OFFICE_MISMATCH',
  /** Another dispute on the same record was raised elsewhere first and is still open. */
  DISPUTE_ALREADY_OPEN: 'DISPUTE_ALREADY_OPEN',
  /** A booking the central rules refuse (eligibility read on the central records: details.rule names the E-rule). */
  EXAM_BOOKING_REFUSED: 'EXAM_BOOKING_REFUSED',
  /** A cancellation or result for a booking the central service holds in another state, or not at all. */
  EXAM_BOOKING_CHANGED: 'EXAM_BOOKING_CHANGED',
  /** A second allocation of a plan, with another seed. */
  EXAM_ALREADY_ALLOCATED: 'EXAM_ALREADY_ALLOCATED',
  /** A holiday calendar year the central service's calendar rules refuse (details.rule names the rule). */
  CALENDAR_YEAR_REFUSED: 'CALENDAR_YEAR_REFUSED',
  /** Exam settings for another office than the terminal's own. */
  EXAM_SETTINGS_OFFICE_MISMATCH: 'EXAM_SETTINGS_OFFICE_MISMATCH',
  /** A licence application the central records refuse (details.rule names the rule). */
  EXAM_APPLICATION_REFUSED: 'EXAM_APPLICATION_REFUSED',
  /** A licence or vehicle application the central records refuse (details.rule names the L- or M-rule). */
  SERVICE_APPLICATION_REFUSED: 'SERVICE_APPLICATION_REFUSED',
  /** Issuing or withdrawing an application the central service holds in another state, or not at all. */
  SERVICE_APPLICATION_CHANGED: 'SERVICE_APPLICATION_CHANGED',
  /** A pre-selected number taken elsewhere first, or a VIN that already holds one (details.rule). */
  PLATE_RESERVATION_REFUSED: 'PLATE_RESERVATION_REFUSED',
  COMMAND_UNSUPPORTED_VERSION: 'COMMAND_UNSUPPORTED_VERSION',
  COMMAND_INVALID_PAYLOAD: 'COMMAND_INVALID_PAYLOAD',
  /** The central service could not execute the command at all: parked for review instead of blocking the queue. */
  COMMAND_FAILED: 'COMMAND_FAILED'
} as const
