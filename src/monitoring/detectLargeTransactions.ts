import { parseMoney } from '../money/parseMoney';
import type { LargeTransactionAlert } from './types';
import { ruleFields, type MonitorContext, type RankedAlert } from './internal/context';
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
 * `tiering.reviewThreshold`). One alert per transaction; none for a class without a threshold.
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
  const out: RankedAlert[] = [];
  ctx.transactions.forEach((tx, order) => {
    if (!tx.amount.greaterThan(limit) || !matchesAny(rule.matchers, tx)) return;
    const at = ctx.instant(tx.atMs);
    const alert: LargeTransactionAlert = {
      code: 'large_transaction',
      ...ruleFields(ctx, rule, 'monitoring.largeTransaction', threshold.sourceKey),
      evidence: {
        at,
        amount: ctx.amountText(tx.amount),
        threshold: ctx.amountText(limit),
        class: cls.id,
        thresholdRule: threshold.rule,
        transaction: ctx.evidence(tx),
      },
      message: ctx.message('large_transaction', {
        kind: ctx.kindText(tx.kind),
        amount: ctx.display(tx.amount),
        at,
        threshold: ctx.display(limit),
        class: cls.title[ctx.lang],
      }),
    };
    out.push({ alert, atMs: tx.atMs, key: '', order });
  });
  return out;
}
