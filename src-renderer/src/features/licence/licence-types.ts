import type { AppContract, OutputOf } from '../../../../src-shared/contract'

/** `licence.services`: the licence, the holder's age, each service's verdict, and the applications. */
export type LicenceServices = OutputOf<AppContract, 'licence.services'>
export type LicenceService = LicenceServices['services'][number]
export type HeldLicence = NonNullable<LicenceServices['licence']>
