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
      syncing: '同步中',
      standalone: '单机运行'
    },
    queued: '待上传 {count} 条',
    openTasks: '待处理 {count} 项',
    offlineAllowance: '离线：还可刷卡 {count} 笔，单笔不超过 {amount} 元',
    offlineNoCard: '离线：刷卡笔数已用完',
    duration: {
      seconds: '{count} 秒',
      minutes: '{count} 分钟',
      hours: '{count} 小时',
      days: '{count} 天'
    },
    relative: {
      now: '刚刚',
      ago: '{duration}前',
      in: '{duration}后',
      at: '{at}（{near}）'
    },
    clock: {
      unknown: '尚未测得',
      inSync: '与中心一致',
      ahead: '本机快 {duration}',
      behind: '本机慢 {duration}'
    },
    /** Uploaded commands by method name, dots as underscores; others show their method name. */
    commands: {
      payments_pay: '缴纳罚款',
      payments_settle: '确认缴款结果',
      auth_registerCitizen: '注册账户',
      me_updateContacts: '更新联系方式',
      disputes_raise: '提出异议',
      disputes_decide: '异议核实决定',
      licence_apply: '驾驶证业务申请',
      vehicle_apply: '机动车业务申请',
      applications_decide: '业务办结或退办',
      plates_draw: '抽取随机号牌号码',
      plates_compose: '检查自编号牌号码',
      plates_reserve: '号牌预选'
    }
  },
  demo: {
    banner: '演示终端：数据为生成的演示数据'
  },
  common: {
    comingSoon: '即将开放',
    retry: '重试',
    cancel: '取消',
    refresh: '刷新',
    none: '无',
    errorCode: '错误代码：{code}'
  },
  home: {
    heading: '终端概况',
    account: {
      label: '登录与注册',
      anonymousTitle: '登录后办理本人业务',
      anonymousLead: '可刷身份证登录；还没有账户的，用身份证和驾驶证或行驶证即可注册。',
      welcome: '您好，{name}'
    },
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
    go: '去办理',
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
  session: {
    signIn: '登录',
    register: '注册',
    signOut: '退出登录',
    myPage: '个人主页',
    counter: '柜台业务',
    admin: '系统管理'
  },
  idle: {
    title: '即将自动退出',
    countdown: '{seconds} 秒后将自动退出',
    why: '长时间没有操作。为保护您的个人信息，本机将退出登录并清除页面内容。',
    continue: '继续办理'
  },
  cardReader: {
    checking: '正在检查读卡器…',
    cardOf: '已读到身份证：{name}（{id}）',
    statusFailed: '无法读取读卡器状态',
    states: {
      unplugged: '读卡器未连接',
      empty: '读卡区没有身份证',
      card_present: '已检测到身份证',
      unreadable: '无法读取身份证，请重新放置'
    }
  },
  fields: {
    idNumber: '身份证号码',
    password: '密码',
    newPassword: '设置密码',
    confirmPassword: '再次输入密码',
    uscc: '统一社会信用代码',
    username: '用户名',
    licenceFileNumber: '驾驶证档案编号',
    plate: '号牌号码',
    vinLastSix: '车架号后六位',
    phone: '手机号码',
    organisationName: '单位名称',
    agentIdNumber: '经办人身份证号码',
    agentPhone: '经办人手机号码'
  },
  password: {
    requirements: '8至64位，包含小写字母、大写字母、数字、符号中的至少三类',
    ok: '密码符合要求'
  },
  signIn: {
    title: '登录',
    lead: '登录后可查看本人的驾驶证、机动车和交通违法信息，并办理相关业务。',
    tabs: {
      staff: '工作人员登录',
      card: '刷身份证登录',
      citizen: '身份证号+密码',
      organisation: '单位登录'
    },
    card: {
      prompt: '请将身份证放在读卡区',
      hint: '读卡器检测到身份证后，请点击下方按钮登录。',
      submit: '读取身份证并登录'
    },
    organisationLead: '单位账户使用统一社会信用代码和注册时设置的密码登录。',
    submit: '登录',
    failed: '登录未成功',
    noAccount: '还没有账户？',
    goRegister: '去注册'
  },
  register: {
    title: '注册',
    lead: '个人注册需核对车管档案：请准备身份证，以及驾驶证（档案编号）或本人名下机动车的行驶证（号牌号码、车架号）。',
    leadClerk: '为在场的市民注册账户。注册完成后将直接为其办理业务。',
    tabs: {
      personal: '个人注册',
      organisation: '单位注册'
    },
    routeLegend: '用以下哪一项核对身份',
    routes: {
      licence: '驾驶证档案编号',
      vehicle: '车牌号'
    },
    routeHints: {
      licence: '档案编号是驾驶证副页上的12位数字。',
      vehicle: '号牌号码和车架号（车辆识别代号）印在行驶证上，车架号填最后六位。'
    },
    submit: '注册',
    failed: '注册未成功',
    haveAccount: '已经有账户？',
    goSignIn: '去登录',
    organisation: {
      approvalTitle: '单位注册需要窗口审核',
      approval: '提交后，需由车管所窗口工作人员审核通过，单位账户才能登录。',
      submit: '提交单位注册',
      submittedTitle: '单位注册已提交',
      submitted: '“{name}”的注册申请已提交，正在等待窗口审核。审核通过后，可使用统一社会信用代码和密码登录。'
    }
  },
  organisationStatus: {
    pending: '等待审核',
    approved: '已通过审核',
    rejected: '未通过审核'
  },
  me: {
    title: '个人主页',
    loadFailed: '无法读取个人信息',
    noAccountForClerk: '该市民还没有注册账户。绑定驾驶证、机动车需先为其注册。',
    bound: '已绑定',
    notBound: '未绑定',
    bind: '绑定',
    unbind: '解除绑定',
    unbindTitle: '解除绑定',
    unbindConfirm: '确定解除“{label}”的绑定吗？解除后可以重新绑定。',
    unbindFailed: '解除绑定未成功',
    bindFailed: '绑定未成功',
    boundMessage: '绑定成功',
    unpaid: '未缴款的交通违法 {count} 起，罚款合计 {amount}',
    noUnpaid: '没有未缴款的交通违法',
    vehicles: '名下机动车（{count}）',
    noVehicles: '名下没有登记的机动车',
    person: {
      title: '本人信息',
      name: '姓名',
      age: '年龄',
      years: '{age} 岁',
      noAccount: '未注册账户'
    },
    organisation: {
      status: '审核状态'
    },
    licence: {
      title: '驾驶证',
      classes: '准驾车型',
      validity: '有效期',
      validRange: '{from} 至 {until}',
      longTerm: '长期',
      office: '发证机关',
      points: '本记分周期累积记分',
      cycle: '记分周期：{start} 至 {end}',
      medicalDue: '请在 {date} 前提交身体条件证明',
      none: '车管档案中没有本人的驾驶证'
    },
    vehicle: {
      label: '机动车 {plate}',
      plateType: '号牌种类',
      type: '车辆类型',
      brand: '品牌',
      inspectionDue: '检验有效期至',
      overdue: '已超过检验有效期，请尽快检验'
    },
    bindLicence: {
      title: '绑定驾驶证',
      lead: '请输入驾驶证副页上的12位档案编号。只能绑定本人的驾驶证。'
    },
    bindVehicle: {
      title: '绑定机动车',
      lead: '请对照行驶证输入号牌号码和车架号（车辆识别代号）的最后六位。只能绑定登记在本人名下的机动车。'
    }
  },
  licenceStatus: {
    valid: '正常',
    expired: '超过有效期',
    detained: '扣押',
    suspended: '暂扣',
    revoked: '吊销',
    cancelled: '注销'
  },
  vehicleStatus: {
    normal: '正常',
    overdue_inspection: '逾期未检验',
    detained: '扣押',
    scrapped: '已报废',
    stolen: '被盗抢'
  },
  plateTypes: {
    '01': '大型汽车号牌',
    '02': '小型汽车号牌',
    '51': '大型新能源汽车号牌',
    '52': '小型新能源汽车号牌'
  },
  contacts: {
    title: '变更联系方式',
    why: '登录手机号、驾驶证联系方式和机动车联系方式是公安交管系统中三项相互独立的记录；换证、检验等提醒发往驾驶证和机动车记录中的联系方式，联系方式变更后应在30日内申报，所以请一并更新。',
    backToMe: '返回个人主页',
    loadFailed: '无法读取联系方式',
    signInPhone: '登录手机号',
    signInPhoneNote: '登录本平台账户时使用的手机号码。',
    licenceRecord: '驾驶证联系方式',
    licenceNote: '驾驶证档案中的联系电话和联系地址。',
    vehicleRecords: '机动车联系方式',
    vehicleNote: '每辆机动车档案中的联系电话，各车分别记录。',
    vehicleRecord: '机动车 {plate}',
    address: '联系地址',
    notRecorded: '未登记',
    updateTitle: '一次更新多项记录',
    newPhone: '新手机号码',
    newAddress: '新联系地址（可不填）',
    addressHint: '联系地址只记入驾驶证联系方式；不填则保留原地址。',
    targetsLegend: '更新到以下记录',
    submit: '更新联系方式',
    updateFailed: '联系方式未更新',
    updatedTitle: '联系方式已更新',
    vehiclesUpdated: '{count} 辆机动车的联系方式'
  },
  counter: {
    title: '柜台业务',
    lead: '查询市民，核验身份后为其办理业务。',
    registerCitizen: '为市民注册',
    goDisputes: '异议核实',
    servingLabel: '正在办理的市民',
    serving: '正在为 {name}（{id}）办理',
    endService: '结束办理',
    endServiceFailed: '无法结束办理',
    resetPassword: '重置登录密码',
    resetPasswordFor: '为 {name} 重置登录密码',
    resetPasswordFailed: '无法重置密码',
    passwordReset: '密码已重置，锁定已解除',
    tasks: {
      title: '待处理事项',
      lead: '中心服务复核后没有受理本柜台上传的部分业务，需要窗口跟进：为市民退款，或复核后向市民说明。处理完毕后请写明处理情况。',
      linkCount: '待处理事项（{count}）',
      filter: '显示范围',
      filters: {
        open: '待处理',
        done: '已处理',
        all: '全部'
      },
      none: {
        open: '没有待处理的事项。',
        done: '还没有已处理的事项。',
        all: '没有任何事项。'
      },
      failed: '无法读取待处理事项',
      kinds: {
        refund: '退款',
        review: '复核'
      },
      states: {
        done: '已处理'
      },
      refundLead: '已向市民收款，但中心没有受理，需要为市民退款。',
      reviewLead: '中心没有受理这项业务，请复核后告知市民。',
      reason: '原因：{reason}',
      amount: '收款金额',
      decisionNumbers: '决定书编号',
      paymentId: '缴款编号',
      createdAt: '发生时间',
      code: '拒绝代码',
      separator: '、',
      resolve: '处理完毕',
      resolveTitle: '关闭待处理事项',
      resolveRefundLead: '请确认已将 {amount} 元退还市民，并写明退款方式。',
      resolveReviewLead: '请写明复核结果和告知市民的情况。',
      note: '处理情况',
      notePlaceholder: '例如：已原路退回银联卡，已电话告知市民。',
      resolveSubmit: '确认处理完毕',
      resolveFailed: '事项未能关闭',
      resolved: '事项已处理完毕',
      resolution: '{at} 由 {by} 处理：{note}'
    },
    lookup: {
      title: '查询市民',
      label: '查询条件',
      placeholder: '身份证号码、号牌号码、驾驶证档案编号、姓名或姓名拼音首字母',
      hint: '例如：鲁A12345，或“张三”的拼音首字母 zs。',
      submit: '查询',
      failed: '查询未成功',
      none: '没有找到与“{query}”相符的市民',
      caption: '“{query}”的查询结果',
      plates: '名下号牌',
      action: '操作',
      hasLicence: '有',
      serve: '办理'
    },
    verify: {
      title: '核验身份',
      who: '{name}（{id}）',
      lead: '请选择核验身份的方式。核验后即以该市民的名义办理业务。',
      cardReader: '读卡器核验',
      cardReaderHint: '请市民将身份证放在读卡区，由系统核对证件。',
      cardReaderSubmit: '读卡核验并办理',
      inspected: '查验身份证原件',
      inspectedHint: '您已查验市民出示的身份证原件，确认人证一致。',
      inspectedSubmit: '已查验原件，开始办理',
      failed: '核验未通过'
    },
    pending: {
      title: '待审核的单位注册',
      lead: '请核对单位证明材料和经办人身份证原件后审核。',
      failed: '操作未成功',
      none: '目前没有待审核的单位注册。',
      agent: '经办人',
      submittedAt: '提交时间',
      note: '审核意见',
      noteFor: '对“{name}”的审核意见',
      approve: '通过',
      reject: '不通过',
      decided: {
        approved: '已通过“{name}”的单位注册',
        rejected: '已驳回“{name}”的单位注册'
      }
    }
  },
  admin: {
    title: '系统管理',
    tabs: { sync: '数据同步', staff: '工作人员', examPlans: '考试计划', calendar: '节假日安排', audit: '审计日志' },
    sync: {
      title: '数据同步',
      lead: '本终端与中心服务之间的数据同步：本机办理的业务排队上传，中心的记录按分区下载并核对。联系不上中心时业务照常办理，恢复连接后自动补传。',
      leadStandalone: '本终端尚未登记到中心服务，目前单机运行，使用演示数据，所办业务不会上传。',
      failed: '无法读取同步状态',
      syncNow: '立即同步',
      syncNowDone: '同步完成',
      syncNowFailed: '同步未成功',
      detail: '详细信息：{message}',
      lastError: '最近一次同步错误（{at}）',
      clockWarning: '本机时钟与中心相差超过 1 分钟，缴款和收据上的时间会因此不准。请校准本机系统时间。',
      policy: '离线规则：连续 {after}联系不上中心即视为离线；离线期间刷卡缴款最多 {count} 笔、单笔不超过 {amount} 元，现金缴款不受限；发布考试计划和排考须联网办理。',
      figures: {
        state: '连接状态',
        lastSync: '上次成功同步',
        lastAttempt: '上次尝试',
        nextAttempt: '下次尝试',
        notScheduled: '未安排',
        never: '从未',
        queueDepth: '待上传',
        queueValue: '{count} 条',
        oldestPending: '最早一条待上传',
        waiting: '已等待 {duration}',
        clockOffset: '时钟偏差',
        openTasks: '待处理事项',
        openTasksValue: '{count} 项',
        terminalId: '终端编号',
        office: '所属机构',
        officeValue: '{name}（{code}）',
        centralUrl: '中心服务地址'
      },
      enrol: {
        title: '登记到中心服务',
        lead: '填写中心服务地址和中心服务管理员为本终端发放的一次性登记码。',
        warning: '注意：登记后，本终端现有的演示数据将全部清除，替换为中心服务的正式记录。此操作不能撤销。',
        url: '中心服务地址',
        urlPlaceholder: '例如 https://sync.example.cn',
        code: '一次性登记码',
        codeHint: '登记码限时有效，只能使用一次。',
        passwordLead: '请为您自己的管理员账户设置新密码（演示密码已公开，不能沿用）。登记到正式中心服务后，其他工作人员账户将被停用，请在“工作人员”中为每人设置新密码后再启用。',
        submit: '登记并替换演示数据',
        failed: '登记未成功',
        done: '已登记到中心服务，本终端编号为 {terminalId}'
      },
      partitions: {
        title: '数据分区',
        partition: '分区',
        province: '全省',
        cursor: '已下载至',
        head: '中心最新',
        unknownHead: '未知',
        state: '进度',
        behindBy: '落后 {count} 条',
        progress: {
          snapshotting: '正在下载全量数据',
          unknown: '尚未与中心核对',
          caughtUp: '已是最新'
        },
        checksum: '一致性校验',
        checksums: {
          unchecked: '未校验',
          ok: '一致',
          mismatch: '不一致',
          repaired: '已修复'
        },
        verifiedAt: '校验于 {at}'
      },
      rejected: {
        title: '中心未受理的业务',
        lead: '中心服务按业务规则复核后拒绝的业务。需要退款或告知市民的，已列入柜台的“待处理事项”。',
        none: '没有被拒绝的业务。',
        at: '时间',
        command: '业务',
        reason: '原因'
      }
    },
    staff: {
      title: '工作人员账户',
      create: '新建账户',
      createFailed: '账户未创建',
      updateFailed: '操作未成功',
      displayName: '姓名',
      role: '角色',
      state: '状态',
      active: '正常',
      disabled: '已停用',
      lockedUntil: '锁定至 {time}',
      enable: '启用',
      disable: '停用',
      resetPassword: '重置密码',
      resetPasswordFor: '为“{name}”重置密码',
      unlock: '解除锁定',
      created: '已创建账户 {username}',
      passwordReset: '已为“{name}”重置密码',
      enabledMessage: '已启用“{name}”',
      disabledMessage: '已停用“{name}”',
      unlockedMessage: '已解除“{name}”的锁定'
    },
    audit: {
      title: '审计日志',
      lead: '每条审计记录都包含上一条的哈希值。校验会逐条核对整条链，发现被改动或删除的记录。',
      verify: '校验审计链',
      failed: '无法读取审计日志',
      ok: '审计链完整，共 {lines} 条记录',
      broken: '审计链在第 {line} 条记录处断开',
      reason: '原因：{reason}',
      recent: '最近 {count} 条记录（最新在前）',
      seq: '序号',
      at: '时间',
      actor: '操作人',
      onBehalfOf: '代办对象',
      action: '操作',
      subject: '对象'
    },
    examPlans: {
      title: '考试计划',
      lead: '本考试机构的考试计划。结果公布日当天可排考并公布结果。',
      failed: '无法读取考试计划',
      none: '暂无考试计划。',
      subject: '科目',
      classes: '准驾车型',
      window: '受理期',
      resultsOn: '结果公布日',
      firstExamOn: '首场考试',
      sessions: '场次 / 座位',
      sessionsValue: '{sessions} 场 / {seats} 座',
      pending: '待安排',
      allocation: '排考结果',
      allocated: '已排考：{seated}/{applications} 人获得考位（随机种子 {seed}）',
      notYet: '未排考',
      allocate: '排考并公布结果',
      allocateFailed: '排考未完成',
      allocatedMessage: '已排考：{seated}/{applications} 人获得考位',
      create: {
        title: '发布考试计划',
        bookingBy: '预约方式',
        opensOn: '受理开始',
        closesOn: '受理截止',
        resultsOn: '结果公布日',
        sessions: '考试场次',
        venue: '考场',
        date: '日期',
        time: '开考时间',
        capacity: '座位数',
        addSession: '添加场次',
        removeSession: '删除',
        submit: '发布',
        failed: '考试计划未发布',
        created: '已发布考试计划，首场考试 {firstExamOn}'
      }
    },
    examSettings: {
      title: '考试预约规则',
      lead: '法规交由各地根据条件决定的两项规则。保存后，本车管所的所有自助终端和窗口都按此预约、排序和排考（经中心服务同步）。',
      loadFailed: '无法读取考试预约规则',
      concurrent: '允许科目二、科目三道路驾驶技能考试同时预约',
      concurrentHint: '有条件的地方可允许申请人科目二未考完时预约科目三（《机动车驾驶证申领和使用规定》第三十九条）。关闭时，须考完一科再约下一科。',
      priority: '学习驾驶证明有效期不足六个月的，每科可优先预约一次',
      priorityHint: '开启后，排考时这类申请人排在其他申请人之前。',
      sourceTerminal: '本车管所尚未统一设置，目前按本终端的配置文件执行；保存后即成为本车管所的统一规则。',
      sourceOffice: '本车管所的统一规则，修改于 {at}',
      sourceOfficeBy: '本车管所的统一规则，{by} 修改于 {at}',
      save: '保存规则',
      saved: '考试预约规则已保存',
      saveFailed: '考试预约规则未保存'
    },
    holidayCalendar: {
      title: '节假日安排',
      lead: '工作日按此日历计算（如考试前一个工作日的取消期限）。每年按国务院办公厅发布的节假日安排通知录入：放假日期（含调休放假的工作日）和调休上班的周末。保存后全省各终端统一使用（经中心服务同步）；已登记的终端须联网才能保存。',
      year: '年度',
      prevYear: '上一年',
      nextYear: '下一年',
      loadFailed: '无法读取节假日安排',
      sourceBuiltin: '内置 {year} 年数据（请按国务院通知核对）',
      sourceAdmin: '管理员修改于 {at}',
      sourceNone: '本年度尚未录入：只按周六、周日计算休息日',
      addTitle: '添加日期',
      date: '日期',
      kind: '类型',
      kinds: {
        holiday: '放假',
        makeup: '调休上班'
      },
      add: '添加',
      entries: '{count} 个日期',
      none: '本年度没有节假日或调休上班日。',
      remove: '删除',
      removeLabel: '删除 {date}',
      unsaved: '有未保存的修改',
      save: '保存本年度',
      discard: '放弃修改',
      saved: '已保存 {year} 年节假日安排',
      saveFailed: '节假日安排未保存'
    }
  },
  exams: {
    title: '考试预约',
    lead: '预约驾驶人考试、查看安排结果，或取消预约。',
    leadForClerk: '正在为 {name} 办理考试预约。',
    loadFailed: '无法读取考试预约信息',
    goMe: '考试预约',
    subjects: {
      k1: '科目一',
      k2: '科目二',
      k3_road: '科目三道路驾驶',
      k3_safety: '科目三安全文明驾驶常识'
    },
    application: {
      action: '受理驾驶证申请',
      reapplyAction: '重新申请（受理新的驾驶证申请）',
      title: '受理驾驶证申请',
      lead: '核验身份证明后，为正在办理的市民受理驾驶证申请。受理后即可预约科目一；学习驾驶证明在科目一合格后核发。',
      reapply: '重新申请后，此前申请中的考试成绩和预约次数不再计算，须从科目一重新开始考试。',
      licenceClass: '申请准驾车型',
      adding: '已持有汽车类驾驶证，本次为增加准驾车型',
      confirm: '确认受理',
      failed: '驾驶证申请未受理',
      done: '已受理驾驶证申请'
    },
    permit: {
      title: '学习驾驶证明',
      none: '没有学习驾驶证明记录。须先申领驾驶证、受理后方可预约考试。',
      licenceClass: '准驾车型',
      accepted: '申请受理时间',
      issued: '学习驾驶证明签发日期',
      notIssued: '尚未签发',
      lastValidDay: '有效期至',
      bookingsUsed: '已用预约次数',
      bookingsUsedValue: '科目二 {k2}/{limit}，科目三道路驾驶 {k3}/{limit}',
      passed: '已合格科目',
      passedNone: '暂无合格科目',
      passedOn: '{subject}（{date}）',
      earliestK2: '科目二最早可预约',
      earliestK3: '科目三道路驾驶最早可预约',
      voidTitle: '已考科目成绩作废',
      voidReason: '{subject}第{limit}次预约考试（{date}）{outcome}，已考科目成绩作废，须重新申请、从科目一开始。',
      voidOutcomes: {
        fail: '仍不合格',
        absent: '缺考（按不合格计）'
      },
      voidedOn: '{subject}（{date}，已作废）'
    },
    bookings: {
      title: '我的预约',
      slip: '预约凭证',
      slipSave: '保存预约凭证（PDF）',
      slipHint: '扫码可离线核验',
      slipFailed: '无法取得预约凭证',
      none: '暂无考试预约。',
      status: {
        pending: '待安排',
        cancelled: '已取消',
        seated: '已安排考试',
        not_seated: '未获安排',
        result_pending: '考试结果待录入',
        completed: '已考试'
      },
      outcomes: {
        pass: '合格',
        fail: '不合格',
        absent: '缺考（按不合格计）'
      },
      resultLine: '考试结果：{outcome}',
      resultPendingNote: '考试日期已过，考试结果尚未录入。',
      recordResult: '录入考试结果',
      recordTitle: '录入考试结果',
      recordLead: '{subject}，{date} 在 {venue} 的考试。请按考试系统的成绩选择：',
      recordNoShow: '缺考按考试不合格处理：计为一次预约，科目二、科目三须满10日后才能再次预约。',
      recordOnce: '每个预约只能录入一次结果，录入后不能修改。',
      recordConfirm: '确认录入',
      recordFailed: '考试结果未录入',
      recorded: '已录入考试结果',
      modes: {
        self_select: '自主选择场次',
        arrangement: '接受平台安排'
      },
      place: '考场/考区',
      sessions: '所选场次',
      sessionCount: '{count} 个场次',
      range: '可接受日期',
      rangeValue: '{from} 至 {to}',
      submittedAt: '提交时间',
      rankingTitle: '排序时间：{at}',
      rankingReasons: {
        application_accepted: '按驾驶证申请受理时间排序',
        previous_exam: '按上次考试时间排序',
        cancelled_booking: '按取消预约的时间排序'
      },
      priority: '优先安排',
      standing: '您当前排第 {position} 位，共 {applicants} 人申请，可用名额 {seats} 个。',
      seat: '考试安排：{venue}，{date} {time}',
      notSeated: {
        NO_ACCEPTABLE_SESSION: '您选择的场次或日期内没有可安排的场次，本次未获安排。',
        NO_CAPACITY_AT_RANK: '按排序时间轮到您时，所选场次已无剩余名额，本次未获安排。'
      },
      cancelDeadline: '最晚取消日期',
      cancel: '取消预约',
      cancelTitle: '取消考试预约',
      cancelPending: '预约期结束前（{date}）可以取消待安排的预约。',
      cancelPendingNoDate: '预约期结束前可以取消待安排的预约。',
      cancelSeated: '已安排考试的预约，最晚可在考试前一个工作日（{date}）取消。',
      cancelNoShow: '已安排考试而不参加考试、也未按时取消的，按缺考处理，计为一次考试不合格。',
      cancelAsk: '确定要取消这项预约吗？',
      cancelConfirm: '确认取消',
      keep: '不取消',
      cancelFailed: '未能取消预约',
      cancelled: '预约已取消'
    },
    plans: {
      title: '预约考试',
      none: '当前没有开放预约的考试计划。',
      office: '考试计划发布单位',
      classes: '适用车型',
      window: '预约期',
      windowValue: '{from} 至 {to}',
      resultsOn: '公布安排结果',
      firstExamOn: '最早考试日期',
      bookingBy: {
        venue: '按考场预约',
        region: '按考区预约'
      },
      places: '可选考场/考区',
      refused: '不能预约：',
      book: '预约此计划'
    },
    book: {
      title: '预约{subject}',
      place: '选择考场或考区',
      regionNote: '按考区预约时，具体考场在公布结果时由系统随机抽取；抽取使用的随机种子会被记录，结果可以复核。',
      venues: '包含考场：{venues}',
      mode: '预约方式',
      selfSelectHint: '从下列场次中选择一个或多个您可以参加的场次；按排序时间先后安排。',
      arrangementHint: '选择您可以参加考试的日期范围，由平台在其中安排任一场次。',
      sessionsCaption: '{place} 的考试场次',
      date: '日期',
      time: '时间',
      venue: '考场',
      capacity: '名额',
      demand: '已申请',
      pick: '选择',
      noSessions: '该考场或考区在本计划中没有考试场次。',
      from: '最早日期',
      to: '最晚日期',
      chosen: '已选 {count} 个场次',
      submit: '提交预约',
      back: '返回',
      failed: '未能提交预约',
      done: '预约已提交',
      doneLead: '安排结果将于 {date} 公布。请留意您的排序时间和当前排位。',
      backToList: '返回我的预约'
    }
  },
  licence: {
    title: '驾驶证业务',
    lead: '期满换证、超龄换证、损毁换证、遗失补证和延期办理。每项业务都会说明现在能否办理；受理后请到窗口领取新证。',
    leadForClerk: '为 {name} 办理驾驶证业务。受理后在“业务办结”中制证办结。',
    loadFailed: '无法读取驾驶证业务',
    card: {
      title: '本人驾驶证',
      fileNumber: '档案编号',
      classes: '准驾车型',
      validity: '有效期',
      validRange: '{from} 至 {until}',
      longTerm: '长期',
      status: '状态',
      office: '发证机关',
      age: '年龄',
      ageValue: '{age} 周岁'
    },
    none: '本人名下没有驾驶证',
    noneHint: '没有驾驶证不能办理换证、补证或延期业务。初次申领驾驶证，请到窗口受理驾驶证申请后预约考试。',
    servicesTitle: '可申请的业务',
    services: {
      renewal: '期满换证',
      age_exchange: '超龄换证',
      replace_damaged: '损毁换证',
      replace_lost: '遗失补证',
      defer_renewal: '延期换证',
      defer_review: '延期审验',
      defer_certificate: '延期提交身体条件证明'
    },
    hints: {
      renewal: '有效期满前90日内申请换发新证；须提交6个月内开具的身体条件证明，交通违法须已处理完毕。',
      age_exchange: '年满60周岁或70周岁后，驾驶证上不能再驾驶的准驾车型换为可以继续驾驶的车型。',
      replace_damaged: '驾驶证损毁无法辨认，或登记的个人信息发生变化时，换领新证。',
      replace_lost: '驾驶证遗失时补领新证；补证后原驾驶证作废。',
      defer_renewal: '因服兵役、出国（境）等原因不能按期换证的，可以申请延期，最长3年。',
      defer_review: '因服兵役、出国（境）等原因不能按期审验的，可以申请延期，最长3年。',
      defer_certificate: '年满70周岁的驾驶人不能按期提交身体条件证明的，可以申请延期，最长3年。'
    },
    form: {
      certificateIssuedOn: '身体条件证明开具日期',
      certificateHint: '身体条件证明自开具之日起6个月内有效，开具日期不能晚于今天。',
      target: '换领的准驾车型',
      targetHint: '不能再驾驶的车型换为下面选择的小型汽车车型；其余车型保留。',
      targets: {
        C1: 'C1 小型汽车',
        C2: 'C2 小型自动挡汽车'
      },
      damagedReason: '换证原因',
      damagedReasons: {
        damaged: '损毁无法辨认',
        details_changed: '登记信息变化'
      },
      damagedHint: '请携带损毁的驾驶证到窗口领取新证；登记信息变化的，新证按变更后的信息制发。',
      lostWarning: '补发新证后，原驾驶证即作废：找回后也不能再使用，请交回车辆管理所。',
      deferReason: '延期原因',
      deferReasons: {
        military: '服兵役',
        abroad: '出国（境）',
        other: '其他'
      },
      reasonNote: '具体原因',
      reasonNotePlaceholder: '请写明不能按期办理的原因（至少4个字）',
      until: '延期至',
      untilHint: '延期最长3年，最晚至 {latest}。延期期间不得驾驶机动车。',
      deferOffice: '延期业务只能在核发驾驶证的{office}办理。',
      submitLost: '确认补证，原证作废'
    },
    collect: '新驾驶证由窗口制发：请凭业务流水号到窗口领取。',
    collectDefer: '请凭业务流水号到窗口办结，办结后延期生效。'
  },
  applications: {
    subjects: {
      licence: '驾驶证',
      vehicle: '机动车'
    },
    available: '可以申请',
    refused: '暂不能办理',
    ruleCode: '规则：{rule}',
    apply: '申请{service}',
    applyFor: '申请{service}（{target}）',
    outcome: '办理结果',
    readyBy: '可领取日期（最迟）',
    form: {
      title: '申请{service}',
      submit: '提交申请',
      failed: '申请未被受理'
    },
    accepted: {
      title: '{service}申请已受理',
      dismiss: '知道了',
      done: '已受理：{number}'
    },
    mine: {
      title: '我的申请',
      none: {
        licence: '还没有驾驶证业务申请。',
        vehicle: '还没有机动车业务申请。'
      },
      number: '业务流水号',
      subjectLabel: {
        licence: '驾驶证档案编号',
        vehicle: '号牌号码'
      },
      submittedAt: '申请时间',
      decidedAt: '办结时间',
      office: '受理机关',
      decision: '窗口说明：{note}',
      states: {
        accepted: '已受理',
        completed: '已办结',
        withdrawn: '已退办'
      }
    },
    counter: {
      title: '业务办结',
      lead: '本车管所已受理、待办结的驾驶证业务和机动车业务申请，按受理先后排列。核对材料后办结（制发驾驶证、号牌、行驶证或检验合格标志），或写明原因退办。',
      back: '返回柜台',
      failed: '无法读取待办结的申请',
      none: '没有待办结的业务申请。',
      caption: '待办结的驾驶证业务和机动车业务申请',
      citizen: '申请人',
      kind: '业务',
      submittedAt: '受理时间',
      action: '操作',
      complete: '办结',
      withdraw: '退办',
      decisionTitle: {
        complete: '办结申请',
        withdraw: '退办申请'
      },
      decisionLead: '{number} · {citizen} · {service} · {label}',
      completeEffect: {
        licence: '办结后驾驶证按以下结果变更：{summary}',
        vehicle: '办结后按以下结果办理：{summary}'
      },
      withdrawEffect: {
        licence: '退办后该申请不再办理，驾驶证不变；市民可以重新申请，并会看到退办原因。',
        vehicle: '退办后该申请不再办理，机动车登记不变；市民可以重新申请，并会看到退办原因。'
      },
      note: '说明（可不填）',
      noteRequired: '退办原因',
      notePlaceholder: '例如：已收回原证件，新证件当场发放。',
      withdrawPlaceholder: '例如：申请人未携带身份证明原件。',
      submit: {
        complete: '确认办结',
        withdraw: '确认退办'
      },
      decisionFailed: '操作未成功',
      done: {
        complete: '已办结 {number}',
        withdraw: '已退办 {number}'
      }
    }
  },
  vehicle: {
    title: '机动车业务',
    lead: '补换领号牌、补换领行驶证、申领和补换领检验合格标志。每辆车的每项业务都会说明现在能否办理；受理后请按办理结果到窗口领取。',
    leadForClerk: '为 {name} 办理登记在其名下的机动车业务。受理后在“业务办结”中办结。',
    loadFailed: '无法读取机动车业务',
    none: '本人名下没有登记的机动车',
    noneHint: '机动车业务只为登记在本人名下的机动车办理；单位的机动车由单位到窗口办理。',
    listTitle: '本人名下的机动车（{count} 辆）',
    card: {
      label: '{plate} 的机动车业务',
      vehicleType: '车辆类型',
      useNature: '使用性质',
      registeredOn: '注册登记日期',
      inspectionDue: '检验有效期至',
      office: '登记机关'
    },
    services: {
      plate_replace: '补换领号牌',
      vehicle_licence_replace: '补换领行驶证',
      inspection_label: '检验合格标志',
      label_replace: '补换领检验合格标志'
    },
    hints: {
      plate_replace: '号牌遗失或损毁的，到机动车登记地申请补发同号号牌，15个工作日内补发；需要时同时申领临时号牌。',
      vehicle_licence_replace: '行驶证遗失或损毁的，到机动车登记地申请补换领，次个工作日即可领取。',
      inspection_label: '检验有效期满前3个月内申领；交通违法须处理完毕，交强险须在有效期内。',
      label_replace: '检验合格标志遗失或损毁的，凭有效的交强险补领，检验有效期不变。'
    },
    testRequired: '这辆车本次须先到检验机构上线检验，申领时填写检验日期。',
    testExempt: '这辆车本次免予上线检验，可以直接申领检验合格标志。',
    collect: '请凭业务流水号到窗口领取，最迟 {readyBy} 可以领取。',
    form: {
      title: '申请{service}（{plate}）',
      reason: '补换领原因',
      reasons: {
        lost: '遗失',
        damaged: '损毁'
      },
      temporaryPlate: '临时号牌',
      temporaryPlateYes: '同时申领临时号牌',
      temporaryPlateHint: '临时号牌有效期15日，补发的号牌领取前凭临时号牌上道路行驶。',
      plateWarning: '补发同号号牌后，原号牌作废：找回后也不能再使用，请交回车辆管理所。',
      licenceWarning: '补发行驶证后，原行驶证作废：找回后也不能再使用。',
      insuranceValidUntil: '交强险有效期至',
      insuranceHint: '机动车交通事故责任强制保险（交强险）保单上的保险期间截止日期，不能早于今天。',
      testedOn: '检验日期',
      testedOnHint: '检验机构出具检验报告的日期，不能晚于今天。'
    }
  },
  plates: {
    title: '号牌预选',
    lead: '新购小型汽车在注册登记前，可以先选定号牌号码：随机抽取，或自己编排。选定的号码保留3个工作日。',
    leadForClerk: '为 {name} 预选新车的号牌号码：随机抽取，或由申请人自己编排。',
    go: '号牌预选',
    newCarHint: '新购的小型汽车还没有注册登记的，可以先预选号牌号码：',
    goVehicle: '机动车业务',
    summary: {
      title: '选号须知',
      prefix: '号牌前缀',
      pattern: '选号规则',
      patternText: '号牌字母后的5位：第1位为字母，后4位中恰好1个字母；3个数字不全为0，不含3个连续相同数字；不使用字母I、O。',
      random: '随机选号',
      randomText: '每辆车最多抽取{batches}组，每组{count}个号码；每组须在约{seconds}秒内选定，超时本组作废。',
      composed: '自编号码',
      composedText: '每辆车最多提交{count}个，不符合规则或已被使用的号码也计入。',
      hold: '保留期',
      holdText: '选定的号码保留{days}个工作日，请在保留期内到车管所办理注册登记。',
      once: '每辆车只能成功预选一次，确认后不能更改。'
    },
    vin: {
      label: '车辆识别代号（车架号）',
      hint: '17位，见机动车整车出厂合格证或购车发票；不使用字母I、O、Q。',
      submit: '开始选号',
      change: '更换车辆',
      current: '车辆识别代号',
      failed: '无法开始选号'
    },
    tabs: {
      random: '随机选号',
      composed: '自编号码'
    },
    random: {
      draw: '抽取一组号码',
      left: '还可抽取 {count} 组',
      batch: '第 {number} 组（共 {total} 组）',
      countdown: '剩余 {seconds} 秒',
      countdownLabel: '本组剩余时间',
      clockNote: '计时在本终端进行：超过约{seconds}秒，本组号码作废，须抽取下一组。抽取下一组后，当前一组也作废。',
      expired: '本组号码已超过{seconds}秒，已经作废。请抽取下一组号码。',
      expiredLast: '本组号码已超过{seconds}秒，已经作废；随机选号的{batches}组已经用完，可以改用自编号码。',
      none: '还没有抽取号码。点击“抽取一组号码”，从随机的{count}个号码中选择一个。',
      used: '随机选号的{batches}组已经用完，可以改用自编号码。',
      pickHint: '点击号码即可选定，确认前还可以取消。',
      pick: '选择号码 {plate}',
      failed: '抽取号码未成功'
    },
    composed: {
      left: '还可提交 {count} 个（共 {total} 个）',
      candidate: '第 {number} 个自编号码',
      hint: '每格填写号牌字母后的5位，一次最多5个，按顺序检查；不符合规则或已被使用的也计入次数。',
      submit: '检查号码',
      empty: '请至少填写一个自编号码',
      results: '检查结果',
      free: '可以预选',
      refused: '不能使用：',
      rule: '规则：{rule}',
      reserve: '预选此号码',
      used: '自编号码的{count}次已经用完，可以改用随机选号。',
      failed: '检查号码未成功'
    },
    confirm: {
      title: '确认预选号牌',
      lead: '确认为这辆车预选以下号牌号码吗？',
      final: '确认后不能更改：每辆车只能成功预选一次。',
      hold: '号码保留{days}个工作日，请在保留期内到车管所办理注册登记。',
      expired: '本组号码已超时作废，不能再从中选择。请关闭后抽取下一组。',
      submit: '确认预选',
      failed: '预选未成功'
    },
    result: {
      title: '号牌预选成功',
      alreadyTitle: '这辆车已经预选号牌',
      plate: '号牌号码',
      heldUntil: '保留至',
      vin: '车辆识别代号',
      reservedAt: '预选时间',
      source: '选号方式',
      notice: '请在保留期内到车管所办理注册登记，逾期号码将被收回。'
    },
    sources: {
      random: '随机选号',
      composed: '自编号码'
    },
    states: {
      held: '保留中',
      lapsed: '已逾期收回'
    },
    mine: {
      title: '我的预选号牌',
      none: '还没有预选的号牌。',
      loadFailed: '无法读取预选号牌'
    }
  },
  violations: {
    headings: {
      select: '违法处理',
      confirm: '确认缴款信息',
      paying: '正在缴款',
      result: '缴款结果'
    },
    lead: '本人驾驶证和已绑定机动车的交通违法记录。电子监控记录在此处理并缴款，已作出处罚决定的记录在此缴纳罚款。',
    leadForClerk: '正在为 {name} 办理：其驾驶证和名下机动车的交通违法记录。',
    loadFailed: '无法读取交通违法记录',
    totals: '尚未缴款 {count} 起：罚款 {fine}，加处罚款 {surcharge}，合计 {total}',
    nothingOwed: '没有需要缴款的交通违法记录',
    handle: '去处理',
    groups: {
      label: '显示的记录',
      camera: '未处理电子监控',
      unpaid: '待缴款',
      all: '全部'
    },
    empty: {
      camera: '没有未处理的电子监控记录。',
      unpaid: '没有待缴款的记录。',
      all: '没有交通违法记录。'
    },
    kinds: {
      on_the_spot: '现场处罚',
      general: '一般程序',
      camera: '电子监控'
    },
    states: {
      unhandled: '未处理',
      unpaid: '待缴款',
      paying: '缴款处理中',
      paid: '已缴款',
      confirmed: '已缴款（已确认）'
    },
    disputed: '有异议',
    dispute: {
      action: '提出异议',
      actionFor: '对“{what}”提出异议',
      open: '异议处理中',
      openDetail: '由{office}核实，最迟 {dueOn} 作出决定。核实期间该记录暂不能处理和缴款。',
      upheld: '异议成立',
      upheldDetail: '异议成立：{note}',
      rejected: '异议不成立',
      rejectedDetail: '{office}核实后认为异议不成立：{note}'
    },
    occurredAt: '违法时间',
    place: '违法地点',
    office: '处理机关',
    code: '违法代码',
    fine: '罚款',
    surcharge: '加处罚款',
    points: '记分',
    pointsValue: '{points} 分',
    decisionNumber: '决定书编号',
    recordNumber: '记录编号',
    paidAt: '缴款时间',
    cameraNote: '电子监控记录缴款成功后才处理完毕，届时作出处罚决定并记分。',
    selectToHandle: '选择处理并缴款',
    selectToPay: '选择缴款',
    choiceLabel: '{action}：{what}',
    goBind: '去个人主页绑定',
    /** Detail-free wordings of rules whose refusal text quotes the refusal's details. */
    reasons: {
      EMON_POINTS_WOULD_REACH_12: '处理该记录后，本记分周期累积记分将达到12分，不能自助处理，请到窗口办理（规则3）。'
    },
    lateFee: {
      title: '加处罚款',
      dueOn: '缴款期限',
      overdueDays: '逾期天数',
      days: '{days} 天',
      total: '今日应缴',
      overdueRule: '逾期每日按罚款数额的3%加处罚款，加处罚款总额不超过罚款数额。',
      inTime: '在缴款期限内缴款不加处罚款；逾期每日按罚款数额的3%加处罚款。'
    },
    selection: {
      label: '已选择的记录',
      chosen: '已选 {count} 起，预计应缴',
      none: '请选择要处理或缴款的记录',
      clear: '全部取消',
      next: '下一步：确认缴款'
    },
    steps: {
      label: '办理步骤',
      select: '选择记录',
      confirm: '确认金额',
      result: '缴款'
    },
    confirm: {
      caption: '所选记录的应缴金额',
      record: '记录',
      violation: '违法行为',
      lineTotal: '应缴',
      grandTotal: '合计',
      decidedOnPayment: '缴款后生成决定书',
      pointsAfter: '处理后本周期累计记分：{points} 分',
      handlingExplained: '电子监控记录在缴款成功后才处理完成：缴款成功即作出处罚决定并记分；缴款未成功的，记录保持未处理状态，不记分。',
      channel: '缴款方式',
      cardHint: '请准备银联卡，在支付终端上刷卡或插卡并输入密码。',
      cashHint: '请当面点清现金后再确认。',
      back: '返回修改',
      pay: '确认缴款 {amount}',
      quoteFailed: '所选记录不能一起办理',
      payFailed: '缴款未完成',
      offline: {
        lead: '本终端暂时联系不上中心服务，正在离线办理。',
        caps: '离线期间还可刷卡缴款 {count} 笔，单笔不超过 {amount} 元。',
        noneLeft: '离线期间可刷卡的笔数已经用完，恢复连接前不能刷卡缴款。',
        overAmount: '本次应缴 {amount} 元，超过离线单笔上限，恢复连接前不能刷卡缴纳。',
        useCash: '可改用现金缴款，或待恢复连接后再刷卡。',
        later: '请待恢复连接后再缴款，或到窗口办理。'
      }
    },
    channels: {
      card: '银联卡',
      cash: '现金'
    },
    progress: {
      card: '请在支付终端上刷卡/插卡并输入密码',
      cardHint: '交易完成前请不要离开，也不要取走银行卡。',
      cash: '正在登记现金缴款…',
      cashHint: '请稍候，登记完成后即开具收据。'
    },
    result: {
      title: {
        approved: '缴款成功',
        declined: '缴款未成功',
        unknown: '缴款结果待确认'
      },
      explain: {
        approved: '所选记录已缴款；电子监控记录已处理完毕。',
        declined: '本次没有扣款。可以重新缴款（必要时换一张卡），或返回违法记录。',
        unknown: '请不要用其他方式再次缴款。查询有结果之前，这些记录显示为“缴款处理中”，不会被重复扣款。'
      },
      recovered: {
        approved: '经向支付终端查询：已扣款成功，收据已开具。',
        declined: '经向支付终端查询：这笔交易没有扣款。',
        unknown: '仍无法确认支付终端的结果，请稍后再查询。'
      },
      receiptNumber: '收据编号',
      printed: '收据已发送至本机收据打印机。如未出纸，请凭收据编号到窗口补打。',
      recover: '查询结果',
      recoverFailed: '查询未成功',
      retry: '重新缴款',
      back: '返回违法记录'
    }
  },
  disputes: {
    kinds: {
      record: '记录有误',
      payment_not_cleared: '已缴款未消除'
    },
    kindHints: {
      record: '如非本车、号牌被套用、违法事实不符',
      payment_not_cleared: '已经缴纳罚款，但记录仍显示未缴款'
    },
    states: {
      open: '待核实',
      upheld: '异议成立',
      rejected: '异议不成立'
    },
    raise: {
      title: '提出异议',
      record: '违法记录：{what}',
      kind: '异议类型',
      reason: '异议理由',
      reasonPlaceholder: '请写明理由（10至300字），例如：违法时间本车停放在单位停车场，号牌疑似被套用。',
      evidence: '证明材料（可选）',
      evidenceRequired: '缴款凭证',
      evidencePlaceholder: '收据编号（JF开头）、收据二维码内容、银行流水号或其他说明',
      decidingOffice: '异议将转至违法行为发生地的{office}，在 {days} 个工作日内核实；核实期间该记录暂不能处理和缴款。',
      submit: '提交异议',
      failed: '异议未能提交',
      done: '异议已提交，由{office}在 {dueOn} 前核实'
    },
    page: {
      title: '异议核实',
      lead: '本所负责核实的异议（违法行为发生在本所辖区），以及本窗口受理、转其他车管所核实的异议。须在受理后 5 个工作日内作出决定：异议成立的删除记录，不成立的告知当事人。',
      filter: '显示范围',
      filters: {
        open: '待核实',
        decided: '已核实',
        all: '全部'
      },
      none: {
        open: '没有待核实的异议。',
        decided: '还没有已核实的异议。',
        all: '没有异议。'
      },
      failed: '无法读取异议',
      reason: '异议理由',
      evidence: '证明材料',
      raisedAt: '受理时间',
      dueOn: '核实期限',
      overdue: '已超期',
      office: '核实机关',
      raisedHere: '本窗口受理',
      plate: '号牌',
      fine: '罚款',
      record: '违法记录',
      recordDeleted: '记录已删除',
      decide: '作出决定',
      decidedElsewhere: '由{office}核实',
      decision: '{at} 决定：{note}'
    },
    decide: {
      title: '异议核实决定',
      outcome: '核实结果',
      outcomes: {
        upheld: '异议成立',
        rejected: '异议不成立'
      },
      upheldRecord: '异议成立后，该违法记录将被删除（有缴款记录的不能删除）。',
      upheldPayment: '异议成立后，该记录按收据记为已缴款。',
      rejectedLead: '异议不成立的，记录恢复正常，可以处理和缴款；核实意见将告知当事人。',
      note: '核实意见',
      notePlaceholder: '请写明核实情况（5至300字），例如：经调取卡口录像，确认号牌被套用。',
      submit: '确认决定',
      failed: '决定未能保存',
      done: '已作出决定：{outcome}'
    },
    evidenceCheck: {
      title: '收据核验',
      receipt_known: '本终端开具的收据 {number}',
      genuine: '签名有效的收据 {number}',
      forged: '收据二维码签名无效，可能伪造',
      unknown: '其他终端开具的收据 {number}，本机没有该终端的公钥，无法核验',
      none: '没有可核验的收据（银行流水号或文字说明），请市民提供收据',
      covers: '载明本记录的决定书编号',
      notCovers: '未载明本记录的决定书编号',
      paidAt: '缴款时间：{at}',
      proves: '可以据此认定已缴款',
      notProves: '不能据此认定已缴款'
    }
  },
  receipts: {
    title: '收据核验与补打',
    lead: '核验市民出示的收据二维码，或按编号查询、补打本终端开具的收据。',
    backToCounter: '返回柜台业务',
    loadFailed: '无法读取收据',
    savePdf: '保存收据 PDF',
    qrAlt: '收据核验二维码',
    paper: {
      label: '收据 {number}',
      authority: '山东省公安交通管理',
      title: '罚没款收据',
      subtitle: '交通违法罚款缴纳凭证',
      copy: '副本',
      number: '收据编号',
      issuedAt: '开具时间',
      terminal: '开具终端',
      office: '执收单位',
      payer: '缴款人',
      decision: '决定书编号',
      subtotal: '小计',
      total: '合计',
      channel: '缴款方式：{channel}',
      verifyHint: '扫码可离线核验真伪'
    },
    lookup: {
      heading: '查询与补打',
      placeholder: '收据编号，例如 JF3701009900000001',
      submit: '查询',
      reprint: '补打收据（副本）',
      reprinted: '已补打，收据标为副本（累计补打 {copies} 次）。',
      reprintFailed: '补打未成功'
    },
    verify: {
      heading: '收据核验',
      lead: '用扫码枪扫描收据上的二维码（内容会自动填入下框），或粘贴二维码内容。核验在本机离线完成。',
      label: '二维码内容',
      placeholder: 'JG1.… / YK1.…',
      submit: '核验',
      failed: '核验未完成',
      mark: {
        genuine: '真',
        forged: '伪',
        unknown: '？'
      },
      title: {
        genuine: '真实收据',
        forged: '伪造或被篡改',
        unknown: '无法核验'
      },
      advice: {
        genuine: '签名有效：内容由开具终端签发且未被改动。请核对纸质收据上的编号和金额与下列内容一致。',
        forged: '签名与内容不符或格式不对，这张收据不可信，不能据此办理业务。',
        unknown: '本机没有开具终端的公钥（可能尚未同步）。请同步后再核验，或向开具单位核实。'
      },
      decisions: '决定书编号',
      terminal: '开具终端编号',
      local: '本机记录',
      knownLocally: '本机有这张收据的记录',
      notKnownLocally: '本机没有这张收据的记录（可能由其他终端开具）',
      slip: {
        title: {
          genuine: '真实预约凭证',
          forged: '伪造或被篡改',
          unknown: '无法核验'
        },
        advice: '请核对考生身份证件与下列内容一致。',
        booking: '预约编号',
        name: '姓名',
        idNumber: '身份证号',
        subject: '科目',
        venue: '考场',
        date: '考试日期',
        startsAt: '开考时间',
        terminal: '签发终端编号'
      }
    }
  },
  dayClose: {
    title: '日结',
    lead: '核对本窗口一天的收款：按缴款方式汇总、逐张收据，以及与银联支付终端自身流水的差异。日结后当天的收款即记入日结报表。',
    date: '日期',
    failed: '日结操作未成功',
    open: '未日结',
    closed: '已日结',
    total: '合计',
    receiptCount: '收据张数',
    receipts: '收据（{count} 张）',
    noReceipts: '当天没有开具收据。',
    amount: '金额',
    copy: '补打',
    reprinted: '已补打',
    differences: {
      title: '与支付终端流水核对',
      none: '无差异：本机记录与支付终端流水一致。',
      found: '发现 {count} 项差异，请逐项核实后再交款。',
      reference: '交易参考号',
      kind: '差异',
      local: '本机记录',
      terminal: '支付终端',
      absent: '无',
      kinds: {
        missing_in_terminal: '本机有记录，支付终端无此交易',
        missing_locally: '支付终端有交易，本机无记录',
        amount_differs: '金额不一致'
      }
    },
    close: '日结',
    confirm: '确定对 {date} 进行日结吗？日结后不能撤销。',
    confirmWithDifferences: '{date} 还有 {count} 项差异。确定仍要日结吗？日结后不能撤销。',
    closedTitle: '{date} 已完成日结',
    closedClean: '收款与支付终端流水一致，无差异。',
    closedWithDifferences: '日结报表记录了 {count} 项差异，请按规定上报。',
    saveReport: '保存日结报表 PDF',
    reportFile: '日结报表-{date}.pdf'
  },
  deviceSim: {
    open: '模拟设备',
    title: '模拟设备（演示用）',
    warning: '这是演示终端的设备模拟器，不是真实设备。这里的操作相当于把身份证放上或取下读卡器，或决定银联支付终端如何应答。',
    reader: '身份证读卡器',
    idNumber: '要放置的身份证号码',
    place: '放置身份证',
    remove: '取走身份证',
    unreadable: '放置无法读取的卡',
    unplug: '拔出读卡器',
    plug: '插入读卡器',
    failed: '模拟操作未成功',
    payTerminal: {
      title: '银联支付终端',
      lead: '设定下一笔刷卡交易的结果，只对下一笔有效，之后恢复为批准。超时：终端已扣款但应答丢失；终端故障：交易中途失败、未扣款。两者的缴款结果都是“待确认”。',
      next: '下一笔交易',
      behaviours: {
        approve: '批准',
        decline: '拒绝',
        timeout: '超时',
        die: '终端故障'
      },
      set: '下一笔交易：{behaviour}',
      default: '未在此设定时，终端批准交易。'
    }
  },
  /** Field rules by code: identifier and password rules of src-shared, and the form's own. */
  fieldRules: {
    ID_EMPTY: '请输入身份证号码',
    ID_LENGTH: '身份证号码应为18位（旧号码为15位），实际为{length}位',
    ID_NOT_DIGIT: '第{position}位“{char}”应为数字',
    ID_CHECK_CHAR_FORMAT: '第18位“{char}”应为数字或X',
    ID_REGION: '前2位省级行政区划代码“{province}”不存在',
    ID_BIRTH_DATE_INVALID: '第{from}至{to}位出生日期“{value}”不是有效日期',
    ID_BIRTH_DATE_FUTURE: '出生日期{birthDate}晚于今天（{today}）',
    ID_BIRTH_DATE_TOO_EARLY: '出生日期{birthDate}早于{earliest}',
    ID_CHECKSUM: '第18位校验码应为{expected}',
    FILE_NUMBER_EMPTY: '请输入驾驶证档案编号',
    FILE_NUMBER_LENGTH: '档案编号应为12位数字，实际为{length}位',
    FILE_NUMBER_NOT_DIGIT: '档案编号第{position}位“{char}”应为数字',
    MOBILE_EMPTY: '请输入手机号码',
    MOBILE_NOT_DIGIT: '手机号码第{position}位“{char}”应为数字',
    MOBILE_LENGTH: '手机号码应为11位，实际为{length}位',
    MOBILE_PREFIX: '手机号码应以13至19开头，实际为“{prefix}”',
    PLATE_EMPTY: '请输入号牌号码',
    PLATE_LENGTH: '号牌号码应为7位（新能源号牌为8位），实际为{length}位',
    PLATE_PROVINCE: '第1位“{char}”不是省、自治区、直辖市简称',
    PLATE_OFFICE_LETTER: '第2位“{char}”应为发牌机关代号字母（不使用I、O）',
    PLATE_SERIAL_CHARACTER: '第{position}位“{char}”应为字母（不使用I、O）或数字',
    PLATE_NEW_ENERGY_PATTERN: '新能源号牌序号“{serial}”格式不对：小型车应为能源字母（A–H、J、K）+字母或数字+4位数字，大型车应为5位数字+能源字母',
    PLATE_NOT_SHANDONG: '仅受理山东（鲁）号牌，此号牌为“{province}”',
    PLATE_UNKNOWN_OFFICE: '“鲁{officeLetter}”不是山东省车辆管理所发放的号牌号段',
    USCC_EMPTY: '请输入统一社会信用代码',
    USCC_LENGTH: '统一社会信用代码应为18位，实际为{length}位',
    USCC_CHARACTER: '第{position}位“{char}”不是统一社会信用代码使用的字符（不使用I、O、S、V、Z）',
    USCC_DIVISION_NOT_DIGIT: '第{position}位“{char}”应为数字（第3至8位是行政区划码）',
    USCC_CHECKSUM: '第18位校验码应为{expected}',
    PASSWORD_TOO_SHORT: '密码至少8位',
    PASSWORD_TOO_LONG: '密码最多64位',
    PASSWORD_TOO_FEW_KINDS: '密码须包含小写字母、大写字母、数字、符号中的至少三类',
    PASSWORD_TRIVIAL: '密码过于简单（重复字符或连续序列）',
    PASSWORD_IS_DEMO: '不能沿用演示密码，请设置新密码',
    PASSWORD_MISMATCH: '两次输入的密码不一致',
    VIN_EMPTY: '请输入车辆识别代号',
    VIN_LENGTH: '车辆识别代号应为17位，实际为{length}位',
    VIN_FORBIDDEN_LETTER: '第{position}位不能使用字母{char}（车辆识别代号不使用I、O、Q）',
    VIN_CHARACTER: '第{position}位“{char}”应为字母或数字',
    VIN_CHECKSUM: '第9位校验位应为{expected}',
    VIN_LAST_SIX: '车架号后六位应为6个字母或数字（不含I、O、Q）',
    USERNAME_FORMAT: '用户名为3至32位小写字母、数字或 _ . -，以字母开头',
    NOTHING_SELECTED: '请至少选择一项要更新的记录',
    REQUIRED: '此项必须填写',
    TOO_SHORT: '至少{minimum}个字',
    TOO_LONG: '最多{maximum}个字',
    URL_FORMAT: '请输入完整的网址，以 http:// 或 https:// 开头',
    FORMAT: '格式不正确'
  },
  /** Sentences some refusals add from their details. */
  ruleDetails: {
    remainingAttempts: '还可再试 {count} 次，再输错将暂时锁定账户。'
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
  rules: {
    EMON_NOT_HANDLEABLE: '只有未处理的电子监控记录可以自助处理。',
    EMON_DISPUTED: '该记录有异议正在核实，请到违法处理窗口办理。',
    EMON_BIND_REQUIRED: '处理电子监控记录前，须绑定本人驾驶证和该机动车（规则1）。',
    EMON_LICENCE_NOT_USABLE: '驾驶证状态异常（扣押、暂扣、吊销、注销或超过有效期），不能自助处理，请到窗口办理。',
    EMON_VEHICLE_NOT_OWN: '只能处理登记在本人名下机动车的记录（规则5）。其他机动车的记录，请由机动车所有人处理或到窗口办理。',
    EMON_FINE_OVER_200: '罚款超过200元须到窗口办理（规则2：按一般程序处理）。',
    EMON_POINTS_WOULD_REACH_12: '本记分周期已记 {pointsInCycle} 分，所选记录共 {selectedPoints} 分，处理后将达 {pointsAfter} 分。累积记分满12分的不能自助处理，请到窗口办理（规则3）。',
    PAY_ALREADY_PAID: '该记录已经缴款，无需再缴。',
    PAY_IN_PROGRESS: '该记录正在缴款中，请勿重复缴款；结果确认后即可查看。',
    PAY_DISPUTED: '该记录有异议正在核实，暂不能缴款，请到窗口办理。',
    PAY_AMOUNT_CHANGED: '应缴金额已经变化（例如加处罚款随日期增加），请核对新的金额后再缴款。',
    PAY_CASH_COUNTER_ONLY: '现金缴款只能在窗口由工作人员收取。',
    RECEIPT_NOT_YOURS: '只能查看本人的收据。',
    DAYCLOSE_ALREADY_CLOSED: '这一天已经日结，不能重复日结。',
    DAYCLOSE_FUTURE: '不能为未来的日期日结。',
    REG_ALREADY_REGISTERED: '该身份证号码已经注册过账户。请直接登录；如忘记密码，请本人携带身份证到窗口重置密码。',
    REG_PERSON_UNKNOWN: '车管档案中没有身份证号码为 {maskedIdNumber} 的记录，无法注册。请核对号码，或到窗口咨询。',
    REG_NO_MATCHING_LICENCE: '驾驶证档案编号与身份证号码不匹配。档案编号是驾驶证副页上的12位数字，请核对。',
    REG_NO_MATCHING_VEHICLE: '号牌号码或车架号后六位与登记在本人名下的机动车不符，请对照行驶证核对。',
    REG_PHONE_IN_USE: '该手机号码已被其他账户使用，请换一个手机号码。',
    ORG_ALREADY_REGISTERED: '该统一社会信用代码已经注册过。如需了解审核进度，请到窗口咨询。',
    ORG_AGENT_UNKNOWN: '车管档案中没有该经办人身份证号码的记录，请核对号码。',
    AUTH_BAD_CREDENTIALS: '账号或密码不正确。',
    AUTH_LOCKED: '密码连续输错次数过多，账户已暂时锁定，请在 {lockedUntil} 之后再试。',
    AUTH_DISABLED: '该账户已停用，请联系窗口工作人员或系统管理员。',
    AUTH_ORG_PENDING: '单位注册还在等待窗口审核，审核通过后才能登录。',
    AUTH_ORG_REJECTED: '单位注册未通过审核，请到窗口了解原因。',
    CARD_NO_READER: '读卡器未连接。请改用身份证号码和密码登录，或联系工作人员。',
    CARD_NO_CARD: '读卡区没有身份证。请将身份证放在读卡区后再试。',
    CARD_UNREADABLE: '无法读取这张身份证。请重新放置；仍无法读取的，请到窗口办理。',
    CARD_NOT_REGISTERED: '身份证 {maskedIdNumber} 还没有注册账户，请先注册。',
    BIND_NOT_FOUND: '没有找到对应的驾驶证或机动车记录，请核对输入的内容。',
    BIND_NOT_OWNER_LICENCE: '只能绑定本人的驾驶证。',
    BIND_NOT_OWNER_VEHICLE: '只能绑定或更新登记在本人名下的机动车。',
    BIND_VIN_MISMATCH: '车架号后六位不正确，请对照行驶证上的车辆识别代号核对。',
    SERVE_CARD_MISMATCH: '读卡器上的身份证不是所选市民的身份证，请核对。',
    COUNTER_NOT_REGISTERED: '该市民尚未注册，请先为其注册。',
    COUNTER_NOT_SERVING: '当前没有可办理的市民账户：请先查询并核验办理人身份；办理人尚未注册的，请先为其注册。',
    DEMO_ONLY: '此功能只在演示终端上提供。',
    STAFF_USERNAME_TAKEN: '该用户名已被使用，请换一个。',
    STAFF_LAST_ADMIN: '不能停用或降级最后一个可用的系统管理员账户。',
    CONTACT_NOTHING_SELECTED: '请至少选择一项要更新的联系方式记录。',
    EXAM_SUBJECT_ORDER: '须按科目顺序考试：前一科目合格后，才能预约下一科目。',
    EXAM_PERMIT_EXPIRED: '学习驾驶证明已超过有效期，不能预约考试。',
    EXAM_TOO_EARLY_K2: '学习驾驶证明签发后须满规定的学习时间，才能预约科目二考试。',
    EXAM_TOO_EARLY_K3: '学习驾驶证明签发后须满规定的学习时间，才能预约科目三道路驾驶考试。',
    EXAM_RETAKE_WAIT: '考试不合格后须间隔规定的时间，才能再次预约该科目。',
    EXAM_BOOKING_LIMIT: '在学习驾驶证明有效期内，该科目的预约次数已用完（最多5次）。',
    EXAM_ONE_PENDING: '已有一项待安排的考试预约，安排结果公布或取消后才能再预约。',
    EXAM_ALREADY_PASSED: '该科目已经考试合格，无需再预约。',
    EXAM_APPLICATION_CLASS_HELD: '该市民已持有 {licenceClass} 准驾车型的驾驶证，无需申请。',
    EXAM_APPLICATION_NO_LICENCE: '增加准驾车型须已持有驾驶证；该市民没有驾驶证，请按初次申领受理。',
    EXAM_APPLICATION_IN_PROGRESS: '该市民的驾驶证申请（{licenceClass}）仍在进行，须待考试成绩作废或学习驾驶证明有效期届满后才能重新申请。',
    EXAM_APPLICATION_BOOKINGS_OPEN: '该市民还有待排考的考试预约，请先取消后再重新申请。',
    EXAM_ALREADY_PENDING: '已经预约了该科目，正在等待安排。',
    EXAM_WINDOW_CLOSED: '该考试计划不在预约期内。',
    EXAM_CLASS_NOT_IN_PLAN: '该考试计划不适用于您申请的准驾车型。',
    EXAM_NO_PERMIT: '没有您的驾驶证申请受理记录（学习驾驶证明），不能预约考试。',
    EXAM_PLACE_NOT_IN_PLAN: '所选考场或考区不属于该考试计划。',
    EXAM_SESSION_NOT_IN_PLACE: '所选场次不属于所选考场或考区。',
    EXAM_RANGE_INVALID: '日期范围无效：最早日期不能晚于最晚日期，且须在考试计划的考试日期之内。',
    EXAM_CANCEL_TOO_LATE: '已安排考试的预约只能在考试前一个工作日之前取消，最晚取消日期为 {deadline}。',
    EXAM_NOT_CANCELLABLE: '该预约当前不能取消（已取消，或安排结果已经公布）。',
    EXAM_NOT_RESULTS_DAY: '只能在结果公布日（{resultsOn}）进行安排。',
    EXAM_ALREADY_ALLOCATED: '该考试计划已排考并公布结果。',
    EXAM_NOT_SEATED: '该预约尚未排考成功，没有预约凭证。',
    EXAM_PLAN_TOO_LATE: '考试计划须至少提前10日公布：首场考试不得早于 {earliest}。',
    EXAM_PLAN_ORDER: '须满足：受理开始 ≤ 受理截止 ≤ 结果公布日 < 首场考试。',
    EXAM_VENUE_SUBJECT: '所选考场不承担此科目考试。',
    EXAM_RESULT_NOT_SEATED: '该预约没有考试安排（未获安排、待安排或已取消），不能录入考试结果。',
    EXAM_RESULT_TOO_EARLY: '考试日期为 {examDate}，考试当天或之后才能录入考试结果。',
    EXAM_RESULT_RECORDED: '该预约的考试结果已经录入，不能重复录入。',
    EXAM_RESULTS_VOID: '科目二或科目三道路驾驶技能第5次预约考试仍不合格，已考科目成绩作废，须重新申请、从科目一开始。',
    CALENDAR_DATE_INVALID: '{date} 不是有效日期。',
    CALENDAR_DATE_IN_BOTH: '{date} 不能既是放假日又是调休上班日。',
    CALENDAR_MAKEUP_NOT_WEEKEND: '调休上班日 {date} 不是周六或周日：调休上班日是补上班的周末。',
    CALENDAR_DATE_OUTSIDE_YEAR: '{date} 不在 {year} 年内：每次只修改一个年度的节假日安排。',
    CALENDAR_YEAR_INVALID: '年份须在 2000 至 2099 之间。',
    DISPUTE_NOT_IN_SCOPE: '只能对本人驾驶证或名下机动车的交通违法记录提出异议。',
    DISPUTE_ALREADY_OPEN: '该记录已有异议正在核实，请等待核实结果。',
    DISPUTE_PAYMENT_IN_PROGRESS: '该记录正在缴款中，缴款结果确认后才能提出异议。',
    DISPUTE_RECORD_PAID: '该记录已经缴款，不能再对记录本身提出异议；如需退款请到窗口咨询。',
    DISPUTE_NOT_DECIDED: '该记录尚未处理、没有处罚决定，不存在已缴款未消除的情况。',
    DISPUTE_ALREADY_CLEARED: '该记录已显示为已缴款，无需提出异议。',
    DISPUTE_EVIDENCE_REQUIRED: '“已缴款未消除”的异议须提供收据编号、收据二维码内容或银行流水号。',
    DISPUTE_WRONG_OFFICE: '该异议由违法行为发生地的{officeName}核实，本窗口不能作出决定。',
    DISPUTE_NOT_OPEN: '该异议已经核实完毕。',
    DISPUTE_RECORD_HAS_PAYMENTS: '该记录有缴款记录，不能直接删除；请先按退款程序处理。',
    DISPUTE_PAYMENT_UNPROVEN: '证明材料不能证明该记录已缴款：须为本终端可核验的收据，或签名有效、载明该决定书编号的收据二维码。',
    DISPUTE_UNKNOWN_RECORD: '中心没有异议所涉的违法记录。',
    DISPUTE_RECORD_ALREADY_PAID: '中心记录显示该违法记录已经缴款，不能再对记录提出异议。',
    DISPUTE_OFFICE_MISMATCH: '中心复核：异议须由违法行为发生地的车管所核实，本终端的决定未予受理。',
    LICENCE_NOT_IN_FORCE: '驾驶证已被吊销或注销，不能办理驾驶证业务；须重新申领驾驶证。',
    LICENCE_EXPIRED_OVER_YEAR: '驾驶证有效期至 {validUntil}，超过有效期已满一年，驾驶证将被注销，不能办理该业务；须重新申领并参加考试。',
    LICENCE_HELD_BY_POLICE: '驾驶证处于扣押或暂扣期间，不能办理该业务。',
    LICENCE_LONG_TERM: '驾驶证有效期为长期，不需要期满换证。',
    LICENCE_RENEWAL_TOO_EARLY: '期满换证须在有效期满前90日内申请：有效期至 {validUntil}，{opensOn} 起可以申请。',
    LICENCE_VIOLATIONS_UNHANDLED: '换证包含审验：驾驶证还有 {count} 条交通违法未处理，请处理完毕后再申请。',
    LICENCE_CERTIFICATE_INVALID: '{issuedOn} 开具的身体条件证明不能使用：开具日期不能晚于今天，且自开具之日起6个月内有效，过期的请重新体检。',
    LICENCE_AGE_EXCHANGE_FIRST: '年满 {age} 周岁，驾驶证上有不能再驾驶的准驾车型，请先办理超龄换证。',
    LICENCE_AGE_NOTHING_TO_EXCHANGE: '年满 {age} 周岁，驾驶证上的准驾车型都可以继续驾驶，不需要超龄换证。',
    LICENCE_DEFER_OTHER_OFFICE: '延期业务须到核发驾驶证的车辆管理所（{officeCode}）办理。',
    LICENCE_DEFER_NOT_APPLICABLE: '该延期业务不适用于本驾驶证：有效期为长期的不需要延期换证；年满70周岁的驾驶人才需要每年提交身体条件证明。',
    LICENCE_DEFER_PERIOD: '延期最长3年：延期至的日期须晚于今天，且不晚于 {latest}。',
    LICENCE_DEFER_REASON: '延期须说明理由（如服兵役、出国（境）等），请填写具体原因（至少4个字）。',
    LICENCE_NONE: '本人名下没有驾驶证，不能办理驾驶证业务。',
    VEHICLE_NOT_IN_USE: '机动车已注销（报废）或登记为被盗抢，不能办理机动车业务。',
    VEHICLE_DETAINED: '机动车处于扣留状态，不能办理或办结机动车业务，须待解除扣留后办理；已受理的申请可以退办。',
    VEHICLE_OTHER_OFFICE: '补换领号牌、行驶证须到机动车登记地的车辆管理所（{officeCode}）办理。',
    VEHICLE_LABEL_TOO_EARLY: '检验合格标志须在检验有效期满前3个月内申领：检验有效期至 {inspectionDue}，{opensOn} 起可以申领。',
    VEHICLE_VIOLATIONS_UNHANDLED: '机动车还有 {count} 条交通违法未处理完毕，处理完毕后才能申领检验合格标志。',
    VEHICLE_INSURANCE_EXPIRED: '交强险须在有效期内：填写的保单有效期至 {insuranceValidUntil}，已经过期。',
    VEHICLE_TEST_REQUIRED: '这辆车本次须先到检验机构上线检验：请填写 {opensOn} 以后、不晚于今天的检验日期。',
    VEHICLE_LABEL_AT_REGISTRATION_OFFICE: '大型客车、校车须到机动车登记地的车辆管理所（{officeCode}）申领检验合格标志。',
    VEHICLE_NOT_OWNER: '只能为登记在本人名下的机动车办理机动车业务。',
    APPLICATION_OPEN: '该驾驶证或机动车已有一项业务申请已受理、尚未办结，请待办结或退办后再申请。',
    APPLICATION_NOT_OPEN: '该申请已经办结或退办，不能再办结或退办。',
    PLATE_VIN_REGISTERED: '车辆识别代号为 {vin} 的机动车已经注册登记，号牌预选只适用于尚未注册登记的新车。',
    PLATE_VIN_OTHER_OWNER: '车辆识别代号 {vin} 已由他人开始选号或预选号牌，不能再为本人选号。',
    PLATE_VIN_ALREADY_SELECTED: '该车已预选号牌 {plate}：每辆车只能成功预选一次，确认后不能更改。',
    PLATE_BATCHES_USED: '随机选号每辆车最多抽取 {batches} 组，已经用完；可以改用自编号码。',
    PLATE_COMPOSED_USED: '自编号码每辆车最多 {limit} 个，还可以提交 {left} 个，请减少本次提交的号码。',
    PLATE_OTHER_OFFICE: '本终端预选的号牌以“{prefix}”开头。',
    PLATE_BATCH_EXPIRED: '这一组号码抽取已超过 {seconds} 秒，已作废：请抽取下一组，或改用自编号码。',
    PLATE_NOT_IN_BATCH: '{plate} 不在最近抽取的一组号码中：只能从当前一组中选择。',
    PLATE_TAKEN: '该号牌号码已被使用或已被他人预选，请换一个号码。',
    PLATE_PATTERN_LENGTH: '自编号码为号牌字母后的5位。',
    PLATE_PATTERN_CHARACTER: '自编号码只能使用数字和字母（不使用I、O）。',
    PLATE_PATTERN_FIRST_LETTER: '自编号码的第1位须为字母。',
    PLATE_PATTERN_ONE_LETTER: '自编号码的后4位中须恰好有1个字母。',
    PLATE_PATTERN_ZEROS: '自编号码的3个数字不能全为0。',
    PLATE_PATTERN_TRIPLE: '自编号码不能含3个连续相同的数字。',
    OFFLINE_ONLINE_ONLY: '本终端暂时联系不上中心服务，这项业务须联网办理，请恢复连接后再试。',
    OFFLINE_CARD_AMOUNT_CAP: '本终端暂时联系不上中心服务，离线期间单笔刷卡缴款不能超过 {maxAmountFen} 元。请改用现金缴款（限窗口），或恢复连接后再刷卡。',
    OFFLINE_CARD_COUNT_CAP: '本终端暂时联系不上中心服务，离线期间最多受理 {maxCount} 笔刷卡缴款，已经用完。请改用现金缴款（限窗口），或恢复连接后再刷卡。',
    SYNC_NOT_ENROLLED: '本终端尚未登记到中心服务，请先在“数据同步”中登记。',
    SYNC_ENROL_PENDING: '本终端还有未上传的业务，请先同步，再重新登记。',
    SYNC_ENROL_CODE_INVALID: '登记码无效、已使用或已过期，请向中心服务管理员重新索取。',
    SYNC_ENROL_FAILED: '未能登记到中心服务，请核对中心服务地址和网络连接后重试。',
    SYNC_TASK_UNKNOWN: '没有这项待处理事项，请刷新后再试。',
    SYNC_TASK_DONE: '这项事项已经处理完毕。',
    CENTRAL_TIMEOUT: '中心服务响应超时，稍后将自动重试。',
    CENTRAL_UNREACHABLE: '无法连接中心服务，请检查网络连接；恢复后将自动重试。',
    CENTRAL_BAD_ANSWER: '中心服务的答复无法识别，请联系系统管理员。',
    SYNC_INTERNAL: '同步过程出现内部错误，请联系系统管理员。',
    EXAM_PLAN_PUBLISHED_LATE: '中心复核：该考试计划公布时距首场考试不足10日，未予发布。',
    EXAM_PLAN_VENUE_ELSEWHERE: '中心复核：该考试计划的考场不属于本车管所，未予发布。',
    PAYMENT_DUPLICATE: '中心记录显示该罚款已经缴纳，这笔缴款重复。',
    PAYMENT_AMOUNT_MISMATCH: '缴款金额与中心核算的应缴金额不一致。',
    PAYMENT_UNKNOWN_RECORD: '中心没有这条违法记录。',
    HANDLE_FINE_LIMIT: '中心复核：该记录不能自助处理（罚款超过200元的，须按一般程序到窗口处理）。',
    REG_NOT_IN_ARCHIVE: '中心档案中没有此人，本终端的注册未被接受。',
    REG_PROOF_MISMATCH: '中心档案显示注册所用的驾驶证或机动车不属于此人，本终端的注册未被接受。',
    ACCOUNT_UNKNOWN: '该账户的注册未被中心接受，此项账户变更没有同步到其他终端。',
    BIND_NOT_OWNER: '中心档案显示该驾驶证或机动车不属于本人，绑定未被接受。',
    EXAM_BOOKING_REFUSED: '中心复核：该考试预约不符合预约条件，未被受理，请向申请人说明并视情况重新预约。',
    EXAM_BOOKING_CHANGED: '中心记录中该考试预约的状态已经改变（或没有该预约），本终端的取消或成绩录入未被受理。',
    CALENDAR_YEAR_REFUSED: '中心复核：该年度的节假日安排不符合日历规则，未被采用，各终端仍按中心的日历计算工作日。',
    EXAM_SETTINGS_OFFICE_MISMATCH: '中心复核：终端只能设置本车管所的考试预约规则，这项设置未被采用。',
    EXAM_APPLICATION_REFUSED: '中心复核：该驾驶证申请不符合受理条件，未被受理（该市民已持有此准驾车型，或已有申请在进行）。',
    SERVICE_APPLICATION_REFUSED: '中心复核：该驾驶证或机动车业务申请不符合办理条件，未被受理，已从本终端撤回；请向申请人说明。',
    SERVICE_APPLICATION_CHANGED: '中心记录中该业务申请已在其他窗口办结或退办（或中心没有该申请），本窗口的办理未被采用。',
    PLATE_RESERVATION_REFUSED: '中心复核：该号牌号码已在其他终端先被预选或已被使用，或这辆车已经预选过号牌，本终端的预选未被保留；请向申请人说明并重新选号。',
    ORG_REGISTERED_ELSEWHERE: '该统一社会信用代码已在其他终端先行注册，本终端的单位注册未被接受。',
    ORG_AGENT_NOT_IN_ARCHIVE: '中心档案中没有该单位经办人，单位注册未被接受。',
    ORG_DECISION_CHANGED: '该单位注册已在其他窗口审核（或中心没有该注册），本窗口的审核未被采用。',
    CONTACT_NOT_OWNER: '中心记录显示相关驾驶证或机动车不属于本人，联系方式未予更新。',
    COMMAND_UNSUPPORTED_VERSION: '中心服务不接受本终端软件版本上传的数据，请升级终端软件。',
    COMMAND_FAILED: '中心服务无法执行这项业务，已暂停并转人工复核；其余业务照常上传。请联系系统管理员。',
    COMMAND_INVALID_PAYLOAD: '中心服务无法识别这条上传的数据，请联系系统管理员。',
    ENROLMENT_CODE_INVALID: '登记码无效、已使用或已过期，请向中心服务管理员重新索取。',
    TERMINAL_UNKNOWN: '中心服务没有本终端的登记记录，请重新登记。',
    TERMINAL_DE_ENROLLED: '中心服务已注销本终端的登记，请联系中心服务管理员。',
    SIGNATURE_INVALID: '中心服务未能验证本终端的签名，请联系系统管理员。',
    CLOCK_SKEW: '本机时钟与中心服务相差太大，请校准本机系统时间。',
    EPOCH_STALE: '中心数据已重建，本终端须重新下载全量数据。',
    PARTITION_FORBIDDEN: '本终端无权下载所请求的数据分区。',
    ADMIN_TOKEN_INVALID: '中心服务的管理口令不正确。'
  }
}

export type MessageSchema = typeof zhCN
export default zhCN
