import { MONITORING_WORDS } from '../messages/catalog/monitoring';
import { renderMessage } from '../messages/renderMessage';
import type { TransactionKind } from '../presets/types/common';
import { addDuration, formatDuration } from '../time';
import type { PolicyDuration } from '../time/types';
import { bounded } from './internal/bounds';
import {
  ruleFields,
  totalOf,
  type MonitorContext,
  type MonitoredTransaction,
  type RankedAlert,
} from './internal/context';
import type { DormantActivityAlert } from './types';

/** One dormancy episode that raised an alert. */
interface Episode {
  readonly basis: 'inactivity' | 'status';
  /** When the account became dormant; `null` when its status says so but no date is known. */
  readonly sinceMs: number | null;
  /** The activity before dormancy, if known. */
  readonly lastMs: number | null;
  /** The transactions that raise the alert, in canonical order (at least one). */
  readonly alerting: readonly MonitoredTransaction[];
  /** Bank postings on the dormant account that raised no alert. */
  readonly ignored: readonly MonitoredTransaction[];
  /** The place of the first alerting transaction in the canonical order. */
  readonly order: number;
}

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

/** The first index of a sorted list whose instant is at or after `ms`. */
function firstAtOrAfter(list: readonly { atMs: number }[], ms: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]!.atMs < ms) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * `dormant_account_activity`: activity on a dormant account. Dormancy follows
 * `lifecycle.dormancy`: only its active kinds — transactions the customer initiates — count as
 * activity, and an account with no activity for its inactivity period is dormant from the end of
 * that period (reached at equality, as the lifecycle module decides). Bank postings (interest,
 * fees: the other kinds) never end dormancy; whether they raise the alert is the rule's
 * `bankPostings.onDormantAccount` (`ignore` in the shipped presets: they are counted in the
 * alert's `ignoredPostings`).
 *
 * - `inactivity`: an active transaction whose previous activity — an earlier active transaction,
 *   the account's `lastActiveAt`, or `openedAt` when `lastActiveAt` is `null` (never active) —
 *   lies at least the period before it. With `lastActiveAt` absent only gaps inside the history
 *   count: the history is a recent excerpt, and the time before it is not inactivity.
 * - `status`: the account's status is `dormant`, since `dormantSince` (or, without it, the end of
 *   the period after `lastActiveAt` / `openedAt`); every active transaction from then on. With no
 *   date at all, an active transaction less than the period before `now` is still on the dormant
 *   account (dormancy needs the whole period without one), and `dormantSince` is `null`.
 *
 * One alert per episode: the transactions of one dormancy (for `inactivity`, those at the
 * instant that ended it) are one alert, with their count, total and first and last instants.
 *
 * @param ctx - the run's context
 * @returns the alerts, in time order
 * @internal
 */
export function detectDormantActivity(ctx: MonitorContext): RankedAlert[] {
  const scan = dormancyScan(ctx);
  const status = statusEpisodeStart(ctx, scan);
  const until = status?.fromMs ?? Infinity;
  const episodes: Episode[] = [];
  const push = (e: Omit<Episode, 'order'>) => {
    if (e.alerting.length > 0) episodes.push({ ...e, order: scan.orderOf.get(e.alerting[0]!)! });
  };
  const lastMs = inactivityEpisodes(scan, until, push);
  // Postings after the last activity, once the account is dormant again (only with `alert`).
  if (scan.alertPostings && lastMs !== null) {
    const since = scan.dormantAfter(lastMs);
    if (since < until)
      push({
        basis: 'inactivity',
        sinceMs: since,
        lastMs,
        alerting: scan.between(scan.postings, since, until),
        ignored: [],
      });
  }
  if (status) push(statusEpisode(scan, status));
  const { inactivityPeriod } = ctx.preset.lifecycle.dormancy;
  const period = formatDuration(inactivityPeriod, ctx.lang);
  return episodes.map((e) => ({
    code: 'dormant_account_activity',
    atMs: e.alerting[0]!.atMs,
    key: '',
    order: e.order,
    build: () => dormantAlert(ctx, e, period, inactivityPeriod),
  }));
}

