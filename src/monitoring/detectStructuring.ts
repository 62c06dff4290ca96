import { countingDirection } from '../classes/countingDirection';
import { isCounterChannel } from '../lifecycle/isCounterChannel';
import { MONITORING_WORDS } from '../messages/catalog/monitoring';
import type { Lang } from '../messages/lang';
import { renderMessage } from '../messages/renderMessage';
import { PolicyDecimal } from '../money/decimal';
import { parseMoney } from '../money/parseMoney';
import type { AccountClassRules, LimitRule } from '../presets/types/classes';
import { formatDuration } from '../time';
import type { StructuringAlert, StructuringThreshold } from './types';
import {
  ruleFields,
  totalOf,
  type MonitorContext,
  type MonitoredTransaction,
  type RankedAlert,
} from './internal/context';
import { matchesAny } from './internal/matching';
import { bounded } from './internal/bounds';
import { slidingEpisodes } from './internal/slidingEpisodes';

/** A threshold structuring watches, resolved for the account's class. */
interface Target {
  readonly threshold: StructuringThreshold;
  readonly limit: PolicyDecimal;
  /** How the message names it, in the run's language. */
  readonly name: string;
  readonly matches: (tx: MonitoredTransaction) => boolean;
}

type AmountLimit = Extract<LimitRule, { type: 'window_amount' | 'per_transaction' }>;

function limitName(cls: AccountClassRules, limit: AmountLimit, lang: Lang): string {
  const direction = MONITORING_WORDS[`direction_${limit.direction}`][lang];
  const cls_ = cls.title[lang];
  if (limit.type === 'per_transaction')
    return renderMessage(MONITORING_WORDS.limit_per_transaction, { direction, class: cls_ }, lang);
  const period =
    limit.window.kind === 'rolling'
      ? renderMessage(
          MONITORING_WORDS.period_rolling,
          { duration: formatDuration(limit.window.duration, lang) },
          lang,
        )
      : MONITORING_WORDS[`period_${limit.window.unit}`][lang];
  return renderMessage(
    MONITORING_WORDS.limit_window_amount,
    { period, direction, class: cls_ },
    lang,
  );
}

/** Every threshold the rule watches for the account's class, in the rule's order. */
function targetsOf(ctx: MonitorContext): Target[] {
  const { preset, lang } = ctx;
  const cls = ctx.account.classRules;
  const money = (amount: string) => parseMoney(amount, ctx.currency).amount;
  const nonCounter = (tx: MonitoredTransaction) =>
    tx.channel === undefined || !isCounterChannel(tx.channel, preset);
  const targets: Target[] = [];
  ctx.rules.structuring.watch.forEach((watch, i) => {
    if (watch.kind === 'class_limits') {
      for (const limit of cls.limits) {
        if (limit.type !== 'window_amount' && limit.type !== 'per_transaction') continue;
        if (!watch.limitTypes.includes(limit.type)) continue;
        const rule = `classes.${cls.id}.limits.${limit.id}`;
        if (targets.some((t) => t.threshold.rule === rule)) continue;
        targets.push({
          threshold: {
            kind: 'class_limit',
            id: limit.id,
            amount: ctx.amountText(money(limit.limit.amount)),
            limitType: limit.type,
            direction: limit.direction,
            rule,
            source: ctx.sourceRef(limit.source),
            sourceKey: limit.source,
          },
          limit: money(limit.limit.amount),
          name: limitName(cls, limit, lang),
          matches: (tx) =>
            !tx.reversal && countingDirection(cls, tx.kind, tx.counterparty) === limit.direction,
        });
      }
    } else if (watch.kind === 'non_counter_transfer') {
      const rules = preset.kyc.nonCounterTransfers;
      const sourceKey =
        watch.threshold === 'certificateRequiredAbove'
          ? rules.source
          : rules.largeTransferReminderSource;
      targets.push({
        threshold: {
          kind: 'non_counter_transfer',
          id: watch.threshold,
          amount: ctx.amountText(money(rules[watch.threshold].amount)),
          threshold: watch.threshold,
          rule: `kyc.nonCounterTransfers.${watch.threshold}`,
          source: ctx.sourceRef(sourceKey),
          sourceKey,
        },
        limit: money(rules[watch.threshold].amount),
        name: MONITORING_WORDS[`threshold_${watch.threshold}`][lang],
        matches: (tx) => nonCounter(tx) && matchesAny(watch.matchers, tx),
      });
    } else {
      targets.push({
        threshold: {
          kind: 'amount',
          id: watch.id,
          amount: ctx.amountText(money(watch.amount.amount)),
          rule: `monitoring.structuring.watch.${i}`,
          source: ctx.sourceRef(watch.source),
          sourceKey: watch.source,
        },
        limit: money(watch.amount.amount),
        name: watch.title[lang],
        matches: (tx) => matchesAny(watch.matchers, tx),
      });
    }
  });
  return targets.filter((t) => t.limit.greaterThan(0));
}

