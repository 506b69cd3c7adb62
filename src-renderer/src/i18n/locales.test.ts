import { describe, expect, it } from 'vitest'
import { ERROR_CODES, ROLES } from '../../../src-shared/contract'
import { SYNC_REASON_CODES } from '../features/sync/sync-figures'
import en from './en'
import zhCN from './zh-CN'

function keyPaths(messages: object, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? keyPaths(value, `${prefix}${key}.`) : [`${prefix}${key}`]
  )
}

describe('locale files', () => {
  it('zh-CN and en have identical key sets', () => {
    expect(keyPaths(en).sort()).toEqual(keyPaths(zhCN).sort())
  })

  it('translate every error code of the contract', () => {
    expect(Object.keys(zhCN.errors).sort()).toEqual([...ERROR_CODES].sort())
  })

  it('name every role of the contract', () => {
    expect(Object.keys(zhCN.roles).sort()).toEqual([...ROLES].sort())
  })

  it('explain every refusal the sync screens name by code, in a sentence that needs no details', () => {
    const rules = zhCN.rules as Record<string, string>
    for (const code of SYNC_REASON_CODES) {
      expect(rules[code], code).toBeTruthy()
      expect(rules[code], code).not.toMatch(/\{/)
    }
  })
})
