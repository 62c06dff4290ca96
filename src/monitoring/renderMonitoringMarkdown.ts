import type { Lang } from '../messages/lang';
import type { TransactionMatcher } from '../presets/types/classes';
import type { MoneyAmount } from '../presets/types/common';
import type { MonitoringRuleBase, StructuringTarget } from '../presets/types/monitoring';
import type { Preset } from '../presets/types/preset';
import { formatDuration } from '../time';
import { citeIn as cite, term, terms } from '../presets/internal/handbookTerms';
import { MAX_ALERTS_PER_CODE, MAX_EVIDENCE_ITEMS } from './internal/bounds';

const T = {
  en: {
    title: 'Monitoring red flags',
    intro:
      'Alerts propose a review; they never change the account, and never suggest how to split a payment. Windows are rolling windows; night hours are local time in {zone}.',
    alert: 'Alert',
    when: 'Raised when',
    severity: 'Severity',
    source: 'Source',
    rapid:
      'within {window} (rolling), inflows of at least {minInflow} in total go out again, leaving at most {ratio}% of them',
    fanIn: '{count} or more distinct counterparties send money in within {window} (rolling)',
    fanOut: 'money goes out to {count} or more distinct counterparties within {window} (rolling)',
    structuring:
      '{count} or more amounts from {margin}% under a watched threshold up to the threshold itself within {window} (rolling)',
    large: 'a single amount above the threshold of the class (see below)',
    night: '{count} or more transactions between {from} and {to} local time in one night',
    dormant:
      'an active transaction on a dormant account (no active transaction for {period}; lifecycle rules)',
    postings: 'Bank postings (interest, fees) on a dormant account',
    postings_ignore: 'not activity: they do not end dormancy and raise no alert',
    postings_alert: 'not activity: they do not end dormancy, but they raise the alert',
    bounds:
      'One call returns at most {maxAlerts} alerts of each code (the earliest; the others are counted as omitted). Transactions at one instant give at most one alert of a code, and an alert’s evidence lists at most {maxItems} transactions, with counts and totals covering all.',
    inflow: 'Inflows',
    outflow: 'Outflows',
    looked: 'Transactions looked at',
    watched: 'Thresholds watched by structuring',
    classLimits:
      'the amount limits of the account’s class ({types}), in the direction the class counts',
    nonCounter: '{name} ({amount}), non-counter {kinds}',
    certificateRequiredAbove: 'non-counter transfers per day needing a digital certificate',
    largeTransferReminderAbove: 'large-transfer reminder per day',
    thresholds: 'Large-transaction thresholds',
    cls: 'Class',
    above: 'Alert above',
    none: 'none',
    note: 'Note',
    any: 'any counterparty',
  },
  'zh-CN': {
    title: '交易监测预警',
    intro:
      '预警仅提示人工审核，不改变账户状态，也从不建议如何拆分付款。时间窗口为滚动窗口；夜间时段按{zone}当地时间。',
    alert: '预警',
    when: '触发条件',
    severity: '级别',
    source: '依据',
    rapid: '滚动{window}内，合计不少于{minInflow}的转入资金又被转出，留存不超过{ratio}%',
    fanIn: '滚动{window}内有{count}个及以上不同交易对手转入资金',
    fanOut: '滚动{window}内向{count}个及以上不同交易对手转出资金',
    structuring: '滚动{window}内有{count}笔及以上金额处于所监测阈值以下{margin}%以内（含阈值本身）',
    large: '单笔金额超过本类账户的阈值（见下表）',
    night: '一夜之内当地时间{from}至{to}发生{count}笔及以上交易',
    dormant: '休眠账户发生主动交易（连续{period}无主动交易；依生命周期规则）',
    postings: '休眠账户上的银行记账（结息、扣费）',
    postings_ignore: '不属主动交易：不结束休眠，也不触发预警',
    postings_alert: '不属主动交易：不结束休眠，但触发预警',
    bounds:
      '每次调用每种预警至多返回{maxAlerts}条（最早的若干条，其余计入省略数）。同一时刻的交易对同一种预警至多产生一条；每条预警的证据至多列出{maxItems}笔交易，笔数与合计涵盖全部交易。',
    inflow: '转入',
    outflow: '转出',
    looked: '关注的交易',
    watched: '拆分交易监测的阈值',
    classLimits: '本类账户的金额限额（{types}），按其计入方向',
    nonCounter: '{name}（{amount}），非柜面{kinds}',
    certificateRequiredAbove: '非柜面转账须数字证书的日累计金额',
    largeTransferReminderAbove: '大额转账提醒的日累计金额',
    thresholds: '大额交易阈值',
    cls: '账户类别',
    above: '超过即预警',
    none: '无',
    note: '说明',
    any: '任意交易对手',
  },
} as const;

