import type { MessageTable } from './types';
import { deepFreeze } from '../../presets/internal/deepFreeze';

/**
 * Trace sentences (passed / not applicable) for the limits rules, by `trace_…` code. Their
 * `{placeholders}` are the values the rule compared (src/limits/rules/*.ts); failed rules use
 * their violation's own message (catalog/limits.ts).
 */
export const TRACE_LIMITS_MESSAGES = /* @__PURE__ */ deepFreeze({
  trace_limit_within: {
    en: 'Within the limit of {limit}: {used} already used, {requested} requested, {remaining} was left.',
    'zh-CN': '未超过限额{limit}：已用{used}，本次{requested}，原剩余{remaining}。',
  },
  trace_limit_not_counted: {
    en: 'This transaction does not count toward this limit of {limit} ({used} used, {remaining} left).',
    'zh-CN': '本笔交易不计入此限额{limit}（已用{used}，剩余{remaining}）。',
  },
  trace_count_within: {
    en: 'At most {limit} such transactions are allowed in this period; {used} made so far, so this one is allowed.',
    'zh-CN': '本期间内此类交易最多{limit}笔，已发生{used}笔，本笔未超限。',
  },
  trace_per_transaction_within: {
    en: 'The amount {requested} is within the per-transaction limit of {limit}.',
    'zh-CN': '金额{requested}未超过单笔限额{limit}。',
  },
  trace_balance_cap_within: {
    en: 'The balance would be {balanceAfter}, within the cap of {limit}.',
    'zh-CN': '交易后余额为{balanceAfter}，未超过余额上限{limit}。',
  },
  trace_balance_cap_debit: {
    en: 'A debit does not raise the balance, so the balance cap of {limit} does not apply.',
    'zh-CN': '支出不会增加余额，余额上限{limit}不适用。',
  },
  trace_permission_ok: {
    en: 'Class {class} allows this kind of transaction ({kind}, counterparty {counterparty}).',
    'zh-CN': '{class}类账户允许办理此类交易（{kind}，对手方{counterparty}）。',
  },
  trace_permission_reversal: {
    en: 'A reversal undoes an earlier transaction, so the permissions of class {class} do not apply.',
    'zh-CN': '冲正是撤销原交易，{class}类账户的交易权限不适用。',
  },
  trace_channel_ok: {
    en: 'This class allows transactions through this channel ({channel}).',
    'zh-CN': '该类账户允许通过此渠道（{channel}）办理交易。',
  },
  trace_account_state_ok: {
    en: 'The account’s state ({status}) allows this {operation}.',
    'zh-CN': '账户当前状态（{status}）允许办理此笔交易（{operation}）。',
  },
  trace_reversal_ok: {
    en: 'The reversal of {requested} names recorded transaction {original} and does not exceed what is left of it.',
    'zh-CN': '冲正金额{requested}对应已记录的原交易{original}，未超过尚可冲正的金额。',
  },
  trace_funds_ok: {
    en: 'Funds suffice: {requested} requested, {available} available ({balance} booked, {pending} held for pending debits).',
    'zh-CN':
      '余额充足：本次{requested}，可用{available}（账面余额{balance}，待结算支出{pending}）。',
  },
  trace_first_load: {
    en: 'This class is not reloadable and the account has not been loaded yet: this first load is allowed.',
    'zh-CN': '该类账户不可重复充值，账户尚未充值：本次首次充值允许。',
  },
} satisfies MessageTable);

/** Words the limits' trace sentences put in their placeholders (counterparties, operations). */
export const TRACE_LIMIT_WORDS = /* @__PURE__ */ deepFreeze({
  counterparty_bound: { en: 'the bound account', 'zh-CN': '绑定账户' },
  counterparty_own: { en: 'an own account', 'zh-CN': '本人同行其他账户' },
  counterparty_other: { en: 'another party', 'zh-CN': '非绑定账户' },
  operation_debit: { en: 'debit', 'zh-CN': '出金' },
  operation_credit: { en: 'credit', 'zh-CN': '入金' },
} satisfies MessageTable);
