import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { PlateReservationView } from '../src-shared/contract/plates'
import { createHolidayCalendar, CHINA_2026_CALENDAR_DATA } from '../src-shared/domain/exams'
import { vinCheckDigit } from '../src-shared/domain/identifiers/vin'
import { BATCHES_PER_VIN } from '../src-shared/domain/plate-selection'
import { createTestApp, movableClock, type TestApp } from './support/app'

type Selection = { vin: string; prefix: string; batches: string[][]; batchesLeft: number; composedLeft: number; reservation: PlateReservationView | null }

/** A checksum-valid VIN of a car not in the demo data. */
function newVin(serial: number): string {
  const body = `LSVAU2180N2${String(serial).padStart(6, '0')}`
  return body.slice(0, 8) + vinCheckDigit(body) + body.slice(9)
}

/**
 * 号牌预选 on one counter: batches and composed numbers by rule, a number held for three working
 * days once per VIN, and what is taken for the next person.
 */
describe('plate pre-selection', () => {
  let t: TestApp
  const clock = movableClock()
  beforeAll(async () => {
    t = await createTestApp({ mode: 'counter' }, clock.now)
  })
  afterAll(() => t.close())
  const rule = (r: Awaited<ReturnType<TestApp['call']>>) => r.error?.details?.rule
  const citizen = (n: number) => (t.app.db.raw.prepare('SELECT id FROM citizens ORDER BY id LIMIT 1 OFFSET ?').get(n) as { id: string }).id

  it('draws up to five batches of ten numbers with the office prefix, and holds one for three working days', async () => {
    const clerk = await t.serving(citizen(0))
    const vin = newVin(1)
    expect(await t.call(clerk, 'plates.start', { vin })).toMatchObject({ ok: true, value: { prefix: '鲁A', batches: [], batchesLeft: 5, composedLeft: 20, reservation: null } })
    let selection = (await t.call(clerk, 'plates.draw', { vin })).value as Selection
    expect(selection.batches).toHaveLength(1)
    expect(selection.batches[0]).toHaveLength(10)
    expect(selection.batches[0]!.every((plate) => /^鲁A[A-HJ-NP-Z][0-9A-HJ-NP-Z]{4}$/.test(plate))).toBe(true)
    for (let i = 1; i < BATCHES_PER_VIN; i++) selection = (await t.call(clerk, 'plates.draw', { vin })).value as Selection
    expect(selection.batchesLeft).toBe(0)
    expect(rule(await t.call(clerk, 'plates.draw', { vin }))).toBe('PLATE_BATCHES_USED')
    // Only the current batch counts: an earlier one is forfeited.
    expect(rule(await t.call(clerk, 'plates.reserve', { vin, plate: selection.batches[0]![0]!, source: 'random' }))).toBe('PLATE_NOT_IN_BATCH')

    const chosen = selection.batches.at(-1)![3]!
    // The current batch can be picked from for 90 seconds (M3); after that it is forfeited.
    clock.advance(91_000)
    expect(await t.call(clerk, 'plates.reserve', { vin, plate: chosen, source: 'random' })).toMatchObject({ ok: false, error: { details: { rule: 'PLATE_BATCH_EXPIRED', seconds: 90 } } })
    clock.advance(-91_000)
    const held = await t.call(clerk, 'plates.reserve', { vin, plate: chosen, source: 'random' })
    const today = clock.now().toISOString().slice(0, 10)
    const heldUntil = createHolidayCalendar(CHINA_2026_CALENDAR_DATA).addWorkingDays(today, 3)
    expect(held).toMatchObject({ ok: true, value: { plate: chosen, source: 'random', heldUntil, state: 'held', maskedVin: `***********${vin.slice(-6)}` } })
    // Once per VIN, and final.
    expect(rule(await t.call(clerk, 'plates.draw', { vin }))).toBe('PLATE_VIN_ALREADY_SELECTED')
    expect(await t.call(clerk, 'plates.start', { vin })).toMatchObject({ ok: true, value: { reservation: { plate: chosen } } })
    expect(((await t.call(clerk, 'plates.overview', {})).value as { reservations: PlateReservationView[] }).reservations.map((r) => r.plate)).toEqual([chosen])
    const outbox = t.app.db.raw.prepare(`SELECT command FROM outbox WHERE command LIKE 'plates.%' ORDER BY seq`).all() as { command: string }[]
    expect(outbox.map((row) => row.command)).toEqual([...Array(5).fill('plates.draw'), 'plates.reserve'])

    // The held number is taken for someone else composing it.
    const other = await t.serving(citizen(1))
    const vin2 = newVin(2)
    const composed = await t.call(other, 'plates.compose', { vin: vin2, candidates: [chosen.slice(2), '11B23', 'A888B'] })
    expect((composed.value as { results: { ok: boolean; rule: string | null }[] }).results.map((r) => r.rule)).toEqual(['PLATE_TAKEN', 'PLATE_PATTERN_FIRST_LETTER', 'PLATE_PATTERN_TRIPLE'])
    expect(rule(await t.call(other, 'plates.reserve', { vin: vin2, plate: chosen, source: 'composed' }))).toBe('PLATE_TAKEN')
    // …and free again once its hold lapses.
    t.app.db.raw.prepare('UPDATE plate_reservations SET held_until = ? WHERE plate = ?').run('2000-01-01', chosen)
    expect(await t.call(other, 'plates.reserve', { vin: vin2, plate: chosen, source: 'composed' })).toMatchObject({ ok: true, value: { plate: chosen, source: 'composed' } })
  })

  it('counts composed candidates against the twenty, refuses registered cars and other people’s VINs', async () => {
    const clerk = await t.serving(citizen(2))
    const vin = newVin(3)
    for (let i = 0; i < 4; i++) expect(await t.call(clerk, 'plates.compose', { vin, candidates: ['Z1Z11', 'Z1Z12', 'Z1Z13', 'Z1Z14', 'Z1Z15'].map((c) => c.slice(0, 4) + String(i)) })).toMatchObject({ ok: true })
    expect(await t.call(clerk, 'plates.compose', { vin, candidates: ['Z9Z99'] })).toMatchObject({ ok: false, error: { details: { rule: 'PLATE_COMPOSED_USED', left: 0 } } })
    const registered = (t.app.db.raw.prepare('SELECT vin FROM vehicles LIMIT 1').get() as { vin: string }).vin
    expect(rule(await t.call(clerk, 'plates.start', { vin: registered }))).toBe('PLATE_VIN_REGISTERED')
    const someoneElse = await t.serving(citizen(3))
    expect(rule(await t.call(someoneElse, 'plates.draw', { vin }))).toBe('PLATE_VIN_OTHER_OWNER')
    expect((await t.call(clerk, 'plates.start', { vin: 'LSVAU2180N2000001' })).error?.code).toBe('INVALID_INPUT')
  })
})
