import type { AppContract, InputOf } from '../../../../src-shared/contract'

export type { ServiceApplicationView } from '../../../../src-shared/contract'

/** Whether a service may be applied for today, and the rule and main's sentence when not. */
export interface ServiceVerdict {
  readonly ok: boolean
  readonly rule: string | null
  readonly message: string | null
}

/** What the counter does with an accepted application (applications.decide). */
export type Decision = InputOf<AppContract, 'applications.decide'>['decision']
