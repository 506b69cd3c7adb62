import { randomInt } from 'node:crypto'
import type { Selectable } from 'kysely'
import type { ServiceApplicationsTable } from '../../../db/schema'
import { AppError, ruleViolation, type AppContract, type OutputOf, type ParsedInputOf, type ServiceApplicationView } from '../../../src-shared/contract'
import { maskResidentId } from '../../../src-shared/domain/identifiers/resident-id'
import { issueBlocked, type LicenceOutcome, type LicenceStatus } from '../../../src-shared/domain/licence-services'
import { OFFICE_BY_CODE } from '../../../src-shared/domain/offices'
import { vehicleIssueBlocked, type VehicleOutcome } from '../../../src-shared/domain/vehicle-services'
import type { ServiceApplicationPayload, ServiceDecisionPayload } from '../../../src-shared/sync/commands'
import type { AppDatabase } from '../../core/database'
import type { HandlerContext } from '../../core/dispatcher'

/**
 * Business applications (业务申请) on a licence or a vehicle: the shared life of one — a number,
 * one open application per licence or vehicle, acceptance into the outbox, and 办结 / 退办 at a
 * counter of the subject's office. The services and their rules live in licence/ and vehicle/.
 */

export type ApplicationRow = Selectable<ServiceApplicationsTable>
export type NewApplication = ServiceApplicationPayload['application']

export function applicationView(db: AppDatabase, row: ApplicationRow): ServiceApplicationView {
  const person = db.first(db.kysely.selectFrom('citizens').select(['name', 'id_number']).where('id', '=', row.citizen_id))
  const label =
    row.subject === 'licence'
      ? db.first(db.kysely.selectFrom('licences').select('file_number as label').where('id', '=', row.subject_id))
      : db.first(db.kysely.selectFrom('vehicles').select('plate as label').where('id', '=', row.subject_id))
  const request = JSON.parse(row.request) as { kind: string; deferral?: ServiceApplicationView['deferral'] }
  const outcome = JSON.parse(row.outcome) as ServiceApplicationView['outcome']
  return {
    id: row.id,
    number: row.number,
    subject: row.subject,
    kind: row.kind,
    deferral: request.kind === 'defer' ? (request.deferral ?? null) : null,
    state: row.state,
    subjectLabel: label?.label ?? '',
    citizenName: person?.name ?? '',
    maskedIdNumber: person ? maskResidentId(person.id_number) : '',
    officeName: OFFICE_BY_CODE.get(row.office_code)?.name ?? row.office_code,
    submittedAt: row.submitted_at,
    decidedAt: row.decided_at,
    decisionNote: row.decision_note,
    outcome: { ...outcome, ...(outcome.classes ? { classes: [...outcome.classes] } : {}) }
  }
}

export function applicationsOf(db: AppDatabase, citizenId: string, subject: ApplicationRow['subject']): ServiceApplicationView[] {
  return db
    .all(db.kysely.selectFrom('service_applications').selectAll().where('citizen_id', '=', citizenId).where('subject', '=', subject).orderBy('submitted_at', 'desc'))
    .map((row) => applicationView(db, row))
}

export function openApplication(db: AppDatabase, subjectId: string): ApplicationRow | undefined {
  return db.first(db.kysely.selectFrom('service_applications').selectAll().where('subject_id', '=', subjectId).where('state', '=', 'accepted'))
}

/** The refusal every service gives while another application of the same licence or vehicle is open. */
export function openRefusal(open: ApplicationRow): { ok: false; rule: string; message: string } {
  const what = open.subject === 'licence' ? '该驾驶证' : '该机动车'
  return { ok: false, rule: 'APPLICATION_OPEN', message: `${what}已有一项业务（流水号 ${open.number}）已受理、尚未办结，办结或退办后才能再申请` }
}

/** Refuses any service on a licence or vehicle while another of its applications is open. */
export function refuseIfOpen(db: AppDatabase, subjectId: string): void {
  const open = openApplication(db, subjectId)
  if (!open) return
  const refusal = openRefusal(open)
  throw ruleViolation(refusal.rule, refusal.message, { number: open.number })
}

/** 业务流水号: JS (驾驶证) or JD (机动车), the China date, six random digits not yet taken here. */
function applicationNumber(db: AppDatabase, subject: ApplicationRow['subject'], today: string): string {
  for (;;) {
    const number = `${subject === 'licence' ? 'JS' : 'JD'}${today.replaceAll('-', '')}${String(randomInt(0, 1_000_000)).padStart(6, '0')}`
    if (!db.first(db.kysely.selectFrom('service_applications').select('id').where('number', '=', number))) return number
  }
}

/**
 * Accept an application the service's rules passed (the caller has checked `refuseIfOpen` first):
 * written with its number and recorded for the central service, which checks it again.
 */
