import { z } from 'zod'
import { method } from './define'
import { BOTH_MODES } from './roles'
import { serviceApplicationSchema, serviceVerdictSchema } from './applications'
import { DEFERRAL_KINDS, DEFERRAL_REASONS, LICENCE_SERVICE_KINDS } from '../domain/licence-services'

const dateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: '日期格式应为 YYYY-MM-DD' })

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
      services: z.array(z.object({ kind: z.enum(LICENCE_SERVICE_KINDS), deferral: z.enum(DEFERRAL_KINDS).nullable(), verdict: serviceVerdictSchema })),
      applications: z.array(serviceApplicationSchema)
    }),
    roles: ['citizen', 'clerk'],
    modes: BOTH_MODES,
    mutates: false
  }),
  'licence.apply': method({
    summary: 'Apply for a licence service (期满换证, 超龄换证, 损毁换证, 遗失补证, 延期换证/审验/提交身体条件证明); checked by rule and accepted for the counter to issue.',
    input: licenceRequestSchema,
    output: serviceApplicationSchema,
    roles: ['citizen', 'clerk'],
    modes: BOTH_MODES,
    mutates: true
  })
} as const
