import type { Lang, LangText } from '../../messages/lang';
import type { FreezeIssuer, LiftingParty } from '../../presets/types';
import { renderMessage } from '../../messages/renderMessage';
import type { LifecycleEventType } from '../events';
import type { AccountStatus, RestrictionKind } from '../types';
import { deepFreeze } from '../../presets/internal/deepFreeze';

/** Display names of statuses, for messages. */
export const STATUS_WORDS: { readonly [S in AccountStatus]: LangText } = /* @__PURE__ */ deepFreeze(
  {
    pending: { en: 'pending activation', 'zh-CN': '待激活' },
    normal: { en: 'normal', 'zh-CN': '正常' },
    dormant: { en: 'dormant', 'zh-CN': '久悬' },
    closed: { en: 'closed', 'zh-CN': '已销户' },
  },
);

/** Display names of lifecycle events, for trace sentences. */
export const EVENT_WORDS: { readonly [E in LifecycleEventType]: LangText } =
  /* @__PURE__ */ deepFreeze({
    activate: { en: 'activation', 'zh-CN': '激活' },
    freeze: { en: 'a freeze', 'zh-CN': '冻结' },
    renew_freeze: { en: 'a freeze renewal', 'zh-CN': '续冻' },
    unfreeze: { en: 'an unfreeze', 'zh-CN': '解冻' },
    report_loss: { en: 'a loss report', 'zh-CN': '挂失' },
    unreport_loss: { en: 'lifting a loss report', 'zh-CN': '解挂' },
    replace_card: { en: 'a card replacement', 'zh-CN': '补换卡' },
    mark_dormant: { en: 'marking dormant', 'zh-CN': '转久悬' },
    reactivate: { en: 'reactivation', 'zh-CN': '久悬户激活' },
    verify_identity: { en: 'identity verification', 'zh-CN': '身份核实' },
    record_activity: { en: 'recording activity', 'zh-CN': '记录账户活动' },
    close: { en: 'closure', 'zh-CN': '销户' },
    change_information: { en: 'a change of information', 'zh-CN': '变更信息' },
    restrict_person: { en: 'restricting the person', 'zh-CN': '对个人采取限制措施' },
    lift_restriction: { en: 'lifting a restriction', 'zh-CN': '解除限制措施' },
    advance: { en: 'time passing', 'zh-CN': '时间推移' },
  });

/** Display names of restriction kinds, for messages. */
export const RESTRICTION_WORDS: { readonly [K in RestrictionKind]: LangText } =
  /* @__PURE__ */ deepFreeze({
    receive_only: { en: 'receive only', 'zh-CN': '只收不付' },
    no_non_counter: { en: 'no non-counter business', 'zh-CN': '暂停非柜面业务' },
  });

/** Display names of lifting parties, for messages. */
export const PARTY_WORDS: { readonly [P in LiftingParty]: LangText } = /* @__PURE__ */ deepFreeze({
  authority: { en: 'the ordering authority', 'zh-CN': '有权机关' },
  risk_team: { en: 'the risk team', 'zh-CN': '风险管理部门' },
  customer_in_person: { en: 'the customer in person', 'zh-CN': '客户本人亲办' },
  compliance_team: { en: 'the compliance team', 'zh-CN': '合规部门' },
  system: { en: 'the system', 'zh-CN': '系统' },
  customer_reverification: {
    en: 'the customer after re-verification',
    'zh-CN': '客户重新验证身份后',
  },
});

/** Display names of the authorities that order freezes, for messages. */
export const ISSUER_WORDS: { readonly [I in FreezeIssuer]: LangText } = /* @__PURE__ */ deepFreeze({
  public_security: { en: 'a public security organ (the police)', 'zh-CN': '公安机关' },
  court: { en: 'a court', 'zh-CN': '人民法院' },
  procuratorate: { en: 'a procuratorate', 'zh-CN': '人民检察院' },
  bank: { en: 'the bank itself', 'zh-CN': '银行自身' },
});

/** Small words used inside messages. */
export const WORDS = /* @__PURE__ */ deepFreeze({
  /** Fills `{until}` in "… until {until}." / "…至{until}止。" when there is no end date. */
  untilLifted: { en: 'it is lifted', 'zh-CN': '解除时' },
  noChannel: { en: 'an unstated channel', 'zh-CN': '未说明的渠道' },
  /** The optional "until …" part of a freeze notice. */
  untilText: { en: ' until {until}', 'zh-CN': '，至{until}止' },
  unstatedIssuer: { en: 'an unstated authority', 'zh-CN': '未说明的机关' },
  unrecordedDate: { en: 'a date not recorded', 'zh-CN': '未记录的日期' },
  none: { en: 'none', 'zh-CN': '无' },
  listSeparator: { en: ', ', 'zh-CN': '、' },
} as const satisfies { readonly [k: string]: LangText });

/** Joins display words with the language's list separator. */
export function list(items: readonly string[], lang: Lang): string {
  return items.length === 0 ? WORDS.none[lang] : items.join(WORDS.listSeparator[lang]);
}

/** The optional "until …" part of a freeze notice. */
export function untilText(until: string | undefined, lang: Lang): string {
  if (until === undefined) return '';
  return renderMessage(WORDS.untilText, { until }, lang);
}
