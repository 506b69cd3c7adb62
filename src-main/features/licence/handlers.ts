import type { licenceContract } from '../../../src-shared/contract/licence'
import type { Handlers } from '../../core/dispatcher'
import { apply, complete, pending, services } from './service'

export function licenceHandlers(): Handlers<typeof licenceContract> {
  return {
    'licence.services': (_input, ctx) => services(ctx),
    'licence.apply': (input, ctx) => apply(input, ctx),
    'licence.pending': (_input, ctx) => pending(ctx),
    'licence.complete': (input, ctx) => complete(input, ctx)
  }
}
