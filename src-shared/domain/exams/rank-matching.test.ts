import { describe, expect, it } from 'vitest'
import { rankOrderMatching } from './rank-matching'

/** Plain greedy in rank order: first free acceptable session, never moving anyone. */
function greedy(capacities: readonly number[], acceptable: readonly (readonly number[])[]): number[] {
  const free = [...capacities]
  return acceptable.map((list) => {
    const s = list.find((i) => (free[i] ?? 0) > 0)
    if (s === undefined) return -1
    free[s] = (free[s] ?? 0) - 1
    return s
  })
}

describe('rankOrderMatching', () => {
  it('seats B where plain greedy does not: A (rank 1) accepts S1 or S2, B (rank 2) only S1', () => {
    const capacities = [1, 1]
    const acceptable = [[0, 1], [0]]
    expect(greedy(capacities, acceptable)).toEqual([0, -1])
    expect(rankOrderMatching(capacities, acceptable)).toEqual([1, 0])
  })

  it('moves seated applicants along a chain of several sessions', () => {
    // A: S1|S2, B: S2|S3, C: S1 only. Seating C moves A to S2, which moves B to S3.
    expect(rankOrderMatching([1, 1, 1], [[0, 1], [1, 2], [0]])).toEqual([1, 2, 0])
  })

  it('never unseats a higher-ranked applicant to seat two lower-ranked ones', () => {
    // A accepts S1 only; B and C accept S1 only too: A keeps the seat.
    expect(rankOrderMatching([1], [[0], [0], [0]])).toEqual([0, -1, -1])
    // A: S1|S2, B: S1, C: S2 — both sessions taken after B; C cannot be seated without unseating A or B.
    expect(rankOrderMatching([1, 1], [[0, 1], [0], [1]])).toEqual([1, 0, -1])
  })

  it('takes the first listed free session when no one has to move', () => {
    expect(rankOrderMatching([2, 2], [[1, 0], [1, 0], [1, 0]])).toEqual([1, 1, 0])
  })

  it('uses capacities as several seats', () => {
    // C needs S1, full with A and B: B, the lower-ranked, moves to S2.
    expect(rankOrderMatching([2, 1], [[0, 1], [0, 1], [0]])).toEqual([0, 1, 0])
  })

  it('keeps seating after a failed search marked sessions dead', () => {
    // S1 fills with A; B (S1 only) fails and S1 is dead; C still reaches S2 directly.
    expect(rankOrderMatching([1, 1], [[0], [0], [1], [0, 1]])).toEqual([0, -1, 1, -1])
  })

  it('seats nobody with no acceptable session or a zero-capacity one', () => {
    expect(rankOrderMatching([0], [[], [0]])).toEqual([-1, -1])
  })

  it('refuses bad capacities and unknown sessions', () => {
    expect(() => rankOrderMatching([-1], [])).toThrow(RangeError)
    expect(() => rankOrderMatching([1.5], [])).toThrow(RangeError)
    expect(() => rankOrderMatching([1], [[1]])).toThrow(/unknown session/)
  })
})
