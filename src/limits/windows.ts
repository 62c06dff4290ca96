/*
 * Window arithmetic on usage: applying a transaction to every window (with rollover), and reading
 * a window's totals at an instant. Internal to src/limits.
 */
import { AccountPolicyError } from '../errors';
import type { CompiledClass } from './compile';
import { formatInstant } from '../time';
import { windowOfCalendarUsage } from './rules/fiscalYearWindow';
import { minorText, parseAmountMinor } from '../money/amountMinor';
import type { PolicyDuration } from '../time/types';
import { instantMemo, instantMs, type ParsedTransaction } from './parse';
import { applyRolling, rollingBounds } from './rollingUsage';
import { USAGE_BOUNDS } from './usageShape';
import type { CalendarWindowUsage, FlowTotal, RollingEntry, WindowUsage } from './types';
import { RECENT_OBJECTS, RecentMap } from './recentMap';
import { badBucket, carrySums, classSums, type ClassSums, type Flows } from './windowSums';

type Path = readonly (string | number)[];

/** A stored total plus an amount in minor units, as stored text. */
function addText(a: string, b: bigint, scale: number, path: Path): string {
  return minorText(parseAmountMinor(a, scale, path) + b, scale);
}

/**
 * Applies a booked transaction to one calendar window: rolls it over when the transaction falls
 * in a later period, leaves it alone for a late arrival (closed period), else adds the amount
 * (or, for a reversal of a transaction of the same period, the reversed amount).
 *
 * @param w - the window's usage
 * @param tx - the transaction
 * @param zone - the preset's time zone
 * @param scale - the currency's scale
 * @param path - the window's path, for errors
 * @returns the new window usage
 * @example
 * ```ts
 * applyCalendar(createUsage(getPreset()).windows.day as CalendarWindowUsage, tx, 'Asia/Shanghai', 2, []);
 * ```
 */
export function applyCalendar(
  w: CalendarWindowUsage,
  tx: ParsedTransaction,
  zone: string,
  scale: number,
  path: Path,
): CalendarWindowUsage {
  let current = w;
  if (w.start === null || w.end === null || tx.atMs >= instantMs(w.end, [...path, 'end'])) {
    const cw = windowOfCalendarUsage(new Date(tx.atMs), w, zone);
    current = {
      kind: 'calendar',
      unit: w.unit,
      ...(w.startsOn === undefined ? {} : { startsOn: w.startsOn }),
      start: formatInstant(cw.start, zone),
      end: formatInstant(cw.end, zone),
      flows: {},
    };
  } else if (tx.atMs < instantMs(w.start, [...path, 'start'])) {
    return w; // a late arrival: its window is closed and no longer matters
  }
  const startMs = instantMs(current.start, [...path, 'start']);
  const endMs = instantMs(current.end, [...path, 'end']);
  const old: FlowTotal | undefined = Object.hasOwn(current.flows, tx.bucket)
    ? current.flows[tx.bucket]
    : undefined;
  const bucketPath = [...path, 'flows', tx.bucket];
  let next: FlowTotal;
  if (tx.reverses) {
    if (tx.reverses.atMs < startMs || tx.reverses.atMs >= endMs) return current;
    next = {
      amount: old?.amount ?? minorText(0n, scale),
      count: old?.count ?? 0,
      reversed: old
        ? addText(old.reversed, tx.minor, scale, [...bucketPath, 'reversed'])
        : tx.amountText,
    };
  } else {
    next = {
      amount: old ? addText(old.amount, tx.minor, scale, [...bucketPath, 'amount']) : tx.amountText,
      count: (old?.count ?? 0) + 1,
      reversed: old?.reversed ?? minorText(0n, scale),
    };
  }
  const flows = withFlow(current.flows, tx.bucket, next);
  if (current === w) carrySums(w.flows, flows, tx.bucket, tx, scale);
  return { ...current, flows };
}

/**
 * The flows with one bucket set, in the same order (a new bucket last). Copied key by key, not as
 * `{ ...flows, [bucket]: next }`: an object literal that opens with a spread and then adds a key
 * made every usage written survive young-generation collections (Node 20: 70 KB promoted per
 * collection when each write opened a bucket, against a few KB; test/gc/freshUsage.test.ts).
 */
