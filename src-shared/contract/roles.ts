/** Who is calling. `anonymous` is a session that has not signed in yet. */
export const ROLES = ['anonymous', 'citizen', 'org_agent', 'clerk', 'admin'] as const
export type Role = (typeof ROLES)[number]

/** A terminal's mode comes from its enrolment, never from a choice in the UI. */
export const TERMINAL_MODES = ['kiosk', 'counter'] as const
export type TerminalMode = (typeof TERMINAL_MODES)[number]

/** Every role, for methods anyone may call (system facts, sign-in). */
export const ANY_ROLE: readonly Role[] = ROLES
export const SIGNED_IN: readonly Role[] = ['citizen', 'org_agent', 'clerk', 'admin']
export const STAFF: readonly Role[] = ['clerk', 'admin']
export const BOTH_MODES: readonly TerminalMode[] = TERMINAL_MODES
