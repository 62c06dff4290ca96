import { balanceEffect } from '../../classes/balanceEffect';
import { AccountPolicyError } from '../../errors';
import type { Lang } from '../../messages/lang';
import {
  addMoney,
  compareMoney,
  formatMoney,
  isNegativeMoney,
  isZeroMoney,
  parseMoney,
  subtractMoney,
} from '../../money';
import { accountSellingPeriodOn } from '../../presets/ruleInForce';
import type { Preset } from '../../presets/types';
import { formatDuration, formatLocalDate, localDateOf } from '../../time';
import { accountPermissions } from '../accountPermissions';
import { isCounterChannel } from '../isCounterChannel';
import type { AuditRecordEffect, LifecycleEffect } from '../effects';
import type {
  ActivateEvent,
  ChangeInformationEvent,
  CloseEvent,
  FreezeEvent,
  LifecycleEvent,
  LifecycleEventType,
  LiftRestrictionEvent,
  MarkDormantEvent,
  ReactivateEvent,
  RecordActivityEvent,
  RenewFreezeEvent,
  ReplaceCardEvent,
  ReportLossEvent,
  RestrictPersonEvent,
  UnfreezeEvent,
  UnreportLossEvent,
  VerifyIdentityEvent,
} from '../events';
import type { TransitionReason } from '../transitionTypes';
import type { AccountState, Freeze, Restriction, StateReason } from '../types';
import { notice } from './notice';
import { channelReason, identityReason, reason } from './reasons';
import { inactivityBase, iso, lossReportEnd, ms, plus } from './timing';
import { list, PARTY_WORDS, RESTRICTION_WORDS, untilText, WORDS } from './words';

/** What a handler gets: the account as of the event's instant, the event, the rules. */
export interface HandlerContext<E extends LifecycleEvent> {
  readonly account: AccountState;
  readonly event: E;
  readonly preset: Preset;
  readonly lang: Lang;
  readonly atMs: number;
}

/** A handler's outcome: refused with reasons, or the new account and its effects. */
export type HandlerOutcome =
  | { readonly reasons: readonly TransitionReason[] }
  | { readonly account: AccountState; readonly effects: readonly LifecycleEffect[] };

type Handler<E extends LifecycleEvent> = (ctx: HandlerContext<E>) => HandlerOutcome;

const refuse = (reasons: (TransitionReason | null)[]): HandlerOutcome | null => {
  const listed = reasons.filter((r): r is TransitionReason => r !== null);
  return listed.length > 0 ? { reasons: listed } : null;
};

const invalid = (path: (string | number)[], message: string) =>
  new AccountPolicyError('invalid_input', `Invalid event at ${path.join('.')}: ${message}`, [
    { path, message },
  ]);

function freezeTitle(preset: Preset, f: Pick<Freeze, 'kind'>, lang: Lang): string {
  return preset.lifecycle.freezes[f.kind].title[lang];
}

/** A freeze standing on the account, as a refusal reason (closure). */
function frozenReason(f: Freeze, preset: Preset, lang: Lang): TransitionReason {
  return reason(
    'account_frozen',
    { freezeId: f.id, freezeKind: freezeTitle(preset, f, lang) },
    {
      freezeId: f.id,
      freezeKind: f.kind,
      scope: f.scope,
      since: f.from,
      ...(f.until === undefined ? {} : { until: f.until }),
      source: preset.lifecycle.freezes[f.kind].source,
    },
    lang,
  );
}

const activate: Handler<ActivateEvent> = ({ account, event, lang }) => ({
  account: { ...account, status: 'normal', activatedAt: event.at },
  effects: [notice('account_activated', {}, lang)],
});

