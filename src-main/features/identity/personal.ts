import { bindingId } from '../../../src-shared/sync/entities'
import { ruleViolation, type AppContract, type OutputOf, type ParsedInputOf } from '../../../src-shared/contract'
import { ageOn, chinaDateOf } from '../../../src-shared/domain/civil-date'
import { maskResidentId } from '../../../src-shared/domain/identifiers'
import { OFFICE_BY_CODE } from '../../../src-shared/domain/offices'
import { medicalCertificateDue } from '../../../src-shared/domain/scoring'
import { pointsInCycle } from '../violations/points'
import type { AppDatabase } from '../../core/database'
import type { HandlerContext } from '../../core/dispatcher'
import { subjectAccountId, subjectCitizenId } from './accounts'

/** Violations not yet paid: unhandled camera records, decided and unpaid, payment in progress. */
const OUTSTANDING = ['unhandled', 'unpaid', 'paying'] as const

function boundIds(db: AppDatabase, accountId: string | null, kind: 'licence' | 'vehicle'): Set<string> {
  if (!accountId) return new Set()
  return new Set(
    db.all(db.kysely.selectFrom('bindings').select('target_id').where('account_id', '=', accountId).where('target_kind', '=', kind)).map((r) => r.target_id)
  )
}

function outstanding(db: AppDatabase, column: 'licence_id' | 'vehicle_id', id: string): { count: number; fineFen: number } {
  const row = db.first(
    db.kysely
      .selectFrom('violations')
      .select((eb) => [eb.fn.countAll<number>().as('count'), eb.fn.coalesce(eb.fn.sum<number>('fine_fen'), eb.val(0)).as('fine')])
      .where(column, '=', id)
      .where('state', 'in', OUTSTANDING)
  )
  return { count: Number(row?.count ?? 0), fineFen: Number(row?.fine ?? 0) }
}

/** The personal page: a citizen's own licence and vehicles (an organisation agent: the organisation's vehicles). */
export function overview(ctx: HandlerContext): OutputOf<AppContract, 'me.overview'> {
  const { db, session, now } = ctx
  const today = chinaDateOf(now)
  const citizenId = subjectCitizenId(ctx)
  const accountId = subjectAccountId(ctx)
  const person = db.first(db.kysely.selectFrom('citizens').selectAll().where('id', '=', citizenId))
  if (!person) throw ruleViolation('COUNTER_NOT_SERVING', '找不到办理人档案')
  const signInPhone = accountId ? (db.first(db.kysely.selectFrom('accounts').select('phone').where('id', '=', accountId))?.phone ?? null) : null

  const organisation = session.organisationId
    ? (db.first(db.kysely.selectFrom('organisations').select(['id', 'name', 'uscc', 'status']).where('id', '=', session.organisationId)) ?? null)
    : null

  const licenceRow = organisation ? undefined : db.first(db.kysely.selectFrom('licences').selectAll().where('citizen_id', '=', citizenId))
  let licence: OutputOf<AppContract, 'me.overview'>['licence'] = null
  if (licenceRow) {
    const { points, cycle } = pointsInCycle(db, licenceRow.id, licenceRow.first_issued_on, today)
    const unpaid = outstanding(db, 'licence_id', licenceRow.id)
    licence = {
      id: licenceRow.id,
      bound: boundIds(db, accountId, 'licence').has(licenceRow.id),
      fileNumber: licenceRow.file_number,
      classes: licenceRow.classes,
      validFrom: licenceRow.valid_from,
      validUntil: licenceRow.valid_until,
      status: licenceRow.status,
      officeName: OFFICE_BY_CODE.get(licenceRow.office_code)?.name ?? licenceRow.office_code,
      pointsInCycle: points,
      cycleStart: cycle.start,
      cycleEnd: cycle.end,
      medicalCertificateDue: medicalCertificateDue(person.birth_date, cycle, today),
      unpaidCount: unpaid.count,
      unpaidFineFen: unpaid.fineFen
    }
  }

  const vehicleQuery = db.kysely.selectFrom('vehicles').selectAll()
  const vehicleRows = db.all(organisation ? vehicleQuery.where('owner_uscc', '=', organisation.status === 'approved' ? organisation.uscc : '') : vehicleQuery.where('owner_citizen_id', '=', citizenId)).sort((a, b) => a.plate.localeCompare(b.plate))
  const bound = boundIds(db, accountId, 'vehicle')
  const vehicles = vehicleRows.map((v) => {
    const unpaid = outstanding(db, 'vehicle_id', v.id)
    return {
      id: v.id,
      bound: organisation ? true : bound.has(v.id),
      plate: v.plate,
      plateType: v.plate_type,
      vehicleType: v.vehicle_type,
      brand: v.brand,
      inspectionDue: v.inspection_due,
      inspectionOverdue: v.inspection_due < today,
      status: v.status,
      unpaidCount: unpaid.count,
      unpaidFineFen: unpaid.fineFen
    }
  })

  // The full number goes only to its owner and to the clerk serving them (issue #3, privacy).
  const maysee = session.role === 'citizen' || session.role === 'clerk'
  return {
    person: { name: person.name, idNumber: maysee ? person.id_number : maskResidentId(person.id_number), phone: signInPhone, age: ageOn(person.birth_date, today) },
    organisation,
    licence,
    vehicles
  }
}

