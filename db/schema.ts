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
  vehicle_type: string
  brand: string
  use_nature: string
  registered_on: string
  inspection_due: string
  status: VehicleStatus
  office_code: string
  contact_phone: string | null
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

export interface DB {
  terminal: TerminalTable
  outbox: OutboxTable
  offices: OfficesTable
  citizens: CitizensTable
  licences: LicencesTable
  vehicles: VehiclesTable
  violations: ViolationsTable
  exam_regions: ExamRegionsTable
  exam_venues: ExamVenuesTable
  exam_plans: ExamPlansTable
  exam_sessions: ExamSessionsTable
}
