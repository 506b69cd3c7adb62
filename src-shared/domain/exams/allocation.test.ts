import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { addDays } from '../civil-date'
import { allocatePlan, type AllocationInput, type AllocationResult, type ExamApplication, type ExamSession, type ExamVenue } from './allocation'
import { mulberry32 } from './prng'
import { compareApplicants, type RankKey } from './ranking'
import { drawSeed, drawVenue } from './venue-draw'

// ---------------------------------------------------------------------------------------------
// An independent oracle: maximum bipartite matching by simple augmenting paths (Kuhn's algorithm)
// over individual seats, each session expanded into `capacity` seat vertices.
// ---------------------------------------------------------------------------------------------
function maxMatchingSize(capacities: readonly number[], lists: readonly (readonly number[])[]): number {
  const seatsOf: number[][] = []
  let seatCount = 0
  for (const c of capacities) seatsOf.push(Array.from({ length: c }, () => seatCount++))
  const holder = new Array<number>(seatCount).fill(-1)
  const place = (a: number, seen: boolean[]): boolean => {
    for (const s of lists[a] ?? []) {
      for (const seat of seatsOf[s] ?? []) {
        if (seen[seat]) continue
        seen[seat] = true
        const current = holder[seat] ?? -1
        if (current < 0 || place(current, seen)) {
          holder[seat] = a
          return true
        }
      }
    }
    return false
  }
  let size = 0
  for (let a = 0; a < lists.length; a++) if (place(a, new Array<boolean>(seatCount).fill(false))) size++
  return size
}

// ---------------------------------------------------------------------------------------------
// The acceptable sessions of each application, recomputed from the input and the draw log alone.
// ---------------------------------------------------------------------------------------------
function acceptsSession(application: ExamApplication, session: ExamSession): boolean {
  if (application.lastExamDay !== null && session.date > application.lastExamDay) return false
  const choice = application.choice
  return choice.mode === 'self_select' ? choice.sessionIds.includes(session.id) : session.date >= choice.from && session.date <= choice.to
}

function venueOf(input: AllocationInput, result: AllocationResult, application: ExamApplication): string | null {
  if (application.place.by === 'venue') return application.place.venue
  return result.draws.find((d) => d.applicantId === application.rank.applicantId)?.venue ?? null
}

interface Checked {
  ranked: ExamApplication[]
  lists: number[][]
  capacities: number[]
}

/** Checks everything that can be checked without an oracle, and returns the acceptable lists in rank order. */
function checkStructure(input: AllocationInput, result: AllocationResult): Checked {
  const ranked = [...input.applications].sort((a, b) => compareApplicants(a.rank, b.rank))
  expect(result.outcomes.map((o) => o.applicantId)).toEqual(ranked.map((a) => a.rank.applicantId))
  expect(result.outcomes.map((o) => o.rankPosition)).toEqual(ranked.map((_, i) => i + 1))

  // Region draws: one per region booking, from its own seed, among the region's venues with a suitable session.
  const regionBookings = ranked.filter((a) => a.place.by === 'region')
  expect(result.draws.map((d) => d.applicantId)).toEqual(regionBookings.map((a) => a.rank.applicantId))
  for (const draw of result.draws) {
    const application = regionBookings.find((a) => a.rank.applicantId === draw.applicantId)
    const region = application?.place.by === 'region' ? application.place.region : ''
    expect(draw.region).toBe(region)
    expect(draw.seed).toBe(drawSeed(input.seed, input.planId, draw.applicantId))
    const candidates = input.venues
      .filter((v) => v.region === region && input.sessions.some((s) => s.venue === v.id && application !== undefined && acceptsSession(application, s)))
      .map((v) => v.id)
      .sort()
    expect(draw.candidates).toEqual(candidates)
    expect(draw.venue).toBe(drawVenue(candidates, draw.seed))
  }

  const lists = ranked.map((application) => {
    const venue = venueOf(input, result, application)
    return input.sessions.flatMap((s, i) => (s.venue === venue && acceptsSession(application, s) ? [i] : []))
  })
  const capacities = input.sessions.map((s) => s.capacity)

  // Capacity, choices and reasons.
  const used = new Map<string, number>()
  result.outcomes.forEach((outcome, i) => {
    const list = lists[i] ?? []
    if (outcome.seated) {
      const s = input.sessions.findIndex((x) => x.id === outcome.sessionId)
      expect(list).toContain(s)
      expect(outcome.venue).toBe(input.sessions[s]?.venue)
      expect(outcome.date).toBe(input.sessions[s]?.date)
      used.set(outcome.sessionId, (used.get(outcome.sessionId) ?? 0) + 1)
    } else {
      expect(outcome.reason).toBe(list.length === 0 ? 'NO_ACCEPTABLE_SESSION' : 'NO_CAPACITY_AT_RANK')
    }
  })
  for (const s of input.sessions) expect(used.get(s.id) ?? 0).toBeLessThanOrEqual(s.capacity)
  return { ranked, lists, capacities }
}

