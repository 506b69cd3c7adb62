/**
 * The platform's three business blocks and their items, in the order the platform lists them
 * (seed README §3). Keys name the locale text under `business.items`; features attach their
 * screens to these keys as they land.
 */
export interface BusinessBlock {
  readonly key: 'vehicle' | 'licence' | 'violation'
  readonly items: readonly string[]
  /** Done by hospitals for a driver, not by the driver: listed apart. */
  readonly hospitalItems: readonly string[]
}

export const BUSINESS_BLOCKS: readonly BusinessBlock[] = [
  {
    key: 'vehicle',
    items: ['plates', 'vehicleLicence', 'inspectionMark', 'inspectionBooking'],
    hospitalItems: []
  },
  {
    key: 'licence',
    items: [
      'renewalOnExpiry',
      'renewalForAge',
      'replaceDamaged',
      'replaceLost',
      'deferRenewal',
      'deferReview',
      'deferCertificate',
      'examBooking',
      'licenceContact'
    ],
    hospitalItems: ['hospitalCertificate']
  },
  {
    key: 'violation',
    items: ['electronicMonitoring', 'finePayment'],
    hospitalItems: []
  }
]

/**
 * Items whose screen has landed, by item key: the route that handles them. Every other item
 * stays marked as coming soon.
 */
export const BUSINESS_ROUTES: Readonly<Partial<Record<string, string>>> = {
  plates: 'vehicle-services',
  vehicleLicence: 'vehicle-services',
  inspectionMark: 'vehicle-services',
  renewalOnExpiry: 'licence',
  renewalForAge: 'licence',
  replaceDamaged: 'licence',
  replaceLost: 'licence',
  deferRenewal: 'licence',
  deferReview: 'licence',
  deferCertificate: 'licence',
  licenceContact: 'me-contacts',
  examBooking: 'exams',
  electronicMonitoring: 'violations',
  finePayment: 'violations'
}
