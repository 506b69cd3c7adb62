/**
 * Simplified Chinese, the terminal's default language. `en.ts` must have exactly these keys
 * (enforced by its type and by locales.test.ts). vue-i18n treats `{ } @ $ |` as syntax, so
 * messages avoid them except for `{name}` placeholders.
 */
const zhCN = {
  app: {
    title: '山东交通安全综合服务管理平台',
    skipToContent: '跳到主要内容'
  },
  nav: {
    label: '平台栏目'
  },
  sections: {
    home: '首页',
    business: '业务办理',
    navigation: '服务导航',
    announcements: '公告公布',
    query: '信息查询',
    appDownload: 'APP下载',
    guide: '办事指南'
  },
  locale: {
    switchLabel: '切换语言',
    switchTo: 'English'
  },
  mode: {
    kiosk: '自助终端',
    counter: '柜台终端'
  },
  roles: {
    anonymous: '未登录',
    citizen: '市民',
    org_agent: '单位经办人',
    clerk: '窗口工作人员',
    admin: '系统管理员'
  },
  sync: {
    badge: '同步：{state}',
    unknown: '状态未知',
    states: {
      never: '从未同步',
      online: '在线',
      offline: '离线',
      syncing: '同步中'
    },
    queued: '待上传 {count} 条'
  },
  demo: {
    banner: '演示终端：数据为生成的演示数据'
  },
  common: {
    comingSoon: '即将开放',
    retry: '重试',
    refresh: '刷新',
    none: '无',
    errorCode: '错误代码：{code}'
  },
  home: {
    heading: '终端概况',
    loadFailed: '无法读取终端信息',
    groups: {
      terminal: '本终端',
      records: '本地记录',
      database: '本地数据库',
      sync: '与中心同步'
    },
    facts: {
      terminal: '终端名称',
      mode: '终端类型',
      office: '所属单位',
      enrolled: '中心登记',
      role: '当前身份',
      appVersion: '软件版本',
      citizens: '市民档案',
      licences: '驾驶证',
      vehicles: '机动车',
      violations: '交通违法记录',
      examPlans: '考试计划',
      dbSize: '数据库大小',
      schemaVersion: '数据结构版本',
      integrity: '完整性检查',
      journalMode: '日志模式',
      syncState: '同步状态',
      lastSync: '上次同步',
      queueDepth: '待上传命令',
      oldestPending: '最早待上传'
    },
    values: {
      enrolled: '已登记',
      notEnrolled: '未登记',
      integrityOk: '完好'
    }
  },
  placeholder: {
    notice: '本栏目尚未开放，开放后将提供：'
  },
  business: {
    lead: '平台的业务分为三大块。各项业务将在本终端陆续开放。',
    forHospitals: '面向医院',
    blocks: {
      vehicle: '机动车业务',
      licence: '驾驶证业务',
      violation: '违法处理业务'
    },
    items: {
      plates: '预选、补领机动车号牌',
      vehicleLicence: '补换领机动车行驶证',
      inspectionMark: '补换领检验合格标志',
      inspectionBooking: '机动车检验预约、变更联系方式',
      renewalOnExpiry: '期满换证',
      renewalForAge: '超龄换证',
      replaceDamaged: '损毁换证',
      replaceLost: '遗失补证',
      deferRenewal: '延期换证',
      deferReview: '延期审验',
      deferCertificate: '延期提交身体条件证明',
      examBooking: '考试预约、取消预约',
      licenceContact: '变更联系方式',
      hospitalCertificate: '医院提交身体条件证明',
      electronicMonitoring: '电子监控处理',
      finePayment: '缴纳罚款'
    }
  },
  pages: {
    navigation: {
      lead: '服务导航将告诉您每项业务到哪里办理。',
      items: {
        terminalServices: '本终端可以办理的业务',
        offices: '全省各市车辆管理所及其业务窗口',
        violationCounters: '交通违法处理窗口：对违法记录有异议，或缴款后记录未解除时，到此核实处理'
      }
    },
    announcements: {
      lead: '公告公布将展示公安交管部门发布的公告。',
      items: {
        examPlans: '机动车驾驶人考试计划',
        examResults: '考试预约结果公示'
      }
    },
    query: {
      lead: '信息查询将供市民登录后查询本人的信息。',
      items: {
        licence: '本人驾驶证信息',
        vehicles: '本人名下机动车信息',
        violations: '交通违法记录及缴款状态',
        examBookings: '考试预约申请及安排结果'
      }
    },
    appDownload: {
      lead: '平台上线时宣布，下一步将开通手机APP，市民通过手机即可上平台办理业务。APP发布后，本栏目将提供下载方式。'
    },
    guide: {
      lead: '办事指南将说明各项业务的办理条件、所需材料和时限。',
      items: {
        registration: '个人注册与单位注册',
        electronicMonitoring: '电子监控处理的五项条件',
        finePayment: '缴纳罚款的期限：已裁决的违法记录须在15日内缴款，逾期每日按罚款数额的3%加处罚款，加处罚款总额不超过罚款数额',
        examBooking: '网上预约考试的方式与安排规则'
      }
    }
  },
  errors: {
    UNKNOWN_METHOD: '本终端暂不支持此功能',
    INVALID_INPUT: '输入有误，请检查以下内容',
    UNAUTHENTICATED: '请先登录',
    FORBIDDEN: '当前身份无权执行此操作',
    WRONG_TERMINAL_MODE: '本类终端不提供此功能',
    NOT_FOUND: '未找到相关记录',
    CONFLICT: '记录已被他人更改，请刷新后重试',
    RULE_VIOLATION: '不符合办理规定',
    RATE_LIMITED: '操作过于频繁，请稍后再试',
    DEVICE_ERROR: '设备故障，请联系工作人员',
    TRANSPORT_ERROR: '无法连接终端服务，请稍后重试',
    INTERNAL: '系统内部错误，请联系工作人员'
  },
  /** Business-rule refusals by `details.rule`; each feature adds the rule codes it raises. */
  rules: {}
}

export type MessageSchema = typeof zhCN
export default zhCN
