import { ruleViolation } from '../../../src-shared/contract'
import type { syncContract } from '../../../src-shared/contract/sync'
import type { Handlers } from '../../core/dispatcher'
import { taskView, type SyncEngine } from './engine'

export function syncHandlers(engine: SyncEngine): Handlers<typeof syncContract> {
  return {
    'sync.status': () => engine.status(),
    'sync.enrol': {
      async: true,
      run: async (input, ctx) => {
        await engine.enrol(input.centralUrl, input.code, { role: ctx.session.role, id: ctx.session.userId }, input.adminPassword)
        return engine.status()
      }
    },
    'sync.now': {
      async: true,
      run: async () => {
        if (!engine.enrolled) throw ruleViolation('SYNC_NOT_ENROLLED', '本终端尚未登记到中心服务，请先登记')
        await engine.runCycle()
        return engine.status()
      }
    },
    'sync.tasks': (input) => ({ tasks: engine.tasks(input.state) }),
    'sync.resolveTask': (input, ctx) => {
      const { db } = ctx
      const task = db.first(db.kysely.selectFrom('sync_tasks').selectAll().where('id', '=', input.id))
      if (!task) throw ruleViolation('SYNC_TASK_UNKNOWN', '没有这项待处理事项')
      if (task.state === 'done') throw ruleViolation('SYNC_TASK_DONE', '这项事项已经处理完毕')
      const at = ctx.now.toISOString()
      db.run(db.kysely.updateTable('sync_tasks').set({ state: 'done', resolved_at: at, resolved_by: ctx.session.displayName, note: input.note }).where('id', '=', input.id))
      ctx.record({ subject: task.id, payload: { taskId: task.id, kind: task.kind, paymentId: task.payment_id, amountFen: task.amount_fen, note: input.note } })
      return taskView({ ...task, state: 'done', resolved_at: at, resolved_by: ctx.session.displayName, note: input.note })
    }
  }
}