export function acceptApplication(
  ctx: HandlerContext,
  fields: Omit<NewApplication, 'number' | 'state' | 'submitted_at' | 'submitted_role' | 'submitted_terminal' | 'decided_at' | 'decided_by' | 'decision_note'>,
  seen: ServiceApplicationPayload['context'],
  today: string
): ServiceApplicationView {
  const { db } = ctx
  const row: NewApplication = {
    ...fields,
    number: applicationNumber(db, fields.subject, today),
    state: 'accepted',
    submitted_at: ctx.now.toISOString(),
    submitted_role: ctx.session.role,
    submitted_terminal: ctx.terminal.id,
    decided_at: null,
    decided_by: null,
    decision_note: null
  }
  db.run(db.kysely.insertInto('service_applications').values(row))
  ctx.record({ subject: row.id, payload: { application: row, context: seen } satisfies ServiceApplicationPayload })
  return applicationView(db, row)
}

export function pending(ctx: HandlerContext): OutputOf<AppContract, 'applications.pending'> {
  const { db } = ctx
  const rows = db.all(
    db.kysely.selectFrom('service_applications').selectAll().where('office_code', '=', ctx.terminal.officeCode).where('state', '=', 'accepted').orderBy('submitted_at')
  )
  return { applications: rows.map((row) => applicationView(db, row)) }
}

/** What issuing changes on the subject's record: the licence's classes, validity and status; the vehicle's inspection validity and status. */
export function issueChanges(
  subject: ApplicationRow['subject'],
  outcomeText: string
): { table: 'licences'; set: { classes: string; valid_from: string; valid_until: string | null; status: LicenceStatus } } | { table: 'vehicles'; set: { inspection_due: string; status: VehicleOutcome['status'] } } {
  if (subject === 'licence') {
    const outcome = JSON.parse(outcomeText) as LicenceOutcome
    return { table: 'licences', set: { classes: outcome.classes.join(','), valid_from: outcome.validFrom, valid_until: outcome.validUntil, status: outcome.status } }
  }
  const outcome = JSON.parse(outcomeText) as VehicleOutcome
  return { table: 'vehicles', set: { inspection_due: outcome.inspectionDue, status: outcome.status } }
}

/**
 * 办结: the licence or vehicle takes the outcome computed when the application was accepted, or
 * 退办 with the reason. Either way the application is closed; the command carries the decision
 * and the central service applies the same outcome to its own record.
 */
export function decide(input: ParsedInputOf<AppContract, 'applications.decide'>, ctx: HandlerContext): ServiceApplicationView {
  const { db } = ctx
  const row = db.first(db.kysely.selectFrom('service_applications').selectAll().where('id', '=', input.applicationId))
  if (!row || row.office_code !== ctx.terminal.officeCode) throw new AppError('NOT_FOUND', '本车管所没有这项业务申请', { applicationId: input.applicationId })
  if (row.state !== 'accepted') {
    throw ruleViolation('APPLICATION_NOT_OPEN', `这项申请（流水号 ${row.number}）已经${row.state === 'completed' ? '办结' : '退办'}`, { number: row.number, state: row.state })
  }
  const decidedAt = ctx.now.toISOString()
  const state = input.decision === 'complete' ? 'completed' : 'withdrawn'
  const note = input.note.trim() || null
  if (state === 'completed') {
    // The licence or vehicle may have been detained, suspended or revoked since the application was accepted.
    const current =
      row.subject === 'licence'
        ? db.first(db.kysely.selectFrom('licences').select('status').where('id', '=', row.subject_id))
        : db.first(db.kysely.selectFrom('vehicles').select('status').where('id', '=', row.subject_id))
    const blocked = current && (row.subject === 'licence' ? issueBlocked(current.status) : vehicleIssueBlocked(current.status))
    if (blocked) throw ruleViolation(blocked.rule, blocked.message, { number: row.number, status: current.status })
    const changes = issueChanges(row.subject, row.outcome)
    if (changes.table === 'licences') db.run(db.kysely.updateTable('licences').set(changes.set).where('id', '=', row.subject_id))
    else db.run(db.kysely.updateTable('vehicles').set(changes.set).where('id', '=', row.subject_id))
  }
  db.run(db.kysely.updateTable('service_applications').set({ state, decided_at: decidedAt, decided_by: ctx.session.userId, decision_note: note }).where('id', '=', row.id))
  ctx.record({ subject: row.id, payload: { applicationId: row.id, decision: input.decision, note, decidedAt, decidedBy: ctx.session.userId } satisfies ServiceDecisionPayload })
  return applicationView(db, { ...row, state, decided_at: decidedAt, decided_by: ctx.session.userId, decision_note: note })
}

