/**
 * Rank-order augmenting-path matching: the seating step of exam allocation ("higher-ranked applicants
 * first", seed §6, E14), written over plain indexes so it can be tested on its own.
 *
 * Applicants are taken in rank order. Each is seated in the first session of their list that still
 * has a seat; failing that, a breadth-first search looks for an augmenting path — a chain of
 * already-seated applicants who each move to another session they accept, ending at a free seat —
 * and applies it. Nobody already seated is ever unseated, only moved between sessions they accepted,
 * and the search tries moving lower-ranked occupants before higher-ranked ones. If no path exists,
 * the applicant stays out.
 *
 * This is the greedy algorithm on the transversal matroid whose independent sets are the sets of
 * applicants that can be seated together, so the seated set is a maximum matching and, among
 * maximum matchings, the best by rank: an applicant is left out only when seating them would force
 * out someone ranked higher (docs/exam-allocation.md gives the argument and a worked example).
 *
 * Speed: when a search fails, every session it reached is full and every applicant seated there
 * accepts only sessions that were also reached. Later augmenting paths never pass through such a
 * closed, full set (no free seat is reachable from it), so its occupants never change and it stays
 * closed; the sessions are marked dead and skipped by every later search. Each session therefore
 * takes part in at most one failed search.
 */

/**
 * @param capacities seats in each session (non-negative integers).
 * @param acceptable for each applicant, best rank first, the session indexes they accept in order
 *   of preference; the first with a free seat is taken when no one has to move.
 * @returns for each applicant, the index of the session they are seated in, or -1.
 */
export function rankOrderMatching(capacities: readonly number[], acceptable: readonly (readonly number[])[]): number[] {
  const sessionCount = capacities.length
  const free = capacities.map((c, i) => {
    if (!Number.isSafeInteger(c) || c < 0) throw new RangeError(`capacity of session ${i} must be a non-negative integer, got ${c}`)
    return c
  })
  for (const [a, list] of acceptable.entries()) {
    for (const s of list) {
      if (!Number.isInteger(s) || s < 0 || s >= sessionCount) throw new RangeError(`applicant ${a} accepts unknown session ${s}`)
    }
  }

  const seatOf: number[] = new Array<number>(acceptable.length).fill(-1)
  const occupants: number[][] = Array.from({ length: sessionCount }, () => [])
  const dead = new Uint8Array(sessionCount)
  const visitedIn = new Int32Array(sessionCount)
  const cameFrom = new Int32Array(sessionCount)
  const mover = new Int32Array(sessionCount)
  const queue = new Int32Array(sessionCount)

  // Occupant lists stay sorted by rank so a search tries moving the lowest-ranked occupant first.
  const seat = (applicant: number, session: number): void => {
    const list = occupants[session] ?? []
    let at = list.length
    while (at > 0 && (list[at - 1] ?? 0) > applicant) at--
    list.splice(at, 0, applicant)
    free[session] = (free[session] ?? 0) - 1
    seatOf[applicant] = session
  }
  const unseat = (applicant: number, session: number): void => {
    const list = occupants[session] ?? []
    list.splice(list.indexOf(applicant), 1)
    free[session] = (free[session] ?? 0) + 1
  }

  for (const [applicant, choices] of acceptable.entries()) {
    const direct = choices.find((s) => dead[s] === 0 && (free[s] ?? 0) > 0)
    if (direct !== undefined) {
      seat(applicant, direct)
      continue
    }

    const search = applicant + 1
    let head = 0
    let tail = 0
    for (const s of choices) {
      if (dead[s] === 1 || visitedIn[s] === search) continue
      visitedIn[s] = search
      cameFrom[s] = -1
      queue[tail++] = s
    }
    let found = -1
    while (head < tail && found < 0) {
      const session = queue[head++] ?? 0
      const seated = occupants[session] ?? []
      for (let k = seated.length - 1; k >= 0; k--) {
        const occupant = seated[k] ?? 0
        for (const next of acceptable[occupant] ?? []) {
          if (dead[next] === 1 || visitedIn[next] === search) continue
          visitedIn[next] = search
          cameFrom[next] = session
          mover[next] = occupant
          if ((free[next] ?? 0) > 0) {
            found = next
            break
          }
          queue[tail++] = next
        }
        if (found >= 0) break
      }
    }

    if (found < 0) {
      for (let i = 0; i < tail; i++) dead[queue[i] ?? 0] = 1
      continue
    }
    let target = found
    while ((cameFrom[target] ?? -1) >= 0) {
      const from = cameFrom[target] ?? -1
      const moving = mover[target] ?? -1
      unseat(moving, from)
      seat(moving, target)
      target = from
    }
    seat(applicant, target)
  }
  return seatOf
}
