import { randomInt, randomUUID } from 'node:crypto'
import type { Selectable } from 'kysely'
import { AppError, ruleViolation, type AppContract, type LicenceApplicationView, type OutputOf, type ParsedInputOf } from '../../../src-shared/contract'
import { addDays, addYears, ageOn, chinaDateOf } from '../../../src-shared/domain/civil-date'
import { maskResidentId } from '../../../src-shared/domain/identifiers/resident-id'
import {
  DEFERRAL_KINDS,
  checkLicenceService,
  issueBlocked,
  type LicenceFacts,
  type LicenceStatus,
  type LicenceOutcome,
  type ServiceContext,
  type ServiceRequest
} from '../../../src-shared/domain/licence-services'
import { OFFICE_BY_CODE } from '../../../src-shared/domain/offices'
import { CYCLE_MAX_POINTS, scoringCycle } from '../../../src-shared/domain/scoring'
import type { LicenceApplicationPayload, LicenceDecisionPayload } from '../../../src-shared/sync/commands'
import type { LicenceApplicationsTable, LicencesTable } from '../../../db/schema'
import type { AppDatabase } from '../../core/database'
import type { HandlerContext } from '../../core/dispatcher'
import { subjectCitizenId } from '../identity/accounts'
import { pointsInCycle } from '../violations/points'

type LicenceRow = Selectable<LicencesTable>
type ApplicationRow = Selectable<LicenceApplicationsTable>

export function licenceFacts(row: LicenceRow): LicenceFacts {
  return {
    classes: row.classes.split(/[,\s]+/).filter(Boolean),
    firstIssuedOn: row.first_issued_on,
    validFrom: row.valid_from,
    validUntil: row.valid_until,
    status: row.status,
    officeCode: row.office_code
  }
}

/** Scoring cycles of the licence's current validity period (up to today) that reached 12 points (L1). */
function fullCycles(db: AppDatabase, licence: LicenceRow, today: string): number {
  const end = licence.valid_until !== null && licence.valid_until < today ? licence.valid_until : today
  let count = 0
  for (let day = scoringCycle(licence.first_issued_on, licence.valid_from).start; day <= end; ) {
    const { points, cycle } = pointsInCycle(db, licence.id, licence.first_issued_on, day)
    if (points >= CYCLE_MAX_POINTS) count += 1
    day = addDays(cycle.end, 1)
  }
  return count
}

/** Violations on the licence not yet handled to the end (undecided, or decided and unpaid): 审验 fails on them (F5). */
function unhandledViolations(db: AppDatabase, licenceId: string): number {
  const row = db.first(
    db.kysely
      .selectFrom('violations')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('licence_id', '=', licenceId)
      .where('state', 'in', ['unhandled', 'unpaid', 'paying'])
  )
  return Number(row?.n ?? 0)
}

function serviceContext(ctx: HandlerContext, licence: LicenceRow, birthDate: string): ServiceContext {
  const today = chinaDateOf(ctx.now)
  return {
    today,
    birthDate,
    terminalOffice: ctx.terminal.officeCode,
    unhandledViolations: unhandledViolations(ctx.db, licence.id),
    fullCycles: fullCycles(ctx.db, licence, today)
  }
}

function subject(ctx: HandlerContext): { citizenId: string; name: string; idNumber: string; birthDate: string; licence: LicenceRow | undefined } {
  const { db } = ctx
  const citizenId = subjectCitizenId(ctx)
  const person = db.first(db.kysely.selectFrom('citizens').select(['name', 'id_number', 'birth_date']).where('id', '=', citizenId))
  if (!person) throw ruleViolation('COUNTER_NOT_SERVING', '找不到办理人档案')
  const licence = db.first(db.kysely.selectFrom('licences').selectAll().where('citizen_id', '=', citizenId))
  return { citizenId, name: person.name, idNumber: person.id_number, birthDate: person.birth_date, licence }
}

