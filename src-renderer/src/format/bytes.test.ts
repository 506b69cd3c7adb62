import { describe, expect, it } from 'vitest'
import { formatBytes } from './bytes'

describe('formatBytes', () => {
  it('keeps small sizes in bytes', () => {
    expect(formatBytes(0, 'en')).toBe('0 B')
    expect(formatBytes(999, 'en')).toBe('999 B')
  })

  it('steps up by SI units with at most one decimal', () => {
    expect(formatBytes(1000, 'en')).toBe('1 kB')
    expect(formatBytes(12_345_678, 'en')).toBe('12.3 MB')
    expect(formatBytes(3_500_000_000, 'zh-CN')).toBe('3.5 GB')
  })

  it('stops at the largest unit', () => {
    expect(formatBytes(2_000_000_000_000_000, 'en')).toBe('2,000 TB')
  })
})
