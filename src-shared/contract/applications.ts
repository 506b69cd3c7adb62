import { z } from 'zod'
import { method } from './define'
import { DEFERRAL_KINDS, LICENCE_SERVICE_KINDS } from '../domain/licence-services'
import { VEHICLE_SERVICE_KINDS } from '../domain/vehicle-services'

/** Whether a service may be applied for today, and the rule when not. */
export const serviceVerdictSchema = z.object({ ok: z.boolean(), rule: z.string().nullable(), message: z.string().nullable() })

/**
 * What the licence or vehicle becomes once the application is issued: `summary` in words, and
 * the new figures of the subject (licence: classes, validity, status; vehicle: inspection
 * validity, status, and the day the documents are ready).
 */
const outcomeSchema = z.object({
  summary: z.string(),
  classes: z.array(z.string()).optional(),
  validFrom: z.string().optional(),
  validUntil: z.string().nullable().optional(),
  status: z.string().optional(),
  inspectionDue: z.string().optional(),
  readyBy: z.string().optional()
})

/** A 驾驶证业务 or 机动车业务 application as the applicant and the counter see it. */
export const serviceApplicationSchema = z.object({
  id: z.string(),
  /** 业务流水号, printed on the acceptance slip and quoted at the counter. */
  number: z.string(),
  subject: z.enum(['licence', 'vehicle']),
  kind: z.enum([...LICENCE_SERVICE_KINDS, ...VEHICLE_SERVICE_KINDS]),
  deferral: z.enum(DEFERRAL_KINDS).nullable(),
  /** accepted (受理, waiting for the counter to issue), completed (办结), withdrawn (退办, with the reason). */
  state: z.enum(['accepted', 'completed', 'withdrawn']),
  /** The licence's file number or the vehicle's plate. */
  subjectLabel: z.string(),
  citizenName: z.string(),
  maskedIdNumber: z.string(),
  officeName: z.string(),
  submittedAt: z.string(),
  decidedAt: z.string().nullable(),
  decisionNote: z.string().nullable(),
  outcome: outcomeSchema
})
export type ServiceApplicationView = z.infer<typeof serviceApplicationSchema>

export const applicationsContract = {
  'applications.pending': method({
    summary: "This office's accepted 驾驶证业务 and 机动车业务 applications waiting to be issued, oldest first.",
    input: z.object({}).strict(),
    output: z.object({ applications: z.array(serviceApplicationSchema) }),
    roles: ['clerk'],
    modes: ['counter'],
    mutates: false
  }),
  'applications.decide': method({
    summary: 'Issue an accepted application (办结: the licence or vehicle takes its outcome) or withdraw it (退办) with the reason.',
    input: z
      .object({ applicationId: z.string().min(1).max(64), decision: z.enum(['complete', 'withdraw']), note: z.string().max(200, { message: '说明不超过200个字' }) })
      .refine((input) => input.decision === 'complete' || input.note.trim().length >= 4, { message: '退办须说明原因（至少4个字）', path: ['note'] }),
    output: serviceApplicationSchema,
    roles: ['clerk'],
    modes: ['counter'],
    mutates: true
  })
} as const
