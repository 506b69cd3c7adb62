import { contract } from '../../../../src-shared/contract'

/** The binding fields as the contract declares them, for instant checks. */
export const BIND_FIELDS = {
  licenceFileNumber: contract['me.bindLicence'].input.shape.licenceFileNumber,
  plate: contract['me.bindVehicle'].input.shape.plate,
  vinLastSix: contract['me.bindVehicle'].input.shape.vinLastSix
} as const
