import type { TerminalApp } from '../../src-main/app/app'
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
