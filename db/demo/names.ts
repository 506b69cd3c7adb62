import { OFFICE_BY_PREFIX, type Office } from '../../src-shared/domain/offices'

/**
 * Words the demo data is made of: names, places and roads of Shandong. Characters with more
 * than one common reading (长, 乐, 单, 曾 …) are left out so the pinyin initials of every name
 * are unambiguous.
 */

/** Surnames common in Shandong with a rough relative frequency (per ten thousand people). */
export const SURNAMES: readonly (readonly [string, number])[] = [
  ['王', 95], ['张', 90], ['李', 85], ['刘', 75], ['陈', 35], ['杨', 35], ['孙', 35], ['赵', 32],
  ['徐', 25], ['高', 25], ['马', 20], ['于', 20], ['宋', 18], ['郭', 18], ['朱', 16], ['韩', 15],
  ['董', 15], ['吕', 12], ['田', 12], ['周', 12], ['吴', 11], ['孔', 10], ['曹', 10], ['石', 10],
  ['胡', 10], ['魏', 10], ['崔', 10], ['姜', 10], ['程', 9], ['袁', 8], ['牛', 8], ['邢', 8],
  ['丁', 8], ['梁', 8], ['林', 8], ['黄', 8], ['冯', 8], ['许', 8], ['郑', 8], ['孟', 8],
  ['薛', 7], ['贾', 7], ['任', 7], ['房', 6], ['毕', 6], ['谢', 6], ['范', 6], ['曲', 6],
  ['苏', 6], ['何', 6], ['闫', 6], ['侯', 6], ['武', 6], ['蒋', 5], ['唐', 5], ['姚', 5],
  ['卢', 5], ['秦', 5], ['尹', 5], ['邵', 5], ['潘', 5], ['葛', 5], ['白', 5], ['颜', 4]
]

/** Birth cohorts whose given names differ in fashion. */
export type NameEra = 'before1970' | 'from1970' | 'from1995'

export function nameEra(birthYear: number): NameEra {
  if (birthYear < 1970) return 'before1970'
  return birthYear < 1995 ? 'from1970' : 'from1995'
}

/** Characters of given names by cohort and gender. */
export const GIVEN_NAME_CHARS: Readonly<Record<NameEra, Readonly<Record<'M' | 'F', string>>>> = {
  before1970: { M: '建国华军明志强德福春海平庆忠永金善立林东刚成文新洪振山贵祥', F: '秀英桂兰玉淑珍凤芳梅红霞萍华荣翠云琴丽春月娟美玲' },
  from1970: { M: '伟磊涛斌超鹏飞波凯峰龙亮健俊勇杰辉鑫宁刚强军明东海帅', F: '敏静丽艳娟燕玲婷慧莹雪琳颖倩晶娜芳洁蕾楠薇媛丹霞' },
  from1995: { M: '浩宇轩博子一昊睿天瑞嘉铭泽晨阳毅鸿坤梓辰航哲皓锦文', F: '欣悦佳雨梦思萱琪怡涵璐诗可馨彤冉婧一梓语晴雅若' }
}

/** Pinyin initials of exactly the characters above, grouped by initial. */
const INITIALS: Readonly<Record<string, string>> = {
  B: '毕白斌波博',
  C: '陈曹崔程春成超晨辰翠',
  D: '董丁德东丹',
  F: '冯房范福芳凤飞峰',
  G: '高郭国刚贵桂葛',
  H: '韩胡黄何侯华海洪红辉浩昊鸿航皓涵慧',
  J: '姜贾蒋建军金俊健杰嘉锦娟静晶洁佳婧',
  K: '孔凯坤可',
  L: '李刘吕梁林卢立兰玲丽磊龙亮琳蕾璐',
  M: '马孟明梅美敏铭梦',
  N: '牛宁娜楠',
  P: '潘平萍鹏',
  Q: '秦曲庆强琴倩琪晴',
  R: '任荣瑞睿冉若',
  S: '孙宋石苏邵善山淑思诗帅',
  T: '田唐涛天婷彤',
  W: '王吴魏武文伟薇',
  X: '徐邢许薛谢新祥秀霞鑫雪欣萱馨轩',
  Y: '杨于袁闫尹姚颜永玉英云月艳燕莹颖媛勇宇一阳毅悦雨怡语雅',
  Z: '张赵朱周郑志忠振珍子泽梓哲'
}

export const PINYIN_INITIAL: ReadonlyMap<string, string> = new Map(
  Object.entries(INITIALS).flatMap(([initial, chars]) => Array.from(chars, (char) => [char, initial] as const))
)

/** `name_initials` of a name: 张伟 → ZW. */
export function nameInitials(name: string): string {
  return Array.from(name, (char) => {
    const initial = PINYIN_INITIAL.get(char)
    if (!initial) throw new RangeError(`no pinyin initial for ${char}`)
    return initial
  }).join('')
}

export interface District {
  /** GB/T 2260 county-level code. */
  readonly code: string
  readonly name: string
}

/**
 * A part of a city with its own plate office and roads. Laiwu (莱芜区, 钢城区) joined Jinan in
 * 2019 but keeps plate prefix 鲁S (offices.ts), so it is an area of its own.
 */
export interface DemoArea {
  readonly city: string
  readonly platePrefix: string
  readonly districts: readonly District[]
  readonly roads: readonly string[]
}

const d = (code: string, name: string): District => ({ code, name })

