import type { Lang } from '../messages/lang';
import { renderMonitoringMarkdown } from '../monitoring/renderMonitoringMarkdown';
import { formatDuration, formatEvery } from '../time';
import type { PolicyDuration } from '../time/types';
import type { AccountClassRules, LimitRule, TransactionMatcher } from './types/classes';
import { TRANSACTION_KINDS, type MoneyAmount } from './types/common';
import type { Preset } from './types/preset';

const T = {
  en: {
    jurisdiction: 'Jurisdiction',
    currency: 'Currency',
    timeZone: 'Time zone for daily and annual windows',
    effective: 'Effective from',
    supersedes: 'Supersedes',
    derivedFrom: 'Derived from',
    none: 'none',
    classes: 'Account classes',
    opening: 'Opening',
    channels: 'Channels',
    faceToFace: 'Face-to-face identity confirmation required',
    verifications: 'Verifications',
    atLeast: 'at least',
    including: 'including',
    perPerson: 'Accounts per person per bank',
    noCap: 'no cap',
    requirements: 'Information and documents',
    permissions: 'Transactions permitted (first matching rule decides)',
    counting: 'What counts toward the limits',
    inflow: 'Inflow',
    outflow: 'Outflow',
    reversals: 'Reversals and refunds restore headroom',
    limits: 'Limits',
    noLimits: 'No amount limits.',
    limit: 'Limit',
    window: 'Window',
    layer: 'Layer',
    source: 'Source',
    yes: 'yes',
    no: 'no',
    requires: 'requires',
    any: 'any counterparty',
    nothing: 'nothing',
    lifecycle: 'Lifecycle',
    freezes: 'Freezes',
    kind: 'Kind',
    maxDuration: 'Longest duration',
    renewals: 'Renewals',
    scopes: 'Scopes',
    liftedBy: 'Lifted by',
    untilLifted: 'until lifted',
    unlimited: 'no limit',
    lossReport: 'Loss reports',
    validity: 'Valid for',
    unreport: 'Unreporting channels',
    dormancy: 'Dormancy',
    inactivity: 'Dormant after no active transaction for',
    activeKinds: 'Active transactions',
    newAccount: 'New accounts: no transaction within',
    suspends: 'suspends non-counter business until identity is re-verified',
    closure: 'Closure',
    retention: 'Records kept at least',
    zeroBalance: 'Balance must be exactly zero',
    restrictions: 'Account selling or renting: restriction for',
    infoChange: 'Information changes',
    keyFields: 'Key fields (counter only, with proof)',
    nonKeyFields: 'Non-key fields',
    sod: 'Entering and approving staff must differ',
    kyc: 'KYC and opening eligibility',
    minAge: 'Opens alone from age',
    documents: 'Accepted documents',
    fx: 'Foreign-currency accounts need a CNY account of class',
    fxQuota: 'annual FX purchase quota',
    certificate: 'Non-counter transfers per day above this need a digital certificate',
    reminder: 'Large-transfer reminder above',
    risk: 'Customer risk rating',
    edd: 'enhanced due diligence',
    review: 'review',
    suitability: 'Investor suitability',
    seniors:
      'Customers aged {age} or older: never {forbidden} or above; {witness} only with a witness and a second warning.',
    minors: 'Under {age}: only through the legal guardian.',
    insist: 'Buying above one’s level with a signed special statement',
    earmarked: 'Short-term, pension and education money at most',
    tiering: 'Tier re-evaluation',
    reevaluation: 'Re-evaluated every',
    basicFreeze: 'Basic tier frozen after no transaction for',
    cumulative: 'Cumulative volume at least',
    tier: 'Tier',
    txCount: 'Transactions at least',
    history: 'History at least',
    credit: 'Credit rating at least',
    alerts: 'Alerts at most',
    guardianInPerson: 'The guardian must be present in person (face to face)',
    gb11643: 'Numbers checked in full against GB 11643-1999',
    mismatch: 'Birth date in the ID number differs from the declared one',
    mismatchRefuse: 'refuse the opening',
    mismatchVerify: 'open on condition that staff verify the birth date',
    f2f: 'Face-to-face channels',
    tax: 'Tax-residency declaration required for residencies',
    taxFx: 'and for foreign-currency accounts',
    restricted: 'Restrictions that bar opening',
    phone: 'Phone number must be registered in the applicant’s own name',
    factor: 'Factor',
    value: 'Value',
    score: 'Score',
    atLeastLevel: 'At least',
    thresholds: 'Score thresholds: medium from {medium}, high from {high}',
    seniorConditions: 'Senior conditions',
    insistConditions: 'Insisting requires',
    insistExcludes: 'Never open to',
    earmarkedPurposes: 'Earmarked purposes',
    counterChannels: 'Counter channels (in person)',
    authorityNotice: 'needs the authority’s notice',
    liftChannels: 'lifted only via',
    noNotify: 'customer not notified',
    written: 'Written report channels',
    replacement: 'Card replacement channels',
    reverification: 'Identity re-verification channels',
    review2: 'Single transactions reviewed above',
    discrepancies: 'Discrepancies between sources',
    sources: 'Sources',
    note: 'Note',
    rule: 'Rule',
  },
  'zh-CN': {
    jurisdiction: '适用法域',
    currency: '币种',
    timeZone: '日、年累计所用时区',
    effective: '生效日期',
    supersedes: '取代',
    derivedFrom: '派生自',
    none: '无',
    classes: '账户类别',
    opening: '开户',
    channels: '渠道',
    faceToFace: '须面对面核实身份',
    verifications: '身份验证',
    atLeast: '至少',
    including: '其中须包括',
    perPerson: '每人在同一银行可开立数量',
    noCap: '不限',
    requirements: '所需信息与材料',
    permissions: '允许的交易（按第一条匹配规则判断）',
    counting: '计入限额的交易',
    inflow: '收入',
    outflow: '支出',
    reversals: '冲正和退款恢复额度',
    limits: '限额',
    noLimits: '无金额限额。',
    limit: '限额',
    window: '期间',
    layer: '层级',
    source: '依据',
    yes: '是',
    no: '否',
    requires: '须满足',
    any: '任何交易对手',
    nothing: '无',
    lifecycle: '账户生命周期',
    freezes: '冻结',
    kind: '种类',
    maxDuration: '最长期限',
    renewals: '续期次数',
    scopes: '范围',
    liftedBy: '解除方',
    untilLifted: '至解除时',
    unlimited: '不限',
    lossReport: '挂失',
    validity: '有效期',
    unreport: '解挂渠道',
    dormancy: '久悬（睡眠）账户',
    inactivity: '无主动交易满以下期限转为久悬',
    activeKinds: '主动交易',
    newAccount: '新开账户：开户后以下期限内无交易',
    suspends: '暂停非柜面业务，重新核实身份后恢复',
    closure: '销户',
    retention: '资料至少保存',
    zeroBalance: '余额须为零',
    restrictions: '买卖、出租账户：限制期限',
    infoChange: '信息变更',
    keyFields: '关键信息（仅限柜面，须提供证明）',
    nonKeyFields: '非关键信息',
    sod: '录入与审批须由不同人员办理',
    kyc: '客户身份识别与开户条件',
    minAge: '可独立开户的年龄',
    documents: '可接受的证件',
    fx: '外币账户须先有人民币账户类别',
    fxQuota: '年度购汇额度',
    certificate: '非柜面转账日累计超过以下金额须数字证书',
    reminder: '大额转账提示金额',
    risk: '客户风险等级',
    edd: '强化尽职调查',
    review: '复评周期',
    suitability: '投资者适当性',
    seniors:
      '{age}周岁以上客户：不得购买{forbidden}级及以上产品；购买{witness}级须有见证人并二次风险提示。',
    minors: '未满{age}周岁：须由法定监护人办理。',
    insist: '客户坚持购买超出其等级的产品须签署特别声明',
    earmarked: '短期资金、养老及教育资金最高可投',
    tiering: '层级重新评估',
    reevaluation: '评估周期',
    basicFreeze: '基础层级无交易满以下期限即冻结',
    cumulative: '累计交易额不少于',
    tier: '层级',
    txCount: '交易笔数不少于',
    history: '开户时间不少于',
    credit: '信用等级不低于',
    alerts: '预警不多于',
    guardianInPerson: '监护人须本人到场（面对面）',
    gb11643: '按GB 11643-1999完整校验号码的证件',
    mismatch: '身份证号码所含出生日期与申报不一致',
    mismatchRefuse: '拒绝开户',
    mismatchVerify: '可开户，但须由工作人员核实出生日期',
    f2f: '面对面渠道',
    tax: '须填写税收居民身份声明的居民类型',
    taxFx: '以及外币账户',
    restricted: '禁止开户的限制',
    phone: '手机号码须登记在申请人本人名下',
    factor: '因素',
    value: '取值',
    score: '分值',
    atLeastLevel: '最低等级',
    thresholds: '分值阈值：{medium}分起为中风险，{high}分起为高风险',
    seniorConditions: '老年客户条件',
    insistConditions: '坚持购买须',
    insistExcludes: '不适用于',
    earmarkedPurposes: '专项资金用途',
    counterChannels: '柜面渠道（本人到场）',
    authorityNotice: '须有权机关通知',
    liftChannels: '仅可通过以下渠道解除',
    noNotify: '不通知客户',
    written: '书面挂失渠道',
    replacement: '补卡渠道',
    reverification: '重新核实身份渠道',
    review2: '单笔交易超过以下金额人工审核',
    discrepancies: '资料之间的差异',
    sources: '依据文件',
    note: '说明',
    rule: '规则',
  },
} as const;

