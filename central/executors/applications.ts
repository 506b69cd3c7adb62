import { chinaDateOf } from '../../src-shared/domain/civil-date'
import { CHINA_2026_CALENDAR_DATA, createHolidayCalendar, type HolidayCalendar } from '../../src-shared/domain/exams'
import { checkLicenceService, issueBlocked, type LicenceFacts, type LicenceOutcome, type LicenceStatus, type ServiceRequest } from '../../src-shared/domain/licence-services'
import { checkVehicleService, vehicleIssueBlocked, type VehicleFacts, type VehicleOutcome, type VehicleServiceRequest, type VehicleStatus } from '../../src-shared/domain/vehicle-services'
import { CENTRAL_RULES, serviceApplicationPayloadSchema, serviceDecisionSchema } from '../../src-shared/sync/commands'
import type { PushedCommand } from '../../src-shared/sync/protocol'
import { entityOf, getRecord, putRecord, restoreAuthoritative, rowObject, type CentralTrx } from '../store'
import { applied, parsePayload, review, type ExecutionContext, type StoredResult } from './result'

/**
 * 驾驶证业务 and 机动车业务 on the central side. An application is checked again with the same
 * rules on the central licence or vehicle (the facts the central service does not index by
 * subject — unhandled violations, full scoring cycles — are the terminal's); one licence or
 * vehicle has at most one application open at a time, province-wide. Issuing applies the
 * outcome to the central record, which every terminal of the office then pulls.
 */

function licenceFacts(row: Record<string, unknown>): LicenceFacts {
  return {
    classes: String(row.classes).split(/[,\s]+/).filter(Boolean),
    firstIssuedOn: String(row.first_issued_on),
    validFrom: String(row.valid_from),
    validUntil: row.valid_until === null ? null : String(row.valid_until),
    status: String(row.status) as LicenceStatus,
    officeCode: String(row.office_code)
  }
}

function vehicleFacts(row: Record<string, unknown>): VehicleFacts {
  return {
    plate: String(row.plate),
    plateType: String(row.plate_type),
    vehicleType: String(row.vehicle_type),
    useNature: String(row.use_nature),
    registeredOn: String(row.registered_on),
    inspectionDue: String(row.inspection_due),
    status: String(row.status) as VehicleStatus,
    officeCode: String(row.office_code)
  }
}

/** The province's working-day calendar: the built-in year, and every year an administrator set. */
async function centralCalendar(trx: CentralTrx): Promise<HolidayCalendar> {
  const years = (await trx.selectFrom('records').select('row').where('entity', '=', 'holiday_calendars').execute()).map((record) => rowObject(entityOf('holiday_calendars'), record.row))
  const set = new Set(years.map((year) => String(year.year)))
  const dates = (column: 'holidays' | 'make_up_workdays') => years.flatMap((year) => JSON.parse(String(year[column])) as string[])
  const builtIn = set.has('2026') ? { holidays: [], makeUpWorkdays: [] } : CHINA_2026_CALENDAR_DATA
  return createHolidayCalendar({ holidays: [...builtIn.holidays, ...dates('holidays')], makeUpWorkdays: [...builtIn.makeUpWorkdays, ...dates('make_up_workdays')] })
}

