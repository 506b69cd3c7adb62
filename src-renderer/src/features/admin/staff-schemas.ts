import { contract } from '../../../../src-shared/contract'

/** The staff account fields as the contract declares them, for instant checks. */
export const STAFF_FIELDS = contract['staff.create'].input.shape
