import { CYCLE_MAX_POINTS } from './scoring'

/** Camera records over 200 yuan take the ordinary procedure at a counter (S3 art.52; seed rule 2: 200元以下 includes 200). */
export const CAMERA_SELF_SERVICE_MAX_FINE_FEN = 20_000

export interface CameraRecord {
  id: string
  kind: 'on_the_spot' | 'general' | 'camera'
  state: 'unhandled' | 'unpaid' | 'paying' | 'paid' | 'confirmed'
  disputed: boolean
  fineFen: number
  points: number
  vehicleId: string | null
}

export interface HandlingContext {
  /** The handler's own licence, if they have bound it. */
  licence: { bound: boolean; pointsInCycle: number; usable: boolean } | null
  /** Per vehicle of the records: is it registered to the handler, and bound by them? */
  vehicles: ReadonlyMap<string, { ownedByHandler: boolean; bound: boolean }>
}

export type HandlingRule =
  | 'EMON_NOT_HANDLEABLE'
  | 'EMON_DISPUTED'
  | 'EMON_BIND_REQUIRED'
  | 'EMON_LICENCE_NOT_USABLE'
  | 'EMON_VEHICLE_NOT_OWN'
  | 'EMON_FINE_OVER_200'
  | 'EMON_POINTS_WOULD_REACH_12'

export type HandlingVerdict =
  | { ok: true; totalFineFen: number; totalPoints: number; pointsAfter: number }
  | { ok: false; rule: HandlingRule; message: string; recordId: string | null; details: Record<string, number | string> }

function refuse(rule: HandlingRule, message: string, recordId: string | null, details: Record<string, number | string> = {}): HandlingVerdict {
  return { ok: false, rule, message, recordId, details }
}

/**
 * The article's five rules for self-service handling of camera records (电子监控处理), checked
 * for one record or several handled together. Rule 4 — handling succeeds only once the fine
 * is paid — is the payment flow's job: this function only says whether handling may start.
 *
 * 1. the handler has bound their own licence and the vehicle;
 * 2. only records with a fine of 200 yuan or less;
 * 3. not if the licence's points would reach 12 — several records count together
 *    (S2 art.14: points handled at once are added up);
 * 5. only for vehicles registered in the handler's own name.
 */
export function checkCameraHandling(records: readonly CameraRecord[], context: HandlingContext): HandlingVerdict {
  if (records.length === 0) return refuse('EMON_NOT_HANDLEABLE', '请选择要处理的电子监控记录', null)
  for (const record of records) {
    if (record.kind !== 'camera' || record.state !== 'unhandled') {
      return refuse('EMON_NOT_HANDLEABLE', '只有未处理的电子监控记录可以自助处理', record.id, { state: record.state })
    }
    if (record.disputed) return refuse('EMON_DISPUTED', '该记录有异议正在核实，请到窗口办理', record.id)
  }
  if (!context.licence?.bound) return refuse('EMON_BIND_REQUIRED', '处理前须绑定本人驾驶证（规则1）', null, { missing: 'licence' })
  if (!context.licence.usable) return refuse('EMON_LICENCE_NOT_USABLE', '驾驶证状态异常（扣留、暂扣、注销等），请到窗口办理', null)
  for (const record of records) {
    const vehicle = record.vehicleId ? context.vehicles.get(record.vehicleId) : undefined
    if (!vehicle?.ownedByHandler) return refuse('EMON_VEHICLE_NOT_OWN', '只能处理登记在本人名下机动车的记录（规则5）', record.id)
    if (!vehicle.bound) return refuse('EMON_BIND_REQUIRED', '处理前须绑定该机动车（规则1）', record.id, { missing: 'vehicle' })
    if (record.fineFen > CAMERA_SELF_SERVICE_MAX_FINE_FEN) {
      return refuse('EMON_FINE_OVER_200', '罚款超过200元的记录须到窗口按一般程序办理（规则2）', record.id, { fineFen: record.fineFen })
    }
  }
  const totalPoints = records.reduce((sum, r) => sum + r.points, 0)
  const pointsAfter = context.licence.pointsInCycle + totalPoints
  if (pointsAfter >= CYCLE_MAX_POINTS) {
    return refuse('EMON_POINTS_WOULD_REACH_12', `处理后本周期累计记分将达${pointsAfter}分（满12分不得自助处理，规则3）`, null, {
      pointsInCycle: context.licence.pointsInCycle,
      selectedPoints: totalPoints,
      pointsAfter
    })
  }
  return { ok: true, totalFineFen: records.reduce((sum, r) => sum + r.fineFen, 0), totalPoints, pointsAfter }
}
