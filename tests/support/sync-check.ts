import type { TerminalApp } from '../../src-main/app/app'
import type { StartedCentral } from '../../central/testing'
import { createTestApp, type TestApp } from './app'
import { checksumColumns, localChecksum } from '../../src-main/features/sync/apply'
import { CentralClient } from '../../src-main/features/sync/client'

/** Sync settings of the cross-terminal tests: cycles run only when the test says so. */
export const MANUAL_SYNC = {
  auto: false,
  intervalSeconds: 30,
  offlineAfterSeconds: 600,
  verifyEverySeconds: 10,
  pageSize: 500,
  pushBatch: 50,
  requestTimeoutMs: 10_000,
  offline: { cardMaxAmountFen: 200_000, cardMaxCount: 20 }
}

/** The password an enrolling administrator sets in these tests (enrolment refuses the demo one). */
export const ENROLLED_ADMIN_PASSWORD = 'Enrol@2026b'

/**
 * A counter (or kiosk) of `officeCode` enrolled with `central` by its demo admin, who sets
 * ENROLLED_ADMIN_PASSWORD, after its first sync cycle. Throws when enrolment is refused.
 */
export async function enrolledTerminal(
  central: StartedCentral,
  name: string,
  options: { now?: () => Date; mode?: 'kiosk' | 'counter'; officeCode?: string } = {}
): Promise<TestApp> {
  const mode = options.mode ?? 'counter'
  const t = await createTestApp({ demoOnEmpty: false, mode, sync: MANUAL_SYNC }, options.now)
  const { code } = await central.createCode({ officeCode: options.officeCode ?? '370100', mode, name })
  const enrolled = await t.call(await t.staff('admin'), 'sync.enrol', { centralUrl: central.url, code, adminPassword: ENROLLED_ADMIN_PASSWORD })
  if (!enrolled.ok) throw new Error(`enrol ${name}: ${JSON.stringify(enrolled.error)}`)
  await t.app.sync.runCycle()
  return t
}

/** One sync cycle on each terminal, in the order given. */
export async function syncCycle(...terminals: TestApp[]): Promise<void> {
  for (const t of terminals) await t.app.sync.runCycle()
}

export interface PartitionComparison {
  readonly partition: string
  readonly ours: Record<string, { count: number; sum: string }> | null
  readonly theirs: Record<string, { count: number; sum: string }>
}

/**
 * Every partition of an enrolled terminal, checksummed on the terminal and by the central
 * service over the same columns: equal means the terminal holds exactly the central rows.
 */
export async function comparePartitions(app: TerminalApp, centralUrl: string, now: () => Date = () => new Date()): Promise<PartitionComparison[]> {
  const state = app.db.raw.prepare('SELECT secret, partitions FROM sync_state WHERE id = 1').get() as { secret: string; partitions: string } | undefined
  if (!state) throw new Error('the terminal is not enrolled')
  const client = new CentralClient(
    { baseUrl: centralUrl, now, timeoutMs: 10_000, clockOffsetMs: () => 0, onClockOffset: () => {} },
    { terminalId: app.terminal().id, secret: state.secret }
  )
  const comparisons: PartitionComparison[] = []
  for (const partition of JSON.parse(state.partitions) as string[]) {
    const theirs = await client.checksum(partition, checksumColumns(partition))
    comparisons.push({ partition, ours: await localChecksum(app.db, partition, () => true), theirs: theirs.entities })
  }
  return comparisons
}
