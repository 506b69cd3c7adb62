import {
  CENTRAL_RULES,
  accountBindingSchema,
  accountPasswordSchema,
  accountUnbindingSchema,
  contactsSchema,
  organisationDecidedSchema,
  organisationRegisteredSchema,
  registrationSchema
} from '../../src-shared/sync/commands'
import { bindingId, type RowObject } from '../../src-shared/sync/entities'
import type { PushedCommand } from '../../src-shared/sync/protocol'
import { deleteRecord, entityOf, getRecord, putRecord, restoreAuthoritative, rowObject, type CentralTrx } from '../store'
import { applied, parsePayload, review, type ExecutionContext, type StoredResult } from './result'

/**
 * Citizens' accounts and bindings are province-wide records: every terminal replicates them
 * (src-shared/sync/entities.ts), so a citizen registered at one kiosk signs in at any other.
 * The central service checks each change against its own archive before publishing it.
 */

/** Does the archive say this licence or vehicle is the citizen's own? */
async function ownsTarget(trx: CentralTrx, citizenId: string, kind: 'licence' | 'vehicle', targetId: string): Promise<boolean> {
  const target = await getRecord(trx, kind === 'licence' ? 'licences' : 'vehicles', targetId)
  if (!target) return false
  return (kind === 'licence' ? target.row.citizen_id : target.row.owner_citizen_id) === citizenId
}

async function publishBinding(trx: CentralTrx, context: ExecutionContext, accountId: string, kind: 'licence' | 'vehicle', targetId: string): Promise<void> {
  const id = bindingId(accountId, kind, targetId)
  if (await getRecord(trx, 'bindings', id)) return
  await putRecord(trx, 'bindings', id, { id, account_id: accountId, target_kind: kind, target_id: targetId }, context.at)
}

/** `auth.registerCitizen`: one account per person across the province, proven by the archive. */
export async function executeRegistration(trx: CentralTrx, context: ExecutionContext, command: PushedCommand): Promise<StoredResult> {
  const parsed = parsePayload(command, registrationSchema)
  if (!parsed.ok) return parsed.result
  const { accountId, citizenId, phone, passwordHash, binding } = parsed.payload
  const existing = await trx.selectFrom('accounts').select(['account_id', 'terminal_id']).where('citizen_id', '=', citizenId).executeTakeFirst()
  if (existing) {
    if (existing.account_id === accountId) return applied(command)
    return review(command, CENTRAL_RULES.REG_ALREADY_REGISTERED, '此人已在其他终端注册账户，本终端的注册未被接受；请用原账户登录，或到窗口重置密码', {
      citizenId,
      terminalId: existing.terminal_id
    })
  }
  const citizen = await getRecord(trx, 'citizens', citizenId)
  if (!citizen) return review(command, CENTRAL_RULES.REG_NOT_IN_ARCHIVE, '中心档案中没有此人，注册未被接受', { citizenId })
  if (!(await ownsTarget(trx, citizenId, binding.target_kind, binding.target_id))) {
    return review(command, CENTRAL_RULES.REG_PROOF_MISMATCH, '注册所用的驾驶证或车辆在中心档案中不属于此人，注册未被接受', { citizenId, binding })
  }
  await trx
    .insertInto('accounts')
    .values({ citizen_id: citizenId, account_id: accountId, terminal_id: context.terminalId, idempotency_key: command.idempotencyKey, created_at: context.at })
    .execute()
  // created_at/updated_at are the terminal's instant (the command's), so both copies of the row agree.
  const account: RowObject = {
    id: accountId,
    kind: 'citizen',
    citizen_id: citizenId,
    display_name: String(citizen.row.name),
    phone,
    password_hash: passwordHash,
    disabled: 0,
    created_at: command.createdAt,
    updated_at: command.createdAt
  }
  await putRecord(trx, 'accounts', accountId, account, context.at)
  await publishBinding(trx, context, accountId, binding.target_kind, binding.target_id)
  return applied(command)
}

/** The replicated account a command is about; organisation agents' accounts are the terminal's own. */
async function citizenAccount(trx: CentralTrx, command: PushedCommand, accountId: string): Promise<{ row: RowObject } | StoredResult> {
  const account = await getRecord(trx, 'accounts', accountId)
  if (account) return account
  return review(command, CENTRAL_RULES.ACCOUNT_UNKNOWN, '该账户未在中心登记（注册未被接受），此项变更未同步到其他终端', { accountId })
}

function isResult(value: { row: RowObject } | StoredResult): value is StoredResult {
  return 'status' in value
}

/** `me.bindLicence` / `me.bindVehicle`: only the citizen's own licence and vehicles. */
export async function executeBinding(trx: CentralTrx, context: ExecutionContext, command: PushedCommand): Promise<StoredResult> {
  if (command.actorRole === 'org_agent') return applied(command)
  const parsed = parsePayload(command, accountBindingSchema)
  if (!parsed.ok) return parsed.result
  const { accountId } = parsed.payload
  const [kind, targetId] = parsed.payload.licenceId !== undefined ? (['licence', parsed.payload.licenceId] as const) : (['vehicle', parsed.payload.vehicleId!] as const)
  const account = await citizenAccount(trx, command, accountId)
  if (isResult(account)) return account
  if (!(await ownsTarget(trx, String(account.row.citizen_id), kind, targetId))) {
    return review(command, CENTRAL_RULES.BIND_NOT_OWNER, kind === 'licence' ? '中心档案中该驾驶证不属于本人，绑定未被接受' : '中心档案中该车辆不登记在本人名下，绑定未被接受', {
      accountId,
      kind,
      targetId
    })
  }
  await publishBinding(trx, context, accountId, kind, targetId)
  return applied(command)
}

