import { bulkInsert } from './insert.bench'
import { report, type BenchResult } from './lib'
import { rpcRoundTrip } from './rpc.bench'
import { listingWithLateFees } from './violations.bench'
import { receiptRendering } from './receipt.bench'
import { initialPull, pushCommands } from './sync.bench'

/**
 * `npm run bench`: every benchmark prints a ratio against a baseline measured in the same
 * run on the same machine, so results compare across machines. Pass names to run a subset.
 */
const benches: Record<string, () => Promise<BenchResult>> = { rpc: rpcRoundTrip, insert: bulkInsert, listing: () => listingWithLateFees(), receipt: receiptRendering, pull: () => initialPull(), push: () => pushCommands() }
const selected = process.argv.slice(2).filter((a) => a in benches)
let belowTarget = 0
for (const name of selected.length ? selected : Object.keys(benches)) {
  const result = await benches[name]!()
  report(result)
  if (result.target && result.ratio < result.target.min) belowTarget++
}
process.exit(belowTarget ? 1 : 0)
