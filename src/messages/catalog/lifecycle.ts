import type { MessageTable } from './types';
import { deepFreeze } from '../../presets/internal/deepFreeze';
import { ACCOUNT_STATE_MESSAGES } from './accountState';

/**
 * Messages for lifecycle refusals (`transition`), for the reasons an account's state forbids an
 * operation (`accountPermissions`), and for the customer notices among a transition's effects.
 * Codes are stable.
 */
export const LIFECYCLE_MESSAGES = /* @__PURE__ */ deepFreeze(
  // The account-state reasons live in their own module (accountState.ts) for the check's bundle.
  /* @__PURE__ */ Object.assign({}, ACCOUNT_STATE_MESSAGES, {
    transition_not_allowed: {
      en: 'The event {event} is not allowed when the account is {status}.',
      'zh-CN': '账户状态为{status}时不能办理{event}。',
    },
    balance_not_zero: {
      en: 'The balance must be exactly zero to close the account; it is {balance}.',
      'zh-CN': '销户时余额须为零，当前余额为{balance}。',
    },
    pending_business: {
      en: 'Unfinished business must be settled first: {items}.',
      'zh-CN': '须先办结未完成业务：{items}。',
    },
    linked_services: {
      en: 'Linked services must be cancelled first: {items}.',
      'zh-CN': '须先解除关联业务：{items}。',
    },
    channel_not_allowed: {
      en: 'This cannot be done through {channel}; allowed: {allowed}.',
      'zh-CN': '不能通过{channel}办理；可办理渠道：{allowed}。',
    },
    already_closed: {
      en: 'The account is closed; a closed account never reopens.',
      'zh-CN': '账户已销户，销户后不可恢复。',
    },
    freeze_duration_exceeded: {
      en: '{freezeKind}: at most {maxDuration} at a time, so until {maxUntil} at the latest, not {until}.',
      'zh-CN': '{freezeKind}每次最长{maxDuration}：最晚至{maxUntil}，而非{until}。',
    },
    renewal_limit_reached: {
      en: '{freezeKind}: at most {maxRenewals} renewal(s); freeze {freezeId} has had {renewals}.',
      'zh-CN': '{freezeKind}最多续冻{maxRenewals}次；冻结{freezeId}已续冻{renewals}次。',
    },
    lifting_party_not_allowed: {
      en: '{freezeKind}: only {allowed} may lift or renew it, not {party}.',
      'zh-CN': '{freezeKind}仅能由{allowed}解除或续冻，{party}无权办理。',
    },
    authority_notice_required: {
      en: '{freezeKind}: lifting or renewing it needs the ordering authority’s notice (its reference).',
      'zh-CN': '{freezeKind}须凭有权机关的通知（文书编号）解除或续冻。',
    },
    freeze_issuer_not_allowed: {
      en: '{freezeKind}: only {allowed} may order it, not {issuer}.',
      'zh-CN': '{freezeKind}仅能由{allowed}作出，{issuer}无权作出。',
    },
    freeze_scope_not_allowed: {
      en: '{freezeKind}: scope {scope} is not possible; allowed: {allowed}.',
      'zh-CN': '{freezeKind}不能采用{scope}范围；可用范围：{allowed}。',
    },
    freeze_id_exists: {
      en: 'A freeze with id {freezeId} already stands on the account.',
      'zh-CN': '账户上已存在编号为{freezeId}的冻结。',
    },
    freeze_not_found: {
      en: 'No freeze with id {freezeId} is in force on the account.',
      'zh-CN': '账户上没有编号为{freezeId}的有效冻结。',
    },
    loss_already_reported: {
      en: 'The account is already reported lost (since {since}, valid until {until}).',
      'zh-CN': '账户已挂失（自{since}起，有效至{until}）。',
    },
    no_loss_report: {
      en: 'The account has no loss report in force.',
      'zh-CN': '账户没有有效的挂失。',
    },
    identity_verification_required: {
      en: 'The holder’s identity must be verified for this.',
      'zh-CN': '办理此业务须核实持有人身份。',
    },
    inactivity_period_not_elapsed: {
      en: 'The account can be marked dormant only after {period} without an active transaction, i.e. from {dormantFrom}.',
      'zh-CN': '账户须连续{period}无主动交易方可转为久悬，即自{dormantFrom}起。',
    },
    insufficient_balance: {
      en: 'The balance {balance} does not cover {amount}.',
      'zh-CN': '余额{balance}不足以支付{amount}。',
    },
    frozen_amount: {
      en: 'The balance after this debit, {balanceAfter}, would fall below the frozen amount {frozenAmount}.',
      'zh-CN': '本次扣款后余额{balanceAfter}将低于冻结金额{frozenAmount}。',
    },
    unknown_field: {
      en: 'The field {field} cannot be changed here; known fields: {allowed}.',
      'zh-CN': '不能变更字段{field}；可变更字段：{allowed}。',
    },
    proof_required: {
      en: 'Changing the key field {field} needs official proof.',
      'zh-CN': '变更关键信息{field}须提供官方证明。',
    },
    approval_required: {
      en: 'Changing the key field {field} needs approval by a second member of staff.',
      'zh-CN': '变更关键信息{field}须由另一名工作人员审批。',
    },
    segregation_of_duties: {
      en: 'The same person ({staff}) cannot both enter and approve a change.',
      'zh-CN': '同一人员（{staff}）不能既录入又审批同一变更。',
    },
    restriction_id_exists: {
      en: 'A restriction with id {restrictionId} already stands.',
      'zh-CN': '已存在编号为{restrictionId}的限制。',
    },
    restriction_not_found: {
      en: 'No restriction with id {restrictionId} is in force.',
      'zh-CN': '没有编号为{restrictionId}的有效限制。',
    },
    event_before_opening: {
      en: 'The event at {at} is earlier than the opening of the account ({openedAt}).',
      'zh-CN': '事件时间{at}早于开户时间{openedAt}。',
    },
    notice_account_activated: {
      en: 'Your account has been activated.',
      'zh-CN': '您的账户已激活。',
    },
    notice_freeze_placed: {
      en: 'Your account is frozen ({freezeKind}) from {from}{untilText}.',
      'zh-CN': '您的账户自{from}起被{freezeKind}{untilText}。',
    },
    notice_freeze_renewed: {
      en: 'The freeze on your account ({freezeKind}) has been renewed until {until}.',
      'zh-CN': '您账户的{freezeKind}已续冻至{until}。',
    },
    notice_freeze_lifted: {
      en: 'The freeze on your account ({freezeKind}) has been lifted.',
      'zh-CN': '您账户的{freezeKind}已解除。',
    },
    notice_loss_reported: {
      en: 'Your loss report is registered; it is valid until {until}.',
      'zh-CN': '您的挂失已受理，有效期至{until}。',
    },
    notice_loss_unreported: {
      en: 'Your loss report has been withdrawn.',
      'zh-CN': '您的挂失已解除。',
    },
    notice_card_replaced: {
      en: 'A replacement card has been issued for your account.',
      'zh-CN': '已为您的账户补发新卡。',
    },
    notice_account_dormant: {
      en: 'Your account has become dormant after {period} without activity; reactivate it with identity verification.',
      'zh-CN': '您的账户因{period}无交易已转为久悬账户，请核实身份后激活。',
    },
    notice_account_reactivated: {
      en: 'Your account has been reactivated.',
      'zh-CN': '您的账户已重新激活。',
    },
    notice_identity_reverified: {
      en: 'Your identity has been re-verified; non-counter business is available again.',
      'zh-CN': '您的身份已重新核实，非柜面业务已恢复。',
    },
    notice_account_closed: {
      en: 'Your account has been closed.',
      'zh-CN': '您的账户已销户。',
    },
    notice_information_changed: {
      en: 'Your account information has been changed: {fields}.',
      'zh-CN': '您的账户信息已变更：{fields}。',
    },
    notice_restriction_placed: {
      en: 'A restriction ({restrictionKind}) applies to your accounts until {until}.',
      'zh-CN': '您的账户受限制（{restrictionKind}），至{until}止。',
    },
    notice_restriction_lifted: {
      en: 'The restriction ({restrictionKind}) on your accounts has been lifted.',
      'zh-CN': '您账户的限制（{restrictionKind}）已解除。',
    },
    notice_non_counter_suspended: {
      en: 'Non-counter business on your account is suspended until your identity is re-verified at the counter.',
      'zh-CN': '您的账户非柜面业务已暂停，请到柜面重新核实身份后恢复。',
    },
  } as const satisfies MessageTable),
);

/** Codes of lifecycle messages (refusal reasons, state reasons and customer notices). */
export type LifecycleMessageCode = keyof typeof LIFECYCLE_MESSAGES;

/** Codes of lifecycle refusals and state reasons (every code except the `notice_*` texts). */
export type LifecycleReasonCode = Exclude<LifecycleMessageCode, `notice_${string}`>;
