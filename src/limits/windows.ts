/*
 * Window arithmetic on usage: applying a transaction to every window (with rollover), and reading
 * a window's totals at an instant. Internal to src/limits.
 */
import { AccountPolicyError } from '../errors';
import { PolicyDecimal } from '../money/decimal';
import type { CountingDirection } from '../classes/countingDirection';
import { formatInstant } from '../time';
import { windowOfCalendarUsage } from './rules/fiscalYearWindow';
import { fixedText } from './fixedText';
import type { PolicyDuration } from '../time/types';
import {
  balanceTextOf,
  fastAmount,
  instantMemo,
  instantMs,
  parseAmount,
  type ParsedTransaction,
} from './parse';
import { applyRolling, rollingBounds } from './rollingUsage';
import { USAGE_BOUNDS } from './usageShape';
import type { CalendarWindowUsage, FlowTotal, RollingEntry, WindowUsage } from './types';
import { ZERO } from './zero';

type Path = readonly (string | number)[];

function addText(a: string, b: PolicyDecimal, scale: number, path: Path): string {
  return fixedText(parseAmount(a, scale, path).plus(b), scale);
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
      amount: old?.amount ?? ZERO.toFixed(scale),
      count: old?.count ?? 0,
      reversed: old
        ? addText(old.reversed, tx.amount, scale, [...bucketPath, 'reversed'])
        : tx.amountText,
    };
  } else {
    next = {
      amount: old
        ? addText(old.amount, tx.amount, scale, [...bucketPath, 'amount'])
        : tx.amountText,
      count: (old?.count ?? 0) + 1,
      reversed: old?.reversed ?? ZERO.toFixed(scale),
    };
  }
  return { ...current, flows: { ...current.flows, [tx.bucket]: next } };
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

/** Totals of one window at an instant, per counting direction, and the window's bounds. */
export interface WindowTotals {
  /** Gross counted amount per direction (reversals excluded). */
  readonly inflow: PolicyDecimal;
  readonly outflow: PolicyDecimal;
  /** Reversals of transactions in the same window, per direction. */
  readonly inflowReversed: PolicyDecimal;
  readonly outflowReversed: PolicyDecimal;
  readonly inflowCount: number;
  readonly outflowCount: number;
  /** The gross amount's text when it is a single stored amount (saves formatting), else `null`. */
  readonly inflowText: string | null;
  readonly outflowText: string | null;
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
    const cw = windowOfCalendarUsage(new Date(atMs), w, zone);
    return {
      startMs: cw.start.getTime(),
      endMs: cw.end.getTime(),
      resetsAt: formatInstant(cw.end, zone),
      flows: null,
      entries: null,
    };
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

/**
 * Refuses a bucket no class counts: validation refuses those, so this only fires when a usage was
 * changed after it was validated (validation is cached per object).
 */
function badBucket(path: Path, bucket: string): never {
  throw new AccountPolicyError(
    'invalid_input',
    `Invalid usage: unknown bucket ${JSON.stringify(bucket).slice(0, 60)}`,
    [{ path: [...path], message: 'is not a kind:counterparty bucket' }],
  );
}

function badCount(key: string, bucket: string): never {
  throw new AccountPolicyError('invalid_input', 'Invalid usage: a count must be a whole number', [
    {
      path: ['usage', 'windows', key, 'flows', bucket, 'count'],
      message: 'must be a whole number ≥ 0',
    },
  ]);
}

/** A flow's amount and reversed amount (null when zero), its count checked. */
function flowAmounts(
  f: FlowTotal,
  key: string,
  bucket: string,
  scale: number,
  zeroText: string,
): { amount: PolicyDecimal; reversed: PolicyDecimal | null } {
  const path = ['usage', 'windows', key, 'flows', bucket];
  const amount = fastAmount(f.amount, scale) ?? parseAmount(f.amount, scale, [...path, 'amount']);
  const reversed =
    f.reversed === zeroText
      ? null
      : (fastAmount(f.reversed, scale) ?? parseAmount(f.reversed, scale, [...path, 'reversed']));
  if (!Number.isSafeInteger(f.count) || f.count < 0) badCount(key, bucket);
  return { amount, reversed };
}

/**
 * Sums a slice per counting direction, as a class counts (its bucket directions).
 *
 * @param key - the window key (for error paths)
 * @param slice - the slice
 * @param directions - the class's direction per bucket
 * @param scale - the currency's scale
 * @param zeroText - zero with that scale
 * @returns the totals
 * @example
 * ```ts
 * totalsOf('day', slice, compiled.classes.get('II')!.directions, 2, '0.00');
 * ```
 */
export function totalsOf(
  key: string,
  slice: WindowSlice,
  directions: ReadonlyMap<string, CountingDirection>,
  scale: number,
  zeroText: string,
): WindowTotals {
  let inflow = ZERO;
  let outflow = ZERO;
  let inflowReversed = ZERO;
  let outflowReversed = ZERO;
  let inflowCount = 0;
  let outflowCount = 0;
  let inflowText: string | null = null;
  let outflowText: string | null = null;
  const flows = slice.flows;
  if (flows) {
    for (const bucket in flows) {
      const dir = directions.get(bucket);
      if (dir === undefined) badBucket(['usage', 'windows', key, 'flows', bucket], bucket);
      if (dir === 'exempt') continue;
      const f = flows[bucket]!;
      const { amount, reversed } = flowAmounts(f, key, bucket, scale, zeroText);
      if (dir === 'inflow') {
        inflowText = inflow === ZERO ? balanceTextOf(f.amount, scale) : null;
        inflow = inflow === ZERO ? amount : inflow.plus(amount);
        if (reversed) inflowReversed = inflowReversed.plus(reversed);
        inflowCount += f.count;
      } else {
        outflowText = outflow === ZERO ? balanceTextOf(f.amount, scale) : null;
        outflow = outflow === ZERO ? amount : outflow.plus(amount);
        if (reversed) outflowReversed = outflowReversed.plus(reversed);
        outflowCount += f.count;
      }
    }
  }
  if (slice.entries) {
    const path = ['usage', 'windows', key];
    for (let i = 0; i < slice.entries.length; i++) {
      const e = slice.entries[i]!;
      const dir = directions.get(e.bucket);
      if (dir === undefined) badBucket([...path, 'entries', i, 'bucket'], e.bucket);
      if (dir === 'exempt') continue;
      const amount =
        fastAmount(e.amount, scale) ??
        parseAmount(e.amount, scale, [...path, 'entries', i, 'amount']);
      if (e.originalAt !== undefined) {
        const o = instantMs(e.originalAt, [...path, 'entries', i, 'originalAt']);
        if (o < slice.startMs) continue;
        if (dir === 'inflow') inflowReversed = inflowReversed.plus(amount);
        else outflowReversed = outflowReversed.plus(amount);
      } else if (dir === 'inflow') {
        inflow = inflow.plus(amount);
        inflowCount++;
        inflowText = null;
      } else {
        outflow = outflow.plus(amount);
        outflowCount++;
        outflowText = null;
      }
    }
  }
  return {
    inflow,
    outflow,
    inflowReversed,
    outflowReversed,
    inflowCount,
    outflowCount,
    inflowText,
    outflowText,
    startMs: slice.startMs,
    endMs: slice.endMs,
    resetsAt: slice.resetsAt,
  };
}
