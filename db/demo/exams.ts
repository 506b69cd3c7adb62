import type { Insertable } from 'kysely'
import { civilDateFromDayNumber } from '../../src-shared/domain/civil-date'
import type { ExamPlansTable, ExamRegionsTable, ExamSessionsTable, ExamSubject, ExamVenuesTable } from '../schema'
import type { DemoContext } from './context'
import { demoId, ID_KIND } from './ids'
import { Random } from './random'
import { STREAM } from './streams'

/**
 * Exam regions, venues, booking plans and sessions for a few city offices. Plans come in
 * three periods around today (results out, booking window open, published but not yet open)
 * and keep the order S1 and the allocation practice impose: published at least 10 days
 * before the first exam (S1 art.52), window opens ≤ closes ≤ results out < first exam (E14).
 */
interface RegionSpec {
  readonly name: string
  /** Prefix of venue names. */
  readonly place: string
  readonly district: string
  readonly road: string
}

interface ExamOfficeSpec {
  readonly officeCode: string
  readonly city: string
  /** Skills tests (科目二, 科目三) booked per region rather than per venue. */
  readonly skillsByRegion: boolean
  readonly regions: readonly RegionSpec[]
}

const r = (name: string, place: string, district: string, road: string): RegionSpec => ({ name, place, district, road })

const EXAM_OFFICES: readonly ExamOfficeSpec[] = [
  {
    officeCode: '370100',
    city: '济南市',
    skillsByRegion: true,
    regions: [r('济南市区考区', '济南市区', '历城区', '工业北路'), r('章丘考区', '章丘', '章丘区', '汇泉路'), r('长清考区', '长清', '长清区', '大学路')]
  },
  {
    officeCode: '370200',
    city: '青岛市',
    skillsByRegion: true,
    regions: [r('青岛市区考区', '青岛市区', '李沧区', '九水东路'), r('黄岛考区', '黄岛', '黄岛区', '长江西路'), r('即墨考区', '即墨', '即墨区', '烟青路')]
  },
  {
    officeCode: '370600',
    city: '烟台市',
    skillsByRegion: false,
    regions: [r('烟台市区考区', '烟台市区', '莱山区', '港城东大街'), r('龙口考区', '龙口', '龙口市', '港城大道')]
  },
  {
    officeCode: '370700',
    city: '潍坊市',
    skillsByRegion: false,
    regions: [r('潍坊市区考区', '潍坊市区', '奎文区', '北海路'), r('青州考区', '青州', '青州市', '玲珑山路'), r('诸城考区', '诸城', '诸城市', '密州路')]
  },
  {
    officeCode: '371300',
    city: '临沂市',
    skillsByRegion: false,
    regions: [r('临沂市区考区', '临沂市区', '兰山区', '沂蒙路'), r('沂水考区', '沂水', '沂水县', '长安路')]
  }
]

const SUBJECTS: readonly ExamSubject[] = ['k1', 'k2', 'k3_road', 'k3_safety']

interface SubjectSchedule {
  readonly startsAt: readonly string[]
  /** Capacity per session: a multiple of `step` between min and max steps. */
  readonly step: number
  readonly minSteps: number
  readonly maxSteps: number
}

const SCHEDULES: Readonly<Record<ExamSubject, SubjectSchedule>> = {
  k1: { startsAt: ['09:00', '14:00'], step: 20, minSteps: 6, maxSteps: 12 },
  k2: { startsAt: ['08:00', '13:30'], step: 5, minSteps: 6, maxSteps: 12 },
  k3_road: { startsAt: ['08:30', '13:30'], step: 5, minSteps: 4, maxSteps: 8 },
  k3_safety: { startsAt: ['10:30', '15:30'], step: 20, minSteps: 5, maxSteps: 10 }
}

const ORDINARY_CLASSES = 'C1,C2'
const HEAVY_CLASSES = 'A1,A2,B1,B2'
const EXAM_DAYS = 5
const MIN_PUBLICATION_LEAD_DAYS = 10