export function applicationView(db: AppDatabase, row: ApplicationRow): LicenceApplicationView {
  const person = db.first(db.kysely.selectFrom('citizens').select(['name', 'id_number']).where('id', '=', row.citizen_id))
  const licence = db.first(db.kysely.selectFrom('licences').select('file_number').where('id', '=', row.licence_id))
  const request = JSON.parse(row.request) as ServiceRequest
  return {
    id: row.id,
    number: row.number,
    kind: row.kind,
    deferral: request.kind === 'defer' ? request.deferral : null,
    state: row.state,
    fileNumber: licence?.file_number ?? '',
    citizenName: person?.name ?? '',
    maskedIdNumber: person ? maskResidentId(person.id_number) : '',
    officeName: OFFICE_BY_CODE.get(row.office_code)?.name ?? row.office_code,
    submittedAt: row.submitted_at,
    decidedAt: row.decided_at,
    decisionNote: row.decision_note,
    outcome: outcomeOf(row)
  }
}

function outcomeOf(row: ApplicationRow): LicenceApplicationView['outcome'] {
  const outcome = JSON.parse(row.outcome) as LicenceOutcome
  return { ...outcome, classes: [...outcome.classes] }
}

/** What each service would answer today, with a form that passes its own checks (a fresh certificate, a year's deferral). */
function previewRequests(today: string): ServiceRequest[] {
  const until = addYears(today, 1)
  return [
    { kind: 'renewal', certificateIssuedOn: today },
    { kind: 'age_exchange', certificateIssuedOn: today, target: 'C1' },
    { kind: 'replace_damaged', reason: 'damaged' },
    { kind: 'replace_lost' },
    ...DEFERRAL_KINDS.map((deferral): ServiceRequest => ({ kind: 'defer', deferral, reason: 'abroad', reasonNote: '', until }))
  ]
}

function openApplication(db: AppDatabase, licenceId: string): ApplicationRow | undefined {
  return db.first(db.kysely.selectFrom('licence_applications').selectAll().where('licence_id', '=', licenceId).where('state', '=', 'accepted'))
}

export function services(ctx: HandlerContext): OutputOf<AppContract, 'licence.services'> {
  const { db } = ctx
  const person = subject(ctx)
  const today = chinaDateOf(ctx.now)
  const applications = db
    .all(db.kysely.selectFrom('licence_applications').selectAll().where('citizen_id', '=', person.citizenId).orderBy('submitted_at', 'desc'))
    .map((row) => applicationView(db, row))
  const age = ageOn(person.birthDate, today)
  if (!person.licence) return { licence: null, age, services: [], applications }
  const licence = person.licence
  const facts = licenceFacts(licence)
  const context = serviceContext(ctx, licence, person.birthDate)
  const open = openApplication(db, licence.id)
  return {
    licence: {
      id: licence.id,
      fileNumber: licence.file_number,
      classes: [...facts.classes],
      validFrom: licence.valid_from,
      validUntil: licence.valid_until,
      status: licence.status,
      officeCode: licence.office_code,
      officeName: OFFICE_BY_CODE.get(licence.office_code)?.name ?? licence.office_code
    },
    age,
    services: previewRequests(today).map((request) => {
      const verdict = open ? openRefusal(open) : checkLicenceService(facts, request, context)
      return {
        kind: request.kind,
        deferral: request.kind === 'defer' ? request.deferral : null,
        verdict: verdict.ok ? { ok: true, rule: null, message: null } : { ok: false, rule: verdict.rule, message: verdict.message }
      }
    }),
    applications
  }
}

function openRefusal(open: ApplicationRow): { ok: false; rule: string; message: string } {
  return { ok: false, rule: 'LICENCE_APPLICATION_OPEN', message: `该驾驶证已有一项业务（流水号 ${open.number}）已受理、尚未办结，办结或退办后才能再申请` }
}

/** 业务流水号: JS, the China date, six random digits. */
function applicationNumber(db: AppDatabase, today: string): string {
  for (;;) {
    const number = `JS${today.replaceAll('-', '')}${String(randomInt(0, 1_000_000)).padStart(6, '0')}`
    // A number taken here already (one in a million a day) is drawn again; the UNIQUE column guards the rest.
    if (!db.first(db.kysely.selectFrom('licence_applications').select('id').where('number', '=', number))) return number
  }
}

