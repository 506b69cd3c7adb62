import { z } from 'zod'
import { method } from './define'
import { BOTH_MODES } from './roles'
import { serviceApplicationSchema, serviceVerdictSchema } from './applications'
import { VEHICLE_SERVICE_KINDS } from '../domain/vehicle-services'

const dateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: '日期格式应为 YYYY-MM-DD' })

/** The owner's form, one shape per service (src-shared/domain/vehicle-services.ts VehicleServiceRequest). */
export const vehicleRequestSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('plate_replace'), vehicleId: z.string().min(1).max(64), reason: z.enum(['lost', 'damaged']), temporaryPlate: z.boolean() }),
  z.object({ kind: z.literal('vehicle_licence_replace'), vehicleId: z.string().min(1).max(64), reason: z.enum(['lost', 'damaged']) }),
  z.object({ kind: z.literal('inspection_label'), vehicleId: z.string().min(1).max(64), insuranceValidUntil: dateSchema, testedOn: dateSchema.nullable() }),
  z.object({ kind: z.literal('label_replace'), vehicleId: z.string().min(1).max(64), insuranceValidUntil: dateSchema })
])

export const vehicleContract = {
  'vehicle.services': method({
    summary: '机动车业务 for the owner: each vehicle registered to them, each service with whether it may be applied for today (and the rule if not), and their applications.',
    input: z.object({}).strict(),
    output: z.object({
      vehicles: z.array(
        z.object({
          id: z.string(),
          plate: z.string(),
          /** 号牌种类 (GA 24.7), for the plate's colour. */
          plateType: z.string(),
          vehicleType: z.string(),
          useNature: z.string(),
          registeredOn: z.string(),
          inspectionDue: z.string(),
          status: z.string(),
          officeName: z.string(),
          /** Whether the next label needs an on-site inspection first (M16). */
          testRequired: z.boolean(),
          services: z.array(z.object({ kind: z.enum(VEHICLE_SERVICE_KINDS), verdict: serviceVerdictSchema }))
        })
      ),
      applications: z.array(serviceApplicationSchema)
    }),
    roles: ['citizen', 'clerk'],
    modes: BOTH_MODES,
    mutates: false
  }),
  'vehicle.apply': method({
    summary: 'Apply for a vehicle service (补换领号牌, 补换领行驶证, 申领或补换领检验合格标志) for a vehicle registered to the applicant; checked by rule and accepted for the counter to issue.',
    input: vehicleRequestSchema,
    output: serviceApplicationSchema,
    roles: ['citizen', 'clerk'],
    modes: BOTH_MODES,
    mutates: true
  })
} as const