function requireAccount(ctx: HandlerContext): string {
  const accountId = subjectAccountId(ctx)
  if (!accountId) throw ruleViolation('COUNTER_NOT_SERVING', '办理人尚未注册，请先为其注册')
  return accountId
}

export function bindLicence(input: ParsedInputOf<AppContract, 'me.bindLicence'>, ctx: HandlerContext): { licenceId: string } {
  const { db } = ctx
  const accountId = requireAccount(ctx)
  const citizenId = subjectCitizenId(ctx)
  const licence = db.first(db.kysely.selectFrom('licences').select(['id', 'citizen_id']).where('file_number', '=', input.licenceFileNumber))
  if (!licence) throw ruleViolation('BIND_NOT_FOUND', '没有该档案编号的驾驶证')
  if (licence.citizen_id !== citizenId) throw ruleViolation('BIND_NOT_OWNER_LICENCE', '只能绑定本人的驾驶证')
  db.run(
    db.kysely
      .insertInto('bindings')
      .values({ id: bindingId(accountId, 'licence', licence.id), account_id: accountId, target_kind: 'licence', target_id: licence.id, created_at: ctx.now.toISOString() })
      .onConflict((oc) => oc.doNothing())
  )
  ctx.record({ subject: licence.id, payload: { accountId, licenceId: licence.id } })
  return { licenceId: licence.id }
}

/** Only vehicles registered to the person themself can be bound (seed rule 5 of 电子监控处理). */
export function bindVehicle(input: ParsedInputOf<AppContract, 'me.bindVehicle'>, ctx: HandlerContext): { vehicleId: string } {
  const { db } = ctx
  const accountId = requireAccount(ctx)
  const citizenId = subjectCitizenId(ctx)
  const vehicle = db.first(db.kysely.selectFrom('vehicles').select(['id', 'vin', 'owner_citizen_id']).where('plate', '=', input.plate))
  if (!vehicle) throw ruleViolation('BIND_NOT_FOUND', '没有该号牌的机动车')
  if (vehicle.owner_citizen_id !== citizenId) throw ruleViolation('BIND_NOT_OWNER_VEHICLE', '只能绑定登记在本人名下的机动车')
  if (!vehicle.vin.endsWith(input.vinLastSix)) throw ruleViolation('BIND_VIN_MISMATCH', '车架号后六位不正确')
  db.run(
    db.kysely
      .insertInto('bindings')
      .values({ id: bindingId(accountId, 'vehicle', vehicle.id), account_id: accountId, target_kind: 'vehicle', target_id: vehicle.id, created_at: ctx.now.toISOString() })
      .onConflict((oc) => oc.doNothing())
  )
  ctx.record({ subject: vehicle.id, payload: { accountId, vehicleId: vehicle.id } })
  return { vehicleId: vehicle.id }
}

