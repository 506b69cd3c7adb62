/**
 * Shandong vehicle offices (车辆管理所) by plate prefix. Source: research/platform-rules.md §2
 * (consolidated table). 鲁S is former Laiwu, merged into Jinan in 2019. 鲁W is disputed and
 * is not issued here; I and O are never office letters.
 */
export interface Office {
  /** Office code used across the data: the plate prefix letter's office, e.g. `370100`. */
  readonly code: string
  readonly platePrefix: string
  /** GB/T 2260 division code of the city. */
  readonly divisionCode: string
  readonly city: string
  readonly cityEn: string
  readonly name: string
}

function office(platePrefix: string, divisionCode: string, city: string, cityEn: string, suffix = ''): Office {
  return {
    code: `${divisionCode}${suffix}`,
    platePrefix,
    divisionCode,
    city,
    cityEn,
    name: `${city}公安局交通警察支队车辆管理所${suffix ? `（${platePrefix}）` : ''}`
  }
}

export const SHANDONG_OFFICES: readonly Office[] = [
  office('鲁A', '370100', '济南市', 'Jinan'),
  office('鲁B', '370200', '青岛市', 'Qingdao'),
  office('鲁C', '370300', '淄博市', 'Zibo'),
  office('鲁D', '370400', '枣庄市', 'Zaozhuang'),
  office('鲁E', '370500', '东营市', 'Dongying'),
  office('鲁F', '370600', '烟台市', 'Yantai'),
  office('鲁G', '370700', '潍坊市', 'Weifang'),
  office('鲁H', '370800', '济宁市', 'Jining'),
  office('鲁J', '370900', '泰安市', "Tai'an"),
  office('鲁K', '371000', '威海市', 'Weihai'),
  office('鲁L', '371100', '日照市', 'Rizhao'),
  office('鲁M', '371600', '滨州市', 'Binzhou'),
  office('鲁N', '371400', '德州市', 'Dezhou'),
  office('鲁P', '371500', '聊城市', 'Liaocheng'),
  office('鲁Q', '371300', '临沂市', 'Linyi'),
  office('鲁R', '371700', '菏泽市', 'Heze'),
  office('鲁S', '370100', '济南市', 'Jinan', 'S'),
  office('鲁U', '370200', '青岛市', 'Qingdao', 'U'),
  office('鲁V', '370700', '潍坊市', 'Weifang', 'V'),
  office('鲁Y', '370600', '烟台市', 'Yantai', 'Y')
]

export const OFFICE_BY_PREFIX: ReadonlyMap<string, Office> = new Map(SHANDONG_OFFICES.map((o) => [o.platePrefix, o]))
export const OFFICE_BY_CODE: ReadonlyMap<string, Office> = new Map(SHANDONG_OFFICES.map((o) => [o.code, o]))

/** Letters after 鲁 that Shandong issues. */
export const SHANDONG_OFFICE_LETTERS: readonly string[] = SHANDONG_OFFICES.map((o) => o.platePrefix.slice(1))
