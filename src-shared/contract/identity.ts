import { z } from 'zod'
import { method } from './define'
import { ANY_ROLE, BOTH_MODES, ROLES, SIGNED_IN, TERMINAL_MODES } from './roles'
import { licenceFileNumberSchema, mobileSchema, residentIdSchema, usccSchema, plateSchema } from '../domain/identifiers/zod'
import { passwordSchema } from '../domain/password-rule'

const vinLastSixSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-HJ-NPR-Z0-9]{6}$/, { message: '车架号后六位应为6个字母或数字（不含I、O、Q）' })

/** Who is signed in, and who a clerk is serving. */
export const sessionViewSchema = z.object({
  role: z.enum(ROLES),
  displayName: z.string().nullable(),
  mode: z.enum(TERMINAL_MODES),
  /** Kiosk sessions end after this much inactivity; null at the counter. */
  idleSeconds: z.number().int().nullable(),
  actingFor: z.object({ citizenId: z.string(), name: z.string(), idNumber: z.string() }).nullable()
})
export type SessionView = z.infer<typeof sessionViewSchema>

export const registerCitizenInput = z.discriminatedUnion('route', [
  z.object({
    route: z.literal('licence'),
    idNumber: residentIdSchema,
    licenceFileNumber: licenceFileNumberSchema,
    phone: mobileSchema,
    password: passwordSchema
  }),
  z.object({
    route: z.literal('vehicle'),
    idNumber: residentIdSchema,
    plate: plateSchema,
    vinLastSix: vinLastSixSchema,
    phone: mobileSchema,
    password: passwordSchema
  })
])

export const signInInput = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('citizen'), idNumber: residentIdSchema, password: z.string().min(1).max(128) }),
  z.object({ kind: z.literal('organisation'), uscc: usccSchema, password: z.string().min(1).max(128) }),
  z.object({ kind: z.literal('staff'), username: z.string().trim().min(1).max(40), password: z.string().min(1).max(128) })
])

export const cardStateSchema = z.object({
  state: z.enum(['unplugged', 'empty', 'card_present', 'unreadable']),
  /** Masked: the reader's content is shown in full only to the serving clerk. */
  maskedIdNumber: z.string().nullable(),
  name: z.string().nullable()
})

