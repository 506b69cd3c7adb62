import { afterEach, describe, expect, it } from 'vitest'
import { enrolTestTerminal, pushCommand, readRecords, startCentral, testDatabases, TEST_DEMO_TODAY, type StartedCentral } from './testing'

const AT = `${TEST_DEMO_TODAY}T03:00:00.000Z`

/** 号牌预选 on the central side: the first reservation of a number, or of a VIN, to arrive keeps it. */
describe.each(testDatabases())('plate reservation executor ($name)', (database) => {
  let central: StartedCentral | undefined
  afterEach(async () => {
    await central?.close()
    central = undefined
  })

  const reservation = (id: string, plate: string, vin: string, heldUntil = '2025-11-28') => ({
    reservation: { id, plate, vin, citizen_id: 'c1', office_code: '370100', source: 'random', reserved_at: AT, held_until: heldUntil }
  })

  it.skipIf(database.skip)('keeps the first reservation of a number or a VIN, and refuses numbers and VINs of registered vehicles', async () => {
    const c = (central = await startCentral({ databaseUrl: database.databaseUrl(), demoViolations: 2_000 }))
    const a = await enrolTestTerminal(c, { officeCode: '370100' })
    const b = await enrolTestTerminal(c, { officeCode: '370100' })
    expect(await pushCommand(a, 'plates.reserve', reservation('r1', '鲁AK1Z23', 'LSVAU2180N2000011'))).toMatchObject({ status: 'applied' })
    expect(await pushCommand(a, 'plates.reserve', reservation('r1', '鲁AK1Z23', 'LSVAU2180N2000011'))).toMatchObject({ status: 'applied' })
    expect(await pushCommand(b, 'plates.reserve', reservation('r2', '鲁AK1Z23', 'LSVAU2180N2000022'))).toMatchObject({
      status: 'rejected',
      code: 'PLATE_RESERVATION_REFUSED',
      details: { rule: 'PLATE_TAKEN' },
      followUp: { kind: 'review' }
    })
    expect(await pushCommand(b, 'plates.reserve', reservation('r3', '鲁AK2Z34', 'LSVAU2180N2000011'))).toMatchObject({ details: { rule: 'PLATE_VIN_ALREADY_SELECTED' } })
    const vehicle = (await readRecords(c, 'vehicles', '370100'))[0]!
    expect(await pushCommand(b, 'plates.reserve', reservation('r4', String(vehicle.plate), 'LSVAU2180N2000033'))).toMatchObject({ details: { rule: 'PLATE_TAKEN' } })
    expect(await pushCommand(b, 'plates.reserve', reservation('r5', '鲁AK3Z45', String(vehicle.vin)))).toMatchObject({ details: { rule: 'PLATE_VIN_REGISTERED' } })
    // A hold that lapsed before this reservation's day frees the number.
    expect(await pushCommand(a, 'plates.reserve', reservation('r6', '鲁AK4Z56', 'LSVAU2180N2000044', '2025-11-01'))).toMatchObject({ status: 'applied' })
    expect(await pushCommand(b, 'plates.reserve', reservation('r7', '鲁AK4Z56', 'LSVAU2180N2000055'))).toMatchObject({ status: 'applied' })
    expect((await readRecords(c, 'plate_reservations', '370100')).map((row) => row.id).sort()).toEqual(['r1', 'r6', 'r7'])
  })
})