/** `me.unbind`: removing a binding that is already gone is not an error. */
export async function executeUnbinding(trx: CentralTrx, context: ExecutionContext, command: PushedCommand): Promise<StoredResult> {
  if (command.actorRole === 'org_agent') return applied(command)
  const parsed = parsePayload(command, accountUnbindingSchema)
  if (!parsed.ok) return parsed.result
  await deleteRecord(trx, 'bindings', bindingId(parsed.payload.accountId, parsed.payload.kind, parsed.payload.id), context.at)
  return applied(command)
}

/** `counter.resetCitizenPassword`: the new hash replaces the old one on every terminal. */
export async function executePasswordReset(trx: CentralTrx, context: ExecutionContext, command: PushedCommand): Promise<StoredResult> {
  const parsed = parsePayload(command, accountPasswordSchema)
  if (!parsed.ok) return parsed.result
  const account = await citizenAccount(trx, command, parsed.payload.accountId)
  if (isResult(account)) return account
  await putRecord(trx, 'accounts', parsed.payload.accountId, { ...account.row, password_hash: parsed.payload.passwordHash, updated_at: command.createdAt }, context.at)
  return applied(command)
}

/**
 * `me.updateContacts`: the licence and vehicle contact records are central, and so is the
 * sign-in phone of the citizen's account; the resident record's own `phone` is not changed.
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

  if (contacts.signIn) {
    // An organisation's agent changes their own (organisation) account; anyone else the citizen's.
    const accountId =
      command.actorRole === 'org_agent'
        ? command.actorId
        : ((await trx.selectFrom('accounts').select('account_id').where('citizen_id', '=', contacts.citizenId).executeTakeFirst())?.account_id ?? null)
    const account = accountId ? await getRecord(trx, 'accounts', accountId) : undefined
    if (accountId && account) await putRecord(trx, 'accounts', accountId, { ...account.row, phone: contacts.phone, updated_at: command.createdAt }, context.at)
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

/**
 * `auth.registerOrganisation` v2: one registration per credit code across the province, its
 * handling person in the archive. The organisation (pending) and its agent's account are
 * published, so a clerk at any counter can approve it and the agent can sign in anywhere.
 */
export async function executeOrganisationRegistration(trx: CentralTrx, context: ExecutionContext, command: PushedCommand): Promise<StoredResult> {
  // Version 1 (before organisations were replicated) carried no account row: kept as a record.
  if (command.version === 1) return applied(command)
  const parsed = parsePayload(command, organisationRegisteredSchema)
  if (!parsed.ok) return parsed.result
  const { organisation, account } = parsed.payload
  if (await getRecord(trx, 'organisations', organisation.id)) return applied(command)
  const refuse = async (code: string, message: string, details: Record<string, unknown>) => {
    // Both rows exist only on the terminal that took the registration: it drops them.
    await restoreAuthoritative(trx, 'organisations', organisation.id, 'province', context.at)
    await restoreAuthoritative(trx, 'accounts', account.id, 'province', context.at)
    return review(command, code, message, details)
  }
  const registered = (await trx.selectFrom('records').select('row').where('entity', '=', 'organisations').execute()).map((record) => rowObject(entityOf('organisations'), record.row))
  const first = registered.find((row) => row.uscc === organisation.uscc)
  if (first) return refuse(CENTRAL_RULES.ORG_REGISTERED_ELSEWHERE, `统一社会信用代码 ${organisation.uscc} 已在其他终端注册，本终端的注册未被接受`, { uscc: organisation.uscc, organisationId: first.id })
  if (!(await getRecord(trx, 'citizens', organisation.agent_citizen_id))) {
    return refuse(CENTRAL_RULES.ORG_AGENT_NOT_IN_ARCHIVE, '中心档案中没有该单位经办人，注册未被接受', { uscc: organisation.uscc })
  }
  await putRecord(trx, 'organisations', organisation.id, { ...organisation }, context.at)
  await putRecord(trx, 'accounts', account.id, { ...account }, context.at)
  return applied(command)
}

/** `counter.decideOrganisation`: the first decision on a pending organisation stands. */
export async function executeOrganisationDecision(trx: CentralTrx, context: ExecutionContext, command: PushedCommand): Promise<StoredResult> {
  const parsed = parsePayload(command, organisationDecidedSchema)
  if (!parsed.ok) return parsed.result
  const { organisationId, decision, note } = parsed.payload
  const organisation = await getRecord(trx, 'organisations', organisationId)
  if (organisation?.row.status === decision && organisation.row.decided_at === command.createdAt) return applied(command)
  if (!organisation || organisation.row.status !== 'pending') {
    if (organisation) await restoreAuthoritative(trx, 'organisations', organisationId, organisation.partition, context.at)
    return review(command, CENTRAL_RULES.ORG_DECISION_CHANGED, '中心记录中该单位注册已经审核（或没有该注册），本次审核未被采用', { organisationId, status: organisation?.row.status ?? null })
  }
  await putRecord(trx, 'organisations', organisationId, { ...organisation.row, status: decision, decided_by: command.actorId, decided_at: command.createdAt, decision_note: note }, context.at)
  return applied(command)
}
