import { createTerminalApp, type TerminalApp } from '../../src-main/app/app'
import type { Session } from '../../src-main/core/session'
import type { TerminalConfig } from '../../src-main/app/config'
import { tempDir } from './temp'
import { DEMO_STAFF_PASSWORD } from '../../src-main/features/identity/demo-staff'

export interface TestApp {
  app: TerminalApp
  /** Call a method as a session and return the raw RpcResult. */
  call(session: Session, method: string, input: unknown): Promise<{ ok: boolean; value?: unknown; error?: { code: string; message: string; details?: Record<string, unknown> } }>
  close(): Promise<void>
  /** A fresh session signed in as a demo staff account. */
  staff(username: 'clerk' | 'admin'): Promise<Session>
  /** A demo clerk's session serving a citizen (identity checked by inspecting the card). */
  serving(citizenId: string): Promise<Session>
}

/** A clock the tests move: `now` for the terminal, `at(day)` sets it to 10:00 China time on that day, `advance(ms)` moves it on (or back). */
export function movableClock(startDay = '2026-11-25'): { now: () => Date; at: (day: string) => void; advance: (ms: number) => void } {
  let current = new Date(`${startDay}T02:00:00Z`)
  return {
    now: () => current,
    at: (day) => {
      current = new Date(`${day}T02:00:00Z`)
    },
    advance: (ms) => {
      current = new Date(current.getTime() + ms)
    }
  }
}

/** A demo terminal on a fresh data directory with a small deterministic data set. */
export async function createTestApp(config: Partial<TerminalConfig> = {}, now?: () => Date): Promise<TestApp> {
  const dir = tempDir()
  const app = await createTerminalApp({ dataDir: dir.path, config: { demoSize: 300, ...config }, now })
  return {
    app,
    call: (session, method, input) => app.dispatcher.call(session, method, input) as ReturnType<TestApp['call']>,
    staff: async (username) => {
      const session = app.sessions.create()
      const signedIn = await app.dispatcher.call(session, 'auth.signIn', { kind: 'staff', username, password: DEMO_STAFF_PASSWORD })
      if (!signedIn.ok) throw new Error(`${username} sign-in: ${JSON.stringify(signedIn)}`)
      return session
    },
    serving: async (citizenId) => {
      const clerk = app.sessions.create()
      await app.dispatcher.call(clerk, 'auth.signIn', { kind: 'staff', username: 'clerk', password: DEMO_STAFF_PASSWORD })
      const served = await app.dispatcher.call(clerk, 'counter.serve', { citizenId, verification: 'inspected_card' })
      if (!served.ok) throw new Error(`serve ${citizenId}: ${JSON.stringify(served)}`)
      return clerk
    },
    close: async () => {
      await app.close()
      dir.remove()
    }
  }
}

export interface DemoPerson {
  citizenId: string
  idNumber: string
  name: string
  fileNumber: string
  plate: string
  vin: string
}

/** Demo citizens holding a licence and at least one vehicle, without an account yet. */
export function demoPeople(app: TerminalApp, count: number): DemoPerson[] {
  return app.db.raw
    .prepare(
      `SELECT c.id AS citizenId, c.id_number AS idNumber, c.name, l.file_number AS fileNumber,
              (SELECT plate FROM vehicles v WHERE v.owner_citizen_id = c.id ORDER BY plate LIMIT 1) AS plate,
              (SELECT vin FROM vehicles v WHERE v.owner_citizen_id = c.id ORDER BY plate LIMIT 1) AS vin
         FROM citizens c JOIN licences l ON l.citizen_id = c.id
        WHERE EXISTS (SELECT 1 FROM vehicles v WHERE v.owner_citizen_id = c.id)
          AND NOT EXISTS (SELECT 1 FROM accounts a WHERE a.citizen_id = c.id)
        ORDER BY c.id LIMIT ?`
    )
    .all(count) as DemoPerson[]
}

export const STRONG_PASSWORD = 'Lu-Terminal9'
