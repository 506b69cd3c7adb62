import { sql, type Kysely } from 'kysely'

/**
 * Business applications (业务申请) a holder makes at a kiosk or counter and a clerk of the
 * subject's office issues: 驾驶证业务 on a licence (期满换证, 超龄换证, 损毁换证, 遗失补证, 延期) and
 * 机动车业务 on a vehicle (补换领号牌, 补换领行驶证, 检验合格标志 and its replacement). Checked by
 * rule when made (src-shared/domain/licence-services.ts, vehicle-services.ts), accepted, then
 * issued (办结) or withdrawn (退办). `request` is the applicant's form and `outcome` the record as
 * it will be once issued, both JSON. No foreign key to licences or vehicles: the row is
 * replicated in the subject's office partition, whose central order of arrival the terminal does
 * not control. Frozen once landed.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    sql`CREATE TABLE service_applications (
      id TEXT PRIMARY KEY,
      number TEXT NOT NULL UNIQUE,
      subject TEXT NOT NULL CHECK (subject IN ('licence','vehicle')),
      kind TEXT NOT NULL CHECK (
        (subject = 'licence' AND kind IN ('renewal','age_exchange','replace_damaged','replace_lost','defer'))
        OR (subject = 'vehicle' AND kind IN ('plate_replace','vehicle_licence_replace','inspection_label','label_replace'))
      ),
      subject_id TEXT NOT NULL,
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
    sql`CREATE INDEX service_applications_subject ON service_applications(subject_id, state)`,
    sql`CREATE INDEX service_applications_citizen ON service_applications(citizen_id, submitted_at)`,
    sql`CREATE INDEX service_applications_office ON service_applications(office_code, state, submitted_at)`
  ]
  for (const statement of statements) await statement.execute(db)
}
