import type { Generated } from 'kysely'

/**
 * Tables of the central service. Instants are ISO-8601 text and JSON is text, so the same
 * rows and queries work on SQLite (development, demo) and PostgreSQL (production).
 */
export type TerminalMode = 'kiosk' | 'counter'
export type TerminalStatus = 'enrolled' | 'de_enrolled'

export interface TerminalsTable {
  id: string
  name: string
  office_code: string
  mode: TerminalMode
  /** JSON array of partition names the terminal may pull. */
  partitions: string
  /** base64url HMAC key of the request signatures. */
  secret: string
  /** PEM (spki) of the terminal's Ed25519 receipt-signing key. */
  public_key: string
  status: TerminalStatus
  /** Raised by the terminal when it restarts its command sequence (restore from a backup). */
  epoch: number
  /** 10–89: the terminal's share of its office's receipt and decision numbers. */
  range_slot: number
  enrolled_at: string
  de_enrolled_at: string | null
  last_seen_at: string | null
  last_push_at: string | null
  last_pull_at: string | null
  /** As reported by the terminal: its last complete sync. */
  last_sync_at: string | null
  queue_depth: number
  oldest_pending_at: string | null
  clock_offset_ms: number | null
  rejected_open: number
  app_version: string | null
  schema_version: number | null
}

export interface EnrolmentCodesTable {
  /** sha256 hex of the code: a leaked database does not leak usable codes. */
  code_hash: string
  office_code: string
  mode: TerminalMode
  name: string
  partitions: string
  created_at: string
  expires_at: string
  used_at: string | null
  terminal_id: string | null
}

export interface CommandsTable {
  idempotency_key: string
  terminal_id: string
  epoch: number
  seq: number
  command: string
  version: number
  payload: string
  status: 'applied' | 'rejected'
  /** JSON of the CommandResult without `replayed`, answered again on a replay. */
  result: string
  received_at: string
}

export interface RecordsTable {
  entity: string
  key: string
  partition: string
  /** JSON array of the values in the entity's column order (REPLICATED_ENTITIES). */
  row: string
  updated_seq: number
  /** The person a licence or vehicle belongs to: finds their records without parsing every row. */
  citizen_id: string | null
}

export interface ChangesTable {
  seq: Generated<number>
  partition: string
  entity: string
  key: string
  /** Same text as records.row; null means the row left the partition. */
  row: string | null
  at: string
}

export interface AccountsTable {
  citizen_id: string
  account_id: string
  terminal_id: string
  idempotency_key: string
  created_at: string
}

export interface PaymentsTable {
  violation_id: string
  payment_id: string
  terminal_id: string
  decision_number: string
  total_fen: number
  paid_at: string
}

export interface CentralDB {
  terminals: TerminalsTable
  enrolment_codes: EnrolmentCodesTable
  commands: CommandsTable
  records: RecordsTable
  changes: ChangesTable
  accounts: AccountsTable
  payments: PaymentsTable
}
