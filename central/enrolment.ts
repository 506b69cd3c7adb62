import { generateKeyPairSync, randomBytes } from 'node:crypto'
import { uuidv7 } from 'uuidv7'
import type { z } from 'zod'
import { PROVINCE_PARTITION } from '../src-shared/sync/entities'
import type { enrolmentCodeRequestSchema, enrolRequestSchema, EnrolResponse } from '../src-shared/sync/protocol'
import { generateEnrolmentCode, normaliseCode, sha256Hex } from './auth'
import type { CentralDatabase } from './db'
import { CentralHttpError } from './errors'
import { putRecord, writeTransaction } from './store'

/**
 * Range slots: each terminal of an office division numbers receipts and decisions under its own
 * two-digit slot, so terminals never issue the same number while offline. 10–89 keeps the
 * slot two digits and leaves 00–09 and 90–99 to the legacy systems.
 */
export const FIRST_SLOT = 10
export const LAST_SLOT = 89
const RANGE_FIRST = 1
const RANGE_LAST = 99_999_999

export async function createEnrolmentCode(
  central: CentralDatabase,
  request: z.output<typeof enrolmentCodeRequestSchema>,
  now: Date
): Promise<{ code: string; expiresAt: string }> {
  const code = generateEnrolmentCode()
  const expiresAt = new Date(now.getTime() + request.validMinutes * 60_000).toISOString()
  const partitions = [...new Set([PROVINCE_PARTITION, request.officeCode, ...request.extraPartitions])]
  await central.db
    .insertInto('enrolment_codes')
    .values({
      code_hash: sha256Hex(code),
      office_code: request.officeCode,
      mode: request.mode,
      name: request.name,
      partitions: JSON.stringify(partitions),
      created_at: now.toISOString(),
      expires_at: expiresAt,
      used_at: null,
      terminal_id: null
    })
    .execute()
  return { code, expiresAt }
}

/** Consume a one-time code and create the terminal, its secret, key pair and number ranges. */
export async function enrolTerminal(central: CentralDatabase, request: z.output<typeof enrolRequestSchema>, now: Date, demo: boolean): Promise<EnrolResponse> {
  const at = now.toISOString()
  const codeHash = sha256Hex(normaliseCode(request.code))
  return writeTransaction(central, async (trx) => {
    const code = await trx.selectFrom('enrolment_codes').selectAll().where('code_hash', '=', codeHash).executeTakeFirst()
    if (!code || code.used_at !== null || code.expires_at <= at) {
      throw new CentralHttpError(403, 'ENROLMENT_CODE_INVALID', '注册码无效、已使用或已过期 (enrolment code unknown, used or expired)')
    }
    // Slots are shared by a division's offices (370100 and 370100S), whose numbers are read as one series.
    const division = code.office_code.slice(0, 6)
    const taken = new Set((await trx.selectFrom('terminals').select('range_slot').where('office_code', 'like', `${division}%`).execute()).map((row) => row.range_slot))
    let slot = FIRST_SLOT
    while (slot <= LAST_SLOT && taken.has(slot)) slot++
    if (slot > LAST_SLOT) throw new CentralHttpError(409, 'INVALID_INPUT', `单位 ${code.office_code} 的号段已用完 (no free number range)`)

    const terminalId = uuidv7()
    const secret = randomBytes(32).toString('base64url')
    const keys = generateKeyPairSync('ed25519', { publicKeyEncoding: { type: 'spki', format: 'pem' }, privateKeyEncoding: { type: 'pkcs8', format: 'pem' } })
    await trx.updateTable('enrolment_codes').set({ used_at: at, terminal_id: terminalId }).where('code_hash', '=', codeHash).execute()
    await trx
      .insertInto('terminals')
      .values({
        id: terminalId,
        name: code.name,
        office_code: code.office_code,
        mode: code.mode,
        partitions: code.partitions,
        secret,
        public_key: keys.publicKey,
        status: 'enrolled',
        epoch: 1,
        range_slot: slot,
        enrolled_at: at,
        de_enrolled_at: null,
        last_seen_at: null,
        last_push_at: null,
        last_pull_at: null,
        last_sync_at: null,
        queue_depth: 0,
        oldest_pending_at: null,
        clock_offset_ms: null,
        rejected_open: 0,
        app_version: request.appVersion,
        schema_version: request.schemaVersion
      })
      .execute()
    // The public half goes to every terminal (province partition) for offline receipt checks.
    await putRecord(trx, 'terminal_keys', terminalId, { terminal_id: terminalId, label: code.name, public_key: keys.publicKey }, at)
    const slotText = String(slot)
    return {
      terminalId,
      name: code.name,
      mode: code.mode,
      officeCode: code.office_code,
      partitions: JSON.parse(code.partitions) as string[],
      secret,
      signingKey: { publicKeyPem: keys.publicKey, privateKeyPem: keys.privateKey },
      ranges: {
        receipt: { prefix: `JF${code.office_code}${slotText}`, first: RANGE_FIRST, last: RANGE_LAST },
        decision: { prefix: `${code.office_code}${slotText}`, first: RANGE_FIRST, last: RANGE_LAST }
      },
      demo,
      serverTime: at
    }
  })
}
