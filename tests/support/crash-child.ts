/**
 * Child process for the payment crash test: opens the terminal on a data directory, signs a
 * citizen in and pays, with the process killed (SIGKILL, no clean-up) at one payment step.
 * argv: dataDir crashPoint idNumber password expectedTotalFen violationId...
 */
import { createTerminalApp } from '../../src-main/app/app'
import type { CrashPoint } from '../../src-main/features/violations/payment'

const [dataDir, crashPoint, idNumber, password, expected, ...violationIds] = process.argv.slice(2)
const app = await createTerminalApp({
  dataDir: dataDir!,
  now: () => new Date('2026-11-25T02:00:00Z'),
  crashAt: (point: CrashPoint) => {
    if (point === crashPoint) process.kill(process.pid, 'SIGKILL')
  }
})
const session = app.sessions.create()
const signedIn = await app.dispatcher.call(session, 'auth.signIn', { kind: 'citizen', idNumber, password })
if (!signedIn.ok) throw new Error(JSON.stringify(signedIn))
const result = await app.dispatcher.call(session, 'payments.pay', { violationIds, channel: 'card', expectedTotalFen: Number(expected) })
process.stdout.write(JSON.stringify(result))
app.close()
