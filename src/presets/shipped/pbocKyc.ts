import type { KycRules, SuitabilityRules } from '../types/kyc';

/** KYC and opening rules of the PBOC presets (《银行个人账户培训》). */
export const PBOC_KYC: KycRules = {
  age: {
    minimumAge: 16,
    guardianInPerson: true,
    source: 'bank-training-course',
    note: {
      en: 'Under 16: a legal guardian must be present with proof of guardianship; the funds belong to the minor.',
      'zh-CN': '未满16周岁须由法定监护人陪同并出示监护关系证明；资金归未成年人所有。',
    },
  },
  documents: {
    accepted: {
      mainland: ['resident_id_card'],
      hk_macao_taiwan: ['hk_macao_taiwan_permit'],
      foreign: ['passport', 'foreign_permanent_residence'],
    },
    gb11643Numbers: ['resident_id_card'],
    birthDateMismatch: 'verify_at_opening',
    birthDateMismatchSource: 'bank-practice',
    source: 'bank-training-course',
    note: {
      en: 'Foreigners: passport plus residence permit and a tax-residency declaration. Documents must be valid on the day: a document expiring today is still valid today. Resident identity card numbers are checked against GB 11643-1999 (length, birth date, check character) and GB/T 2260 (the province-level address code); a first-generation 15-digit number is refused, as those cards ceased to be valid on 2013-01-01; other document numbers for shape only (5–20 capital letters and digits). A valid number whose birth date differs from the declared one does not refuse the opening: staff must verify the birth date against the document (a bank may derive a preset that refuses instead).',
      'zh-CN':
        '外国人：护照及居留许可，并填写税收居民身份声明。证件须在有效期内：当天到期的证件当天仍有效。居民身份证号码按GB 11643-1999（位数、出生日期、校验码）及GB/T 2260（省级行政区划代码）校验；第一代15位号码的身份证自2013年1月1日起停止使用，不予受理；其他证件号码仅校验格式（5至20位大写字母和数字）。号码有效但所含出生日期与申报不一致的，不拒绝开户，但须由工作人员对照证件核实出生日期（银行可派生为拒绝的预设）。',
    },
  },
  faceToFace: {
    channels: ['counter', 'kiosk_assisted'],
    source: 'pboc-2016-261',
    note: {
      en: 'Face to face means at the counter, or at a kiosk where staff confirm the identity (银发〔2015〕392号 and 《银行个人账户培训》); a remote opening is never face to face, whatever else is verified.',
      'zh-CN':
        '面对面指柜面，或由工作人员现场核验身份的自助设备；远程开户无论采用何种验证方式均不属于面对面。',
    },
  },
  foreignCurrency: {
    requiresClass: 'I',
    annualPurchaseQuota: { amount: '50000.00', currency: 'USD' },
    source: 'bank-training-course',
    note: {
      en: 'A foreign-currency account requires a CNY Class I account at the same bank first.',
      'zh-CN': '开立外币账户须先在本行开立人民币Ⅰ类户。',
    },
  },
  taxResidencyDeclaration: {
    residencies: ['foreign'],
    foreignCurrencyAccounts: true,
    source: 'bank-training-course',
    note: {
      en: 'Foreigners and anyone opening a foreign-currency (cross-border) account sign a tax-residency self-declaration at opening (CRS). It is a step of the opening, reported as a condition, not a refusal.',
      'zh-CN':
        '外国人及开立外币（跨境）账户的客户须在开户时填写税收居民身份声明（CRS）。该项为开户步骤，作为条件提示，不构成拒绝理由。',
    },
  },
  nonCounterTransfers: {
    certificateRequiredAbove: { amount: '50000.00', currency: 'CNY' },
    largeTransferReminderAbove: { amount: '300000.00', currency: 'CNY' },
    largeTransferReminderSource: 'pboc-2016-261',
    companyLargeTransferReminderAbove: { amount: '1000000.00', currency: 'CNY' },
    note: {
      en: "Daily cumulative (日累计) non-counter transfers above 50,000, except to one's own accounts at the same bank, need a digital certificate or e-signature; above 300,000 (companies: 1,000,000) a large-transfer reminder (261号). Conditions the service must meet, attached to the check decision under `requires`; not refusals.",
      'zh-CN':
        '非柜面转账日累计超过5万元（向本人同行账户转账除外）须采用数字证书或电子签名；超过30万元（单位100万元）须进行大额转账提醒（261号文）。为服务须满足的条件，列于检查结果的 `requires`，不构成拒绝。',
    },
    source: 'pboc-2016-261',
  },
  riskRating: {
    levels: {
      low: {
        enhancedDueDiligence: false,
        reviewInterval: { years: 3 },
        title: { en: 'Low risk', 'zh-CN': '低风险' },
      },
      medium: {
        enhancedDueDiligence: false,
        reviewInterval: { years: 1 },
        title: { en: 'Medium risk', 'zh-CN': '中风险' },
      },
      high: {
        enhancedDueDiligence: true,
        reviewInterval: { months: 6 },
        title: { en: 'High risk', 'zh-CN': '高风险' },
      },
    },
    factors: [
      {
        factor: 'politically_exposed',
        value: 'no',
        score: 0,
        title: { en: 'Not a politically exposed person', 'zh-CN': '非政治公众人物' },
        source: 'bank-training-course',
      },
      {
        factor: 'politically_exposed',
        value: 'yes',
        score: 0,
        minimumLevel: 'high',
        title: { en: 'Politically exposed person', 'zh-CN': '政治公众人物' },
        source: 'bank-training-course',
        note: {
          en: '《银行个人账户培训》: politically exposed persons need enhanced due diligence, which the high level carries.',
          'zh-CN': '《银行个人账户培训》：对政治公众人物须实施强化尽职调查，即高风险等级的要求。',
        },
      },
      {
        factor: 'occupation',
        value: 'standard',
        score: 0,
        title: {
          en: 'Employee, civil servant, student or retired',
          'zh-CN': '普通受雇人员、公务员、学生或退休人员',
        },
        source: 'bank-practice',
      },
      {
        factor: 'occupation',
        value: 'self_employed',
        score: 1,
        title: { en: 'Self-employed or business owner', 'zh-CN': '个体工商户或企业主' },
        source: 'bank-practice',
      },
      {
        factor: 'occupation',
        value: 'unknown',
        score: 2,
        title: { en: 'Occupation not stated', 'zh-CN': '职业不明' },
        source: 'bank-practice',
      },
      {
        factor: 'occupation',
        value: 'cash_intensive',
        score: 2,
        title: {
          en: 'Cash-intensive business (trading, catering, second-hand goods)',
          'zh-CN': '现金密集型行业（贸易、餐饮、二手商品等）',
        },
        source: 'bank-practice',
      },
      {
        factor: 'occupation',
        value: 'high_risk',
        score: 2,
        minimumLevel: 'high',
        title: {
          en: 'High-risk occupation (precious metals and stones, art, gambling, money services)',
          'zh-CN': '高风险职业（贵金属珠宝、艺术品、博彩、货币服务等）',
        },
        source: 'bank-training-course',
        note: {
          en: '《银行个人账户培训》: practitioners of "special industries" need enhanced due diligence, which the high level carries. The examples are common bank practice.',
          'zh-CN':
            '《银行个人账户培训》：对特殊行业从业者须实施强化尽职调查，即高风险等级的要求。所列举行业为银行通行做法。',
        },
      },
      {
        factor: 'geography',
        value: 'domestic',
        score: 0,
        title: { en: 'Lives and does business in the country', 'zh-CN': '境内居住及经营' },
        source: 'bank-practice',
      },
      {
        factor: 'geography',
        value: 'cross_border',
        score: 1,
        title: {
          en: 'Regular cross-border business or residence abroad',
          'zh-CN': '经常性跨境业务或境外居住',
        },
        source: 'bank-practice',
      },
      {
        factor: 'geography',
        value: 'high_risk_jurisdiction',
        score: 2,
        minimumLevel: 'high',
        title: {
          en: 'Connected with a high-risk jurisdiction (FATF call for action or increased monitoring)',
          'zh-CN': '与高风险国家或地区有关联（FATF 呼吁采取行动或加强监控名单）',
        },
        source: 'bank-practice',
      },
      {
        factor: 'channel',
        value: 'face_to_face',
        score: 0,
        title: { en: 'Relationship established face to face', 'zh-CN': '面对面建立业务关系' },
        source: 'bank-practice',
      },
      {
        factor: 'channel',
        value: 'non_face_to_face',
        score: 1,
        title: { en: 'Relationship established remotely', 'zh-CN': '非面对面建立业务关系' },
        source: 'bank-practice',
      },
      {
        factor: 'product',
        value: 'deposits',
        score: 0,
        title: { en: 'Deposits and everyday payments', 'zh-CN': '存款及日常支付' },
        source: 'bank-practice',
      },
      {
        factor: 'product',
        value: 'wealth_management',
        score: 1,
        title: { en: 'Wealth-management and investment products', 'zh-CN': '理财及投资产品' },
        source: 'bank-practice',
      },
      {
        factor: 'product',
        value: 'foreign_currency',
        score: 1,
        title: { en: 'Foreign-currency accounts and exchange', 'zh-CN': '外币账户及结售汇' },
        source: 'bank-practice',
      },
      {
        factor: 'product',
        value: 'cross_border_remittance',
        score: 2,
        title: { en: 'Cross-border remittances', 'zh-CN': '跨境汇款' },
        source: 'bank-practice',
      },
    ],
    thresholds: { medium: 2, high: 4 },
    source: 'bank-practice',
    note: {
      en: '《银行个人账户培训》 gives the levels (low/medium/high) and enhanced due diligence for politically exposed persons and high-risk occupations (both always rated high here), but no weights, thresholds or review intervals: those are defaults a bank should set. The score adds the occupation, geography and channel points and the riskiest product; 2 or more is medium, 4 or more high.',
      'zh-CN':
        '《银行个人账户培训》规定了风险等级（低/中/高）及对政治公众人物和高风险职业的强化尽职调查（本预设将二者一律评为高风险），但未规定权重、阈值和复评周期：此处为默认值，银行应自行设定。得分为职业、地域、渠道分值与风险最高产品分值之和；2分及以上为中风险，4分及以上为高风险。',
    },
  },
  phoneInOwnName: { required: true, source: 'bank-training-course' },
  openingRestrictions: {
    blockingKinds: ['receive_only', 'no_non_counter'],
    source: 'pboc-2019-85',
    restatedBy: ['cn-anti-telecom-fraud-law', 'cn-joint-punishment-2024'],
    note: {
      en: 'Persons identified as selling or renting accounts may open no new account while the restriction lasts, whatever its kind: 85号 from 2019-04-01 (5 years); the Anti-Telecom-Fraud Law, Arts. 16 and 31, from 2022-12-01; the 2024 Measures from 2024-12-01 (2 or 3 years, at most 5 in a row). Before 2019-04-01 no rule refused the opening: a restriction alone does not refuse an application made earlier.',
      'zh-CN':
        '经认定买卖、出租账户的人员，在限制期内不得新开账户，无论限制类型：85号文自2019年4月1日起（5年）；《反电信网络诈骗法》第十六条、第三十一条自2022年12月1日起；2024年联合惩戒办法自2024年12月1日起（2年或3年，连续不超过5年）。2019年4月1日前的开户申请不因此被拒绝。',
    },
  },
};