const freeze: Handler<FreezeEvent> = ({ account, event, preset, lang, atMs }) => {
  const req = event.freeze;
  const rule = preset.lifecycle.freezes[req.kind];
  const title = rule.title[lang];
  const fromText = req.from ?? event.at;
  const fromMs = ms(fromText, ['event', 'freeze', 'from']);
  const maxUntilMs = rule.maxDuration === null ? null : plus(fromMs, rule.maxDuration, preset);
  const placedUntil = req.until ?? (maxUntilMs === null ? undefined : iso(maxUntilMs, preset));
  if (placedUntil !== undefined && ms(placedUntil, ['event', 'freeze', 'until']) <= atMs)
    throw invalid(
      ['event', 'freeze', 'until'],
      'must be later than the event (the freeze would never apply)',
    );
  const refused = refuse([
    account.freezes.some((f) => f.id === req.id)
      ? reason(
          'freeze_id_exists',
          { freezeId: req.id },
          { freezeId: req.id, source: preset.lifecycle.statuses.source },
          lang,
        )
      : null,
    rule.scopes.includes(req.scope)
      ? null
      : reason(
          'freeze_scope_not_allowed',
          { freezeKind: title, scope: req.scope, allowed: list(rule.scopes, lang) },
          {
            freezeKind: req.kind,
            scope: req.scope,
            allowedScopes: rule.scopes,
            source: rule.source,
          },
          lang,
        ),
    req.until !== undefined &&
    maxUntilMs !== null &&
    ms(req.until, ['event', 'freeze', 'until']) > maxUntilMs
      ? reason(
          'freeze_duration_exceeded',
          {
            freezeKind: title,
            maxDuration: formatDuration(rule.maxDuration!, lang),
            maxUntil: iso(maxUntilMs, preset),
            until: req.until,
          },
          {
            freezeKind: req.kind,
            until: req.until,
            maxUntil: iso(maxUntilMs, preset),
            source: rule.source,
          },
          lang,
        )
      : null,
  ]);
  if (refused) return refused;
  const currency = account.currency ?? preset.currency;
  const placed: Freeze = {
    id: req.id,
    kind: req.kind,
    scope: req.scope,
    ...(req.amount === undefined
      ? {}
      : {
          amount: formatMoney(
            parseMoney(req.amount, currency, { path: ['event', 'freeze', 'amount'] }),
          ),
        }),
    from: fromText,
    ...(placedUntil === undefined ? {} : { until: placedUntil }),
    ...(req.authority === undefined ? {} : { authority: req.authority }),
    ...(req.reference === undefined ? {} : { reference: req.reference }),
  };
  return {
    account: { ...account, freezes: [...account.freezes, placed] },
    effects: rule.notifyCustomer
      ? [
          notice(
            'freeze_placed',
            { freezeKind: title, from: fromText, untilText: untilText(placedUntil, lang) },
            lang,
          ),
        ]
      : [],
  };
};

/** The freeze named by an event, or a `freeze_not_found` refusal. */
function findFreeze(
  account: AccountState,
  id: string,
  preset: Preset,
  lang: Lang,
): Freeze | HandlerOutcome {
  const source = preset.lifecycle.statuses.source;
  const f = account.freezes.find((x) => x.id === id);
  return (
    f ?? { reasons: [reason('freeze_not_found', { freezeId: id }, { freezeId: id, source }, lang)] }
  );
}

/** Checks the acting party (and the authority's notice) for lifting or renewing a freeze. */
function partyReasons(
  f: Freeze,
  party: RenewFreezeEvent['renewedBy'],
  authorityNotice: string | undefined,
  preset: Preset,
  lang: Lang,
): (TransitionReason | null)[] {
  const rule = preset.lifecycle.freezes[f.kind];
  const acting = party ?? rule.liftedBy[0]!;
  return [
    rule.liftedBy.includes(acting)
      ? null
      : reason(
          'lifting_party_not_allowed',
          {
            freezeKind: rule.title[lang],
            allowed: list(
              rule.liftedBy.map((p) => PARTY_WORDS[p][lang]),
              lang,
            ),
            party: PARTY_WORDS[acting][lang],
          },
          {
            freezeId: f.id,
            freezeKind: f.kind,
            party: acting,
            allowedParties: rule.liftedBy,
            source: rule.source,
          },
          lang,
        ),
    rule.requiresAuthorityNotice && authorityNotice === undefined
      ? reason(
          'authority_notice_required',
          { freezeKind: rule.title[lang] },
          { freezeId: f.id, freezeKind: f.kind, source: rule.source },
          lang,
        )
      : null,
  ];
}

