import { signInInput } from '../../../../src-shared/contract'

/** The sign-in fields as the contract declares them, one schema per field, for instant checks. */
const [citizen, organisation, staff] = signInInput.options

export const SIGN_IN_FIELDS = {
  idNumber: citizen.shape.idNumber,
  uscc: organisation.shape.uscc,
  username: staff.shape.username,
  password: citizen.shape.password
} as const
