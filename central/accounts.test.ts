import { afterEach, describe, expect, it } from 'vitest'
import { bindingId, type RowObject } from '../src-shared/sync/entities'
import { enrolTestTerminal, pushCommand, readRecords, startCentral, testDatabases, type StartedCentral, type TestTerminal } from './testing'

/**
 * Citizens' accounts and bindings as province-wide records: the central service checks each
 * change against its archive and publishes it in the `province` partition, which every
 * terminal pulls.
 */
describe.each(testDatabases())('account executors ($name)', (database) => {
  let central: StartedCentral | undefined
  afterEach(async () => {
    await central?.close()
    central = undefined
  })

  /** A demo central, two terminals, and a citizen with a licence and two vehicles of their own. */
  async function setup(): Promise<{ c: StartedCentral; a: TestTerminal; b: TestTerminal; citizen: RowObject; licence: RowObject; vehicles: RowObject[]; stranger: RowObject }> {
    const c = (central = await startCentral({ databaseUrl: database.databaseUrl(), demoViolations: 300 }))
    const licences = await readRecords(c, 'licences')
    const allVehicles = await readRecords(c, 'vehicles')
    const licence = licences.find((row) => allVehicles.filter((vehicle) => vehicle.owner_citizen_id === row.citizen_id).length >= 2)
    if (!licence) throw new Error('demo data without a holder of two vehicles')
    const citizen = (await readRecords(c, 'citizens')).find((row) => row.id === licence.citizen_id)!
    const vehicles = allVehicles.filter((vehicle) => vehicle.owner_citizen_id === citizen.id)
    const stranger = allVehicles.find((vehicle) => vehicle.owner_citizen_id !== null && vehicle.owner_citizen_id !== citizen.id)!
    return { c, a: await enrolTestTerminal(c, { name: '自助机1', mode: 'kiosk' }), b: await enrolTestTerminal(c, { name: '窗口2' }), citizen, licence, vehicles, stranger }
  }

  function registration(citizen: RowObject, accountId: string, binding: { target_kind: 'licence' | 'vehicle'; target_id: string }) {
    return { accountId, citizenId: String(citizen.id), route: binding.target_kind, phone: '13800000000', passwordHash: `scrypt$test$${accountId}`, binding }
  }

  it.skipIf(database.skip)('publishes a registered account and its binding province-wide, once, with the terminal\'s instant', async () => {
    const { c, a, citizen, licence } = await setup()
    const payload = registration(citizen, 'acc-a', { target_kind: 'licence', target_id: String(licence.id) })
    const first = await pushCommand(a, 'auth.registerCitizen', payload, { actorRole: 'anonymous' })
    expect(first.status).toBe('applied')
    // A repeat (the same account) changes nothing and is not refused.
    expect((await pushCommand(a, 'auth.registerCitizen', payload, { actorRole: 'anonymous' })).status).toBe('applied')

    const accounts = await readRecords(c, 'accounts', 'province')
    expect(accounts).toEqual([
      expect.objectContaining({ id: 'acc-a', kind: 'citizen', citizen_id: citizen.id, display_name: citizen.name, phone: '13800000000', password_hash: 'scrypt$test$acc-a', disabled: 0 })
    ])
    expect(accounts[0]!.created_at).toBe(accounts[0]!.updated_at)
    expect(await readRecords(c, 'bindings', 'province')).toEqual([
      { id: bindingId('acc-a', 'licence', String(licence.id)), account_id: 'acc-a', target_kind: 'licence', target_id: licence.id }
    ])
  })

  it.skipIf(database.skip)('refuses a second account for the same person, a person not in the archive, and a proof that is not theirs', async () => {
    const { c, a, b, citizen, licence, stranger } = await setup()
    expect((await pushCommand(a, 'auth.registerCitizen', registration(citizen, 'acc-a', { target_kind: 'licence', target_id: String(licence.id) }))).status).toBe('applied')
    const duplicate = await pushCommand(b, 'auth.registerCitizen', registration(citizen, 'acc-b', { target_kind: 'licence', target_id: String(licence.id) }))
    expect(duplicate).toMatchObject({ status: 'rejected', code: 'REG_ALREADY_REGISTERED', followUp: { kind: 'review' } })
    expect(duplicate.message).toContain('其他终端')

    const unknown = await pushCommand(b, 'auth.registerCitizen', registration({ id: 'no-such-citizen' }, 'acc-x', { target_kind: 'licence', target_id: String(licence.id) }))
    expect(unknown).toMatchObject({ status: 'rejected', code: 'REG_NOT_IN_ARCHIVE' })
    const other = (await readRecords(c, 'citizens')).find((row) => row.id === stranger.owner_citizen_id)!
    const mismatch = await pushCommand(b, 'auth.registerCitizen', registration(other, 'acc-y', { target_kind: 'vehicle', target_id: String(licence.id) }))
    expect(mismatch).toMatchObject({ status: 'rejected', code: 'REG_PROOF_MISMATCH' })
    expect((await readRecords(c, 'accounts')).map((row) => row.id)).toEqual(['acc-a'])
  })

  it.skipIf(database.skip)('binds only the holder\'s own vehicles, unbinds, resets the password and the sign-in phone', async () => {
    const { c, a, b, citizen, licence, vehicles, stranger } = await setup()
    await pushCommand(a, 'auth.registerCitizen', registration(citizen, 'acc-a', { target_kind: 'licence', target_id: String(licence.id) }))
    const [first, second] = vehicles as [RowObject, RowObject]

    expect((await pushCommand(b, 'me.bindVehicle', { accountId: 'acc-a', vehicleId: first.id }, { actorRole: 'citizen' })).status).toBe('applied')
    expect((await pushCommand(a, 'me.bindVehicle', { accountId: 'acc-a', vehicleId: second.id }, { actorRole: 'clerk' })).status).toBe('applied')
    const foreign = await pushCommand(b, 'me.bindVehicle', { accountId: 'acc-a', vehicleId: stranger.id }, { actorRole: 'citizen' })
    expect(foreign).toMatchObject({ status: 'rejected', code: 'BIND_NOT_OWNER', followUp: { kind: 'review' } })
    const orphan = await pushCommand(b, 'me.bindVehicle', { accountId: 'acc-never-accepted', vehicleId: first.id }, { actorRole: 'citizen' })
    expect(orphan).toMatchObject({ status: 'rejected', code: 'ACCOUNT_UNKNOWN' })
    expect((await readRecords(c, 'bindings')).map((row) => row.target_id).sort()).toEqual([String(licence.id), String(first.id), String(second.id)].sort())

    expect((await pushCommand(a, 'me.unbind', { accountId: 'acc-a', kind: 'vehicle', id: first.id }, { actorRole: 'citizen' })).status).toBe('applied')
    // Unbinding what is already gone (a repeat from another terminal) is not an error.
    expect((await pushCommand(b, 'me.unbind', { accountId: 'acc-a', kind: 'vehicle', id: first.id }, { actorRole: 'citizen' })).status).toBe('applied')
    expect((await readRecords(c, 'bindings')).map((row) => row.target_id).sort()).toEqual([String(licence.id), String(second.id)].sort())
    const deletion = await c.db.db
      .selectFrom('changes')
      .select(['partition', 'row'])
      .where('entity', '=', 'bindings')
      .where('key', '=', bindingId('acc-a', 'vehicle', String(first.id)))
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow()
    expect(deletion).toEqual({ partition: 'province', row: null })

    expect((await pushCommand(b, 'counter.resetCitizenPassword', { accountId: 'acc-a', passwordHash: 'scrypt$new' })).status).toBe('applied')
    expect((await pushCommand(b, 'counter.resetCitizenPassword', { accountId: 'acc-unknown', passwordHash: 'scrypt$new' })).code).toBe('ACCOUNT_UNKNOWN')
    expect((await pushCommand(a, 'me.updateContacts', { citizenId: citizen.id, phone: '13912345678', signIn: true, licence: false, vehicleIds: [] }, { actorRole: 'citizen' })).status).toBe('applied')
    expect((await readRecords(c, 'accounts'))[0]).toMatchObject({ id: 'acc-a', password_hash: 'scrypt$new', phone: '13912345678' })
  })
})
