import { randomBytes } from 'node:crypto'
import type { Role } from '../../src-shared/contract'

export type Locale = 'zh-CN' | 'en'

/** One caller's session: a browser tab of the web shell or the Electron window. */
export interface Session {
  readonly id: string
  role: Role
  /** The signed-in account (citizen, organisation agent or staff user); null when anonymous. */
  userId: string | null
  displayName: string | null
  /** The citizen record of a signed-in citizen or organisation agent. */
  citizenId: string | null
  organisationId: string | null
  /** The citizen a clerk is acting for at the counter, after verifying their identity. */
  actingForCitizenId: string | null
  locale: Locale
  readonly createdAt: number
  lastSeenAt: number
}

/**
 * Sessions live in main's memory only: a restart signs everyone out, which is what a kiosk
 * wants. Ids are 256-bit random values, never derived from anything guessable.
 */
export class SessionStore {
  private readonly sessions = new Map<string, Session>()

  constructor(private readonly now: () => number = Date.now) {}

  create(locale: Locale = 'zh-CN'): Session {
    const at = this.now()
    const session: Session = {
      id: randomBytes(32).toString('base64url'),
      role: 'anonymous',
      userId: null,
      displayName: null,
      citizenId: null,
      organisationId: null,
      actingForCitizenId: null,
      locale,
      createdAt: at,
      lastSeenAt: at
    }
    this.sessions.set(session.id, session)
    return session
  }

  /** Look a session up; the dispatcher, not the look-up, marks it as active. */
  get(id: string | undefined): Session | undefined {
    if (!id) return undefined
    return this.sessions.get(id)
  }

  /** Drop the identity a session held, keeping the session itself (kiosk idle reset, sign-out). */
  reset(session: Session): void {
    session.role = 'anonymous'
    session.userId = null
    session.displayName = null
    session.citizenId = null
    session.organisationId = null
    session.actingForCitizenId = null
  }

  destroy(id: string): void {
    this.sessions.delete(id)
  }

  get size(): number {
    return this.sessions.size
  }
}