function group(amount: string): string {
  const [int = '', frac] = amount.split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return frac === undefined ? grouped : `${grouped}.${frac}`;
}

function money(m: MoneyAmount): string {
  return `${group(m.amount)} ${m.currency}`;
}

function dur(d: PolicyDuration | null, lang: Lang, fallback: string): string {
  return d === null ? fallback : formatDuration(d, lang);
}

function cite(preset: Preset, key: string): string {
  const s = preset.sources[key];
  return s ? s.ref : key;
}

function matchers(list: readonly TransactionMatcher[], lang: Lang): string {
  const t = T[lang];
  if (list.length === 0) return t.nothing;
  return list
    .map((m) => m.kinds.join(', ') + (m.counterparties ? ` (${m.counterparties.join(', ')})` : ''))
    .join('; ');
}

function windowText(limit: LimitRule, lang: Lang): string {
  if (limit.type === 'balance_cap') return lang === 'en' ? 'at any moment' : '任何时点';
  if (limit.type === 'per_transaction') return lang === 'en' ? 'per transaction' : '单笔';
  const w = limit.window;
  if (w.kind === 'rolling')
    return lang === 'en'
      ? `rolling ${formatDuration(w.duration, lang)}`
      : `滚动${formatDuration(w.duration, lang)}`;
  const names = {
    en: { day: 'calendar day', month: 'calendar month', year: 'calendar year' },
    'zh-CN': { day: '自然日', month: '自然月', year: '自然年' },
  } as const;
  return names[lang][w.unit];
}

