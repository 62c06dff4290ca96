/*
 * The handbook's citation details and the sections for conditions a check attaches, dated
 * rules and the notices' terms. Internal to src/presets (renderPresetMarkdown).
 */
import type { Lang } from '../../messages/lang';
import { formatDuration } from '../../time';
import { rulePeriod } from '../ruleInForce';
import type { Sourced } from '../types/common';
import type { Preset } from '../types/preset';
import { citeIn } from './handbookTerms';
import { money } from './handbookLimits';

const WORDS = {
  en: {
    restated: 'restated by',
    from: 'in force from',
    until: 'until',
    requiresTitle: 'Conditions a check attaches (`requires`)',
    requiresIntro:
      'Not refusals: an allowed (or refused) check decision lists under `requires` what the service must do, each with its code, rule, source and the numbers compared. Daily totals are calendar days in the preset’s zone; usage keeps no channel, so a non-counter daily total also counts the day’s counter transfers.',
    certificate: 'Non-counter transfers, daily cumulative (日累计) above',
    certificateDo: 'digital certificate or e-signature (`non_counter_certificate_required`)',
    reminder: 'Non-counter transfers, daily cumulative above',
    reminderDo: 'large-transfer reminder (`large_transfer_reminder`)',
    companies: 'companies',
    cash: 'Cash in and out (入金/出金 in cash) in a day, at or above',
    cashDo: 'large-value report (`large_value_cash_report`)',
    domestic: 'A personal account’s domestic transfers in a day, at or above',
    domesticDo: 'large-value report (`large_value_transfer_report`)',
    crossBorder: 'Cross-border transfers in a day, at or above',
    crossBorderDo: 'large-value report — not evaluated: a transaction carries no cross-border flag',
    identity: 'received plus paid in total, at or above',
    identityDo: 'verify the holder’s identity within',
    datedTitle: 'Dated rules',
    datedIntro:
      'A preset evaluated at an instant applies only the rules in force then: each rule applies from its own date, or its source’s, or (a bank’s document) the preset’s.',
    opening: 'Persons restricted for selling or renting accounts may open no account',
    selling: 'Account-selling restriction',
    allowed: 'allowed lengths',
    consecutive: 'at most in a row',
    basic: 'basic financial services kept',
    yes: 'yes',
    no: 'no',
    termsTitle: 'Terms of the notices',
    terms: [
      ['日累计限额', 'daily cumulative limit: the total of a calendar day in the preset’s zone'],
      ['年累计限额', 'annual cumulative limit: the total of a calendar year'],
      ['入金', 'money in: cash deposits and transfers in (the limits’ inflow)'],
      ['出金', 'money out: cash withdrawals, payments and transfers out (the limits’ outflow)'],
      ['非绑定账户', 'non-bound account: any account other than the one bound at opening'],
      [
        '久悬',
        'long-dormant (dormant): no customer-initiated transaction for the inactivity period',
      ],
    ],
  },
  'zh-CN': {
    restated: '其后重申',
    from: '施行日期',
    until: '止于',
    requiresTitle: '交易检查附带的条件（`requires`）',
    requiresIntro:
      '不构成拒绝：检查结果（无论是否通过）在 `requires` 中列出服务须办理的事项，并注明代码、规则、依据及比较的数字。日累计按本预设时区的自然日计算；用量不区分渠道，故非柜面日累计亦计入当日柜面转账。',
    certificate: '非柜面转账日累计超过',
    certificateDo: '须采用数字证书或电子签名（`non_counter_certificate_required`）',
    reminder: '非柜面转账日累计超过',
    reminderDo: '须进行大额转账提醒（`large_transfer_reminder`）',
    companies: '单位',
    cash: '当日现金收支（现金入金/出金）达到',
    cashDo: '须报送大额交易报告（`large_value_cash_report`）',
    domestic: '个人账户当日境内款项划转达到',
    domesticDo: '须报送大额交易报告（`large_value_transfer_report`）',
    crossBorder: '当日跨境款项划转达到',
    crossBorderDo: '须报送大额交易报告——不作判断：交易数据不含跨境标识',
    identity: '累计收付达到',
    identityDo: '须核实客户身份，期限',
    datedTitle: '规则的施行日期',
    datedIntro:
      '按某一时点适用预设时，仅适用当时已施行的规则：每条规则自其自身日期起适用，否则自其依据文件的施行日期，银行自身文件则自本预设的生效日期起适用。',
    opening: '因买卖、出租账户受限制的人员不得开户',
    selling: '买卖、出租账户的限制',
    allowed: '可选期限',
    consecutive: '连续不超过',
    basic: '保留基本金融服务',
    yes: '是',
    no: '否',
    termsTitle: '通知用语',
    terms: [
      ['日累计限额', '按本预设时区自然日累计的金额上限'],
      ['年累计限额', '按自然年累计的金额上限'],
      ['入金', '现金存入及转入资金（限额中的收入方向）'],
      ['出金', '现金支取、消费缴费及转出资金（限额中的支出方向）'],
      ['非绑定账户', '开户时绑定账户以外的任何账户'],
      ['久悬', '在不活动期间内无客户主动交易的账户（休眠）'],
    ],
  },
} as const;

