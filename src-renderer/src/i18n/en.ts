import type { MessageSchema } from './zh-CN'

const en: MessageSchema = {
  app: {
    title: 'Shandong Traffic Safety Integrated Service Platform',
    skipToContent: 'Skip to main content'
  },
  nav: {
    label: 'Platform sections'
  },
  sections: {
    home: 'Home',
    business: 'Business handling',
    navigation: 'Service navigation',
    announcements: 'Announcements',
    query: 'Information query',
    appDownload: 'App download',
    guide: 'Service guide'
  },
  locale: {
    switchLabel: 'Switch language',
    switchTo: '中文'
  },
  mode: {
    kiosk: 'Self-service kiosk',
    counter: 'Service counter'
  },
  roles: {
    anonymous: 'Not signed in',
    citizen: 'Citizen',
    org_agent: 'Organisation agent',
    clerk: 'Counter clerk',
    admin: 'Administrator'
  },
  sync: {
    badge: 'Sync: {state}',
    unknown: 'Status unknown',
    states: {
      never: 'Never synced',
      online: 'Online',
      offline: 'Offline',
      syncing: 'Syncing'
    },
    queued: '{count} waiting to upload'
  },
  demo: {
    banner: 'Demo terminal: generated data'
  },
  common: {
    comingSoon: 'Coming soon',
    retry: 'Retry',
    refresh: 'Refresh',
    none: 'None',
    errorCode: 'Error code: {code}'
  },
  home: {
    heading: 'Terminal overview',
    loadFailed: 'Could not read the terminal information',
    groups: {
      terminal: 'This terminal',
      records: 'Local records',
      database: 'Local database',
      sync: 'Sync with the central service'
    },
    facts: {
      terminal: 'Terminal name',
      mode: 'Terminal type',
      office: 'Office',
      enrolled: 'Central enrolment',
      role: 'Current role',
      appVersion: 'Software version',
      citizens: 'Citizen records',
      licences: "Driver's licences",
      vehicles: 'Motor vehicles',
      violations: 'Traffic violations',
      examPlans: 'Exam plans',
      dbSize: 'Database size',
      schemaVersion: 'Schema version',
      integrity: 'Integrity check',
      journalMode: 'Journal mode',
      syncState: 'Sync state',
      lastSync: 'Last sync',
      queueDepth: 'Commands waiting to upload',
      oldestPending: 'Oldest waiting since'
    },
    values: {
      enrolled: 'Enrolled',
      notEnrolled: 'Not enrolled',
      integrityOk: 'Intact'
    }
  },
  placeholder: {
    notice: 'This section is not open yet. Once open, it will offer:'
  },
  business: {
    lead: "The platform's business falls into three blocks. Each item will open on this terminal in turn.",
    forHospitals: 'For hospitals',
    blocks: {
      vehicle: 'Motor-vehicle business',
      licence: "Driver's licence business",
      violation: 'Violation handling'
    },
    items: {
      plates: 'Pre-select plate numbers, reissue lost plates',
      vehicleLicence: 'Reissue or replace the vehicle licence',
      inspectionMark: 'Reissue or replace the inspection-passed mark',
      inspectionBooking: 'Vehicle inspection appointment, change of contact details',
      renewalOnExpiry: 'Renewal on expiry',
      renewalForAge: 'Renewal for age',
      replaceDamaged: 'Replacement when damaged',
      replaceLost: 'Replacement when lost',
      deferRenewal: 'Deferred renewal',
      deferReview: 'Deferred review',
      deferCertificate: 'Deferred submission of the physical-condition certificate',
      examBooking: 'Exam appointment and cancellation',
      licenceContact: 'Change of contact details',
      hospitalCertificate: 'Hospitals submit physical-condition certificates',
      electronicMonitoring: 'Electronic-monitoring (camera) records',
      finePayment: 'Fine payment'
    }
  },
  pages: {
    navigation: {
      lead: 'Service navigation will tell you where each service is handled.',
      items: {
        terminalServices: 'The services this terminal offers',
        offices: "The vehicle offices of every city in the province and their counters",
        violationCounters:
          'Traffic-violation counters: where a disputed record, or a record not cleared after payment, is verified and resolved'
      }
    },
    announcements: {
      lead: 'Announcements will show notices published by the traffic police.',
      items: {
        examPlans: 'Driving-exam plans',
        examResults: 'Published exam-appointment results'
      }
    },
    query: {
      lead: 'Information query will let a signed-in citizen look up their own records.',
      items: {
        licence: "Their driver's licence",
        vehicles: 'Motor vehicles registered in their name',
        violations: 'Traffic-violation records and payment status',
        examBookings: 'Exam appointment applications and arrangement results'
      }
    },
    appDownload: {
      lead: 'When the platform went live it announced a mobile app as its next step, so that citizens can use the platform from their phones. Once the app is published, this section will show how to get it.'
    },
    guide: {
      lead: 'The service guide will explain the conditions, documents and deadlines of each service.',
      items: {
        registration: 'Personal and organisation registration',
        electronicMonitoring: 'The five conditions for handling electronic-monitoring records',
        finePayment:
          'Fine payment deadlines: a decided violation must be paid within 15 days; after that 3% of the fine is added each day, and the surcharge never exceeds the fine itself',
        examBooking: 'How online exam appointments are made and arranged'
      }
    }
  },
  errors: {
    UNKNOWN_METHOD: 'This terminal does not offer that function',
    INVALID_INPUT: 'Some input is invalid. Please check:',
    UNAUTHENTICATED: 'Please sign in first',
    FORBIDDEN: 'Your role may not do this',
    WRONG_TERMINAL_MODE: 'This type of terminal does not offer that function',
    NOT_FOUND: 'No matching record was found',
    CONFLICT: 'The record was changed by someone else. Refresh and try again',
    RULE_VIOLATION: 'This does not meet the handling rules',
    RATE_LIMITED: 'Too many attempts. Please wait and try again',
    DEVICE_ERROR: 'A device failed. Please ask the staff for help',
    TRANSPORT_ERROR: 'Cannot reach the terminal service. Please try again shortly',
    INTERNAL: 'Internal error. Please ask the staff for help'
  },
  rules: {}
}

export default en
