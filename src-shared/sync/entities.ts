/**
 * The records the central service owns and every terminal replicates (pull). Columns are the
 * terminal's SQLite columns; the central service stores each row as an object keyed by these
 * names and answers pages as value arrays with a column header, so a terminal and a central
 * service of different schema versions still understand each other (unknown columns are
 * dropped, missing ones arrive as null).
 *
 * Partitions: `province` carries reference data and people; every other partition is a city
 * office code (`370100`) and carries that office's licences, vehicles, violations and exams.
 */
export const PROVINCE_PARTITION = 'province'

export interface ReplicatedEntity {
  readonly name: ReplicatedEntityName
  readonly key: string
  readonly columns: readonly string[]
  /**
   * Which partition a row belongs to: `province`, its own `office_code`, or the office of the
   * row it hangs from (venues hang from regions, sessions from plans).
   */
  readonly partition: { readonly kind: 'province' } | { readonly kind: 'office' } | { readonly kind: 'parent'; readonly entity: ReplicatedEntityName; readonly column: string }
  /**
   * On the terminal, the SQL condition that picks the replicated rows out of a table that also
   * holds local ones (staff accounts live beside citizen accounts): checksums, repairs and
   * displacement only ever touch rows that match it.
   */
  readonly localFilter?: string
  /** Local rows that hang from a row of this entity and go with it when it is displaced (see RowWriter). */
  readonly dependents?: readonly { readonly table: string; readonly column: string }[]
}

export type ReplicatedEntityName =
  | 'offices'
  | 'citizens'
  | 'licences'
  | 'vehicles'
  | 'violations'
  | 'exam_regions'
  | 'exam_venues'
  | 'exam_plans'
  | 'exam_sessions'
  | 'terminal_keys'
  | 'disputes'
  | 'organisations'
  | 'accounts'
  | 'bindings'
  | 'learner_permits'
  | 'exam_attempts'
  | 'exam_bookings'
  | 'exam_allocations'
  | 'office_exam_settings'
  | 'holiday_calendars'
  | 'service_applications'
  | 'plate_reservations'