/** The history sorted into activity and bank postings, and the questions the episodes ask. */
interface DormancyScan {
  /** Whether bank postings on a dormant account raise the alert. */
  readonly alertPostings: boolean;
  /** The place of each transaction (not a reversal) in the canonical order. */
  readonly orderOf: ReadonlyMap<MonitoredTransaction, number>;
  /** The active transactions, in canonical (time) order. */
  readonly active: readonly MonitoredTransaction[];
  /** The bank postings, in canonical (time) order. */
  readonly postings: readonly MonitoredTransaction[];
  /** The activity known from outside the history, if any. */
  readonly baseline: number | undefined;
  /** `lifecycle.dormancy.inactivityPeriod`. */
  readonly inactivityPeriod: PolicyDuration;
  /** When an account last active at `ms` becomes dormant. */
  dormantAfter(ms: number): number;
  /** The latest activity strictly before `ms`: an active transaction or the baseline. */
  activityBefore(ms: number): number | null;
  /** Transactions of a sorted list in `[fromMs, toMs)`. */
  between(
    list: readonly MonitoredTransaction[],
    fromMs: number,
    toMs: number,
  ): MonitoredTransaction[];
}

function dormancyScan(ctx: MonitorContext): DormancyScan {
  const { activeKinds, inactivityPeriod } = ctx.preset.lifecycle.dormancy;
  const { account, timeZone } = ctx;
  // The activity known from outside the history: `lastActiveAt`, or `openedAt` only when
  // `lastActiveAt` is `null` (never active). With `lastActiveAt` absent the history is an
  // excerpt: the time before its first transaction is unknown, not inactivity.
  const baseline = account.lastActiveAtMs ?? (account.neverActive ? account.openedAtMs : undefined);
  const orderOf = new Map<MonitoredTransaction, number>();
  const active: MonitoredTransaction[] = [];
  const postings: MonitoredTransaction[] = [];
  ctx.transactions.forEach((tx, order) => {
    if (tx.reversal) return;
    orderOf.set(tx, order);
    (activeKinds.includes(tx.kind) ? active : postings).push(tx);
  });
  return {
    alertPostings: ctx.rules.dormantAccountActivity.bankPostings.onDormantAccount === 'alert',
    orderOf,
    active,
    postings,
    baseline,
    inactivityPeriod,
    dormantAfter: (ms) => addDuration(new Date(ms), inactivityPeriod, timeZone).getTime(),
    activityBefore: (ms) => {
      const tx = active[firstAtOrAfter(active, ms) - 1];
      const candidates = [tx?.atMs, baseline].filter((v): v is number => v !== undefined && v < ms);
      return candidates.length ? Math.max(...candidates) : null;
    },
    between: (list, fromMs, toMs) =>
      list.slice(firstAtOrAfter(list, fromMs), firstAtOrAfter(list, toMs)),
  };
}

/** Where the status episode starts, and the dormancy date it reports (`null`: none known). */
interface StatusStart {
  readonly fromMs: number;
  readonly sinceMs: number | null;
}

/**
 * The status episode of a `dormant` account: from `dormantSince` (or a date derived from the
 * baseline) on; with no date, from the first active transaction less than the period before
 * `now`. `null` when the account is not dormant or no transaction is on the dormant account.
 */
function statusEpisodeStart(ctx: MonitorContext, scan: DormancyScan): StatusStart | null {
  const { account } = ctx;
  if (account.status !== 'dormant') return null;
  let since: number | null = null;
  if (account.dormantSinceMs !== undefined) since = account.dormantSinceMs;
  else if (scan.baseline !== undefined) since = scan.dormantAfter(scan.baseline);
  if (since !== null) return { fromMs: since, sinceMs: since };
  // The first active transaction whose period runs past `now` (monotone: binary search).
  const { active } = scan;
  let lo = 0;
  let hi = active.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (scan.dormantAfter(active[mid]!.atMs) > ctx.nowMs) hi = mid;
    else lo = mid + 1;
  }
  return lo < active.length ? { fromMs: active[lo]!.atMs, sinceMs: null } : null;
}

/**
 * The inactivity episodes before `until` (the status episode): an active transaction after a
 * gap of the period ends a dormancy; the postings of that dormancy belong to its episode.
 *
 * @returns the last activity before `until` (or the baseline; `null` when none)
 */
