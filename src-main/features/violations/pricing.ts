import { AppError, ruleViolation } from '../../../src-shared/contract'
import type { ViolationItem } from '../../../src-shared/contract/violations'
import { checkCameraHandling, type CameraRecord, type HandlingContext } from '../../../src-shared/domain/camera-handling'
import { lateFee } from '../../../src-shared/domain/late-fee'
import { OFFICE_BY_CODE } from '../../../src-shared/domain/offices'
import type { AppDatabase } from '../../core/database'
import { scopeViolations, type PaymentScope, type ViolationRow } from './scope'
import { pointsInCycle } from './points'
import { latestDisputes } from '../disputes/records'

export interface PricedLine {
  row: ViolationRow
  handling: boolean
  fineFen: number
  surchargeFen: number
  totalFen: number
}


function handlingContext(db: AppDatabase, scope: PaymentScope, today: string, needsPoints = true): HandlingContext {
  const licence = scope.licence && needsPoints
    ? { bound: scope.licence.bound, usable: scope.licence.status === 'valid', pointsInCycle: pointsInCycle(db, scope.licence.id, scope.licence.firstIssuedOn, today).points }
    : scope.licence
      ? { bound: scope.licence.bound, usable: scope.licence.status === 'valid', pointsInCycle: 0 }
      : null
  return { licence, vehicles: scope.vehicles }
}

const asCameraRecord = (row: ViolationRow): CameraRecord => ({
  id: row.id,
  kind: row.kind,
  state: row.state,
  disputed: row.disputed === 1,
  fineFen: row.fine_fen,
  points: row.points,
  vehicleId: row.vehicle_id
})

/** Why a single record cannot be paid here, or null when it can. */
function singleRefusal(row: ViolationRow, context: HandlingContext): { rule: string; message: string } | null {
  if (row.state === 'paid' || row.state === 'confirmed') return { rule: 'PAY_ALREADY_PAID', message: '该记录已缴款' }
  if (row.state === 'paying') return { rule: 'PAY_IN_PROGRESS', message: '该记录正在缴款中，请勿重复缴款' }
  if (row.disputed) return { rule: 'PAY_DISPUTED', message: '该记录有异议正在核实，请到窗口办理' }
  if (row.state === 'unhandled') {
    const verdict = checkCameraHandling([asCameraRecord(row)], context)
    return verdict.ok ? null : { rule: verdict.rule, message: verdict.message }
  }
  return null
}

function priceLine(row: ViolationRow, today: string): PricedLine {
  if (row.state === 'unhandled') {
    // Handling issues the decision today and delivers it on the spot: no surcharge yet.
    return { row, handling: true, fineFen: row.fine_fen, surchargeFen: 0, totalFen: row.fine_fen }
  }
  const fee = lateFee(row.fine_fen, row.delivered_on ?? row.decided_on ?? today, today)
  return { row, handling: false, fineFen: fee.fineFen, surchargeFen: fee.surchargeFen, totalFen: fee.totalFen }
}

export function listItems(db: AppDatabase, scope: PaymentScope, rows: ViolationRow[], today: string): ViolationItem[] {
  // The points line matters only for camera records still to be handled.
  const context = handlingContext(db, scope, today, rows.some((r) => r.state === 'unhandled'))
  const disputes = latestDisputes(db, rows.map((r) => r.id))
  return rows
    .sort((a, b) => b.occurred_at.localeCompare(a.occurred_at))
    .map((row) => {
      const refusal = singleRefusal(row, context)
      const fee = row.state === 'unpaid' && (row.delivered_on ?? row.decided_on) ? lateFee(row.fine_fen, (row.delivered_on ?? row.decided_on)!, today) : null
      return {
        id: row.id,
        kind: row.kind,
        recordNumber: row.record_number,
        decisionNumber: row.decision_number,
        plate: row.plate,
        occurredAt: row.occurred_at,
        place: row.place,
        officeName: OFFICE_BY_CODE.get(row.office_code)?.name ?? row.office_code,
        officeCode: row.office_code,
        code: row.code,
        description: row.description,
        fineFen: row.fine_fen,
        points: row.points,
        state: row.state,
        disputed: row.disputed === 1,
        decidedOn: row.decided_on,
        deliveredOn: row.delivered_on,
        paidAt: row.paid_at,
        lateFee: fee,
        dispute: disputes.get(row.id) ?? null,
        payable: { ok: refusal === null, rule: refusal?.rule ?? null, message: refusal?.message ?? null }
      }
    })
}

/**
 * Price a selection for payment, refusing it as a whole if any record may not be paid here.
 * Camera records handled together are checked together against the 12-point line.
 */
export function priceSelection(db: AppDatabase, scope: PaymentScope, ids: readonly string[], today: string): { lines: PricedLine[]; totalFen: number; pointsAfter: number | null } {
  const inScope = new Map(scopeViolations(db, scope, null).map((r) => [r.id, r]))
  const rows: ViolationRow[] = []
  for (const id of new Set(ids)) {
    const row = inScope.get(id)
    if (!row) throw new AppError('NOT_FOUND', '所选记录不属于本人已绑定的驾驶证或机动车', { violationId: id })
    rows.push(row)
  }
  const context = handlingContext(db, scope, today)
  for (const row of rows) {
    const refusal = singleRefusal(row, context)
    if (refusal) throw ruleViolation(refusal.rule, refusal.message, { violationId: row.id })
  }
  const camera = rows.filter((r) => r.state === 'unhandled')
  let pointsAfter: number | null = null
  if (camera.length) {
    const verdict = checkCameraHandling(camera.map(asCameraRecord), context)
    if (!verdict.ok) throw ruleViolation(verdict.rule, verdict.message, { ...verdict.details, ...(verdict.recordId ? { violationId: verdict.recordId } : {}) })
    pointsAfter = verdict.pointsAfter
  }
  const lines = rows.map((row) => priceLine(row, today))
  return { lines, totalFen: lines.reduce((sum, l) => sum + l.totalFen, 0), pointsAfter }
}