/**
 * `structuring_near_limit`: several amounts just under a limit or a reporting threshold.
 *
 * For each threshold watched (the class's amount limits, `kyc.nonCounterTransfers` thresholds,
 * amounts of the rule's own), the transactions it applies to whose single amount lies from
 * `threshold × (1 − margin)` (rounded up to the currency's scale) up to the threshold, both
 * included, are counted in the rolling window; from `minOccurrences` on, an alert lists them and
 * the next episode starts after it. The alert describes what was seen: it never suggests amounts.
 *
 * @param ctx - the run's context
 * @returns the alerts, in time order
 * @internal
 */
export function detectStructuring(ctx: MonitorContext): RankedAlert[] {
  const rule = ctx.rules.structuring;
  const keep = new PolicyDecimal(1).minus(rule.margin);
  const out: RankedAlert[] = [];
  for (const target of targetsOf(ctx)) {
    const lower = target.limit.times(keep).toDecimalPlaces(ctx.scale, PolicyDecimal.ROUND_UP);
    const entries: { atMs: number; tx: MonitoredTransaction; order: number }[] = [];
    ctx.transactions.forEach((tx, order) => {
      if (
        tx.amount.greaterThanOrEqualTo(lower) &&
        tx.amount.lessThanOrEqualTo(target.limit) &&
        target.matches(tx)
      )
        entries.push({ atMs: tx.atMs, tx, order });
    });
    let count = 0;
    const episodes = slidingEpisodes(entries, rule.window, ctx.timeZone, {
      add: () => void count++,
      remove: () => void count--,
      reset: () => void (count = 0),
      triggered: () => count >= rule.minOccurrences,
    });
    const structuringAlert = (lo: number, hi: number): StructuringAlert => {
      const txs = entries.slice(lo, hi + 1).map((e) => e.tx);
      const listed = bounded(txs, ctx.evidence);
      const total = totalOf(txs);
      const from = ctx.instant(entries[lo]!.atMs);
      const at = ctx.instant(entries[hi]!.atMs);
      return {
        code: 'structuring_near_limit',
        ...ruleFields(ctx, rule, 'monitoring.structuring'),
        evidence: {
          at,
          from,
          window: rule.window,
          threshold: target.threshold,
          lower: ctx.amountText(lower),
          margin: rule.margin,
          count: txs.length,
          minOccurrences: rule.minOccurrences,
          total: ctx.amountText(total),
          transactions: listed.items,
          omittedTransactions: listed.omitted,
        },
        message: ctx.message('structuring_near_limit', {
          count: txs.length,
          lower: ctx.display(lower),
          threshold: ctx.display(target.limit),
          thresholdName: target.name,
          from,
          to: at,
        }),
      };
    };
    for (const { lo, hi } of episodes) {
      out.push({
        code: 'structuring_near_limit',
        build: () => structuringAlert(lo, hi),
        atMs: entries[hi]!.atMs,
        key: target.threshold.rule,
        order: entries[hi]!.order,
      });
    }
  }
  return out;
}
