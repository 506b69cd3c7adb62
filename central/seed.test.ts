import { afterEach, describe, expect, it } from 'vitest'
import { SHANDONG_OFFICES } from '../src-shared/domain/offices'
import { ensureCentralOffices } from './seed'
import { readRecords, startCentral, testDatabases, type StartedCentral } from './testing'

describe.each(testDatabases())('reference data ($name)', (database) => {
  let central: StartedCentral | undefined
  afterEach(async () => {
    await central?.close()
    central = undefined
  })

  it.skipIf(database.skip)('publishes every office once, without demo data', async () => {
    central = await startCentral({ databaseUrl: database.databaseUrl() })
    expect(await ensureCentralOffices(central.db)).toBe(SHANDONG_OFFICES.length)
    expect(await ensureCentralOffices(central.db)).toBe(0)
    const offices = await readRecords(central, 'offices', 'province')
    expect(offices.map((office) => office.code).sort()).toEqual(SHANDONG_OFFICES.map((office) => office.code).sort())
    const changes = await central.db.db.selectFrom('changes').select('key').where('entity', '=', 'offices').execute()
    expect(changes).toHaveLength(SHANDONG_OFFICES.length)
  })
})
