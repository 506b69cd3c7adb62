import type { LicenceClass } from './model'

/**
 * Waiting periods before a booking. All are natural days: S1 art.110 makes only 一日/三日/五日
 * working days (platform-rules §0), so 十日, 二十日, 三十日 and 四十日 count every calendar day.
 */

/** After a failed (or skipped) 科目二/科目三 booking, rebook only ten days later (E7; S1 art.47). */
export const RETAKE_WAIT_DAYS = 10

const HEAVY: readonly LicenceClass[] = ['A1', 'A2', 'A3', 'B1', 'B2']

/**
 * Days after the permit before 科目二 may be booked (E5; S1 art.43): 10 for C1 C2 C3 C4 C5 M N P,
 * 20 for A1 A2 A3 B1 B2 C6. Art.43 names no period for the motorcycle classes D E F: null.
 */
export function k2WaitDays(licenceClass: LicenceClass): number | null {
  if (HEAVY.includes(licenceClass) || licenceClass === 'C6') return 20
  if (licenceClass === 'D' || licenceClass === 'E' || licenceClass === 'F') return null
  return 10
}

/**
 * Days after the permit before 科目三 may be booked (E6; S1 art.44): 20 for C2 C3 C4 C5, 30 for
 * C1 M N P, 40 for A1 A2 A3 B1 B2 — 30 when the applicant already holds an 汽车类 licence and is
 * adding the class. Art.44 names no period for C6 (which takes no road test, S1 art.30 ¶3) or D E F: null.
 */
export function k3WaitDays(licenceClass: LicenceClass, addingToCarClassLicence: boolean): number | null {
  if (HEAVY.includes(licenceClass)) return addingToCarClassLicence ? 30 : 40
  switch (licenceClass) {
    case 'C2':
    case 'C3':
    case 'C4':
    case 'C5':
      return 20
    case 'C1':
    case 'M':
    case 'N':
    case 'P':
      return 30
    default:
      return null
  }
}

/** C6 adds 科目二 and 科目三 safe-driving knowledge only, no road test (S1 art.30 ¶3). */
export function takesRoadTest(licenceClass: LicenceClass): boolean {
  return licenceClass !== 'C6'
}
