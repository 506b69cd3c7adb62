import { z } from 'zod'
import { method } from './define'
import { BOTH_MODES } from './roles'
import { DEFERRAL_KINDS, DEFERRAL_REASONS, LICENCE_SERVICE_KINDS } from '../domain/licence-services'

const dateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: '日期格式应为 YYYY-MM-DD' })
const verdictSchema = z.object({ ok: z.boolean(), rule: z.string().nullable(), message: z.string().nullable() })

/** The licence as the application found it and what it becomes once completed (制证). */
const outcomeSchema = z.object({
  classes: z.array(z.string()),
  validFrom: z.string(),
  validUntil: z.string().nullable(),
  status: z.string(),
  summary: z.string()
})

export const licenceApplicationSchema = z.object({
  id: z.string(),
  /** 业务流水号, printed on the acceptance slip and quoted at the counter. */
  number: z.string(),
  kind: z.enum(LICENCE_SERVICE_KINDS),
  deferral: z.enum(DEFERRAL_KINDS).nullable(),
  /** accepted (受理, waiting for the counter to issue), completed (办结), withdrawn (退办, with the reason). */
  state: z.enum(['accepted', 'completed', 'withdrawn']),
  fileNumber: z.string(),
  citizenName: z.string(),
  maskedIdNumber: z.string(),
  officeName: z.string(),
  submittedAt: z.string(),
  decidedAt: z.string().nullable(),
  decisionNote: z.string().nullable(),
  outcome: outcomeSchema
})
export type LicenceApplicationView = z.infer<typeof licenceApplicationSchema>

/** The applicant's form, one shape per service (src-shared/domain/licence-services.ts ServiceRequest). */
export const licenceRequestSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('renewal'), certificateIssuedOn: dateSchema }),
  z.object({ kind: z.literal('age_exchange'), certificateIssuedOn: dateSchema, target: z.enum(['C1', 'C2']) }),
  z.object({ kind: z.literal('replace_damaged'), reason: z.enum(['damaged', 'details_changed']) }),
  z.object({ kind: z.literal('replace_lost') }),
  z.object({
    kind: z.literal('defer'),
    deferral: z.enum(DEFERRAL_KINDS),
    reason: z.enum(DEFERRAL_REASONS),
    reasonNote: z.string().max(100, { message: '理由不超过100个字' }),
    until: dateSchema
  })
])

export const licenceContract = {
  'licence.services': method({
    summary: "驾驶证业务 for the applicant: their licence, each service with whether it may be applied for today (and the rule if not), and their applications.",
    input: z.object({}).strict(),
    output: z.object({
      licence: z
        .object({
          id: z.string(),
          fileNumber: z.string(),
          classes: z.array(z.string()),
          validFrom: z.string(),
          validUntil: z.string().nullable(),
          status: z.string(),
          officeCode: z.string(),
          officeName: z.string()
        })
        .nullable(),
      age: z.number().int(),
      services: z.array(z.object({ kind: z.enum(LICENCE_SERVICE_KINDS), deferral: z.enum(DEFERRAL_KINDS).nullable(), verdict: verdictSchema })),
      applications: z.array(licenceApplicationSchema)
    }),
    roles: ['citizen', 'clerk'],
    modes: BOTH_MODES,
    mutates: false
  }),
  'licence.apply': method({
    summary: 'Apply for a licence service (期满换证, 超龄换证, 损毁换证, 遗失补证, 延期换证/审验/提交身体条件证明); checked by rule and accepted for the counter to issue.',
    input: licenceRequestSchema,
    output: licenceApplicationSchema,
    roles: ['citizen', 'clerk'],
    modes: BOTH_MODES,
    mutates: true
  }),
  'licence.pending': method({
    summary: "This office's accepted licence applications waiting to be issued, oldest first.",
    input: z.object({}).strict(),
    output: z.object({ applications: z.array(licenceApplicationSchema) }),
    roles: ['clerk'],
    modes: ['counter'],
    mutates: false
  }),
  'licence.complete': method({
    summary: 'Issue an accepted application (办结: the licence takes its new validity or classes) or withdraw it with the reason.',
    input: z
      .object({ applicationId: z.string().min(1).max(64), decision: z.enum(['complete', 'withdraw']), note: z.string().max(200, { message: '说明不超过200个字' }) })
      .refine((input) => input.decision === 'complete' || input.note.trim().length >= 4, { message: '退办须说明原因（至少4个字）', path: ['note'] }),
    output: licenceApplicationSchema,
    roles: ['clerk'],
    modes: ['counter'],
    mutates: true
  })
} as const
