import { describe, expect, it } from 'vitest'
import { earliestBookingDays, permitIssuedByResult, permitLastValidDay, permitUnderSixMonthsLeft } from './permit'

const permit = (permitIssuedOn: string | null, ageLimitLastDay: string | null = null) => ({ permitIssuedOn, ageLimitLastDay })

describe('permitLastValidDay (E4)', () => {
  it('is the day before the third anniversary', () => {
    expect(permitLastValidDay(permit('2023-03-15'))).toBe('2026-03-14')
    expect(permitLastValidDay(permit('2026-01-01'))).toBe('2028-12-31')
  })

  it('handles a permit issued on 29 February', () => {
    expect(permitLastValidDay(permit('2024-02-29'))).toBe('2027-02-27')
  })

  it('stops at the age limit when that comes first', () => {
    expect(permitLastValidDay(permit('2025-01-01', '2026-06-30'))).toBe('2026-06-30')
    expect(permitLastValidDay(permit('2025-01-01', '2030-06-30'))).toBe('2027-12-31')
  })

  it('is null without a permit', () => {
    expect(permitLastValidDay(permit(null))).toBeNull()
  })
})

describe('permitUnderSixMonthsLeft (E15)', () => {
  // Issued 2023-03-15: valid to 2026-03-14, lapses at the start of 2026-03-15.
  it('is false with exactly six months left and true a day later', () => {
    expect(permitUnderSixMonthsLeft(permit('2023-03-15'), '2025-09-15')).toBe(false)
    expect(permitUnderSixMonthsLeft(permit('2023-03-15'), '2025-09-16')).toBe(true)
    expect(permitUnderSixMonthsLeft(permit('2023-03-15'), '2026-03-14')).toBe(true)
  })

  it('is false once expired, and without a permit', () => {
    expect(permitUnderSixMonthsLeft(permit('2023-03-15'), '2026-03-15')).toBe(false)
    expect(permitUnderSixMonthsLeft(permit(null), '2026-03-15')).toBe(false)
  })

  it('clamps to the month end (31 August + 6 months = end of February)', () => {
    // Issued 2023-03-01: lapses at the start of 2026-03-01; from 2025-08-31, six months reach 2026-02-28.
    expect(permitUnderSixMonthsLeft(permit('2023-03-01'), '2025-08-31')).toBe(false)
    expect(permitUnderSixMonthsLeft(permit('2023-03-01'), '2025-09-02')).toBe(true)
  })
})

describe('permitIssuedByResult (E4; S1 art.40)', () => {
  it('issues the permit on the day 科目一 is passed when none is on record', () => {
    expect(permitIssuedByResult(null, 'k1', 'pass', '2026-03-02')).toBe('2026-03-02')
  })

  it('issues nothing for a fail, an absence or another subject', () => {
    expect(permitIssuedByResult(null, 'k1', 'fail', '2026-03-02')).toBeNull()
    expect(permitIssuedByResult(null, 'k1', 'absent', '2026-03-02')).toBeNull()
    expect(permitIssuedByResult(null, 'k3_safety', 'pass', '2026-03-02')).toBeNull()
  })

  it('keeps a permit already on record (issued on acceptance for a class addition)', () => {
    expect(permitIssuedByResult('2026-01-10', 'k1', 'pass', '2026-03-02')).toBeNull()
  })
})

describe('earliestBookingDays (E5, E6)', () => {
  const of = (licenceClass: 'C1' | 'C2' | 'B2' | 'C6' | 'D', addingToCarClassLicence = false, permitIssuedOn: string | null = '2026-03-02') => earliestBookingDays({ permitIssuedOn, licenceClass, addingToCarClassLicence })

  it('counts natural days from the permit by class', () => {
    expect(of('C1')).toEqual({ k2: '2026-03-12', k3_road: '2026-04-01' })
    expect(of('C2')).toEqual({ k2: '2026-03-12', k3_road: '2026-03-22' })
    expect(of('B2')).toEqual({ k2: '2026-03-22', k3_road: '2026-04-11' })
    expect(of('B2', true)).toEqual({ k2: '2026-03-22', k3_road: '2026-04-01' })
  })

  it('has no day without a permit or without a wait for the class', () => {
    expect(of('C1', false, null)).toEqual({ k2: null, k3_road: null })
    expect(of('C6')).toEqual({ k2: '2026-03-22', k3_road: null })
    expect(of('D')).toEqual({ k2: null, k3_road: null })
  })
})