/** Parents first: the order snapshots are served and applied in. */
export const REPLICATED_ENTITIES: readonly ReplicatedEntity[] = [
  { name: 'offices', key: 'code', columns: ['code', 'plate_prefix', 'division_code', 'city', 'name'], partition: { kind: 'province' } },
  {
    name: 'citizens',
    key: 'id',
    columns: ['id', 'id_number', 'name', 'name_initials', 'gender', 'birth_date', 'phone', 'address', 'created_at'],
    partition: { kind: 'province' }
  },
  {
    name: 'licences',
    key: 'id',
    columns: ['id', 'file_number', 'citizen_id', 'classes', 'first_issued_on', 'valid_from', 'valid_until', 'status', 'office_code', 'contact_phone', 'contact_address'],
    partition: { kind: 'office' }
  },
  {
    name: 'vehicles',
    key: 'id',
    columns: [
      'id', 'plate', 'plate_type', 'vin', 'owner_citizen_id', 'owner_uscc', 'vehicle_type', 'brand', 'use_nature', 'registered_on', 'inspection_due', 'status', 'office_code', 'contact_phone'
    ],
    partition: { kind: 'office' }
  },
  {
    name: 'violations',
    key: 'id',
    columns: [
      'id', 'kind', 'record_number', 'decision_number', 'vehicle_id', 'plate', 'licence_id', 'occurred_at', 'place', 'office_code', 'code', 'description',
      'fine_fen', 'points', 'state', 'disputed', 'decided_on', 'delivered_on', 'paid_at'
    ],
    partition: { kind: 'office' }
  },
  { name: 'exam_regions', key: 'id', columns: ['id', 'office_code', 'name'], partition: { kind: 'office' } },
  { name: 'exam_venues', key: 'id', columns: ['id', 'region_id', 'name', 'address', 'subjects'], partition: { kind: 'parent', entity: 'exam_regions', column: 'region_id' } },
  {
    name: 'exam_plans',
    key: 'id',
    columns: ['id', 'office_code', 'subject', 'licence_classes', 'booking_by', 'published_on', 'window_opens_on', 'window_closes_on', 'results_on', 'first_exam_on'],
    partition: { kind: 'office' }
  },
  { name: 'exam_sessions', key: 'id', columns: ['id', 'plan_id', 'venue_id', 'exam_date', 'starts_at', 'capacity'], partition: { kind: 'parent', entity: 'exam_plans', column: 'plan_id' } },
  // Learners take their exams at the office that accepted the application: their records, bookings
  // and the plans' allocations travel in that office's partition, so every kiosk and counter of the
  // office books, ranks and cancels on the same data.
  {
    name: 'learner_permits',
    key: 'citizen_id',
    columns: ['citizen_id', 'licence_class', 'application_accepted_at', 'adding_to_car_class', 'permit_issued_on', 'office_code'],
    partition: { kind: 'office' }
  },
  {
    name: 'exam_bookings',
    key: 'id',
    columns: [
      'id', 'citizen_id', 'plan_id', 'subject', 'mode', 'booking_by', 'place_id', 'range_from', 'range_to', 'session_ids', 'submitted_at', 'priority', 'status',
      'seated_session_id', 'not_seated_reason', 'rank_position', 'cancelled_at', 'was_seated'
    ],
    partition: { kind: 'parent', entity: 'exam_plans', column: 'plan_id' }
  },
  {
    name: 'exam_attempts',
    key: 'id',
    columns: ['id', 'citizen_id', 'subject', 'at', 'result', 'booking_id'],
    partition: { kind: 'parent', entity: 'learner_permits', column: 'citizen_id' }
  },
  {
    name: 'exam_allocations',
    key: 'plan_id',
    columns: ['plan_id', 'seed', 'run_at', 'run_by', 'applications', 'seated', 'draws'],
    partition: { kind: 'parent', entity: 'exam_plans', column: 'plan_id' }
  },
  // The office's exam settings (E10: two subjects pending at once; E14: priority booking), set by
  // an administrator of the office and the same on every kiosk and counter that books or ranks.
  {
    name: 'office_exam_settings',
    key: 'office_code',
    columns: ['office_code', 'allow_concurrent_k2k3', 'priority_booking', 'updated_at', 'updated_by'],
    partition: { kind: 'office' }
  },
  // 驾驶证业务 and 机动车业务 applications travel to the counters of the licence's or vehicle's
  // office, which issue them.
  {
    name: 'service_applications',
    key: 'id',
    columns: [
      'id', 'number', 'subject', 'kind', 'subject_id', 'citizen_id', 'office_code', 'request', 'outcome', 'state', 'submitted_at', 'submitted_role', 'submitted_terminal',
      'decided_at', 'decided_by', 'decision_note'
    ],
    partition: { kind: 'office' }
  },
  // Pre-selected plate numbers, held for a VIN: taken on every terminal of the office.
  {
    name: 'plate_reservations',
    key: 'id',
    columns: ['id', 'plate', 'vin', 'citizen_id', 'office_code', 'source', 'reserved_at', 'held_until'],
    partition: { kind: 'office' }
  },
  // The holiday calendar working days are counted on (E9's cancellation deadline, dispute due
  // dates), one row per year, province-wide. Years an administrator set travel; the built-in
  // year each terminal ships with stays the terminal's own default until a set year replaces it.
  {
    name: 'holiday_calendars',
    key: 'year',
    columns: ['year', 'holidays', 'make_up_workdays', 'source', 'updated_at', 'updated_by'],
    partition: { kind: 'province' },
    localFilter: `source = 'admin'`
  },
  // Organisations (单位) registered at a kiosk wait for a clerk's approval at any counter.
  {
    name: 'organisations',
    key: 'id',
    columns: ['id', 'uscc', 'name', 'agent_citizen_id', 'agent_phone', 'status', 'decided_by', 'decided_at', 'decision_note', 'created_at'],
    partition: { kind: 'province' },
    dependents: [{ table: 'accounts', column: 'org_id' }]
  },
  // Citizens' and organisations' accounts, province-wide: registered at one kiosk, signed in at
  // any terminal, offline too, so the scrypt hash travels with the row. Lock-outs
  // (failed_attempts, locked_until) stay with the terminal where the attempts were made. Staff
  // accounts are the terminal's own.
  {
    name: 'accounts',
    key: 'id',
    columns: ['id', 'kind', 'citizen_id', 'org_id', 'username', 'display_name', 'phone', 'password_hash', 'disabled', 'created_at', 'updated_at'],
    partition: { kind: 'province' },
    localFilter: `kind IN ('citizen', 'org_agent')`,
    dependents: [{ table: 'bindings', column: 'account_id' }]
  },
  {
    name: 'bindings',
    key: 'id',
    columns: ['id', 'account_id', 'target_kind', 'target_id'],
    partition: { kind: 'province' },
    localFilter: `account_id IN (SELECT id FROM accounts WHERE kind IN ('citizen', 'org_agent'))`
  },
  // Every enrolled terminal's public receipt key (never its private half), so any counter can
  // tell a genuine receipt or slip from another terminal from a forged one, offline.
  { name: 'terminal_keys', key: 'terminal_id', columns: ['terminal_id', 'label', 'public_key'], partition: { kind: 'province' } },
  // Disputes travel to the counters of the office where the violation happened, which decide them.
  {
    name: 'disputes',
    key: 'id',
    columns: [
      'id', 'violation_id', 'record_number', 'description', 'kind', 'reason', 'evidence', 'raised_by_role', 'raised_by_account', 'raised_for_citizen', 'raised_at',
      'raised_terminal', 'office_code', 'due_on', 'state', 'decided_at', 'decided_by', 'decision_note'
    ],
    partition: { kind: 'office' }
  }
]

