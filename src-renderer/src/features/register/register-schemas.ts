import { contract, registerCitizenInput } from '../../../../src-shared/contract'

/** The registration fields as the contract declares them, one schema per field, for instant checks. */
const [byLicence, byVehicle] = registerCitizenInput.options
const organisation = contract['auth.registerOrganisation'].input.shape

export const PERSONAL_FIELDS = {
  idNumber: byLicence.shape.idNumber,
  licenceFileNumber: byLicence.shape.licenceFileNumber,
  plate: byVehicle.shape.plate,
  vinLastSix: byVehicle.shape.vinLastSix,
  phone: byLicence.shape.phone,
  password: byLicence.shape.password
} as const

export const ORGANISATION_FIELDS = organisation
