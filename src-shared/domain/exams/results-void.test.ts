import { describe, expect, it } from 'vitest'
import type { ExamAttempt, ExamSubject } from './model'
import { countingPasses, fifthBookingFailure } from './results-void'

const pass = (subject: ExamSubject, day: string): ExamAttempt => ({ subject, at: `${day}T01:00:00Z`, result: 'pass' })
const fail = (subject: ExamSubject, day: string, result: 'fail' | 'absent' = 'fail'): ExamAttempt => ({ subject, at: `${day}T01:00:00Z`, result })
/** `n` failed bookings of a subject, 15 days apart from 2026-02-01 (E7's 10-day wait respected). */
const fails = (subject: ExamSubject, n: number, result: 'fail' | 'absent' = 'fail'): ExamAttempt[] =>
  Array.from({ length: n }, (_, i) => fail(subject, `2026-${String(2 + Math.floor((i * 15) / 28)).padStart(2, '0')}-${String(1 + ((i * 15) % 28)).padStart(2, '0')}`, result))

const k1 = pass('k1', '2026-01-04')

describe('countingPasses: no fifth failure (E8)', () => {
  it('counts every pass, dated by the China date of the exam', () => {
    const early = { subject: 'k2' as const, at: '2026-02-09T23:30:00Z', result: 'pass' as const }
    expect(countingPasses([k1, early])).toEqual({ passed: { k1: '2026-01-04', k2: '2026-02-10' }, voided: [], void: null })
  })

  it('keeps the 科目一 pass after a fourth failed 科目二 booking', () => {
    const r = countingPasses([k1, ...fails('k2', 4)])
    expect(r.passed).toEqual({ k1: '2026-01-04' })
    expect(r.void).toBeNull()
  })

  it('keeps everything when 科目二 is passed at the fifth booking', () => {
    const r = countingPasses([k1, ...fails('k2', 4), pass('k2', '2026-05-01')])
    expect(r).toMatchObject({ passed: { k1: '2026-01-04', k2: '2026-05-01' }, void: null })
  })

  it('puts no limit on 科目一 or safe-driving knowledge', () => {
    expect(countingPasses([...fails('k1', 7), k1]).void).toBeNull()
    expect(countingPasses([k1, pass('k2', '2026-02-01'), pass('k3_road', '2026-03-01'), ...fails('k3_safety', 6)]).void).toBeNull()
  })
})

describe('countingPasses: a failed fifth booking voids the other passes (E8; S1 art.47 ¶2)', () => {
  it('voids the 科目一 pass when the fifth 科目二 booking fails', () => {
    const attempts = [k1, ...fails('k2', 5)]
    const r = countingPasses(attempts)
    expect(r.passed).toEqual({})
    expect(r.voided).toEqual([{ subject: 'k1', on: '2026-01-04' }])
    expect(r.void).toMatchObject({ subject: 'k2', failedOn: attempts.at(-1)!.at.slice(0, 10), result: 'fail' })
    expect(r.void?.message).toBe(`科目二第5次预约考试（${r.void?.failedOn}）仍不合格，已考科目成绩作废，须重新申请、从科目一开始。`)
  })

  it('voids 科目二 and 科目一 when the fifth 科目三 road booking fails', () => {
    const r = countingPasses([k1, pass('k2', '2026-01-20'), ...fails('k3_road', 5)])
    expect(r.passed).toEqual({})
    expect(r.voided).toEqual([
      { subject: 'k1', on: '2026-01-04' },
      { subject: 'k2', on: '2026-01-20' }
    ])
    expect(r.void).toMatchObject({ subject: 'k3_road' })
    expect(r.void?.message).toContain('科目三道路驾驶技能第5次预约考试')
  })

  it('counts absences as failed bookings (E9)', () => {
    const allAbsent = countingPasses([k1, ...fails('k2', 5, 'absent')])
    expect(allAbsent.void).toMatchObject({ subject: 'k2', result: 'absent' })
    expect(allAbsent.void?.message).toContain('缺考')
    expect(allAbsent.passed).toEqual({})

    const mixed = [k1, ...fails('k2', 3), ...fails('k2', 2, 'absent').map((a) => ({ ...a, at: a.at.replace('2026', '2027') }))]
    expect(countingPasses(mixed).void).toMatchObject({ subject: 'k2', result: 'absent' })
    expect(countingPasses(mixed.slice(0, 4)).void).toBeNull()
  })

  it('reads the fifth booking in time order, whatever order the attempts come in', () => {
    const attempts = [...fails('k2', 4), pass('k2', '2026-12-01'), k1].reverse()
    expect(countingPasses(attempts).void).toBeNull()
  })

  it('names the earlier fifth failure when both subjects reach one', () => {
    const k3 = fails('k3_road', 5).map((a) => ({ ...a, at: a.at.replace('2026', '2025') }))
    expect(fifthBookingFailure([k1, ...fails('k2', 5), ...k3])?.subject).toBe('k3_road')
  })
})