function limitText(limit: LimitRule, lang: Lang): string {
  const dir = {
    en: { inflow: 'inflow', outflow: 'outflow' },
    'zh-CN': { inflow: '收入', outflow: '支出' },
  } as const;
  switch (limit.type) {
    case 'balance_cap':
      return `${lang === 'en' ? 'balance' : '余额'} ≤ ${money(limit.limit)}`;
    case 'window_count':
      return `${dir[lang][limit.direction]} ≤ ${limit.count} ${lang === 'en' ? 'transactions' : '笔'}`;
    default:
      return `${dir[lang][limit.direction]} ≤ ${money(limit.limit)}`;
  }
}

function classSection(preset: Preset, cls: AccountClassRules, lang: Lang): string[] {
  const t = T[lang];
  const o = cls.opening;
  const out: string[] = [];
  out.push(`### ${cls.title[lang]} (\`${cls.id}\`)`, '', cls.summary[lang], '');
  out.push(`**${t.opening}** — ${t.source}: ${cite(preset, o.source)}`, '');
  out.push(`- ${t.channels}: ${o.channels.join(', ')}`);
  out.push(`- ${t.faceToFace}: ${o.faceToFaceRequired ? t.yes : t.no}`);
  out.push(
    `- ${t.verifications}: ${t.atLeast} ${o.minVerifications}` +
      (o.requiredVerifications.length
        ? `, ${t.including} ${o.requiredVerifications.join(', ')}`
        : ''),
  );
  out.push(`- ${t.perPerson}: ${o.maxPerPersonPerBank ?? t.noCap}`);
  if (o.requirements.length) out.push(`- ${t.requirements}: ${o.requirements.join(', ')}`);
  if (o.note) out.push(`- ${t.note}: ${o.note[lang]}`);
  out.push('', `**${t.permissions}**`, '');
  for (const p of cls.permissions) {
    const who = p.counterparties ? ` (${p.counterparties.join(', ')})` : '';
    const cond = p.allowed
      ? p.requires?.length
        ? `${t.yes}, ${t.requires} ${p.requires.join(', ')}`
        : t.yes
      : t.no;
    const kinds =
      p.kinds.length === TRANSACTION_KINDS.length && !p.counterparties
        ? lang === 'en'
          ? 'any other transaction'
          : '其他所有交易'
        : p.kinds.join(', ');
    out.push(
      `- ${kinds}${who}: **${cond}** — ${cite(preset, p.source)}${p.note ? ` — ${p.note[lang]}` : ''}`,
    );
  }
  out.push('', `**${t.counting}** — ${cite(preset, cls.counting.source)}`, '');
  out.push(`- ${t.inflow}: ${matchers(cls.counting.inflow, lang)}`);
  out.push(`- ${t.outflow}: ${matchers(cls.counting.outflow, lang)}`);
  out.push(`- ${t.reversals}: ${cls.counting.reversalsRestoreHeadroom ? t.yes : t.no}`);
  if (cls.counting.note) out.push(`- ${t.note}: ${cls.counting.note[lang]}`);
  out.push('', `**${t.limits}**`, '');
  if (cls.limits.length === 0) out.push(t.noLimits);
  else {
    out.push(
      `| ${t.rule} | ${t.limit} | ${t.window} | ${t.layer} | ${t.source} |`,
      '|---|---|---|---|---|',
    );
    for (const l of cls.limits)
      out.push(
        `| \`${l.id}\` | ${limitText(l, lang)} | ${windowText(l, lang)} | ${l.layer} | ${cite(preset, l.source)} |`,
      );
  }
  out.push('');
  return out;
}

