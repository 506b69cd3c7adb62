import { identityContract } from './identity'
import { systemContract } from './system'
import { violationsContract } from './violations'
import { examsContract } from './exams'
import { syncContract } from './sync'
import { disputesContract } from './disputes'
import { licenceContract } from './licence'
import { vehicleContract } from './vehicle'
import { applicationsContract } from './applications'
import { platesContract } from './plates'

export * from './define'
export * from './errors'
export * from './roles'
export * from './events'
export * from './system'
export * from './identity'
export * from './violations'
export * from './exams'
export * from './sync'
export * from './disputes'
export * from './licence'
export * from './vehicle'
export * from './applications'
export * from './plates'

/** Every RPC method of the terminal, declared once. Features add their own maps here. */
export const contract = {
  ...systemContract,
  ...identityContract,
  ...violationsContract,
  ...examsContract,
  ...syncContract,
  ...disputesContract,
  ...licenceContract,
  ...vehicleContract,
  ...applicationsContract,
  ...platesContract
} as const
export type AppContract = typeof contract
export type AppMethod = keyof AppContract
