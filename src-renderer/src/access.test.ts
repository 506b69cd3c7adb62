import { describe, expect, it } from 'vitest'
import { allows, landingFor, type Access } from './access'

const anonymous = { role: 'anonymous', actingFor: null } as const
const citizen = { role: 'citizen', actingFor: null } as const
const agent = { role: 'org_agent', actingFor: null } as const
const clerk = { role: 'clerk', actingFor: null } as const
const serving = { role: 'clerk', actingFor: { citizenId: 'c1', name: '张三', idNumber: '11010519491231002X' } } as const
const admin = { role: 'admin', actingFor: null } as const

describe('allows', () => {
  it('opens each screen to the roles whose calls main accepts', () => {
    const table: Record<Access, readonly unknown[]> = {
      guest: [anonymous],
      register: [anonymous, clerk, serving],
      personal: [citizen, agent, serving],
      contacts: [citizen, serving],
      exams: [citizen, serving],
      licence: [citizen, serving],
      vehicle: [citizen, serving],
      clerk: [clerk, serving],
      admin: [admin]
    }
    for (const [access, allowed] of Object.entries(table) as [Access, readonly unknown[]][]) {
      for (const view of [anonymous, citizen, agent, clerk, serving, admin]) {
        expect(allows(access, view), `${access} for ${view.role}${view.actingFor ? ' serving' : ''}`).toBe(allowed.includes(view))
      }
    }
  })

  it('treats an unknown session as anonymous', () => {
    expect(allows('guest', null)).toBe(true)
    expect(allows('personal', null)).toBe(false)
  })
})

describe('landingFor', () => {
  it('sends every role to a screen it may open', () => {
    expect(landingFor(citizen)).toEqual({ name: 'me' })
    expect(landingFor(agent)).toEqual({ name: 'me' })
    expect(landingFor(clerk)).toEqual({ name: 'counter' })
    expect(landingFor(serving)).toEqual({ name: 'me' })
    expect(landingFor(admin)).toEqual({ name: 'admin' })
    expect(landingFor(anonymous)).toEqual({ name: 'sign-in' })
  })
})
