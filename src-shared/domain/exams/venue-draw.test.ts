import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { drawSeed, drawVenue, venueDraw } from './venue-draw'

describe('drawVenue', () => {
  it('replays from its seed, whatever the order of the candidates', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 6 }), fc.nat({ max: 0xffffffff }), (venues, seed) => {
        const drawn = drawVenue(venues, seed)
        expect(venues).toContain(drawn)
        expect(drawVenue([...venues].reverse(), seed)).toBe(drawn)
      })
    )
  })

  it('draws every venue about equally often over many seeds', () => {
    const counts = new Map<string, number>()
    for (let seed = 0; seed < 30_000; seed++) {
      const v = drawVenue(['V1', 'V2', 'V3'], drawSeed(seed, 'plan', 'a'))
      counts.set(v ?? '', (counts.get(v ?? '') ?? 0) + 1)
    }
    for (const v of ['V1', 'V2', 'V3']) expect(Math.abs((counts.get(v) ?? 0) - 10_000)).toBeLessThan(400)
  })

  it('draws nothing from no candidates', () => {
    expect(drawVenue([], 1)).toBeNull()
  })
})

describe('venueDraw', () => {
  it('records the sorted candidates, the venue and the derived seed', () => {
    const draw = venueDraw(42, 'p1', 'a1', 'R1', ['V2', 'V1'])
    expect(draw).toMatchObject({ applicantId: 'a1', region: 'R1', candidates: ['V1', 'V2'], seed: drawSeed(42, 'p1', 'a1') })
    expect(drawVenue(draw.candidates, draw.seed)).toBe(draw.venue)
  })

  it('derives a different seed per applicant, plan and plan seed', () => {
    const seeds = new Set([drawSeed(42, 'p1', 'a1'), drawSeed(42, 'p1', 'a2'), drawSeed(42, 'p2', 'a1'), drawSeed(43, 'p1', 'a1')])
    expect(seeds.size).toBe(4)
  })
})
