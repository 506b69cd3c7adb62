import type { AppContract, OutputOf, PlateReservationView } from '../../../../src-shared/contract'

/** `plates.overview`: the office prefix and the numbers the person holds. */
export type PlatesOverview = OutputOf<AppContract, 'plates.overview'>
/** `plates.start` / `plates.draw`: one VIN's selection, its batches and what is left. */
export type PlateSelection = OutputOf<AppContract, 'plates.start'>
/** One checked composed number of `plates.compose`. */
export type ComposedResult = OutputOf<AppContract, 'plates.compose'>['results'][number]
export type PlateSource = PlateReservationView['source']
export type { PlateReservationView }

/** GA 36 type 02: the blue plate of a small car, the only kind pre-selected here. */
export const SMALL_CAR_PLATE = '02'
