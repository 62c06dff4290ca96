import type { LifecycleMessageCode } from '../messages/catalog/lifecycle';
import type { Channel, FreezeKind } from '../presets/types';
import type { RestrictionKind } from './types';

/** Topics of customer notices (message codes `notice_*`). */
export type NoticeTopic =
  Extract<LifecycleMessageCode, `notice_${string}`> extends `notice_${infer T}` ? T : never;

/** Tell the customer what happened (the message is in the requested language). */
export interface NotifyCustomerEffect {
  readonly type: 'notify_customer';
  readonly topic: NoticeTopic;
  readonly message: string;
}

/** Keep the closed account's records until a date (inclusive). */
export interface RetainRecordsEffect {
  readonly type: 'retain_records';
  /** `YYYY-MM-DD` in the preset's zone. */
  readonly until: string;
  readonly source: string;
  /** The key of the source in `preset.sources` (`source` is its citable reference). */
  readonly sourceKey?: string;
}

/** The account number is void and must never be reused. */
export interface VoidAccountNumberEffect {
  readonly type: 'void_account_number';
}

/** A review is due (a transaction on a dormant account). */
export interface MonitoringAlertEffect {
  readonly type: 'monitoring_alert';
  readonly code: 'dormant_account_activity';
  readonly at: string;
  readonly source: string;
  /** The key of the source in `preset.sources` (`source` is its citable reference). */
  readonly sourceKey?: string;
}

/** A freeze reached its expiry and no longer applies. */
export interface FreezeLapsedEffect {
  readonly type: 'freeze_lapsed';
  readonly freezeId: string;
  readonly freezeKind: FreezeKind;
  /** Its expiry. */
  readonly at: string;
}

/** A loss report ran out of validity. */
export interface LossReportLapsedEffect {
  readonly type: 'loss_report_lapsed';
  /** The end of its validity. */
  readonly at: string;
  readonly source: string;
  /** The key of the source in `preset.sources` (`source` is its citable reference). */
  readonly sourceKey?: string;
}

/** A restriction on the holder reached its expiry. */
export interface RestrictionLapsedEffect {
  readonly type: 'restriction_lapsed';
  readonly restrictionId: string;
  readonly restrictionKind: RestrictionKind;
  readonly at: string;
}

/** A verbal loss report must be confirmed in writing by an instant. */
export interface WrittenReportDueEffect {
  readonly type: 'written_report_due';
  readonly by: string;
  readonly channels: readonly Channel[];
  readonly source: string;
  /** The key of the source in `preset.sources` (`source` is its citable reference). */
  readonly sourceKey?: string;
}

/** Produce and hand over a replacement card or passbook. */
export interface IssueReplacementCardEffect {
  readonly type: 'issue_replacement_card';
}

/** One audited change of customer information (keep it with the account's records). */
export interface AuditRecordEffect {
  readonly type: 'audit_record';
  readonly field: string;
  readonly key: boolean;
  readonly oldValue: string | null;
  readonly newValue: string;
  readonly at: string;
  readonly channel: Channel | null;
  readonly enteredBy: string;
  readonly approvedBy: string | null;
  readonly proof: string | null;
}

/** Something a transition asks the caller to do or record, as data. */
export type LifecycleEffect =
  | NotifyCustomerEffect
  | RetainRecordsEffect
  | VoidAccountNumberEffect
  | MonitoringAlertEffect
  | FreezeLapsedEffect
  | LossReportLapsedEffect
  | RestrictionLapsedEffect
  | WrittenReportDueEffect
  | IssueReplacementCardEffect
  | AuditRecordEffect;
