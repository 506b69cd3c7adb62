import { randomInt, randomUUID } from 'node:crypto'
import type { Selectable } from 'kysely'
import type { PlateReservationsTable, PlateSelectionsTable } from '../../../db/schema'
import { ruleViolation, type AppContract, type OutputOf, type ParsedInputOf, type PlateReservationView } from '../../../src-shared/contract'
import { chinaDateOf } from '../../../src-shared/domain/civil-date'
import { OFFICE_BY_CODE } from '../../../src-shared/domain/offices'
import {
  BATCH_SECONDS,
  BATCHES_PER_VIN,
  COMPOSED_PER_VIN,
  HOLD_WORKING_DAYS,
  checkComposedSerial,
  drawBatch,
  normaliseSerial
} from '../../../src-shared/domain/plate-selection'
import type { PlateReservationPayload } from '../../../src-shared/sync/commands'
import type { AppDatabase } from '../../core/database'
import type { HandlerContext } from '../../core/dispatcher'
import { loadHolidayCalendar } from '../exams/calendar'
import { subjectCitizenId } from '../identity/accounts'

type Selection = OutputOf<AppContract, 'plates.start'>
type SelectionRow = Selectable<PlateSelectionsTable>
type ReservationRow = Selectable<PlateReservationsTable>

function prefixOf(ctx: HandlerContext): string {
  return OFFICE_BY_CODE.get(ctx.terminal.officeCode)?.platePrefix ?? '鲁A'
}

function reservationView(row: ReservationRow, today: string): PlateReservationView {
  return {
    id: row.id,
    plate: row.plate,
    maskedVin: `${'*'.repeat(11)}${row.vin.slice(-6)}`,
    source: row.source,
    reservedAt: row.reserved_at,
    heldUntil: row.held_until,
    state: row.held_until >= today ? 'held' : 'lapsed'
  }
}

/** Whether a full plate is taken: a registered vehicle's, or held for another VIN and not yet lapsed. */
function isTaken(db: AppDatabase, plate: string, today: string): boolean {
  if (db.first(db.kysely.selectFrom('vehicles').select('id').where('plate', '=', plate))) return true
  return db.first(db.kysely.selectFrom('plate_reservations').select('id').where('plate', '=', plate).where('held_until', '>=', today)) !== undefined
}

/**
 * The VIN's selection on this terminal, refused for a car already registered (PLATE_VIN_REGISTERED)
 * or already holding a number (PLATE_VIN_ALREADY_SELECTED: each VIN succeeds once, M6).
 */
function selectionOf(ctx: HandlerContext, vin: string, create: boolean): SelectionRow {
  const { db } = ctx
  if (db.first(db.kysely.selectFrom('vehicles').select('id').where('vin', '=', vin))) {
    throw ruleViolation('PLATE_VIN_REGISTERED', `车辆识别代号 ${vin} 的机动车已经注册登记，号牌预选只适用于未注册的新车`, { vin })
  }
  const citizenId = subjectCitizenId(ctx)
  const held = db.first(db.kysely.selectFrom('plate_reservations').selectAll().where('vin', '=', vin))
  if (held && held.citizen_id !== citizenId) throw ruleViolation('PLATE_VIN_OTHER_OWNER', '该车辆识别代号已由他人预选号牌', { vin })
  const row = db.first(db.kysely.selectFrom('plate_selections').selectAll().where('vin', '=', vin))
  if (row) {
    if (row.citizen_id !== citizenId) throw ruleViolation('PLATE_VIN_OTHER_OWNER', '该车辆识别代号已由他人开始选号', { vin })
    return row
  }
  const fresh: SelectionRow = {
    vin,
    citizen_id: citizenId,
    office_code: ctx.terminal.officeCode,
    seed: randomInt(0, 2 ** 31),
    drawn: '[]',
    last_drawn_at: null,
    composed_tried: 0,
    updated_at: ctx.now.toISOString()
  }
  if (create) db.run(db.kysely.insertInto('plate_selections').values(fresh))
  return fresh
}

function selectionView(ctx: HandlerContext, row: SelectionRow): Selection {
  const { db } = ctx
  const prefix = prefixOf(ctx)
  const batches = (JSON.parse(row.drawn) as string[][]).map((batch) => batch.map((serial) => `${prefix}${serial}`))
  const held = db.first(db.kysely.selectFrom('plate_reservations').selectAll().where('vin', '=', row.vin))
  return {
    vin: row.vin,
    prefix,
    batches,
    batchesLeft: BATCHES_PER_VIN - batches.length,
    composedLeft: COMPOSED_PER_VIN - row.composed_tried,
    reservation: held ? reservationView(held, chinaDateOf(ctx.now)) : null
  }
}

function refuseIfHeld(ctx: HandlerContext, vin: string): void {
  const held = ctx.db.first(ctx.db.kysely.selectFrom('plate_reservations').select(['plate']).where('vin', '=', vin))
  if (held) throw ruleViolation('PLATE_VIN_ALREADY_SELECTED', `该车已预选号牌 ${held.plate}：每辆车只能成功预选一次，确认后不能更改`, { plate: held.plate })
}

export function overview(ctx: HandlerContext): OutputOf<AppContract, 'plates.overview'> {
  const { db } = ctx
  const today = chinaDateOf(ctx.now)
  const rows = db.all(db.kysely.selectFrom('plate_reservations').selectAll().where('citizen_id', '=', subjectCitizenId(ctx)).orderBy('reserved_at', 'desc'))
  return { prefix: prefixOf(ctx), reservations: rows.map((row) => reservationView(row, today)) }
}

export function start(input: ParsedInputOf<AppContract, 'plates.start'>, ctx: HandlerContext): Selection {
  return selectionView(ctx, selectionOf(ctx, input.vin, false))
}

