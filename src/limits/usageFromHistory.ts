import { AccountPolicyError, attempt, type Result } from '../errors';
import type { Preset } from '../presets/types/preset';
import { formatInstant } from '../time';
import type { FiscalYearStart } from '../time/fiscalYear';
import type { CalendarUnit } from '../time/types';
import { windowOfCalendarUsage } from './rules/fiscalYearWindow';
import { compilePreset } from './compile';
import {
  invalid,
  parseSupportedInstantMs,
  parseTransaction,
  type ParsedTransaction,
} from './parse';
import type { FlowTotal, RollingEntry, TransactionInput, Usage, WindowUsage } from './types';

import { rollingHorizonMs } from './rollingUsage';
import { createUsage, produced } from './usage';
import { USAGE_BOUNDS } from './usageShape';
import { minorText } from '../money/amountMinor';

/**
 * Validates and de-duplicates a raw history. @internal
 *
 * - the same id twice with the same content counts once; with other content it is a conflict;
 * - a reversal whose original is in the history must match its kind, counterparty and instant,
 *   and reversals of one original may not add up to more than it.
 *
 * @param history - the raw history
 * @param scale - the currency's scale
 * @param path - the history's path, for errors
 * @returns the parsed transactions
 * @example
 * ```ts
 * parseHistory([{ at: '2026-11-22T09:00:00+08:00', amount: '1', kind: 'payment' }], 2, ['history']);
 * ```
 */
export function parseHistory(
  history: readonly TransactionInput[],
  scale: number,
  path: readonly (string | number)[],
): ParsedTransaction[] {
  if (!Array.isArray(history)) invalid(path, 'must be a list of transactions');
  const byId = new Map<string, ParsedTransaction>();
  const reversedSoFar = new Map<string, bigint>();
  const out: ParsedTransaction[] = [];
  const indices: number[] = [];
  history.forEach((entry, i) => {
    const tx = parseTransaction(entry, scale, [...path, i]);
    if (tx.id !== undefined) {
      const seen = byId.get(tx.id);
      if (seen) {
        if (seen.fingerprint !== tx.fingerprint) {
          const message = `Transaction id ${JSON.stringify(tx.id).slice(0, 80)} appears twice in the history with different content`;
          throw new AccountPolicyError('conflicting_transaction', message, [
            { path: [...path, i, 'id'], message },
          ]);
        }
        return;
      }
      byId.set(tx.id, tx);
    }
    out.push(tx);
    indices.push(i);
  });
  out.forEach((tx, j) => {
    if (!tx.reverses) return;
    const original = byId.get(tx.reverses.id);
    if (!original) return;
    const at = [...path, indices[j]!, 'reverses'];
    if (original.reverses) invalid(at, 'a reversal cannot itself be reversed');
    if (original.kind !== tx.kind || original.counterparty !== tx.counterparty)
      invalid(
        at,
        `must have the kind and counterparty of the transaction it reverses (${original.kind}, ${original.counterparty})`,
      );
    if (original.atMs !== tx.reverses.atMs)
      invalid([...at, 'at'], 'is not the instant of the transaction it reverses');
    const total = (reversedSoFar.get(original.id!) ?? 0n) + tx.minor;
    if (total > original.minor)
      invalid(
        at,
        `reversals add up to more than the transaction they reverse (${original.amountText})`,
      );
    reversedSoFar.set(original.id!, total);
  });
  return out;
}

/**
 * Builds usage from an account's raw history, as of an instant: each calendar window holds the
 * period containing `at` and the transactions that fall in it; each rolling window the
 * transactions up to `at` that a rolling window ending at `at` or later can still reach (the same
 * ones `recordTransaction` would have kept), so the usage serves checks at `at` and after. History
 * may be in any order and of any age; other entries are ignored. The result has no holds.
 *
 * @param preset - the preset
 * @param history - earlier transactions (entries sharing an id count once)
 * @param at - the instant the usage is for (ISO string); default: the latest entry's instant
 * @returns usage ready for `checkTransaction` at `at` (version 0)
 * @throws AccountPolicyError `invalid_input`/`invalid_amount`/`invalid_instant` at the entry's
 *   path (`history.3.amount`); `conflicting_transaction` for an id reused with other content;
 *   `invalid_state` when the rolling windows would keep more than `USAGE_BOUNDS.rollingEntries`
 * @example
 * ```ts
 * const usage = usageFromHistory(getPreset(), [
 *   { at: '2026-11-22T09:00:00+08:00', amount: '9000.00', kind: 'transfer_out', counterparty: 'other' },
 * ], '2026-11-22T10:00:00+08:00');
 * ```
 */
export function usageFromHistory(
  preset: Preset,
  history: readonly TransactionInput[],
  at?: string,
): Usage {
  const compiled = compilePreset(preset);
  const txs = parseHistory(history, compiled.scale, ['history']);
  const usage = usageFromParsed(
    preset,
    txs,
    at === undefined ? undefined : parseSupportedInstantMs(at, ['at']),
  );
  // The usage must be one the other functions accept (they bound what a usage keeps).
  let kept = 0;
  for (const key of Object.keys(usage.windows)) {
    const w = usage.windows[key]!;
    if (w.kind === 'rolling') kept += w.entries.length;
  }
  if (kept > USAGE_BOUNDS.rollingEntries) {
    const message = `the rolling windows would keep ${kept} transactions; a usage keeps at most ${USAGE_BOUNDS.rollingEntries} (check this history with checkTransactionFromHistory instead)`;
    throw new AccountPolicyError('invalid_state', `Cannot build the usage: ${message}`, [
      { path: ['history'], message },
    ]);
  }
  return produced(usage);
}