const renewFreeze: Handler<RenewFreezeEvent> = ({ account, event, preset, lang }) => {
  const found = findFreeze(account, event.id, preset, lang);
  if ('reasons' in found) return found;
  const f = found as Freeze;
  const rule = preset.lifecycle.freezes[f.kind];
  const title = rule.title[lang];
  const renewals = f.renewals ?? 0;
  const untilMs = ms(event.until, ['event', 'until']);
  if (f.until !== undefined && untilMs <= ms(f.until, ['account', 'freezes']))
    throw invalid(['event', 'until'], `must be later than the freeze's current expiry ${f.until}`);
  const maxUntilMs =
    rule.maxDuration === null || f.until === undefined
      ? null
      : plus(ms(f.until, ['account', 'freezes']), rule.maxDuration, preset);
  const refused = refuse([
    ...partyReasons(f, event.renewedBy, event.notice, preset, lang),
    f.until === undefined || (rule.maxRenewals !== null && renewals >= rule.maxRenewals)
      ? reason(
          'renewal_limit_reached',
          {
            freezeKind: title,
            maxRenewals: f.until === undefined ? 0 : rule.maxRenewals!,
            freezeId: f.id,
            renewals,
          },
          {
            freezeId: f.id,
            freezeKind: f.kind,
            renewals,
            maxRenewals: f.until === undefined ? 0 : rule.maxRenewals!,
            source: rule.source,
          },
          lang,
        )
      : null,
    maxUntilMs !== null && untilMs > maxUntilMs
      ? reason(
          'freeze_duration_exceeded',
          {
            freezeKind: title,
            maxDuration: formatDuration(rule.maxDuration!, lang),
            maxUntil: iso(maxUntilMs, preset),
            until: event.until,
          },
          {
            freezeId: f.id,
            freezeKind: f.kind,
            until: event.until,
            maxUntil: iso(maxUntilMs, preset),
            source: rule.source,
          },
          lang,
        )
      : null,
  ]);
  if (refused) return refused;
  const renewed: Freeze = { ...f, until: event.until, renewals: renewals + 1 };
  return {
    account: { ...account, freezes: account.freezes.map((x) => (x === f ? renewed : x)) },
    effects: rule.notifyCustomer
      ? [notice('freeze_renewed', { freezeKind: title, until: event.until }, lang)]
      : [],
  };
};

const unfreeze: Handler<UnfreezeEvent> = ({ account, event, preset, lang }) => {
  const found = findFreeze(account, event.id, preset, lang);
  if ('reasons' in found) return found;
  const f = found as Freeze;
  const rule = preset.lifecycle.freezes[f.kind];
  const refused = refuse([
    ...partyReasons(f, event.liftedBy, event.notice, preset, lang),
    rule.liftChannels === null
      ? null
      : channelReason(event.channel, rule.liftChannels, lang, {
          freezeId: f.id,
          freezeKind: f.kind,
          source: rule.source,
        }),
  ]);
  if (refused) return refused;
  return {
    account: { ...account, freezes: account.freezes.filter((x) => x !== f) },
    effects: rule.notifyCustomer
      ? [notice('freeze_lifted', { freezeKind: rule.title[lang] }, lang)]
      : [],
  };
};

const reportLoss: Handler<ReportLossEvent> = ({ account, event, preset, lang, atMs }) => {
  const rules = preset.lifecycle.lossReport;
  const existing = account.lossReport;
  const refused = refuse([
    channelReason(event.channel, rules.reportChannels, lang, { source: rules.source }),
    existing === null
      ? null
      : reason(
          'loss_already_reported',
          { since: existing.at, until: iso(lossReportEnd(existing, preset), preset) },
          {
            since: existing.at,
            until: iso(lossReportEnd(existing, preset), preset),
            source: rules.source,
          },
          lang,
        ),
  ]);
  if (refused) return refused;
  const report = { at: event.at, channel: event.channel! };
  const effects: LifecycleEffect[] = [
    notice('loss_reported', { until: iso(lossReportEnd(report, preset), preset) }, lang),
  ];
  if (rules.writtenReportWithin !== null && !rules.writtenReportChannels.includes(report.channel))
    effects.push({
      type: 'written_report_due',
      by: iso(plus(atMs, rules.writtenReportWithin, preset), preset),
      channels: rules.writtenReportChannels,
      source: rules.writtenReportSource ?? rules.source,
    });
  return { account: { ...account, lossReport: report }, effects };
};

