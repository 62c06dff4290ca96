import { parseMoney } from '../money/parseMoney';
import type { LargeTransactionAlert } from './types';
import { MONITORING_WORDS } from '../messages/catalog/monitoring';
import { renderMessage } from '../messages/renderMessage';
import { bounded } from './internal/bounds';
import {
  ruleFields,
  totalOf,
  type MonitorContext,
  type MonitoredTransaction,
  type RankedAlert,
} from './internal/context';
import { matchesAny } from './internal/matching';

/**
 * The review threshold of the account's class: the amount, the path of the rule that gives it
 * and its source key; `null` when the class has none.
 *
 * @internal
 */
export function largeTransactionThreshold(
  ctx: MonitorContext,
): { amount: string; rule: string; sourceKey: string } | null {
  const classId = ctx.account.classRules.id;
  const index = ctx.rules.largeTransaction.thresholds.findIndex((t) => t.class === classId);
  const entry = ctx.rules.largeTransaction.thresholds[index];
  if (entry === undefined || entry.above === null) return null;
  if (entry.above === 'tiering.reviewThreshold') {
    // Validated with the preset: a tiering rule exists whenever it is referred to.
    return {
      amount: ctx.preset.tiering!.reviewThreshold.amount,
      rule: 'tiering.reviewThreshold',
      sourceKey: entry.source,
    };
  }
  return {
    amount: entry.above.amount,
    rule: `monitoring.largeTransaction.thresholds.${index}`,
    sourceKey: entry.source,
  };
}

/**
 * `large_transaction`: a single amount strictly above the review threshold of the account's
 * class or tier (`monitoring.largeTransaction.thresholds`, which may read
 * `tiering.reviewThreshold`). One alert per instant: the transactions above the threshold at one
 * instant are one alert (evidence: the first of them, their count and total); none for a class
 * without a threshold.
 *
 * @param ctx - the run's context
 * @returns the alerts, in time order
 * @internal
 */
export function detectLargeTransactions(ctx: MonitorContext): RankedAlert[] {
  const rule = ctx.rules.largeTransaction;
  const threshold = largeTransactionThreshold(ctx);
  if (threshold === null) return [];
  const limit = parseMoney(threshold.amount, ctx.currency).amount;
  const cls = ctx.account.classRules;
  const groups: { txs: MonitoredTransaction[]; order: number }[] = [];
  ctx.transactions.forEach((tx, order) => {
    if (!tx.amount.greaterThan(limit) || !matchesAny(rule.matchers, tx)) return;
    const last = groups[groups.length - 1];
    if (last !== undefined && last.txs[0]!.atMs === tx.atMs) last.txs.push(tx);
    else groups.push({ txs: [tx], order });
  });
  const build = (txs: readonly MonitoredTransaction[]): LargeTransactionAlert => {
    const first = txs[0]!;
    const at = ctx.instant(first.atMs);
    const total = totalOf(txs);
    const listed = bounded(txs, ctx.evidence);
    const params = { count: txs.length, total: ctx.display(total) };
    return {
      code: 'large_transaction',
      ...ruleFields(ctx, rule, 'monitoring.largeTransaction', threshold.sourceKey),
      evidence: {
        at,
        amount: ctx.amountText(first.amount),
        threshold: ctx.amountText(limit),
        class: cls.id,
        thresholdRule: threshold.rule,
        transaction: ctx.evidence(first),
        count: txs.length,
        total: ctx.amountText(total),
        transactions: listed.items,
        omittedTransactions: listed.omitted,
      },
      message:
        ctx.message('large_transaction', {
          kind: ctx.kindText(first.kind),
          amount: ctx.display(first.amount),
          at,
          threshold: ctx.display(limit),
          class: cls.title[ctx.lang],
        }) +
        (txs.length > 1
          ? renderMessage(MONITORING_WORDS.large_same_instant, params, ctx.lang)
          : ''),
    };
  };
  return groups.map(({ txs, order }) => ({
    code: 'large_transaction',
    build: () => build(txs),
    atMs: txs[0]!.atMs,
    key: '',
    order,
  }));
}
