/** Run `fn` `rounds` times after one warm-up and return the median duration in ms. */
export async function medianMs(rounds: number, fn: () => unknown): Promise<number> {
  await fn()
  const times: number[] = []
  for (let i = 0; i < rounds; i++) {
    const started = process.hrtime.bigint()
    await fn()
    times.push(Number(process.hrtime.bigint() - started) / 1e6)
  }
  times.sort((a, b) => a - b)
  return times[Math.floor(times.length / 2)]!
}

export interface BenchResult {
  name: string
  /** What was measured and what it was compared with, in one line. */
  detail: string
  ratio: number
  target?: { min: number }
}

export function report(result: BenchResult): void {
  const verdict = result.target ? (result.ratio >= result.target.min ? `meets target ≥ ${result.target.min}` : `BELOW target ≥ ${result.target.min}`) : 'no target'
  console.log(`${result.name}: ratio ${result.ratio.toFixed(3)} (${verdict})\n  ${result.detail}`)
}
