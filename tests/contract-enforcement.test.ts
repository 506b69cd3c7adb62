import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { contract, ROLES, TERMINAL_MODES, type Role, type TerminalMode } from '../src-shared/contract'
import type { Session } from '../src-main/core/session'
import { createTestApp, type TestApp } from './support/app'

/**
 * Generated from the contract, not listed by hand: every method, every role, both terminal
 * modes. A call the declaration forbids must be refused before the handler runs; a call it
 * allows must get past the gate. Then every method is fuzzed with arbitrary input.
 */
const apps = {} as Record<TerminalMode, TestApp>

beforeAll(async () => {
  for (const mode of TERMINAL_MODES) apps[mode] = await createTestApp({ mode, demoSize: 50 })
})
afterAll(() => {
  for (const mode of TERMINAL_MODES) apps[mode].close()
})

function sessionAs(app: TestApp, role: Role): Session {
  const session = app.app.sessions.create()
  session.role = role
  if (role !== 'anonymous') session.userId = `test-${role}`
  return session
}

const GATE_CODES = ['WRONG_TERMINAL_MODE', 'UNAUTHENTICATED', 'FORBIDDEN']

describe('role and mode enforcement', () => {
  for (const [name, spec] of Object.entries(contract)) {
    it(`${name}: ${spec.roles.join('/')} in ${spec.modes.join('/')}`, async () => {
      for (const mode of TERMINAL_MODES) {
        for (const role of ROLES) {
          const result = await apps[mode].call(sessionAs(apps[mode], role), name, {})
          const code = result.error?.code
          if (!spec.modes.includes(mode)) expect(code, `${role}@${mode}`).toBe('WRONG_TERMINAL_MODE')
          else if (!spec.roles.includes(role)) expect(code, `${role}@${mode}`).toBe(role === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN')
          else {
            expect(GATE_CODES, `${role}@${mode} should pass the gate`).not.toContain(code)
            expect(code, `${role}@${mode}`).not.toBe('INTERNAL')
          }
        }
      }
    })
  }
})

describe('fuzzing every method with arbitrary input', () => {
  for (const [name, spec] of Object.entries(contract)) {
    it(`${name} answers bad input with a clear error, never an internal one`, async () => {
      const mode = spec.modes[0]!
      const app = apps[mode]
      const role = spec.roles.find((r) => r !== 'anonymous') ?? spec.roles[0]!
      // Besides any JSON at all, objects using the method's own field names with wrong values.
      const fieldNames = Object.keys((spec.input as { shape?: object }).shape ?? {})
      const ownFields = fc.dictionary(fc.constantFrom(...(fieldNames.length ? fieldNames : ['x'])), fc.jsonValue())
      await fc.assert(
        fc.asyncProperty(fc.oneof(fc.jsonValue(), fc.object(), ownFields), async (input) => {
          const result = await app.call(sessionAs(app, role), name, input)
          if (!result.ok) {
            expect(result.error?.code).not.toBe('INTERNAL')
            expect(result.error?.message.length).toBeGreaterThan(0)
          }
        }),
        { numRuns: 25 }
      )
    })
  }
})
