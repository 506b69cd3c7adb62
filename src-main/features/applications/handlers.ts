import type { applicationsContract } from '../../../src-shared/contract/applications'
import type { licenceContract } from '../../../src-shared/contract/licence'
import type { vehicleContract } from '../../../src-shared/contract/vehicle'
import type { Handlers } from '../../core/dispatcher'
import { decide, pending } from './store'
import * as licence from '../licence/service'
import * as vehicle from '../vehicle/service'

/** 驾驶证业务, 机动车业务 and the counter's issuing of both. */
export function serviceApplicationHandlers(): Handlers<typeof licenceContract & typeof vehicleContract & typeof applicationsContract> {
  return {
    'licence.services': (_input, ctx) => licence.services(ctx),
    'licence.apply': (input, ctx) => licence.apply(input, ctx),
    'vehicle.services': (_input, ctx) => vehicle.services(ctx),
    'vehicle.apply': (input, ctx) => vehicle.apply(input, ctx),
    'applications.pending': (_input, ctx) => pending(ctx),
    'applications.decide': (input, ctx) => decide(input, ctx)
  }
}
