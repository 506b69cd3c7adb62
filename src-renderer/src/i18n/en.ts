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
      syncing: 'Syncing',
      standalone: 'Standalone'
    },
    queued: '{count} waiting to upload',
    openTasks: '{count} to follow up',
    offlineAllowance: 'Offline: {count} more card payments, up to ¥{amount} each',
    offlineNoCard: 'Offline: no more card payments',
    duration: {
      seconds: '{count} s',
      minutes: '{count} min',
      hours: '{count} h',
      days: '{count} d'
    },
    relative: {
      now: 'just now',
      ago: '{duration} ago',
      in: 'in {duration}',
      at: '{at} ({near})'
    },
    clock: {
      unknown: 'Not measured yet',
      inSync: 'Same as central',
      ahead: 'This terminal is {duration} ahead',
      behind: 'This terminal is {duration} behind'
    },
    /** Uploaded commands by method name, dots as underscores; others show their method name. */
    commands: {
      payments_pay: 'Fine payment',
      payments_settle: 'Payment outcome',
      auth_registerCitizen: 'Account registration',
      me_updateContacts: 'Contact details update',
      disputes_raise: 'Dispute raised',
      disputes_decide: 'Dispute decision',
      licence_apply: 'Licence service application',
      vehicle_apply: 'Vehicle service application',
      applications_decide: 'Application issued or withdrawn',
      plates_draw: 'Random plate numbers drawn',
      plates_compose: 'Composed plate numbers checked',
      plates_reserve: 'Plate pre-selection'
    }
  },
  demo: {
    banner: 'Demo terminal: generated data'
  },
  common: {
    comingSoon: 'Coming soon',
    retry: 'Retry',
    cancel: 'Cancel',
    refresh: 'Refresh',
    none: 'None',
    errorCode: 'Error code: {code}'
  },
  home: {
    heading: 'Terminal overview',
    account: {
      label: 'Sign-in and registration',
      anonymousTitle: 'Sign in to handle your own business',
      anonymousLead: 'Sign in with your ID card. No account yet? Register with your ID card and your driving licence or vehicle registration certificate.',
      welcome: 'Welcome, {name}'
    },
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
    go: 'Go',
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
  session: {
    signIn: 'Sign in',
    register: 'Register',
    signOut: 'Sign out',
    myPage: 'My page',
    counter: 'Counter',
    admin: 'Administration'
  },
  idle: {
    title: 'Signing out soon',
    countdown: 'Signing out in {seconds} s',
    why: 'Nothing has happened for a while. To protect your personal information, this terminal will sign out and clear the screen.',
    continue: 'Continue'
  },
  cardReader: {
    checking: 'Checking the card reader…',
    cardOf: 'ID card read: {name} ({id})',
    statusFailed: 'Could not read the card reader state',
    states: {
      unplugged: 'Card reader not connected',
      empty: 'No ID card on the reader',
      card_present: 'ID card detected',
      unreadable: 'The ID card cannot be read; place it again'
    }
  },
  fields: {
    idNumber: 'Resident ID number',
    password: 'Password',
    newPassword: 'Choose a password',
    confirmPassword: 'Repeat the password',
    uscc: 'Unified social credit code',
    username: 'User name',
    licenceFileNumber: 'Licence file number',
    plate: 'Plate number',
    vinLastSix: 'Last six characters of the VIN',
    phone: 'Mobile number',
    organisationName: 'Organisation name',
    agentIdNumber: "Agent's resident ID number",
    agentPhone: "Agent's mobile number"
  },
  password: {
    requirements: '8–64 characters with at least three of: lower-case letters, upper-case letters, digits, symbols',
    ok: 'The password meets the rules'
  },
  signIn: {
    title: 'Sign in',
    lead: 'Signed in, you can see your own driving licence, vehicles and traffic violations and handle the related business.',
    tabs: {
      staff: 'Staff sign-in',
      card: 'Sign in with ID card',
      citizen: 'ID number + password',
      organisation: 'Organisation sign-in'
    },
    card: {
      prompt: 'Place your ID card on the reader',
      hint: 'Once the reader has detected the card, press the button below to sign in.',
      submit: 'Read ID card and sign in'
    },
    organisationLead: 'Organisation accounts sign in with the unified social credit code and the password chosen at registration.',
    submit: 'Sign in',
    failed: 'Sign-in did not succeed',
    noAccount: 'No account yet?',
    goRegister: 'Register'
  },
  register: {
    title: 'Register',
    lead: 'Personal registration is checked against the vehicle-office archive: have your ID card ready, and your driving licence (file number) or the registration certificate of a vehicle in your name (plate and VIN).',
    leadClerk: 'Register an account for the citizen at the counter. You will then serve them straight away.',
    tabs: {
      personal: 'Personal registration',
      organisation: 'Organisation registration'
    },
    routeLegend: 'Prove who you are with',
    routes: {
      licence: 'Licence file number',
      vehicle: 'Plate number'
    },
    routeHints: {
      licence: 'The file number is the 12-digit number on the second page of the driving licence.',
      vehicle: 'The plate number and the VIN (vehicle identification number) are printed on the registration certificate; enter the last six characters of the VIN.'
    },
    submit: 'Register',
    failed: 'Registration did not succeed',
    haveAccount: 'Already have an account?',
    goSignIn: 'Sign in',
    organisation: {
      approvalTitle: 'Organisation registrations are approved at a counter',
      approval: 'After you submit, a clerk at a vehicle-office counter must approve the registration before the organisation account can sign in.',
      submit: 'Submit organisation registration',
      submittedTitle: 'Organisation registration submitted',
      submitted: 'The registration of "{name}" has been submitted and is waiting for approval at a counter. Once approved, sign in with the unified social credit code and the password.'
    }
  },
  organisationStatus: {
    pending: 'Waiting for approval',
    approved: 'Approved',
    rejected: 'Not approved'
  },
  me: {
    title: 'My page',
    loadFailed: 'Could not read the personal information',
    noAccountForClerk: 'This citizen has no account yet. Register them before linking a licence or vehicle.',
    bound: 'Linked',
    notBound: 'Not linked',
    bind: 'Link',
    unbind: 'Unlink',
    unbindTitle: 'Unlink',
    unbindConfirm: 'Unlink "{label}"? You can link it again later.',
    unbindFailed: 'Unlinking did not succeed',
    bindFailed: 'Linking did not succeed',
    boundMessage: 'Linked',
    unpaid: 'Unpaid traffic violations: {count}, fines in total {amount}',
    noUnpaid: 'No unpaid traffic violations',
    vehicles: 'Registered vehicles ({count})',
    noVehicles: 'No vehicles are registered in this name',
    person: {
      title: 'Personal details',
      name: 'Name',
      age: 'Age',
      years: '{age} years',
      noAccount: 'No account registered'
    },
    organisation: {
      status: 'Approval'
    },
    licence: {
      title: 'Driving licence',
      classes: 'Licence classes',
      validity: 'Valid',
      validRange: '{from} to {until}',
      longTerm: 'long term',
      office: 'Issued by',
      points: 'Points in the current scoring cycle',
      cycle: 'Scoring cycle: {start} to {end}',
      medicalDue: 'Submit a medical certificate by {date}',
      none: 'The archive holds no driving licence for this person'
    },
    vehicle: {
      label: 'Vehicle {plate}',
      plateType: 'Plate type',
      type: 'Vehicle type',
      brand: 'Make',
      inspectionDue: 'Inspection valid until',
      overdue: 'The inspection has expired; have the vehicle inspected soon'
    },
    bindLicence: {
      title: 'Link driving licence',
      lead: 'Enter the 12-digit file number from the second page of the driving licence. Only your own licence can be linked.'
    },
    bindVehicle: {
      title: 'Link vehicle',
      lead: 'Enter the plate number and the last six characters of the VIN as printed on the registration certificate. Only vehicles registered in your name can be linked.'
    }
  },
  licenceStatus: {
    valid: 'Valid',
    expired: 'Expired',
    detained: 'Detained',
    suspended: 'Suspended',
    revoked: 'Revoked',
    cancelled: 'Cancelled'
  },
  vehicleStatus: {
    normal: 'Normal',
    overdue_inspection: 'Inspection overdue',
    detained: 'Detained',
    scrapped: 'Scrapped',
    stolen: 'Reported stolen'
  },
  plateTypes: {
    '01': 'Large vehicle plate',
    '02': 'Small vehicle plate',
    '51': 'Large new-energy vehicle plate',
    '52': 'Small new-energy vehicle plate'
  },
  contacts: {
    title: 'Change contact details',
    why: 'The sign-in phone, the licence contact record and each vehicle contact record are three separate records in the traffic police systems; reminders such as licence renewal and inspection go to the licence and vehicle records, and a change must be reported within 30 days, so update them together.',
    backToMe: 'Back to my page',
    loadFailed: 'Could not read the contact details',
    signInPhone: 'Sign-in phone',
    signInPhoneNote: 'The mobile number of your account on this platform.',
    licenceRecord: 'Licence contact record',
    licenceNote: 'Phone and address in the driving licence archive.',
    vehicleRecords: 'Vehicle contact records',
    vehicleNote: 'The phone in each vehicle archive, recorded per vehicle.',
    vehicleRecord: 'Vehicle {plate}',
    address: 'Address',
    notRecorded: 'Not recorded',
    updateTitle: 'Update several records at once',
    newPhone: 'New mobile number',
    newAddress: 'New address (optional)',
    addressHint: 'The address goes into the licence contact record only; leave it empty to keep the current one.',
    targetsLegend: 'Update these records',
    submit: 'Update contact details',
    updateFailed: 'The contact details were not updated',
    updatedTitle: 'Contact details updated',
    vehiclesUpdated: 'Contact records of {count} vehicle(s)'
  },
  counter: {
    title: 'Counter',
    lead: 'Find the citizen, verify their identity, then act for them.',
    registerCitizen: 'Register a citizen',
    goDisputes: 'Disputes',
    servingLabel: 'Citizen being served',
    serving: 'Serving {name} ({id})',
    endService: 'End service',
    endServiceFailed: 'Could not end the service',
    resetPassword: 'Reset sign-in password',
    resetPasswordFor: 'Reset the sign-in password of {name}',
    resetPasswordFailed: 'Could not reset the password',
    passwordReset: 'Password reset; any lock-out lifted',
    tasks: {
      title: 'Follow-up tasks',
      lead: 'Business from this counter that the central service did not accept when it re-checked it, and that the counter must follow up: refund the citizen, or review it and explain to them. Close each with a note of what was done.',
      linkCount: 'Follow-up tasks ({count})',
      filter: 'Show',
      filters: {
        open: 'Open',
        done: 'Done',
        all: 'All'
      },
      none: {
        open: 'There is nothing to follow up.',
        done: 'No task has been closed yet.',
        all: 'There are no tasks.'
      },
      failed: 'The follow-up tasks could not be read',
      kinds: {
        refund: 'Refund',
        review: 'Review'
      },
      states: {
        done: 'Done'
      },
      refundLead: 'Money was taken from the citizen but the central service did not accept the payment: refund the citizen.',
      reviewLead: 'The central service did not accept this; review it and tell the citizen.',
      reason: 'Reason: {reason}',
      amount: 'Amount taken',
      decisionNumbers: 'Decision numbers',
      paymentId: 'Payment ID',
      createdAt: 'When',
      code: 'Refusal code',
      separator: ', ',
      resolve: 'Mark as done',
      resolveTitle: 'Close the follow-up task',
      resolveRefundLead: 'Confirm that ¥{amount} has been refunded to the citizen, and say how.',
      resolveReviewLead: 'Note the outcome of the review and how the citizen was told.',
      note: 'What was done',
      notePlaceholder: 'For example: refunded to the UnionPay card; citizen told by phone.',
      resolveSubmit: 'Close the task',
      resolveFailed: 'The task was not closed',
      resolved: 'Task closed',
      resolution: 'Closed {at} by {by}: {note}'
    },
    lookup: {
      title: 'Find a citizen',
      label: 'Search for',
      placeholder: 'ID number, plate, licence file number, name or pinyin initials',
      hint: 'For example 鲁A12345, or zs for 张三.',
      submit: 'Search',
      failed: 'The search did not succeed',
      none: 'No citizen matches "{query}"',
      caption: 'Results for "{query}"',
      plates: 'Plates',
      action: 'Action',
      hasLicence: 'Yes',
      serve: 'Serve'
    },
    verify: {
      title: 'Verify identity',
      who: '{name} ({id})',
      lead: 'Choose how the identity is verified. After verification you act in this citizen’s name.',
      cardReader: 'Card reader',
      cardReaderHint: 'The citizen places their ID card on the reader and the system checks it.',
      cardReaderSubmit: 'Verify by card and serve',
      inspected: 'Inspected ID card',
      inspectedHint: 'You have inspected the original ID card and the person matches it.',
      inspectedSubmit: 'Card inspected, start serving',
      failed: 'Verification did not succeed'
    },
    pending: {
      title: 'Organisation registrations to approve',
      lead: "Check the organisation's documents and the agent's original ID card before deciding.",
      failed: 'The action did not succeed',
      none: 'No organisation registration is waiting.',
      agent: 'Agent',
      submittedAt: 'Submitted',
      note: 'Note',
      noteFor: 'Note on "{name}"',
      approve: 'Approve',
      reject: 'Reject',
      decided: {
        approved: 'Approved the registration of "{name}"',
        rejected: 'Rejected the registration of "{name}"'
      }
    }
  },
  admin: {
    title: 'Administration',
    tabs: { sync: 'Sync', staff: 'Staff', examPlans: 'Exam plans', calendar: 'Holiday calendar', audit: 'Audit log' },
    sync: {
      title: 'Sync',
      lead: "Data exchange between this terminal and the central service: the business done here queues for upload, and the central records download by partition and are checked. Without a connection business carries on, and the queue uploads once the connection is back.",
      leadStandalone: 'This terminal is not enrolled with the central service: it runs on its own, on demo data, and uploads nothing.',
      failed: 'The sync status could not be read',
      syncNow: 'Sync now',
      syncNowDone: 'Sync complete',
      syncNowFailed: 'The sync did not succeed',
      detail: 'Details: {message}',
      lastError: 'Last sync error ({at})',
      clockWarning: "This terminal's clock is more than a minute away from the central clock, so payment and receipt times are off. Please set the system time.",
      policy: 'Offline rules: the terminal counts as offline after {after} without reaching the central service. While offline, at most {count} card payments of up to ¥{amount} each may be taken; cash is not limited. Publishing exam plans and allocating seats need the connection.',
      figures: {
        state: 'Connection',
        lastSync: 'Last successful sync',
        lastAttempt: 'Last attempt',
        nextAttempt: 'Next attempt',
        notScheduled: 'Not scheduled',
        never: 'Never',
        queueDepth: 'Waiting to upload',
        queueValue: '{count}',
        oldestPending: 'Oldest waiting',
        waiting: 'for {duration}',
        clockOffset: 'Clock offset',
        openTasks: 'Follow-up tasks',
        openTasksValue: '{count}',
        terminalId: 'Terminal ID',
        office: 'Office',
        officeValue: '{name} ({code})',
        centralUrl: 'Central service address'
      },
      enrol: {
        title: 'Enrol with the central service',
        lead: 'Enter the central service address and the one-time enrolment code its administrator issued for this terminal.',
        warning: "Please note: enrolling deletes all of this terminal's demo data and replaces it with the central service's records. This cannot be undone.",
        url: 'Central service address',
        urlPlaceholder: 'e.g. https://sync.example.cn',
        code: 'One-time enrolment code',
        codeHint: 'The code is valid for a limited time and works only once.',
        passwordLead: 'Set a new password for your own administrator account (the demo password is published and cannot stay). After enrolling with a production central service every other staff account is disabled; give each person a new password under Staff and enable them again.',
        submit: 'Enrol and replace the demo data',
        failed: 'The terminal was not enrolled',
        done: 'Enrolled with the central service as terminal {terminalId}'
      },
      partitions: {
        title: 'Data partitions',
        partition: 'Partition',
        province: 'Province',
        cursor: 'Downloaded to',
        head: 'Central head',
        unknownHead: 'Unknown',
        state: 'Progress',
        behindBy: '{count} behind',
        progress: {
          snapshotting: 'Downloading a full copy',
          unknown: 'Not compared with central yet',
          caughtUp: 'Up to date'
        },
        checksum: 'Consistency check',
        checksums: {
          unchecked: 'Not checked',
          ok: 'Matches',
          mismatch: 'Does not match',
          repaired: 'Repaired'
        },
        verifiedAt: 'checked {at}'
      },
      rejected: {
        title: 'Refused by the central service',
        lead: "Business the central service refused when it re-checked the rules. Anything that needs a refund or an explanation to the citizen is listed in the counter's follow-up tasks.",
        none: 'Nothing has been refused.',
        at: 'Time',
        command: 'Business',
        reason: 'Reason'
      }
    },
    staff: {
      title: 'Staff accounts',
      create: 'New account',
      createFailed: 'The account was not created',
      updateFailed: 'The action did not succeed',
      displayName: 'Name',
      role: 'Role',
      state: 'State',
      active: 'Active',
      disabled: 'Disabled',
      lockedUntil: 'Locked until {time}',
      enable: 'Enable',
      disable: 'Disable',
      resetPassword: 'Reset password',
      resetPasswordFor: 'Reset the password of "{name}"',
      unlock: 'Unlock',
      created: 'Account {username} created',
      passwordReset: 'Password of "{name}" reset',
      enabledMessage: '"{name}" enabled',
      disabledMessage: '"{name}" disabled',
      unlockedMessage: '"{name}" unlocked'
    },
    audit: {
      title: 'Audit log',
      lead: 'Every audit line carries the hash of the line before it. Verification walks the whole chain and finds lines that were changed or removed.',
      verify: 'Verify audit chain',
      failed: 'Could not read the audit log',
      ok: 'The audit chain is intact: {lines} lines',
      broken: 'The audit chain is broken at line {line}',
      reason: 'Reason: {reason}',
      recent: 'Latest {count} lines (newest first)',
      seq: 'No.',
      at: 'Time',
      actor: 'By',
      onBehalfOf: 'On behalf of',
      action: 'Action',
      subject: 'Subject'
    },
    examPlans: {
      title: 'Exam plans',
      lead: "This office's exam plans. On the results day, run the arrangement to seat applicants and publish the results.",
      failed: 'The exam plans could not be loaded',
      none: 'No exam plans.',
      subject: 'Subject',
      classes: 'Licence classes',
      window: 'Booking window',
      resultsOn: 'Results day',
      firstExamOn: 'First exam',
      sessions: 'Sessions / seats',
      sessionsValue: '{sessions} sessions / {seats} seats',
      pending: 'Pending',
      allocation: 'Arrangement',
      allocated: 'Arranged: {seated}/{applications} seated (seed {seed})',
      notYet: 'Not arranged',
      allocate: 'Arrange and publish results',
      allocateFailed: 'The arrangement did not run',
      allocatedMessage: 'Arranged: {seated}/{applications} seated',
      create: {
        title: 'Publish an exam plan',
        bookingBy: 'Booking by',
        opensOn: 'Window opens',
        closesOn: 'Window closes',
        resultsOn: 'Results day',
        sessions: 'Sessions',
        venue: 'Venue',
        date: 'Date',
        time: 'Start time',
        capacity: 'Seats',
        addSession: 'Add session',
        removeSession: 'Remove',
        submit: 'Publish',
        failed: 'The exam plan was not published',
        created: 'Exam plan published; first exam on {firstExamOn}'
      }
    },
    examSettings: {
      title: 'Exam booking rules',
      lead: 'Two rules the regulations leave to local conditions. Once saved, every kiosk and counter of this office books, ranks and allocates with them (synced through the central service).',
      loadFailed: 'Could not read the exam booking rules',
      concurrent: 'Allow 科目二 and 科目三 road tests to be booked at the same time',
      concurrentHint: 'Where conditions allow, an applicant may book 科目三 before finishing 科目二 (S1 art.39). When off, one subject must be finished before the next is booked.',
      priority: 'Learners whose permit has under six months left may book each subject once with priority',
      priorityHint: 'When on, such applicants are ranked ahead of the others in the allocation.',
      sourceTerminal: "This office has not set its rules yet; this terminal's configuration file applies. Saving makes them the office's rules.",
      sourceOffice: "The office's rules, changed {at}",
      sourceOfficeBy: "The office's rules, changed by {by} {at}",
      save: 'Save rules',
      saved: 'Exam booking rules saved',
      saveFailed: 'The exam booking rules were not saved'
    },
    holidayCalendar: {
      title: 'Holiday calendar',
      lead: "Working days are counted on this calendar (for example the cancellation deadline one working day before an exam). Enter each year from the State Council's holiday notice: the days off (including weekdays moved into a holiday) and the weekend days worked instead. A saved year applies on every terminal of the province (synced through the central service); an enrolled terminal saves only while it reaches the central service.",
      year: 'Year',
      prevYear: 'Previous year',
      nextYear: 'Next year',
      loadFailed: 'The holiday calendar could not be read',
      sourceBuiltin: 'Built-in {year} data (check it against the State Council notice)',
      sourceAdmin: 'Changed by an administrator on {at}',
      sourceNone: 'Not entered for this year: only Saturdays and Sundays are days off',
      addTitle: 'Add a date',
      date: 'Date',
      kind: 'Type',
      kinds: {
        holiday: 'Day off',
        makeup: 'Make-up working day'
      },
      add: 'Add',
      entries: '{count} dates',
      none: 'No holidays or make-up working days this year.',
      remove: 'Remove',
      removeLabel: 'Remove {date}',
      unsaved: 'There are unsaved changes',
      save: 'Save this year',
      discard: 'Discard changes',
      saved: 'Holiday calendar for {year} saved',
      saveFailed: 'The holiday calendar was not saved'
    }
  },
  exams: {
    title: 'Exam appointments',
    lead: 'Book a driving exam, see the arrangement results, or cancel a booking.',
    leadForClerk: 'Booking exams for {name}.',
    loadFailed: 'Could not read the exam appointments',
    goMe: 'Exam appointments',
    subjects: {
      k1: 'Subject 1',
      k2: 'Subject 2',
      k3_road: 'Subject 3 road driving',
      k3_safety: 'Subject 3 safe and civil driving knowledge'
    },
    application: {
      action: 'Accept a licence application',
      reapplyAction: 'Apply again (accept a new licence application)',
      title: 'Accept a licence application',
      lead: 'After checking the identity document, accept a licence application for the citizen being served. 科目一 can then be booked; the learner\'s permit is issued once 科目一 is passed.',
      reapply: 'After a new application, the exams and bookings of the earlier one no longer count: the exams start again from 科目一.',
      licenceClass: 'Licence class applied for',
      adding: 'Already holds a car-class licence; this application adds a class',
      confirm: 'Accept the application',
      failed: 'The licence application was not accepted',
      done: 'Licence application accepted'
    },
    permit: {
      title: "Learner's permit",
      none: "No learner's permit on record. A licence application must be accepted before exams can be booked.",
      licenceClass: 'Licence class',
      accepted: 'Application accepted',
      issued: "Learner's permit issued",
      notIssued: 'Not issued yet',
      lastValidDay: 'Valid until',
      bookingsUsed: 'Bookings used',
      bookingsUsedValue: 'Subject 2 {k2}/{limit}, Subject 3 road driving {k3}/{limit}',
      passed: 'Subjects passed',
      passedNone: 'No subject passed yet',
      passedOn: '{subject} ({date})',
      earliestK2: 'Subject 2 bookable from',
      earliestK3: 'Subject 3 road driving bookable from',
      voidTitle: 'Passed subjects void',
      voidReason: 'Booking no. {limit} of {subject} ({date}) was {outcome}, so every subject passed is void: apply again and start from Subject 1.',
      voidOutcomes: {
        fail: 'failed again',
        absent: 'missed (counts as failed)'
      },
      voidedOn: '{subject} ({date}, void)'
    },
    bookings: {
      title: 'My bookings',
      slip: 'Appointment slip',
      slipSave: 'Save the appointment slip (PDF)',
      slipHint: 'The QR code can be verified offline',
      slipFailed: 'The appointment slip could not be fetched',
      none: 'No exam bookings.',
      status: {
        pending: 'Awaiting arrangement',
        cancelled: 'Cancelled',
        seated: 'Exam arranged',
        not_seated: 'Not arranged',
        result_pending: 'Result pending',
        completed: 'Exam taken'
      },
      outcomes: {
        pass: 'Passed',
        fail: 'Failed',
        absent: 'Absent (counts as failed)'
      },
      resultLine: 'Exam result: {outcome}',
      resultPendingNote: 'The exam day has passed; the result has not been recorded yet.',
      recordResult: 'Record the result',
      recordTitle: 'Record the exam result',
      recordLead: '{subject}, exam on {date} at {venue}. Choose the result the exam system gives:',
      recordNoShow: 'A no-show counts as a failed exam: it uses one booking, and 科目二 or 科目三 can be booked again only after 10 days.',
      recordOnce: 'A booking takes one result, which cannot be changed once recorded.',
      recordConfirm: 'Record',
      recordFailed: 'The exam result was not recorded',
      recorded: 'Exam result recorded',
      modes: {
        self_select: 'Choose sessions myself',
        arrangement: 'Accept the platform’s arrangement'
      },
      place: 'Venue or region',
      sessions: 'Sessions chosen',
      sessionCount: '{count} session(s)',
      range: 'Acceptable dates',
      rangeValue: '{from} to {to}',
      submittedAt: 'Submitted',
      rankingTitle: 'Ranking time: {at}',
      rankingReasons: {
        application_accepted: 'Ranked by when the licence application was accepted',
        previous_exam: 'Ranked by the time of the previous exam',
        cancelled_booking: 'Ranked by when a booking was cancelled'
      },
      priority: 'Priority',
      standing: 'You are number {position} of {applicants} applicants, for {seats} seats.',
      seat: 'Exam arranged: {venue}, {date} {time}',
      notSeated: {
        NO_ACCEPTABLE_SESSION: 'No session could be arranged on the sessions or dates you chose, so this booking was not arranged.',
        NO_CAPACITY_AT_RANK: 'When your turn came by ranking time, the sessions you chose were full, so this booking was not arranged.'
      },
      cancelDeadline: 'Last day to cancel',
      cancel: 'Cancel booking',
      cancelTitle: 'Cancel exam booking',
      cancelPending: 'A booking awaiting arrangement can be cancelled until the booking window closes ({date}).',
      cancelPendingNoDate: 'A booking awaiting arrangement can be cancelled until the booking window closes.',
      cancelSeated: 'An arranged exam can be cancelled until one working day before the exam ({date}).',
      cancelNoShow: 'Not attending an arranged exam without cancelling in time counts as a failed attempt.',
      cancelAsk: 'Cancel this booking?',
      cancelConfirm: 'Cancel it',
      keep: 'Keep it',
      cancelFailed: 'Could not cancel the booking',
      cancelled: 'The booking is cancelled'
    },
    plans: {
      title: 'Book an exam',
      none: 'No exam plan is open for booking now.',
      office: 'Published by',
      classes: 'Licence classes',
      window: 'Booking window',
      windowValue: '{from} to {to}',
      resultsOn: 'Results published',
      firstExamOn: 'First exam day',
      bookingBy: {
        venue: 'Booked by venue',
        region: 'Booked by region'
      },
      places: 'Venues or regions',
      refused: 'Cannot book:',
      book: 'Book this plan'
    },
    book: {
      title: 'Book {subject}',
      place: 'Choose a venue or region',
      regionNote: 'When booking by region, the venue is drawn at random when results are published; the draw’s seed is recorded so the result can be checked.',
      venues: 'Venues: {venues}',
      mode: 'How to book',
      selfSelectHint: 'Choose one or more sessions you can attend; seats go by ranking time.',
      arrangementHint: 'Choose the dates you can attend; the platform arranges any session within them.',
      sessionsCaption: 'Exam sessions at {place}',
      date: 'Date',
      time: 'Time',
      venue: 'Venue',
      capacity: 'Seats',
      demand: 'Applied',
      pick: 'Choose',
      noSessions: 'This venue or region has no sessions in this plan.',
      from: 'Earliest date',
      to: 'Latest date',
      chosen: '{count} session(s) chosen',
      submit: 'Submit booking',
      back: 'Back',
      failed: 'Could not submit the booking',
      done: 'Booking submitted',
      doneLead: 'Results are published on {date}. Note your ranking time and current position.',
      backToList: 'Back to my bookings'
    }
  },
  licence: {
    title: "Driver's licence services",
    lead: 'Renewal on expiry, renewal for age, replacement when damaged or lost, and deferrals. Each service says whether it can be applied for now; once accepted, collect the new licence at a counter.',
    leadForClerk: "Driver's licence services for {name}. Once accepted, issue them under “Applications to issue”.",
    loadFailed: "The driver's licence services could not be read",
    card: {
      title: "Driver's licence",
      fileNumber: 'File number',
      classes: 'Classes',
      validity: 'Valid',
      validRange: '{from} to {until}',
      longTerm: 'long-term',
      status: 'Status',
      office: 'Issued by',
      age: 'Age',
      ageValue: '{age} years'
    },
    none: 'No driving licence is held in this name',
    noneHint: 'Without a licence there is nothing to renew, replace or defer. For a first licence, apply at a counter and then book the exams.',
    servicesTitle: 'Services',
    services: {
      renewal: 'Renewal on expiry',
      age_exchange: 'Renewal for age',
      replace_damaged: 'Replacement when damaged',
      replace_lost: 'Replacement when lost',
      defer_renewal: 'Deferred renewal',
      defer_review: 'Deferred review',
      defer_certificate: 'Deferred physical-condition certificate'
    },
    hints: {
      renewal: 'Apply within 90 days before the licence expires, with a physical-condition certificate issued within 6 months; all violations must be handled.',
      age_exchange: 'From 60 or 70, classes that may no longer be driven are exchanged for classes that may.',
      replace_damaged: 'A new licence when the old one is damaged beyond reading, or when the registered personal details changed.',
      replace_lost: 'A new licence when the old one is lost; the old licence becomes void.',
      defer_renewal: 'When military service, a stay abroad or similar prevents renewing on time: deferred by up to 3 years.',
      defer_review: 'When military service, a stay abroad or similar prevents the review on time: deferred by up to 3 years.',
      defer_certificate: 'For drivers of 70 or over who cannot submit the yearly physical-condition certificate on time: deferred by up to 3 years.'
    },
    form: {
      certificateIssuedOn: 'Physical-condition certificate issued on',
      certificateHint: 'The certificate is valid for 6 months from issue, and cannot be dated after today.',
      target: 'Exchange for class',
      targetHint: 'Classes that may no longer be driven are exchanged for the small-car class chosen here; the others are kept.',
      targets: {
        C1: 'C1 small car',
        C2: 'C2 small automatic car'
      },
      damagedReason: 'Reason',
      damagedReasons: {
        damaged: 'Damaged beyond reading',
        details_changed: 'Registered details changed'
      },
      damagedHint: 'Bring the damaged licence when collecting the new one; after a change of details the new licence carries the new details.',
      lostWarning: 'Once the new licence is issued the old one is void: even if found, it may no longer be used and should be handed in.',
      deferReason: 'Reason for deferring',
      deferReasons: {
        military: 'Military service',
        abroad: 'Abroad',
        other: 'Other'
      },
      reasonNote: 'Reason in detail',
      reasonNotePlaceholder: 'Why it cannot be done on time (at least 4 characters)',
      until: 'Defer until',
      untilHint: 'At most 3 years, until {latest} at the latest. No driving while deferred.',
      deferOffice: 'Deferrals are handled only by the issuing office, {office}.',
      submitLost: 'Replace; the old licence becomes void'
    },
    collect: 'The new licence is issued at a counter: collect it there with the application number.',
    collectDefer: 'Complete it at a counter with the application number; the deferral takes effect then.'
  },
  applications: {
    subjects: {
      licence: "Driver's licence",
      vehicle: 'Vehicle'
    },
    available: 'Available',
    refused: 'Not available now',
    ruleCode: 'Rule: {rule}',
    apply: 'Apply: {service}',
    applyFor: 'Apply: {service} ({target})',
    outcome: 'Outcome',
    readyBy: 'Ready by (at the latest)',
    form: {
      title: 'Apply: {service}',
      submit: 'Apply',
      failed: 'The application was not accepted'
    },
    accepted: {
      title: '{service}: application accepted',
      dismiss: 'OK',
      done: 'Accepted: {number}'
    },
    mine: {
      title: 'My applications',
      none: {
        licence: 'No licence applications yet.',
        vehicle: 'No vehicle applications yet.'
      },
      number: 'Application number',
      subjectLabel: {
        licence: 'Licence file number',
        vehicle: 'Plate'
      },
      submittedAt: 'Applied',
      decidedAt: 'Decided',
      office: 'Office',
      decision: 'Counter note: {note}',
      states: {
        accepted: 'Accepted',
        completed: 'Completed',
        withdrawn: 'Withdrawn'
      }
    },
    counter: {
      title: 'Applications to issue',
      lead: "This office's accepted licence and vehicle applications, oldest first. Check the documents, then complete (issue the licence, plates, vehicle licence or inspection label) or withdraw with the reason.",
      back: 'Back to the counter',
      failed: 'The applications to issue could not be read',
      none: 'No applications are waiting.',
      caption: 'Licence and vehicle applications waiting to be issued',
      citizen: 'Applicant',
      kind: 'Service',
      submittedAt: 'Accepted',
      action: 'Action',
      complete: 'Complete',
      withdraw: 'Withdraw',
      decisionTitle: {
        complete: 'Complete the application',
        withdraw: 'Withdraw the application'
      },
      decisionLead: '{number} · {citizen} · {service} · {label}',
      completeEffect: {
        licence: 'Once completed the licence changes as follows: {summary}',
        vehicle: 'Once completed the following is issued: {summary}'
      },
      withdrawEffect: {
        licence: 'A withdrawn application is not issued and the licence stays as it is; the citizen may apply again and sees the reason.',
        vehicle: 'A withdrawn application is not issued and the vehicle record stays as it is; the citizen may apply again and sees the reason.'
      },
      note: 'Note (optional)',
      noteRequired: 'Reason for withdrawing',
      notePlaceholder: 'For example: old document taken back, new one handed over.',
      withdrawPlaceholder: 'For example: the applicant did not bring the original ID.',
      submit: {
        complete: 'Complete',
        withdraw: 'Withdraw'
      },
      decisionFailed: 'That did not work',
      done: {
        complete: 'Completed {number}',
        withdraw: 'Withdrawn {number}'
      }
    }
  },
  vehicle: {
    title: 'Vehicle services',
    lead: 'Replacement plates and vehicle licences, and inspection labels. Each service of each vehicle says whether it can be applied for now; once accepted, collect the result at a counter.',
    leadForClerk: 'Vehicle services for the vehicles registered to {name}. Once accepted, issue them under “Applications to issue”.',
    loadFailed: 'The vehicle services could not be read',
    none: 'No vehicle is registered in this name',
    noneHint: "Vehicle services are only for vehicles registered to the applicant; an organisation's vehicles are handled by the organisation at a counter.",
    listTitle: 'Vehicles registered in this name ({count})',
    card: {
      label: 'Vehicle services for {plate}',
      vehicleType: 'Vehicle type',
      useNature: 'Use',
      registeredOn: 'Registered on',
      inspectionDue: 'Inspection valid until',
      office: 'Registered by'
    },
    services: {
      plate_replace: 'Replacement plates',
      vehicle_licence_replace: 'Replacement vehicle licence',
      inspection_label: 'Inspection label',
      label_replace: 'Replacement inspection label'
    },
    hints: {
      plate_replace: 'When plates are lost or damaged: plates with the same number are reissued by the registering office within 15 working days, with a temporary plate if needed.',
      vehicle_licence_replace: 'When the vehicle licence is lost or damaged: reissued by the registering office, ready the next working day.',
      inspection_label: 'Within 3 months before the inspection validity ends; all violations handled and the compulsory insurance in force.',
      label_replace: 'When the inspection label is lost or damaged: reissued with the compulsory insurance in force; the inspection validity stays the same.'
    },
    testRequired: 'This time the vehicle must first be inspected at an inspection station; give the inspection date when applying.',
    testExempt: 'This time the vehicle is exempt from the on-site inspection; the label can be applied for straight away.',
    collect: 'Collect it at a counter with the application number; it is ready on {readyBy} at the latest.',
    form: {
      title: 'Apply: {service} ({plate})',
      reason: 'Reason',
      reasons: {
        lost: 'Lost',
        damaged: 'Damaged'
      },
      temporaryPlate: 'Temporary plate',
      temporaryPlateYes: 'Also apply for a temporary plate',
      temporaryPlateHint: 'A temporary plate is valid for 15 days, for driving until the new plates are collected.',
      plateWarning: 'Once plates with the same number are reissued the old ones are void: even if found, they may no longer be used and should be handed in.',
      licenceWarning: 'Once the new vehicle licence is issued the old one is void, even if found.',
      insuranceValidUntil: 'Compulsory insurance valid until',
      insuranceHint: 'The end of the period of the compulsory traffic accident liability insurance policy; not before today.',
      testedOn: 'Inspection date',
      testedOnHint: 'The date of the inspection station’s report; not after today.'
    }
  },
  plates: {
    title: 'Plate pre-selection',
    lead: 'Before a new small car is registered, its plate number can be chosen: drawn at random or composed yourself. The chosen number is held for 3 working days.',
    leadForClerk: 'Pre-select the plate number of a new car for {name}: drawn at random or composed by the applicant.',
    go: 'Plate pre-selection',
    newCarHint: 'For a new small car not registered yet, the plate number can be chosen first:',
    goVehicle: 'Vehicle services',
    summary: {
      title: 'Before you choose',
      prefix: 'Plate prefix',
      pattern: 'Selection rule',
      patternText: 'The 5 characters after the office letter: the first is a letter and exactly one of the other 4 is a letter; the 3 digits are not all 0 and never 3 identical digits in a row; the letters I and O are not used.',
      random: 'Random numbers',
      randomText: 'Up to {batches} batches of {count} numbers per vehicle; pick within about {seconds} seconds or the batch is forfeited.',
      composed: 'Composed numbers',
      composedText: 'Up to {count} per vehicle; numbers that break the rule or are taken count too.',
      hold: 'Held for',
      holdText: 'The chosen number is held for {days} working days; register the car at a vehicle office within that time.',
      once: 'Each vehicle can pre-select a number once; it cannot be changed after confirming.'
    },
    vin: {
      label: 'Vehicle identification number (VIN)',
      hint: '17 characters, on the certificate of conformity or the purchase invoice; the letters I, O and Q are not used.',
      submit: 'Start',
      change: 'Another vehicle',
      current: 'VIN',
      failed: 'Selection could not start'
    },
    tabs: {
      random: 'Random numbers',
      composed: 'Composed numbers'
    },
    random: {
      draw: 'Draw a batch',
      left: '{count} batches left',
      batch: 'Batch {number} of {total}',
      countdown: '{seconds} s left',
      countdownLabel: 'Time left for this batch',
      clockNote: 'Timed on this terminal: after about {seconds} seconds the batch is forfeited and the next one must be drawn. Drawing the next batch forfeits the current one too.',
      expired: 'This batch is more than {seconds} seconds old and has been forfeited. Please draw the next batch.',
      expiredLast: 'This batch is more than {seconds} seconds old and has been forfeited; all {batches} random batches are used, so please compose a number instead.',
      none: 'No numbers drawn yet. Choose “Draw a batch” and pick one of {count} random numbers.',
      used: 'All {batches} random batches are used; please compose a number instead.',
      pickHint: 'Choose a number to pick it; you can still cancel before confirming.',
      pick: 'Pick {plate}',
      failed: 'The batch could not be drawn'
    },
    composed: {
      left: '{count} of {total} left',
      candidate: 'Composed number {number}',
      hint: 'Type the 5 characters after the office letter, up to 5 numbers at a time, checked in order; numbers that break the rule or are taken count too.',
      submit: 'Check numbers',
      empty: 'Type at least one composed number',
      results: 'Results',
      free: 'Available',
      refused: 'Not available:',
      rule: 'Rule: {rule}',
      reserve: 'Pre-select this number',
      used: 'All {count} composed numbers are used; please draw random numbers instead.',
      failed: 'The numbers could not be checked'
    },
    confirm: {
      title: 'Confirm the plate number',
      lead: 'Pre-select this plate number for the vehicle?',
      final: 'It cannot be changed after confirming: each vehicle pre-selects a number once.',
      hold: 'The number is held for {days} working days; register the car at a vehicle office within that time.',
      expired: 'This batch has timed out and is forfeited; no number can be picked from it. Close this and draw the next batch.',
      submit: 'Confirm',
      failed: 'The number could not be pre-selected'
    },
    result: {
      title: 'Plate number pre-selected',
      alreadyTitle: 'This vehicle already has a pre-selected number',
      plate: 'Plate number',
      heldUntil: 'Held until',
      vin: 'VIN',
      reservedAt: 'Pre-selected at',
      source: 'Chosen by',
      notice: 'Register the car at a vehicle office while the number is held; after that the number is taken back.'
    },
    sources: {
      random: 'Random numbers',
      composed: 'Composed number'
    },
    states: {
      held: 'Held',
      lapsed: 'Lapsed, taken back'
    },
    mine: {
      title: 'My pre-selected plates',
      none: 'No plate number pre-selected yet.',
      loadFailed: 'The pre-selected plates could not be read'
    }
  },
  violations: {
    headings: {
      select: 'Traffic violations',
      confirm: 'Confirm the payment',
      paying: 'Paying',
      result: 'Payment result'
    },
    lead: 'Violation records of your own licence and your bound vehicles. Camera records are handled and paid here; decided records are paid here.',
    leadForClerk: 'Serving {name}: violation records of their licence and their vehicles.',
    loadFailed: 'The violation records could not be read',
    totals: '{count} not paid yet: fines {fine}, late fees {surcharge}, total {total}',
    nothingOwed: 'No violation records to pay',
    handle: 'Handle',
    groups: {
      label: 'Records shown',
      camera: 'Unhandled camera records',
      unpaid: 'Awaiting payment',
      all: 'All'
    },
    empty: {
      camera: 'No unhandled camera records.',
      unpaid: 'No records awaiting payment.',
      all: 'No violation records.'
    },
    kinds: {
      on_the_spot: 'On-the-spot penalty',
      general: 'Ordinary procedure',
      camera: 'Traffic camera'
    },
    states: {
      unhandled: 'Unhandled',
      unpaid: 'Awaiting payment',
      paying: 'Payment in progress',
      paid: 'Paid',
      confirmed: 'Paid (confirmed)'
    },
    disputed: 'Disputed',
    dispute: {
      action: 'Dispute',
      actionFor: 'Dispute “{what}”',
      open: 'Dispute under review',
      openDetail: '{office} reviews it and decides by {dueOn}. Until then the record cannot be handled or paid.',
      upheld: 'Dispute upheld',
      upheldDetail: 'Dispute upheld: {note}',
      rejected: 'Dispute rejected',
      rejectedDetail: '{office} reviewed the dispute and rejected it: {note}'
    },
    occurredAt: 'Time',
    place: 'Place',
    office: 'Handling office',
    code: 'Violation code',
    fine: 'Fine',
    surcharge: 'Late fee',
    points: 'Points',
    pointsValue: '{points}',
    decisionNumber: 'Decision number',
    recordNumber: 'Record number',
    paidAt: 'Paid at',
    cameraNote: 'A camera record is handled only once its fine is paid; the penalty decision and the points come with the payment.',
    selectToHandle: 'Handle and pay',
    selectToPay: 'Pay this',
    choiceLabel: '{action}: {what}',
    goBind: 'Bind on my page',
    reasons: {
      EMON_POINTS_WOULD_REACH_12: 'Handling this record would bring the licence to 12 points in this scoring cycle, which cannot be done by self-service; please go to a counter (rule 3).'
    },
    lateFee: {
      title: 'Late fee',
      dueOn: 'Pay by',
      overdueDays: 'Days overdue',
      days: '{days} days',
      total: 'Due today',
      overdueRule: 'Each overdue day adds 3% of the fine, never more than the fine itself.',
      inTime: 'No late fee when paid by the due date; after it, each day adds 3% of the fine.'
    },
    selection: {
      label: 'Chosen records',
      chosen: '{count} chosen, about',
      none: 'Choose the records to handle or pay',
      clear: 'Clear',
      next: 'Next: confirm the payment'
    },
    steps: {
      label: 'Steps',
      select: 'Choose records',
      confirm: 'Confirm amount',
      result: 'Pay'
    },
    confirm: {
      caption: 'Amounts due for the chosen records',
      record: 'Record',
      violation: 'Violation',
      lineTotal: 'Due',
      grandTotal: 'Total',
      decidedOnPayment: 'Decision issued on payment',
      pointsAfter: 'Points in this cycle after handling: {points}',
      handlingExplained: 'Camera records are handled only when the payment succeeds: the penalty decision and the points are recorded with it. If the payment fails, the records stay unhandled and no points are added.',
      channel: 'Payment method',
      cardHint: 'Have your UnionPay card ready: swipe or insert it at the payment terminal and enter your PIN.',
      cashHint: 'Count the cash with the citizen before confirming.',
      back: 'Back to the records',
      pay: 'Confirm and pay {amount}',
      quoteFailed: 'The chosen records cannot be handled together',
      payFailed: 'The payment was not made',
      offline: {
        lead: 'This terminal cannot reach the central service at the moment and is working offline.',
        caps: 'While offline, {count} more card payments of up to ¥{amount} each can be taken.',
        noneLeft: 'No more card payments can be taken while offline.',
        overAmount: 'This payment of ¥{amount} is above the offline limit for one card payment and cannot be paid by card until the connection is back.',
        useCash: 'Pay in cash instead, or pay by card once the connection is back.',
        later: 'Please pay once the connection is back, or at a service counter.'
      }
    },
    channels: {
      card: 'UnionPay card',
      cash: 'Cash'
    },
    progress: {
      card: 'Swipe or insert your card at the payment terminal and enter your PIN',
      cardHint: 'Please stay here and keep your card in the terminal until the payment is finished.',
      cash: 'Recording the cash payment…',
      cashHint: 'One moment; the receipt follows.'
    },
    result: {
      title: {
        approved: 'Payment successful',
        declined: 'Payment not made',
        unknown: 'Payment result not yet known'
      },
      explain: {
        approved: 'The chosen records are paid; camera records are handled.',
        declined: 'Nothing was charged. You can pay again (with another card if need be) or go back to the records.',
        unknown: 'The payment terminal gave no result. Do not pay these records another way: the system asks the terminal about this payment and never charges twice; until it knows, the records show as payment in progress.'
      },
      recovered: {
        approved: 'The payment terminal confirms the charge; the receipt has been issued.',
        declined: 'The payment terminal confirms nothing was charged.',
        unknown: 'The payment terminal still gives no result; please ask again later.'
      },
      receiptNumber: 'Receipt number',
      printed: 'The receipt was sent to this terminal’s printer. If none came out, a counter reprints it by its number.',
      recover: 'Ask the terminal',
      recoverFailed: 'The terminal could not be asked',
      retry: 'Pay again',
      back: 'Back to the records'
    }
  },
  disputes: {
    kinds: {
      record: 'Record is wrong',
      payment_not_cleared: 'Paid but not cleared'
    },
    kindHints: {
      record: 'e.g. not this vehicle, a cloned plate, facts untrue',
      payment_not_cleared: 'The fine was paid, but the record still shows it owed'
    },
    states: {
      open: 'Under review',
      upheld: 'Upheld',
      rejected: 'Rejected'
    },
    raise: {
      title: 'Raise a dispute',
      record: 'Record: {what}',
      kind: 'Kind of dispute',
      reason: 'Reason',
      reasonPlaceholder: 'Say why (10 to 300 characters), e.g.: at that time the car was parked at work; the plate seems to be cloned.',
      evidence: 'Evidence (optional)',
      evidenceRequired: 'Proof of payment',
      evidencePlaceholder: 'Receipt number (starting JF), receipt QR content, bank reference or a note',
      decidingOffice: 'The dispute goes to {office}, where the violation happened, which reviews it within {days} working days; until then the record cannot be handled or paid.',
      submit: 'Submit dispute',
      failed: 'The dispute was not submitted',
      done: 'Dispute submitted; {office} reviews it by {dueOn}'
    },
    page: {
      title: 'Disputes',
      lead: 'Disputes this office reviews (violations in its area), and disputes taken at this counter for another office. A decision is due within 5 working days: an upheld dispute deletes the record, a rejected one is explained to the person.',
      filter: 'Show',
      filters: {
        open: 'Under review',
        decided: 'Decided',
        all: 'All'
      },
      none: {
        open: 'No disputes waiting for review.',
        decided: 'No decided disputes yet.',
        all: 'No disputes.'
      },
      failed: 'Could not read the disputes',
      reason: 'Reason',
      evidence: 'Evidence',
      raisedAt: 'Raised',
      dueOn: 'Due',
      overdue: 'Overdue',
      office: 'Reviewing office',
      raisedHere: 'Taken at this counter',
      plate: 'Plate',
      fine: 'Fine',
      record: 'Record',
      recordDeleted: 'Record deleted',
      decide: 'Decide',
      decidedElsewhere: 'Decided by {office}',
      decision: 'Decided {at}: {note}'
    },
    decide: {
      title: 'Decide a dispute',
      outcome: 'Outcome',
      outcomes: {
        upheld: 'Upheld',
        rejected: 'Rejected'
      },
      upheldRecord: 'Upholding deletes the violation record (a record with payments cannot be deleted).',
      upheldPayment: 'Upholding marks the record paid as the receipt shows.',
      rejectedLead: 'A rejected dispute returns the record to normal: it can be handled and paid; the note is shown to the person.',
      note: 'Note',
      notePlaceholder: 'What was checked (5 to 300 characters), e.g.: camera footage shows the plate was cloned.',
      submit: 'Confirm decision',
      failed: 'The decision was not saved',
      done: 'Decision saved: {outcome}'
    },
    evidenceCheck: {
      title: 'Receipt check',
      receipt_known: 'Receipt {number}, issued by this terminal',
      genuine: 'Receipt {number}, signature valid',
      forged: 'The receipt QR signature is invalid: possibly forged',
      unknown: 'Receipt {number} from another terminal whose key this terminal does not hold: cannot be verified',
      none: 'Nothing verifiable (bank reference or a note); ask for the receipt',
      covers: "Names this record's decision number",
      notCovers: "Does not name this record's decision number",
      paidAt: 'Paid at: {at}',
      proves: 'Proves the payment',
      notProves: 'Does not prove the payment'
    }
  },
  receipts: {
    title: 'Receipt check and reprint',
    lead: 'Verify the QR code on a citizen’s receipt, or find and reprint a receipt of this terminal by its number.',
    backToCounter: 'Back to the counter',
    loadFailed: 'The receipt could not be read',
    savePdf: 'Save receipt PDF',
    qrAlt: 'Receipt verification QR code',
    paper: {
      label: 'Receipt {number}',
      authority: 'Shandong Traffic Administration',
      title: 'Fine receipt',
      subtitle: 'Proof of payment of a traffic fine',
      copy: 'COPY',
      number: 'Receipt number',
      issuedAt: 'Issued',
      terminal: 'Terminal',
      office: 'Collecting office',
      payer: 'Payer',
      decision: 'Decision',
      subtotal: 'Subtotal',
      total: 'Total',
      channel: 'Paid by: {channel}',
      verifyHint: 'Scan to verify offline'
    },
    lookup: {
      heading: 'Find and reprint',
      placeholder: 'Receipt number, e.g. JF3701009900000001',
      submit: 'Find',
      reprint: 'Reprint (as copy)',
      reprinted: 'Reprinted and marked as a copy ({copies} reprints so far).',
      reprintFailed: 'The reprint did not succeed'
    },
    verify: {
      heading: 'Verify a receipt',
      lead: 'Scan the QR code on the receipt with the scanner (it types into the box below), or paste its content. Verification runs offline on this terminal.',
      label: 'QR code content',
      placeholder: 'JG1.… / YK1.…',
      submit: 'Verify',
      failed: 'The receipt could not be verified',
      mark: {
        genuine: '✓',
        forged: '✗',
        unknown: '?'
      },
      title: {
        genuine: 'Genuine receipt',
        forged: 'Forged or altered',
        unknown: 'Cannot be verified'
      },
      advice: {
        genuine: 'The signature is valid: the issuing terminal signed this content and it is unchanged. Check that the number and amount on the paper match it.',
        forged: 'The signature does not match the content, or the code is malformed. Do not rely on this receipt.',
        unknown: 'This terminal does not hold the issuing terminal’s key (perhaps not synced yet). Verify again after syncing, or ask the issuing office.'
      },
      decisions: 'Decision numbers',
      terminal: 'Issuing terminal ID',
      local: 'On this terminal',
      knownLocally: 'This terminal holds this receipt',
      notKnownLocally: 'This terminal does not hold this receipt (another terminal may have issued it)',
      slip: {
        title: {
          genuine: 'Genuine appointment slip',
          forged: 'Forged or altered',
          unknown: 'Cannot be verified'
        },
        advice: "Check the candidate's ID document against the details below.",
        booking: 'Booking no.',
        name: 'Name',
        idNumber: 'ID number',
        subject: 'Subject',
        venue: 'Venue',
        date: 'Exam date',
        startsAt: 'Start time',
        terminal: 'Issuing terminal'
      }
    }
  },
  dayClose: {
    title: 'Day close',
    lead: 'Check this counter’s takings for a day: totals by payment method, every receipt, and any difference from the UnionPay terminal’s own log. Closing records the day in the day report.',
    date: 'Date',
    failed: 'The day close did not succeed',
    open: 'Open',
    closed: 'Closed',
    total: 'Total',
    receiptCount: 'Receipts',
    receipts: 'Receipts ({count})',
    noReceipts: 'No receipts were issued on this day.',
    amount: 'Amount',
    copy: 'Reprint',
    reprinted: 'Reprinted',
    differences: {
      title: 'Check against the payment terminal',
      none: 'No differences: this terminal’s records match the payment terminal’s log.',
      found: '{count} differences found. Resolve each before handing over the takings.',
      reference: 'Reference',
      kind: 'Difference',
      local: 'This terminal',
      terminal: 'Payment terminal',
      absent: 'none',
      kinds: {
        missing_in_terminal: 'Recorded here, not in the payment terminal',
        missing_locally: 'In the payment terminal, not recorded here',
        amount_differs: 'Amounts differ'
      }
    },
    close: 'Close the day',
    confirm: 'Close {date}? A day close cannot be undone.',
    confirmWithDifferences: '{date} still has {count} differences. Close it anyway? A day close cannot be undone.',
    closedTitle: '{date} is closed',
    closedClean: 'Takings match the payment terminal’s log; no differences.',
    closedWithDifferences: 'The day report lists {count} differences; report them as required.',
    saveReport: 'Save day report PDF',
    reportFile: 'day-report-{date}.pdf'
  },
  deviceSim: {
    open: 'Device simulator',
    title: 'Device simulator (demo)',
    warning: 'This is the demo terminal’s device simulator, not real devices. What you do here stands for placing an ID card on the reader or taking it off, or deciding how the UnionPay terminal answers.',
    reader: 'ID-card reader',
    idNumber: 'ID number of the card to place',
    place: 'Place ID card',
    remove: 'Take card away',
    unreadable: 'Place an unreadable card',
    unplug: 'Unplug reader',
    plug: 'Plug reader in',
    failed: 'The simulated action did not succeed',
    payTerminal: {
      title: 'UnionPay payment terminal',
      lead: 'Set how the next card sale ends; it holds for one sale only, then the terminal approves again. Timeout: the card is charged but the answer is lost. Terminal failure: the sale breaks off before charging. Both leave the payment result unknown.',
      next: 'Next sale',
      behaviours: {
        approve: 'Approve',
        decline: 'Decline',
        timeout: 'Timeout',
        die: 'Terminal failure'
      },
      set: 'Next sale: {behaviour}',
      default: 'Unless set here, the terminal approves sales.'
    }
  },
  fieldRules: {
    ID_EMPTY: 'Enter the ID number',
    ID_LENGTH: 'An ID number has 18 characters (15 for old numbers); this one has {length}',
    ID_NOT_DIGIT: 'Character {position} ("{char}") must be a digit',
    ID_CHECK_CHAR_FORMAT: 'Character 18 ("{char}") must be a digit or X',
    ID_REGION: 'The province code "{province}" in the first two digits does not exist',
    ID_BIRTH_DATE_INVALID: 'The birth date in characters {from} to {to} ("{value}") is not a valid date',
    ID_BIRTH_DATE_FUTURE: 'The birth date {birthDate} is after today ({today})',
    ID_BIRTH_DATE_TOO_EARLY: 'The birth date {birthDate} is before {earliest}',
    ID_CHECKSUM: 'The check character (character 18) should be {expected}',
    FILE_NUMBER_EMPTY: 'Enter the licence file number',
    FILE_NUMBER_LENGTH: 'The file number has 12 digits; this one has {length}',
    FILE_NUMBER_NOT_DIGIT: 'Character {position} ("{char}") of the file number must be a digit',
    MOBILE_EMPTY: 'Enter the mobile number',
    MOBILE_NOT_DIGIT: 'Character {position} ("{char}") of the mobile number must be a digit',
    MOBILE_LENGTH: 'A mobile number has 11 digits; this one has {length}',
    MOBILE_PREFIX: 'A mobile number starts with 13 to 19, not "{prefix}"',
    PLATE_EMPTY: 'Enter the plate number',
    PLATE_LENGTH: 'A plate has 7 characters (8 for new-energy plates); this one has {length}',
    PLATE_PROVINCE: 'Character 1 ("{char}") is not a province abbreviation',
    PLATE_OFFICE_LETTER: 'Character 2 ("{char}") must be the issuing office letter (I and O are not used)',
    PLATE_SERIAL_CHARACTER: 'Character {position} ("{char}") must be a letter (not I or O) or a digit',
    PLATE_NEW_ENERGY_PATTERN: 'The new-energy serial "{serial}" is malformed: small vehicles use an energy letter (A–H, J, K), a letter or digit and 4 digits; large vehicles use 5 digits and an energy letter',
    PLATE_NOT_SHANDONG: 'Only Shandong (鲁) plates are handled here; this plate is from "{province}"',
    PLATE_UNKNOWN_OFFICE: '"鲁{officeLetter}" is not a plate series issued by a Shandong vehicle office',
    USCC_EMPTY: 'Enter the unified social credit code',
    USCC_LENGTH: 'The unified social credit code has 18 characters; this one has {length}',
    USCC_CHARACTER: 'Character {position} ("{char}") is not used in credit codes (I, O, S, V and Z are not used)',
    USCC_DIVISION_NOT_DIGIT: 'Character {position} ("{char}") must be a digit (characters 3 to 8 are the division code)',
    USCC_CHECKSUM: 'The check character (character 18) should be {expected}',
    PASSWORD_TOO_SHORT: 'The password needs at least 8 characters',
    PASSWORD_TOO_LONG: 'The password may have at most 64 characters',
    PASSWORD_TOO_FEW_KINDS: 'The password needs at least three of: lower-case letters, upper-case letters, digits, symbols',
    PASSWORD_TRIVIAL: 'The password is too simple (one character repeated, or a plain run)',
    PASSWORD_IS_DEMO: 'The demo password cannot be kept; choose a new password',
    PASSWORD_MISMATCH: 'The two passwords differ',
    VIN_EMPTY: 'Enter the vehicle identification number',
    VIN_LENGTH: 'A VIN has 17 characters; this one has {length}',
    VIN_FORBIDDEN_LETTER: 'Character {position} cannot be the letter {char} (a VIN never uses I, O or Q)',
    VIN_CHARACTER: 'Character {position} “{char}” must be a letter or a digit',
    VIN_CHECKSUM: 'The check digit (character 9) should be {expected}',
    VIN_LAST_SIX: 'Enter 6 letters or digits (I, O and Q are not used)',
    USERNAME_FORMAT: 'User names have 3 to 32 lower-case letters, digits, _ . or -, starting with a letter',
    NOTHING_SELECTED: 'Choose at least one record to update',
    REQUIRED: 'This field is required',
    TOO_SHORT: 'At least {minimum} characters',
    TOO_LONG: 'At most {maximum} characters',
    URL_FORMAT: 'Enter the full address, starting with http:// or https://',
    FORMAT: 'The format is not right'
  },
  ruleDetails: {
    remainingAttempts: '{count} attempt(s) left before the account is locked for a while.'
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
  rules: {
    EMON_NOT_HANDLEABLE: 'Only unhandled camera records can be handled by self-service.',
    EMON_DISPUTED: 'This record is disputed and being checked; please go to a violations counter.',
    EMON_BIND_REQUIRED: 'Before handling camera records, bind your own driving licence and this vehicle (rule 1).',
    EMON_LICENCE_NOT_USABLE: 'The driving licence is not in a normal state (detained, suspended, revoked, cancelled or expired), so it cannot be handled by self-service; please go to a counter.',
    EMON_VEHICLE_NOT_OWN: 'Only records of vehicles registered in your own name can be handled (rule 5). Records of other vehicles are handled by their owner or at a counter.',
    EMON_FINE_OVER_200: 'Fines over 200 yuan are handled at a counter (rule 2: ordinary procedure).',
    EMON_POINTS_WOULD_REACH_12: 'This scoring cycle has {pointsInCycle} points; the chosen records add {selectedPoints}, which would make {pointsAfter}. Reaching 12 points cannot be handled by self-service; please go to a counter (rule 3).',
    PAY_ALREADY_PAID: 'This record is already paid.',
    PAY_IN_PROGRESS: 'A payment for this record is in progress; do not pay again. Its result shows once confirmed.',
    PAY_DISPUTED: 'This record is disputed and being checked, so it cannot be paid yet; please go to a counter.',
    PAY_AMOUNT_CHANGED: 'The amount due has changed (late fees grow by the day); check the new amount before paying.',
    PAY_CASH_COUNTER_ONLY: 'Cash is taken only at a counter, by staff.',
    RECEIPT_NOT_YOURS: 'You can only see your own receipts.',
    DAYCLOSE_ALREADY_CLOSED: 'This day is already closed.',
    DAYCLOSE_FUTURE: 'A day in the future cannot be closed.',
    REG_ALREADY_REGISTERED: 'This ID number already has an account. Please sign in; if you have forgotten the password, bring your ID card to a counter to have it reset.',
    REG_PERSON_UNKNOWN: 'The vehicle-office archive has no record of the ID number {maskedIdNumber}, so it cannot be registered. Check the number or ask at a counter.',
    REG_NO_MATCHING_LICENCE: 'The licence file number does not belong to this ID number. The file number is the 12-digit number on the second page of the licence.',
    REG_NO_MATCHING_VEHICLE: 'The plate or the last six VIN characters do not match a vehicle registered in this name; check them against the registration certificate.',
    REG_PHONE_IN_USE: 'This mobile number is used by another account; please use a different number.',
    ORG_ALREADY_REGISTERED: 'This unified social credit code is already registered. Ask at a counter about the approval.',
    ORG_AGENT_UNKNOWN: "The archive has no record of the agent's ID number; please check it.",
    AUTH_BAD_CREDENTIALS: 'The account or the password is not correct.',
    AUTH_LOCKED: 'Too many wrong passwords in a row: the account is locked for now. Try again after {lockedUntil}.',
    AUTH_DISABLED: 'This account is disabled. Please ask a counter clerk or the administrator.',
    AUTH_ORG_PENDING: 'The organisation registration is still waiting for approval at a counter; it can sign in once approved.',
    AUTH_ORG_REJECTED: 'The organisation registration was not approved. Ask at a counter for the reason.',
    CARD_NO_READER: 'The card reader is not connected. Sign in with ID number and password instead, or ask the staff.',
    CARD_NO_CARD: 'There is no ID card on the reader. Place the card on the reader and try again.',
    CARD_UNREADABLE: 'This ID card cannot be read. Place it again; if it still cannot be read, please go to a counter.',
    CARD_NOT_REGISTERED: 'The ID card {maskedIdNumber} has no account yet. Please register first.',
    BIND_NOT_FOUND: 'No matching driving licence or vehicle was found; check what you entered.',
    BIND_NOT_OWNER_LICENCE: 'Only your own driving licence can be linked.',
    BIND_NOT_OWNER_VEHICLE: 'Only vehicles registered in your own name can be linked or updated.',
    BIND_VIN_MISMATCH: 'The last six VIN characters are not correct; check them against the VIN on the registration certificate.',
    SERVE_CARD_MISMATCH: 'The ID card on the reader is not the chosen citizen’s card.',
    COUNTER_NOT_REGISTERED: 'This citizen has not registered yet: register them first.',
    COUNTER_NOT_SERVING: 'There is no citizen account to act for: find and verify the citizen first, and register them if they have no account.',
    DEMO_ONLY: 'This is available on demo terminals only.',
    STAFF_USERNAME_TAKEN: 'This user name is taken; please choose another.',
    STAFF_LAST_ADMIN: 'The last active administrator account cannot be disabled or demoted.',
    CONTACT_NOTHING_SELECTED: 'Choose at least one contact record to update.',
    EXAM_SUBJECT_ORDER: 'Exams go in order: book the next subject only after passing the one before.',
    EXAM_PERMIT_EXPIRED: "The learner's permit has expired, so no exam can be booked.",
    EXAM_TOO_EARLY_K2: "Subject 2 can be booked only after the required learning time since the learner's permit was issued.",
    EXAM_TOO_EARLY_K3: "Subject 3 road driving can be booked only after the required learning time since the learner's permit was issued.",
    EXAM_RETAKE_WAIT: 'After failing an exam, wait the required time before booking that subject again.',
    EXAM_BOOKING_LIMIT: "All bookings for this subject within the learner's permit's validity are used (at most 5).",
    EXAM_ONE_PENDING: 'You already have a booking awaiting arrangement; book again after its result is published or it is cancelled.',
    EXAM_ALREADY_PASSED: 'You have already passed this subject.',
    EXAM_APPLICATION_CLASS_HELD: 'The citizen already holds a licence for class {licenceClass}; no application is needed.',
    EXAM_APPLICATION_NO_LICENCE: 'Adding a class requires a licence; the citizen holds none, so accept a first application instead.',
    EXAM_APPLICATION_IN_PROGRESS: 'The citizen\'s licence application ({licenceClass}) is still in progress; a new one can be accepted only once the passes are void or the permit has run out.',
    EXAM_APPLICATION_BOOKINGS_OPEN: 'The citizen still has exam bookings waiting for allocation; cancel them before applying again.',
    EXAM_ALREADY_PENDING: 'You have already booked this subject and it is awaiting arrangement.',
    EXAM_WINDOW_CLOSED: 'This exam plan is not open for booking.',
    EXAM_CLASS_NOT_IN_PLAN: 'This exam plan is not for the licence class you applied for.',
    EXAM_NO_PERMIT: "There is no accepted licence application (learner's permit) on record, so no exam can be booked.",
    EXAM_PLACE_NOT_IN_PLAN: 'The venue or region chosen is not part of this exam plan.',
    EXAM_SESSION_NOT_IN_PLACE: 'A session chosen is not at the venue or region chosen.',
    EXAM_RANGE_INVALID: "The date range is not valid: the earliest date may not be after the latest, and both must be within the plan's exam days.",
    EXAM_CANCEL_TOO_LATE: 'An arranged exam can be cancelled only until one working day before it; the last day to cancel was {deadline}.',
    EXAM_NOT_CANCELLABLE: 'This booking cannot be cancelled now (it is already cancelled, or its result is published).',
    EXAM_NOT_RESULTS_DAY: 'Arrangement can be run only on the results day ({resultsOn}).',
    EXAM_ALREADY_ALLOCATED: 'This exam plan has already been arranged and its results published.',
    EXAM_NOT_SEATED: 'This booking has no seat yet, so there is no appointment slip.',
    EXAM_PLAN_TOO_LATE: 'Exam plans are published at least 10 days ahead: the first exam may not be before {earliest}.',
    EXAM_PLAN_ORDER: 'Window opens ≤ window closes ≤ results day < first exam.',
    EXAM_VENUE_SUBJECT: 'The chosen venue does not hold exams in this subject.',
    EXAM_RESULT_NOT_SEATED: 'This booking has no exam arranged (not arranged, pending or cancelled), so no result can be recorded.',
    EXAM_RESULT_TOO_EARLY: 'The exam is on {examDate}; its result can be recorded on that day or later.',
    EXAM_RESULT_RECORDED: 'The result of this booking is already recorded and cannot be recorded again.',
    EXAM_RESULTS_VOID: 'The 5th booking of Subject 2 or Subject 3 road driving was failed, so every subject passed is void: apply again and start from Subject 1.',
    CALENDAR_DATE_INVALID: '{date} is not a valid date.',
    CALENDAR_DATE_IN_BOTH: '{date} cannot be both a day off and a make-up working day.',
    CALENDAR_MAKEUP_NOT_WEEKEND: 'Make-up working day {date} is not a Saturday or Sunday: a make-up working day is a weekend worked.',
    CALENDAR_DATE_OUTSIDE_YEAR: '{date} is not in {year}: the calendar is changed one year at a time.',
    CALENDAR_YEAR_INVALID: 'The year must be between 2000 and 2099.',
    DISPUTE_NOT_IN_SCOPE: 'Only records of your own licence or your own vehicles can be disputed.',
    DISPUTE_ALREADY_OPEN: 'A dispute about this record is already under review; please wait for the decision.',
    DISPUTE_PAYMENT_IN_PROGRESS: 'A payment of this record is in progress; a dispute can be raised once its outcome is known.',
    DISPUTE_RECORD_PAID: 'This record has been paid, so the record itself can no longer be disputed; ask at the counter about a refund.',
    DISPUTE_NOT_DECIDED: 'This record has not been handled and has no decision yet, so there is no payment to clear.',
    DISPUTE_ALREADY_CLEARED: 'This record already shows as paid; there is nothing to dispute.',
    DISPUTE_EVIDENCE_REQUIRED: 'A "paid but not cleared" dispute needs a receipt number, the receipt QR content or a bank reference.',
    DISPUTE_WRONG_OFFICE: 'This dispute is reviewed by {officeName}, where the violation happened; this counter cannot decide it.',
    DISPUTE_NOT_OPEN: 'This dispute has already been decided.',
    DISPUTE_RECORD_HAS_PAYMENTS: 'This record has payments and cannot simply be deleted; handle the refund first.',
    DISPUTE_PAYMENT_UNPROVEN: 'The evidence does not prove the payment: it must be a receipt this terminal can verify, or a receipt QR with a valid signature that names the decision number.',
    DISPUTE_UNKNOWN_RECORD: 'The central service does not hold the disputed record.',
    DISPUTE_RECORD_ALREADY_PAID: 'The central records show this record as paid, so it can no longer be disputed.',
    DISPUTE_OFFICE_MISMATCH: 'Central review: a dispute is decided by the office where the violation happened; this decision was not accepted.',
    LICENCE_NOT_IN_FORCE: 'The licence has been revoked or cancelled, so no licence service can be applied for; a new licence must be applied for.',
    LICENCE_EXPIRED_OVER_YEAR: 'The licence was valid until {validUntil} and has been expired for over a year; it will be cancelled, and a new licence with exams must be applied for.',
    LICENCE_HELD_BY_POLICE: 'The licence is detained or suspended; this service cannot be applied for meanwhile.',
    LICENCE_LONG_TERM: 'The licence is valid long-term; it needs no renewal.',
    LICENCE_RENEWAL_TOO_EARLY: 'Renewal opens 90 days before expiry: the licence is valid until {validUntil}, so renewal opens on {opensOn}.',
    LICENCE_VIOLATIONS_UNHANDLED: 'Renewal includes the review: {count} traffic violations on the licence are still unhandled. Please handle them first.',
    LICENCE_CERTIFICATE_INVALID: 'The physical-condition certificate issued on {issuedOn} cannot be used: it may not be dated after today and is valid for 6 months from issue; get a new one if it has run out.',
    LICENCE_AGE_EXCHANGE_FIRST: 'At {age}, the licence holds classes that may no longer be driven; apply for renewal for age first.',
    LICENCE_AGE_NOTHING_TO_EXCHANGE: 'At {age}, every class on the licence may still be driven; there is nothing to exchange.',
    LICENCE_DEFER_OTHER_OFFICE: 'Deferrals are handled only by the office that issued the licence ({officeCode}).',
    LICENCE_DEFER_NOT_APPLICABLE: 'This deferral does not apply to this licence: a long-term licence needs no renewal, and only drivers of 70 or over submit a yearly physical-condition certificate.',
    LICENCE_DEFER_PERIOD: 'A deferral lasts at most 3 years: the date must be after today and no later than {latest}.',
    LICENCE_DEFER_REASON: 'A deferral needs a reason (such as military service or a stay abroad); please describe it in at least 4 characters.',
    LICENCE_NONE: 'No driving licence is held in this name, so there is no licence service to apply for.',
    VEHICLE_NOT_IN_USE: 'The vehicle has been deregistered (scrapped) or is registered as stolen; no vehicle services can be applied for.',
    VEHICLE_DETAINED: 'The vehicle is detained: vehicle services can neither be applied for nor completed until it is released; an accepted application can be withdrawn.',
    VEHICLE_OTHER_OFFICE: 'Replacement plates and vehicle licences are handled only by the registering vehicle office ({officeCode}).',
    VEHICLE_LABEL_TOO_EARLY: 'The inspection label can be applied for within 3 months before the inspection validity ends: valid until {inspectionDue}, so from {opensOn}.',
    VEHICLE_VIOLATIONS_UNHANDLED: 'The vehicle still has {count} unhandled violations; handle them before applying for the inspection label.',
    VEHICLE_INSURANCE_EXPIRED: 'The compulsory insurance must be in force: the policy given runs until {insuranceValidUntil}, which has passed.',
    VEHICLE_TEST_REQUIRED: 'This time the vehicle must first be inspected at an inspection station: give an inspection date from {opensOn}, not after today.',
    VEHICLE_LABEL_AT_REGISTRATION_OFFICE: 'Large buses and school buses take their inspection label only at the registering vehicle office ({officeCode}).',
    VEHICLE_NOT_OWNER: 'Vehicle services can only be applied for vehicles registered to the applicant.',
    APPLICATION_OPEN: 'An application for this licence or vehicle is already accepted and not yet issued; wait until it is completed or withdrawn.',
    APPLICATION_NOT_OPEN: 'This application has already been completed or withdrawn.',
    PLATE_VIN_REGISTERED: 'The vehicle with VIN {vin} is already registered; plate pre-selection is only for new cars not yet registered.',
    PLATE_VIN_OTHER_OWNER: 'Someone else has already started a selection or pre-selected a number for VIN {vin}.',
    PLATE_VIN_ALREADY_SELECTED: 'This vehicle has already pre-selected {plate}: each vehicle pre-selects once, and the number cannot be changed after confirming.',
    PLATE_BATCHES_USED: 'Up to {batches} random batches can be drawn per vehicle and they are used; please compose a number instead.',
    PLATE_COMPOSED_USED: 'Up to {limit} composed numbers per vehicle; {left} can still be submitted, so please submit fewer at once.',
    PLATE_OTHER_OFFICE: 'Plates pre-selected at this terminal start with “{prefix}”.',
    PLATE_BATCH_EXPIRED: 'This batch was drawn more than {seconds} seconds ago and has been forfeited: draw the next batch, or compose a number.',
    PLATE_NOT_IN_BATCH: '{plate} is not in the batch drawn last: only a number of the current batch can be picked.',
    PLATE_TAKEN: 'This plate number is already in use or pre-selected by someone else; please choose another.',
    PLATE_PATTERN_LENGTH: 'A composed number is the 5 characters after the office letter.',
    PLATE_PATTERN_CHARACTER: 'A composed number uses only digits and letters (not I or O).',
    PLATE_PATTERN_FIRST_LETTER: 'The first character of a composed number must be a letter.',
    PLATE_PATTERN_ONE_LETTER: 'Exactly one of the last 4 characters of a composed number must be a letter.',
    PLATE_PATTERN_ZEROS: 'The 3 digits of a composed number cannot all be 0.',
    PLATE_PATTERN_TRIPLE: 'A composed number cannot contain 3 identical digits in a row.',
    OFFLINE_ONLINE_ONLY: 'This terminal cannot reach the central service at the moment, and this needs the connection. Please try again once it is back.',
    OFFLINE_CARD_AMOUNT_CAP: 'This terminal cannot reach the central service at the moment, and offline a card payment may not exceed ¥{maxAmountFen}. Pay in cash (at a counter) or by card once the connection is back.',
    OFFLINE_CARD_COUNT_CAP: 'This terminal cannot reach the central service at the moment, and the {maxCount} card payments allowed offline have been taken. Pay in cash (at a counter) or by card once the connection is back.',
    SYNC_NOT_ENROLLED: 'This terminal is not enrolled with the central service yet. Please enrol it under Sync first.',
    SYNC_ENROL_PENDING: 'This terminal still has business waiting to upload. Please sync first, then enrol again.',
    SYNC_ENROL_CODE_INVALID: 'The enrolment code is wrong, has expired or has been used. Please ask the central administrator for a new one.',
    SYNC_ENROL_FAILED: 'The terminal could not be enrolled. Please check the central service address and the network, then try again.',
    SYNC_TASK_UNKNOWN: 'There is no such follow-up task. Please refresh and try again.',
    SYNC_TASK_DONE: 'This task has already been closed.',
    CENTRAL_TIMEOUT: 'The central service did not answer in time; the terminal will try again.',
    CENTRAL_UNREACHABLE: 'The central service cannot be reached. Please check the network; the terminal will try again.',
    CENTRAL_BAD_ANSWER: 'The central service gave an answer the terminal cannot read. Please contact the administrator.',
    SYNC_INTERNAL: 'Syncing failed with an internal error. Please contact the administrator.',
    EXAM_PLAN_PUBLISHED_LATE: 'Central review: the exam plan was published less than 10 days before its first exam and was not accepted.',
    EXAM_PLAN_VENUE_ELSEWHERE: "Central review: a venue of the exam plan does not belong to this office; the plan was not accepted.",
    PAYMENT_DUPLICATE: 'The central records show this fine already paid; this payment was a duplicate.',
    PAYMENT_AMOUNT_MISMATCH: 'The amount paid differs from the amount the central service works out as due.',
    PAYMENT_UNKNOWN_RECORD: 'The central service has no such violation record.',
    HANDLE_FINE_LIMIT: 'Central check: this record cannot be handled at a self-service terminal (a fine above ¥200 follows the ordinary procedure at a counter).',
    REG_NOT_IN_ARCHIVE: 'The central archive has no record of this person; the registration made on this terminal was not accepted.',
    REG_PROOF_MISMATCH: 'The central archive shows the licence or vehicle used to register is not this person\'s; the registration was not accepted.',
    ACCOUNT_UNKNOWN: 'The central service never accepted this account\'s registration, so this change to it did not reach other terminals.',
    BIND_NOT_OWNER: 'The central archive shows this licence or vehicle is not the account holder\'s; the binding was not accepted.',
    EXAM_BOOKING_REFUSED: 'Central review: the exam booking does not meet the booking rules and was not accepted; tell the applicant and book again if appropriate.',
    EXAM_BOOKING_CHANGED: 'The central records hold this exam booking in another state (or not at all); the cancellation or result recorded here was not accepted.',
    CALENDAR_YEAR_REFUSED: 'Central review: this year of the holiday calendar breaks the calendar rules and was not adopted; every terminal keeps counting working days on the central calendar.',
    EXAM_SETTINGS_OFFICE_MISMATCH: "Central review: a terminal may set only its own office's exam booking rules; this setting was not adopted.",
    EXAM_APPLICATION_REFUSED: 'Central review: the licence application does not meet the conditions and was not accepted (the class is already held, or an application is in progress).',
    SERVICE_APPLICATION_REFUSED: 'Central review: this licence or vehicle application does not meet the conditions and was not accepted; it has been withdrawn from this terminal. Please explain to the applicant.',
    SERVICE_APPLICATION_CHANGED: 'The central records show this application was already issued or withdrawn at another counter (or is unknown there); this counter’s decision was not adopted.',
    PLATE_RESERVATION_REFUSED: 'Central review: this plate number was pre-selected or is in use elsewhere first, or this vehicle already has a pre-selected number; the pre-selection made here was not kept. Please explain to the applicant and select again.',
    ORG_REGISTERED_ELSEWHERE: 'This credit code was registered first on another terminal; the organisation registration made here was not accepted.',
    ORG_AGENT_NOT_IN_ARCHIVE: 'The central archive has no record of the handling person; the organisation registration was not accepted.',
    ORG_DECISION_CHANGED: 'The organisation registration was already decided at another counter (or is unknown centrally); the decision made here was not used.',
    CONTACT_NOT_OWNER: 'The central records show the licence or vehicle belongs to someone else; the contact details were not changed.',
    COMMAND_UNSUPPORTED_VERSION: "The central service does not accept data from this terminal's software version. Please update the terminal software.",
    COMMAND_FAILED: 'The central service could not execute this record; it was set aside for review and the rest of the queue carried on. Please contact the administrator.',
    COMMAND_INVALID_PAYLOAD: 'The central service could not read this uploaded record. Please contact the administrator.',
    ENROLMENT_CODE_INVALID: 'The enrolment code is wrong, has expired or has been used. Please ask the central administrator for a new one.',
    TERMINAL_UNKNOWN: 'The central service does not know this terminal. Please enrol it again.',
    TERMINAL_DE_ENROLLED: 'The central service has withdrawn this terminal\'s enrolment. Please contact the central administrator.',
    SIGNATURE_INVALID: "The central service could not verify this terminal's signature. Please contact the administrator.",
    CLOCK_SKEW: "This terminal's clock is too far from the central clock. Please set the system time.",
    EPOCH_STALE: 'The central data has been rebuilt; this terminal must download a full copy again.',
    PARTITION_FORBIDDEN: 'This terminal may not download the requested data partition.',
    ADMIN_TOKEN_INVALID: 'The central service administration token is wrong.'
  }
}

export default en
