import { ruleViolation, type AppContract, type OutputOf, type ParsedInputOf } from '../../../src-shared/contract'
import { maskResidentId, validatePlate, validateResidentId } from '../../../src-shared/domain/identifiers'
import type { HandlerContext } from '../../core/dispatcher'
import type { IdCardReader } from '../../ports/id-card-reader'
import { citizenAccount, subjectCitizenId } from './accounts'
import { hashPassword } from './password'

const LOOKUP_LIMIT = 50

/** Which archive a free-text query is about: ID number, plate, licence file number, initials or name. */
function citizenIdsFor(ctx: HandlerContext, query: string): string[] {
  const { db } = ctx
  const text = query.trim()
  const upper = text.toUpperCase().replace(/[\s·]/g, '')
  if (validateResidentId(upper).ok || /^\d{17}[\dX]$/.test(upper)) {
    return db.all(db.kysely.selectFrom('citizens').select('id').where('id_number', '=', upper)).map((r) => r.id)
  }
  if (validatePlate(upper).ok) {
    return db.all(db.kysely.selectFrom('vehicles').select('owner_citizen_id').where('plate', '=', upper)).flatMap((r) => (r.owner_citizen_id ? [r.owner_citizen_id] : []))
  }
  if (/^\d{12}$/.test(upper)) {
    return db.all(db.kysely.selectFrom('licences').select('citizen_id').where('file_number', '=', upper)).map((r) => r.citizen_id)
  }
  // Pinyin initials (张伟 → ZW), the quickest way to type a name at a counter.
  if (/^[A-Z]{2,4}$/.test(upper)) {
    return db.all(db.kysely.selectFrom('citizens').select('id').where('name_initials', '=', upper).orderBy('name').limit(LOOKUP_LIMIT)).map((r) => r.id)
  }
  if (/[\u4e00-\u9fff]/.test(text)) {
    return db.all(db.kysely.selectFrom('citizens').select('id').where('name', 'like', `${text.replace(/[%_]/g, '')}%`).orderBy('name').limit(LOOKUP_LIMIT)).map((r) => r.id)
  }
  return []
}

/** Every look-up is audited, matches or not (issue #3: "every such access is recorded"). */
export function lookup(input: ParsedInputOf<AppContract, 'counter.lookup'>, ctx: HandlerContext): OutputOf<AppContract, 'counter.lookup'> {
  const { db } = ctx
  const ids = [...new Set(citizenIdsFor(ctx, input.query))].slice(0, LOOKUP_LIMIT)
  ctx.audit('counter.lookup', null, { query: /^\d{15,18}[\dXx]?$/.test(input.query) ? maskResidentId(input.query) : input.query, matches: ids.length })
  if (ids.length === 0) return []
  const citizens = db.all(db.kysely.selectFrom('citizens').select(['id', 'name', 'id_number']).where('id', 'in', ids).orderBy('name'))
  const plates = db.all(db.kysely.selectFrom('vehicles').select(['owner_citizen_id', 'plate']).where('owner_citizen_id', 'in', ids).orderBy('plate'))
  const licensed = new Set(db.all(db.kysely.selectFrom('licences').select('citizen_id').where('citizen_id', 'in', ids)).map((r) => r.citizen_id))
  return citizens.map((c) => ({
    citizenId: c.id,
    name: c.name,
    maskedIdNumber: maskResidentId(c.id_number),
    plates: plates.filter((p) => p.owner_citizen_id === c.id).map((p) => p.plate),
    hasLicence: licensed.has(c.id)
  }))
}

/**
 * The clerk starts acting for a citizen. With the card reader, the card on it must be this
 * citizen's; otherwise the clerk attests having inspected the card. Either way it is audited.
 */
export async function serve(input: ParsedInputOf<AppContract, 'counter.serve'>, ctx: HandlerContext, reader: IdCardReader): Promise<void> {
  const { db, session } = ctx
  const citizen = db.first(db.kysely.selectFrom('citizens').select(['id', 'id_number']).where('id', '=', input.citizenId))
  if (!citizen) throw ruleViolation('BIND_NOT_FOUND', '找不到该市民档案')
  if (input.verification === 'card_reader') {
    const read = await reader.read()
    if (!read.ok) {
      if (read.reason === 'unplugged') throw ruleViolation('CARD_NO_READER', '读卡器未连接')
      if (read.reason === 'empty') throw ruleViolation('CARD_NO_CARD', '请将身份证放在读卡区')
      throw ruleViolation('CARD_UNREADABLE', '无法读取身份证')
    }
    if (read.card.idNumber !== citizen.id_number) throw ruleViolation('SERVE_CARD_MISMATCH', '读卡器上的身份证不是该市民的')
  }
  db.transaction(() => {
    session.actingForCitizenId = citizen.id
    ctx.audit('counter.serve', citizen.id, { verification: input.verification })
  })
}

export function pendingOrganisations(ctx: HandlerContext): OutputOf<AppContract, 'counter.pendingOrganisations'> {
  const { db } = ctx
  return db
    .all(
      db.kysely
        .selectFrom('organisations')
        .innerJoin('citizens', 'citizens.id', 'organisations.agent_citizen_id')
        .select(['organisations.id', 'organisations.uscc', 'organisations.name', 'organisations.agent_phone', 'organisations.created_at', 'citizens.name as agent_name', 'citizens.id_number'])
        .where('organisations.status', '=', 'pending')
        .orderBy('organisations.created_at')
    )
    .map((o) => ({ id: o.id, uscc: o.uscc, name: o.name, agentName: o.agent_name, agentMaskedId: maskResidentId(o.id_number), agentPhone: o.agent_phone, createdAt: o.created_at }))
}

export function decideOrganisation(input: ParsedInputOf<AppContract, 'counter.decideOrganisation'>, ctx: HandlerContext): { status: 'approved' | 'rejected' } {
  const { db, session } = ctx
  const changed = db.run(
    db.kysely
      .updateTable('organisations')
      .set({ status: input.decision, decided_by: session.userId, decided_at: ctx.now.toISOString(), decision_note: input.note })
      .where('id', '=', input.organisationId)
      .where('status', '=', 'pending')
  )
  if (changed === 0) throw ruleViolation('BIND_NOT_FOUND', '没有待审核的该单位注册')
  ctx.record({ subject: input.organisationId })
  return { status: input.decision }
}

/**
 * Password reset happens at the counter, where the clerk has checked the person's card: the
 * registration refusal for an existing account sends people here.
 */
export async function resetCitizenPassword(input: ParsedInputOf<AppContract, 'counter.resetCitizenPassword'>, ctx: HandlerContext): Promise<{ citizenId: string }> {
  const citizenId = subjectCitizenId(ctx)
  const account = citizenAccount(ctx.db, citizenId)
  if (!account) throw ruleViolation('COUNTER_NOT_REGISTERED', '该市民尚未注册，请先为其注册')
  const passwordHash = await hashPassword(input.password)
  ctx.commit(() => {
    ctx.db.run(
      ctx.db.kysely
        .updateTable('accounts')
        .set({ password_hash: passwordHash, failed_attempts: 0, locked_until: null, updated_at: ctx.now.toISOString() })
        .where('id', '=', account.id)
    )
    ctx.record({ subject: citizenId, payload: { accountId: account.id, passwordHash } })
  })
  return { citizenId }
}