function inactivityEpisodes(
  scan: DormancyScan,
  until: number,
  push: (e: Omit<Episode, 'order'>) => void,
): number | null {
  const { active, alertPostings } = scan;
  const shortest = shortestMs(scan.inactivityPeriod);
  let i = 0;
  let lastMs = scan.baseline ?? null;
  while (i < active.length && active[i]!.atMs < until) {
    const atMs = active[i]!.atMs;
    let j = i;
    while (j < active.length && active[j]!.atMs === atMs) j++;
    const last = scan.activityBefore(atMs);
    const since = last === null || atMs - last < shortest ? null : scan.dormantAfter(last);
    if (since !== null && atMs >= since) {
      const during = scan.between(scan.postings, since, atMs + 1);
      push({
        basis: 'inactivity',
        sinceMs: since,
        lastMs: last,
        alerting: alertPostings
          ? mergeOrdered(during, active.slice(i, j), scan.orderOf)
          : active.slice(i, j),
        ignored: alertPostings ? [] : during,
      });
    }
    lastMs = lastMs === null ? atMs : Math.max(lastMs, atMs);
    i = j;
  }
  return lastMs;
}

/** The status episode: every active transaction (and posting) from its start on. */
function statusEpisode(scan: DormancyScan, status: StatusStart): Omit<Episode, 'order'> {
  const during = scan.between(scan.postings, status.fromMs, Infinity);
  const txs = scan.active.slice(firstAtOrAfter(scan.active, status.fromMs));
  return {
    basis: 'status',
    sinceMs: status.sinceMs,
    lastMs: scan.activityBefore(status.fromMs),
    alerting: scan.alertPostings ? mergeOrdered(during, txs, scan.orderOf) : txs,
    ignored: scan.alertPostings ? [] : during,
  };
}

/** Two lists in canonical order merged into one, in canonical order. */
function mergeOrdered(
  a: readonly MonitoredTransaction[],
  b: readonly MonitoredTransaction[],
  orderOf: ReadonlyMap<MonitoredTransaction, number>,
): MonitoredTransaction[] {
  return [...a, ...b].sort((x, y) => orderOf.get(x)! - orderOf.get(y)!);
}

function dormantAlert(
  ctx: MonitorContext,
  e: Episode,
  period: string,
  inactivityPeriod: PolicyDuration,
): DormantActivityAlert {
  const rule = ctx.rules.dormantAccountActivity;
  const first = e.alerting[0]!;
  const lastTx = e.alerting.reduce((a, b) => (b.atMs > a.atMs ? b : a));
  const at = ctx.instant(first.atMs);
  const lastAt = ctx.instant(lastTx.atMs);
  const dormantSince = e.sinceMs === null ? null : ctx.instant(e.sinceMs);
  const lastActivity = e.lastMs === null ? null : ctx.instant(e.lastMs);
  const total = totalOf(e.alerting);
  const listed = bounded(e.alerting, ctx.evidence);
  const ignoredKinds = [...new Set(e.ignored.map((tx) => tx.kind))].sort() as TransactionKind[];
  const words = MONITORING_WORDS;
  let why: string;
  if (e.basis === 'inactivity')
    why = renderMessage(
      words.why_inactivity,
      { lastActivity: lastActivity!, period, dormantSince: dormantSince! },
      ctx.lang,
    );
  else if (dormantSince !== null) why = renderMessage(words.why_status, { dormantSince }, ctx.lang);
  else why = renderMessage(words.why_status_undated, { period }, ctx.lang);
  if (e.alerting.length > 1)
    why += renderMessage(
      words.dormant_group,
      { count: e.alerting.length, total: ctx.display(total), from: at, to: lastAt },
      ctx.lang,
    );
  if (e.ignored.length > 0)
    why += renderMessage(
      words.dormant_ignored,
      {
        ignoredCount: e.ignored.length,
        ignoredKinds: ignoredKinds.map(ctx.kindText).join(ctx.lang === 'zh-CN' ? '、' : ', '),
      },
      ctx.lang,
    );
  return {
    code: 'dormant_account_activity',
    ...ruleFields(ctx, rule, 'monitoring.dormantAccountActivity'),
    evidence: {
      at,
      basis: e.basis,
      dormantSince,
      lastActivity,
      inactivityPeriod,
      transaction: ctx.evidence(first),
      count: e.alerting.length,
      total: ctx.amountText(total),
      lastAt,
      transactions: listed.items,
      omittedTransactions: listed.omitted,
      bankPostings: rule.bankPostings.onDormantAccount,
      ignoredPostings: {
        count: e.ignored.length,
        total: ctx.amountText(totalOf(e.ignored)),
        kinds: ignoredKinds,
      },
    },
    message: ctx.message('dormant_account_activity', {
      kind: ctx.kindText(first.kind),
      amount: ctx.display(first.amount),
      at,
      why,
    }),
  };
}
