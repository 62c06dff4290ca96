import type { LangText } from '../lang';
import type { MessageTable } from './types';
import { deepFreeze } from '../../presets/internal/deepFreeze';

/**
 * Messages for transaction-check violations (`checkTransaction`). Codes are stable; placeholders:
 * `{limit}`, `{used}`, `{requested}`, `{remaining}`, `{resetsAt}`, `{kind}`, `{class}`,
 * `{reason}`, `{count}`, `{balanceAfter}`, `{layer}`.
 */
export const LIMIT_MESSAGES = /* @__PURE__ */ deepFreeze({
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
  channel_not_permitted: {
    en: 'A {class} does not allow this transaction through {channel}; allowed: {allowed}.',
    'zh-CN': '{class}不能通过{channel}办理此交易；可办理渠道：{allowed}。',
  },
  not_reloadable: {
    en: 'A {class} cannot be reloaded: it has had its first load, and no further money may be paid in.',
    'zh-CN': '{class}不可再充值：已完成首次充值，不能再转入资金。',
  },
  account_state: {
    en: 'The account cannot make this transaction now: {reason}',
    'zh-CN': '账户当前不能办理此交易：{reason}',
  },
  insufficient_funds: {
    en: 'Insufficient funds: {requested} requested, {available} available ({balance} booked, {pending} held for pending debits).',
    'zh-CN':
      '余额不足：本次{requested}，可用{available}（账面余额{balance}，待结算支出{pending}）。',
  },
  unknown_reversal: {
    en: 'The reversal names {original}, which is not a recorded transaction of the same kind, counterparty and instant.',
    'zh-CN': '冲正所指的原交易{original}未记录，或其类型、对手方、时间不符。',
  },
  reversal_exceeds_original: {
    en: 'The reversal of {requested} exceeds the {remaining} left of the original transaction {original}.',
    'zh-CN': '冲正金额{requested}超过原交易{original}尚可冲正的{remaining}。',
  },
} as const satisfies MessageTable);

/**
 * Words and reason texts the limit messages are built from (not codes of their own): the
 * `{reason}` of `kind_not_permitted` and `account_state`, the `{layer}`, the `{kind}`.
 */
export const LIMIT_WORDS = /* @__PURE__ */ deepFreeze({
  permission_forbidden: {
    en: 'this class or tier never allows it.',
    'zh-CN': '该类别或层级不允许办理此类交易。',
  },
  permission_no_rule: {
    en: 'no rule of this class or tier permits it.',
    'zh-CN': '该类别或层级没有允许此类交易的规则。',
  },
  permission_requires_face_to_face_verified: {
    en: "only after the holder's identity has been confirmed face to face.",
    'zh-CN': '须经面对面核实身份后方可办理。',
  },
  permission_requires_bound_first_deposit: {
    en: 'only after a first deposit from the bound account.',
    'zh-CN': '须先由绑定账户转入首笔资金后方可办理。',
  },
  permission_requires_bound_first_deposit_or_face_to_face: {
    en: "only after a first deposit from the bound account, or once the holder's identity has been confirmed face to face.",
    'zh-CN': '须先由绑定账户转入首笔资金，或经面对面核实身份后方可办理。',
  },
  frozen_amount: {
    en: 'an amount of {frozenAmount} is frozen and the debit would leave {balanceAfter}.',
    'zh-CN': '账户有{frozenAmount}被冻结，本次支出后余额将为{balanceAfter}。',
  },
  layer_regulatory: { en: 'regulatory limit', 'zh-CN': '监管限额' },
  layer_bank: { en: "bank's own limit", 'zh-CN': '银行自定限额' },
  channel_unspecified: { en: 'an unspecified channel', 'zh-CN': '未注明的渠道' },
  kind_deposit_cash: { en: 'cash deposit', 'zh-CN': '现金存入' },
  kind_withdraw_cash: { en: 'cash withdrawal', 'zh-CN': '现金支取' },
  kind_transfer_in: { en: 'transfer in', 'zh-CN': '转入' },
  kind_transfer_out: { en: 'transfer out', 'zh-CN': '转出' },
  kind_payment: { en: 'payment', 'zh-CN': '消费缴费' },
  kind_wealth_purchase: { en: 'wealth product purchase', 'zh-CN': '购买理财产品' },
  kind_wealth_redemption: { en: 'wealth product redemption', 'zh-CN': '赎回理财产品' },
  kind_loan_disbursement: { en: 'loan disbursement', 'zh-CN': '贷款发放' },
  kind_loan_repayment: { en: 'loan repayment', 'zh-CN': '贷款还款' },
  kind_interest: { en: 'interest', 'zh-CN': '利息' },
  kind_fee: { en: 'fee', 'zh-CN': '费用' },
} as const satisfies { readonly [key: string]: LangText });

/** Codes of the violations a transaction check can report. */
export type LimitViolationCode = keyof typeof LIMIT_MESSAGES;