export const AREAS: readonly DemoArea[] = [
  {
    city: '济南市',
    platePrefix: '鲁A',
    districts: [d('370102', '历下区'), d('370103', '市中区'), d('370104', '槐荫区'), d('370105', '天桥区'), d('370112', '历城区')],
    roads: ['经十路', '泉城路', '解放路', '历山路', '二环东路', '北园大街', '工业南路', '舜耕路', '英雄山路', '纬二路']
  },
  {
    city: '济南市',
    platePrefix: '鲁S',
    districts: [d('370116', '莱芜区'), d('370117', '钢城区')],
    roads: ['汶源大街', '鲁中大街', '凤城大街', '长勺路', '花园路']
  },
  {
    city: '青岛市',
    platePrefix: '鲁B',
    districts: [d('370202', '市南区'), d('370203', '市北区'), d('370211', '黄岛区'), d('370212', '崂山区'), d('370214', '城阳区')],
    roads: ['香港中路', '东海西路', '山东路', '南京路', '辽阳西路', '重庆中路', '长江中路', '海尔路']
  },
  {
    city: '淄博市',
    platePrefix: '鲁C',
    districts: [d('370302', '淄川区'), d('370303', '张店区'), d('370304', '博山区'), d('370305', '临淄区'), d('370306', '周村区')],
    roads: ['柳泉路', '华光路', '共青团西路', '人民西路', '联通路', '西五路']
  },
  {
    city: '枣庄市',
    platePrefix: '鲁D',
    districts: [d('370402', '市中区'), d('370403', '薛城区'), d('370404', '峄城区'), d('370481', '滕州市')],
    roads: ['光明大道', '君山路', '青檀路', '文化路', '民生路']
  },
  {
    city: '东营市',
    platePrefix: '鲁E',
    districts: [d('370502', '东营区'), d('370503', '河口区'), d('370505', '垦利区'), d('370523', '广饶县')],
    roads: ['府前大街', '西三路', '济南路', '黄河路', '东二路', '南一路']
  },
  {
    city: '烟台市',
    platePrefix: '鲁F',
    districts: [d('370602', '芝罘区'), d('370611', '福山区'), d('370612', '牟平区'), d('370613', '莱山区'), d('370681', '龙口市')],
    roads: ['南大街', '北马路', '观海路', '港城大街', '长江路', '迎春大街']
  },
  {
    city: '潍坊市',
    platePrefix: '鲁G',
    districts: [d('370702', '潍城区'), d('370705', '奎文区'), d('370781', '青州市'), d('370782', '诸城市'), d('370783', '寿光市')],
    roads: ['东风街', '胜利街', '北海路', '新华路', '福寿街', '潍州路']
  },
  {
    city: '济宁市',
    platePrefix: '鲁H',
    districts: [d('370811', '任城区'), d('370812', '兖州区'), d('370881', '曲阜市'), d('370883', '邹城市')],
    roads: ['太白楼路', '红星路', '共青团路', '琵琶山路', '建设路', '洸河路']
  },
  {
    city: '泰安市',
    platePrefix: '鲁J',
    districts: [d('370902', '泰山区'), d('370911', '岱岳区'), d('370982', '新泰市'), d('370983', '肥城市')],
    roads: ['东岳大街', '泰山大街', '岱宗大街', '龙潭路', '灵山大街']
  },
  {
    city: '威海市',
    platePrefix: '鲁K',
    districts: [d('371002', '环翠区'), d('371003', '文登区'), d('371082', '荣成市'), d('371083', '乳山市')],
    roads: ['新威路', '统一路', '海滨路', '青岛路', '世昌大道']
  },
  {
    city: '日照市',
    platePrefix: '鲁L',
    districts: [d('371102', '东港区'), d('371103', '岚山区'), d('371121', '五莲县'), d('371122', '莒县')],
    roads: ['泰安路', '烟台路', '威海路', '海曲路', '望海路']
  },
  {
    city: '滨州市',
    platePrefix: '鲁M',
    districts: [d('371602', '滨城区'), d('371603', '沾化区'), d('371621', '惠民县'), d('371681', '邹平市')],
    roads: ['黄河五路', '渤海七路', '黄河二路', '渤海十八路', '长江一路']
  },
  {
    city: '德州市',
    platePrefix: '鲁N',
    districts: [d('371402', '德城区'), d('371403', '陵城区'), d('371481', '乐陵市'), d('371482', '禹城市')],
    roads: ['东方红路', '三八路', '湖滨大道', '新湖大街', '天衢路']
  },
  {
    city: '聊城市',
    platePrefix: '鲁P',
    districts: [d('371502', '东昌府区'), d('371503', '茌平区'), d('371521', '阳谷县'), d('371581', '临清市')],
    roads: ['东昌路', '柳园路', '建设路', '花园路', '光岳路']
  },
  {
    city: '临沂市',
    platePrefix: '鲁Q',
    districts: [d('371302', '兰山区'), d('371311', '罗庄区'), d('371312', '河东区'), d('371323', '沂水县')],
    roads: ['沂蒙路', '解放路', '通达路', '北京路', '金雀山路']
  },
  {
    city: '菏泽市',
    platePrefix: '鲁R',
    districts: [d('371702', '牡丹区'), d('371703', '定陶区'), d('371721', '曹县'), d('371725', '郓城县')],
    roads: ['中华路', '人民路', '长江路', '丹阳路', '和平路']
  }
]

/** The vehicle office of an area. */
export function areaOffice(area: DemoArea): Office {
  const office = OFFICE_BY_PREFIX.get(area.platePrefix)
  if (!office) throw new Error(`no office for ${area.platePrefix}`)
  return office
}

/** Expressways crossing Shandong, for places of expressway violations. */
export const EXPRESSWAYS: readonly string[] = ['G2京沪高速', 'G3京台高速', 'G15沈海高速', 'G18荣乌高速', 'G20青银高速', 'G22青兰高速', 'G25长深高速', 'G35济广高速']
