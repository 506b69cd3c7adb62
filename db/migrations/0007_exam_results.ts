import { sql, type Kysely } from 'kysely'

/**
 * Exam results recorded at the counter against the booking they close. Frozen once landed.
 * An attempt recorded from a booking names it (attempts from the exam system or the demo set
 * name none); the unique index makes "one result per booking" hold in the data as well as in
 * the service. The booking itself stays `seated`: a seated booking with an attempt is one that
 * was sat (or missed), and counts once against the five-booking limit (E8).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    sql`ALTER TABLE exam_attempts ADD COLUMN booking_id TEXT REFERENCES exam_bookings(id)`,
    sql`CREATE UNIQUE INDEX exam_attempts_booking ON exam_attempts(booking_id) WHERE booking_id IS NOT NULL`
  ]
  for (const statement of statements) await statement.execute(db)
}