export const identityContract = {
  'auth.session': method({
    summary: 'The current session: role, name, terminal mode, idle timeout, the citizen a clerk serves.',
    input: z.object({}).strict(),
    output: sessionViewSchema,
    roles: ANY_ROLE,
    modes: BOTH_MODES,
    mutates: false
  }),
  'auth.registerCitizen': method({
    summary: 'Personal registration: ID number with the licence file number, or with a plate and the last six VIN characters.',
    input: registerCitizenInput,
    output: z.object({ accountId: z.string(), session: sessionViewSchema }),
    roles: ['anonymous', 'clerk'],
    modes: BOTH_MODES,
    mutates: true
  }),
  'auth.registerOrganisation': method({
    summary: 'Organisation (单位) registration; waits for a clerk to approve it at the counter.',
    input: z.object({
      uscc: usccSchema,
      name: z.string().trim().min(2).max(100),
      agentIdNumber: residentIdSchema,
      agentPhone: mobileSchema,
      password: passwordSchema
    }),
    output: z.object({ organisationId: z.string(), status: z.enum(['pending', 'approved', 'rejected']) }),
    roles: ['anonymous', 'clerk'],
    modes: BOTH_MODES,
    mutates: true,
    // Payload: the organisation and agent-account rows as written (src-shared/sync/commands.ts organisationRegisteredSchema).
    version: 2
  }),
  'auth.signIn': method({
    summary: 'Sign in with ID number (citizen), credit code (organisation) or user name (staff) and password. Five failures lock the account for 15 minutes.',
    input: signInInput,
    output: sessionViewSchema,
    roles: ['anonymous'],
    modes: BOTH_MODES,
    mutates: false
  }),
  'auth.signInWithCard': method({
    summary: 'Citizen sign-in with the resident ID card on the terminal card reader.',
    input: z.object({}).strict(),
    output: sessionViewSchema,
    roles: ['anonymous'],
    modes: BOTH_MODES,
    mutates: false
  }),
  'auth.signOut': method({
    summary: 'End the session (also what the kiosk idle reset calls).',
    input: z.object({ reason: z.enum(['user', 'idle']).default('user') }).strict(),
    output: sessionViewSchema,
    roles: SIGNED_IN,
    modes: BOTH_MODES,
    mutates: false
  }),
  'idcard.status': method({
    summary: 'State of the ID-card reader.',
    input: z.object({}).strict(),
    output: cardStateSchema,
    roles: ANY_ROLE,
    modes: BOTH_MODES,
    mutates: false
  }),
  'idcard.simulate': method({
    summary: 'Drive the simulated ID-card reader (demo terminals only): place or remove a card, an unreadable card, unplug.',
    input: z.discriminatedUnion('action', [
      z.object({ action: z.literal('place'), idNumber: residentIdSchema }),
      z.object({ action: z.literal('remove') }),
      z.object({ action: z.literal('unreadable') }),
      z.object({ action: z.literal('unplug') }),
      z.object({ action: z.literal('plug') })
    ]),
    output: cardStateSchema,
    roles: ANY_ROLE,
    modes: BOTH_MODES,
    mutates: false
  }),
  'me.overview': method({
    summary: "The personal page: the person's licence (class, validity, status, points in the current cycle) and vehicles, with unpaid violations.",
    input: z.object({}).strict(),
    output: z.object({
      person: z.object({ name: z.string(), idNumber: z.string(), phone: z.string().nullable(), age: z.number().int() }),
      organisation: z.object({ id: z.string(), name: z.string(), uscc: z.string(), status: z.string() }).nullable(),
      licence: z
        .object({
          id: z.string(),
          bound: z.boolean(),
          fileNumber: z.string(),
          classes: z.string(),
          validFrom: z.string(),
          validUntil: z.string().nullable(),
          status: z.string(),
          officeName: z.string(),
          pointsInCycle: z.number().int(),
          cycleStart: z.string(),
          cycleEnd: z.string(),
          medicalCertificateDue: z.string().nullable(),
          unpaidCount: z.number().int(),
          unpaidFineFen: z.number().int()
        })
        .nullable(),
      vehicles: z.array(
        z.object({
          id: z.string(),
          bound: z.boolean(),
          plate: z.string(),
          plateType: z.string(),
          vehicleType: z.string(),
          brand: z.string(),
          inspectionDue: z.string(),
          inspectionOverdue: z.boolean(),
          status: z.string(),
          unpaidCount: z.number().int(),
          unpaidFineFen: z.number().int()
        })
      )
    }),
    roles: ['citizen', 'org_agent', 'clerk'],
    modes: BOTH_MODES,
    mutates: false
  }),
  'me.bindLicence': method({
    summary: "Bind the person's own driving licence by its file number.",
    input: z.object({ licenceFileNumber: licenceFileNumberSchema }),
    output: z.object({ licenceId: z.string() }),
    roles: ['citizen', 'clerk'],
    modes: BOTH_MODES,
    mutates: true
  }),
  'me.bindVehicle': method({
    summary: 'Bind a vehicle registered to the person: plate and the last six VIN characters.',
    input: z.object({ plate: plateSchema, vinLastSix: vinLastSixSchema }),
    output: z.object({ vehicleId: z.string() }),
    roles: ['citizen', 'clerk'],
    modes: BOTH_MODES,
    mutates: true
  }),
  'me.unbind': method({
    summary: 'Remove a binding.',
    input: z.object({ kind: z.enum(['licence', 'vehicle']), id: z.string().min(1).max(64) }),
    output: z.object({ removed: z.boolean() }),
    roles: ['citizen', 'clerk'],
    modes: BOTH_MODES,
    mutates: true
  }),
  'me.contacts': method({
    summary: 'The three contact records side by side: sign-in phone, licence contact, each vehicle contact.',
    input: z.object({}).strict(),
    output: z.object({
      signInPhone: z.string().nullable(),
      licence: z.object({ id: z.string(), phone: z.string().nullable(), address: z.string().nullable() }).nullable(),
      vehicles: z.array(z.object({ id: z.string(), plate: z.string(), phone: z.string().nullable() }))
    }),
    roles: ['citizen', 'clerk'],
    modes: BOTH_MODES,
    mutates: false
  }),
  'me.updateContacts': method({
    summary: 'Update the sign-in phone, the licence contact and vehicle contacts together in one transaction.',
    input: z.object({
      phone: mobileSchema,
      address: z.string().trim().min(5).max(120).optional(),
      signIn: z.boolean(),
      licence: z.boolean(),
      vehicleIds: z.array(z.string().min(1).max(64)).max(20)
    }),
    output: z.object({ updated: z.object({ signIn: z.boolean(), licence: z.boolean(), vehicles: z.number().int() }) }),
    roles: ['citizen', 'clerk'],
    modes: BOTH_MODES,
    mutates: true
  }),
  'counter.lookup': method({
    summary: 'Find citizens by ID number, plate, licence file number or name (pinyin initials work).',
    input: z.object({ query: z.string().trim().min(1).max(40) }),
    output: z.array(z.object({ citizenId: z.string(), name: z.string(), maskedIdNumber: z.string(), plates: z.array(z.string()), hasLicence: z.boolean() })),
    roles: ['clerk'],
    modes: ['counter'],
    mutates: false
  }),
  'counter.serve': method({
    summary: "Start acting for a citizen after verifying identity: the card on the reader, or the clerk's inspection of the card.",
    input: z.object({ citizenId: z.string().min(1).max(64), verification: z.enum(['card_reader', 'inspected_card']) }),
    output: sessionViewSchema,
    roles: ['clerk'],
    modes: ['counter'],
    mutates: false
  }),
  'counter.endService': method({
    summary: 'Stop acting for the citizen.',
    input: z.object({}).strict(),
    output: sessionViewSchema,
    roles: ['clerk'],
    modes: ['counter'],
    mutates: false
  }),
  'counter.resetCitizenPassword': method({
    summary: 'Set a new password for the citizen being served (identity verified at the counter); also lifts a lock-out.',
    input: z.object({ password: passwordSchema }),
    output: z.object({ citizenId: z.string() }),
    roles: ['clerk'],
    modes: ['counter'],
    mutates: true
  }),
  'counter.pendingOrganisations': method({
    summary: 'Organisation registrations waiting for approval.',
    input: z.object({}).strict(),
    output: z.array(z.object({ id: z.string(), uscc: z.string(), name: z.string(), agentName: z.string(), agentMaskedId: z.string(), agentPhone: z.string(), createdAt: z.string() })),
    roles: ['clerk'],
    modes: ['counter'],
    mutates: false
  }),
  'counter.decideOrganisation': method({
    summary: 'Approve or reject an organisation registration.',
    input: z.object({ organisationId: z.string().min(1).max(64), decision: z.enum(['approved', 'rejected']), note: z.string().trim().max(200).default('') }),
    output: z.object({ status: z.enum(['approved', 'rejected']) }),
    roles: ['clerk'],
    modes: ['counter'],
    mutates: true
  }),
  'staff.list': method({
    summary: 'Clerk and admin accounts.',
    input: z.object({}).strict(),
    output: z.array(z.object({ id: z.string(), username: z.string(), displayName: z.string(), role: z.enum(['clerk', 'admin']), disabled: z.boolean(), lockedUntil: z.string().nullable() })),
    roles: ['admin'],
    modes: BOTH_MODES,
    mutates: false
  }),
  'staff.create': method({
    summary: 'Create a clerk or admin account.',
    input: z.object({
      username: z.string().trim().regex(/^[a-z][a-z0-9_.-]{2,31}$/, { message: '用户名为3–32位小写字母、数字或 _ . -，以字母开头' }),
      displayName: z.string().trim().min(1).max(40),
      role: z.enum(['clerk', 'admin']),
      password: passwordSchema
    }),
    output: z.object({ id: z.string() }),
    roles: ['admin'],
    modes: BOTH_MODES,
    mutates: true
  }),
  'staff.update': method({
    summary: 'Disable or enable a staff account, reset its password, or lift a lock-out.',
    input: z.object({ id: z.string().min(1).max(64), disabled: z.boolean().optional(), password: passwordSchema.optional(), unlock: z.boolean().optional() }),
    output: z.object({ id: z.string() }),
    roles: ['admin'],
    modes: BOTH_MODES,
    mutates: true
  }),
  'audit.verify': method({
    summary: 'Verify the hash chain of the audit log and report the first broken link.',
    input: z.object({}).strict(),
    output: z.object({ ok: z.boolean(), lines: z.number().int(), brokenAt: z.number().int().nullable(), reason: z.string().nullable() }),
    roles: ['admin'],
    modes: BOTH_MODES,
    mutates: false
  }),
  'audit.recent': method({
    summary: 'The latest audit lines, newest first.',
    input: z.object({ limit: z.number().int().min(1).max(200).default(50) }),
    output: z.array(z.object({ seq: z.number().int(), at: z.string(), actorRole: z.string(), actorId: z.string().nullable(), onBehalfOf: z.string().nullable(), action: z.string(), subject: z.string().nullable() })),
    roles: ['admin'],
    modes: BOTH_MODES,
    mutates: false
  })
} as const
