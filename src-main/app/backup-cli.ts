import { resolve, join } from 'node:path'
import { parseArgs } from 'node:util'
import { openDatabase } from '../core/database'
import { DATABASE_FILE } from './app'

/** `npm run backup -- --data-dir DIR [--out FILE]`: SQLite online backup, safe while the app runs. */
const { values } = parseArgs({ options: { 'data-dir': { type: 'string', default: '.data' }, out: { type: 'string' } } })
const dataDir = resolve(values['data-dir'] ?? '.data')
const out = resolve(values.out ?? join(dataDir, 'backups', `terminal-${new Date().toISOString().replace(/[:.]/g, '-')}.sqlite`))
const db = await openDatabase({ file: join(dataDir, DATABASE_FILE) })
const integrity = db.integrityCheck()
const size = await db.backup(out)
db.close()
console.log(`备份完成 / backup written: ${out} (${size} bytes, integrity ${integrity})`)
