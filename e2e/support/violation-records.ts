import Database from 'better-sqlite3'
import { addDays, chinaDateOf } from '../../src-shared/domain/civil-date'

/** The terminals' databases, in the data directories playwright.config.ts starts them from. */
export const KIOSK_DATABASE = 'test-results/e2e-kiosk/terminal.sqlite'
export const COUNTER_DATABASE = 'test-results/e2e-data/terminal.sqlite'

/** A demo person with a clean record: licence and own vehicle, no violations, no account. */
export interface CleanCitizen {
  readonly citizenId: string
  readonly name: string
  readonly idNumber: string
  readonly licenceId: string
  readonly licenceFileNumber: string
  readonly vehicleId: string
  readonly plate: string
  readonly vinLastSix: string
}

/** A violation record a test adds, in the archive's own shape. */
export interface NewViolation {
  readonly recordNumber: string
  readonly code: string
  readonly description: string
  readonly fineFen: number
  readonly points: number
  readonly place: string
  /** Days before today it happened. */
  readonly daysAgo: number
  /** A record already decided (and delivered) this many days ago, with this decision number; camera records still to handle have none. */
  readonly decided?: { readonly daysAgo: number; readonly decisionNumber: string }
}

function openWritable(file: string): Database.Database {
  const db = new Database(file, { fileMustExist: true })
  // The terminal keeps running and writing; wait for its transactions instead of failing.
  db.pragma('busy_timeout = 10000')
  return db
}

/**
 * The last (by id) person whose licence is valid, who owns a vehicle, and who has no violation
 * on either and no account. A clean record means 0 points in the scoring cycle, so the test's
 * own records decide every figure; picking from the end keeps clear of the identity tests,
 * which take the first person without an account.
 */
export function cleanCitizen(file = KIOSK_DATABASE): CleanCitizen {
  const db = new Database(file, { readonly: true, fileMustExist: true })
  try {
    const row = db
      .prepare(
        `SELECT c.id AS citizenId, c.name, c.id_number AS idNumber, l.id AS licenceId, l.file_number AS licenceFileNumber,
                v.id AS vehicleId, v.plate, v.vin
         FROM citizens c
         JOIN licences l ON l.citizen_id = c.id AND l.status = 'valid'
         JOIN vehicles v ON v.owner_citizen_id = c.id
         WHERE NOT EXISTS (SELECT 1 FROM accounts a WHERE a.citizen_id = c.id)
           AND NOT EXISTS (SELECT 1 FROM violations x WHERE x.licence_id = l.id OR x.vehicle_id = v.id)
         ORDER BY c.id DESC, v.plate
         LIMIT 1`
      )
      .get() as (Omit<CleanCitizen, 'vinLastSix'> & { vin: string }) | undefined
    if (!row) throw new Error(`no citizen with a clean licence and vehicle in ${file}`)
    const { vin, ...citizen } = row
    return { ...citizen, vinLastSix: vin.slice(-6) }
  } finally {
    db.close()
  }
}

/** Adds camera records of the person's vehicle and licence straight into a running terminal's archive; returns their ids. */
export function addCameraViolations(citizen: CleanCitizen, records: readonly NewViolation[], file = KIOSK_DATABASE): string[] {
  const db = openWritable(file)
  try {
    const today = chinaDateOf(new Date())
    const insert = db.prepare(
      `INSERT INTO violations (id, kind, record_number, decision_number, vehicle_id, plate, licence_id, occurred_at, place, office_code,
                               code, description, fine_fen, points, state, disputed, decided_on, delivered_on, paid_at)
       VALUES (?, 'camera', ?, ?, ?, ?, ?, ?, ?, '370100', ?, ?, ?, ?, ?, 0, ?, ?, NULL)`
    )
    return db.transaction(() =>
      records.map((record) => {
        const id = `e2e-${record.recordNumber}`
        const decidedOn = record.decided ? addDays(today, -record.decided.daysAgo) : null
        const occurredAt = new Date(Date.now() - record.daysAgo * 86_400_000).toISOString()
        insert.run(
          id,
          record.recordNumber,
          record.decided?.decisionNumber ?? null,
          citizen.vehicleId,
          citizen.plate,
          citizen.licenceId,
          occurredAt,
          record.place,
          record.code,
          record.description,
          record.fineFen,
          record.points,
          record.decided ? 'unpaid' : 'unhandled',
          decidedOn,
          decidedOn
        )
        return id
      })
    )()
  } finally {
    db.close()
  }
}

/**
 * What synchronisation gives every counter: the public key of another terminal, so receipts it
 * issued can be verified offline. The private key never leaves its terminal.
 */
export function shareTerminalKey(from = KIOSK_DATABASE, to = COUNTER_DATABASE): void {
  const source = new Database(from, { readonly: true, fileMustExist: true })
  let key: { terminalId: string; label: string; publicKey: string }
  try {
    key = source.prepare('SELECT terminal_id AS terminalId, label, public_key AS publicKey FROM terminal_keys').get() as typeof key
  } finally {
    source.close()
  }
  const target = openWritable(to)
  try {
    target.prepare('INSERT OR IGNORE INTO terminal_keys (terminal_id, label, public_key, private_key) VALUES (?, ?, ?, NULL)').run(key.terminalId, key.label, key.publicKey)
  } finally {
    target.close()
  }
}

/** A demo person, with a vehicle of their own, whose decided record on it awaits payment. */
export interface DebtorCitizen {
  readonly citizenId: string
  readonly plate: string
  readonly recordNumber: string
}

/** The last (by id) person without an account who owes a decided, undisputed fine on their own vehicle. */
export function debtorCitizen(file = COUNTER_DATABASE): DebtorCitizen {
  const db = new Database(file, { readonly: true, fileMustExist: true })
  try {
    const row = db
      .prepare(
        `SELECT c.id AS citizenId, v.plate, x.record_number AS recordNumber
         FROM citizens c
         JOIN vehicles v ON v.owner_citizen_id = c.id
         JOIN violations x ON x.vehicle_id = v.id AND x.state = 'unpaid' AND x.disputed = 0
         WHERE NOT EXISTS (SELECT 1 FROM accounts a WHERE a.citizen_id = c.id)
         ORDER BY c.id DESC, x.record_number
         LIMIT 1`
      )
      .get() as DebtorCitizen | undefined
    if (!row) throw new Error(`no citizen with an unpaid fine on their own vehicle in ${file}`)
    return row
  } finally {
    db.close()
  }
}
