import type { FanRule } from '../presets/types/monitoring';
import type { FanAlert } from './types';
import {
  ruleFields,
  totalOf,
  type MonitorContext,
  type MonitoredTransaction,
  type RankedAlert,
} from './internal/context';
import { distinctIds, matchesAny } from './internal/matching';
import { bounded } from './internal/bounds';
import { slidingEpisodes } from './internal/slidingEpisodes';

/** A matching transaction with a counterparty id. */
interface Entry {
  readonly atMs: number;
  readonly tx: MonitoredTransaction;
  readonly counterpartyId: string;
  readonly order: number;
}

/**
 * `fan_in` or `fan_out`: many distinct counterparties sending money into the account, or
 * receiving money from it.
 *
 * Over the matching transactions that name a `counterpartyId`, the rolling window of the rule
 * ending at each one is looked at; from `minCounterparties` distinct ids on, an alert lists the
 * episode's transactions, and the next episode starts after it.
 *
 * @param ctx - the run's context
 * @param direction - `in` for `monitoring.fanIn`, `out` for `monitoring.fanOut`
 * @returns the alerts, in time order
 * @internal
 */
export function detectFanActivity(ctx: MonitorContext, direction: 'in' | 'out'): RankedAlert[] {
  const rule: FanRule = direction === 'in' ? ctx.rules.fanIn : ctx.rules.fanOut;
  const code = direction === 'in' ? 'fan_in' : 'fan_out';
  const entries: Entry[] = [];
  ctx.transactions.forEach((tx, order) => {
    if (tx.counterpartyId !== undefined && matchesAny(rule.matchers, tx))
      entries.push({ atMs: tx.atMs, tx, counterpartyId: tx.counterpartyId, order });
  });
  const inWindow = new Map<string, number>();
  const episodes = slidingEpisodes(entries, rule.window, ctx.timeZone, {
    add: (e) => void inWindow.set(e.counterpartyId, (inWindow.get(e.counterpartyId) ?? 0) + 1),
    remove: (e) => {
      const left = inWindow.get(e.counterpartyId)! - 1;
      if (left === 0) inWindow.delete(e.counterpartyId);
      else inWindow.set(e.counterpartyId, left);
    },
    reset: () => inWindow.clear(),
    triggered: () => inWindow.size >= rule.minCounterparties,
  });

  const fanAlert = (lo: number, hi: number): FanAlert => {
    const txs = entries.slice(lo, hi + 1).map((e) => e.tx);
    const ids = distinctIds(txs);
    const listedIds = bounded(ids, (id) => id);
    const listed = bounded(txs, ctx.evidence);
    const total = totalOf(txs);
    const from = ctx.instant(entries[lo]!.atMs);
    const at = ctx.instant(entries[hi]!.atMs);
    return {
      code,
      ...ruleFields(ctx, rule, direction === 'in' ? 'monitoring.fanIn' : 'monitoring.fanOut'),
      evidence: {
        at,
        from,
        window: rule.window,
        counterparties: ids.length,
        minCounterparties: rule.minCounterparties,
        counterpartyIds: listedIds.items,
        omittedCounterpartyIds: listedIds.omitted,
        count: txs.length,
        total: ctx.amountText(total),
        transactions: listed.items,
        omittedTransactions: listed.omitted,
      },
      message: ctx.message(code, {
        counterparties: ids.length,
        from,
        to: at,
        count: txs.length,
        total: ctx.display(total),
      }),
    };
  };
  return episodes.map(({ lo, hi }) => ({
    code,
    atMs: entries[hi]!.atMs,
    key: '',
    order: entries[hi]!.order,
    build: () => fanAlert(lo, hi),
  }));
}
