import { AppDatabase } from '../src-main/core/database'
import { tempDir } from '../tests/support/temp'
import { medianMs, type BenchResult } from './lib'
import { join } from 'node:path'

const ROWS = 100_000

function citizenRows(round: number) {
  return Array.from({ length: ROWS }, (_, i) => ({
    id: `r${round}-${i}`,
    id_number: `r${round}-${i}`,
    name: '张伟',
    name_initials: 'ZW',
    gender: (i % 2 ? 'M' : 'F') as 'M' | 'F',
    birth_date: '1980-01-01',
    phone: '13800000000',
    address: '山东省济南市历下区泉城路1号',
    created_at: '2026-11-25T00:00:00.000Z'
  }))
}

/** Bulk inserts through the data layer (`insertMany`) against raw prepared statements, same rows, same file. */
export async function bulkInsert(): Promise<BenchResult> {
  const dir = tempDir('lt-bench-')
  const db = new AppDatabase(join(dir.path, 'bench.sqlite'))
  await db.migrate()
  let round = 0
  const clear = () => db.raw.exec('DELETE FROM citizens')

  const raw = await medianMs(5, () => {
    clear()
    const rows = citizenRows(round++)
    const statement = db.raw.prepare(
      'INSERT INTO citizens (id, id_number, name, name_initials, gender, birth_date, phone, address, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)'
    )
    db.raw.transaction(() => {
      for (const r of rows) statement.run(r.id, r.id_number, r.name, r.name_initials, r.gender, r.birth_date, r.phone, r.address, r.created_at)
    })()
  })
  const layer = await medianMs(5, () => {
    clear()
    db.insertMany('citizens', citizenRows(round++))
  })
  db.close()
  dir.remove()
  return {
    name: 'bulk insert (data layer vs raw prepared statements)',
    detail: `${ROWS} citizen rows: raw ${Math.round(ROWS / (raw / 1000))} rows/s, data layer ${Math.round(ROWS / (layer / 1000))} rows/s; ratio = data-layer throughput / raw throughput`,
    ratio: raw / layer,
    target: { min: 0.7 }
  }
}
