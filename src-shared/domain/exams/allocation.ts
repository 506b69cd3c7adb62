import { rankOrderMatching } from './rank-matching'
import { compareApplicants, type RankKey } from './ranking'
import { venueDraw, type VenueDraw } from './venue-draw'

export interface ExamVenue {
  readonly id: string
  readonly region: string
}

export interface ExamSession {
  readonly id: string
  readonly venue: string
  /** China date of the session. */
  readonly date: string
  /** Seats, from the office's 核定 daily capacity (S1 art.54). */
  readonly capacity: number
}

/**
 * The two booking modes of seed §6: pick one or several sessions (自主选择场次), or accept any
 * session whose date lies in the range (接受平台安排), both inclusive.
 */
export type SessionChoice = { readonly mode: 'self_select'; readonly sessionIds: readonly string[] } | { readonly mode: 'arrangement'; readonly from: string; readonly to: string }

/** Booking by venue, or by region with the venue drawn at random (seed §6). */
export type BookingPlace = { readonly by: 'venue'; readonly venue: string } | { readonly by: 'region'; readonly region: string }

export interface ExamApplication {
  readonly rank: RankKey
  readonly place: BookingPlace
  readonly choice: SessionChoice
  /** Sessions after this day are not acceptable: the permit's last valid day (E4), or null for 科目一. */
  readonly lastExamDay: string | null
}

export interface AllocationInput {
  readonly planId: string
  /** The plan's draw seed (an unsigned 32-bit integer), generated on the results day and recorded with the results. */
  readonly seed: number
  readonly venues: readonly ExamVenue[]
  readonly sessions: readonly ExamSession[]
  readonly applications: readonly ExamApplication[]
}

/**
 * Why an applicant was not seated:
 * - NO_ACCEPTABLE_SESSION — no session of the plan meets their choice (their selected sessions or
 *   date range, at their venue or drawn venue, not after their permit's last valid day);
 * - NO_CAPACITY_AT_RANK — there were such sessions, but seating them would push out someone ranked higher.
 */
export type NotSeatedReason = 'NO_ACCEPTABLE_SESSION' | 'NO_CAPACITY_AT_RANK'

export type AllocationOutcome =
  | { readonly applicantId: string; readonly rankPosition: number; readonly seated: true; readonly sessionId: string; readonly venue: string; readonly date: string }
  | { readonly applicantId: string; readonly rankPosition: number; readonly seated: false; readonly reason: NotSeatedReason }

export interface AllocationResult {
  readonly planId: string
  readonly seed: number
  /** One per application, in rank order; rankPosition is 1-based. */
  readonly outcomes: readonly AllocationOutcome[]
  /** One per region booking, in rank order: the audit log of the venue draws. */
  readonly draws: readonly VenueDraw[]
}

function uniqueIds<T>(items: readonly T[], id: (item: T) => string, what: string): Map<string, T> {
  const byId = new Map<string, T>()
  for (const item of items) {
    const key = id(item)
    if (byId.has(key)) throw new RangeError(`duplicate ${what} id: ${key}`)
    byId.set(key, item)
  }
  return byId
}

/**
 * Allocates a whole plan on its results day (seed §6; E14): applications are ranked by
 * compareApplicants, region bookings get a venue by seeded draw, and seats are assigned by
 * rankOrderMatching, which is priority-respecting and seats as many applicants as any assignment can.
 *
 * Within a venue an applicant's sessions are preferred earliest date first, then in the order the
 * plan lists them. A region draw only considers the region's venues that have at least one session
 * the applicant would accept, so nobody is sent to a venue with nothing for them.
 */
export function allocatePlan(input: AllocationInput): AllocationResult {
  const { planId, seed } = input
  if (!Number.isSafeInteger(seed) || seed < 0 || seed > 0xffffffff) throw new RangeError(`seed must be an unsigned 32-bit integer, got ${seed}`)
  const venues = uniqueIds(input.venues, (v) => v.id, 'venue')
  const sessionIndex = new Map<string, number>()
  for (const [i, session] of input.sessions.entries()) {
    if (sessionIndex.has(session.id)) throw new RangeError(`duplicate session id: ${session.id}`)
    if (!venues.has(session.venue)) throw new RangeError(`session ${session.id} is at unknown venue ${session.venue}`)
    sessionIndex.set(session.id, i)
  }
  uniqueIds(input.applications, (a) => a.rank.applicantId, 'applicant')

  const sessionsByVenue = new Map<string, number[]>()
  const order = input.sessions.map((_, i) => i)
  order.sort((a, b) => {
    const da = input.sessions[a]?.date ?? ''
    const db = input.sessions[b]?.date ?? ''
    return da < db ? -1 : da > db ? 1 : a - b
  })
  for (const i of order) {
    const venue = input.sessions[i]?.venue ?? ''
    const list = sessionsByVenue.get(venue) ?? []
    list.push(i)
    sessionsByVenue.set(venue, list)
  }
  const venuesByRegion = new Map<string, string[]>()
  for (const venue of input.venues) venuesByRegion.set(venue.region, [...(venuesByRegion.get(venue.region) ?? []), venue.id])

  const ranked = [...input.applications].sort((a, b) => compareApplicants(a.rank, b.rank))
  const draws: VenueDraw[] = []
  const acceptable: number[][] = ranked.map((application) => {
    const { choice, lastExamDay, place } = application
    const selected = choice.mode === 'self_select' ? new Set(choice.sessionIds) : null
    if (selected) {
      for (const id of selected) if (!sessionIndex.has(id)) throw new RangeError(`applicant ${application.rank.applicantId} selected unknown session ${id}`)
    }
    const accepts = (i: number): boolean => {
      const session = input.sessions[i]
      if (!session || (lastExamDay !== null && session.date > lastExamDay)) return false
      return selected ? selected.has(session.id) : choice.mode === 'arrangement' && session.date >= choice.from && session.date <= choice.to
    }
    const atVenue = (venue: string): number[] => (sessionsByVenue.get(venue) ?? []).filter(accepts)

    if (place.by === 'venue') {
      if (!venues.has(place.venue)) throw new RangeError(`applicant ${application.rank.applicantId} booked unknown venue ${place.venue}`)
      return atVenue(place.venue)
    }
    const regionVenues = venuesByRegion.get(place.region)
    if (!regionVenues) throw new RangeError(`applicant ${application.rank.applicantId} booked unknown region ${place.region}`)
    const draw = venueDraw(seed, planId, application.rank.applicantId, place.region, regionVenues.filter((v) => atVenue(v).length > 0))
    draws.push(draw)
    return draw.venue === null ? [] : atVenue(draw.venue)
  })

  const seatOf = rankOrderMatching(
    input.sessions.map((s) => s.capacity),
    acceptable
  )

  const outcomes = ranked.map((application, i): AllocationOutcome => {
    const applicantId = application.rank.applicantId
    const rankPosition = i + 1
    const session = input.sessions[seatOf[i] ?? -1]
    if (session) return { applicantId, rankPosition, seated: true, sessionId: session.id, venue: session.venue, date: session.date }
    return { applicantId, rankPosition, seated: false, reason: (acceptable[i] ?? []).length === 0 ? 'NO_ACCEPTABLE_SESSION' : 'NO_CAPACITY_AT_RANK' }
  })
  return { planId, seed, outcomes, draws }
}
