import type { platesContract } from '../../../src-shared/contract/plates'
import type { Handlers } from '../../core/dispatcher'
import { compose, draw, overview, reserve, start } from './service'

export function plateHandlers(): Handlers<typeof platesContract> {
  return {
    'plates.overview': (_input, ctx) => overview(ctx),
    'plates.start': (input, ctx) => start(input, ctx),
    'plates.draw': (input, ctx) => draw(input, ctx),
    'plates.compose': (input, ctx) => compose(input, ctx),
    'plates.reserve': (input, ctx) => reserve(input, ctx)
  }
}