export const ENTITY_BY_NAME: ReadonlyMap<string, ReplicatedEntity> = new Map(REPLICATED_ENTITIES.map((entity) => [entity.name, entity]))

/** Version of the replicated schema above; bump when a column is added or removed. */
export const SYNC_SCHEMA_VERSION = 10

/** Key of a binding row: the same binding made on two terminals is the same row. */
export function bindingId(accountId: string, kind: 'licence' | 'vehicle', targetId: string): string {
  return `${accountId}:${kind}:${targetId}`
}

export type RowValue = string | number | null
export type RowObject = Record<string, RowValue>

/**
 * The canonical text of a row over a list of columns: a JSON array of the values in column
 * order, a missing column as null. Both sides hash this text (SHA-256), so the same row gives
 * the same digest on SQLite, PostgreSQL and every terminal.
 */
export function canonicalRow(entity: string, columns: readonly string[], row: Readonly<Record<string, unknown>>): string {
  return JSON.stringify([entity, ...columns.map((column) => normalise(row[column]))])
}

function normalise(value: unknown): RowValue {
  if (value === undefined || value === null) return null
  if (typeof value === 'bigint') return Number(value)
  if (typeof value === 'number' || typeof value === 'string') return value
  if (typeof value === 'boolean') return value ? 1 : 0
  return JSON.stringify(value)
}

const MOD = 1n << 64n

/**
 * Order-independent partition checksum: the sum modulo 2^64 of each row's digest (its first
 * 16 hex digits). Rows can be hashed in any order, and two sets agree only if (with
 * overwhelming probability) they hold the same rows.
 */
export class ChecksumAccumulator {
  private sum = 0n
  count = 0

  add(hexDigest: string): void {
    this.sum = (this.sum + BigInt(`0x${hexDigest.slice(0, 16)}`)) % MOD
    this.count += 1
  }

  get value(): string {
    return this.sum.toString(16).padStart(16, '0')
  }
}

/**
 * Columns both sides know, as positions in the sender's header (schema differences). A column
 * only the receiver has keeps its local value on update and its default on insert; a column
 * only the sender has is dropped.
 */
export function sharedColumns(theirColumns: readonly string[], ourColumns: readonly string[]): { columns: string[]; positions: number[] } {
  const ours = new Set(ourColumns)
  const columns: string[] = []
  const positions: number[] = []
  theirColumns.forEach((column, position) => {
    if (ours.has(column)) {
      columns.push(column)
      positions.push(position)
    }
  })
  return { columns, positions }
}
