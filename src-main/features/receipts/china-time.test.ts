import { describe, expect, it } from 'vitest'
import { formatChinaDateTime } from './china-time'

describe('formatChinaDateTime', () => {
  it('prints UTC+8 wall-clock time to the minute', () => {
    expect(formatChinaDateTime('2025-11-25T06:32:17.000Z')).toBe('2025-11-25 14:32')
    expect(formatChinaDateTime('2025-12-31T16:00:00Z')).toBe('2026-01-01 00:00')
  })

  it('refuses text that is not an instant', () => {
    expect(() => formatChinaDateTime('yesterday')).toThrow(RangeError)
  })
})