function withFlow(
  flows: CalendarWindowUsage['flows'],
  bucket: string,
  next: FlowTotal,
): CalendarWindowUsage['flows'] {
  const out: Record<string, FlowTotal> = {};
  // Own keys only, as the spread copied (validation has refused any key but a known bucket).
  for (const key in flows) if (Object.hasOwn(flows, key)) out[key] = flows[key]!;
  out[bucket] = next;
  return out;
}

/**
 * Applies a booked transaction to every window of a usage: windows roll over when the
 * transaction falls in a later period; a transaction older than a window's current period (a
 * late arrival) leaves that window alone, since its period is closed.
 *
 * @param windows - the usage windows
 * @param tx - the transaction
 * @param zone - the preset's time zone
 * @param scale - the currency's scale
 * @returns the new windows
 * @throws AccountPolicyError `invalid_state` when the rolling windows would keep more than
 *   `USAGE_BOUNDS.rollingEntries` transactions
 * @example
 * ```ts
 * applyToWindows(usage.windows, tx, 'Asia/Shanghai', 2);
 * ```
 */
export function applyToWindows(
  windows: { readonly [key: string]: WindowUsage },
  tx: ParsedTransaction,
  zone: string,
  scale: number,
): { [key: string]: WindowUsage } {
  const out: { [key: string]: WindowUsage } = {};
  let rollingEntries = 0;
  for (const key of Object.keys(windows)) {
    const w = windows[key]!;
    const path = ['usage', 'windows', key];
    if (w.kind === 'calendar') out[key] = applyCalendar(w, tx, zone, scale, path);
    else {
      const next = applyRolling(w, tx, zone, path);
      rollingEntries += next.entries.length;
      out[key] = next;
    }
  }
  if (rollingEntries > USAGE_BOUNDS.rollingEntries) {
    const message = `the rolling windows would keep ${rollingEntries} transactions; a usage keeps at most ${USAGE_BOUNDS.rollingEntries}`;
    throw new AccountPolicyError('invalid_state', `Cannot record the transaction: ${message}`, [
      { path: ['usage', 'windows'], message },
    ]);
  }
  return out;
}

/** Totals of one window at an instant, per counting direction, in minor units, and its bounds. */
export interface WindowTotals extends ClassSums {
  readonly startMs: number;
  readonly endMs: number;
  /** Formatted end (calendar windows), or `null` for rolling windows. */
  readonly resetsAt: string | null;
}

/** A window's transactions at an instant, before they are summed per direction. */
export interface WindowSlice {
  readonly startMs: number;
  readonly endMs: number;
  readonly resetsAt: string | null;
  /** Calendar flows, or `null` for an empty/rolled-over window. */
  readonly flows: { readonly [bucket: string]: FlowTotal } | null;
  /** Rolling entries in the window. */
  readonly entries: readonly RollingEntry[] | null;
}

/**
 * Per calendar window object (the last few, see RECENT_OBJECTS): the last period it was rolled
 * over to, and its zone.
 */
const ROLLED = new RecentMap<WindowUsage, { zone: string; slice: WindowSlice }>(RECENT_OBJECTS);

/** A window bound's instant; the path is built only for an error. */
function windowInstant(text: string, key: string, field: string): number {
  return instantMemo(text) ?? instantMs(text, ['usage', 'windows', key, field]);
}

/** Refuses a check whose window has already been dropped from usage. */
function late(path: Path, at: number, zone: string, since: string): never {
  const message = `the transaction at ${formatInstant(new Date(at), zone)} falls before the usage's current window (from ${since}); check late transactions with checkTransactionFromHistory`;
  throw new AccountPolicyError('invalid_input', `Invalid input at transaction.at: ${message}`, [
    { path: ['transaction', 'at'], message },
    { path: [...path], message: 'holds a later window' },
  ]);
}

/**
 * The slice of a window that holds an instant: the stored period if it still holds it, a fresh
 * empty period after it (rollover), or an error if the instant is before it.
 *
 * @param key - the window key
 * @param w - the window's usage
 * @param atMs - the instant (epoch ms)
 * @param zone - the preset's time zone
 * @returns the slice
 * @example
 * ```ts
 * sliceAt('day', usage.windows.day, Date.parse('2026-11-22T10:00:00+08:00'), 'Asia/Shanghai');
 * ```
 */