/** A calendar period's bounds, as instants and as the usage writes them. */
interface Period {
  readonly startMs: number;
  readonly endMs: number;
  readonly start: string;
  readonly end: string;
}

/**
 * The last period computed per zone and window key (a key names its window: `day`,
 * `year@04-01`…). Checks from a history mostly fall in the period the last one did, so the
 * window and its two formatted bounds (a fifth of the call) are reused while the instant is in
 * it. At most one entry per zone and key that the presets use.
 */
const LAST_PERIOD = new Map<string, Period>();

function periodAt(
  key: string,
  w: { readonly unit: CalendarUnit; readonly startsOn?: FiscalYearStart },
  zone: string,
  t: number,
): Period {
  const memoKey = `${zone}|${key}`;
  const last = LAST_PERIOD.get(memoKey);
  if (last !== undefined && last.startMs <= t && t < last.endMs) return last;
  const cw = windowOfCalendarUsage(new Date(t), w, zone);
  const period: Period = {
    startMs: cw.start.getTime(),
    endMs: cw.end.getTime(),
    start: formatInstant(cw.start, zone),
    end: formatInstant(cw.end, zone),
  };
  LAST_PERIOD.set(memoKey, period);
  return period;
}

/**
 * {@link usageFromHistory} on parsed transactions. @internal
 *
 * @param preset - the preset
 * @param txs - the parsed history
 * @param atMs - the instant, or undefined for the latest entry
 * @returns the usage
 * @example
 * ```ts
 * usageFromParsed(getPreset(), parseHistory(history, 2, ['history']), undefined);
 * ```
 */
export function usageFromParsed(
  preset: Preset,
  txs: readonly ParsedTransaction[],
  atMs: number | undefined,
): Usage {
  const compiled = compilePreset(preset);
  const empty = createUsage(preset);
  if (txs.length === 0 && atMs === undefined) return empty;
  const t = atMs ?? Math.max(...txs.map((x) => x.atMs));
  const sorted = [...txs].sort((a, b) => a.atMs - b.atMs);
  const zone = compiled.timeZone;
  const windows: { [key: string]: WindowUsage } = {};
  for (const key of Object.keys(empty.windows)) {
    const w = empty.windows[key]!;
    if (w.kind === 'calendar') {
      const period = periodAt(key, w, zone, t);
      const current = { ...w, start: period.start, end: period.end };
      const s = period.startMs;
      const e = period.endMs;
      // Sum in minor units and format once (the same totals applyCalendar would reach one by one).
      const sums = new Map<string, { amount: bigint; count: number; reversed: bigint }>();
      for (const tx of txs) {
        if (tx.atMs < s || tx.atMs >= e) continue;
        if (tx.reverses && (tx.reverses.atMs < s || tx.reverses.atMs >= e)) continue;
        let sum = sums.get(tx.bucket);
        if (!sum) sums.set(tx.bucket, (sum = { amount: 0n, count: 0, reversed: 0n }));
        if (tx.reverses) sum.reversed += tx.minor;
        else {
          sum.amount += tx.minor;
          sum.count++;
        }
      }
      const flows: { [bucket: string]: FlowTotal } = {};
      for (const [bucket, sum] of sums)
        flows[bucket] = {
          amount: minorText(sum.amount, compiled.scale),
          count: sum.count,
          reversed: minorText(sum.reversed, compiled.scale),
        };
      windows[key] = { ...current, flows };
    } else {
      // What recordTransaction would keep after recording up to `at`: every entry from the
      // horizon (the earliest instant a window ending at `at` or later reaches) to `at`, in time
      // order, so the usage serves checks at `at` and at any later instant.
      const start = rollingHorizonMs(t, w.duration);
      const entries: RollingEntry[] = [];
      for (const tx of sorted)
        if (tx.atMs >= start && tx.atMs <= t)
          entries.push({
            at: formatInstant(new Date(tx.atMs), zone),
            bucket: tx.bucket,
            amount: tx.amountText,
            ...(tx.reverses ? { originalAt: formatInstant(new Date(tx.reverses.atMs), zone) } : {}),
          });
      windows[key] = { ...w, horizon: formatInstant(new Date(start), zone), entries };
    }
  }
  return { ...empty, windows };
}

/**
 * Non-throwing twin of {@link usageFromHistory}.
 *
 * @param preset - the preset
 * @param history - earlier transactions
 * @param at - the instant the usage is for
 * @returns `{ ok: true, value }` or `{ ok: false, error }`
 * @example
 * ```ts
 * safeUsageFromHistory(getPreset(), [{ at: 'x', amount: '1', kind: 'payment' }]).ok; // false
 * ```
 */
export function safeUsageFromHistory(
  preset: Preset,
  history: readonly TransactionInput[],
  at?: string,
): Result<Usage> {
  return attempt(() => usageFromHistory(preset, history, at));
}
