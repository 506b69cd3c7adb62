import type { PlatePatternRule } from '../../../../src-shared/domain/plate-selection'
import { refusalText } from '../applications/service-text'

/**
 * Pure readings for the 号牌预选 screen, kept apart from the components so they can be tested
 * without a renderer.
 */

/** The selection rule's refusals (checkComposedSerial): main sends them without details. */
export const PLATE_PATTERN_RULES = [
  'PLATE_PATTERN_LENGTH',
  'PLATE_PATTERN_CHARACTER',
  'PLATE_PATTERN_FIRST_LETTER',
  'PLATE_PATTERN_ONE_LETTER',
  'PLATE_PATTERN_ZEROS',
  'PLATE_PATTERN_TRIPLE'
] as const satisfies readonly PlatePatternRule[]

/**
 * The refusals main's plate handlers raise themselves, with the details each carries
 * (src-main/features/plates/service.ts). PLATE_TAKEN names its plate when a reservation is
 * refused but comes bare in a compose result, so its text needs no details.
 */
export const PLATE_HANDLER_RULES = {
  PLATE_VIN_REGISTERED: ['vin'],
  PLATE_VIN_OTHER_OWNER: ['vin'],
  PLATE_VIN_ALREADY_SELECTED: ['plate'],
  PLATE_BATCHES_USED: ['batches'],
  PLATE_COMPOSED_USED: ['left', 'limit'],
  PLATE_OTHER_OFFICE: ['prefix'],
  PLATE_NOT_IN_BATCH: ['plate'],
  PLATE_TAKEN: []
} as const satisfies Record<string, readonly string[]>

export type PlateHandlerRule = keyof typeof PLATE_HANDLER_RULES

/** Every rule code a 号牌预选 refusal can name. */
export const PLATE_RULES: readonly string[] = [...Object.keys(PLATE_HANDLER_RULES), ...PLATE_PATTERN_RULES]

/** One checked composed number, as `plates.compose` answers it. */
export interface ComposedVerdict {
  readonly rule: string | null
  readonly message: string | null
}

/**
 * Why a composed number cannot be used. Main's Chinese message names the exact character or
 * digits at fault, so a Chinese screen shows it; another language shows the rule's own text
 * (every rule a compose result names reads without details), else main's message.
 */
export function composedRefusalText(verdict: ComposedVerdict, options: { readonly locale: string; readonly translated: (rule: string) => string | null }): string {
  return refusalText(verdict, options)
}

/** What one of the composed-number fields holds: upper case, without spaces or the printed dot. */
export function cleanCandidate(input: string): string {
  return input.replace(/[\s·•]/g, '').toUpperCase()
}

/** The VIN as typed: upper case, without spaces (main checks the rest). */
export function cleanVin(input: string): string {
  return input.replace(/\s/g, '').toUpperCase()
}