export function sliceAt(key: string, w: WindowUsage, atMs: number, zone: string): WindowSlice {
  if (w.kind === 'calendar') {
    if (w.start !== null && w.end !== null) {
      const startMs = windowInstant(w.start, key, 'start');
      const endMs = windowInstant(w.end, key, 'end');
      if (atMs < startMs) late(['usage', 'windows', key], atMs, zone, w.start);
      if (atMs < endMs) return { startMs, endMs, resetsAt: w.end, flows: w.flows, entries: null };
    }
    // A rolled-over period: computed once per window object and period (checks of the next day
    // on one stored usage all roll it over the same way).
    const known = ROLLED.get(w);
    if (known && known.zone === zone && atMs >= known.slice.startMs && atMs < known.slice.endMs)
      return known.slice;
    const cw = windowOfCalendarUsage(new Date(atMs), w, zone);
    const slice = {
      startMs: cw.start.getTime(),
      endMs: cw.end.getTime(),
      resetsAt: formatInstant(cw.end, zone),
      flows: null,
      entries: null,
    };
    ROLLED.set(w, { zone, slice });
    return slice;
  }
  const path = ['usage', 'windows', key];
  const { startMs, endMs } = rollingBounds(atMs, w.duration as PolicyDuration, zone);
  if (w.horizon !== null && startMs < instantMs(w.horizon, [...path, 'horizon']))
    late(path, atMs, zone, w.horizon);
  const entries = w.entries.filter((e, i) => {
    const t = instantMs(e.at, [...path, 'entries', i, 'at']);
    return t >= startMs && t < endMs;
  });
  return { startMs, endMs, resetsAt: null, flows: null, entries };
}

const NO_SUMS: ClassSums = {
  inflow: 0n,
  outflow: 0n,
  inflowReversed: 0n,
  outflowReversed: 0n,
  inflowCount: 0,
  outflowCount: 0,
};

/** Sums a rolling window's entries in the slice (they depend on the instant: not remembered). */
function rollingSums(
  key: string,
  entries: readonly RollingEntry[],
  startMs: number,
  cls: CompiledClass,
  scale: number,
): ClassSums {
  const path = ['usage', 'windows', key];
  let inflow = 0n;
  let outflow = 0n;
  let inflowReversed = 0n;
  let outflowReversed = 0n;
  let inflowCount = 0;
  let outflowCount = 0;
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i]!;
    const dir = cls.directions.get(e.bucket);
    if (dir === undefined) badBucket([...path, 'entries', i, 'bucket'], e.bucket);
    if (dir === 'exempt') continue;
    const amount = parseAmountMinor(e.amount, scale, [...path, 'entries', i, 'amount']);
    if (e.originalAt !== undefined) {
      const o = instantMs(e.originalAt, [...path, 'entries', i, 'originalAt']);
      if (o < startMs) continue;
      if (dir === 'inflow') inflowReversed += amount;
      else outflowReversed += amount;
    } else if (dir === 'inflow') {
      inflow += amount;
      inflowCount++;
    } else {
      outflow += amount;
      outflowCount++;
    }
  }
  return { inflow, outflow, inflowReversed, outflowReversed, inflowCount, outflowCount };
}

/**
 * Sums a slice per counting direction, as a class counts (its bucket directions), in minor
 * units. A calendar period's totals are remembered per flows object and class (windowSums.ts).
 *
 * @param key - the window key (for error paths)
 * @param slice - the slice
 * @param cls - the class (its direction per bucket)
 * @param scale - the currency's scale
 * @param verified - the flows objects this call has checked already (windowSums.ts)
 * @returns the totals
 * @example
 * ```ts
 * totalsOf('day', slice, compiled.classes.get('II')!, 2).outflow; // 920000n
 * ```
 */
export function totalsOf(
  key: string,
  slice: WindowSlice,
  cls: CompiledClass,
  scale: number,
  verified?: Flows[],
): WindowTotals {
  const sums = slice.flows
    ? classSums(key, slice.flows, cls, scale, verified)
    : slice.entries
      ? rollingSums(key, slice.entries, slice.startMs, cls, scale)
      : NO_SUMS;
  // Field by field: `{ ...sums, startMs }` takes a slow path in V8 (microseconds per call).
  return {
    inflow: sums.inflow,
    outflow: sums.outflow,
    inflowReversed: sums.inflowReversed,
    outflowReversed: sums.outflowReversed,
    inflowCount: sums.inflowCount,
    outflowCount: sums.outflowCount,
    startMs: slice.startMs,
    endMs: slice.endMs,
    resetsAt: slice.resetsAt,
  };
}
