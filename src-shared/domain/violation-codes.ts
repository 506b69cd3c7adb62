/**
 * Catalogue of the violation codes (违法代码) the terminal shows and the demo data uses, with
 * Shandong's fine and the points of the 2022 scoring rules.
 *
 * Points follow S2 (《道路交通安全违法行为记分管理办法》, in force 2022-04-01) arts.8–12;
 * a violation S2 does not list scores 0. Speeding fines follow the Shandong bands of S8
 * art.77 (50/200/500/1000/2000 yuan); other Shandong fines are 20, 100 or 200 yuan
 * (S8 arts.70–72). S8 is the 2012 text, so the amounts are data to confirm with the provincial
 * 车管所 (platform-rules §5 item 9), not law to build logic on.
 *
 * Code numbers are the 4-digit national codes long printed on 12123 records; the 2022
 * revision of the code table is not at hand, so where an entry says "code uncertain" the
 * number may have been reissued and must be checked against the current MPS table.
 */
export type ViolationPoints = 0 | 1 | 3 | 6 | 9 | 12

export interface ViolationCode {
  readonly code: string
  readonly descriptionZh: string
  readonly descriptionEn: string
  /** Shandong fine in fen. */
  readonly fineFen: number
  readonly points: ViolationPoints
  /** Recorded by traffic cameras (非现场), so it can reach the terminal as an unhandled record. */
  readonly cameraEligible: boolean
  /**
   * Handled only at a counter by an officer, never by self-service: criminal exposure or
   * licence suspension has to be decided in person (drink-driving, S7 art.91).
   */
  readonly counterOnly: boolean
}

/** Fines above 200 yuan take the ordinary procedure (一般程序) instead of the summary one (S3 arts.42–43, 52). */
export const SUMMARY_PROCEDURE_MAX_FINE_FEN = 20_000

export type DecisionProcedure = 'summary' | 'general'

export function decisionProcedure(fineFen: number): DecisionProcedure {
  return fineFen > SUMMARY_PROCEDURE_MAX_FINE_FEN ? 'general' : 'summary'
}

function entry(
  code: string,
  descriptionZh: string,
  descriptionEn: string,
  fineYuan: number,
  points: ViolationPoints,
  cameraEligible: boolean,
  counterOnly = false
): ViolationCode {
  return { code, descriptionZh, descriptionEn, fineFen: fineYuan * 100, points, cameraEligible, counterOnly }
}

