import { z } from 'zod'
import { realStaffPasswordSchema } from '../domain/password-rule'
import { method } from './define'
import { BOTH_MODES, STAFF } from './roles'
import { syncStateSchema } from './system'

export const syncTaskSchema = z.object({
  id: z.string(),
  /** `refund`: money was taken for a fine the central service had already recorded paid. */
  kind: z.enum(['refund', 'review']),
  state: z.enum(['open', 'done']),
  command: z.string(),
  idempotencyKey: z.string(),
  code: z.string(),
  message: z.string(),
  amountFen: z.number().int().nullable(),
  paymentId: z.string().nullable(),
  decisionNumbers: z.array(z.string()),
  createdAt: z.string(),
  resolvedAt: z.string().nullable(),
  resolvedBy: z.string().nullable(),
  note: z.string().nullable()
})
export type SyncTask = z.infer<typeof syncTaskSchema>

export const syncStatusSchema = syncStateSchema.extend({
  centralUrl: z.string().nullable(),
  terminalId: z.string(),
  officeCode: z.string(),
  partitions: z.array(z.string()),
  lastAttemptAt: z.string().nullable(),
  lastError: z.object({ code: z.string(), message: z.string(), at: z.string() }).nullable(),
  nextAttemptAt: z.string().nullable(),
  /** Central clock minus terminal clock, in ms, as last measured. */
  clockOffsetMs: z.number().int().nullable(),
  rejected: z.array(z.object({ idempotencyKey: z.string(), command: z.string(), code: z.string(), message: z.string(), at: z.string() })),
  partitionStatus: z.array(
    z.object({
      partition: z.string(),
      cursor: z.number().int(),
      head: z.number().int().nullable(),
      snapshotting: z.boolean(),
      checksum: z.enum(['unchecked', 'ok', 'mismatch', 'repaired']),
      verifiedAt: z.string().nullable()
    })
  ),
  offlinePolicy: z.object({ offlineAfterSeconds: z.number().int(), cardMaxAmountFen: z.number().int(), cardMaxCount: z.number().int() })
})
export type SyncStatus = z.infer<typeof syncStatusSchema>

export const syncContract = {
  'sync.status': method({
    summary: 'Sync figures for the admin screen: online or offline, last sync, queue depth and oldest pending command, rejections, clock offset, partitions.',
    input: z.object({}).strict(),
    output: syncStatusSchema,
    roles: STAFF,
    modes: BOTH_MODES,
    mutates: false
  }),
  'sync.enrol': method({
    summary: 'Enrol this terminal with the central service using a one-time code; replaces the demo data with the central records and starts syncing.',
    input: z.object({
      centralUrl: z
        .string()
        .trim()
        .url()
        .refine((url) => /^https?:\/\//.test(url), { message: '中心服务地址须以 http:// 或 https:// 开头' }),
      code: z.string().trim().min(6).max(64),
      /**
       * The enrolling administrator's new password: their account keeps its name and takes this
       * password. On a production central service every other staff account is disabled until
       * an administrator sets it a new password (the demo accounts' password is published).
       */
      adminPassword: realStaffPasswordSchema
    }),
    output: syncStatusSchema,
    roles: ['admin'],
    modes: BOTH_MODES,
    // Enrolment is not a command for the central service; it writes its own audit line.
    mutates: false
  }),
  'sync.now': method({
    summary: 'Run one sync cycle now (push, pull, verify) and answer the resulting status.',
    input: z.object({}).strict(),
    output: syncStatusSchema,
    roles: STAFF,
    modes: BOTH_MODES,
    mutates: false
  }),
  'sync.tasks': method({
    summary: 'Follow-up tasks from commands the central service refused (refund cases, reviews).',
    input: z.object({ state: z.enum(['open', 'done', 'all']).default('open') }),
    output: z.object({ tasks: z.array(syncTaskSchema) }),
    roles: STAFF,
    modes: ['counter'],
    mutates: false
  }),
  'sync.resolveTask': method({
    summary: 'Close a follow-up task with a note of what was done (refund paid, citizen informed).',
    input: z.object({ id: z.string().min(1).max(64), note: z.string().trim().min(2).max(200) }),
    output: syncTaskSchema,
    roles: STAFF,
    modes: ['counter'],
    mutates: true
  })
} as const
