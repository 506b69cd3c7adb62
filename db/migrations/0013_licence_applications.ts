import { sql, type Kysely } from 'kysely'

/**
 * 驾驶证业务 applications (期满换证, 超龄换证, 损毁换证, 遗失补证, 延期换证/审验/提交身体条件证明):
 * checked by rule when made at a kiosk or counter (src-shared/domain/licence-services.ts),
 * accepted, then issued (办结) or withdrawn (退办) by a clerk of the licence's office. `request`
 * is the applicant's form and `outcome` the licence as it will be once issued, both JSON. No
 * foreign key to licences: the row is replicated in the licence's office partition, whose
 * central order of arrival the terminal does not control. Frozen once landed.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    sql`CREATE TABLE licence_applications (
      id TEXT PRIMARY KEY,
      number TEXT NOT NULL UNIQUE,
      kind TEXT NOT NULL CHECK (kind IN ('renewal','age_exchange','replace_damaged','replace_lost','defer')),
      licence_id TEXT NOT NULL,
      citizen_id TEXT NOT NULL,
      office_code TEXT NOT NULL,
      request TEXT NOT NULL CHECK (json_valid(request)),
      outcome TEXT NOT NULL CHECK (json_valid(outcome)),
      state TEXT NOT NULL CHECK (state IN ('accepted','completed','withdrawn')),
      submitted_at TEXT NOT NULL,
      submitted_role TEXT NOT NULL,
      submitted_terminal TEXT NOT NULL,
      decided_at TEXT,
      decided_by TEXT,
      decision_note TEXT,
      CHECK ((state = 'accepted') = (decided_at IS NULL))
    ) STRICT`,
    sql`CREATE INDEX licence_applications_licence ON licence_applications(licence_id, state)`,
    sql`CREATE INDEX licence_applications_office ON licence_applications(office_code, state, submitted_at)`
  ]
  for (const statement of statements) await statement.execute(db)
}