const unreportLoss: Handler<UnreportLossEvent> = ({ account, event, preset, lang }) => {
  const rules = preset.lifecycle.lossReport;
  const refused = refuse([
    account.lossReport === null
      ? reason('no_loss_report', {}, { source: rules.source }, lang)
      : null,
    channelReason(event.channel, rules.unreportChannels, lang, { source: rules.source }),
    identityReason(event, preset, lang, rules.source),
  ]);
  if (refused) return refused;
  return {
    account: { ...account, lossReport: null },
    effects: [notice('loss_unreported', {}, lang)],
  };
};

const replaceCard: Handler<ReplaceCardEvent> = ({ account, event, preset, lang }) => {
  const rules = preset.lifecycle.lossReport;
  const refused = refuse([
    channelReason(event.channel, rules.replacementChannels, lang, { source: rules.source }),
    identityReason(event, preset, lang, rules.source),
  ]);
  if (refused) return refused;
  return {
    account: account.lossReport === null ? account : { ...account, lossReport: null },
    effects: [{ type: 'issue_replacement_card' }, notice('card_replaced', {}, lang)],
  };
};

const markDormant: Handler<MarkDormantEvent> = ({ account, preset, lang }) => {
  // Time has already passed to the event: an account whose inactivity period ran out is dormant
  // by now, and marking it again changes nothing.
  if (account.status === 'dormant') return { account, effects: [] };
  const period = preset.lifecycle.dormancy.inactivityPeriod;
  const from = iso(plus(inactivityBase(account)!, period, preset), preset);
  return {
    reasons: [
      reason(
        'inactivity_period_not_elapsed',
        { period: formatDuration(period, lang), dormantFrom: from },
        { dormantFrom: from, source: preset.lifecycle.dormancy.source },
        lang,
      ),
    ],
  };
};

/** The account after a successful identity re-verification at `at`. */
function reverified(account: AccountState, at: string): AccountState {
  const { identityReverificationRequired: _flag, ...rest } = account;
  return { ...rest, identityReverifiedAt: at };
}

const reactivate: Handler<ReactivateEvent> = ({ account, event, preset, lang }) => {
  const rules = preset.lifecycle.dormancy;
  const refused = refuse([
    channelReason(event.channel, rules.reactivationChannels, lang, { source: rules.source }),
    identityReason(event, preset, lang, rules.source),
  ]);
  if (refused) return refused;
  const { dormantSince: _since, ...rest } = reverified(account, event.at);
  return {
    account: { ...rest, status: 'normal', reactivatedAt: event.at },
    effects: [
      {
        type: 'monitoring_alert',
        code: 'dormant_account_activity',
        at: event.at,
        source: rules.source,
      },
      notice('account_reactivated', {}, lang),
    ],
  };
};

const verifyIdentity: Handler<VerifyIdentityEvent> = ({ account, event, preset, lang }) => {
  const rules = preset.lifecycle.newAccountInactivity;
  const refused = refuse([
    channelReason(event.channel, rules.reverificationChannels, lang, { source: rules.source }),
    identityReason(event, preset, lang, rules.source),
  ]);
  if (refused) return refused;
  return {
    account: reverified(account, event.at),
    effects:
      account.identityReverificationRequired === true
        ? [notice('identity_reverified', {}, lang)]
        : [],
  };
};

const sameReason = (a: StateReason, b: StateReason) =>
  a.code === b.code && a.freezeId === b.freezeId && a.restrictionId === b.restrictionId;

