import type { AppContract, OutputOf } from '../../../../src-shared/contract'

export type { LicenceApplicationView } from '../../../../src-shared/contract'

/** `licence.services`: the licence, the holder's age, each service's verdict, and the applications. */
export type LicenceServices = OutputOf<AppContract, 'licence.services'>
export type LicenceService = LicenceServices['services'][number]
export type HeldLicence = NonNullable<LicenceServices['licence']>

/** What the counter does with an accepted application (licence.complete). */
export type Decision = 'complete' | 'withdraw'
