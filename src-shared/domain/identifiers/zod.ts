import { z } from 'zod'
import type { IdentifierResult } from './result'
import { validateLicenceFileNumber } from './licence-file-number'
import { validateMobile } from './mobile'
import { validatePlate } from './plate'
import { validateResidentId } from './resident-id'
import { validateUscc } from './uscc'
import { validateVin } from './vin'

/**
 * Zod schemas over the validators: they output the normalised value, and a failure becomes
 * one custom issue whose message is the validator's Chinese message and whose params carry
 * `rule` (the stable code) plus the message's variable parts, so the contract layer can
 * report which rule refused the input.
 */
function identifierSchema(validate: (input: string) => IdentifierResult<object>) {
  return z.string().transform((input, ctx) => {
    const result = validate(input)
    if (result.ok) return result.value
    ctx.addIssue({ code: 'custom', message: result.message, params: { rule: result.code, ...result.params } })
    return z.NEVER
  })
}

export const residentIdSchema = identifierSchema((input) => validateResidentId(input))
export const licenceFileNumberSchema = identifierSchema(validateLicenceFileNumber)
export const usccSchema = identifierSchema(validateUscc)
export const plateSchema = identifierSchema((input) => validatePlate(input))
export const shandongPlateSchema = identifierSchema((input) => validatePlate(input, { shandongOnly: true }))
export const vinSchema = identifierSchema(validateVin)
export const mobileSchema = identifierSchema(validateMobile)