/** Investor suitability rules: the bank's own (《理财客户经理岗位职责》); the C1–C5/R1–R5 scale follows the CSRC measures. */
export const CN_SUITABILITY: SuitabilityRules = {
  seniorAge: 65,
  seniorForbiddenFrom: 'R4',
  seniorWitnessLevel: 'R3',
  seniorWitnessConditions: ['witness', 'second_warning'],
  adultAge: 18,
  insistWithSignedStatement: true,
  insistConditions: ['signed_statement', 'witness', 'second_warning'],
  insistExcludes: { seniors: true, minors: true },
  earmarkedFundsMaxRisk: 'R3',
  earmarkedPurposes: ['short_term', 'pension', 'education'],
  source: 'wealth-manager-duties',
  note: {
    en: "A Cn customer may buy up to Rn. Customers 65 or older: never R4 or above, R3 only with a witness and a second warning. Minors only through the guardian. No assessment, no product. A customer who insists on a product above their level signs a special statement, witnessed by a branch retail head, after the risk is explained again — but never a senior or a minor. Short-term, pension and education money stays out of high-risk (R4+) products. These are the bank's own suitability rules (《理财客户经理岗位职责》), not the CSRC measures, whose C1–C5/R1–R5 scale they follow.",
    'zh-CN':
      'Cn级客户可购买不高于Rn级产品。65周岁以上客户不得购买R4级及以上产品，购买R3级须有见证人并二次风险提示。未成年人须由监护人办理。未做风险评估不得购买。客户坚持购买超出其风险等级的产品，须再次揭示风险、签署特别声明并由分行零售部门负责人见证，但65周岁以上及未成年客户不适用。短期资金、养老及教育资金不得投资高风险（R4及以上）产品。以上为银行自身的适当性规则（《理财客户经理岗位职责》），并非证监会适当性管理办法，仅沿用其C1–C5/R1–R5分级。',
  },
};