// ---------------------------------------------------------------------------------------------
// Builders
// ---------------------------------------------------------------------------------------------
const rank = (applicantId: string, minute: number, over: Partial<RankKey> = {}): RankKey => ({
  applicantId,
  priority: false,
  rankingAt: `2026-01-01T00:${String(minute).padStart(2, '0')}:00Z`,
  submittedAt: '2026-03-01T00:00:00Z',
  tieHash: 0,
  ...over
})
const venues: ExamVenue[] = [
  { id: 'V1', region: 'R1' },
  { id: 'V2', region: 'R1' }
]
const input = (sessions: ExamSession[], applications: ExamApplication[], seed = 7): AllocationInput => ({ planId: 'p1', seed, venues, sessions, applications })
const selfSelect = (applicantId: string, minute: number, sessionIds: string[], venue = 'V1'): ExamApplication => ({
  rank: rank(applicantId, minute),
  place: { by: 'venue', venue },
  choice: { mode: 'self_select', sessionIds },
  lastExamDay: null
})

describe('allocatePlan: worked examples', () => {
  it('seats both where plain greedy seats one (docs/exam-allocation.md)', () => {
    const sessions = [
      { id: 'S1', venue: 'V1', date: '2026-03-20', capacity: 1 },
      { id: 'S2', venue: 'V1', date: '2026-03-21', capacity: 1 }
    ]
    // Plain greedy: A (rank 1) takes S1, its earliest; B (rank 2) accepts only S1 and is left out.
    const result = allocatePlan(input(sessions, [selfSelect('B', 2, ['S1']), selfSelect('A', 1, ['S1', 'S2'])]))
    expect(result.outcomes).toEqual([
      { applicantId: 'A', rankPosition: 1, seated: true, sessionId: 'S2', venue: 'V1', date: '2026-03-21' },
      { applicantId: 'B', rankPosition: 2, seated: true, sessionId: 'S1', venue: 'V1', date: '2026-03-20' }
    ])
  })

  it('leaves out the lower-ranked applicant when only one can sit, and says why', () => {
    const sessions = [{ id: 'S1', venue: 'V1', date: '2026-03-20', capacity: 1 }]
    const result = allocatePlan(input(sessions, [selfSelect('B', 2, ['S1']), selfSelect('A', 1, ['S1'])]))
    expect(result.outcomes).toEqual([
      { applicantId: 'A', rankPosition: 1, seated: true, sessionId: 'S1', venue: 'V1', date: '2026-03-20' },
      { applicantId: 'B', rankPosition: 2, seated: false, reason: 'NO_CAPACITY_AT_RANK' }
    ])
  })

  it('gives the earliest session with a free seat to an arrangement booking', () => {
    const sessions = [
      { id: 'late', venue: 'V1', date: '2026-03-22', capacity: 5 },
      { id: 'early', venue: 'V1', date: '2026-03-20', capacity: 5 }
    ]
    const arrangement: ExamApplication = { rank: rank('A', 1), place: { by: 'venue', venue: 'V1' }, choice: { mode: 'arrangement', from: '2026-03-19', to: '2026-03-25' }, lastExamDay: null }
    expect(allocatePlan(input(sessions, [arrangement])).outcomes[0]).toMatchObject({ seated: true, sessionId: 'early' })
  })

  it('excludes sessions after the permit expires (E4) and reports NO_ACCEPTABLE_SESSION', () => {
    const sessions = [{ id: 'S1', venue: 'V1', date: '2026-03-20', capacity: 5 }]
    const expiring: ExamApplication = { ...selfSelect('A', 1, ['S1']), lastExamDay: '2026-03-19' }
    expect(allocatePlan(input(sessions, [expiring])).outcomes[0]).toMatchObject({ seated: false, reason: 'NO_ACCEPTABLE_SESSION' })
  })

  it('ignores self-selected sessions at another venue', () => {
    const sessions = [{ id: 'S1', venue: 'V2', date: '2026-03-20', capacity: 5 }]
    expect(allocatePlan(input(sessions, [selfSelect('A', 1, ['S1'], 'V1')])).outcomes[0]).toMatchObject({ seated: false, reason: 'NO_ACCEPTABLE_SESSION' })
  })

  it('draws a region booking only among venues with a suitable session, and records the draw', () => {
    const sessions = [{ id: 'S1', venue: 'V2', date: '2026-03-20', capacity: 5 }]
    const regional: ExamApplication = { rank: rank('A', 1), place: { by: 'region', region: 'R1' }, choice: { mode: 'arrangement', from: '2026-03-20', to: '2026-03-20' }, lastExamDay: null }
    const result = allocatePlan(input(sessions, [regional]))
    expect(result.draws).toEqual([{ applicantId: 'A', region: 'R1', candidates: ['V2'], venue: 'V2', seed: drawSeed(7, 'p1', 'A') }])
    expect(result.outcomes[0]).toMatchObject({ seated: true, sessionId: 'S1' })
  })

  it('records an empty draw when no venue of the region suits', () => {
    const regional: ExamApplication = { rank: rank('A', 1), place: { by: 'region', region: 'R1' }, choice: { mode: 'arrangement', from: '2026-04-01', to: '2026-04-02' }, lastExamDay: null }
    const result = allocatePlan(input([{ id: 'S1', venue: 'V1', date: '2026-03-20', capacity: 5 }], [regional]))
    expect(result.draws[0]).toMatchObject({ candidates: [], venue: null })
    expect(result.outcomes[0]).toMatchObject({ seated: false, reason: 'NO_ACCEPTABLE_SESSION' })
  })

  it('refuses inconsistent input', () => {
    const s1 = { id: 'S1', venue: 'V1', date: '2026-03-20', capacity: 1 }
    expect(() => allocatePlan(input([s1, s1], []))).toThrow(/duplicate session/)
    expect(() => allocatePlan(input([{ ...s1, venue: 'V9' }], []))).toThrow(/unknown venue/)
    expect(() => allocatePlan(input([s1], [selfSelect('A', 1, ['S1']), selfSelect('A', 2, ['S1'])]))).toThrow(/duplicate applicant/)
    expect(() => allocatePlan(input([s1], [selfSelect('A', 1, ['S9'])]))).toThrow(/unknown session/)
    expect(() => allocatePlan(input([s1], [selfSelect('A', 1, ['S1'], 'V9')]))).toThrow(/unknown venue/)
    expect(() => allocatePlan(input([s1], [{ ...selfSelect('A', 1, ['S1']), place: { by: 'region', region: 'R9' } }]))).toThrow(/unknown region/)
    expect(() => allocatePlan(input([{ ...s1, capacity: -1 }], []))).toThrow(RangeError)
    expect(() => allocatePlan(input([s1], [], -1))).toThrow(/seed/)
  })
})

