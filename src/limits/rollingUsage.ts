/*
 * Rolling windows on usage: the window at an instant, the horizon before which entries can be
 * dropped, and recording a transaction. Internal to src/limits.
 *
 * The rolling window of duration `d` at instant `t` is `(t − d, t]` (see `rollingWindow`): an entry
 * exactly `d` before `t` is not counted. Every path — stored usage (`recordTransaction`, then
 * `checkTransaction`) and history (`checkTransactionFromHistory`, `usageFromHistory`) — uses these
 * functions, so they agree.
 */
import { formatInstant, rollingWindow } from '../time';
import { maxReachMs } from '../time/internal/duration';
import type { PolicyDuration } from '../time/types';
import { SUPPORTED_INSTANTS } from '../time/instantRange';
import { instantMs, type ParsedTransaction } from './parse';
import type { RollingEntry, RollingWindowUsage } from './types';

type Path = readonly (string | number)[];

/**
 * The rolling window at `atMs` as half-open bounds `[startMs, endMs)`: `startMs` is
 * `atMs − duration + 1 ms` (in `zone`; never before the supported range), `endMs` is `atMs + 1 ms`.
 *
 * @param atMs - the instant (epoch ms)
 * @param duration - the window's duration
 * @param zone - the preset's time zone
 * @returns the bounds
 * @example
 * ```ts
 * rollingBounds(Date.parse('2026-11-22T10:00:00Z'), { hours: 24 }, 'UTC').startMs; // 2026-11-21T10:00:00.001Z
 * ```
 */
export function rollingBounds(
  atMs: number,
  duration: PolicyDuration,
  zone: string,
): { startMs: number; endMs: number } {
  const rw = rollingWindow(new Date(atMs), duration, zone);
  // No transaction is earlier than the supported range: a window reaching further back starts
  // there (the same entries; and a horizon clamped to the range does not refuse it).
  return {
    startMs: Math.max(rw.start.getTime(), SUPPORTED_INSTANTS.fromMs),
    endMs: rw.end.getTime(),
  };
}

/**
 * Applies a booked transaction to one rolling window: moves the horizon up to
 * {@link rollingHorizonMs} of the transaction's instant (never back), drops the entries before
 * it, and inserts the transaction in time order unless it is itself before the horizon.
 *
 * @param w - the window's usage
 * @param tx - the transaction
 * @param zone - the preset's time zone
 * @param path - the window's path, for errors
 * @returns the new window usage
 * @example
 * ```ts
 * applyRolling(createUsage(BANK).windows['rolling:24H'] as RollingWindowUsage, tx, 'Asia/Shanghai', []);
 * ```
 */
export function applyRolling(
  w: RollingWindowUsage,
  tx: ParsedTransaction,
  zone: string,
  path: Path,
): RollingWindowUsage {
  const oldHorizon = w.horizon === null ? -Infinity : instantMs(w.horizon, [...path, 'horizon']);
  const horizonMs = Math.max(oldHorizon, rollingHorizonMs(tx.atMs, w.duration as PolicyDuration));
  const horizon = horizonMs === oldHorizon ? w.horizon : formatInstant(new Date(horizonMs), zone);
  const kept = w.entries.filter(
    (e, i) => instantMs(e.at, [...path, 'entries', i, 'at']) >= horizonMs,
  );
  if (tx.atMs >= horizonMs) {
    const entry: RollingEntry = {
      at: formatInstant(new Date(tx.atMs), zone),
      bucket: tx.bucket,
      amount: tx.amountText,
      ...(tx.reverses ? { originalAt: formatInstant(new Date(tx.reverses.atMs), zone) } : {}),
    };
    let i = kept.length;
    while (i > 0 && instantMs(kept[i - 1]!.at, []) > tx.atMs) i--;
    kept.splice(i, 0, entry);
  }
  return { kind: 'rolling', duration: w.duration, horizon, entries: kept };
}

/**
 * The horizon of a rolling window once a transaction at `atMs` is recorded: the earliest instant
 * a window ending at `atMs` or later can still reach, so entries before it can be dropped.
 *
 * Not the start of the window at `atMs`: `t − duration` is not monotonic in `t` — 31 March 00:30
 * − 1 month is 28 February 00:30, earlier than 28 March 23:00 − 1 month (28 February 23:00), and
 * in New York's repeated hour 01:10 EST − 1 day is earlier than 01:50 EDT − 1 day, though 20
 * minutes later. It is `atMs` minus an upper bound on any window's reach (exact for hours and
 * minutes; for calendar parts 366 days a year, 31 a month, 7 a week, 1 a day, plus the largest
 * change of a UTC offset), and never before the supported range (no entry is earlier).
 *
 * @param atMs - the transaction's instant (epoch ms)
 * @param duration - the window's duration
 * @returns the horizon (epoch ms)
 * @example
 * ```ts
 * rollingHorizonMs(Date.parse('2026-11-22T10:00:00Z'), { hours: 24 }); // 2026-11-21T10:00:00Z
 * ```
 */
export function rollingHorizonMs(atMs: number, duration: PolicyDuration): number {
  return Math.max(atMs - maxReachMs(duration), SUPPORTED_INSTANTS.fromMs);
}
