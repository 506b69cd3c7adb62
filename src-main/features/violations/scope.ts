import type { AppDatabase } from '../../core/database'
import type { ViolationState, ViolationsTable } from '../../../db/schema'
import type { HandlerContext } from '../../core/dispatcher'
import { subjectAccountId, subjectCitizenId } from '../identity/accounts'

export type ViolationRow = Omit<ViolationsTable, 'disputed'> & { disputed: number }

/** Whose records a call may see and pay, and whether the handling rules' binding rule is met. */
export interface PaymentScope {
  citizenId: string
  licence: { id: string; bound: boolean; status: string; firstIssuedOn: string } | null
  /** Vehicles whose records are in scope, with ownership and binding. */
  vehicles: Map<string, { ownedByHandler: boolean; bound: boolean; plate: string }>
}

/**
 * A citizen sees the records of the licence and vehicles they have bound. A clerk serving a
 * citizen whose card they verified sees that citizen's own licence and vehicles: identity
 * checked in person stands in for the online binding. An organisation agent sees the
 * organisation's vehicles.
 */
export function paymentScope(ctx: HandlerContext): PaymentScope {
  const { db, session } = ctx
  const citizenId = subjectCitizenId(ctx)
  const accountId = subjectAccountId(ctx)
  const inPerson = session.role === 'clerk'
  // Templates: this runs on every listing, quote and payment (see AppDatabase.template).
  const bindings = accountId
    ? db.template('scope.bindings', (p) => db.kysely.selectFrom('bindings').select(['target_kind', 'target_id']).where('account_id', '=', p.accountId), { accountId }).all()
    : []
  const boundLicences = new Set(bindings.filter((b) => b.target_kind === 'licence').map((b) => b.target_id))
  const boundVehicles = new Set(bindings.filter((b) => b.target_kind === 'vehicle').map((b) => b.target_id))

  const vehicles = new Map<string, { ownedByHandler: boolean; bound: boolean; plate: string }>()
  if (session.role === 'org_agent' && session.organisationId) {
    // The vehicles registered under the credit code the organisation proved, once approved.
    const owned = db.kysely
      .selectFrom('vehicles')
      .innerJoin('organisations', 'organisations.uscc', 'vehicles.owner_uscc')
      .select(['vehicles.id', 'vehicles.plate'])
      .where('organisations.id', '=', session.organisationId)
      .where('organisations.status', '=', 'approved')
    for (const v of db.all(owned)) {
      vehicles.set(v.id, { ownedByHandler: false, bound: true, plate: v.plate })
    }
    return { citizenId, licence: null, vehicles }
  }
  const licenceRow = db.template('scope.licence', (p) => db.kysely.selectFrom('licences').select(['id', 'status', 'first_issued_on']).where('citizen_id', '=', p.citizenId), { citizenId }).first()
  const licence = licenceRow && (inPerson || boundLicences.has(licenceRow.id)) ? { id: licenceRow.id, bound: true, status: licenceRow.status, firstIssuedOn: licenceRow.first_issued_on } : null
  for (const v of db.template('scope.vehicles', (p) => db.kysely.selectFrom('vehicles').select(['id', 'plate']).where('owner_citizen_id', '=', p.citizenId), { citizenId }).all()) {
    if (inPerson || boundVehicles.has(v.id)) vehicles.set(v.id, { ownedByHandler: true, bound: true, plate: v.plate })
  }
  return { citizenId, licence, vehicles }
}

/** The violation rows in scope, optionally only in some states: by licence, and by vehicle, without duplicates. */
export function scopeViolations(db: AppDatabase, scope: PaymentScope, states: readonly ViolationState[] | null): ViolationRow[] {
  const rows = new Map<string, ViolationRow>()
  const vehicleIds = [...scope.vehicles.keys()]
  if (!scope.licence && vehicleIds.length === 0) return []
  // One statement: SQLite answers the OR from both indexes (licence_id, state) and (vehicle_id, state).
  const params = { licenceId: scope.licence?.id ?? '', vehicleIds, states: states ?? [] }
  const key = `scope.violations:${scope.licence ? 1 : 0}:${vehicleIds.length}:${states?.length ?? -1}`
  const build = (p: typeof params) => {
    const query = db.kysely
      .selectFrom('violations')
      .selectAll()
      .where((eb) => {
        const ors = []
        if (scope.licence) ors.push(eb('licence_id', '=', p.licenceId))
        if (p.vehicleIds.length) ors.push(eb('vehicle_id', 'in', p.vehicleIds))
        return eb.or(ors)
      })
    return states ? query.where('state', 'in', p.states) : query
  }
  for (const r of db.template(key, build, params).all()) rows.set(r.id, r as ViolationRow)
  return [...rows.values()]
}
