import type { AppContract, OutputOf } from '../../../../src-shared/contract'

/** One citizen found by the counter search. */
export type LookupResult = OutputOf<AppContract, 'counter.lookup'>[number]
