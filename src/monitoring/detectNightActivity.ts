import type { NightActivityAlert } from './types';
import {
  ruleFields,
  totalOf,
  type MonitorContext,
  type MonitoredTransaction,
  type RankedAlert,
} from './internal/context';
import { dateBefore, parseWallTime, wallClock, type WallClock } from './internal/localClock';
import { matchesAny } from './internal/matching';
import { bounded } from './internal/bounds';

/**
 * Whether a minute of the local day lies in the night `[from, to)`; a night whose `from` comes
 * after its `to` spans midnight.
 *
 * @internal
 */
export function inNight(minuteOfDay: number, from: number, to: number): boolean {
  return from <= to
    ? minuteOfDay >= from && minuteOfDay < to
    : minuteOfDay >= from || minuteOfDay < to;
}

/**
 * `night_activity`: at least `minTransactions` matching transactions in one night — the local
 * wall-clock hours `[from, to)` in the preset's zone, so DST and the zone's offset are followed.
 * A night is named by the local date it starts on; one alert per such night.
 *
 * @param ctx - the run's context
 * @returns the alerts, in time order
 * @internal
 */
export function detectNightActivity(ctx: MonitorContext): RankedAlert[] {
  const rule = ctx.rules.nightActivity;
  const from = parseWallTime(rule.from)!;
  const to = parseWallTime(rule.to)!;
  const nights = new Map<string, { tx: MonitoredTransaction; order: number }[]>();
  const clocks = new Map<number, WallClock>();
  ctx.transactions.forEach((tx, order) => {
    if (!matchesAny(rule.matchers, tx)) return;
    let clock = clocks.get(tx.atMs);
    if (clock === undefined) {
      clock = wallClock(tx.atMs, ctx.timeZone);
      clocks.set(tx.atMs, clock);
    }
    if (!inNight(clock.minuteOfDay, from, to)) return;
    const night = dateBefore(clock, from);
    const list = nights.get(night);
    if (list) list.push({ tx, order });
    else nights.set(night, [{ tx, order }]);
  });
  const out: RankedAlert[] = [];
  for (const [night, entries] of nights) {
    if (entries.length < rule.minTransactions) continue;
    const last = entries[entries.length - 1]!;
    const build = (): NightActivityAlert => {
      const txs = entries.map((e) => e.tx);
      const total = totalOf(txs);
      const listed = bounded(txs, ctx.evidence);
      return {
        code: 'night_activity',
        ...ruleFields(ctx, rule, 'monitoring.nightActivity'),
        evidence: {
          at: ctx.instant(last.tx.atMs),
          from: ctx.instant(entries[0]!.tx.atMs),
          night,
          hours: { from: rule.from, to: rule.to },
          timeZone: ctx.timeZone,
          count: txs.length,
          minTransactions: rule.minTransactions,
          total: ctx.amountText(total),
          transactions: listed.items,
          omittedTransactions: listed.omitted,
        },
        message: ctx.message('night_activity', {
          count: txs.length,
          nightFrom: rule.from,
          nightTo: rule.to,
          night,
          total: ctx.display(total),
        }),
      };
    };
    out.push({
      code: 'night_activity',
      build,
      atMs: last.tx.atMs,
      key: night,
      order: last.order,
    });
  }
  return out;
}
