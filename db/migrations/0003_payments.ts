import { sql, type Kysely } from 'kysely'

/**
 * Payments, receipts and the terminal's number ranges and signing keys. Frozen once landed.
 * The payment journal row is committed before the payment device is called; the partial
 * unique index makes a decision payable by at most one live payment, across any retries.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    sql`CREATE TABLE number_ranges (
      kind TEXT PRIMARY KEY CHECK (kind IN ('receipt','decision')),
      prefix TEXT NOT NULL,
      next INTEGER NOT NULL CHECK (next >= 1),
      last INTEGER NOT NULL,
      CHECK (next <= last + 1)
    ) STRICT`,
    sql`CREATE TABLE terminal_keys (
      terminal_id TEXT PRIMARY KEY,
      label TEXT NOT NULL,
      public_key TEXT NOT NULL,
      private_key TEXT
    ) STRICT`,
    sql`CREATE TABLE payment_journal (
      id TEXT PRIMARY KEY,
      terminal_id TEXT NOT NULL,
      channel TEXT NOT NULL CHECK (channel IN ('card','cash')),
      amount_fen INTEGER NOT NULL CHECK (amount_fen > 0),
      state TEXT NOT NULL CHECK (state IN ('pending','approved','declined','unknown')),
      device_reference TEXT,
      card_masked TEXT,
      outcome_note TEXT,
      payer_citizen_id TEXT REFERENCES citizens(id),
      actor_role TEXT NOT NULL,
      actor_id TEXT,
      created_at TEXT NOT NULL,
      resolved_at TEXT
    ) STRICT`,
    sql`CREATE INDEX payment_journal_open ON payment_journal(state) WHERE state IN ('pending','unknown')`,
    sql`CREATE TABLE payment_lines (
      payment_id TEXT NOT NULL REFERENCES payment_journal(id),
      violation_id TEXT NOT NULL REFERENCES violations(id),
      decision_number TEXT NOT NULL,
      handling INTEGER NOT NULL CHECK (handling IN (0,1)),
      previous_state TEXT NOT NULL,
      fine_fen INTEGER NOT NULL CHECK (fine_fen >= 0),
      surcharge_fen INTEGER NOT NULL CHECK (surcharge_fen >= 0 AND surcharge_fen <= fine_fen),
      total_fen INTEGER NOT NULL CHECK (total_fen = fine_fen + surcharge_fen),
      active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0,1)),
      PRIMARY KEY (payment_id, violation_id)
    ) STRICT`,
    sql`CREATE UNIQUE INDEX payment_lines_live_decision ON payment_lines(decision_number) WHERE active = 1`,
    sql`CREATE TABLE receipts (
      number TEXT PRIMARY KEY,
      payment_id TEXT NOT NULL UNIQUE REFERENCES payment_journal(id),
      terminal_id TEXT NOT NULL,
      issued_at TEXT NOT NULL,
      amount_fen INTEGER NOT NULL,
      channel TEXT NOT NULL CHECK (channel IN ('card','cash')),
      payer_name TEXT NOT NULL,
      lines TEXT NOT NULL CHECK (json_valid(lines)),
      qr_payload TEXT NOT NULL,
      copies INTEGER NOT NULL DEFAULT 0
    ) STRICT`,
    sql`CREATE INDEX receipts_issued ON receipts(terminal_id, issued_at)`,
    sql`CREATE TABLE day_closes (
      terminal_id TEXT NOT NULL,
      date TEXT NOT NULL,
      closed_at TEXT NOT NULL,
      closed_by TEXT,
      card_fen INTEGER NOT NULL,
      cash_fen INTEGER NOT NULL,
      receipt_count INTEGER NOT NULL,
      differences INTEGER NOT NULL,
      PRIMARY KEY (terminal_id, date)
    ) STRICT`
  ]
  for (const statement of statements) await statement.execute(db)
}
