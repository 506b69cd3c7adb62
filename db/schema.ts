import type { Generated } from 'kysely'

/** Row types of the terminal database, kept beside the migrations that create them. */
export interface TerminalTable {
  id: string
  name: string
  mode: 'kiosk' | 'counter'
  office_code: string
  demo: number
  enrolled: Generated<number>
  epoch: Generated<number>
  created_at: string
}

export interface OutboxTable {
  seq: Generated<number>
  terminal_id: string
  epoch: number
  idempotency_key: string
  command: string
  command_version: number
  payload: string
  actor_role: string
  actor_id: string | null
  created_at: string
  state: Generated<'pending' | 'applied' | 'rejected'>
  result: string | null
  attempts: Generated<number>
  pushed_at: string | null
}

export interface OfficesTable {
  code: string
  plate_prefix: string
  division_code: string
  city: string
  name: string
}

export interface CitizensTable {
  id: string
  id_number: string
  name: string
  name_initials: string
  gender: 'M' | 'F'
  birth_date: string
  phone: string | null
  address: string
  created_at: string
}

export type LicenceStatus = 'valid' | 'expired' | 'detained' | 'suspended' | 'revoked' | 'cancelled'
export interface LicencesTable {
  id: string
  file_number: string
  citizen_id: string
  classes: string
  first_issued_on: string
  valid_from: string
  valid_until: string | null
  status: LicenceStatus
  office_code: string
  contact_phone: string | null
  contact_address: string | null
}

export type VehicleStatus = 'normal' | 'overdue_inspection' | 'detained' | 'scrapped' | 'stolen'
export interface VehiclesTable {
  id: string
  plate: string
  plate_type: string
  vin: string
  owner_citizen_id: string | null
  /** Credit code of the organisation the vehicle is registered to (migration 0010); null for citizens' vehicles. */
  owner_uscc: string | null
  vehicle_type: string
  brand: string
  use_nature: string
  registered_on: string
  inspection_due: string
  status: VehicleStatus
  office_code: string
  contact_phone: string | null
  owner_org_id?: string | null
}

export type ViolationKind = 'on_the_spot' | 'general' | 'camera'
export type ViolationState = 'unhandled' | 'unpaid' | 'paying' | 'paid' | 'confirmed'
export interface ViolationsTable {
  id: string
  kind: ViolationKind
  record_number: string
  decision_number: string | null
  vehicle_id: string | null
  plate: string | null
  licence_id: string | null
  occurred_at: string
  place: string
  office_code: string
  code: string
  description: string
  fine_fen: number
  points: number
  state: ViolationState
  disputed: Generated<number>
  decided_on: string | null
  delivered_on: string | null
  paid_at: string | null
}

export type DisputeKindColumn = 'record' | 'payment_not_cleared'
export type DisputeStateColumn = 'open' | 'upheld' | 'rejected'
export interface DisputesTable {
  id: string
  violation_id: string
  record_number: string
  description: string
  kind: DisputeKindColumn
  reason: string
  evidence: string | null
  raised_by_role: 'citizen' | 'org_agent' | 'clerk'
  raised_by_account: string | null
  raised_for_citizen: string | null
  raised_at: string
  raised_terminal: string
  office_code: string
  due_on: string
  state: Generated<DisputeStateColumn>
  decided_at: string | null
  decided_by: string | null
  decision_note: string | null
}

export interface ExamRegionsTable {
  id: string
  office_code: string
  name: string
}

export interface ExamVenuesTable {
  id: string
  region_id: string
  name: string
  address: string
  subjects: string
}

export type ExamSubject = 'k1' | 'k2' | 'k3_road' | 'k3_safety'
export interface ExamPlansTable {
  id: string
  office_code: string
  subject: ExamSubject
  licence_classes: string
  booking_by: 'venue' | 'region'
  published_on: string
  window_opens_on: string
  window_closes_on: string
  results_on: string
  first_exam_on: string
}

export interface ExamSessionsTable {
  id: string
  plan_id: string
  venue_id: string
  exam_date: string
  starts_at: string
  capacity: number
}

export interface NumberRangesTable {
  kind: 'receipt' | 'decision'
  prefix: string
  next: number
  last: number
}

export interface TerminalKeysTable {
  terminal_id: string
  label: string
  public_key: string
  private_key: string | null
}