export const VIOLATION_CODES: readonly ViolationCode[] = [
  // Signals, signs and markings.
  entry('1625', '驾驶机动车违反道路交通信号灯通行的', 'Running a red light', 200, 6, true), // S2 art.10(8)
  entry('1344', '机动车违反禁令标志指示的', 'Disobeying a prohibition sign', 100, 1, true), // S2 art.12(4)
  entry('1345', '机动车违反禁止标线指示的', 'Crossing a prohibition marking (e.g. a solid line)', 100, 1, true), // S2 art.12(4)
  // Not in S2's lists since 2022: 0 points. Code uncertain.
  entry('1208', '机动车通过有灯控路口时，不按所需行进方向驶入导向车道的', 'Not using the lane for the intended direction at a signalled junction', 100, 0, true),
  // Not in S2's lists since 2022: 0 points. Code uncertain.
  entry('1211', '通过路口遇停止信号时，停在停止线以内或路口内的', 'Stopping beyond the stop line or inside the junction on a stop signal', 100, 0, true),
  entry('1019', '机动车违反规定使用专用车道的', 'Driving in a reserved lane (e.g. a bus lane)', 100, 0, true),

  // Pedestrians, right of way, lanes.
  entry('1357', '驾驶机动车行经人行横道，不按规定减速、停车、避让行人的', 'Not yielding to pedestrians at a crossing', 200, 3, true), // S2 art.11(7)
  entry('1301', '机动车逆向行驶的', 'Driving against the traffic (outside expressways)', 200, 3, true), // S2 art.11(4)
  // S2 art.11(5). Code uncertain.
  entry('1243', '遇前方机动车停车排队或者缓慢行驶时，借道超车或者占用对面车道、穿插等候车辆的', 'Queue-jumping into the opposite lane or between waiting vehicles', 200, 3, true),
  // S2 art.11(4). Code uncertain.
  entry('1313', '转弯的机动车未让直行的车辆、行人先行的', 'Turning without giving way to straight-through traffic or pedestrians', 100, 3, false),
  // S2 art.10(11). Code uncertain (the expressway variant of the emergency-lane code).
  entry('4608', '机动车在高速公路遇交通拥堵，占用应急车道行驶的', 'Driving in the expressway emergency lane in congestion', 200, 6, true),

  // Driver behaviour.
  entry('1223', '驾驶时拨打接听手持电话的', 'Using a hand-held phone while driving', 100, 3, true), // S2 art.11(6)
  // S2 art.12(9) scores every road since 2022. Code uncertain (6011 named roads other than expressways).
  entry('6011', '驾驶人未按规定使用安全带的', 'Driver not wearing a seat belt', 100, 1, true),
  // S2 art.12(3). Code uncertain.
  entry('1102', '不按规定使用灯光的', 'Improper use of lights', 100, 1, false),
  // S2 art.8(1); S7 art.91: 1000–2000 yuan and 6 months' suspension, decided at the counter.
  // Drunk driving (醉酒) is a criminal case and never a fine, so it is not catalogued.
  entry('1712', '饮酒后驾驶机动车的', 'Drink-driving (over the drink limit, below the drunk limit)', 1000, 12, false, true),

  // Documents, plates, inspection.
  entry('1110', '未随车携带驾驶证的', 'Driving licence not carried', 20, 0, false),
  entry('1109', '未随车携带行驶证的', 'Vehicle registration certificate not carried', 20, 0, false),
  // S2 art.9(4). Code uncertain.
  entry('1614', '故意遮挡机动车号牌的', 'Deliberately covering a number plate', 200, 9, false),
  // S2 art.12(7) for vehicles other than coaches and dangerous-goods vehicles.
  entry('1340', '上道路行驶的机动车未按规定定期进行安全技术检验的', 'Driving a vehicle overdue for its periodic inspection', 200, 1, false),

  // Parking: S2 scores none; S7 art.93.
  entry('1039', '机动车违反规定停放、临时停车且驾驶人不在现场或驾驶人虽在现场拒绝立即驶离，妨碍其它车辆、行人通行的', 'Illegal parking, driver absent or refusing to move', 100, 0, true),
  // Local 5-digit refinement of 1039 as seen on city records; code uncertain.
  entry('10393', '机动车未按规定在限制、禁止的区域或者路段停靠的', 'Stopping in a restricted or no-stopping zone', 200, 0, true),

  // Speeding by a car that is not a school bus, medium/heavy vehicle or dangerous-goods
  // vehicle, on roads other than expressways. Points: S2 art.11(2) for 20–50 %, art.10(3)
  // for 50 % and more, none below 20 %. Fines: S8 art.77 bands. The 4-digit stems are the
  // national speeding codes; the fifth digit names the Shandong fine band and is assigned here
  // (code uncertain).
  entry('13521', '驾驶机动车在高速公路、城市快速路以外的道路上行驶超过规定时速10%以上未达到20%的', 'Speeding 10–20 % over the limit (ordinary road)', 50, 0, true),
  entry('16361', '驾驶机动车在高速公路、城市快速路以外的道路上行驶超过规定时速20%以上未达到30%的', 'Speeding 20–30 % over the limit (ordinary road)', 50, 3, true),
  entry('16362', '驾驶机动车在高速公路、城市快速路以外的道路上行驶超过规定时速30%以上未达到50%的', 'Speeding 30–50 % over the limit (ordinary road)', 200, 3, true),
  entry('17211', '驾驶机动车在高速公路、城市快速路以外的道路上行驶超过规定时速50%以上未达到70%的', 'Speeding 50–70 % over the limit (ordinary road)', 500, 6, true),
  entry('17212', '驾驶机动车在高速公路、城市快速路以外的道路上行驶超过规定时速70%以上未达到100%的', 'Speeding 70–100 % over the limit (ordinary road)', 1000, 6, true),
  entry('17213', '驾驶机动车在高速公路、城市快速路以外的道路上行驶超过规定时速100%以上的', 'Speeding 100 % or more over the limit (ordinary road)', 2000, 6, true)
]

export const VIOLATION_CODE_BY_CODE: ReadonlyMap<string, ViolationCode> = new Map(VIOLATION_CODES.map((v) => [v.code, v]))
