import type { examsContract } from '../../../src-shared/contract/exams'
import type { OfficeExamSettings } from '../../../src-shared/domain/exams'
import type { HandlerContext, Handlers } from '../../core/dispatcher'
import { acceptApplication } from './application'
import { calendarYear, updateCalendarYear } from './calendar'
import { recordResult } from './results'
import { officeExamSettings, settingsView, updateExamSettings } from './settings'
import { allocate, book, cancel, checkSlip, createPlan, overview, planList, plans, slip } from './service'

/**
 * `configured`: the terminal's own exam settings (config.json), in force until the office sets
 * its own (exams.updateSettings, replicated to every terminal of the office).
 */
export function examHandlers(configured: OfficeExamSettings): Handlers<typeof examsContract> {
  const settings = (ctx: HandlerContext) => officeExamSettings(ctx, configured)
  return {
    'exams.overview': (_input, ctx) => overview(ctx, settings(ctx)),
    'exams.plans': (_input, ctx) => plans(ctx, settings(ctx)),
    'exams.book': (input, ctx) => book(input, ctx, settings(ctx)),
    'exams.cancel': (input, ctx) => cancel(input, ctx, settings(ctx)),
    'exams.slip': { async: true, run: (input, ctx) => slip(input, ctx) },
    'exams.verifySlip': (input, ctx) => checkSlip(input, ctx),
    'exams.planList': (_input, ctx) => planList(ctx),
    'exams.createPlan': (input, ctx) => createPlan(input, ctx),
    'exams.allocate': (input, ctx) => allocate(input, ctx, settings(ctx)),
    'exams.acceptApplication': (input, ctx) => acceptApplication(input, ctx),
    'exams.recordResult': (input, ctx) => recordResult(input, ctx, settings(ctx)),
    'exams.calendar': (input, ctx) => calendarYear(input, ctx),
    'exams.updateCalendar': (input, ctx) => updateCalendarYear(input, ctx),
    'exams.settings': (_input, ctx) => settingsView(ctx, configured),
    'exams.updateSettings': (input, ctx) => updateExamSettings(input, ctx, configured)
  }
}
