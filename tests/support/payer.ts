import { uuidv7 } from 'uuidv7'
import type { Session } from '../../src-main/core/session'
import { demoPeople, STRONG_PASSWORD, type DemoPerson, type TestApp } from './app'

export interface Payer {
  person: DemoPerson
  session: Session
  vehicleId: string
  licenceId: string
  /** Two unhandled camera records (200 yuan / 3 points and 100 yuan / 1 point) and one decided record delivered 20 days ago. */
  camera: [string, string]
  decided: string
}

let phoneSeq = 0
let decisionSeq = 0

function insertViolation(t: TestApp, person: { vehicleId: string; licenceId: string; plate: string }, over: Record<string, unknown>): string {
  const id = uuidv7()
  const row = {
    id,
    kind: 'camera',
    record_number: `TEST${id.replace(/-/g, '').slice(-14)}`,
    decision_number: null,
    vehicle_id: person.vehicleId,
    plate: person.plate,
    licence_id: person.licenceId,
    occurred_at: '2026-11-01T01:00:00.000Z',
    place: '经十路与舜耕路交叉口',
    office_code: '370100',
    code: '1625',
    description: '驾驶机动车违反道路交通信号灯通行的',
    fine_fen: 20000,
    points: 3,
    state: 'unhandled',
    decided_on: null,
    delivered_on: null,
    paid_at: null,
    ...over
  }
  t.app.db.raw
    .prepare(`INSERT INTO violations (${Object.keys(row).join(',')}) VALUES (${Object.keys(row).map((k) => '@' + k).join(',')})`)
    .run(row)
  return id
}

/**
 * A registered citizen with no points in the current cycle, their licence and first vehicle
 * bound, and known records to handle and pay.
 */
export async function preparePayer(t: TestApp, skip = 0): Promise<Payer> {
  const candidates = demoPeople(t.app, 40).slice(skip)
  for (const person of candidates) {
    const session = t.app.sessions.create()
    const phone = `1360000${String(++phoneSeq).padStart(4, '0')}`
    const registered = await t.call(session, 'auth.registerCitizen', { route: 'licence', idNumber: person.idNumber, licenceFileNumber: person.fileNumber, phone, password: STRONG_PASSWORD })
    if (!registered.ok) continue
    const overview = (await t.call(session, 'me.overview', {})).value as { licence: { id: string; pointsInCycle: number; status: string } }
    if (overview.licence.pointsInCycle > 0 || overview.licence.status !== 'valid') continue
    await t.call(session, 'me.bindVehicle', { plate: person.plate, vinLastSix: person.vin.slice(-6) })
    const vehicleId = (t.app.db.raw.prepare('SELECT id FROM vehicles WHERE plate = ?').get(person.plate) as { id: string }).id
    const target = { vehicleId, licenceId: overview.licence.id, plate: person.plate }
    const camera: [string, string] = [insertViolation(t, target, {}), insertViolation(t, target, { fine_fen: 10000, points: 1, code: '1039', description: '机动车违反规定停放、临时停车，妨碍其他车辆、行人通行的' })]
    const decided = insertViolation(t, target, { kind: 'general', decision_number: `379900${String(++decisionSeq).padStart(10, "0")}`, state: 'unpaid', fine_fen: 20000, points: 3, decided_on: '2026-11-05', delivered_on: '2026-11-05' })
    return { person, session, vehicleId, licenceId: overview.licence.id, camera, decided }
  }
  throw new Error('no demo citizen without points found')
}
