import Database from 'better-sqlite3'

/** A real person of the deterministic demo data, with what a test types to prove who they are. */
export interface DemoCitizen {
  readonly citizenId: string
  readonly name: string
  readonly idNumber: string
  readonly licenceFileNumber: string
  readonly plate: string
  readonly vinLastSix: string
}

/**
 * Reads the kiosk's database (read-only; the server keeps running) for the first citizen who
 * holds a licence, owns a vehicle and has no account yet. Both terminals load the same demo
 * data, so the same person exists at the counter.
 */
export function demoCitizen(databaseFile = 'test-results/e2e-kiosk/terminal.sqlite'): DemoCitizen {
  const db = new Database(databaseFile, { readonly: true, fileMustExist: true })
  try {
    const row = db
      .prepare(
        `SELECT c.id AS citizenId, c.name, c.id_number AS idNumber, l.file_number AS licenceFileNumber, v.plate, v.vin
         FROM citizens c
         JOIN licences l ON l.citizen_id = c.id
         JOIN vehicles v ON v.owner_citizen_id = c.id
         WHERE NOT EXISTS (SELECT 1 FROM accounts a WHERE a.citizen_id = c.id)
         ORDER BY c.id, v.plate
         LIMIT 1`
      )
      .get() as (Omit<DemoCitizen, 'vinLastSix'> & { vin: string }) | undefined
    if (!row) throw new Error(`no citizen with a licence, a vehicle and no account in ${databaseFile}`)
    const { vin, ...citizen } = row
    return { ...citizen, vinLastSix: vin.slice(-6) }
  } finally {
    db.close()
  }
}

/** The same 18-digit number with a wrong check character, and the character it should be. */
export function withWrongCheckCharacter(idNumber: string): { wrong: string; expected: string } {
  const expected = idNumber.slice(-1)
  const replacement = expected === '0' ? '1' : '0'
  return { wrong: idNumber.slice(0, -1) + replacement, expected }
}

/**
 * A company of the demo data (db/demo/companies.ts) that has not registered at the counter yet,
 * and the plates of the vehicles registered under its credit code.
 */
export function demoCompany(databaseFile = 'test-results/e2e-data/terminal.sqlite'): { uscc: string; plates: string[] } {
  const db = new Database(databaseFile, { readonly: true, fileMustExist: true })
  try {
    const rows = db
      .prepare(
        `SELECT owner_uscc AS uscc, plate FROM vehicles
         WHERE owner_uscc IS NOT NULL AND owner_uscc NOT IN (SELECT uscc FROM organisations)
         ORDER BY owner_uscc, plate`
      )
      .all() as { uscc: string; plate: string }[]
    const uscc = rows[0]?.uscc
    if (!uscc) throw new Error(`no unregistered demo company in ${databaseFile}`)
    return { uscc, plates: rows.filter((row) => row.uscc === uscc).map((row) => row.plate) }
  } finally {
    db.close()
  }
}
