import type { MessageTable } from './types';

/**
 * Messages for transaction-check violations (`checkTransaction`). Codes are stable; placeholders:
 * `{limit}`, `{used}`, `{requested}`, `{remaining}`, `{resetsAt}`, `{kind}`, `{class}`,
 * `{reason}`, `{count}`, `{balanceAfter}`, `{layer}`.
 */
export const LIMIT_MESSAGES = {
  per_transaction_limit: {
    en: 'The amount {requested} exceeds the per-transaction limit of {limit} ({layer}).',
    'zh-CN': '金额{requested}超过单笔限额{limit}（{layer}）。',
  },
  daily_outflow_limit: {
    en: 'Daily outflow limit of {limit} would be exceeded: {used} already used today, {requested} requested, {remaining} remaining until {resetsAt}.',
    'zh-CN':
      '将超过日累计支出限额{limit}：今日已用{used}，本次{requested}，剩余{remaining}，于{resetsAt}重置。',
  },
  monthly_outflow_limit: {
    en: 'Monthly outflow limit of {limit} would be exceeded: {used} already used this month, {requested} requested, {remaining} remaining until {resetsAt}.',
    'zh-CN':
      '将超过月累计支出限额{limit}：本月已用{used}，本次{requested}，剩余{remaining}，于{resetsAt}重置。',
  },
  annual_outflow_limit: {
    en: 'Annual outflow limit of {limit} would be exceeded: {used} already used this year, {requested} requested, {remaining} remaining until {resetsAt}.',
    'zh-CN':
      '将超过年累计支出限额{limit}：本年已用{used}，本次{requested}，剩余{remaining}，于{resetsAt}重置。',
  },
  rolling_outflow_limit: {
    en: 'Outflow limit of {limit} over the last {period} would be exceeded: {used} used, {requested} requested, {remaining} remaining.',
    'zh-CN':
      '将超过最近{period}内的支出限额{limit}：已用{used}，本次{requested}，剩余{remaining}。',
  },
  daily_inflow_limit: {
    en: 'Daily inflow limit of {limit} would be exceeded: {used} already received today, {requested} incoming, {remaining} remaining until {resetsAt}.',
    'zh-CN':
      '将超过日累计收入限额{limit}：今日已收{used}，本次{requested}，剩余{remaining}，于{resetsAt}重置。',
  },
  monthly_inflow_limit: {
    en: 'Monthly inflow limit of {limit} would be exceeded: {used} already received this month, {requested} incoming, {remaining} remaining until {resetsAt}.',
    'zh-CN':
      '将超过月累计收入限额{limit}：本月已收{used}，本次{requested}，剩余{remaining}，于{resetsAt}重置。',
  },
  annual_inflow_limit: {
    en: 'Annual inflow limit of {limit} would be exceeded: {used} already received this year, {requested} incoming, {remaining} remaining until {resetsAt}.',
    'zh-CN':
      '将超过年累计收入限额{limit}：本年已收{used}，本次{requested}，剩余{remaining}，于{resetsAt}重置。',
  },
  rolling_inflow_limit: {
    en: 'Inflow limit of {limit} over the last {period} would be exceeded: {used} received, {requested} incoming, {remaining} remaining.',
    'zh-CN':
      '将超过最近{period}内的收入限额{limit}：已收{used}，本次{requested}，剩余{remaining}。',
  },
  count_limit: {
    en: 'At most {limit} such transactions are allowed in this period; {used} already made.',
    'zh-CN': '本期间内此类交易最多{limit}笔，已发生{used}笔。',
  },
  balance_cap: {
    en: 'The balance would reach {balanceAfter}, above the cap of {limit}.',
    'zh-CN': '交易后余额将达{balanceAfter}，超过余额上限{limit}。',
  },
  kind_not_permitted: {
    en: 'A {class} does not allow this transaction ({kind}): {reason}',
    'zh-CN': '{class}不允许办理此类交易（{kind}）：{reason}',
  },
  account_state: {
    en: 'The account cannot make this transaction now: {reason}',
    'zh-CN': '账户当前不能办理此交易：{reason}',
  },
} as const satisfies MessageTable;

/** Codes of the violations a transaction check can report. */
export type LimitViolationCode = keyof typeof LIMIT_MESSAGES;