// ---------------------------------------------------------------------------------------------
// Properties on small random plans: ≤ 8 sessions, ≤ 20 applicants, capacities 1–3.
// ---------------------------------------------------------------------------------------------
const DATES = ['2026-03-20', '2026-03-21', '2026-03-22', '2026-03-23', '2026-03-24']

const instanceArb: fc.Arbitrary<AllocationInput> = fc
  .record({
    regions: fc.array(fc.constantFrom('R1', 'R2'), { minLength: 1, maxLength: 3 }),
    sessions: fc.array(fc.record({ venue: fc.nat(2), date: fc.constantFrom(...DATES), capacity: fc.integer({ min: 1, max: 3 }) }), { minLength: 1, maxLength: 8 }),
    applications: fc.array(
      fc.record({
        priority: fc.boolean(),
        rankingMinute: fc.nat(5),
        submittedMinute: fc.nat(3),
        tieHash: fc.nat(2),
        byRegion: fc.boolean(),
        placeIndex: fc.nat(2),
        selfSelect: fc.boolean(),
        picks: fc.array(fc.nat(7), { maxLength: 4 }),
        from: fc.nat(4),
        span: fc.nat(4),
        lastExamDay: fc.option(fc.constantFrom(...DATES))
      }),
      { maxLength: 20 }
    ),
    seed: fc.nat({ max: 0xffffffff })
  })
  .map(({ regions, sessions, applications, seed }) => {
    const venueList: ExamVenue[] = regions.map((region, i) => ({ id: `V${i}`, region }))
    const sessionList: ExamSession[] = sessions.map((s, i) => ({ id: `S${i}`, venue: `V${s.venue % venueList.length}`, date: s.date, capacity: s.capacity }))
    const regionList = [...new Set(regions)]
    const applicationList: ExamApplication[] = applications.map((a, i) => ({
      rank: {
        applicantId: `a${i}`,
        priority: a.priority,
        rankingAt: `2026-01-01T00:0${a.rankingMinute}:00Z`,
        submittedAt: `2026-03-01T00:0${a.submittedMinute}:00Z`,
        tieHash: a.tieHash
      },
      place: a.byRegion ? { by: 'region', region: regionList[a.placeIndex % regionList.length] ?? 'R1' } : { by: 'venue', venue: `V${a.placeIndex % venueList.length}` },
      choice: a.selfSelect
        ? { mode: 'self_select', sessionIds: [...new Set(a.picks.map((p) => `S${p % sessionList.length}`))] }
        : { mode: 'arrangement', from: DATES[a.from] ?? '2026-03-20', to: addDays(DATES[a.from] ?? '2026-03-20', a.span) },
      lastExamDay: a.lastExamDay
    }))
    return { planId: 'plan-prop', seed, venues: venueList, sessions: sessionList, applications: applicationList }
  })

