import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, demoPeople, STRONG_PASSWORD, type DemoPerson, type TestApp } from './support/app'
import { DEMO_STAFF_PASSWORD } from '../src-main/features/identity/demo-staff'
import { residentIdCheckChar } from '../src-shared/domain/identifiers'

describe('identity', () => {
  let t: TestApp
  let people: DemoPerson[]
  let clock = new Date('2026-11-25T02:00:00Z')

  beforeAll(async () => {
    t = await createTestApp({}, () => clock)
    people = demoPeople(t.app, 8)
    expect(people.length).toBe(8)
  })
  afterAll(() => t.close())

  const anon = () => t.app.sessions.create()
  const rule = (result: Awaited<ReturnType<TestApp['call']>>) => result.error?.details?.rule
  async function staff(username: 'admin' | 'clerk') {
    const session = anon()
    const result = await t.call(session, 'auth.signIn', { kind: 'staff', username, password: DEMO_STAFF_PASSWORD })
    expect(result.ok).toBe(true)
    return session
  }
  async function registered(person: DemoPerson, phone: string) {
    const session = anon()
    const result = await t.call(session, 'auth.registerCitizen', { route: 'licence', idNumber: person.idNumber, licenceFileNumber: person.fileNumber, phone, password: STRONG_PASSWORD })
    expect(result).toMatchObject({ ok: true })
    return session
  }

  describe('registration', () => {
    it('registers with ID number and licence file number, signs in and binds the licence', async () => {
      const session = await registered(people[0]!, '13800000001')
      expect(session.role).toBe('citizen')
      const overview = await t.call(session, 'me.overview', {})
      expect(overview.value).toMatchObject({ person: { name: people[0]!.name, idNumber: people[0]!.idNumber }, licence: { fileNumber: people[0]!.fileNumber, bound: true } })
    })

    it('registers with ID number, plate and the last six VIN characters, binding that vehicle', async () => {
      const p = people[1]!
      const session = anon()
      const result = await t.call(session, 'auth.registerCitizen', { route: 'vehicle', idNumber: p.idNumber, plate: p.plate, vinLastSix: p.vin.slice(-6).toLowerCase(), phone: '13800000002', password: STRONG_PASSWORD })
      expect(result.ok).toBe(true)
      const overview = (await t.call(session, 'me.overview', {})).value as { vehicles: { plate: string; bound: boolean }[]; licence: { bound: boolean } }
      expect(overview.vehicles.find((v) => v.plate === p.plate)?.bound).toBe(true)
      expect(overview.licence.bound).toBe(false)
    })

    it('refuses a second registration of the same person and says what to do', async () => {
      const result = await t.call(anon(), 'auth.registerCitizen', { route: 'licence', idNumber: people[0]!.idNumber, licenceFileNumber: people[0]!.fileNumber, phone: '13800000003', password: STRONG_PASSWORD })
      expect(rule(result)).toBe('REG_ALREADY_REGISTERED')
      expect(result.error?.message).toMatch(/已注册.*登录.*窗口/)
    })

    it("refuses another person's licence file number and a vehicle that is not theirs", async () => {
      const [a, b] = [people[2]!, people[3]!]
      expect(rule(await t.call(anon(), 'auth.registerCitizen', { route: 'licence', idNumber: a.idNumber, licenceFileNumber: b.fileNumber, phone: '13800000004', password: STRONG_PASSWORD }))).toBe('REG_NO_MATCHING_LICENCE')
      expect(rule(await t.call(anon(), 'auth.registerCitizen', { route: 'vehicle', idNumber: a.idNumber, plate: b.plate, vinLastSix: b.vin.slice(-6), phone: '13800000004', password: STRONG_PASSWORD }))).toBe('REG_NO_MATCHING_VEHICLE')
      expect(rule(await t.call(anon(), 'auth.registerCitizen', { route: 'vehicle', idNumber: a.idNumber, plate: a.plate, vinLastSix: '000000', phone: '13800000004', password: STRONG_PASSWORD }))).toBe('REG_NO_MATCHING_VEHICLE')
      // nothing half-written
      expect(t.app.db.raw.prepare('SELECT count(*) AS n FROM accounts WHERE citizen_id = ?').get(a.citizenId)).toEqual({ n: 0 })
    })

    it('refuses a phone number already used by another account', async () => {
      const p = people[4]!
      expect(rule(await t.call(anon(), 'auth.registerCitizen', { route: 'licence', idNumber: p.idNumber, licenceFileNumber: p.fileNumber, phone: '13800000001', password: STRONG_PASSWORD }))).toBe('REG_PHONE_IN_USE')
    })

    it('names every bad field with its rule', async () => {
      const p = people[4]!
      const badCheck = p.idNumber.slice(0, 17) + (residentIdCheckChar(p.idNumber.slice(0, 17)) === '1' ? '2' : '1')
      const result = await t.call(anon(), 'auth.registerCitizen', { route: 'licence', idNumber: badCheck, licenceFileNumber: '12345', phone: '1234', password: 'short' })
      expect(result.error?.code).toBe('INVALID_INPUT')
      const issues = result.error?.details?.issues as { path: string; message: string; params?: { rule?: string } }[]
      const byPath = Object.fromEntries(issues.map((i) => [i.path, i]))
      expect(byPath.idNumber?.params?.rule).toBe('ID_CHECKSUM')
      expect(byPath.idNumber?.message).toMatch(/^第18位校验码应为/)
      expect(byPath.licenceFileNumber?.params?.rule).toMatch(/^FILE_NUMBER_/)
      expect(byPath.phone?.params?.rule).toMatch(/^MOBILE_/)
      expect(byPath.password?.params?.rule).toBe('PASSWORD_TOO_SHORT')
      const unknownRoute = await t.call(anon(), 'auth.registerCitizen', { route: 'face', idNumber: p.idNumber })
      expect(unknownRoute.error?.code).toBe('INVALID_INPUT')
    })

    it('puts registration in the outbox and the audit log without the password', async () => {
      const rows = t.app.db.raw.prepare(`SELECT payload FROM outbox WHERE command = 'auth.registerCitizen'`).all() as { payload: string }[]
      expect(rows.length).toBeGreaterThanOrEqual(2)
      for (const row of rows) {
        expect(row.payload).not.toContain(STRONG_PASSWORD)
        expect(JSON.parse(row.payload).passwordHash).toMatch(/^scrypt\$/)
      }
      const audit = t.app.db.raw.prepare(`SELECT details FROM audit_log WHERE action = 'auth.registerCitizen'`).all() as { details: string }[]
      for (const line of audit) expect(line.details).not.toMatch(/scrypt|Lu-Terminal/)
    })
  })

  describe('organisations', () => {
    it('wait for approval at the counter, then sign in', async () => {
      const agent = people[5]!
      const uscc = '91370100MA3C5XQ44F'
      const registered = await t.call(anon(), 'auth.registerOrganisation', { uscc, name: '济南市某物流有限公司', agentIdNumber: agent.idNumber, agentPhone: '13900000001', password: STRONG_PASSWORD })
      expect(registered).toMatchObject({ ok: true, value: { status: 'pending' } })
      expect(rule(await t.call(anon(), 'auth.signIn', { kind: 'organisation', uscc, password: STRONG_PASSWORD }))).toBe('AUTH_ORG_PENDING')
      const clerk = await staff('clerk')
      const pending = (await t.call(clerk, 'counter.pendingOrganisations', {})).value as { id: string; uscc: string }[]
      const org = pending.find((o) => o.uscc === uscc)!
      expect(await t.call(clerk, 'counter.decideOrganisation', { organisationId: org.id, decision: 'approved' })).toMatchObject({ ok: true })
      const session = anon()
      expect(await t.call(session, 'auth.signIn', { kind: 'organisation', uscc, password: STRONG_PASSWORD })).toMatchObject({ ok: true, value: { role: 'org_agent' } })
      const overview = await t.call(session, 'me.overview', {})
      expect(overview).toMatchObject({ ok: true, value: { organisation: { uscc, status: 'approved' }, licence: null } })
    })
  })

  describe('organisation vehicles', () => {
    it('an approved organisation sees the vehicles registered under its credit code, and their records', async () => {
      const owned = t.app.db.raw.prepare(`SELECT owner_uscc AS uscc, plate FROM vehicles WHERE owner_uscc IS NOT NULL AND office_code = '370100' ORDER BY plate`).all() as { uscc: string; plate: string }[]
      expect(owned.length).toBeGreaterThan(0)
      const uscc = owned[0]!.uscc
      const agent = people[6]!
      expect(await t.call(anon(), 'auth.registerOrganisation', { uscc, name: '济南鲁通物流有限公司', agentIdNumber: agent.idNumber, agentPhone: '13900000002', password: STRONG_PASSWORD })).toMatchObject({ ok: true })
      const clerk = await staff('clerk')
      const org = ((await t.call(clerk, 'counter.pendingOrganisations', {})).value as { id: string; uscc: string }[]).find((o) => o.uscc === uscc)!
      expect(await t.call(clerk, 'counter.decideOrganisation', { organisationId: org.id, decision: 'approved' })).toMatchObject({ ok: true })

      const session = anon()
      expect(await t.call(session, 'auth.signIn', { kind: 'organisation', uscc, password: STRONG_PASSWORD })).toMatchObject({ ok: true })
      const overview = (await t.call(session, 'me.overview', {})).value as { licence: unknown; vehicles: { plate: string; bound: boolean }[] }
      expect(overview.licence).toBeNull()
      expect(overview.vehicles.map((vehicle) => vehicle.plate)).toEqual(owned.filter((row) => row.uscc === uscc).map((row) => row.plate))
      expect(overview.vehicles.every((vehicle) => vehicle.bound)).toBe(true)
      const list = (await t.call(session, 'violations.list', { filter: 'all' })).value as { items: { plate: string | null }[] }
      const plates = new Set(overview.vehicles.map((vehicle) => vehicle.plate))
      expect(list.items.length).toBeGreaterThan(0)
      expect(list.items.every((item) => item.plate !== null && plates.has(item.plate))).toBe(true)
    })
  })

  describe('sign-in and lock-out', () => {
    it('locks an account for 15 minutes after five failures, audited, then lets it in', async () => {
      const p = people[0]!
      for (let attempt = 1; attempt <= 4; attempt++) {
        const result = await t.call(anon(), 'auth.signIn', { kind: 'citizen', idNumber: p.idNumber, password: 'Wrong-pass1' })
        expect(result.error?.details).toMatchObject({ rule: 'AUTH_BAD_CREDENTIALS', remainingAttempts: 5 - attempt })
      }
      const fifth = await t.call(anon(), 'auth.signIn', { kind: 'citizen', idNumber: p.idNumber, password: 'Wrong-pass1' })
      expect(rule(fifth)).toBe('AUTH_LOCKED')
      // Locked: even the right password is refused.
      expect(rule(await t.call(anon(), 'auth.signIn', { kind: 'citizen', idNumber: p.idNumber, password: STRONG_PASSWORD }))).toBe('AUTH_LOCKED')
      expect(t.app.db.raw.prepare(`SELECT count(*) AS n FROM audit_log WHERE action = 'auth.lockout'`).get()).toEqual({ n: 1 })
      clock = new Date(clock.getTime() + 15 * 60_000 + 1000)
      const session = anon()
      expect(await t.call(session, 'auth.signIn', { kind: 'citizen', idNumber: p.idNumber, password: STRONG_PASSWORD })).toMatchObject({ ok: true, value: { role: 'citizen' } })
    })

    it('does not reveal whether an account exists', async () => {
      const unknown = await t.call(anon(), 'auth.signIn', { kind: 'staff', username: 'nobody', password: 'x' })
      const wrong = await t.call(anon(), 'auth.signIn', { kind: 'staff', username: 'clerk', password: 'x' })
      expect(rule(unknown)).toBe('AUTH_BAD_CREDENTIALS')
      expect(rule(wrong)).toBe('AUTH_BAD_CREDENTIALS')
      expect(unknown.error?.message).toBe(wrong.error?.message)
    })

    it('signs a registered citizen in with the ID card, and refuses every reader failure by name', async () => {
      const reader = t.app.idCardReader
      const session = anon()
      reader.unplug()
      expect(rule(await t.call(session, 'auth.signInWithCard', {}))).toBe('CARD_NO_READER')
      reader.plug()
      expect(rule(await t.call(session, 'auth.signInWithCard', {}))).toBe('CARD_NO_CARD')
      reader.placeUnreadable()
      expect(rule(await t.call(session, 'auth.signInWithCard', {}))).toBe('CARD_UNREADABLE')
      expect(await t.call(session, 'idcard.simulate', { action: 'place', idNumber: people[6]!.idNumber })).toMatchObject({ ok: true, value: { state: 'card_present' } })
      expect(rule(await t.call(session, 'auth.signInWithCard', {}))).toBe('CARD_NOT_REGISTERED')
      await t.call(session, 'idcard.simulate', { action: 'place', idNumber: people[1]!.idNumber })
      expect(await t.call(session, 'auth.signInWithCard', {})).toMatchObject({ ok: true, value: { role: 'citizen', displayName: people[1]!.name } })
      reader.remove()
    })

    it('signs out and the kiosk idle reset leaves an anonymous session', async () => {
      const session = await registered(people[7]!, '13800000007')
      expect(await t.call(session, 'auth.signOut', { reason: 'idle' })).toMatchObject({ ok: true, value: { role: 'anonymous', actingFor: null } })
      expect(session.userId).toBeNull()
      expect((await t.call(session, 'me.overview', {})).error?.code).toBe('UNAUTHENTICATED')
      const line = t.app.db.raw.prepare(`SELECT details FROM audit_log WHERE action = 'auth.signOut' ORDER BY seq DESC LIMIT 1`).get() as { details: string }
      expect(JSON.parse(line.details)).toEqual({ reason: 'idle' })
    })
  })

  describe('binding', () => {
    it("binds only the citizen's own licence and vehicles", async () => {
      const session = anon()
      await t.call(session, 'auth.signIn', { kind: 'citizen', idNumber: people[1]!.idNumber, password: STRONG_PASSWORD })
      const other = people[3]!
      expect(rule(await t.call(session, 'me.bindVehicle', { plate: other.plate, vinLastSix: other.vin.slice(-6) }))).toBe('BIND_NOT_OWNER_VEHICLE')
      expect(rule(await t.call(session, 'me.bindLicence', { licenceFileNumber: other.fileNumber }))).toBe('BIND_NOT_OWNER_LICENCE')
      expect(await t.call(session, 'me.bindLicence', { licenceFileNumber: people[1]!.fileNumber })).toMatchObject({ ok: true })
      const overview = (await t.call(session, 'me.overview', {})).value as { licence: { bound: boolean; pointsInCycle: number; cycleEnd: string } }
      expect(overview.licence.bound).toBe(true)
      expect(overview.licence.pointsInCycle).toBeGreaterThanOrEqual(0)
    })
  })

  describe('contacts', () => {
    it('updates the three records together, or none when one is refused', async () => {
      const session = anon()
      await t.call(session, 'auth.signIn', { kind: 'citizen', idNumber: people[1]!.idNumber, password: STRONG_PASSWORD })
      const before = (await t.call(session, 'me.contacts', {})).value as { signInPhone: string; vehicles: { id: string }[] }
      const foreignVehicle = t.app.db.raw.prepare('SELECT id FROM vehicles WHERE owner_citizen_id = ?').get(people[3]!.citizenId) as { id: string }
      const refused = await t.call(session, 'me.updateContacts', { phone: '13700000009', signIn: true, licence: true, vehicleIds: [before.vehicles[0]!.id, foreignVehicle.id] })
      expect(rule(refused)).toBe('BIND_NOT_OWNER_VEHICLE')
      expect(((await t.call(session, 'me.contacts', {})).value as { signInPhone: string }).signInPhone).toBe(before.signInPhone)
      const done = await t.call(session, 'me.updateContacts', { phone: '13700000009', address: '山东省济南市历下区泉城路18号', signIn: true, licence: true, vehicleIds: before.vehicles.map((v) => v.id) })
      expect(done).toMatchObject({ ok: true, value: { updated: { signIn: true, licence: true, vehicles: before.vehicles.length } } })
      const after = (await t.call(session, 'me.contacts', {})).value as { signInPhone: string; licence: { phone: string; address: string }; vehicles: { phone: string }[] }
      expect(after.signInPhone).toBe('13700000009')
      expect(after.licence).toMatchObject({ phone: '13700000009', address: '山东省济南市历下区泉城路18号' })
      for (const v of after.vehicles) expect(v.phone).toBe('13700000009')
      expect(rule(await t.call(session, 'me.updateContacts', { phone: '13700000009', signIn: false, licence: false, vehicleIds: [] }))).toBe('CONTACT_NOTHING_SELECTED')
    })
  })

  describe('counter', () => {
    it('finds a citizen by plate, file number, ID number and pinyin initials, and audits each look-up', async () => {
      const clerk = await staff('clerk')
      const p = people[2]!
      const before = (t.app.db.raw.prepare(`SELECT count(*) AS n FROM audit_log WHERE action = 'counter.lookup'`).get() as { n: number }).n
      const initials = (t.app.db.raw.prepare('SELECT name_initials AS i FROM citizens WHERE id = ?').get(p.citizenId) as { i: string }).i
      for (const query of [p.plate, p.fileNumber, p.idNumber, initials.toLowerCase(), p.name]) {
        const found = (await t.call(clerk, 'counter.lookup', { query })).value as { citizenId: string; maskedIdNumber: string }[]
        expect(found.map((f) => f.citizenId), query).toContain(p.citizenId)
        expect(found.find((f) => f.citizenId === p.citizenId)!.maskedIdNumber).toMatch(/^\d{6}\*{8}[\dX]{4}$/)
      }
      const after = (t.app.db.raw.prepare(`SELECT count(*) AS n FROM audit_log WHERE action = 'counter.lookup'`).get() as { n: number }).n
      expect(after - before).toBe(5)
    })

    it("acts for a verified citizen: the card on the reader must be theirs; actions are recorded on their behalf", async () => {
      const clerk = await staff('clerk')
      const p = people[1]!
      expect(rule(await t.call(clerk, 'me.overview', {}))).toBe('COUNTER_NOT_SERVING')
      t.app.idCardReader.remove()
      expect(rule(await t.call(clerk, 'counter.serve', { citizenId: p.citizenId, verification: 'card_reader' }))).toBe('CARD_NO_CARD')
      await t.call(clerk, 'idcard.simulate', { action: 'place', idNumber: people[2]!.idNumber })
      expect(rule(await t.call(clerk, 'counter.serve', { citizenId: p.citizenId, verification: 'card_reader' }))).toBe('SERVE_CARD_MISMATCH')
      await t.call(clerk, 'idcard.simulate', { action: 'place', idNumber: p.idNumber })
      expect(await t.call(clerk, 'counter.serve', { citizenId: p.citizenId, verification: 'card_reader' })).toMatchObject({ ok: true, value: { actingFor: { citizenId: p.citizenId, idNumber: p.idNumber } } })
      expect(await t.call(clerk, 'me.overview', {})).toMatchObject({ ok: true, value: { person: { idNumber: p.idNumber } } })
      await t.call(clerk, 'me.unbind', { kind: 'licence', id: 'nothing' })
      const line = t.app.db.raw.prepare(`SELECT actor_role, on_behalf_of FROM audit_log WHERE action = 'me.unbind' ORDER BY seq DESC LIMIT 1`).get()
      expect(line).toEqual({ actor_role: 'clerk', on_behalf_of: p.citizenId })
      expect(await t.call(clerk, 'counter.endService', {})).toMatchObject({ ok: true, value: { actingFor: null } })
    })
  })

  describe('password reset at the counter', () => {
    it('sets a new password for the served citizen, lifts a lock-out, and is audited on their behalf', async () => {
      const clerk = await staff('clerk')
      const p = people[0]!
      expect(rule(await t.call(clerk, 'counter.resetCitizenPassword', { password: 'Reset-Pass7' }))).toBe('COUNTER_NOT_SERVING')
      await t.call(clerk, 'counter.serve', { citizenId: p.citizenId, verification: 'inspected_card' })
      expect(await t.call(clerk, 'counter.resetCitizenPassword', { password: 'Reset-Pass7' })).toMatchObject({ ok: true, value: { citizenId: p.citizenId } })
      expect(await t.call(anon(), 'auth.signIn', { kind: 'citizen', idNumber: p.idNumber, password: 'Reset-Pass7' })).toMatchObject({ ok: true })
      const line = t.app.db.raw.prepare(`SELECT actor_role, on_behalf_of, details FROM audit_log WHERE action = 'counter.resetCitizenPassword'`).get() as { actor_role: string; on_behalf_of: string; details: string }
      expect(line).toMatchObject({ actor_role: 'clerk', on_behalf_of: p.citizenId })
      expect(line.details).not.toMatch(/scrypt|Reset-Pass/)
      const unregistered = demoPeople(t.app, 1)[0]!
      await t.call(clerk, 'counter.serve', { citizenId: unregistered.citizenId, verification: 'inspected_card' })
      expect(rule(await t.call(clerk, 'counter.resetCitizenPassword', { password: 'Reset-Pass7' }))).toBe('COUNTER_NOT_REGISTERED')
      await t.call(clerk, 'counter.endService', {})
    })
  })

  describe('staff and audit', () => {
    it('lets an admin manage clerks, but never disable the last admin', async () => {
      const admin = await staff('admin')
      const created = await t.call(admin, 'staff.create', { username: 'wang.li', displayName: '王丽', role: 'clerk', password: STRONG_PASSWORD })
      expect(created.ok).toBe(true)
      expect(rule(await t.call(admin, 'staff.create', { username: 'wang.li', displayName: '王丽', role: 'clerk', password: STRONG_PASSWORD }))).toBe('STAFF_USERNAME_TAKEN')
      const id = (created.value as { id: string }).id
      expect(await t.call(admin, 'staff.update', { id, disabled: true })).toMatchObject({ ok: true })
      expect(rule(await t.call(anon(), 'auth.signIn', { kind: 'staff', username: 'wang.li', password: STRONG_PASSWORD }))).toBe('AUTH_DISABLED')
      const adminId = admin.userId!
      expect(rule(await t.call(admin, 'staff.update', { id: adminId, disabled: true }))).toBe('STAFF_LAST_ADMIN')
      const list = (await t.call(admin, 'staff.list', {})).value as { username: string; disabled: boolean }[]
      expect(list.find((s) => s.username === 'wang.li')?.disabled).toBe(true)
    })

    it('verifies the audit chain and reports the first edited line', async () => {
      const admin = await staff('admin')
      const good = (await t.call(admin, 'audit.verify', {})).value as { ok: boolean; lines: number }
      expect(good.ok).toBe(true)
      expect(good.lines).toBeGreaterThan(10)
      expect(() => t.app.db.raw.prepare(`UPDATE audit_log SET action = 'x' WHERE seq = 3`).run()).toThrow(/append-only/)
      expect(() => t.app.db.raw.prepare(`DELETE FROM audit_log WHERE seq = 3`).run()).toThrow(/append-only/)
      // Someone edits the file behind the application's back.
      t.app.db.raw.exec('DROP TRIGGER audit_log_no_update')
      t.app.db.raw.prepare(`UPDATE audit_log SET subject = 'tampered' WHERE seq = 5`).run()
      expect((await t.call(admin, 'audit.verify', {})).value).toMatchObject({ ok: false, brokenAt: 5, reason: 'hash_mismatch' })
    })
  })
})