export interface ExamRows {
  readonly regions: Insertable<ExamRegionsTable>[]
  readonly venues: Insertable<ExamVenuesTable>[]
  readonly plans: Insertable<ExamPlansTable>[]
  readonly sessions: Insertable<ExamSessionsTable>[]
}

interface PlanDays {
  published: number
  opens: number
  closes: number
  results: number
  first: number
}

/** Sunday has no exams; day 0 (1970-01-01) was a Thursday. */
const isSunday = (day: number) => (day + 4) % 7 === 0

function planDays(random: Random, today: number, period: 'past' | 'current' | 'upcoming'): PlanDays {
  let opens: number
  if (period === 'past') opens = today - random.int(32, 38)
  else if (period === 'current') opens = today - random.int(1, 3)
  else opens = today + random.int(8, 12)
  const closes = opens + random.int(5, 7)
  const results = closes + random.int(1, 2)
  let first = results + random.int(3, 5)
  if (isSunday(first)) first++
  const latestPublication = Math.min(opens, first - MIN_PUBLICATION_LEAD_DAYS, today)
  return { published: latestPublication - random.int(0, 3), opens, closes, results, first }
}

export function examRows(ctx: DemoContext): ExamRows {
  const random = Random.stream(ctx.seed, STREAM.exam, 0)
  const rows: ExamRows = { regions: [], venues: [], plans: [], sessions: [] }
  const date = civilDateFromDayNumber

  for (const office of EXAM_OFFICES) {
    const venuesBySubject = new Map<ExamSubject, string[]>(SUBJECTS.map((subject) => [subject, []]))
    for (const region of office.regions) {
      const regionId = demoId(ctx, ID_KIND.examRegion, rows.regions.length)
      rows.regions.push({ id: regionId, office_code: office.officeCode, name: region.name })
      const venues: [string, readonly ExamSubject[]][] = [
        [`${region.place}科目一考场`, ['k1', 'k3_safety']],
        [`${region.place}科目二考场`, ['k2']],
        [`${region.place}科目三考场`, ['k3_road']]
      ]
      if (random.chance(0.5)) venues.push([`${region.place}科目二第二考场`, ['k2']])
      for (const [name, subjects] of venues) {
        const id = demoId(ctx, ID_KIND.examVenue, rows.venues.length)
        const address = `山东省${office.city}${region.district}${region.road}${random.int(1, 999)}号`
        rows.venues.push({ id, region_id: regionId, name, address, subjects: subjects.join(',') })
        for (const subject of subjects) venuesBySubject.get(subject)?.push(id)
      }
    }

    const plans: [ExamSubject, string, 'past' | 'current' | 'upcoming'][] = []
    for (const subject of SUBJECTS) for (const period of ['past', 'current', 'upcoming'] as const) plans.push([subject, ORDINARY_CLASSES, period])
    plans.push(['k2', HEAVY_CLASSES, 'current'])

    for (const [subject, classes, period] of plans) {
      const days = planDays(random, ctx.todayDay, period)
      const planId = demoId(ctx, ID_KIND.examPlan, rows.plans.length)
      const skills = subject === 'k2' || subject === 'k3_road'
      rows.plans.push({
        id: planId,
        office_code: office.officeCode,
        subject,
        licence_classes: classes,
        booking_by: skills && office.skillsByRegion ? 'region' : 'venue',
        published_on: date(days.published),
        window_opens_on: date(days.opens),
        window_closes_on: date(days.closes),
        results_on: date(days.results),
        first_exam_on: date(days.first)
      })
      const schedule = SCHEDULES[subject]
      for (let day = days.first, held = 0; held < EXAM_DAYS; day++) {
        if (isSunday(day)) continue
        held++
        for (const venueId of venuesBySubject.get(subject) ?? []) {
          for (const startsAt of schedule.startsAt) {
            rows.sessions.push({
              id: demoId(ctx, ID_KIND.examSession, rows.sessions.length),
              plan_id: planId,
              venue_id: venueId,
              exam_date: date(day),
              starts_at: startsAt,
              capacity: schedule.step * random.int(schedule.minSteps, schedule.maxSteps)
            })
          }
        }
      }
    }
  }
  return rows
}
