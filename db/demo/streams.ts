/** Which stream a row draws from: the second key of every stream (0 keys the permutations, context.ts). */
export const STREAM = {
  citizenPlan: 1,
  citizen: 2,
  licence: 3,
  vehiclePlate: 4,
  vehicle: 5,
  violation: 6,
  exam: 7,
  id: 8,
  company: 9
} as const
