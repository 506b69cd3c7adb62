import type { disputesContract } from '../../../src-shared/contract/disputes'
import type { Handlers } from '../../core/dispatcher'
import { decideDispute } from './decide'
import { listDisputes } from './list'
import { raiseDispute } from './raise'

/** 异议核实 (platform-rules V5): raise anywhere, decide at the office where the violation happened. */
export function disputeHandlers(): Handlers<typeof disputesContract> {
  return {
    'disputes.raise': raiseDispute,
    'disputes.list': listDisputes,
    'disputes.decide': decideDispute
  }
}
