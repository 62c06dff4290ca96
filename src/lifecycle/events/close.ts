import { formatMoney, isZeroMoney, parseMoney, type Money } from '../../money';
import { formatLocalDate, localDateOf } from '../../time';
import type { CloseEvent } from '../events';
import { notice } from '../internal/notice';
import { iso, lossReportEnd, plus } from '../internal/timing';
import { list } from '../internal/words';
import { channelAllowed } from './guards/channelAllowed';
import {
  failed,
  notApplicable,
  passUnless,
  passed,
  refusal,
  type EventContext,
  type EventUnit,
  type GuardResult,
} from './unit';

/** The `close` event, read once: the balance. */
export interface CloseContext extends EventContext<CloseEvent> {
  readonly balance: Money;
}

/** Guard: the balance is exactly zero, where the preset requires it (`balance_not_zero`). */
function zeroBalance({ balance, preset, lang }: CloseContext): GuardResult {
  const rules = preset.lifecycle.closure;
  const rule = 'lifecycle.closure.requireZeroBalance';
  const values = { balance: formatMoney(balance) };
  if (!rules.requireZeroBalance)
    return notApplicable(rule, rules.source, 'trace_zero_balance_not_required', values);
  const found = isZeroMoney(balance)
    ? null
    : refusal('balance_not_zero', values, { ...values, source: rules.source }, lang);
  return passUnless(found, rule, rules.source, 'trace_balance_zero', values);
}

/** Guard: no freeze stands on the account (`account_frozen`, one per freeze). */
function noFreezes({ account, preset, lang }: CloseContext): GuardResult {
  const rule = 'lifecycle.closure.noFreezes';
  const source = preset.lifecycle.closure.source;
  if (account.freezes.length === 0) return passed(rule, source, 'trace_no_freezes');
  const refusals = account.freezes.map((f) => {
    const kindRule = preset.lifecycle.freezes[f.kind];
    return refusal(
      'account_frozen',
      { freezeId: f.id, freezeKind: kindRule.title[lang] },
      {
        freezeId: f.id,
        freezeKind: f.kind,
        scope: f.scope,
        since: f.from,
        ...(f.until === undefined ? {} : { until: f.until }),
        source: kindRule.source,
      },
      lang,
    );
  });
  return failed(rule, source, refusals);
}

/** Guard: no loss report is in force (`loss_reported`). */
function noLossReport({ account, preset, lang }: CloseContext): GuardResult {
  const report = account.lossReport;
  const source = preset.lifecycle.lossReport.source;
  const found =
    report === null
      ? null
      : refusal(
          'loss_reported',
          { since: report.at },
          { since: report.at, until: iso(lossReportEnd(report, preset), preset), source },
          lang,
        );
  return passUnless(found, 'lifecycle.closure.noLossReport', source, 'trace_no_loss_report');
}

/** Guard: a list of blockers (unfinished business, linked services) is empty. */
function emptyList(
  code: 'pending_business' | 'linked_services',
  items: readonly string[],
  c: CloseContext,
): GuardResult {
  const source = c.preset.lifecycle.closure.source;
  const rule = `lifecycle.closure.${code === 'pending_business' ? 'noPendingBusiness' : 'noLinkedServices'}`;
  const found =
    items.length === 0
      ? null
      : refusal(code, { items: list(items, c.lang) }, { items, source }, c.lang);
  return passUnless(found, rule, source, `trace_no_${code}`);
}

function effect({ account, event, preset, lang, atMs }: CloseContext) {
  const rules = preset.lifecycle.closure;
  const end = plus(atMs, rules.recordRetention, preset);
  const until = formatLocalDate(localDateOf(new Date(end), preset.timeZone));
  return {
    account: {
      ...account,
      status: 'closed' as const,
      closedAt: event.at,
      retainRecordsUntil: until,
    },
    effects: [
      { type: 'retain_records' as const, until, source: rules.source },
      { type: 'void_account_number' as const },
      notice('account_closed', {}, lang),
    ],
  };
}

/**
 * `close`: closes the account (final). Guards: a closure channel, a zero balance, no freeze, no
 * loss report, no unfinished business, no linked services — every failing one listed.
 *
 * @example
 * ```ts
 * runUnit(CLOSE, ctx).results.length; // 6
 * ```
 */
export const CLOSE: EventUnit<CloseEvent, CloseContext> = {
  prepare: (ctx) => {
    const currency = ctx.account.currency ?? ctx.preset.currency;
    const path = { path: ['account', 'balance'] };
    return { ...ctx, balance: parseMoney(ctx.account.balance, currency, path) };
  },
  guards: [
    ({ event, preset, lang }) =>
      channelAllowed({
        rule: 'lifecycle.closure.channels',
        source: preset.lifecycle.closure.source,
        channel: event.channel,
        allowed: preset.lifecycle.closure.channels,
        lang,
      }),
    zeroBalance,
    noFreezes,
    noLossReport,
    (c) => emptyList('pending_business', c.account.pendingBusiness, c),
    (c) => emptyList('linked_services', c.account.linkedServices, c),
  ],
  effect,
};
