import type { SessionView } from '../../../src-shared/contract'
import type { HandlerContext } from '../../core/dispatcher'

export function sessionView(ctx: Pick<HandlerContext, 'session' | 'terminal' | 'db'>, idleSeconds: number): SessionView {
  const { session, terminal, db } = ctx
  let actingFor: SessionView['actingFor'] = null
  if (session.actingForCitizenId) {
    const citizen = db.first(db.kysely.selectFrom('citizens').select(['id', 'name', 'id_number']).where('id', '=', session.actingForCitizenId))
    // The serving clerk verified this person's card, so the clerk sees the full number.
    if (citizen) actingFor = { citizenId: citizen.id, name: citizen.name, idNumber: citizen.id_number }
  }
  return {
    role: session.role,
    displayName: session.displayName,
    mode: terminal.mode,
    idleSeconds: terminal.mode === 'kiosk' ? idleSeconds : null,
    actingFor
  }
}