export function unbind(input: ParsedInputOf<AppContract, 'me.unbind'>, ctx: HandlerContext): { removed: boolean } {
  const { db } = ctx
  const accountId = requireAccount(ctx)
  const removed = db.run(
    db.kysely.deleteFrom('bindings').where('account_id', '=', accountId).where('target_kind', '=', input.kind).where('target_id', '=', input.id)
  )
  ctx.record({ subject: input.id, payload: { accountId, kind: input.kind, id: input.id } })
  return { removed: removed > 0 }
}

export function contacts(ctx: HandlerContext): OutputOf<AppContract, 'me.contacts'> {
  const { db } = ctx
  const citizenId = subjectCitizenId(ctx)
  const accountId = subjectAccountId(ctx)
  const account = accountId ? db.first(db.kysely.selectFrom('accounts').select('phone').where('id', '=', accountId)) : undefined
  const licence = db.first(db.kysely.selectFrom('licences').select(['id', 'contact_phone', 'contact_address']).where('citizen_id', '=', citizenId))
  const vehicles = db.all(db.kysely.selectFrom('vehicles').select(['id', 'plate', 'contact_phone']).where('owner_citizen_id', '=', citizenId).orderBy('plate'))
  return {
    signInPhone: account?.phone ?? null,
    licence: licence ? { id: licence.id, phone: licence.contact_phone, address: licence.contact_address } : null,
    vehicles: vehicles.map((v) => ({ id: v.id, plate: v.plate, phone: v.contact_phone }))
  }
}

/**
 * One screen, one transaction for the three separate records (sign-in phone, licence archive,
 * vehicle archives): users of the existing platform miss reminders when they change only one.
 */
export function updateContacts(input: ParsedInputOf<AppContract, 'me.updateContacts'>, ctx: HandlerContext): OutputOf<AppContract, 'me.updateContacts'> {
  const { db } = ctx
  if (!input.signIn && !input.licence && input.vehicleIds.length === 0) throw ruleViolation('CONTACT_NOTHING_SELECTED', '请至少选择一项要更新的联系方式')
  const citizenId = subjectCitizenId(ctx)
  let signIn = false
  if (input.signIn) {
    const accountId = requireAccount(ctx)
    const taken = db.first(db.kysely.selectFrom('accounts').select('id').where('phone', '=', input.phone).where('kind', '=', 'citizen').where('id', '<>', accountId))
    if (taken) throw ruleViolation('REG_PHONE_IN_USE', '该手机号已被其他账户使用')
    signIn = db.run(db.kysely.updateTable('accounts').set({ phone: input.phone, updated_at: ctx.now.toISOString() }).where('id', '=', accountId)) > 0
  }
  let licence = false
  if (input.licence) {
    const changes = db.run(
      db.kysely
        .updateTable('licences')
        .set(input.address ? { contact_phone: input.phone, contact_address: input.address } : { contact_phone: input.phone })
        .where('citizen_id', '=', citizenId)
    )
    if (changes === 0) throw ruleViolation('BIND_NOT_FOUND', '办理人没有驾驶证档案')
    licence = true
  }
  let vehicles = 0
  for (const vehicleId of input.vehicleIds) {
    const changes = db.run(db.kysely.updateTable('vehicles').set({ contact_phone: input.phone }).where('id', '=', vehicleId).where('owner_citizen_id', '=', citizenId))
    if (changes === 0) throw ruleViolation('BIND_NOT_OWNER_VEHICLE', '只能更新登记在本人名下的机动车', { vehicleId })
    vehicles += changes
  }
  ctx.record({ subject: citizenId, payload: { citizenId, ...input } })
  return { updated: { signIn, licence, vehicles } }
}
