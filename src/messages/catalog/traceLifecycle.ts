import type { MessageTable } from './types';
import { deepFreeze } from '../../presets/internal/deepFreeze';

/**
 * Trace sentences (passed / not applicable) for the lifecycle guards, by `trace_…` code. Failed
 * guards are rendered with their reason's own message (LIFECYCLE_MESSAGES). Words in `{…}` are
 * filled from the trace values, which are already in the language the transition was asked in.
 */
export const TRACE_LIFECYCLE_MESSAGES = /* @__PURE__ */ deepFreeze({
  trace_event_after_opening: {
    en: 'The event ({at}) is not earlier than the account opening ({openedAt}).',
    'zh-CN': '本次业务时间（{at}）不早于开户时间（{openedAt}）。',
  },
  trace_transition_allowed: {
    en: 'While the account is {status}, {event} is allowed.',
    'zh-CN': '账户状态为{status}时可以办理{event}。',
  },
  trace_channel_allowed: {
    en: 'It is done through {channel}, which is allowed ({allowed}).',
    'zh-CN': '通过{channel}办理，属于可办理渠道（{allowed}）。',
  },
  trace_channel_any: {
    en: 'Any channel may be used for this.',
    'zh-CN': '此项业务不限办理渠道。',
  },
  trace_identity_verified: {
    en: "The account holder's identity was verified for this.",
    'zh-CN': '已核实账户持有人身份。',
  },
  trace_freeze_id_unique: {
    en: 'No other freeze on the account has the number {freezeId}.',
    'zh-CN': '账户上没有编号同为{freezeId}的其他冻结。',
  },
  trace_freeze_scope_allowed: {
    en: '{freezeKind} may cover {scope} (allowed: {allowed}).',
    'zh-CN': '{freezeKind}可以采用{scope}范围（可用范围：{allowed}）。',
  },
  trace_freeze_duration_within: {
    en: '{freezeKind} ends {until}, within the longest {maxDuration} (at the latest {maxUntil}).',
    'zh-CN': '{freezeKind}至{until}止，未超过最长{maxDuration}（最晚至{maxUntil}）。',
  },
  trace_freeze_duration_default: {
    en: '{freezeKind} gives no end date, so it lasts the longest {maxDuration}, until {maxUntil}.',
    'zh-CN': '{freezeKind}未写明截止时间，按最长{maxDuration}执行，至{maxUntil}止。',
  },
  trace_freeze_duration_unlimited: {
    en: '{freezeKind} has no longest duration: it stands until it is lifted.',
    'zh-CN': '{freezeKind}没有最长期限，解除前一直有效。',
  },
  trace_freeze_issuer_allowed: {
    en: '{freezeKind} was ordered by {issuer}, who may order it.',
    'zh-CN': '{freezeKind}由{issuer}作出，属于有权作出的机关。',
  },
  trace_freeze_issuer_any: {
    en: '{freezeKind} is not limited to particular authorities.',
    'zh-CN': '{freezeKind}不限定作出机关。',
  },
  trace_freeze_found: {
    en: 'The account has the freeze {freezeId}.',
    'zh-CN': '账户上存在冻结{freezeId}。',
  },
  trace_lifting_party_allowed: {
    en: '{freezeKind} is handled by {party}, who may lift or renew it.',
    'zh-CN': '{freezeKind}由{party}办理，其有权解除或续冻。',
  },
  trace_authority_notice_given: {
    en: "{freezeKind}: the authority's notice {notice} is referenced.",
    'zh-CN': '{freezeKind}：已提供有权机关通知{notice}。',
  },
  trace_authority_notice_not_required: {
    en: '{freezeKind} does not need a notice from an authority to be lifted or renewed.',
    'zh-CN': '{freezeKind}的解除或续冻无须有权机关通知。',
  },
  trace_renewal_within_limit: {
    en: '{freezeKind}: freeze {freezeId} has been renewed {renewals} time(s), fewer than the {maxRenewals} allowed.',
    'zh-CN': '{freezeKind}：冻结{freezeId}已续冻{renewals}次，少于允许的{maxRenewals}次。',
  },
  trace_renewals_unlimited: {
    en: '{freezeKind} may be renewed without a limit on the number of times.',
    'zh-CN': '{freezeKind}续冻次数不受限制。',
  },
  trace_no_loss_report: {
    en: 'The account is not reported lost.',
    'zh-CN': '账户未挂失。',
  },
  trace_loss_report_exists: {
    en: 'The account was reported lost on {since}, so the report can be withdrawn.',
    'zh-CN': '账户已于{since}挂失，可以解挂。',
  },
  trace_inactivity_elapsed: {
    en: 'The account has had no customer activity for {period}: it is dormant.',
    'zh-CN': '账户已{period}无客户主动交易，已转为久悬。',
  },
  trace_state_permits: {
    en: "The account's state (freezes, dormancy, loss report, restrictions) permits this.",
    'zh-CN': '账户状态（冻结、久悬、挂失、限制措施）允许办理此项业务。',
  },
  trace_non_counter_not_applicable: {
    en: 'Non-counter suspensions do not apply: this is not a customer payment away from the counter.',
    'zh-CN': '非柜面业务暂停不适用：本笔不是客户通过非柜面渠道发起的付款。',
  },
  trace_balance_sufficient: {
    en: 'The balance {balance} covers the amount {amount}.',
    'zh-CN': '余额{balance}足以支付金额{amount}。',
  },
  trace_credit_no_overdraft: {
    en: 'Money coming in ({amount}) cannot overdraw the account.',
    'zh-CN': '入账（{amount}）不会造成透支。',
  },
  trace_frozen_amount_kept: {
    en: 'After the payment the balance is {balanceAfter}, still at least the frozen {frozenAmount}.',
    'zh-CN': '付款后余额为{balanceAfter}，不低于被冻结的{frozenAmount}。',
  },
  trace_no_frozen_amount: {
    en: 'No amount on the account is frozen against this posting.',
    'zh-CN': '本笔业务不涉及账户上被冻结的金额。',
  },
  trace_balance_zero: {
    en: 'The balance is exactly zero ({balance}).',
    'zh-CN': '账户余额为零（{balance}）。',
  },
  trace_zero_balance_not_required: {
    en: 'The rules do not require a zero balance to close (balance {balance}).',
    'zh-CN': '规则不要求销户时余额为零（余额{balance}）。',
  },
  trace_no_freezes: {
    en: 'No freeze stands on the account.',
    'zh-CN': '账户上没有冻结。',
  },
  trace_no_pending_business: {
    en: 'No unfinished business is left on the account.',
    'zh-CN': '账户没有未办结业务。',
  },
  trace_no_linked_services: {
    en: 'No services are linked to the account any more.',
    'zh-CN': '账户已无关联业务。',
  },
  trace_field_known: {
    en: 'The field {field} is one that may be changed.',
    'zh-CN': '字段{field}属于可变更的信息。',
  },
  trace_proof_given: {
    en: 'Proof is given for the change of {field}.',
    'zh-CN': '变更{field}已提供证明材料。',
  },
  trace_approval_given: {
    en: 'The change of {field} is approved by a second member of staff.',
    'zh-CN': '变更{field}已经另一名员工复核。',
  },
  trace_approval_not_required: {
    en: 'The change of {field} needs no second approval under these rules.',
    'zh-CN': '按本规则，变更{field}无须复核。',
  },
  trace_duties_segregated: {
    en: 'The change was entered by {staff} and approved by {approvedBy}, two different people.',
    'zh-CN': '变更由{staff}录入、{approvedBy}复核，为不同人员。',
  },
  trace_no_approver: {
    en: 'No approver is named, so there is no one to compare with {staff}.',
    'zh-CN': '未写明复核人员，无须与{staff}比对。',
  },
  trace_restriction_id_unique: {
    en: 'No other restriction on the account has the number {restrictionId}.',
    'zh-CN': '账户上没有编号同为{restrictionId}的其他限制措施。',
  },
  trace_restriction_found: {
    en: 'The account has the restriction {restrictionId}.',
    'zh-CN': '账户上存在限制措施{restrictionId}。',
  },
} as const satisfies MessageTable);