/**
 * How a handbook cites a rule entry: its source, the instruments that restated it, and its own
 * dates when it has them.
 *
 * @param preset - the preset
 * @param entry - the rule entry
 * @param lang - the language
 * @returns the citation
 */
export function citeEntry(preset: Preset, entry: Sourced, lang: Lang): string {
  const w = WORDS[lang];
  const sep = lang === 'en' ? '; ' : '；';
  let out = citeIn(preset, entry.source, lang);
  if (entry.restatedBy?.length)
    out += ` (${w.restated} ${entry.restatedBy.map((k) => citeIn(preset, k, lang)).join(sep)})`;
  if (entry.effectiveFrom) out += `, ${w.from} ${entry.effectiveFrom}`;
  if (entry.effectiveUntil) out += `, ${w.until} ${entry.effectiveUntil}`;
  return out;
}

function requiresSection(preset: Preset, lang: Lang): string[] {
  const w = WORDS[lang];
  const n = preset.kyc.nonCounterTransfers;
  const out = [`## ${w.requiresTitle}`, '', w.requiresIntro, ''];
  const company = n.companyLargeTransferReminderAbove;
  out.push(
    `- ${w.certificate} ${money(n.certificateRequiredAbove)}: ${w.certificateDo} — ${citeEntry(preset, n, lang)}`,
    `- ${w.reminder} ${money(n.largeTransferReminderAbove)}${company ? ` (${w.companies}: ${money(company)})` : ''}: ${w.reminderDo} — ${citeIn(preset, n.largeTransferReminderSource, lang)}`,
  );
  const r = preset.monitoring.largeValueReporting;
  if (r)
    out.push(
      `- ${w.cash} ${money(r.cashPerDay)}: ${w.cashDo} — ${citeEntry(preset, r, lang)}`,
      `- ${w.domestic} ${money(r.domesticTransferPerDay)}: ${w.domesticDo} — ${citeEntry(preset, r, lang)}`,
      `- ${w.crossBorder} ${money(r.crossBorderTransferPerDay)}: ${w.crossBorderDo} — ${citeEntry(preset, r, lang)}`,
    );
  for (const cls of preset.classes) {
    const c = cls.cumulativeIdentityCheck;
    if (!c) continue;
    out.push(
      `- ${cls.title[lang]}: ${w.identity} ${money(c.total)}: ${w.identityDo} ${formatDuration(c.within, lang)} — ${citeEntry(preset, c, lang)}`,
    );
    if (c.note) out.push(`  - ${c.note[lang]}`);
  }
  if (n.note) out.push(`- ${n.note[lang]}`);
  if (r?.note) out.push(`- ${r.note[lang]}`);
  return out;
}

function datedSection(preset: Preset, lang: Lang): string[] {
  const w = WORDS[lang];
  const period = (e: Sourced) => {
    const p = rulePeriod(preset, e);
    return `${w.from} ${p.from ?? '—'}${p.until ? `, ${w.until} ${p.until}` : ''}`;
  };
  const o = preset.kyc.openingRestrictions;
  const out = [`## ${w.datedTitle}`, '', w.datedIntro, ''];
  out.push(`- ${w.opening}: ${period(o)} — ${citeEntry(preset, o, lang)}`);
  for (const s of preset.lifecycle.restrictions.accountSellingPeriods ?? []) {
    const lengths = s.allowedDurations.map((d) => formatDuration(d, lang)).join(', ');
    const row = [
      `${w.selling}: ${formatDuration(s.duration, lang)} (${w.allowed}: ${lengths})`,
      s.maxConsecutive ? `${w.consecutive} ${formatDuration(s.maxConsecutive, lang)}` : undefined,
      `${w.basic}: ${s.basicServicesKept ? w.yes : w.no}`,
      period(s),
    ].filter((x) => x !== undefined);
    out.push(`- ${row.join(lang === 'en' ? '; ' : '；')} — ${citeEntry(preset, s, lang)}`);
    if (s.note) out.push(`  - ${s.note[lang]}`);
  }
  return out;
}

function termsSection(lang: Lang): string[] {
  const w = WORDS[lang];
  return [`## ${w.termsTitle}`, '', ...w.terms.map(([zh, text]) => `- **${zh}** — ${text}`)];
}

/**
 * The handbook's sections on conditions a check attaches, dated rules and the notices' terms.
 *
 * @param preset - the preset
 * @param lang - the language
 * @returns Markdown lines
 */
export function fidelitySections(preset: Preset, lang: Lang): string[] {
  return [
    ...requiresSection(preset, lang),
    '',
    ...datedSection(preset, lang),
    '',
    ...termsSection(lang),
  ];
}
