import { uuidv7 } from 'uuidv7'
import { ruleViolation, type ParsedInputOf, type AppContract } from '../../../src-shared/contract'
import { maskResidentId } from '../../../src-shared/domain/identifiers'
import { bindingId } from '../../../src-shared/sync/entities'
import type { AppDatabase } from '../../core/database'
import type { HandlerContext } from '../../core/dispatcher'
import { hashPassword } from './password'
import { citizenAccount, signInSession, accountById } from './accounts'

type CitizenInput = ParsedInputOf<AppContract, 'auth.registerCitizen'>
type OrganisationInput = ParsedInputOf<AppContract, 'auth.registerOrganisation'>

function citizenByIdNumber(db: AppDatabase, idNumber: string) {
  return db.first(db.kysely.selectFrom('citizens').select(['id', 'name']).where('id_number', '=', idNumber))
}

function phoneTaken(db: AppDatabase, phone: string, exceptAccountId?: string): boolean {
  let query = db.kysely.selectFrom('accounts').select('id').where('phone', '=', phone).where('kind', '=', 'citizen')
  if (exceptAccountId) query = query.where('id', '<>', exceptAccountId)
  return db.first(query) !== undefined
}

/**
 * Check a personal registration against the archive: the person exists, has no account yet,
 * and proves the link with either their licence file number or a vehicle registered to them.
 * Returns what the registration will bind.
 */
function checkCitizenRegistration(db: AppDatabase, input: CitizenInput) {
  const citizen = citizenByIdNumber(db, input.idNumber)
  if (!citizen) throw ruleViolation('REG_PERSON_UNKNOWN', '车管档案中没有该身份证号码的记录', { maskedIdNumber: maskResidentId(input.idNumber) })
  if (citizenAccount(db, citizen.id)) {
    throw ruleViolation('REG_ALREADY_REGISTERED', '该身份证号码已注册，请直接登录；忘记密码请到窗口重置')
  }
  if (phoneTaken(db, input.phone)) throw ruleViolation('REG_PHONE_IN_USE', '该手机号已被其他账户使用')

  if (input.route === 'licence') {
    const licence = db.first(db.kysely.selectFrom('licences').select(['id', 'citizen_id']).where('file_number', '=', input.licenceFileNumber))
    if (!licence || licence.citizen_id !== citizen.id) {
      throw ruleViolation('REG_NO_MATCHING_LICENCE', '驾驶证档案编号与身份证号码不匹配')
    }
    return { citizen, bind: { target_kind: 'licence' as const, target_id: licence.id } }
  }
  const vehicle = db.first(db.kysely.selectFrom('vehicles').select(['id', 'vin', 'owner_citizen_id']).where('plate', '=', input.plate))
  if (!vehicle || vehicle.owner_citizen_id !== citizen.id || !vehicle.vin.endsWith(input.vinLastSix)) {
    throw ruleViolation('REG_NO_MATCHING_VEHICLE', '号牌号码、车架号后六位与本人名下车辆不匹配')
  }
  return { citizen, bind: { target_kind: 'vehicle' as const, target_id: vehicle.id } }
}

export async function registerCitizen(input: CitizenInput, ctx: HandlerContext) {
  const { db, session } = ctx
  checkCitizenRegistration(db, input)
  // Hashing takes ~100 ms of CPU: outside the transaction, then everything is checked again inside it.
  const passwordHash = await hashPassword(input.password)
  const accountId = uuidv7()
  const at = ctx.now.toISOString()
  ctx.commit(() => {
    const { citizen, bind } = checkCitizenRegistration(db, input)
    db.run(
      db.kysely.insertInto('accounts').values({
        id: accountId,
        kind: 'citizen',
        citizen_id: citizen.id,
        org_id: null,
        username: null,
        display_name: citizen.name,
        phone: input.phone,
        password_hash: passwordHash,
        locked_until: null,
        created_at: at,
        updated_at: at
      })
    )
    db.run(db.kysely.insertInto('bindings').values({ id: bindingId(accountId, bind.target_kind, bind.target_id), account_id: accountId, ...bind, created_at: at }))
    ctx.record({
      subject: citizen.id,
      payload: { accountId, citizenId: citizen.id, route: input.route, phone: input.phone, passwordHash, binding: bind }
    })
  })
  const account = accountById(db, accountId)!
  if (session.role === 'anonymous') signInSession(session, account)
  else session.actingForCitizenId = account.citizen_id
  return accountId
}

function checkOrganisation(db: AppDatabase, input: OrganisationInput) {
  if (db.first(db.kysely.selectFrom('organisations').select('id').where('uscc', '=', input.uscc))) {
    throw ruleViolation('ORG_ALREADY_REGISTERED', '该统一社会信用代码已注册')
  }
  const agent = citizenByIdNumber(db, input.agentIdNumber)
  if (!agent) throw ruleViolation('ORG_AGENT_UNKNOWN', '经办人身份证号码在车管档案中没有记录')
  return agent
}

/** Organisation (单位) registration; the account can sign in once a clerk approves it. */
export async function registerOrganisation(input: OrganisationInput, ctx: HandlerContext) {
  const { db } = ctx
  checkOrganisation(db, input)
  const passwordHash = await hashPassword(input.password)
  const organisationId = uuidv7()
  const at = ctx.now.toISOString()
  const accountId = uuidv7()
  ctx.commit(() => {
    const agent = checkOrganisation(db, input)
    const organisation = {
      id: organisationId,
      uscc: input.uscc,
      name: input.name,
      agent_citizen_id: agent.id,
      agent_phone: input.agentPhone,
      status: 'pending' as const,
      decided_by: null,
      decided_at: null,
      decision_note: null,
      created_at: at
    }
    const account = {
      id: accountId,
      kind: 'org_agent' as const,
      citizen_id: agent.id,
      org_id: organisationId,
      username: input.uscc,
      display_name: input.name,
      phone: input.agentPhone,
      password_hash: passwordHash,
      disabled: 0,
      created_at: at,
      updated_at: at
    }
    db.run(db.kysely.insertInto('organisations').values(organisation))
    db.run(db.kysely.insertInto('accounts').values({ ...account, locked_until: null }))
    // The rows as written (command version 2): the central service publishes them to every terminal.
    ctx.record({ subject: organisationId, payload: { organisation, account } })
  })
  return organisationId
}
