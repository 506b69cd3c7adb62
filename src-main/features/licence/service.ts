import { randomUUID } from 'node:crypto'
import type { Selectable } from 'kysely'
import type { LicencesTable } from '../../../db/schema'
import { ruleViolation, type AppContract, type OutputOf, type ParsedInputOf, type ServiceApplicationView } from '../../../src-shared/contract'
import { addDays, addYears, ageOn, chinaDateOf } from '../../../src-shared/domain/civil-date'
import { DEFERRAL_KINDS, checkLicenceService, type LicenceFacts, type ServiceContext, type ServiceRequest } from '../../../src-shared/domain/licence-services'
import { OFFICE_BY_CODE } from '../../../src-shared/domain/offices'
import { CYCLE_MAX_POINTS, scoringCycle } from '../../../src-shared/domain/scoring'
import type { AppDatabase } from '../../core/database'
import type { HandlerContext } from '../../core/dispatcher'
import { acceptApplication, applicationsOf, openApplication, openRefusal, refuseIfOpen } from '../applications/store'
import { subjectCitizenId } from '../identity/accounts'
import { pointsInCycle } from '../violations/points'

type LicenceRow = Selectable<LicencesTable>

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

/** Violations not handled to the end (undecided, or decided and unpaid): 审验 and labels fail on them (F5, M11). */
export function unhandledViolations(db: AppDatabase, column: 'licence_id' | 'vehicle_id', id: string): number {
  const row = db.first(
    db.kysely
      .selectFrom('violations')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where(column, '=', id)
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
    unhandledViolations: unhandledViolations(ctx.db, 'licence_id', licence.id),
    fullCycles: fullCycles(ctx.db, licence, today)
  }
}

function subject(ctx: HandlerContext): { citizenId: string; birthDate: string; licence: LicenceRow | undefined } {
  const { db } = ctx
  const citizenId = subjectCitizenId(ctx)
  const person = db.first(db.kysely.selectFrom('citizens').select(['birth_date']).where('id', '=', citizenId))
  if (!person) throw ruleViolation('COUNTER_NOT_SERVING', '找不到办理人档案')
  const licence = db.first(db.kysely.selectFrom('licences').selectAll().where('citizen_id', '=', citizenId))
  return { citizenId, birthDate: person.birth_date, licence }
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

export function services(ctx: HandlerContext): OutputOf<AppContract, 'licence.services'> {
  const { db } = ctx
  const person = subject(ctx)
  const today = chinaDateOf(ctx.now)
  const applications = applicationsOf(db, person.citizenId, 'licence')
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

export function apply(input: ParsedInputOf<AppContract, 'licence.apply'>, ctx: HandlerContext): ServiceApplicationView {
  const person = subject(ctx)
  if (!person.licence) throw ruleViolation('LICENCE_NONE', '本人名下没有驾驶证，不能办理驾驶证业务')
  const licence = person.licence
  refuseIfOpen(ctx.db, licence.id)
  const request = input as ServiceRequest
  const context = serviceContext(ctx, licence, person.birthDate)
  const verdict = checkLicenceService(licenceFacts(licence), request, context)
  if (!verdict.ok) throw ruleViolation(verdict.rule, verdict.message, verdict.params)
  return acceptApplication(
    ctx,
    {
      id: randomUUID(),
      subject: 'licence',
      kind: request.kind,
      subject_id: licence.id,
      citizen_id: person.citizenId,
      office_code: licence.office_code,
      request: JSON.stringify(request),
      outcome: JSON.stringify(verdict.outcome)
    },
    { unhandledViolations: context.unhandledViolations, fullCycles: context.fullCycles },
    context.today
  )
}