export function apply(input: ParsedInputOf<AppContract, 'licence.apply'>, ctx: HandlerContext): LicenceApplicationView {
  const { db } = ctx
  const person = subject(ctx)
  if (!person.licence) throw ruleViolation('LICENCE_NONE', '本人名下没有驾驶证，不能办理驾驶证业务')
  const licence = person.licence
  const open = openApplication(db, licence.id)
  if (open) {
    const refusal = openRefusal(open)
    throw ruleViolation(refusal.rule, refusal.message, { number: open.number })
  }
  const request = input as ServiceRequest
  const context = serviceContext(ctx, licence, person.birthDate)
  const verdict = checkLicenceService(licenceFacts(licence), request, context)
  if (!verdict.ok) throw ruleViolation(verdict.rule, verdict.message, verdict.params)
  const row: LicenceApplicationPayload['application'] = {
    id: randomUUID(),
    number: applicationNumber(db, context.today),
    kind: request.kind,
    licence_id: licence.id,
    citizen_id: person.citizenId,
    office_code: licence.office_code,
    request: JSON.stringify(request),
    outcome: JSON.stringify(verdict.outcome),
    state: 'accepted',
    submitted_at: ctx.now.toISOString(),
    submitted_role: ctx.session.role,
    submitted_terminal: ctx.terminal.id,
    decided_at: null,
    decided_by: null,
    decision_note: null
  }
  db.run(db.kysely.insertInto('licence_applications').values(row))
  ctx.record({
    subject: row.id,
    payload: { application: row, context: { unhandledViolations: context.unhandledViolations, fullCycles: context.fullCycles } } satisfies LicenceApplicationPayload
  })
  return applicationView(db, row)
}

export function pending(ctx: HandlerContext): OutputOf<AppContract, 'licence.pending'> {
  const { db } = ctx
  const rows = db.all(
    db.kysely.selectFrom('licence_applications').selectAll().where('office_code', '=', ctx.terminal.officeCode).where('state', '=', 'accepted').orderBy('submitted_at')
  )
  return { applications: rows.map((row) => applicationView(db, row)) }
}

/**
 * 办结: the licence takes the outcome computed when the application was accepted (its new
 * validity, classes or a fresh card), or 退办 with the reason. Either way the application is
 * closed; the command carries the decision and the central service applies the same outcome to
 * its licence record.
 */
export function complete(input: ParsedInputOf<AppContract, 'licence.complete'>, ctx: HandlerContext): LicenceApplicationView {
  const { db } = ctx
  const row = db.first(db.kysely.selectFrom('licence_applications').selectAll().where('id', '=', input.applicationId))
  if (!row || row.office_code !== ctx.terminal.officeCode) throw new AppError('NOT_FOUND', '本车管所没有这项驾驶证业务申请', { applicationId: input.applicationId })
  if (row.state !== 'accepted') {
    throw ruleViolation('LICENCE_APPLICATION_NOT_OPEN', `这项申请（流水号 ${row.number}）已经${row.state === 'completed' ? '办结' : '退办'}`, { number: row.number, state: row.state })
  }
  const decidedAt = ctx.now.toISOString()
  const state = input.decision === 'complete' ? 'completed' : 'withdrawn'
  const note = input.note.trim() || null
  if (state === 'completed') {
    // The licence may have been detained, suspended or revoked since the application was accepted.
    const current = db.first(db.kysely.selectFrom('licences').select('status').where('id', '=', row.licence_id))
    const blocked = current && issueBlocked(current.status)
    if (blocked) throw ruleViolation(blocked.rule, blocked.message, { number: row.number, status: current.status })
    const outcome = outcomeOf(row)
    db.run(
      db.kysely
        .updateTable('licences')
        .set({ classes: outcome.classes.join(','), valid_from: outcome.validFrom, valid_until: outcome.validUntil, status: outcome.status as LicenceStatus })
        .where('id', '=', row.licence_id)
    )
  }
  db.run(
    db.kysely.updateTable('licence_applications').set({ state, decided_at: decidedAt, decided_by: ctx.session.userId, decision_note: note }).where('id', '=', row.id)
  )
  ctx.record({
    subject: row.id,
    payload: { applicationId: row.id, decision: input.decision, note, decidedAt, decidedBy: ctx.session.userId } satisfies LicenceDecisionPayload
  })
  return applicationView(db, { ...row, state, decided_at: decidedAt, decided_by: ctx.session.userId, decision_note: note })
}
