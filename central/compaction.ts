import type { CentralDatabase } from './db'
import { writeTransaction } from './store'

/**
 * Compaction of the change log. A change is superseded once a later change of the same row was
 * written in the same partition (the record's `updated_seq` names the latest): every terminal,
 * whatever its cursor, reaches the same rows by pulling only the latest change of each row, so
 * superseded ones can go without any terminal having to take a snapshot again. Changes in a
 * partition a row has left (its row there and the deletion that followed) are kept: a terminal
 * of that partition still has to learn that the row left. The log otherwise grows with every
 * edit, which is what makes long-lived sync logs slow and large (research/sync-anchors.md).
 * Works in batches, each its own write transaction, so pushes and pulls go on in between.
 */
export async function compactChanges(central: CentralDatabase, batch = 5000): Promise<{ removed: number }> {
  let removed = 0
  for (;;) {
    const deleted = await writeTransaction(central, async (trx) => {
      const superseded = trx
        .selectFrom('changes as c')
        .innerJoin('records as r', (join) => join.onRef('r.entity', '=', 'c.entity').onRef('r.key', '=', 'c.key').onRef('r.partition', '=', 'c.partition'))
        .select('c.seq')
        .whereRef('c.seq', '<', 'r.updated_seq')
        .limit(batch)
      const result = await trx.deleteFrom('changes').where('seq', 'in', superseded).executeTakeFirst()
      return Number(result.numDeletedRows)
    })
    removed += deleted
    if (deleted < batch) return { removed }
  }
}
