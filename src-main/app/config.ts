import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { z } from 'zod'
import { TERMINAL_MODES } from '../../src-shared/contract'
import { OFFICE_BY_CODE } from '../../src-shared/domain/offices'

/**
 * The terminal's configuration: `<data dir>/config.json`, every field optional. Until the
 * terminal is enrolled with the central service these values describe a demo terminal; after
 * enrolment the central service's answer (mode, office) is authoritative.
 */
export const terminalConfigSchema = z.object({
  name: z.string().min(1).max(60).default('演示终端'),
  mode: z.enum(TERMINAL_MODES).default('counter'),
  officeCode: z
    .string()
    .refine((code) => OFFICE_BY_CODE.has(code), { message: '未知的车管所代码' })
    .default('370100'),
  /** Kiosk sessions end after this much inactivity (seconds). */
  idleSeconds: z.number().int().min(15).max(3600).default(90),
  /** Load a small generated data set on first start with an empty database. */
  demoOnEmpty: z.boolean().default(true),
  demoSize: z.number().int().min(0).max(100_000).default(2_000),
  /** Per-office exam settings (issue #5): both are local choices, not national rules (E15, E16). */
  exams: z
    .object({ allowConcurrentK2K3: z.boolean().default(false), priorityBooking: z.boolean().default(false) })
    .default({ allowConcurrentK2K3: false, priorityBooking: false }),
  devices: z
    .object({
      payment: z.enum(['simulated']).default('simulated'),
      idCardReader: z.enum(['simulated']).default('simulated'),
      /** Named system printer for silent receipt printing; empty keeps PDF copies only. */
      printer: z.string().default('')
    })
    .default({ payment: 'simulated', idCardReader: 'simulated', printer: '' }),
  /** Sync with the central service once enrolled (issue #6). */
  sync: z
    .object({
      auto: z.boolean().default(true),
      intervalSeconds: z.number().int().min(5).max(3600).default(30),
      offlineAfterSeconds: z.number().int().min(10).max(86_400).default(120),
      verifyEverySeconds: z.number().int().min(10).max(86_400).default(600),
      pageSize: z.number().int().min(10).max(5000).default(2000),
      pushBatch: z.number().int().min(1).max(500).default(200),
      requestTimeoutMs: z.number().int().min(500).max(120_000).default(15_000),
      /** Caps on card payments taken while offline (the terminal cannot confirm them centrally). */
      offline: z
        .object({ cardMaxAmountFen: z.number().int().min(0).default(200_000), cardMaxCount: z.number().int().min(0).default(20) })
        .default({ cardMaxAmountFen: 200_000, cardMaxCount: 20 })
    })
    .prefault({}),
  web: z
    .object({
      host: z.string().default('127.0.0.1'),
      port: z.number().int().min(0).max(65535).default(5780)
    })
    .default({ host: '127.0.0.1', port: 5780 })
})
export type TerminalConfig = z.infer<typeof terminalConfigSchema>

export function configPath(dataDir: string): string {
  return join(dataDir, 'config.json')
}

/** Read and validate the config; a broken file stops start-up with the failing fields named. */
export function loadConfig(dataDir: string, overrides: Partial<TerminalConfig> = {}): TerminalConfig {
  const file = configPath(dataDir)
  let fromFile: unknown = {}
  if (existsSync(file)) {
    try {
      fromFile = JSON.parse(readFileSync(file, 'utf8'))
    } catch (error) {
      throw new Error(`配置文件不是有效的 JSON（${file}）: ${(error as Error).message}`)
    }
  }
  const parsed = terminalConfigSchema.safeParse({ ...(fromFile as object), ...stripUndefined(overrides) })
  if (!parsed.success) {
    const fields = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')
    throw new Error(`配置文件有误（${file}）: ${fields}`)
  }
  return parsed.data
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>
}
