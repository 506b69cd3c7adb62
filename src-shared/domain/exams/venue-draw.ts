import { mulberry32, uniformIndex } from './prng'
import { stableHash32 } from './stable-hash'

/**
 * The random venue draw for applicants who book a region rather than a venue (seed §6: 按区域预约
 * 的，随机分配考场). Every draw has its own seed, derived from the plan's recorded seed and the
 * applicant, so one draw can be replayed and audited without re-running the whole plan, and the
 * result does not depend on the order applications are processed in.
 */
export interface VenueDraw {
  readonly applicantId: string
  readonly region: string
  /** The venues that could be drawn, sorted by code units; empty when none had a suitable session. */
  readonly candidates: readonly string[]
  /** The venue drawn, or null when there were no candidates. */
  readonly venue: string | null
  readonly seed: number
}

/** The seed of one applicant's draw: stableHash32 of the plan seed, the plan id and the applicant id. */
export function drawSeed(planSeed: number, planId: string, applicantId: string): number {
  return stableHash32([String(planSeed >>> 0), planId, applicantId])
}

/** Draws one of `candidates` uniformly with mulberry32(seed); the candidates are sorted first, so their order does not matter. */
export function drawVenue(candidates: readonly string[], seed: number): string | null {
  const sorted = [...candidates].sort(byCodeUnits)
  if (sorted.length === 0) return null
  return sorted[uniformIndex(mulberry32(seed), sorted.length)] ?? null
}

function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** The recorded draw for one applicant. */
export function venueDraw(planSeed: number, planId: string, applicantId: string, region: string, candidates: readonly string[]): VenueDraw {
  const seed = drawSeed(planSeed, planId, applicantId)
  return { applicantId, region, candidates: [...candidates].sort(byCodeUnits), venue: drawVenue(candidates, seed), seed }
}