describe('allocatePlan properties', () => {
  it('respects capacity, choices, rank order and the recorded draws', () => {
    fc.assert(
      fc.property(instanceArb, (instance) => {
        checkStructure(instance, allocatePlan(instance))
      }),
      { numRuns: 300 }
    )
  })

  it('seats as many applicants as a maximum matching does', () => {
    fc.assert(
      fc.property(instanceArb, (instance) => {
        const result = allocatePlan(instance)
        const { lists, capacities } = checkStructure(instance, result)
        expect(result.outcomes.filter((o) => o.seated).length).toBe(maxMatchingSize(capacities, lists))
      }),
      { numRuns: 300 }
    )
  })

  it('is priority-respecting: no unseated applicant could sit together with everyone seated above them', () => {
    fc.assert(
      fc.property(instanceArb, (instance) => {
        const result = allocatePlan(instance)
        const { lists, capacities } = checkStructure(instance, result)
        result.outcomes.forEach((outcome, u) => {
          if (outcome.seated) return
          const group = result.outcomes.flatMap((o, i) => (i < u && o.seated ? [lists[i] ?? []] : []))
          group.push(lists[u] ?? [])
          expect(maxMatchingSize(capacities, group)).toBeLessThan(group.length)
        })
      }),
      { numRuns: 300 }
    )
  })

  it('seats, among the top k for every k, as many as can be seated from the top k', () => {
    fc.assert(
      fc.property(instanceArb, (instance) => {
        const result = allocatePlan(instance)
        const { lists, capacities } = checkStructure(instance, result)
        for (let k = 1; k <= lists.length; k++) {
          const seatedInTop = result.outcomes.slice(0, k).filter((o) => o.seated).length
          expect(seatedInTop).toBe(maxMatchingSize(capacities, lists.slice(0, k)))
        }
      }),
      { numRuns: 200 }
    )
  })

  it('does not depend on the order applications arrive in', () => {
    fc.assert(
      fc.property(instanceArb, (instance) => {
        const reversed = { ...instance, applications: [...instance.applications].reverse() }
        expect(allocatePlan(reversed)).toEqual(allocatePlan(instance))
      }),
      { numRuns: 100 }
    )
  })
})

