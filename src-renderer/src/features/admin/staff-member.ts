import type { AppContract, OutputOf } from '../../../../src-shared/contract'

/** One clerk or admin account as `staff.list` reports it. */
export type StaffMember = OutputOf<AppContract, 'staff.list'>[number]
