/**
 * The time limit on a random batch (M3: about 90 seconds, then the batch is forfeited and the
 * next must be drawn). Main keeps no such clock: it accepts any number of the batch drawn last.
 * The limit is kept here, on the terminal, from the moment a batch is first shown; the start
 * is remembered for the window's session so leaving the screen and coming back, or reloading,
 * does not restart the clock.
 */
export const BATCH_SECONDS = 90

/** Where batch starts are remembered: window.sessionStorage, or a map in tests and when storage fails. */
export interface ClockStore {
  getItem(key: string): string | null
  setItem(key: string, value: string): void
}

function keyOf(vin: string, batch: number): string {
  return `plates.batch:${vin}:${batch}`
}

/** When batch `batch` (1-based) of the VIN was first shown: `nowMs` the first time it is asked. */
export function batchStartedAt(store: ClockStore, vin: string, batch: number, nowMs: number): number {
  const key = keyOf(vin, batch)
  let stored: number | null = null
  try {
    const raw = store.getItem(key)
    stored = raw === null ? null : Number(raw)
  } catch {
    stored = null
  }
  // A start in the future (the clock moved back) or unreadable counts as now.
  if (stored !== null && Number.isFinite(stored) && stored <= nowMs) return stored
  try {
    store.setItem(key, String(nowMs))
  } catch {
    // Storage full or unavailable: the clock then runs for this screen only.
  }
  return nowMs
}

/** Whole seconds left of the batch's time, counted up so 0 is shown only once it has run out. */
export function secondsLeft(startedAtMs: number, nowMs: number, limitSeconds = BATCH_SECONDS): number {
  const left = limitSeconds * 1000 - (nowMs - startedAtMs)
  return left <= 0 ? 0 : Math.ceil(left / 1000)
}

/** A store that forgets with the page, for when window.sessionStorage is unavailable. */
export function memoryStore(): ClockStore {
  const map = new Map<string, string>()
  return { getItem: (key) => map.get(key) ?? null, setItem: (key, value) => void map.set(key, value) }
}