function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

function group(amount: string): string {
  const [int = '', frac] = amount.split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return frac === undefined ? grouped : `${grouped}.${frac}`;
}

function money(m: MoneyAmount): string {
  return `${group(m.amount)} ${m.currency}`;
}

/** A decimal ratio string as a percentage, by moving the point (no decimal.js in the handbook). */
function percent(ratio: string): string {
  const [int = '0', frac = ''] = ratio.split('.');
  const digits = int + frac.padEnd(2, '0');
  const whole = digits.slice(0, int.length + 2).replace(/^0+(?=\d)/, '');
  const rest = digits.slice(int.length + 2).replace(/0+$/, '');
  return rest ? `${whole}.${rest}` : whole;
}

function matchers(list: readonly TransactionMatcher[], lang: Lang): string {
  return list
    .map(
      (m) =>
        terms(m.kinds, lang) +
        ` (${m.counterparties ? terms(m.counterparties, lang) : T[lang].any})`,
    )
    .join(lang === 'en' ? '; ' : '；');
}

function targetText(preset: Preset, target: StructuringTarget, lang: Lang): string {
  const t = T[lang];
  switch (target.kind) {
    case 'class_limits':
      return fill(t.classLimits, { types: terms(target.limitTypes, lang) });
    case 'non_counter_transfer':
      return (
        fill(t.nonCounter, {
          name: t[target.threshold],
          amount: money(preset.kyc.nonCounterTransfers[target.threshold]),
          kinds: matchers(target.matchers, lang),
        }) +
        ` — ${cite(
          preset,
          target.threshold === 'certificateRequiredAbove'
            ? preset.kyc.nonCounterTransfers.source
            : preset.kyc.nonCounterTransfers.largeTransferReminderSource,
          lang,
        )}`
      );
    case 'amount':
      return `${target.title[lang]} (\`${target.id}\`, ${money(target.amount)}): ${matchers(target.matchers, lang)} — ${cite(preset, target.source, lang)}`;
  }
}

/** One row of the table of alerts: the code, what raises it, and its rule. */
type AlertRow = readonly [code: string, when: string, rule: MonitoringRuleBase];

/** What raises each alert code, in the preset's words and numbers. */
function alertRows(preset: Preset, lang: Lang): AlertRow[] {
  const t = T[lang];
  const m = preset.monitoring;
  const dur = (d: Parameters<typeof formatDuration>[0]) => formatDuration(d, lang);
  return [
    [
      'rapid_in_out',
      fill(t.rapid, {
        window: dur(m.rapidInOut.window),
        minInflow: money(m.rapidInOut.minInflow),
        ratio: percent(m.rapidInOut.maxRetainedRatio),
      }),
      m.rapidInOut,
    ],
    [
      'fan_in',
      fill(t.fanIn, { count: m.fanIn.minCounterparties, window: dur(m.fanIn.window) }),
      m.fanIn,
    ],
    [
      'fan_out',
      fill(t.fanOut, { count: m.fanOut.minCounterparties, window: dur(m.fanOut.window) }),
      m.fanOut,
    ],
    [
      'structuring_near_limit',
      fill(t.structuring, {
        count: m.structuring.minOccurrences,
        margin: percent(m.structuring.margin),
        window: dur(m.structuring.window),
      }),
      m.structuring,
    ],
    ['large_transaction', t.large, m.largeTransaction],
    [
      'night_activity',
      fill(t.night, {
        count: m.nightActivity.minTransactions,
        from: m.nightActivity.from,
        to: m.nightActivity.to,
      }),
      m.nightActivity,
    ],
    [
      'dormant_account_activity',
      fill(t.dormant, { period: dur(preset.lifecycle.dormancy.inactivityPeriod) }),
      m.dormantAccountActivity,
    ],
  ];
}

/** The table of alert codes: when, severity, source. */
function alertTable(preset: Preset, lang: Lang, rows: readonly AlertRow[]): string[] {
  const t = T[lang];
  const out: string[] = [];
  out.push(`| ${t.alert} | ${t.when} | ${t.severity} | ${t.source} |`, '|---|---|---|---|');
  for (const [code, when, rule] of rows)
    out.push(
      `| \`${code}\` | ${when} | ${term(rule.severity, lang)} | ${cite(preset, rule.source, lang)} |`,
    );
  out.push('');
  return out;
}