export type PaymentState = 'pending' | 'approved' | 'declined' | 'unknown'
export interface PaymentJournalTable {
  id: string
  terminal_id: string
  channel: 'card' | 'cash'
  amount_fen: number
  state: PaymentState
  device_reference: string | null
  card_masked: string | null
  outcome_note: string | null
  payer_citizen_id: string | null
  actor_role: string
  actor_id: string | null
  created_at: string
  resolved_at: string | null
}

export interface PaymentLinesTable {
  payment_id: string
  violation_id: string
  decision_number: string
  handling: number
  previous_state: string
  fine_fen: number
  surcharge_fen: number
  total_fen: number
  active: Generated<number>
}

export interface ReceiptsTable {
  number: string
  payment_id: string
  terminal_id: string
  issued_at: string
  amount_fen: number
  channel: 'card' | 'cash'
  payer_name: string
  lines: string
  qr_payload: string
  copies: Generated<number>
}

export interface DayClosesTable {
  terminal_id: string
  date: string
  closed_at: string
  closed_by: string | null
  card_fen: number
  cash_fen: number
  receipt_count: number
  differences: number
}

export interface LearnerPermitsTable {
  citizen_id: string
  licence_class: string
  application_accepted_at: string
  adding_to_car_class: Generated<number>
  permit_issued_on: string | null
  office_code: string
}

export interface ExamAttemptsTable {
  id: string
  citizen_id: string
  subject: ExamSubject
  at: string
  result: 'pass' | 'fail' | 'absent'
  /** The booking a counter result closes (migration 0007); null for results from elsewhere. */
  booking_id: string | null
}

/** One year of the holiday calendar (migration 0012): sorted JSON arrays of dates. */
export interface HolidayCalendarsTable {
  /** The year as text ('2027'): replicated keys are text. */
  year: string
  holidays: string
  make_up_workdays: string
  /** `builtin`: the data the terminal ships with (never replicated); `admin`: set by an administrator. */
  source: 'builtin' | 'admin'
  updated_at: string | null
  updated_by: string | null
}

/** A 驾驶证业务 or 机动车业务 application (migration 0013); `request` and `outcome` are JSON. */
export interface ServiceApplicationsTable {
  id: string
  number: string
  subject: 'licence' | 'vehicle'
  kind: 'renewal' | 'age_exchange' | 'replace_damaged' | 'replace_lost' | 'defer' | 'plate_replace' | 'vehicle_licence_replace' | 'inspection_label' | 'label_replace'
  /** The licence's or the vehicle's id. */
  subject_id: string
  citizen_id: string
  office_code: string
  request: string
  outcome: string
  state: 'accepted' | 'completed' | 'withdrawn'
  submitted_at: string
  submitted_role: string
  submitted_terminal: string
  decided_at: string | null
  decided_by: string | null
  decision_note: string | null
}

/** A VIN's plate selection on this terminal (migration 0014). */
export interface PlateSelectionsTable {
  vin: string
  citizen_id: string
  office_code: string
  seed: number
  /** JSON array of batches, each an array of 5-character serials. */
  drawn: string
  /** When the current batch was drawn: it can be picked from for BATCH_SECONDS. */
  last_drawn_at: string | null
  composed_tried: number
  updated_at: string
}

/** A pre-selected number held for a VIN (migration 0014). */
export interface PlateReservationsTable {
  id: string
  plate: string
  vin: string
  citizen_id: string
  office_code: string
  source: 'random' | 'composed'
  reserved_at: string
  held_until: string
}

/** The office's exam settings (migration 0012); without a row the terminal's configuration applies. */
export interface OfficeExamSettingsTable {
  office_code: string
  allow_concurrent_k2k3: number
  priority_booking: number
  updated_at: string
  updated_by: string | null
}

export interface ExamBookingsTable {
  id: string
  citizen_id: string
  plan_id: string
  subject: ExamSubject
  mode: 'self_select' | 'arrangement'
  booking_by: 'venue' | 'region'
  place_id: string
  range_from: string
  range_to: string
  session_ids: string
  submitted_at: string
  priority: Generated<number>
  status: 'pending' | 'cancelled' | 'seated' | 'not_seated'
  seated_session_id: string | null
  not_seated_reason: string | null
  rank_position: number | null
  cancelled_at: string | null
  was_seated: Generated<number>
}

