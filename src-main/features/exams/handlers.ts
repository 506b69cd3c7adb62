import type { examsContract } from '../../../src-shared/contract/exams'
import type { OfficeExamSettings } from '../../../src-shared/domain/exams'
import type { Handlers } from '../../core/dispatcher'
import { acceptApplication } from './application'
import { calendarYear, updateCalendarYear } from './calendar'
import { recordResult } from './results'
import { allocate, book, cancel, checkSlip, createPlan, overview, planList, plans, slip } from './service'

export function examHandlers(settings: OfficeExamSettings): Handlers<typeof examsContract> {
  return {
    'exams.overview': (_input, ctx) => overview(ctx, settings),
    'exams.plans': (_input, ctx) => plans(ctx, settings),
    'exams.book': (input, ctx) => book(input, ctx, settings),
    'exams.cancel': (input, ctx) => cancel(input, ctx, settings),
    'exams.slip': { async: true, run: (input, ctx) => slip(input, ctx) },
    'exams.verifySlip': (input, ctx) => checkSlip(input, ctx),
    'exams.planList': (_input, ctx) => planList(ctx),
    'exams.createPlan': (input, ctx) => createPlan(input, ctx),
    'exams.allocate': (input, ctx) => allocate(input, ctx, settings),
    'exams.acceptApplication': (input, ctx) => acceptApplication(input, ctx),
    'exams.recordResult': (input, ctx) => recordResult(input, ctx, settings),
    'exams.calendar': (input, ctx) => calendarYear(input, ctx),
    'exams.updateCalendar': (input, ctx) => updateCalendarYear(input, ctx)
  }
}
