import { PolicyDecimal } from '../money/decimal';
import { parseMoney } from '../money/parseMoney';
import type { RapidInOutAlert } from './types';
import {
  ZERO,
  ruleFields,
  type MonitorContext,
  type MonitoredTransaction,
  type RankedAlert,
} from './internal/context';
import { distinctIds, matchesAny } from './internal/matching';
import { bounded } from './internal/bounds';
import { slidingEpisodes } from './internal/slidingEpisodes';

/** A transaction that moves money in or out, for the rapid in-and-out scan. */
interface Flow {
  readonly atMs: number;
  readonly tx: MonitoredTransaction;
  readonly direction: 'in' | 'out';
  readonly order: number;
}

/** The totals of the flows from the first inflow of a window to one of its outflows. */
interface Measurement {
  /** The index of the window's first inflow. */
  readonly first: number;
  readonly inflow: PolicyDecimal;
  readonly outflow: PolicyDecimal;
  /** inflow − outflow, never below zero. */
  readonly retained: PolicyDecimal;
}

/** The flows of the history: transactions matching the rule's outflow or inflow matchers. */
function flowsOf(ctx: MonitorContext): Flow[] {
  const rule = ctx.rules.rapidInOut;
  const flows: Flow[] = [];
  ctx.transactions.forEach((tx, order) => {
    if (matchesAny(rule.outflow, tx)) flows.push({ atMs: tx.atMs, tx, direction: 'out', order });
    else if (matchesAny(rule.inflow, tx)) flows.push({ atMs: tx.atMs, tx, direction: 'in', order });
  });
  return flows;
}

/**
 * Measures windows `[lo, hi]` of `flows` in constant time, from prefix sums of inflows and
 * outflows and the next inflow at or after each index; `null` when the window has no inflow.
 */
function flowMeasure(flows: readonly Flow[]): (lo: number, hi: number) => Measurement | null {
  const n = flows.length;
  const sumIn: PolicyDecimal[] = [ZERO];
  const sumOut: PolicyDecimal[] = [ZERO];
  flows.forEach((f, i) => {
    sumIn.push(f.direction === 'in' ? sumIn[i]!.plus(f.tx.amount) : sumIn[i]!);
    sumOut.push(f.direction === 'out' ? sumOut[i]!.plus(f.tx.amount) : sumOut[i]!);
  });
  const nextIn: number[] = new Array<number>(n + 1).fill(n);
  for (let i = n - 1; i >= 0; i--) nextIn[i] = flows[i]!.direction === 'in' ? i : nextIn[i + 1]!;
  return (lo, hi) => {
    const first = nextIn[lo]!;
    if (first > hi) return null;
    const inflow = sumIn[hi + 1]!.minus(sumIn[lo]!);
    const outflow = sumOut[hi + 1]!.minus(sumOut[first]!);
    const retained = PolicyDecimal.max(inflow.minus(outflow), ZERO);
    return { first, inflow, outflow, retained };
  };
}

/**
 * `rapid_in_out`: money in and out again within a short time, leaving little.
 *
 * At each outflow, the rolling window of `monitoring.rapidInOut.window` ending there is looked
 * at: the inflows in it (at least `minInflow` in total) and the outflows from its first inflow
 * on. When what stayed — inflow − outflow, never below zero — is at most `maxRetainedRatio` of
 * the inflow (reached at equality), an alert lists the episode's transactions; the next episode
 * starts after it.
 *
 * @param ctx - the run's context
 * @returns the alerts, in time order
 * @internal
 */
export function detectRapidInOut(ctx: MonitorContext): RankedAlert[] {
  const rule = ctx.rules.rapidInOut;
  const minInflow = parseMoney(rule.minInflow.amount, ctx.currency).amount;
  const maxRatio = new PolicyDecimal(rule.maxRetainedRatio);
  const flows = flowsOf(ctx);
  const measure = flowMeasure(flows);
  const noop = () => {};
  const episodes = slidingEpisodes(flows, rule.window, ctx.timeZone, {
    add: noop,
    remove: noop,
    reset: noop,
    triggered: (lo, hi) => {
      if (flows[hi]!.direction !== 'out') return false;
      const m = measure(lo, hi);
      return (
        m !== null &&
        m.inflow.greaterThanOrEqualTo(minInflow) &&
        m.inflow.greaterThan(0) &&
        m.retained.lessThanOrEqualTo(m.inflow.times(maxRatio))
      );
    },
  });
  return episodes.map(({ lo, hi }) => ({
    code: 'rapid_in_out',
    atMs: flows[hi]!.atMs,
    key: '',
    order: flows[hi]!.order,
    build: () => rapidAlert(ctx, flows, measure(lo, hi)!, hi, minInflow),
  }));
}

/** The alert of the episode ending at flow `hi`, measured as `m`. */
function rapidAlert(
  ctx: MonitorContext,
  flows: readonly Flow[],
  m: Measurement,
  hi: number,
  minInflow: PolicyDecimal,
): RapidInOutAlert {
  const rule = ctx.rules.rapidInOut;
  const involved = flows.slice(m.first, hi + 1);
  const inflows = involved.filter((f) => f.direction === 'in');
  const outflows = involved.filter((f) => f.direction === 'out');
  const ratio = m.retained.dividedBy(m.inflow);
  const ids = bounded(distinctIds(involved.map((f) => f.tx)), (id) => id);
  const listed = bounded(involved, (f) => ctx.evidence(f.tx));
  const from = ctx.instant(flows[m.first]!.atMs);
  const at = ctx.instant(flows[hi]!.atMs);
  return {
    code: 'rapid_in_out',
    ...ruleFields(ctx, rule, 'monitoring.rapidInOut'),
    evidence: {
      at,
      from,
      window: rule.window,
      inflow: ctx.amountText(m.inflow),
      outflow: ctx.amountText(m.outflow),
      retained: ctx.amountText(m.retained),
      retainedRatio: ratio.toFixed(4),
      maxRetainedRatio: rule.maxRetainedRatio,
      minInflow: ctx.amountText(minInflow),
      inflowCount: inflows.length,
      outflowCount: outflows.length,
      counterpartyIds: ids.items,
      omittedCounterpartyIds: ids.omitted,
      transactions: listed.items,
      omittedTransactions: listed.omitted,
    },
    message: ctx.message('rapid_in_out', {
      from,
      to: at,
      inflow: ctx.display(m.inflow),
      outflow: ctx.display(m.outflow),
      retained: ctx.display(m.retained),
      retainedPercent: ratio.times(100).toFixed(2),
      inflowCount: inflows.length,
      outflowCount: outflows.length,
    }),
  };
}
