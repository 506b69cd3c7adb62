import { AppError, ruleViolation } from '../../../src-shared/contract'
import type { identityContract } from '../../../src-shared/contract/identity'
import { maskResidentId, validateResidentId } from '../../../src-shared/domain/identifiers'
import type { Handlers, HandlerContext } from '../../core/dispatcher'
import { verifyAuditChain } from '../../core/audit'
import type { SimulatedIdCardReader, IdCardReader } from '../../ports/id-card-reader'
import { registerCitizen, registerOrganisation } from './registration'
import { signIn, signInWithCard } from './sign-in'
import { sessionView } from './session-view'
import { bindLicence, bindVehicle, contacts, overview, unbind, updateContacts } from './personal'
import { decideOrganisation, lookup, pendingOrganisations, resetCitizenPassword, serve } from './counter'
import { createStaff, listStaff, updateStaff } from './staff'

export interface IdentityDeps {
  idleSeconds: number
  reader: IdCardReader
  /** Present on demo terminals only: the simulated reader the demo panel and tests drive. */
  simulator: SimulatedIdCardReader | null
  isDemo: () => boolean
}

/** Only staff see whose card lies on the reader; a kiosk screen must not show a forgotten card's owner. */
function cardState(reader: IdCardReader, role: string) {
  const { state, card } = reader.state()
  const staff = role === 'clerk' || role === 'admin'
  return { state, maskedIdNumber: card && staff ? maskResidentId(card.idNumber) : null, name: card && staff ? card.name : null }
}

export function identityHandlers(deps: IdentityDeps): Handlers<typeof identityContract> {
  const view = (ctx: HandlerContext) => sessionView(ctx, deps.idleSeconds)
  return {
    'auth.session': (_input, ctx) => view(ctx),
    'auth.registerCitizen': {
      async: true,
      run: async (input, ctx) => ({ accountId: await registerCitizen(input, ctx), session: view(ctx) })
    },
    'auth.registerOrganisation': {
      async: true,
      run: async (input, ctx) => ({ organisationId: await registerOrganisation(input, ctx), status: 'pending' as const })
    },
    'auth.signIn': {
      async: true,
      run: async (input, ctx) => {
        await signIn(input, ctx)
        return view(ctx)
      }
    },
    'auth.signInWithCard': {
      async: true,
      run: async (_input, ctx) => {
        await signInWithCard(deps.reader, ctx)
        return view(ctx)
      }
    },
    'auth.signOut': (input, ctx) => {
      ctx.audit('auth.signOut', ctx.session.userId, { reason: input.reason })
      ctx.sessions.reset(ctx.session)
      return view(ctx)
    },
    'idcard.status': (_input, ctx) => cardState(deps.reader, ctx.session.role),
    'idcard.simulate': (input, { db, session }) => {
      const simulator = deps.simulator
      if (!simulator || !deps.isDemo()) throw ruleViolation('DEMO_ONLY', '只有演示终端可以使用模拟读卡器')
      if (input.action === 'place') {
        const citizen = db.first(db.kysely.selectFrom('citizens').select(['name', 'gender', 'birth_date', 'address']).where('id_number', '=', input.idNumber))
        const parsed = validateResidentId(input.idNumber)
        if (!parsed.ok) throw new AppError('INVALID_INPUT', parsed.message)
        simulator.place({
          idNumber: input.idNumber,
          name: citizen?.name ?? '（档案中无此人）',
          gender: citizen?.gender ?? parsed.gender,
          birthDate: citizen?.birth_date ?? parsed.birthDate,
          address: citizen?.address ?? ''
        })
      } else if (input.action === 'remove') simulator.remove()
      else if (input.action === 'unreadable') simulator.placeUnreadable()
      else if (input.action === 'unplug') simulator.unplug()
      else simulator.plug()
      return cardState(simulator, session.role)
    },
    'me.overview': (_input, ctx) => overview(ctx),
    'me.bindLicence': (input, ctx) => bindLicence(input, ctx),
    'me.bindVehicle': (input, ctx) => bindVehicle(input, ctx),
    'me.unbind': (input, ctx) => unbind(input, ctx),
    'me.contacts': (_input, ctx) => contacts(ctx),
    'me.updateContacts': (input, ctx) => updateContacts(input, ctx),
    'counter.lookup': (input, ctx) => lookup(input, ctx),
    'counter.serve': {
      async: true,
      run: async (input, ctx) => {
        await serve(input, ctx, deps.reader)
        return view(ctx)
      }
    },
    'counter.endService': (_input, ctx) => {
      if (ctx.session.actingForCitizenId) ctx.audit('counter.endService', ctx.session.actingForCitizenId)
      ctx.session.actingForCitizenId = null
      return view(ctx)
    },
    'counter.resetCitizenPassword': { async: true, run: (input, ctx) => resetCitizenPassword(input, ctx) },
    'counter.pendingOrganisations': (_input, ctx) => pendingOrganisations(ctx),
    'counter.decideOrganisation': (input, ctx) => decideOrganisation(input, ctx),
    'staff.list': (_input, { db }) => listStaff(db),
    'staff.create': { async: true, run: (input, ctx) => createStaff(input, ctx) },
    'staff.update': { async: true, run: (input, ctx) => updateStaff(input, ctx) },
    'audit.verify': (_input, { db }) => {
      const verdict = verifyAuditChain(db)
      return verdict.ok
        ? { ok: true, lines: verdict.lines, brokenAt: null, reason: null }
        : { ok: false, lines: verdict.lines, brokenAt: verdict.brokenAt, reason: verdict.reason }
    },
    'audit.recent': (input, { db }) =>
      db
        .all(db.kysely.selectFrom('audit_log').select(['seq', 'at', 'actor_role', 'actor_id', 'on_behalf_of', 'action', 'subject']).orderBy('seq', 'desc').limit(input.limit))
        .map((r) => ({ seq: r.seq, at: r.at, actorRole: r.actor_role, actorId: r.actor_id, onBehalfOf: r.on_behalf_of, action: r.action, subject: r.subject }))
  }
}