/** `licence.apply` and `vehicle.apply` v1. */
export async function executeServiceApplication(trx: CentralTrx, context: ExecutionContext, command: PushedCommand): Promise<StoredResult> {
  const parsed = parsePayload(command, serviceApplicationPayloadSchema)
  if (!parsed.ok) return parsed.result
  const { application, context: seen } = parsed.payload
  if (await getRecord(trx, 'service_applications', application.id)) return applied(command)
  const refuse = async (rule: string, message: string, params: Record<string, unknown> = {}) => {
    // The application exists only on the terminal that took it: its partition is told to drop it.
    await restoreAuthoritative(trx, 'service_applications', application.id, application.office_code, context.at)
    return review(command, CENTRAL_RULES.SERVICE_APPLICATION_REFUSED, `中心复核未受理该业务申请（流水号 ${application.number}）：${message}`, {
      applicationId: application.id,
      number: application.number,
      rule,
      ...params
    })
  }
  const subject = await getRecord(trx, application.subject === 'licence' ? 'licences' : 'vehicles', application.subject_id)
  const owner = subject && (application.subject === 'licence' ? subject.row.citizen_id : subject.row.owner_citizen_id)
  if (!subject || owner !== application.citizen_id) {
    return refuse(application.subject === 'licence' ? 'LICENCE_NONE' : 'VEHICLE_NOT_OWNER', '中心档案中没有该驾驶证或机动车，或它不属于申请人')
  }
  const others = await trx.selectFrom('records').select('row').where('citizen_id', '=', application.citizen_id).where('entity', '=', 'service_applications').execute()
  const open = others.map((record) => rowObject(entityOf('service_applications'), record.row)).find((row) => row.subject_id === application.subject_id && row.state === 'accepted')
  if (open) return refuse('APPLICATION_OPEN', `已有一项业务（流水号 ${String(open.number)}）已受理、尚未办结`, { open: open.number })
  const terminal = await trx.selectFrom('terminals').select('office_code').where('id', '=', context.terminalId).executeTakeFirst()
  const today = chinaDateOf(new Date(application.submitted_at))
  const terminalOffice = terminal?.office_code ?? ''
  let outcome: LicenceOutcome | VehicleOutcome
  if (application.subject === 'licence') {
    const holder = await getRecord(trx, 'citizens', application.citizen_id)
    if (!holder) return refuse('LICENCE_NONE', '中心档案中没有申请人')
    const verdict = checkLicenceService(licenceFacts(subject.row), JSON.parse(application.request) as ServiceRequest, {
      today,
      birthDate: String(holder.row.birth_date),
      terminalOffice,
      unhandledViolations: seen.unhandledViolations,
      fullCycles: seen.fullCycles
    })
    if (!verdict.ok) return refuse(verdict.rule, verdict.message, verdict.params)
    outcome = verdict.outcome
  } else {
    const calendar = await centralCalendar(trx)
    const verdict = checkVehicleService(vehicleFacts(subject.row), JSON.parse(application.request) as VehicleServiceRequest, {
      today,
      terminalOffice,
      unhandledViolations: seen.unhandledViolations,
      addWorkingDays: (date, days) => calendar.addWorkingDays(date, days)
    })
    if (!verdict.ok) return refuse(verdict.rule, verdict.message, verdict.params)
    outcome = verdict.outcome
  }
  // The outcome is the central one (the same rules on the central record).
  await putRecord(trx, 'service_applications', application.id, { ...application, outcome: JSON.stringify(outcome) }, context.at)
  return applied(command)
}

/** `applications.decide` v1: issue (the licence or vehicle takes the outcome) or withdraw an accepted application. */
export async function executeServiceDecision(trx: CentralTrx, context: ExecutionContext, command: PushedCommand): Promise<StoredResult> {
  const parsed = parsePayload(command, serviceDecisionSchema)
  if (!parsed.ok) return parsed.result
  const { applicationId, decision, note, decidedAt, decidedBy } = parsed.payload
  const record = await getRecord(trx, 'service_applications', applicationId)
  const state = decision === 'complete' ? 'completed' : 'withdrawn'
  if (record?.row.state === state && record.row.decided_at === decidedAt) return applied(command)
  const entity = record?.row.subject === 'vehicle' ? 'vehicles' : 'licences'
  const subject = record ? await getRecord(trx, entity, String(record.row.subject_id)) : undefined
  const changed = async (message: string, params: Record<string, unknown>) => {
    // Decided elsewhere first, refused centrally, or the record changed: this terminal gets the central rows back.
    if (record) await restoreAuthoritative(trx, 'service_applications', applicationId, record.partition, context.at)
    if (record && subject) await restoreAuthoritative(trx, entity, String(record.row.subject_id), subject.partition, context.at)
    return review(command, CENTRAL_RULES.SERVICE_APPLICATION_CHANGED, message, { applicationId, ...params })
  }
  if (!record || record.row.state !== 'accepted') {
    return changed('中心记录中该业务申请已经办结或退办（或没有该申请），本窗口的办理未被采用', { state: record?.row.state ?? null })
  }
  if (decision === 'complete' && subject) {
    const status = String(subject.row.status)
    const blocked = entity === 'licences' ? issueBlocked(status) : vehicleIssueBlocked(status)
    if (blocked) return changed(`中心记录中的状态已经改变，不能办结：${blocked.message}`, { state: 'accepted', rule: blocked.rule })
    const outcome = JSON.parse(String(record.row.outcome)) as Partial<LicenceOutcome & VehicleOutcome>
    const changes =
      entity === 'licences'
        ? { classes: (outcome.classes ?? []).join(','), valid_from: outcome.validFrom, valid_until: outcome.validUntil, status: outcome.status }
        : { inspection_due: outcome.inspectionDue, status: outcome.status }
    await putRecord(trx, entity, String(record.row.subject_id), { ...subject.row, ...changes }, context.at)
  }
  await putRecord(trx, 'service_applications', applicationId, { ...record.row, state, decided_at: decidedAt, decided_by: decidedBy, decision_note: note }, context.at)
  return applied(command)
}
