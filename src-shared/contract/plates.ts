import { z } from 'zod'
import { method } from './define'
import { BOTH_MODES } from './roles'
import { vinSchema } from '../domain/identifiers/zod'

const reservationSchema = z.object({
  id: z.string(),
  plate: z.string(),
  /** The VIN with all but its last six characters masked. */
  maskedVin: z.string(),
  source: z.enum(['random', 'composed']),
  reservedAt: z.string(),
  /** Last day the number is held for registration (three working days, M6). */
  heldUntil: z.string(),
  /** held until the day passes; lapsed after it (the number returned to the pool). */
  state: z.enum(['held', 'lapsed'])
})
export type PlateReservationView = z.infer<typeof reservationSchema>

const selectionSchema = z.object({
  vin: z.string(),
  /** 鲁A: the terminal office's plate prefix every number here starts with. */
  prefix: z.string(),
  /** Random batches drawn so far, each of ten full plates; the last is the one to pick from. */
  batches: z.array(z.array(z.string())),
  batchesLeft: z.number().int(),
  composedLeft: z.number().int(),
  reservation: reservationSchema.nullable()
})

export const platesContract = {
  'plates.overview': method({
    summary: '号牌预选 for the applicant: the office prefix, the selection rule, and the numbers they hold.',
    input: z.object({}).strict(),
    output: z.object({ prefix: z.string(), reservations: z.array(reservationSchema) }),
    roles: ['citizen', 'clerk'],
    modes: BOTH_MODES,
    mutates: false
  }),
  'plates.start': method({
    summary: "Start or resume a new car's plate selection by its VIN: refused for a VIN already registered or already holding a number.",
    input: z.object({ vin: vinSchema }),
    output: selectionSchema,
    roles: ['citizen', 'clerk'],
    modes: BOTH_MODES,
    mutates: false
  }),
  'plates.draw': method({
    summary: 'Draw the next batch of ten random numbers for the VIN (at most five batches).',
    input: z.object({ vin: vinSchema }),
    output: selectionSchema,
    roles: ['citizen', 'clerk'],
    modes: BOTH_MODES,
    mutates: true,
    // The pool of free numbers is the central service's: an enrolled terminal selects only online.
    offline: 'online_only'
  }),
  'plates.compose': method({
    summary: 'Check up to five composed numbers in order (at most twenty per VIN): each against the selection rule and the numbers taken.',
    input: z.object({ vin: vinSchema, candidates: z.array(z.string().max(12)).min(1).max(5) }),
    output: z.object({
      results: z.array(z.object({ candidate: z.string(), plate: z.string().nullable(), ok: z.boolean(), rule: z.string().nullable(), message: z.string().nullable() })),
      selection: selectionSchema
    }),
    roles: ['citizen', 'clerk'],
    modes: BOTH_MODES,
    mutates: true,
    offline: 'online_only'
  }),
  'plates.reserve': method({
    summary: 'Hold one number for the VIN: one from its last random batch, or a composed one that passes the rule and is free. Final: it cannot be changed.',
    input: z.object({ vin: vinSchema, plate: z.string().min(7).max(12), source: z.enum(['random', 'composed']) }),
    output: reservationSchema,
    roles: ['citizen', 'clerk'],
    modes: BOTH_MODES,
    mutates: true,
    offline: 'online_only'
  })
} as const
