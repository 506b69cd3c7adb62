import { randomUUID } from 'node:crypto'
import type { Selectable } from 'kysely'
import type { VehiclesTable } from '../../../db/schema'
import { ruleViolation, type AppContract, type OutputOf, type ParsedInputOf, type ServiceApplicationView } from '../../../src-shared/contract'
import { addYears, chinaDateOf } from '../../../src-shared/domain/civil-date'
import { OFFICE_BY_CODE } from '../../../src-shared/domain/offices'
import { checkVehicleService, onSiteTestRequired, type VehicleFacts, type VehicleServiceContext, type VehicleServiceRequest } from '../../../src-shared/domain/vehicle-services'
import type { HandlerContext } from '../../core/dispatcher'
import { acceptApplication, applicationsOf, openApplication, openRefusal, refuseIfOpen } from '../applications/store'
import { loadHolidayCalendar } from '../exams/calendar'
import { subjectCitizenId } from '../identity/accounts'
import { unhandledViolations } from '../licence/service'

type VehicleRow = Selectable<VehiclesTable>

export function vehicleFacts(row: VehicleRow): VehicleFacts {
  return {
    plate: row.plate,
    plateType: row.plate_type,
    vehicleType: row.vehicle_type,
    useNature: row.use_nature,
    registeredOn: row.registered_on,
    inspectionDue: row.inspection_due,
    status: row.status,
    officeCode: row.office_code
  }
}

function serviceContext(ctx: HandlerContext, vehicle: VehicleRow): VehicleServiceContext {
  const calendar = loadHolidayCalendar(ctx.db)
  return {
    today: chinaDateOf(ctx.now),
    terminalOffice: ctx.terminal.officeCode,
    unhandledViolations: unhandledViolations(ctx.db, 'vehicle_id', vehicle.id),
    addWorkingDays: (date, days) => calendar.addWorkingDays(date, days)
  }
}

/** The vehicles registered to the person a call is about (their own; an organisation's are handled by its agent elsewhere). */
function ownVehicles(ctx: HandlerContext): { citizenId: string; vehicles: VehicleRow[] } {
  const { db } = ctx
  const citizenId = subjectCitizenId(ctx)
  const vehicles = db.all(db.kysely.selectFrom('vehicles').selectAll().where('owner_citizen_id', '=', citizenId).orderBy('plate'))
  return { citizenId, vehicles }
}

/** A form for each service that passes its own checks today, to show what the rules say before anything is typed. */
function previewRequests(today: string): VehicleServiceRequest[] {
  const insured = addYears(today, 1)
  return [
    { kind: 'plate_replace', reason: 'lost', temporaryPlate: false },
    { kind: 'vehicle_licence_replace', reason: 'lost' },
    { kind: 'inspection_label', insuranceValidUntil: insured, testedOn: today },
    { kind: 'label_replace', insuranceValidUntil: insured }
  ]
}

export function services(ctx: HandlerContext): OutputOf<AppContract, 'vehicle.services'> {
  const { db } = ctx
  const { citizenId, vehicles } = ownVehicles(ctx)
  return {
    vehicles: vehicles.map((row) => {
      const facts = vehicleFacts(row)
      const context = serviceContext(ctx, row)
      const open = openApplication(db, row.id)
      return {
        id: row.id,
        plate: row.plate,
        plateType: row.plate_type,
        vehicleType: row.vehicle_type,
        useNature: row.use_nature,
        registeredOn: row.registered_on,
        inspectionDue: row.inspection_due,
        status: row.status,
        officeName: OFFICE_BY_CODE.get(row.office_code)?.name ?? row.office_code,
        testRequired: onSiteTestRequired(facts, row.inspection_due),
        services: previewRequests(context.today).map((request) => {
          const verdict = open ? openRefusal(open) : checkVehicleService(facts, request, context)
          return { kind: request.kind, verdict: verdict.ok ? { ok: true, rule: null, message: null } : { ok: false, rule: verdict.rule, message: verdict.message } }
        })
      }
    }),
    applications: applicationsOf(db, citizenId, 'vehicle')
  }
}

export function apply(input: ParsedInputOf<AppContract, 'vehicle.apply'>, ctx: HandlerContext): ServiceApplicationView {
  const { citizenId, vehicles } = ownVehicles(ctx)
  const vehicle = vehicles.find((row) => row.id === input.vehicleId)
  if (!vehicle) throw ruleViolation('VEHICLE_NOT_OWNER', '只能为登记在本人名下的机动车办理机动车业务', { vehicleId: input.vehicleId })
  const { vehicleId: _vehicleId, ...form } = input
  const request = form as VehicleServiceRequest
  refuseIfOpen(ctx.db, vehicle.id)
  const context = serviceContext(ctx, vehicle)
  const verdict = checkVehicleService(vehicleFacts(vehicle), request, context)
  if (!verdict.ok) throw ruleViolation(verdict.rule, verdict.message, verdict.params)
  return acceptApplication(
    ctx,
    {
      id: randomUUID(),
      subject: 'vehicle',
      kind: request.kind,
      subject_id: vehicle.id,
      citizen_id: citizenId,
      office_code: vehicle.office_code,
      request: JSON.stringify(request),
      outcome: JSON.stringify(verdict.outcome)
    },
    { unhandledViolations: context.unhandledViolations, fullCycles: 0 },
    context.today
  )
}
