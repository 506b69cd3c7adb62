import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { openCentralDatabase } from './db'
import { compactChanges } from './compaction'
import { ensureCentralOffices, hasNoRecords, seedCentralDemo } from './seed'
import { createCentralServer } from './server'

/**
 * Run the central service:
 *
 *   tsx central/cli.ts [--port 5790] [--host 127.0.0.1] [--data-dir .central]
 *                      [--database-url postgres://…] [--admin-token T] [--demo-size 2000]
 *
 * Without a database URL (or CENTRAL_DATABASE_URL) it keeps SQLite in <data-dir>. The admin
 * token comes from the flag, CENTRAL_ADMIN_TOKEN, or <data-dir>/admin-token, generated on the
 * first run, so a restart keeps working with the token already handed out.
 */
const USAGE = 'usage: tsx central/cli.ts [--port N] [--host H] [--data-dir DIR] [--database-url URL] [--admin-token T] [--demo-size N]'

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`)
  process.exit(2)
}

function integer(name: string, text: string): number {
  const value = Number(text)
  if (!Number.isSafeInteger(value) || value < 0) fail(`--${name} needs a non-negative integer`)
  return value
}

function adminTokenOf(given: string | undefined, dataDir: string): string {
  if (given) return given
  const file = join(dataDir, 'admin-token')
  if (existsSync(file)) return readFileSync(file, 'utf8').trim()
  const token = randomBytes(24).toString('base64url')
  writeFileSync(file, `${token}\n`, { mode: 0o600 })
  return token
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '5790' },
      host: { type: 'string', default: '127.0.0.1' },
      'data-dir': { type: 'string', default: '.central' },
      'database-url': { type: 'string' },
      'admin-token': { type: 'string' },
      'demo-size': { type: 'string', default: '2000' }
    }
  })
  const dataDir = resolve(values['data-dir'])
  mkdirSync(dataDir, { recursive: true })
  const databaseUrl = values['database-url'] ?? process.env.CENTRAL_DATABASE_URL
  const adminToken = adminTokenOf(values['admin-token'] ?? process.env.CENTRAL_ADMIN_TOKEN, dataDir)
  const demoSize = integer('demo-size', values['demo-size'])
  const port = integer('port', values.port)

  const db = await openCentralDatabase(databaseUrl ? { databaseUrl } : { file: join(dataDir, 'central.sqlite') })
  if (demoSize > 0 && (await hasNoRecords(db))) {
    const started = performance.now()
    console.log(`seeding demo data: ${demoSize.toLocaleString('en-US')} violations …`)
    const counts = await seedCentralDemo(db, { violations: demoSize, today: new Date() })
    const rows = Object.values(counts).reduce((sum, count) => sum + count, 0)
    console.log(`seeded ${rows.toLocaleString('en-US')} records in ${((performance.now() - started) / 1000).toFixed(1)} s`)
  }
  await ensureCentralOffices(db)

  const server = createCentralServer({ db, adminToken, demo: demoSize > 0, log: { level: 'warn' } })
  await server.listen({ host: values.host, port })
  const url = `http://${values.host}:${port}`
  console.log(`central service   ${url}  (${db.dialect}${databaseUrl ? '' : `, ${join(dataDir, 'central.sqlite')}`})`)
  console.log(`fleet page        ${url}/fleet`)
  console.log(`OpenAPI           ${url}/v1/openapi.json`)
  console.log(`admin token       ${adminToken}`)
  console.log(`enrolment code    npm run central:code -- --url ${url} --token ${adminToken} --office 370100 --mode counter --name 窗口1`)

  // The change log is compacted hourly (compaction.ts); a run never blocks pushes for long.
  const compaction = setInterval(() => {
    compactChanges(db)
      .then(({ removed }) => removed > 0 && console.log(`compacted the change log: ${removed.toLocaleString('en-US')} superseded changes removed`))
      .catch((error: unknown) => console.error('compaction failed', error))
  }, 60 * 60_000)
  compaction.unref()

  const stop = async () => {
    await server.close()
    await db.close()
    process.exit(0)
  }
  process.once('SIGINT', () => void stop())
  process.once('SIGTERM', () => void stop())
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
