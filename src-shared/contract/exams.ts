import { z } from 'zod'
import { method } from './define'
import { BOTH_MODES, STAFF } from './roles'
import { LICENCE_CLASSES } from '../domain/exams/model'

const subjectSchema = z.enum(['k1', 'k2', 'k3_road', 'k3_safety'])
const dateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: '日期格式应为 YYYY-MM-DD' })
const examOutcomeSchema = z.enum(['pass', 'fail', 'absent'])
const verdictSchema = z.object({ ok: z.boolean(), rule: z.string().nullable(), message: z.string().nullable() })

/** One year of the holiday calendar working days are counted on. */
const calendarYearSchema = z.object({
  year: z.number().int(),
  /** False for a year the calendar has no entries for: weekends only. */
  known: z.boolean(),
  source: z.enum(['builtin', 'admin']).nullable(),
  updatedAt: z.string().nullable(),
  holidays: z.array(z.string()),
  makeUpWorkdays: z.array(z.string()),
  /** Every year the calendar lists, for the year picker. */
  years: z.array(z.number().int())
})
const yearSchema = z.number().int().min(2000, { message: '年份须在 2000 至 2099 之间' }).max(2099, { message: '年份须在 2000 至 2099 之间' })

/**
 * The office exam settings in force: `office` when the office has set them (here or at another
 * terminal of the office, through the central service), `terminal` while it has not and the
 * terminal's configuration applies.
 */
const officeSettingsViewSchema = z.object({
  officeCode: z.string(),
  allowConcurrentK2K3: z.boolean(),
  priorityBooking: z.boolean(),
  source: z.enum(['office', 'terminal']),
  updatedAt: z.string().nullable(),
  updatedBy: z.string().nullable()
})

/** What every view of a plan shows: subject, classes, booking by venue or region, window and days. */
const planSummarySchema = z.object({
  id: z.string(),
  subject: subjectSchema,
  licenceClasses: z.array(z.string()),
  bookingBy: z.enum(['venue', 'region']),
  opensOn: z.string(),
  closesOn: z.string(),
  resultsOn: z.string(),
  firstExamOn: z.string()
})

export const examBookingSchema = z.object({
  id: z.string(),
  planId: z.string(),
  subject: subjectSchema,
  /**
   * `result_pending`: seated, the exam day has passed and no result is recorded yet; `completed`:
   * seated and the result is recorded (see `result`). The other four are the booking's own state.
   */
  status: z.enum(['pending', 'cancelled', 'seated', 'not_seated', 'result_pending', 'completed']),
  mode: z.enum(['self_select', 'arrangement']),
  bookingBy: z.enum(['venue', 'region']),
  placeName: z.string(),
  from: z.string(),
  to: z.string(),
  sessionIds: z.array(z.string()),
  submittedAt: z.string(),
  /** 排序时间 and why it is that time (E13), shown so ranking is not opaque (U5). */
  ranking: z.object({ at: z.string(), reason: z.enum(['application_accepted', 'previous_exam', 'cancelled_booking']), explanation: z.string() }),
  priority: z.boolean(),
  /** While the window is open: rank among this plan's applicants at the same venue or region, against the seats they could take. */
  standing: z.object({ position: z.number().int(), applicants: z.number().int(), seats: z.number().int() }).nullable(),
  seat: z.object({ sessionId: z.string(), venueName: z.string(), date: z.string(), startsAt: z.string() }).nullable(),
  notSeatedReason: z.enum(['NO_ACCEPTABLE_SESSION', 'NO_CAPACITY_AT_RANK']).nullable(),
  cancellable: z.boolean(),
  /** Last day to cancel: for a pending request the window's last day; for a seat one working day before the exam (E9). */
  cancelDeadline: z.string().nullable(),
  /** The recorded outcome of a seat; `absent` (no-show) counts as a failed attempt (E9). */
  result: z.object({ outcome: examOutcomeSchema, at: z.string() }).nullable(),
  /** Seated, on or after the exam day, and no result yet: staff may record one. */
  resultRecordable: z.boolean()
})
export type ExamBookingView = z.infer<typeof examBookingSchema>

