import { DEMO_STAFF_PASSWORD } from '../../../src-shared/domain/password-rule'
import type { AppDatabase } from '../../core/database'
import { hashPassword } from './password'
import { insertStaff } from './staff'

/** Published in the README: a demo terminal is for trying the product, never for real data. */
export { DEMO_STAFF_PASSWORD }

const DEMO_STAFF = [
  { username: 'admin', displayName: '演示管理员', role: 'admin' as const },
  { username: 'clerk', displayName: '演示窗口人员', role: 'clerk' as const }
]

/** A demo terminal gets an admin and a clerk account so a newcomer can sign in at once. */
export async function ensureDemoStaff(db: AppDatabase, at: Date): Promise<void> {
  for (const staff of DEMO_STAFF) {
    if (db.first(db.kysely.selectFrom('accounts').select('id').where('username', '=', staff.username))) continue
    const passwordHash = await hashPassword(DEMO_STAFF_PASSWORD)
    db.transaction(() => insertStaff(db, { ...staff, passwordHash }, at))
  }
}