export interface ExamAllocationsTable {
  plan_id: string
  seed: number
  run_at: string
  run_by: string | null
  applications: number
  seated: number
  draws: string
}

export interface SyncStateTable {
  id: number
  central_url: string
  secret: string
  partitions: string
  enrolled_at: string
  central_demo: number
  last_success_at: string | null
  last_attempt_at: string | null
  last_error_code: string | null
  last_error_message: string | null
  last_error_at: string | null
  consecutive_failures: Generated<number>
  next_attempt_at: string | null
  clock_offset_ms: number | null
}

export interface SyncPartitionsTable {
  partition: string
  cursor: Generated<number>
  head: number | null
  snapshot_state: 'initial' | 'repair' | null
  snapshot_as_of: number | null
  snapshot_entity: string | null
  snapshot_after_key: string | null
  checksum: Generated<'unchecked' | 'ok' | 'mismatch' | 'repaired'>
  verified_at: string | null
}

export interface SyncSnapshotSeenTable {
  partition: string
  entity: string
  key: string
}

export interface SyncTasksTable {
  id: string
  kind: 'refund' | 'review'
  state: Generated<'open' | 'done'>
  command: string
  idempotency_key: string
  code: string
  message: string
  amount_fen: number | null
  payment_id: string | null
  decision_numbers: Generated<string>
  created_at: string
  resolved_at: string | null
  resolved_by: string | null
  note: string | null
}

export interface DB {
  sync_state: SyncStateTable
  sync_partitions: SyncPartitionsTable
  sync_snapshot_seen: SyncSnapshotSeenTable
  sync_tasks: SyncTasksTable
  learner_permits: LearnerPermitsTable
  exam_attempts: ExamAttemptsTable
  exam_bookings: ExamBookingsTable
  exam_allocations: ExamAllocationsTable
  holiday_calendars: HolidayCalendarsTable
  office_exam_settings: OfficeExamSettingsTable
  service_applications: ServiceApplicationsTable
  plate_selections: PlateSelectionsTable
  plate_reservations: PlateReservationsTable
  number_ranges: NumberRangesTable
  terminal_keys: TerminalKeysTable
  payment_journal: PaymentJournalTable
  payment_lines: PaymentLinesTable
  receipts: ReceiptsTable
  day_closes: DayClosesTable
  organisations: OrganisationsTable
  accounts: AccountsTable
  bindings: BindingsTable
  sync_released: SyncReleasedTable
  audit_log: AuditLogTable
  terminal: TerminalTable
  outbox: OutboxTable
  offices: OfficesTable
  citizens: CitizensTable
  licences: LicencesTable
  vehicles: VehiclesTable
  violations: ViolationsTable
  disputes: DisputesTable
  exam_regions: ExamRegionsTable
  exam_venues: ExamVenuesTable
  exam_plans: ExamPlansTable
  exam_sessions: ExamSessionsTable
}

export interface OrganisationsTable {
  id: string
  uscc: string
  name: string
  agent_citizen_id: string
  agent_phone: string
  status: 'pending' | 'approved' | 'rejected'
  decided_by: string | null
  decided_at: string | null
  decision_note: string | null
  created_at: string
}

export type AccountKind = 'citizen' | 'org_agent' | 'clerk' | 'admin'
export interface AccountsTable {
  id: string
  kind: AccountKind
  citizen_id: string | null
  org_id: string | null
  username: string | null
  display_name: string
  phone: string | null
  password_hash: string
  failed_attempts: Generated<number>
  locked_until: string | null
  disabled: Generated<number>
  created_at: string
  updated_at: string
}

/** A violation whose payment the central service refused: its central row may move it back (migration 0011). */
export interface SyncReleasedTable {
  violation_id: string
  released_at: string
}

export interface BindingsTable {
  /** `<account_id>:<target_kind>:<target_id>` (src-shared/sync/entities.ts `bindingId`). */
  id: string
  account_id: string
  target_kind: 'licence' | 'vehicle'
  target_id: string
  /** When this terminal learnt of the binding; not replicated. */
  created_at: Generated<string>
}

export interface AuditLogTable {
  seq: number
  at: string
  terminal_id: string
  actor_role: string
  actor_id: string | null
  on_behalf_of: string | null
  action: string
  subject: string | null
  details: string
  prev_hash: string
  hash: string
}