const recordActivity: Handler<RecordActivityEvent> = ({ account, event, preset, lang, atMs }) => {
  const currency = account.currency ?? preset.currency;
  const amount = parseMoney(event.amount, currency, { path: ['event', 'amount'] });
  const balance = parseMoney(account.balance, currency, { path: ['account', 'balance'] });
  const debit = balanceEffect(event.kind) === -1;
  const customerInitiated = preset.lifecycle.dormancy.activeKinds.includes(event.kind);
  const permissions = accountPermissions(account, new Date(atMs), preset, { lang });
  const reasons: StateReason[] = [];
  const take = (p: typeof permissions.debit, keep: (r: StateReason) => boolean = () => true) => {
    if (p.allowed) return;
    for (const r of p.reasons)
      if (keep(r) && !reasons.some((x) => sameReason(x, r))) reasons.push(r);
  };
  // Dormancy stops what the customer does; interest and fees are the bank's own postings.
  take(
    debit ? permissions.debit : permissions.credit,
    (r) => customerInitiated || r.code !== 'account_dormant',
  );
  // Non-counter suspensions stop the holder's own outgoing business through e-channels; money
  // arriving is governed by the credit permission alone. A debit that does not say where it is
  // made is not shown to be at a counter, so it is treated as non-counter (as in the limits).
  if (
    debit &&
    customerInitiated &&
    (event.channel === undefined || !isCounterChannel(event.channel, preset))
  )
    take(permissions.nonCounter);
  const after = debit ? subtractMoney(balance, amount) : addMoney(balance, amount);
  const refused: TransitionReason[] = [...reasons];
  if (debit) {
    const money = { balance: formatMoney(balance), amount: formatMoney(amount) };
    const source = preset.lifecycle.postings.source;
    if (isNegativeMoney(after))
      refused.push(reason('insufficient_balance', money, { ...money, source }, lang));
    const frozen = parseMoney(permissions.frozenAmount, currency);
    if (!isZeroMoney(frozen) && compareMoney(after, frozen) < 0) {
      const fields = { balanceAfter: formatMoney(after), frozenAmount: formatMoney(frozen) };
      refused.push(reason('frozen_amount', fields, { ...fields, source }, lang));
    }
  }
  if (refused.length > 0) return { reasons: refused };
  const last = account.lastActiveAt;
  const moved =
    customerInitiated &&
    (last === undefined || last === null || ms(last, ['account', 'lastActiveAt']) < atMs);
  return {
    account: {
      ...account,
      balance: formatMoney(after),
      ...(moved ? { lastActiveAt: event.at } : {}),
    },
    effects:
      account.status === 'dormant' && customerInitiated
        ? [
            {
              type: 'monitoring_alert',
              code: 'dormant_account_activity',
              at: event.at,
              source: preset.lifecycle.dormancy.source,
            },
          ]
        : [],
  };
};

const close: Handler<CloseEvent> = ({ account, event, preset, lang, atMs }) => {
  const rules = preset.lifecycle.closure;
  const currency = account.currency ?? preset.currency;
  const balance = parseMoney(account.balance, currency, { path: ['account', 'balance'] });
  const report = account.lossReport;
  const refused = refuse([
    channelReason(event.channel, rules.channels, lang, { source: rules.source }),
    rules.requireZeroBalance && !isZeroMoney(balance)
      ? reason(
          'balance_not_zero',
          { balance: formatMoney(balance) },
          { balance: formatMoney(balance), source: rules.source },
          lang,
        )
      : null,
    ...account.freezes.map((f) => frozenReason(f, preset, lang)),
    report === null
      ? null
      : reason(
          'loss_reported',
          { since: report.at },
          {
            since: report.at,
            until: iso(lossReportEnd(report, preset), preset),
            source: preset.lifecycle.lossReport.source,
          },
          lang,
        ),
    account.pendingBusiness.length > 0
      ? reason(
          'pending_business',
          { items: list(account.pendingBusiness, lang) },
          { items: account.pendingBusiness, source: rules.source },
          lang,
        )
      : null,
    account.linkedServices.length > 0
      ? reason(
          'linked_services',
          { items: list(account.linkedServices, lang) },
          { items: account.linkedServices, source: rules.source },
          lang,
        )
      : null,
  ]);
  if (refused) return refused;
  const until = formatLocalDate(
    localDateOf(new Date(plus(atMs, rules.recordRetention, preset)), preset.timeZone),
  );
  return {
    account: { ...account, status: 'closed', closedAt: event.at, retainRecordsUntil: until },
    effects: [
      { type: 'retain_records', until, source: rules.source },
      { type: 'void_account_number' },
      notice('account_closed', {}, lang),
    ],
  };
};

