import { chinaDateOf } from '../../src-shared/domain/civil-date'
import { CENTRAL_RULES, plateReservationSchema } from '../../src-shared/sync/commands'
import type { PushedCommand } from '../../src-shared/sync/protocol'
import { entityOf, getRecord, putRecord, restoreAuthoritative, rowObject, type CentralTrx } from '../store'
import { applied, parsePayload, review, type ExecutionContext, type StoredResult } from './result'

/**
 * `plates.reserve` v1: a pre-selected number held for a VIN. Terminals select only online, but two
 * can still offer the same free number at once; the first reservation to arrive keeps it. A number
 * is taken when a vehicle of the office carries it or another VIN holds it past the reservation's
 * day; a VIN already holding a number, or already registered in the office, selects no other.
 * Vehicles are found by scanning the office's vehicle rows (the records table indexes keys only):
 * acceptable for a rare, online-only command.
 */
export async function executePlateReservation(trx: CentralTrx, context: ExecutionContext, command: PushedCommand): Promise<StoredResult> {
  const parsed = parsePayload(command, plateReservationSchema)
  if (!parsed.ok) return parsed.result
  const { reservation } = parsed.payload
  if (await getRecord(trx, 'plate_reservations', reservation.id)) return applied(command)
  const refuse = async (rule: string, message: string) => {
    await restoreAuthoritative(trx, 'plate_reservations', reservation.id, reservation.office_code, context.at)
    return review(command, CENTRAL_RULES.PLATE_RESERVATION_REFUSED, `中心复核未保留号牌 ${reservation.plate}：${message}`, { plate: reservation.plate, rule })
  }
  const vehicleWith = async (value: string) =>
    trx
      .selectFrom('records')
      .select('key')
      .where('entity', '=', 'vehicles')
      .where('partition', '=', reservation.office_code)
      .where('row', 'like', `%${JSON.stringify(value)}%`)
      .executeTakeFirst()
  if (await vehicleWith(reservation.vin)) return refuse('PLATE_VIN_REGISTERED', '该车已经注册登记')
  if (await vehicleWith(reservation.plate)) return refuse('PLATE_TAKEN', '该号牌已由已登记的机动车使用')
  const held = (await trx.selectFrom('records').select('row').where('entity', '=', 'plate_reservations').where('partition', '=', reservation.office_code).execute()).map((record) =>
    rowObject(entityOf('plate_reservations'), record.row)
  )
  if (held.some((row) => row.vin === reservation.vin)) return refuse('PLATE_VIN_ALREADY_SELECTED', '该车已在其他终端预选号牌')
  const day = chinaDateOf(new Date(reservation.reserved_at))
  if (held.some((row) => row.plate === reservation.plate && String(row.held_until) >= day)) return refuse('PLATE_TAKEN', '该号牌已在其他终端先被预选')
  await putRecord(trx, 'plate_reservations', reservation.id, reservation, context.at)
  return applied(command)
}