export const examsContract = {
  'exams.overview': method({
    summary: "The applicant's learner's permit, passed subjects, bookings used (x/5) and bookings with ranking time, standing and results.",
    input: z.object({}).strict(),
    output: z.object({
      permit: z
        .object({
          licenceClass: z.string(),
          applicationAcceptedAt: z.string(),
          permitIssuedOn: z.string().nullable(),
          lastValidDay: z.string().nullable(),
          bookingsUsed: z.object({ k2: z.number().int(), k3_road: z.number().int() }),
          bookingLimit: z.number().int(),
          /** First days 科目二 and 科目三 road may be booked, from the permit (E5, E6); null without a permit or a wait for the class. */
          earliestBooking: z.object({ k2: z.string().nullable(), k3_road: z.string().nullable() })
        })
        .nullable(),
      /** Passes that still count. */
      passed: z.array(z.object({ subject: subjectSchema, on: z.string() })),
      /**
       * Set once a fifth 科目二 or 科目三 road booking failed: every pass is void and the learner must
       * apply again from 科目一 (E8). `passes` are the voided ones; `message` is the reason in Chinese.
       */
      resultsVoid: z
        .object({
          subject: subjectSchema,
          failedOn: z.string(),
          result: z.enum(['fail', 'absent']),
          message: z.string(),
          passes: z.array(z.object({ subject: subjectSchema, on: z.string() }))
        })
        .nullable(),
      bookings: z.array(examBookingSchema)
    }),
    roles: ['citizen', 'clerk'],
    modes: BOTH_MODES,
    mutates: false
  }),
  'exams.plans': method({
    summary: 'Published exam plans open for applications, with places, sessions (capacity and current demand) and whether this applicant may book each.',
    input: z.object({}).strict(),
    output: z.object({
      plans: z.array(
        planSummarySchema.extend({
          officeName: z.string(),
          places: z.array(z.object({ id: z.string(), name: z.string(), venues: z.array(z.string()) })),
          sessions: z.array(z.object({ id: z.string(), placeId: z.string(), venueName: z.string(), date: z.string(), startsAt: z.string(), capacity: z.number().int(), demand: z.number().int() })),
          eligibility: verdictSchema
        })
      )
    }),
    roles: ['citizen', 'clerk'],
    modes: BOTH_MODES,
    mutates: false
  }),
  'exams.book': method({
    summary: 'Apply for a plan at a venue or region: self-select sessions, or accept any qualifying session in a date range.',
    input: z.discriminatedUnion('mode', [
      z.object({ mode: z.literal('self_select'), planId: z.string().min(1).max(64), placeId: z.string().min(1).max(64), sessionIds: z.array(z.string().min(1).max(64)).min(1).max(30) }),
      z.object({ mode: z.literal('arrangement'), planId: z.string().min(1).max(64), placeId: z.string().min(1).max(64), from: dateSchema, to: dateSchema })
    ]),
    output: examBookingSchema,
    roles: ['citizen', 'clerk'],
    modes: BOTH_MODES,
    mutates: true,
    // Payload: the booking row as written and the office settings it was checked with (examBookedSchema).
    version: 2
  }),
  'exams.cancel': method({
    summary: 'Cancel a booking: a pending one until the window closes; a seated one until one working day before the exam.',
    input: z.object({ bookingId: z.string().min(1).max(64) }),
    output: examBookingSchema,
    roles: ['citizen', 'clerk'],
    modes: BOTH_MODES,
    mutates: true
  }),
  'exams.slip': method({
    summary: 'The appointment slip of a seated booking: an 80 mm PDF (base64) with a signed QR code.',
    input: z.object({ bookingId: z.string().min(1).max(64) }),
    output: z.object({ qrPayload: z.string(), pdfBase64: z.string() }),
    roles: ['citizen', 'clerk'],
    modes: BOTH_MODES,
    mutates: false
  }),
  'exams.verifySlip': method({
    summary: "Verify an appointment slip's QR code offline: genuine, forged or unknown.",
    input: z.object({ payload: z.string().min(1).max(2000) }),
    output: z.object({
      verdict: z.enum(['genuine', 'forged', 'unknown']),
      reason: z.string(),
      slip: z.object({ bookingId: z.string(), name: z.string(), maskedIdNumber: z.string(), subject: z.string(), venue: z.string(), date: z.string(), startsAt: z.string(), terminalId: z.string() }).nullable()
    }),
    roles: ['clerk'],
    modes: ['counter'],
    mutates: false
  }),
  'exams.planList': method({
    summary: "This office's exam plans for the admin: window, results day, applications, and whether results are published.",
    input: z.object({}).strict(),
    output: z.object({
      venues: z.array(z.object({ id: z.string(), name: z.string(), regionName: z.string(), subjects: z.array(subjectSchema) })),
      plans: z.array(
        planSummarySchema.extend({
          publishedOn: z.string(),
          sessions: z.number().int(),
          seats: z.number().int(),
          pending: z.number().int(),
          allocation: z.object({ runAt: z.string(), seed: z.number().int(), applications: z.number().int(), seated: z.number().int() }).nullable(),
          canAllocate: z.boolean()
        })
      )
    }),
    roles: ['admin'],
    modes: BOTH_MODES,
    mutates: false
  }),
  'exams.createPlan': method({
    summary: "Publish an exam plan of this terminal's office: subject, classes, booking by venue or region, window, results day and sessions.",
    input: z
      .object({
        subject: subjectSchema,
        licenceClasses: z.array(z.enum(['A1', 'A2', 'A3', 'B1', 'B2', 'C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'D', 'E', 'F', 'M', 'N', 'P'])).min(1),
        bookingBy: z.enum(['venue', 'region']),
        windowOpensOn: dateSchema,
        windowClosesOn: dateSchema,
        resultsOn: dateSchema,
        sessions: z
          .array(z.object({ venueId: z.string().min(1).max(64), date: dateSchema, startsAt: z.string().regex(/^\d{2}:\d{2}$/), capacity: z.number().int().min(1).max(2000) }))
          .min(1)
          .max(500)
      })
      .refine((p) => p.windowOpensOn <= p.windowClosesOn && p.windowClosesOn <= p.resultsOn, { message: '须满足：受理开始 ≤ 受理截止 ≤ 结果公布日', path: ['resultsOn'] }),
    output: z.object({ planId: z.string(), firstExamOn: z.string() }),
    roles: ['admin'],
    modes: BOTH_MODES,
    mutates: true,
    // Payload: the plan and session rows as written (src-shared/sync/commands.ts examPlanSchema).
    version: 2,
    // Plans and allocation are the central service's: an enrolled terminal runs them only online.
    offline: 'online_only'
  }),
  'exams.allocate': method({
    summary: 'On the results day, rank and seat every application of a plan at once (seeded, recorded draw) and publish the results.',
    input: z.object({ planId: z.string().min(1).max(64) }),
    output: z.object({ planId: z.string(), seed: z.number().int(), applications: z.number().int(), seated: z.number().int(), draws: z.number().int() }),
    roles: ['admin'],
    modes: BOTH_MODES,
    mutates: true,
    // Payload: the seed and settings; the central service re-runs the allocation on its own rows (examAllocatedSchema).
    version: 2,
    // Plans and allocation are the central service's: an enrolled terminal runs them only online.
    offline: 'online_only'
  }),
  'exams.acceptApplication': method({
    summary:
      'Accept a licence application (受理驾驶证申请) for the citizen being served: starts their exam record, or starts it again once a failed fifth booking voided the passes (E8) or the permit ran out (E4).',
    input: z.object({ licenceClass: z.enum(LICENCE_CLASSES), addingToCarClass: z.boolean() }),
    output: z.object({ licenceClass: z.string(), acceptedAt: z.string(), replaced: z.boolean() }),
    roles: ['clerk'],
    modes: ['counter'],
    mutates: true
  }),
  'exams.recordResult': method({
    summary: "Record the outcome of a seated booking on or after its exam day: pass, fail or absent (a no-show, counted as a failed attempt).",
    input: z.object({ bookingId: z.string().min(1).max(64), result: examOutcomeSchema }),
    output: examBookingSchema,
    roles: STAFF,
    modes: ['counter'],
    mutates: true
  }),
  'exams.calendar': method({
    summary: 'One year of the holiday calendar working days are counted on: holidays and make-up working days (调休上班).',
    input: z.object({ year: yearSchema }).strict(),
    output: calendarYearSchema,
    roles: STAFF,
    modes: BOTH_MODES,
    mutates: false
  }),
  'exams.updateCalendar': method({
    summary: "Replace one year's holidays and make-up working days (from the State Council's yearly notice).",
    input: z
      .object({
        year: yearSchema,
        holidays: z.array(dateSchema).max(366),
        makeUpWorkdays: z.array(dateSchema).max(366)
      })
      .strict(),
    output: calendarYearSchema,
    roles: ['admin'],
    modes: BOTH_MODES,
    mutates: true,
    // Payload: the year's row as written (holidayCalendarSchema); the central service checks it again and sends it to every terminal.
    version: 2,
    // The calendar is the province's: an enrolled terminal changes it only online, so two offices never count days differently for long.
    offline: 'online_only'
  }),
  'exams.settings': method({
    summary: "This office's exam settings (two subjects pending at once, priority booking for permits running out) and where they come from.",
    input: z.object({}).strict(),
    output: officeSettingsViewSchema,
    roles: STAFF,
    modes: BOTH_MODES,
    mutates: false
  }),
  'exams.updateSettings': method({
    summary: "Set this office's exam settings; every kiosk and counter of the office books and ranks with them.",
    input: z.object({ allowConcurrentK2K3: z.boolean(), priorityBooking: z.boolean() }).strict(),
    output: officeSettingsViewSchema,
    roles: ['admin'],
    modes: BOTH_MODES,
    mutates: true,
    // Payload: the settings row as written (officeExamSettingsSchema).
    // The settings are the office's: an enrolled terminal changes them only online.
    offline: 'online_only'
  })
} as const
