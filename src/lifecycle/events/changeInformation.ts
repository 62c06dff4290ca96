import type { AuditRecordEffect, LifecycleEffect } from '../effects';
import type { ChangeInformationEvent } from '../events';
import { notice } from '../internal/notice';
import { list } from '../internal/words';
import { channelAllowed } from './guards/channelAllowed';
import {
  notApplicable,
  passUnless,
  refusal,
  type EventContext,
  type EventUnit,
  type GuardResult,
} from './unit';

type Ctx = EventContext<ChangeInformationEvent>;
const RULE = 'lifecycle.informationChange';

/** Guard: a key field's change comes with proof (`proof_required`). */
function proofGiven(field: string, { event, preset, lang }: Ctx): GuardResult {
  const source = preset.lifecycle.informationChange.source;
  const found =
    event.proof === undefined
      ? refusal('proof_required', { field }, { field, source }, lang)
      : null;
  return passUnless(found, `${RULE}.proof`, source, 'trace_proof_given', { field });
}

/** Guard: a key field's change is approved by a second person (`approval_required`). */
function approvalGiven(field: string, { event, preset, lang }: Ctx): GuardResult {
  const rules = preset.lifecycle.informationChange;
  const path = `${RULE}.segregationOfDuties`;
  if (!rules.segregationOfDuties)
    return notApplicable(path, rules.source, 'trace_approval_not_required', { field });
  const found =
    event.approvedBy === undefined
      ? refusal('approval_required', { field }, { field, source: rules.source }, lang)
      : null;
  return passUnless(found, path, rules.source, 'trace_approval_given', { field });
}

/** Guards of one change: a known field; its channel; for a key field, proof and approval. */
function fieldChange(field: string, c: Ctx): readonly GuardResult[] {
  const rules = c.preset.lifecycle.informationChange;
  const key = rules.keyFields.includes(field);
  const known = key || rules.nonKeyFields.includes(field);
  const allowed = list([...rules.keyFields, ...rules.nonKeyFields], c.lang);
  const unknown = known
    ? null
    : refusal('unknown_field', { field, allowed }, { field, source: rules.source }, c.lang);
  const fieldGuard = passUnless(unknown, `${RULE}.fields`, rules.source, 'trace_field_known', {
    field,
    key,
  });
  if (!known) return [fieldGuard];
  const channel = channelAllowed({
    rule: `${RULE}.${key ? 'keyFieldChannels' : 'nonKeyFieldChannels'}`,
    source: rules.source,
    channel: c.event.channel,
    allowed: key ? rules.keyFieldChannels : rules.nonKeyFieldChannels,
    lang: c.lang,
    fields: { field },
  });
  return key
    ? [fieldGuard, channel, proofGiven(field, c), approvalGiven(field, c)]
    : [fieldGuard, channel];
}

/** Guard: the approver is not the person who entered the change (`segregation_of_duties`). */
function dutiesSegregated({ event, preset, lang }: Ctx): GuardResult {
  const rules = preset.lifecycle.informationChange;
  const path = `${RULE}.segregationOfDuties`;
  const staff = event.enteredBy;
  if (!rules.segregationOfDuties || event.approvedBy === undefined)
    return notApplicable(path, rules.source, 'trace_no_approver', { staff });
  const found =
    event.approvedBy === staff
      ? refusal('segregation_of_duties', { staff }, { staff, source: rules.source }, lang)
      : null;
  return passUnless(found, path, rules.source, 'trace_duties_segregated', {
    staff,
    approvedBy: event.approvedBy,
  });
}

function effect({ account, event, preset, lang }: Ctx) {
  const rules = preset.lifecycle.informationChange;
  const information: { [field: string]: string } = { ...(account.information ?? {}) };
  const effects: LifecycleEffect[] = [];
  for (const { field, value } of event.changes) {
    const record: AuditRecordEffect = {
      type: 'audit_record',
      field,
      key: rules.keyFields.includes(field),
      oldValue: Object.hasOwn(information, field) ? information[field]! : null,
      newValue: value,
      at: event.at,
      channel: event.channel ?? null,
      enteredBy: event.enteredBy,
      approvedBy: event.approvedBy ?? null,
      proof: event.proof ?? null,
    };
    effects.push(record);
    information[field] = value;
  }
  const fields = list([...new Set(event.changes.map((c) => c.field))], lang);
  effects.push(notice('information_changed', { fields }, lang));
  return { account: { ...account, information }, effects };
}

/**
 * `change_information`: changes customer information, with an audit record per field. Guards per
 * change: a known field, its channel, and for a key field proof and a second person's approval;
 * then the approver is not the person who entered it.
 *
 * @example
 * ```ts
 * runUnit(CHANGE_INFORMATION, ctx).results.map((r) => r.rule);
 * ```
 */
export const CHANGE_INFORMATION: EventUnit<ChangeInformationEvent> = {
  prepare: (ctx) => ctx,
  guards: [(c) => c.event.changes.flatMap(({ field }) => fieldChange(field, c)), dutiesSegregated],
  effect,
};