// ---------------------------------------------------------------------------------------------
// The seeded venue draw replays from its seed and changes with it.
// ---------------------------------------------------------------------------------------------
describe('region draws', () => {
  const regionVenues: ExamVenue[] = ['V1', 'V2', 'V3', 'V4'].map((id) => ({ id, region: 'R1' }))
  const regionSessions: ExamSession[] = regionVenues.map((v, i) => ({ id: `S${i}`, venue: v.id, date: '2026-03-20', capacity: 10 }))
  const regionApplications: ExamApplication[] = Array.from({ length: 40 }, (_, i) => ({
    rank: rank(`a${i}`, i % 60),
    place: { by: 'region', region: 'R1' },
    choice: { mode: 'arrangement', from: '2026-03-20', to: '2026-03-20' },
    lastExamDay: null
  }))
  const regionPlan = (seed: number): AllocationInput => ({ planId: 'p-region', seed, venues: regionVenues, sessions: regionSessions, applications: regionApplications })

  it('replays identically from the same seed', () => {
    fc.assert(
      fc.property(fc.nat({ max: 0xffffffff }), (seed) => {
        const first = allocatePlan(regionPlan(seed))
        expect(allocatePlan(regionPlan(seed))).toEqual(first)
        for (const draw of first.draws) expect(drawVenue(draw.candidates, draw.seed)).toBe(draw.venue)
      }),
      { numRuns: 50 }
    )
  })

  it('draws differently from a different seed', () => {
    fc.assert(
      fc.property(fc.nat({ max: 0xffffffff }), fc.nat({ max: 0xffffffff }), (a, b) => {
        fc.pre(a !== b)
        const venuesOf = (seed: number) => allocatePlan(regionPlan(seed)).draws.map((d) => d.venue)
        expect(venuesOf(a)).not.toEqual(venuesOf(b))
      }),
      { numRuns: 50 }
    )
  })
})

// ---------------------------------------------------------------------------------------------
// A plan the size of a city's busy week: 5,000 applicants, 200 sessions.
// ---------------------------------------------------------------------------------------------
describe('allocatePlan at scale', () => {
  it('allocates 5,000 applicants over 200 sessions', () => {
    const next = mulberry32(20260311)
    const pick = (n: number) => next() % n
    const bigVenues: ExamVenue[] = Array.from({ length: 20 }, (_, i) => ({ id: `V${i}`, region: `R${i % 4}` }))
    const days = Array.from({ length: 10 }, (_, d) => addDays('2026-03-20', d))
    const bigSessions: ExamSession[] = bigVenues.flatMap((v) => days.map((date) => ({ id: `${v.id}-${date}`, venue: v.id, date, capacity: 10 + pick(21) })))
    const applications: ExamApplication[] = Array.from({ length: 5000 }, (_, i) => {
      const venue = bigVenues[pick(bigVenues.length)] ?? { id: 'V0', region: 'R0' }
      const from = pick(days.length)
      const to = Math.min(days.length - 1, from + pick(5))
      return {
        rank: { applicantId: `a${i}`, priority: pick(50) === 0, rankingAt: new Date(Date.UTC(2026, 0, 1) + pick(86_400) * 60_000).toISOString(), submittedAt: '2026-03-01T00:00:00Z', tieHash: pick(1000) },
        place: pick(10) < 3 ? { by: 'region', region: venue.region } : { by: 'venue', venue: venue.id },
        choice:
          pick(10) < 6
            ? { mode: 'arrangement', from: days[from] ?? '', to: days[to] ?? '' }
            : { mode: 'self_select', sessionIds: Array.from({ length: 1 + pick(4) }, () => `${venue.id}-${days[pick(days.length)] ?? ''}`) },
        lastExamDay: null
      }
    })
    const big: AllocationInput = { planId: 'p-big', seed: 99, venues: bigVenues, sessions: bigSessions, applications }
    const result = allocatePlan(big)
    expect(result.outcomes).toHaveLength(5000)
    const seated = result.outcomes.filter((o) => o.seated).length
    const capacity = bigSessions.reduce((sum, s) => sum + s.capacity, 0)
    expect(seated).toBeLessThanOrEqual(capacity)
    const used = new Map<string, number>()
    for (const o of result.outcomes) if (o.seated) used.set(o.sessionId, (used.get(o.sessionId) ?? 0) + 1)
    for (const s of bigSessions) expect(used.get(s.id) ?? 0).toBeLessThanOrEqual(s.capacity)
  })
})