/**
 * Renders a preset as a readable Markdown handbook: every class, limit, duration and threshold
 * with its source, the discrepancies between sources, and the list of sources.
 *
 * @param preset - the preset
 * @param language - `'en'` (default) or `'zh-CN'`; anything else renders English
 * @returns Markdown text
 * @example
 * ```ts
 * renderPresetMarkdown(getPreset('cn-pboc-2018')).startsWith('# PBOC'); // true
 * ```
 */
export function renderPresetMarkdown(preset: Preset, language: Lang = 'en'): string {
  const lang: Lang = language === 'zh-CN' ? 'zh-CN' : 'en'; // anything else renders English
  const t = T[lang];
  const lc = preset.lifecycle;
  const k = preset.kyc;
  const s = preset.suitability;
  const out: string[] = [];
  out.push(`# ${preset.title[lang]}`, '', `\`${preset.id}\` — ${preset.description[lang]}`, '');
  out.push(`- ${t.jurisdiction}: ${preset.jurisdiction}`);
  out.push(`- ${t.currency}: ${preset.currency}`);
  out.push(`- ${t.timeZone}: ${preset.timeZone}`);
  out.push(`- ${t.effective}: ${preset.effectiveFrom}`);
  out.push(
    `- ${t.supersedes}: ${preset.supersedes.length ? preset.supersedes.join(', ') : t.none}`,
  );
  if (preset.derivedFrom) out.push(`- ${t.derivedFrom}: ${preset.derivedFrom}`);
  out.push('', `## ${t.classes}`, '');
  for (const cls of preset.classes) out.push(...classSection(preset, cls, lang));

  out.push(`## ${t.lifecycle}`, '', `### ${t.freezes}`, '');
  out.push(
    `| ${t.kind} | ${t.maxDuration} | ${t.renewals} | ${t.scopes} | ${t.liftedBy} | ${t.source} |`,
  );
  out.push('|---|---|---|---|---|---|');
  for (const f of Object.values(lc.freezes))
    out.push(
      `| ${f.title[lang]} | ${dur(f.maxDuration, lang, t.untilLifted)} | ${f.maxRenewals ?? t.unlimited} | ${f.scopes.join(', ')} | ${f.liftedBy.join(', ')} | ${cite(preset, f.source)} |`,
    );
  out.push('');
  for (const f of Object.values(lc.freezes)) {
    const extras = [
      f.requiresAuthorityNotice ? t.authorityNotice : '',
      f.liftChannels ? `${t.liftChannels} ${f.liftChannels.join(', ')}` : '',
      f.notifyCustomer ? '' : t.noNotify,
    ].filter(Boolean);
    if (f.note || extras.length)
      out.push(
        `- ${f.title[lang]}: ${[...extras, f.note?.[lang] ?? ''].filter(Boolean).join('; ')}`,
      );
  }
  out.push(`- ${t.counterChannels}: ${lc.counterChannels.join(', ')}`);
  out.push('', `### ${t.lossReport}`, '');
  out.push(
    `- ${t.validity}: ${formatDuration(lc.lossReport.validity, lang)} — ${cite(preset, lc.lossReport.source)}`,
  );
  out.push(`- ${t.channels}: ${lc.lossReport.reportChannels.join(', ')}`);
  out.push(`- ${t.unreport}: ${lc.lossReport.unreportChannels.join(', ')}`);
  out.push(`- ${t.written}: ${lc.lossReport.writtenReportChannels.join(', ')}`);
  out.push(`- ${t.replacement}: ${lc.lossReport.replacementChannels.join(', ')}`);
  if (lc.lossReport.note) out.push(`- ${t.note}: ${lc.lossReport.note[lang]}`);
  out.push('', `### ${t.dormancy}`, '');
  out.push(
    `- ${t.inactivity}: ${formatDuration(lc.dormancy.inactivityPeriod, lang)} — ${cite(preset, lc.dormancy.source)}`,
  );
  out.push(`- ${t.activeKinds}: ${lc.dormancy.activeKinds.join(', ')}`);
  if (lc.dormancy.note) out.push(`- ${t.note}: ${lc.dormancy.note[lang]}`);
  out.push(
    `- ${t.newAccount} ${formatDuration(lc.newAccountInactivity.period, lang)}: ${t.suspends} — ${cite(preset, lc.newAccountInactivity.source)}`,
  );
  out.push(`- ${t.reverification}: ${lc.newAccountInactivity.reverificationChannels.join(', ')}`);
  out.push('', `### ${t.closure}`, '');
  out.push(`- ${t.zeroBalance}: ${lc.closure.requireZeroBalance ? t.yes : t.no}`);
  out.push(
    `- ${t.retention}: ${formatDuration(lc.closure.recordRetention, lang)} — ${cite(preset, lc.closure.source)}`,
  );
  if (lc.closure.note) out.push(`- ${t.note}: ${lc.closure.note[lang]}`);
  out.push(
    `- ${t.restrictions} ${formatDuration(lc.restrictions.accountSellingDuration, lang)} — ${cite(preset, lc.restrictions.source)}`,
  );
  if (lc.restrictions.note) out.push(`- ${t.note}: ${lc.restrictions.note[lang]}`);
  out.push('', `### ${t.infoChange}`, '');
  const ic = lc.informationChange;
  out.push(`- ${t.keyFields}: ${ic.keyFields.join(', ')} — ${ic.keyFieldChannels.join(', ')}`);
  out.push(
    `- ${t.nonKeyFields}: ${ic.nonKeyFields.join(', ')} — ${ic.nonKeyFieldChannels.join(', ')}`,
  );
  out.push(`- ${t.sod}: ${ic.segregationOfDuties ? t.yes : t.no} — ${cite(preset, ic.source)}`);

  out.push('', `## ${t.kyc}`, '');
  out.push(`- ${t.minAge}: ${k.age.minimumAge} — ${cite(preset, k.age.source)}`);
  if (k.age.note) out.push(`  - ${k.age.note[lang]}`);
  out.push(`- ${t.guardianInPerson}: ${k.age.guardianInPerson ? t.yes : t.no}`);
  out.push(
    `- ${t.gb11643}: ${k.documents.gb11643Numbers.join(', ')} — ${cite(preset, 'gb-11643-1999')}`,
  );
  out.push(
    `- ${t.mismatch}: ${k.documents.birthDateMismatch === 'refuse' ? t.mismatchRefuse : t.mismatchVerify}`,
  );
  out.push(
    `- ${t.f2f}: ${k.faceToFace.channels.join(', ')} — ${cite(preset, k.faceToFace.source)}`,
  );
  out.push(
    `- ${t.tax}: ${k.taxResidencyDeclaration.residencies.join(', ')}${k.taxResidencyDeclaration.foreignCurrencyAccounts ? ` ${t.taxFx}` : ''} — ${cite(preset, k.taxResidencyDeclaration.source)}`,
  );
  out.push(
    `- ${t.restricted}: ${k.openingRestrictions.blockingKinds.join(', ')} — ${cite(preset, k.openingRestrictions.source)}`,
  );
  out.push(
    `- ${t.phone}: ${k.phoneInOwnName.required ? t.yes : t.no} — ${cite(preset, k.phoneInOwnName.source)}`,
  );
  if (k.documents.note) out.push(`- ${t.note}: ${k.documents.note[lang]}`);
  for (const [residency, docs] of Object.entries(k.documents.accepted))
    out.push(`- ${t.documents} (${residency}): ${docs.join(', ')}`);
  out.push(
    `- ${t.fx} ${k.foreignCurrency.requiresClass}; ${t.fxQuota}: ${money(k.foreignCurrency.annualPurchaseQuota)} — ${cite(preset, k.foreignCurrency.source)}`,
  );
  out.push(
    `- ${t.certificate}: ${money(k.nonCounterTransfers.certificateRequiredAbove)} — ${cite(preset, k.nonCounterTransfers.source)}`,
  );
  out.push(
    `- ${t.reminder}: ${money(k.nonCounterTransfers.largeTransferReminderAbove)} — ${cite(preset, k.nonCounterTransfers.largeTransferReminderSource)}`,
  );
  out.push(`- ${t.risk} — ${cite(preset, k.riskRating.source)}:`);
  for (const level of Object.values(k.riskRating.levels))
    out.push(
      `  - ${level.title[lang]}: ${t.edd} ${level.enhancedDueDiligence ? t.yes : t.no}; ${t.review} ${lang === 'en' ? formatEvery(level.reviewInterval, lang) : formatDuration(level.reviewInterval, lang)}`,
    );
  if (k.riskRating.note) out.push(`  - ${t.note}: ${k.riskRating.note[lang]}`);
  out.push(
    '',
    t.thresholds
      .replace('{medium}', String(k.riskRating.thresholds.medium))
      .replace('{high}', String(k.riskRating.thresholds.high)),
    '',
    `| ${t.factor} | ${t.value} | ${t.score} | ${t.atLeastLevel} | ${t.source} |`,
    '|---|---|---|---|---|',
  );
  for (const f of k.riskRating.factors)
    out.push(
      `| ${f.factor} | ${f.title[lang]} (\`${f.value}\`) | ${f.score} | ${f.minimumLevel ?? '—'} | ${cite(preset, f.source)} |`,
    );

  out.push('', `## ${t.suitability}`, '', `${t.source}: ${cite(preset, s.source)}`, '');
  out.push(
    `- ${t.seniors.replace('{age}', String(s.seniorAge)).replace('{forbidden}', s.seniorForbiddenFrom).replace('{witness}', s.seniorWitnessLevel)}`,
  );
  out.push(`- ${t.minors.replace('{age}', String(s.adultAge))}`);
  out.push(`- ${t.seniorConditions}: ${s.seniorWitnessConditions.join(', ')}`);
  out.push(`- ${t.insist}: ${s.insistWithSignedStatement ? t.yes : t.no}`);
  out.push(`- ${t.insistConditions}: ${s.insistConditions.join(', ')}`);
  const excluded = [
    s.insistExcludes.seniors ? `≥ ${s.seniorAge}` : '',
    s.insistExcludes.minors ? `< ${s.adultAge}` : '',
  ]
    .filter(Boolean)
    .join(', ');
  if (excluded) out.push(`- ${t.insistExcludes}: ${excluded}`);
  out.push(`- ${t.earmarkedPurposes}: ${s.earmarkedPurposes.join(', ')}`);
  out.push(`- ${t.earmarked}: ${s.earmarkedFundsMaxRisk}`);
  if (s.note) out.push(`- ${t.note}: ${s.note[lang]}`);

  if (preset.tiering) {
    const tr = preset.tiering;
    out.push('', `## ${t.tiering}`, '', `${t.source}: ${cite(preset, tr.source)}`, '');
    out.push(`- ${t.reevaluation}: ${formatDuration(tr.reevaluationInterval, lang)}`);
    out.push(`- ${t.basicFreeze}: ${formatDuration(tr.basicInactivityFreeze, lang)}`);
    out.push(`- ${t.review2}: ${money(tr.reviewThreshold)}`);
    if (tr.note) out.push(`- ${t.note}: ${tr.note[lang]}`);
    out.push(
      '',
      `| ${t.tier} | ${t.cumulative} | ${t.txCount} | ${t.history} | ${t.credit} | ${t.alerts} | ${t.source} |`,
    );
    out.push('|---|---|---|---|---|---|---|');
    const dash = (v: string | number | null) => (v === null ? '—' : String(v));
    for (const q of tr.qualifications)
      out.push(
        `| ${q.tier} | ${q.minCumulativeVolume ? money(q.minCumulativeVolume) : '—'} | ${dash(q.minTransactionCount)} | ${q.minHistory ? formatDuration(q.minHistory, lang) : '—'} | ${dash(q.minCreditRating)} | ${dash(q.maxAlerts)} | ${cite(preset, q.source)} |`,
      );
    for (const q of tr.qualifications) if (q.note) out.push('', `- ${q.tier}: ${q.note[lang]}`);
  }
  out.push('', renderMonitoringMarkdown(preset, lang).trimEnd());
  if (preset.discrepancies.length) {
    out.push('', `## ${t.discrepancies}`, '');
    for (const d of preset.discrepancies)
      out.push(`- ${d.text[lang]} (${d.sources.map((key) => cite(preset, key)).join('; ')})`);
  }
  out.push('', `## ${t.sources}`, '');
  for (const [key, src] of Object.entries(preset.sources))
    out.push(
      `- \`${key}\` — **${src.ref}** ${src.title[lang]}. ${src.issuer}${src.issued ? `, ${src.issued}` : ''}.` +
        (src.note ? ` ${src.note[lang]}` : ''),
    );
  out.push('');
  return out.join('\n');
}
