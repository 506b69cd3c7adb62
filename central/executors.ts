import type { PushedCommand } from '../src-shared/sync/protocol'
import type { CentralTrx } from './store'
import { executeDisputeDecided, executeDisputeRaised } from './executors/disputes'
import { executeExamAllocation, executeExamApplication, executeExamBooking, executeExamCancel, executeExamPlan, executeExamResult } from './executors/exams'
import { executeServiceApplication, executeServiceDecision } from './executors/applications'
import { executePayment } from './executors/payments'
import { executePlateReservation } from './executors/plates'
import { executeCalendarYear, executeOfficeExamSettings } from './executors/reference'
import {
  executeBinding,
  executeContacts,
  executeOrganisationDecision,
  executeOrganisationRegistration,
  executePasswordReset,
  executeRegistration,
  executeUnbinding
} from './executors/people'
import { applied, type ExecutionContext, type Executor, type StoredResult } from './executors/result'

export type { ExecutionContext, StoredResult } from './executors/result'

/**
 * Re-execute a pushed command with the shared domain rules, inside the caller's transaction.
 * The terminal has already done it locally (offline-first); the central service is the
 * arbiter when two terminals did conflicting things, and answers what the counter must do.
 */
export async function executeCommand(trx: CentralTrx, context: ExecutionContext, command: PushedCommand): Promise<StoredResult> {
  const executor = EXECUTORS[command.command]
  // Commands without central rules (audit, day closes, reprints) are kept as a record only.
  if (!executor) return applied(command)
  return executor(trx, context, command)
}

const EXECUTORS: Record<string, Executor> = {
  'payments.pay': executePayment,
  'payments.settle': executePayment,
  'auth.registerCitizen': executeRegistration,
  'me.updateContacts': executeContacts,
  'auth.registerOrganisation': executeOrganisationRegistration,
  'counter.decideOrganisation': executeOrganisationDecision,
  'me.bindLicence': executeBinding,
  'me.bindVehicle': executeBinding,
  'me.unbind': executeUnbinding,
  'counter.resetCitizenPassword': executePasswordReset,
  'exams.createPlan': executeExamPlan,
  'exams.book': executeExamBooking,
  'exams.cancel': executeExamCancel,
  'exams.recordResult': executeExamResult,
  'exams.allocate': executeExamAllocation,
  'exams.acceptApplication': executeExamApplication,
  'exams.updateCalendar': executeCalendarYear,
  'exams.updateSettings': executeOfficeExamSettings,
  'licence.apply': executeServiceApplication,
  'vehicle.apply': executeServiceApplication,
  'applications.decide': executeServiceDecision,
  'plates.reserve': executePlateReservation,
  'disputes.raise': executeDisputeRaised,
  'disputes.decide': executeDisputeDecided
}

