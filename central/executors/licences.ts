import { chinaDateOf } from '../../src-shared/domain/civil-date'
import { checkLicenceService, issueBlocked, type LicenceFacts, type LicenceOutcome, type LicenceStatus, type ServiceRequest } from '../../src-shared/domain/licence-services'
import { CENTRAL_RULES, licenceApplicationSchema, licenceDecisionSchema } from '../../src-shared/sync/commands'
import type { PushedCommand } from '../../src-shared/sync/protocol'
import { entityOf, getRecord, putRecord, restoreAuthoritative, rowObject, type CentralTrx } from '../store'
import { applied, parsePayload, review, type ExecutionContext, type StoredResult } from './result'

/**
 * 驾驶证业务 on the central side. An application is checked again with the same rules on the
 * central licence and holder (the two facts the central service does not index by licence —
 * unhandled violations and full scoring cycles — are the terminal's); one licence has at most
 * one application open at a time, province-wide. Issuing applies the outcome to the central
 * licence record, which every terminal of the office then pulls.
 */

function facts(row: Record<string, unknown>): LicenceFacts {
  return {
    classes: String(row.classes).split(/[,\s]+/).filter(Boolean),
    firstIssuedOn: String(row.first_issued_on),
    validFrom: String(row.valid_from),
    validUntil: row.valid_until === null ? null : String(row.valid_until),
    status: String(row.status) as LicenceStatus,
    officeCode: String(row.office_code)
  }
}

/** `licence.apply` v1. */
export async function executeLicenceApplication(trx: CentralTrx, context: ExecutionContext, command: PushedCommand): Promise<StoredResult> {
  const parsed = parsePayload(command, licenceApplicationSchema)
  if (!parsed.ok) return parsed.result
  const { application, context: seen } = parsed.payload
  if (await getRecord(trx, 'licence_applications', application.id)) return applied(command)
  const refuse = async (rule: string, message: string, params: Record<string, unknown> = {}) => {
    // The application exists only on the terminal that took it: its partition is told to drop it.
    await restoreAuthoritative(trx, 'licence_applications', application.id, application.office_code, context.at)
    return review(command, CENTRAL_RULES.LICENCE_APPLICATION_REFUSED, `中心复核未受理该驾驶证业务申请（流水号 ${application.number}）：${message}`, {
      applicationId: application.id,
      number: application.number,
      rule,
      ...params
    })
  }
  const licence = await getRecord(trx, 'licences', application.licence_id)
  if (!licence || licence.row.citizen_id !== application.citizen_id) return refuse('LICENCE_NONE', '中心档案中没有该驾驶证，或驾驶证不属于申请人')
  const holder = await getRecord(trx, 'citizens', application.citizen_id)
  if (!holder) return refuse('LICENCE_NONE', '中心档案中没有申请人')
  const others = await trx.selectFrom('records').select('row').where('citizen_id', '=', application.citizen_id).where('entity', '=', 'licence_applications').execute()
  const open = others.map((record) => rowObject(entityOf('licence_applications'), record.row)).find((row) => row.licence_id === application.licence_id && row.state === 'accepted')
  if (open) return refuse('LICENCE_APPLICATION_OPEN', `该驾驶证已有一项业务（流水号 ${String(open.number)}）已受理、尚未办结`, { open: open.number })
  const terminal = await trx.selectFrom('terminals').select('office_code').where('id', '=', context.terminalId).executeTakeFirst()
  const verdict = checkLicenceService(facts(licence.row), JSON.parse(application.request) as ServiceRequest, {
    today: chinaDateOf(new Date(application.submitted_at)),
    birthDate: String(holder.row.birth_date),
    terminalOffice: terminal?.office_code ?? '',
    unhandledViolations: seen.unhandledViolations,
    fullCycles: seen.fullCycles
  })
  if (!verdict.ok) return refuse(verdict.rule, verdict.message, verdict.params)
  // The outcome is the central one (the same rules on the central licence).
  await putRecord(trx, 'licence_applications', application.id, { ...application, outcome: JSON.stringify(verdict.outcome) }, context.at)
  return applied(command)
}

/** `licence.complete` v1: issue (the licence takes the outcome) or withdraw an accepted application. */
export async function executeLicenceDecision(trx: CentralTrx, context: ExecutionContext, command: PushedCommand): Promise<StoredResult> {
  const parsed = parsePayload(command, licenceDecisionSchema)
  if (!parsed.ok) return parsed.result
  const { applicationId, decision, note, decidedAt, decidedBy } = parsed.payload
  const record = await getRecord(trx, 'licence_applications', applicationId)
  const state = decision === 'complete' ? 'completed' : 'withdrawn'
  if (record?.row.state === state && record.row.decided_at === decidedAt) return applied(command)
  if (!record || record.row.state !== 'accepted') {
    // Decided elsewhere first (or refused centrally): this terminal gets the central rows back.
    if (record) {
      await restoreAuthoritative(trx, 'licence_applications', applicationId, record.partition, context.at)
      const licence = await getRecord(trx, 'licences', String(record.row.licence_id))
      if (licence) await restoreAuthoritative(trx, 'licences', String(record.row.licence_id), licence.partition, context.at)
    }
    return review(command, CENTRAL_RULES.LICENCE_APPLICATION_CHANGED, '中心记录中该驾驶证业务申请已经办结或退办（或没有该申请），本窗口的办理未被采用', {
      applicationId,
      state: record?.row.state ?? null
    })
  }
  if (decision === 'complete') {
    const licence = await getRecord(trx, 'licences', String(record.row.licence_id))
    const blocked = licence ? issueBlocked(String(licence.row.status)) : null
    if (licence && blocked) {
      await restoreAuthoritative(trx, 'licence_applications', applicationId, record.partition, context.at)
      await restoreAuthoritative(trx, 'licences', String(record.row.licence_id), licence.partition, context.at)
      return review(command, CENTRAL_RULES.LICENCE_APPLICATION_CHANGED, `中心记录中该驾驶证的状态已经改变，不能办结：${blocked.message}`, {
        applicationId,
        state: 'accepted',
        rule: blocked.rule
      })
    }
    if (licence) {
      const outcome = JSON.parse(String(record.row.outcome)) as LicenceOutcome
      await putRecord(
        trx,
        'licences',
        String(record.row.licence_id),
        { ...licence.row, classes: outcome.classes.join(','), valid_from: outcome.validFrom, valid_until: outcome.validUntil, status: outcome.status },
        context.at
      )
    }
  }
  await putRecord(trx, 'licence_applications', applicationId, { ...record.row, state, decided_at: decidedAt, decided_by: decidedBy, decision_note: note }, context.at)
  return applied(command)
}