/** The transactions each rule looks at, and what bank postings do on a dormant account. */
function lookedAtList(preset: Preset, lang: Lang): string[] {
  const t = T[lang];
  const m = preset.monitoring;
  const out: string[] = [];
  out.push(`- \`rapid_in_out\` — ${t.inflow}: ${matchers(m.rapidInOut.inflow, lang)}`);
  out.push(`- \`rapid_in_out\` — ${t.outflow}: ${matchers(m.rapidInOut.outflow, lang)}`);
  out.push(`- \`fan_in\` — ${t.looked}: ${matchers(m.fanIn.matchers, lang)}`);
  out.push(`- \`fan_out\` — ${t.looked}: ${matchers(m.fanOut.matchers, lang)}`);
  out.push(`- \`large_transaction\` — ${t.looked}: ${matchers(m.largeTransaction.matchers, lang)}`);
  out.push(`- \`night_activity\` — ${t.looked}: ${matchers(m.nightActivity.matchers, lang)}`);
  const postings = m.dormantAccountActivity.bankPostings;
  out.push(
    `- \`dormant_account_activity\` — ${t.postings} (\`${postings.onDormantAccount}\`): ${postings.onDormantAccount === 'alert' ? t.postings_alert : t.postings_ignore} — ${cite(preset, postings.source, lang)}${postings.note ? `. ${postings.note[lang]}` : ''}`,
  );
  return out;
}

/** The thresholds structuring watches. */
function watchedList(preset: Preset, lang: Lang): string[] {
  const t = T[lang];
  const out: string[] = [];
  out.push('', `**${t.watched}**`, '');
  for (const target of preset.monitoring.structuring.watch)
    out.push(`- ${targetText(preset, target, lang)}`);
  return out;
}

/** The large-transaction threshold of every class. */
function thresholdsTable(preset: Preset, lang: Lang): string[] {
  const t = T[lang];
  const out: string[] = [];
  out.push(
    '',
    `**${t.thresholds}**`,
    '',
    `| ${t.cls} | ${t.above} | ${t.source} |`,
    '|---|---|---|',
  );
  for (const entry of preset.monitoring.largeTransaction.thresholds) {
    const cls = preset.classes.find((c) => c.id === entry.class);
    const above =
      entry.above === null
        ? t.none
        : entry.above === 'tiering.reviewThreshold'
          ? preset.tiering
            ? `${money(preset.tiering.reviewThreshold)} (\`tiering.reviewThreshold\`)`
            : '`tiering.reviewThreshold`'
          : money(entry.above);
    out.push(
      `| ${cls ? cls.title[lang] : entry.class} (\`${entry.class}\`) | ${above} | ${cite(preset, entry.source, lang)}${entry.note ? ` — ${entry.note[lang]}` : ''} |`,
    );
  }
  out.push('');
  return out;
}

/** The notes of the rules (where a number is bank practice rather than a regulation). */
function ruleNotes(lang: Lang, rows: readonly AlertRow[]): string[] {
  const t = T[lang];
  const out: string[] = [];
  for (const [code, , rule] of rows)
    if (rule.note) out.push(`- \`${code}\` — ${t.note}: ${rule.note[lang]}`);
  return out;
}

/**
 * Renders a preset's monitoring rules as a Markdown section for the handbook: one row per alert
 * code with what raises it, its severity and its source, the transactions each rule looks at,
 * the thresholds structuring watches, the large-transaction threshold of every class, and every
 * note (where a number is bank practice rather than a regulation).
 *
 * @param preset - the preset (its `monitoring` rules valid, see `monitoringIssues`)
 * @param language - `'en'` (default) or `'zh-CN'`; anything else renders English
 * @returns Markdown text starting with a `## ` heading, ending with a newline
 * @example
 * ```ts
 * renderMonitoringMarkdown(getPreset('tiered-generic'), 'en').startsWith('## Monitoring red flags'); // true
 * ```
 */
export function renderMonitoringMarkdown(preset: Preset, language: Lang = 'en'): string {
  const lang: Lang = language === 'zh-CN' ? 'zh-CN' : 'en';
  const t = T[lang];
  const rows = alertRows(preset, lang);
  const out: string[] = [`## ${t.title}`, '', fill(t.intro, { zone: preset.timeZone }), ''];
  out.push(fill(t.bounds, { maxAlerts: MAX_ALERTS_PER_CODE, maxItems: MAX_EVIDENCE_ITEMS }), '');
  out.push(
    ...alertTable(preset, lang, rows),
    ...lookedAtList(preset, lang),
    ...watchedList(preset, lang),
    ...thresholdsTable(preset, lang),
    ...ruleNotes(lang, rows),
  );
  out.push('');
  return out.join('\n');
}
