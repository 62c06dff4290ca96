import type { MessageTable } from './types';
import { deepFreeze } from '../../presets/internal/deepFreeze';

/**
 * Messages for monitoring alerts (`detectAlerts`), one per alert code. Codes are stable. They
 * describe what was seen; they never suggest how to split a payment under a limit.
 * Placeholders: `{from}`, `{to}`, `{at}` (instants in the preset's zone), `{inflow}`,
 * `{outflow}`, `{retained}`, `{total}`, `{amount}`, `{threshold}`, `{lower}` (amounts),
 * `{inflowCount}`, `{outflowCount}`, `{count}`, `{counterparties}`, `{retainedPercent}`,
 * `{thresholdName}`, `{kind}`, `{class}`, `{night}`, `{nightFrom}`, `{nightTo}`, `{why}`.
 */
export const MONITORING_MESSAGES = /* @__PURE__ */ deepFreeze({
  dormant_account_activity: {
    en: 'A {kind} of {amount} at {at} on a dormant account: {why}',
    'zh-CN': '休眠账户于{at}发生一笔{kind}，金额{amount}：{why}',
  },
  fan_in: {
    en: 'Distinct counterparties that sent money into the account between {from} and {to}: {counterparties} (transactions: {count}, total {total}).',
    'zh-CN':
      '{from}至{to}期间有{counterparties}个不同交易对手向本账户转入资金（{count}笔，合计{total}）。',
  },
  fan_out: {
    en: 'Distinct counterparties the account sent money to between {from} and {to}: {counterparties} (transactions: {count}, total {total}).',
    'zh-CN':
      '{from}至{to}期间本账户向{counterparties}个不同交易对手转出资金（{count}笔，合计{total}）。',
  },
  large_transaction: {
    en: 'A single {kind} of {amount} at {at} is above the review threshold of {threshold} for the {class}.',
    'zh-CN': '{at}发生一笔{kind}，金额{amount}，超过{class}的单笔审核金额{threshold}。',
  },
  night_activity: {
    en: 'Transactions between {nightFrom} and {nightTo} local time in the night of {night}: {count} (total {total}).',
    'zh-CN': '{night}当夜{nightFrom}至{nightTo}（当地时间）发生{count}笔交易（合计{total}）。',
  },
  rapid_in_out: {
    en: 'Between {from} and {to}, {inflow} came in and {outflow} went out again (transactions in: {inflowCount}, out: {outflowCount}), leaving {retained} ({retainedPercent}% of what came in).',
    'zh-CN':
      '{from}至{to}期间转入{inflow}（{inflowCount}笔）后又转出{outflow}（{outflowCount}笔），仅留存{retained}（占转入金额的{retainedPercent}%）。',
  },
  structuring_near_limit: {
    en: 'Amounts from {lower} up to {threshold}, just under {thresholdName} ({threshold}), seen between {from} and {to}: {count}.',
    'zh-CN':
      '{from}至{to}期间有{count}笔金额在{lower}至{threshold}之间，接近{thresholdName}（{threshold}）。',
  },
} as const satisfies MessageTable);

/** A monitoring alert code that has a message. */
export type MonitoringMessageCode = keyof typeof MONITORING_MESSAGES;

/**
 * Words the monitoring messages are built from (not codes of their own): the `{why}` of
 * `dormant_account_activity` (never a placeholder for a date not known: `why_status_undated`
 * says so in words), the endings of alerts that group several transactions, and the
 * `{thresholdName}` of `structuring_near_limit`.
 */
export const MONITORING_WORDS = /* @__PURE__ */ deepFreeze({
  why_inactivity: {
    en: 'no active transaction since {lastActivity}; after {period} without one it was dormant from {dormantSince}.',
    'zh-CN': '自{lastActivity}起无主动交易，满{period}后自{dormantSince}起处于休眠状态。',
  },
  why_status: {
    en: 'its status is dormant, since {dormantSince}.',
    'zh-CN': '账户状态为休眠，自{dormantSince}起。',
  },
  why_status_undated: {
    en: 'its status is dormant (the date it became dormant is not given); dormancy needs {period} without an active transaction, so one less than {period} before the review is on the dormant account.',
    'zh-CN':
      '账户状态为休眠（未提供转入休眠的日期）；满{period}无主动交易方转为休眠，故复核前不足{period}内的主动交易发生在休眠期间。',
  },
  dormant_group: {
    en: ' Transactions on the dormant account from {from} to {to}: {count} (total {total}).',
    'zh-CN': '{from}至{to}期间该休眠账户共发生{count}笔交易（合计{total}）。',
  },
  dormant_ignored: {
    en: ' Bank postings on the dormant account ({ignoredKinds}): {ignoredCount}; they are not activity and raise no alert.',
    'zh-CN': '休眠期间另有银行记账（{ignoredKinds}）{ignoredCount}笔，不属主动交易，不触发预警。',
  },
  large_same_instant: {
    en: ' Transactions above the threshold at that instant: {count} (total {total}).',
    'zh-CN': '同一时刻超过阈值的交易共{count}笔（合计{total}）。',
  },
  limit_window_amount: {
    en: 'the {period} {direction} limit of the {class}',
    'zh-CN': '{class}{period}{direction}限额',
  },
  limit_per_transaction: {
    en: 'the per-transaction {direction} limit of the {class}',
    'zh-CN': '{class}单笔{direction}限额',
  },
  period_day: { en: 'daily', 'zh-CN': '日累计' },
  period_month: { en: 'monthly', 'zh-CN': '月累计' },
  period_year: { en: 'annual', 'zh-CN': '年累计' },
  period_rolling: { en: '{duration} rolling', 'zh-CN': '滚动{duration}' },
  direction_inflow: { en: 'inflow', 'zh-CN': '收入' },
  direction_outflow: { en: 'outflow', 'zh-CN': '支出' },
  threshold_certificateRequiredAbove: {
    en: 'the daily amount of non-counter transfers above which a digital certificate or e-signature is needed',
    'zh-CN': '非柜面转账须使用数字证书或电子签名的日累计金额',
  },
  threshold_largeTransferReminderAbove: {
    en: 'the daily amount of transfers above which a large-transfer reminder is given',
    'zh-CN': '大额转账提醒的日累计金额',
  },
} as const satisfies MessageTable);
