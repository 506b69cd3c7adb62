import { z } from 'zod'
import { method } from './define'
import { ANY_ROLE, BOTH_MODES, ROLES, TERMINAL_MODES } from './roles'

export const syncStateSchema = z.object({
  /** `never` until the terminal has completed one sync with the central service. */
  state: z.enum(['never', 'online', 'offline', 'syncing']),
  /** A terminal that is not enrolled runs on its own (demo) and never syncs. */
  enrolled: z.boolean(),
  lastSyncAt: z.string().nullable(),
  queueDepth: z.number().int().nonnegative(),
  oldestPendingAt: z.string().nullable(),
  /** Rejected commands whose follow-up task is still open. */
  openTasks: z.number().int().nonnegative(),
  /** While offline: what card payments may still be taken before the next sync. */
  offlineAllowance: z.object({ cardPaymentsLeft: z.number().int().nonnegative(), cardMaxAmountFen: z.number().int().nonnegative() }).nullable()
})
export type SyncState = z.infer<typeof syncStateSchema>

export const terminalInfoSchema = z.object({
  id: z.string(),
  name: z.string(),
  mode: z.enum(TERMINAL_MODES),
  officeCode: z.string(),
  officeName: z.string(),
  /** A demo terminal runs on generated data and says so on every screen. */
  demo: z.boolean(),
  enrolled: z.boolean()
})
export type TerminalInfo = z.infer<typeof terminalInfoSchema>

export const systemContract = {
  'system.info': method({
    summary: 'Facts about this terminal for the home screen: mode, office, record counts, database, sync state.',
    input: z.object({}).strict(),
    output: z.object({
      appVersion: z.string(),
      terminal: terminalInfoSchema,
      counts: z.object({
        citizens: z.number().int(),
        licences: z.number().int(),
        vehicles: z.number().int(),
        violations: z.number().int(),
        examPlans: z.number().int()
      }),
      database: z.object({
        sizeBytes: z.number().int(),
        schemaVersion: z.string(),
        integrity: z.string(),
        journalMode: z.string()
      }),
      sync: syncStateSchema,
      session: z.object({ role: z.enum(ROLES) })
    }),
    roles: ANY_ROLE,
    modes: BOTH_MODES,
    mutates: false
  }),
  'system.ping': method({
    summary: 'Liveness probe: echoes a value back with the server time.',
    input: z.object({ echo: z.string().max(200).default('') }).strict(),
    output: z.object({ echo: z.string(), at: z.string() }),
    roles: ANY_ROLE,
    modes: BOTH_MODES,
    mutates: false
  }),
  'session.setLocale': method({
    summary: "Set the language of the server's own messages for this session (validation messages, rule fallbacks).",
    input: z.object({ locale: z.enum(['zh-CN', 'en']) }).strict(),
    output: z.object({ locale: z.enum(['zh-CN', 'en']) }),
    roles: ANY_ROLE,
    modes: BOTH_MODES,
    mutates: false
  }),
  'system.backup': method({
    summary: 'Write an online backup of the local database into the data directory.',
    input: z.object({}).strict(),
    output: z.object({ file: z.string(), sizeBytes: z.number().int() }),
    roles: ['admin'],
    modes: BOTH_MODES,
    mutates: false
  })
} as const