const changeInformation: Handler<ChangeInformationEvent> = ({ account, event, preset, lang }) => {
  const rules = preset.lifecycle.informationChange;
  const known = [...rules.keyFields, ...rules.nonKeyFields];
  const reasons: (TransitionReason | null)[] = [];
  for (const { field } of event.changes) {
    const key = rules.keyFields.includes(field);
    if (!key && !rules.nonKeyFields.includes(field)) {
      reasons.push(
        reason(
          'unknown_field',
          { field, allowed: list(known, lang) },
          { field, source: rules.source },
          lang,
        ),
      );
      continue;
    }
    reasons.push(
      channelReason(event.channel, key ? rules.keyFieldChannels : rules.nonKeyFieldChannels, lang, {
        field,
        source: rules.source,
      }),
    );
    if (key && event.proof === undefined)
      reasons.push(reason('proof_required', { field }, { field, source: rules.source }, lang));
    if (key && rules.segregationOfDuties && event.approvedBy === undefined)
      reasons.push(reason('approval_required', { field }, { field, source: rules.source }, lang));
  }
  if (
    rules.segregationOfDuties &&
    event.approvedBy !== undefined &&
    event.approvedBy === event.enteredBy
  )
    reasons.push(
      reason(
        'segregation_of_duties',
        { staff: event.enteredBy },
        { staff: event.enteredBy, source: rules.source },
        lang,
      ),
    );
  const refused = refuse(reasons);
  if (refused) return refused;
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
  effects.push(
    notice(
      'information_changed',
      { fields: list([...new Set(event.changes.map((c) => c.field))], lang) },
      lang,
    ),
  );
  return { account: { ...account, information }, effects };
};

/** The length of an account-selling restriction starting at `from`: the regime in force that day. */
function sellingTerm(from: string, preset: Preset) {
  const day = formatLocalDate(
    localDateOf(new Date(ms(from, ['event', 'restriction', 'from'])), preset.timeZone),
  );
  return (
    accountSellingPeriodOn(preset, day)?.duration ??
    preset.lifecycle.restrictions.accountSellingDuration
  );
}

const restrictPerson: Handler<RestrictPersonEvent> = ({ account, event, preset, lang, atMs }) => {
  const req = event.restriction;
  const existing = account.restrictions ?? [];
  const from = req.from ?? event.at;
  const until =
    req.until ??
    (req.reason === 'account_selling'
      ? iso(
          plus(ms(from, ['event', 'restriction', 'from']), sellingTerm(from, preset), preset),
          preset,
        )
      : undefined);
  if (until !== undefined && ms(until, ['event', 'restriction', 'until']) <= atMs)
    throw invalid(
      ['event', 'restriction', 'until'],
      'must be later than the event (the restriction would never apply)',
    );
  if (existing.some((r) => r.id === req.id))
    return {
      reasons: [
        reason(
          'restriction_id_exists',
          { restrictionId: req.id },
          { restrictionId: req.id, source: preset.lifecycle.restrictions.source },
          lang,
        ),
      ],
    };
  const placed: Restriction = {
    id: req.id,
    kind: req.kind,
    from,
    ...(until === undefined ? {} : { until }),
    ...(req.reason === undefined ? {} : { reason: req.reason }),
  };
  return {
    account: { ...account, restrictions: [...existing, placed] },
    effects: [
      notice(
        'restriction_placed',
        {
          restrictionKind: RESTRICTION_WORDS[req.kind][lang],
          until: until ?? WORDS.untilLifted[lang],
        },
        lang,
      ),
    ],
  };
};

const liftRestriction: Handler<LiftRestrictionEvent> = ({ account, event, preset, lang }) => {
  const existing = account.restrictions ?? [];
  const r = existing.find((x) => x.id === event.id);
  if (r === undefined)
    return {
      reasons: [
        reason(
          'restriction_not_found',
          { restrictionId: event.id },
          { restrictionId: event.id, source: preset.lifecycle.restrictions.source },
          lang,
        ),
      ],
    };
  return {
    account: { ...account, restrictions: existing.filter((x) => x !== r) },
    effects: [
      notice('restriction_lifted', { restrictionKind: RESTRICTION_WORDS[r.kind][lang] }, lang),
    ],
  };
};

/** Every event's handler; `advance` has nothing to do beyond letting time pass. */
export const HANDLERS: {
  readonly [E in LifecycleEventType]: Handler<Extract<LifecycleEvent, { type: E }>>;
} = {
  activate,
  freeze,
  renew_freeze: renewFreeze,
  unfreeze,
  report_loss: reportLoss,
  unreport_loss: unreportLoss,
  replace_card: replaceCard,
  mark_dormant: markDormant,
  reactivate,
  verify_identity: verifyIdentity,
  record_activity: recordActivity,
  close,
  change_information: changeInformation,
  restrict_person: restrictPerson,
  lift_restriction: liftRestriction,
  advance: ({ account }) => ({ account, effects: [] }),
};