export function draw(input: ParsedInputOf<AppContract, 'plates.draw'>, ctx: HandlerContext): Selection {
  const { db } = ctx
  refuseIfHeld(ctx, input.vin)
  const row = selectionOf(ctx, input.vin, true)
  const drawn = JSON.parse(row.drawn) as string[][]
  if (drawn.length >= BATCHES_PER_VIN) {
    throw ruleViolation('PLATE_BATCHES_USED', `随机选号最多 ${BATCHES_PER_VIN} 组，已经用完；可以改用自编号码`, { batches: BATCHES_PER_VIN })
  }
  const prefix = prefixOf(ctx)
  const today = chinaDateOf(ctx.now)
  const batch = drawBatch(row.seed, drawn.length + 1, (serial) => isTaken(db, `${prefix}${serial}`, today))
  const at = ctx.now.toISOString()
  const updated = { ...row, drawn: JSON.stringify([...drawn, batch]), last_drawn_at: at, updated_at: at }
  db.run(db.kysely.updateTable('plate_selections').set({ drawn: updated.drawn, last_drawn_at: at, updated_at: at }).where('vin', '=', row.vin))
  ctx.record({ subject: row.vin, payload: { vin: row.vin, batch: drawn.length + 1 } })
  return selectionView(ctx, updated)
}

export function compose(input: ParsedInputOf<AppContract, 'plates.compose'>, ctx: HandlerContext): OutputOf<AppContract, 'plates.compose'> {
  const { db } = ctx
  refuseIfHeld(ctx, input.vin)
  const row = selectionOf(ctx, input.vin, true)
  const left = COMPOSED_PER_VIN - row.composed_tried
  if (left < input.candidates.length) {
    throw ruleViolation('PLATE_COMPOSED_USED', `自编号码每辆车最多 ${COMPOSED_PER_VIN} 个，还可以提交 ${left} 个`, { limit: COMPOSED_PER_VIN, left })
  }
  const prefix = prefixOf(ctx)
  const today = chinaDateOf(ctx.now)
  const results = input.candidates.map((candidate) => {
    const verdict = checkComposedSerial(candidate)
    if (!verdict.ok) return { candidate, plate: null, ok: false, rule: verdict.rule, message: verdict.message }
    const plate = `${prefix}${verdict.serial}`
    if (isTaken(db, plate, today)) return { candidate, plate, ok: false, rule: 'PLATE_TAKEN', message: `${plate} 已被使用或预选` }
    return { candidate, plate, ok: true, rule: null, message: null }
  })
  // Failed candidates use up the quota too (M4).
  const updated = { ...row, composed_tried: row.composed_tried + input.candidates.length, updated_at: ctx.now.toISOString() }
  db.run(db.kysely.updateTable('plate_selections').set({ composed_tried: updated.composed_tried, updated_at: updated.updated_at }).where('vin', '=', row.vin))
  ctx.record({ subject: row.vin, payload: { vin: row.vin, candidates: input.candidates } })
  return { results, selection: selectionView(ctx, updated) }
}

/**
 * Hold the number for the VIN until three working days after today (M6). A random number must
 * come from the last batch drawn (earlier batches are forfeited, M3); a composed one must pass
 * the rule and be free. The command carries the reservation; the central service refuses it if
 * the number or the VIN was taken elsewhere first.
 */
export function reserve(input: ParsedInputOf<AppContract, 'plates.reserve'>, ctx: HandlerContext): PlateReservationView {
  const { db } = ctx
  refuseIfHeld(ctx, input.vin)
  const row = selectionOf(ctx, input.vin, false)
  const prefix = prefixOf(ctx)
  const plate = input.plate.replace(/[\s·•]/g, '').toUpperCase()
  const serial = plate.startsWith(prefix) ? normaliseSerial(plate.slice(prefix.length)) : null
  if (serial === null) throw ruleViolation('PLATE_OTHER_OFFICE', `本终端预选的号牌以“${prefix}”开头`, { prefix })
  if (input.source === 'random') {
    const last = (JSON.parse(row.drawn) as string[][]).at(-1) ?? []
    if (!last.includes(serial)) throw ruleViolation('PLATE_NOT_IN_BATCH', `${plate} 不在最近抽取的一组号码中：只能从当前一组中选择`, { plate })
    const age = row.last_drawn_at === null ? Infinity : (ctx.now.getTime() - Date.parse(row.last_drawn_at)) / 1000
    if (age > BATCH_SECONDS) {
      throw ruleViolation('PLATE_BATCH_EXPIRED', `这一组号码抽取已超过 ${BATCH_SECONDS} 秒，已作废：请抽取下一组或改用自编号码`, { seconds: BATCH_SECONDS })
    }
  } else {
    const verdict = checkComposedSerial(serial)
    if (!verdict.ok) throw ruleViolation(verdict.rule, verdict.message)
  }
  const today = chinaDateOf(ctx.now)
  if (isTaken(db, plate, today)) throw ruleViolation('PLATE_TAKEN', `${plate} 已被使用或预选`, { plate })
  const reservation: PlateReservationPayload['reservation'] = {
    id: randomUUID(),
    plate,
    vin: row.vin,
    citizen_id: row.citizen_id,
    office_code: ctx.terminal.officeCode,
    source: input.source,
    reserved_at: ctx.now.toISOString(),
    held_until: loadHolidayCalendar(db).addWorkingDays(today, HOLD_WORKING_DAYS)
  }
  db.run(db.kysely.insertInto('plate_reservations').values(reservation))
  ctx.record({ subject: reservation.vin, payload: { reservation } satisfies PlateReservationPayload })
  return reservationView(reservation, today)
}
