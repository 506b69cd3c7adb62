import type { AppContract, OutputOf } from '../../../../src-shared/contract'

/** `vehicle.services`: each vehicle registered to the person with its services' verdicts, and the applications. */
export type VehicleServices = OutputOf<AppContract, 'vehicle.services'>
export type OwnedVehicle = VehicleServices['vehicles'][number]
export type VehicleService = OwnedVehicle['services'][number]
