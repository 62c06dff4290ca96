import { MONITORING_WORDS } from '../messages/catalog/monitoring';
import { renderMessage } from '../messages/renderMessage';
import { addDuration, formatDuration } from '../time';
import type { DormantActivityAlert } from './types';
import type { PolicyDuration } from '../time/types';
import { ruleFields, type MonitorContext, type RankedAlert } from './internal/context';

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;

/**
 * A lower bound (ms) of how long `duration` can last in any zone: calendar days of at least 28
 * per month and 365 per year, less 2 days for zone transitions (a skipped day, DST). Saves a
 * zone look-up for the many transactions that follow activity closely.
 */
function shortestMs(d: PolicyDuration): number {
  const days = (d.years ?? 0) * 365 + (d.months ?? 0) * 28 + (d.weeks ?? 0) * 7 + (d.days ?? 0);
  return Math.max(0, (days - 2) * DAY_MS) + ((d.hours ?? 0) * 60 + (d.minutes ?? 0)) * MINUTE_MS;
}

/**
 * `dormant_account_activity`: a transaction on a dormant account. Dormancy follows
 * `lifecycle.dormancy`: only its active kinds count as activity (interest and fees do not), and
 * an account with no activity for its inactivity period is dormant from the end of that period
 * (reached at equality, as the lifecycle module decides).
 *
 * - `inactivity`: an active transaction whose previous activity — an earlier active transaction,
 *   the account's `lastActiveAt`, or `openedAt` when `lastActiveAt` is `null` (never active) —
 *   lies at least the period before it. With `lastActiveAt` absent only gaps inside the history
 *   count: the history is a recent excerpt, and the time before it is not inactivity.
 * - `status`: the account's status is `dormant`, since `dormantSince` (or, without it, the end of
 *   the period after `lastActiveAt` / `openedAt`); every active transaction from then on.
 *
 * One alert per transaction.
 *
 * @param ctx - the run's context
 * @returns the alerts, in time order
 * @internal
 */
export function detectDormantActivity(ctx: MonitorContext): RankedAlert[] {
  const rule = ctx.rules.dormantAccountActivity;
  const { activeKinds, inactivityPeriod } = ctx.preset.lifecycle.dormancy;
  const { account, timeZone } = ctx;
  const dormantAfter = (ms: number) =>
    addDuration(new Date(ms), inactivityPeriod, timeZone).getTime();
  // The activity known from outside the history: `lastActiveAt`, or `openedAt` only when
  // `lastActiveAt` is `null` (never active). With `lastActiveAt` absent the history is an
  // excerpt: the time before its first transaction is unknown, not inactivity.
  const baseline = account.lastActiveAtMs ?? (account.neverActive ? account.openedAtMs : undefined);
  const baselines = baseline === undefined ? [] : [baseline];
  const active = ctx.transactions
    .map((tx, order) => ({ tx, order }))
    .filter(({ tx }) => !tx.reversal && activeKinds.includes(tx.kind));
  /** The latest activity strictly before `ms`: an active transaction or a baseline instant. */
  const activityBefore = (ms: number): number | null => {
    let latest: number | null = null;
    for (const b of baselines) if (b < ms && (latest === null || b > latest)) latest = b;
    // `active` is sorted by instant: the last one before `ms` is found by binary search.
    let lo = 0;
    let hi = active.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (active[mid]!.tx.atMs < ms) lo = mid + 1;
      else hi = mid;
    }
    const tx = active[lo - 1]?.tx;
    if (tx !== undefined && (latest === null || tx.atMs > latest)) latest = tx.atMs;
    return latest;
  };

  let statusSince: number | null = null;
  if (account.status === 'dormant') {
    if (account.dormantSinceMs !== undefined) statusSince = account.dormantSinceMs;
    else if (baselines.length > 0) statusSince = dormantAfter(Math.max(...baselines));
  }
  const period = formatDuration(inactivityPeriod, ctx.lang);
  const shortest = shortestMs(inactivityPeriod);
  const out: RankedAlert[] = [];
  for (const { tx, order } of active) {
    let basis: 'inactivity' | 'status';
    let since: number;
    let last: number | null;
    if (statusSince !== null && tx.atMs >= statusSince) {
      basis = 'status';
      since = statusSince;
      last = activityBefore(statusSince);
    } else {
      last = activityBefore(tx.atMs);
      if (last === null || tx.atMs - last < shortest) continue;
      since = dormantAfter(last);
      if (tx.atMs < since) continue;
      basis = 'inactivity';
    }
    const at = ctx.instant(tx.atMs);
    const dormantSince = ctx.instant(since);
    const lastActivity = last === null ? null : ctx.instant(last);
    const why =
      basis === 'status'
        ? renderMessage(MONITORING_WORDS.why_status, { dormantSince }, ctx.lang)
        : renderMessage(
            MONITORING_WORDS.why_inactivity,
            { lastActivity: lastActivity!, period, dormantSince },
            ctx.lang,
          );
    const alert: DormantActivityAlert = {
      code: 'dormant_account_activity',
      ...ruleFields(ctx, rule, 'monitoring.dormantAccountActivity'),
      evidence: {
        at,
        basis,
        dormantSince,
        lastActivity,
        inactivityPeriod,
        transaction: ctx.evidence(tx),
      },
      message: ctx.message('dormant_account_activity', {
        kind: ctx.kindText(tx.kind),
        amount: ctx.display(tx.amount),
        at,
        why,
      }),
    };
    out.push({ alert, atMs: tx.atMs, key: '', order });
  }
  return out;
}
