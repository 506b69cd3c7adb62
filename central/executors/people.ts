import { CENTRAL_RULES, contactsSchema, registrationSchema } from '../../src-shared/sync/commands'
import type { PushedCommand } from '../../src-shared/sync/protocol'
import { getRecord, putRecord, type CentralTrx } from '../store'
import { applied, parsePayload, review, type ExecutionContext, type StoredResult } from './result'

/** `auth.registerCitizen`: one account per person across the province. */
export async function executeRegistration(trx: CentralTrx, context: ExecutionContext, command: PushedCommand): Promise<StoredResult> {
  const parsed = parsePayload(command, registrationSchema)
  if (!parsed.ok) return parsed.result
  const { accountId, citizenId } = parsed.payload
  const existing = await trx.selectFrom('accounts').select(['account_id', 'terminal_id']).where('citizen_id', '=', citizenId).executeTakeFirst()
  if (existing) {
    if (existing.account_id === accountId) return applied(command)
    return review(command, CENTRAL_RULES.REG_ALREADY_REGISTERED, '此人已在其他终端注册账户，请在原终端登录，或到窗口重置密码', { citizenId, terminalId: existing.terminal_id })
  }
  await trx
    .insertInto('accounts')
    .values({ citizen_id: citizenId, account_id: accountId, terminal_id: context.terminalId, idempotency_key: command.idempotencyKey, created_at: context.at })
    .execute()
  return applied(command)
}

/**
 * `me.updateContacts`: licence and vehicle contact records are central; the citizen's own
 * `phone` is the one registered with the resident record and is not changed here.
 */
export async function executeContacts(trx: CentralTrx, context: ExecutionContext, command: PushedCommand): Promise<StoredResult> {
  const parsed = parsePayload(command, contactsSchema)
  if (!parsed.ok) return parsed.result
  const contacts = parsed.payload

  const vehicles: Record<string, unknown>[] = []
  for (const vehicleId of contacts.vehicleIds) {
    const vehicle = await getRecord(trx, 'vehicles', vehicleId)
    if (!vehicle || vehicle.row.owner_citizen_id !== contacts.citizenId) {
      return review(command, CENTRAL_RULES.CONTACT_NOT_OWNER, `车辆 ${vehicleId} 不属于本人，联系方式未更新`, { vehicleId })
    }
    vehicles.push(vehicle.row)
  }

  if (contacts.licence) {
    const licence = await trx.selectFrom('records').select('key').where('citizen_id', '=', contacts.citizenId).where('entity', '=', 'licences').executeTakeFirst()
    const row = licence && (await getRecord(trx, 'licences', licence.key))?.row
    if (licence && row) {
      await putRecord(trx, 'licences', licence.key, { ...row, contact_phone: contacts.phone, ...(contacts.address !== undefined ? { contact_address: contacts.address } : {}) }, context.at)
    }
  }
  for (const vehicle of vehicles) await putRecord(trx, 'vehicles', String(vehicle.id), { ...vehicle, contact_phone: contacts.phone }, context.at)
  return applied(command)
}

