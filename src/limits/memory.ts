/*
 * What a usage remembers for services: settled ids (idempotent retries), the transactions a
 * reversal may name (and how much of each is already reversed), and the dropping of expired
 * holds on every write. Internal to src/limits (the period constant is public).
 *
 * The memory is `usage.settled`: a committed hold, a released hold and a transaction recorded
 * with an id each leave one entry there, kept until its `expiresAt`, which for a settled entry is
 * when it is forgotten: the later of the hold's own expiry and the transaction's instant plus
 * {@link IDEMPOTENCY_PERIOD}. A retry within that time replays, whatever its `at`.
 */
import { AccountPolicyError } from '../errors';
import { addDuration, formatInstant } from '../time';
import { maxReachMs } from '../time/internal/duration';
import type { PolicyDuration } from '../time/types';
import type { CompiledPreset } from './compile';
import { instantMs, type ParsedTransaction } from './parse';
import { minorText, parseAmountMinor } from '../money/amountMinor';
import type { Hold, SettledHold, StoredTransaction, Usage } from './types';
import { USAGE_BOUNDS } from './usageShape';

/**
 * How long a usage remembers a settled or recorded transaction id after the transaction's
 * instant (and at least until its hold would have expired): a retry within it replays whatever
 * its `at`, and a reversal may name the transaction. 24 hours, which covers every daily window
 * and the 24-hour rolling windows of the shipped presets.
 *
 * @example
 * ```ts
 * IDEMPOTENCY_PERIOD; // { hours: 24 }
 * ```
 */
export const IDEMPOTENCY_PERIOD: PolicyDuration = Object.freeze({ hours: 24 });
const DEFAULT_MS = 24 * 3_600_000;
const LONGEST: PolicyDuration = Object.freeze({ days: 31 });

/**
 * A preset's idempotency period: its own `idempotencyPeriod`, else the longest rolling window of
 * its limits when longer than 24 hours (at most 31 days: the memory is bounded), else 24 hours.
 */
export function presetPeriod(compiled: CompiledPreset): PolicyDuration {
  if (compiled.preset.idempotencyPeriod !== undefined) return compiled.preset.idempotencyPeriod;
  let longest = IDEMPOTENCY_PERIOD;
  for (const w of compiled.windows.values())
    if (w.kind === 'rolling' && maxReachMs(w.duration) > maxReachMs(longest)) longest = w.duration;
  if (longest === IDEMPOTENCY_PERIOD) return longest;
  return maxReachMs(longest) > 31 * DEFAULT_MS ? LONGEST : longest;
}

/** How long a usage remembers ids. */
export function periodOf(usage: Usage): PolicyDuration {
  return usage.rememberFor ?? IDEMPOTENCY_PERIOD;
}

/** Whether an original at `originalMs` is beyond a memory of `period` at `nowMs`. */
export function beyond(
  period: PolicyDuration,
  zone: string,
): (originalMs: number, nowMs: number) => boolean {
  return (originalMs, nowMs) => addDuration(new Date(originalMs), period, zone).getTime() <= nowMs;
}

type Path = readonly (string | number)[];

/** The content of a transaction without its instant: a retry with another `at` is the same one. */
export function contentKey(t: StoredTransaction): string {
  return [
    t.amount,
    t.kind,
    t.counterparty,
    t.channel ?? '',
    t.counterpartyId ?? '',
    t.reverses ? `${t.reverses.id}@${Date.parse(t.reverses.at)}` : '',
  ].join('|');
}

/** {@link contentKey} of a parsed transaction. */
export function parsedKey(tx: ParsedTransaction): string {
  return contentKey(tx.stored);
}

/** When a settled entry for this transaction is forgotten (formatted in the usage's zone). */
export function forgetAt(atMs: number, holdExpiresAt: string | undefined, usage: Usage): string {
  const zone = usage.timeZone;
  const remember = addDuration(new Date(atMs), periodOf(usage), zone).getTime();
  if (holdExpiresAt !== undefined && instantMs(holdExpiresAt, ['hold', 'expiresAt']) > remember)
    return holdExpiresAt;
  return formatInstant(new Date(remember), zone);
}

/**
 * A hold as remembered once settled: its fields in their stored order, with when it is forgotten
 * and how it ended. Written field by field, not as `{ ...hold, expiresAt, outcome }`: an object
 * literal that opens with a spread and then adds a key made every usage written survive
 * young-generation collections (Node 20; test/gc/freshUsage.test.ts). A validated hold has no
 * other fields.
 *
 * @param hold - the hold
 * @param expiresAt - when the entry is forgotten ({@link forgetAt})
 * @param outcome - committed or released
 * @returns the settled entry
 * @example
 * ```ts
 * settledHold(hold, forgetAt(atMs, hold.expiresAt, usage), 'released');
 * ```
 */
export function settledHold(
  hold: Hold,
  expiresAt: string,
  outcome: SettledHold['outcome'],
): SettledHold {
  const { id, amount, transaction, fingerprint } = hold;
  return { id, amount, expiresAt, transaction, fingerprint, outcome };
}

/**
 * Drops the holds expired at `nowMs` (each is remembered as released, so that a retry of its id
 * replays the release instead of reserving again) and the settled entries forgotten by then (no
 * version bump: the caller's write bumps it). The same object when nothing goes.
 */
export function dropExpired(usage: Usage, nowMs: number): Usage {
  const alive = (h: Hold, i: number, what: string) =>
    instantMs(h.expiresAt, ['usage', what, i, 'expiresAt']) > nowMs;
  const holds = usage.holds.filter((h, i) => alive(h, i, 'holds'));
  const settled = usage.settled.filter((h, i) => alive(h, i, 'settled'));
  if (holds.length === usage.holds.length && settled.length === usage.settled.length) return usage;
  let live: Usage = { ...usage, holds, settled };
  for (const h of usage.holds) {
    if (holds.includes(h)) continue;
    const atMs = instantMs(h.transaction.at, ['usage', 'holds', 'transaction', 'at']);
    const until = forgetAt(atMs, h.expiresAt, usage);
    if (instantMs(until, ['usage', 'holds', 'expiresAt']) > nowMs)
      live = remember(live, settledHold(h, until, 'released'));
  }
  return live;
}

/**
 * Adds a settled entry, replacing an earlier one of the same id (a released hold booked after
 * all); when the memory is full, the entry forgotten soonest goes first (the service's ledger,
 * with its unique id, is the last line of defence against a retry beyond this memory).
 */
export function remember(usage: Usage, entry: SettledHold): Usage {
  let settled = usage.settled.filter((s) => s.id !== entry.id);
  if (settled.length >= USAGE_BOUNDS.settled) {
    let soonest = 0;
    for (let i = 1; i < settled.length; i++)
      if (
        instantMs(settled[i]!.expiresAt, ['usage', 'settled', i, 'expiresAt']) <
        instantMs(settled[soonest]!.expiresAt, ['usage', 'settled', soonest, 'expiresAt'])
      )
        soonest = i;
    settled = settled.filter((_, i) => i !== soonest);
  }
  return { ...usage, settled: [...settled, entry] };
}

/** The settled entry of a transaction recorded directly (not through a hold). */
export function recordedEntry(tx: ParsedTransaction & { id: string }, usage: Usage): SettledHold {
  return {
    id: tx.id,
    amount: tx.amountText,
    expiresAt: forgetAt(tx.atMs, undefined, usage),
    transaction: tx.stored,
    fingerprint: tx.fingerprint,
    outcome: 'committed',
  };
}

/** What a reversal check found. */
export type ReversalCheck =
  | { readonly kind: 'ok' }
  /** The original is older than the memory: the reversal is booked but restores no headroom. */
  | { readonly kind: 'untracked' }
  | { readonly kind: 'unknown' }
  | { readonly kind: 'exceeds'; readonly left: string };

/** A booked transaction a reversal may name: its content and how much of it reversals took. */
export interface Reversible {
  readonly id: string;
  readonly atMs: number;
  readonly bucket: string;
  readonly amount: string;
}

/**
 * Checks a reversal against the booked transactions known (`originals`, and the reversals
 * already booked, `reversals`): the original must be known, of the same kind and counterparty
 * and instant, and the reversal no larger than what is left of it. An unknown original that
 * `isOld` (beyond the memory's reach at the reversal's instant) is `untracked`.
 */
export function checkReversal(
  tx: ParsedTransaction,
  originals: ReadonlyMap<string, Reversible>,
  reversals: readonly Reversible[],
  scale: number,
  isOld: (originalMs: number, nowMs: number) => boolean,
): ReversalCheck {
  const r = tx.reverses;
  if (r === undefined) return { kind: 'ok' };
  const original = originals.get(r.id);
  if (!original) return isOld(r.atMs, tx.atMs) ? { kind: 'untracked' } : { kind: 'unknown' };
  if (original.bucket !== tx.bucket || original.atMs !== r.atMs) return { kind: 'unknown' };
  let left = parseAmountMinor(original.amount, scale, ['original', 'amount']);
  for (const v of reversals)
    if (v.id !== tx.id) left -= parseAmountMinor(v.amount, scale, ['reversal', 'amount']);
  if (tx.minor > left) return { kind: 'exceeds', left: minorText(left < 0n ? 0n : left, scale) };
  return { kind: 'ok' };
}

/** {@link checkReversal} against a usage's memory (its committed settled entries). */
export function checkReversalInUsage(
  usage: Usage,
  tx: ParsedTransaction,
  scale: number,
): ReversalCheck {
  const r = tx.reverses;
  if (r === undefined) return { kind: 'ok' };
  const originals = new Map<string, Reversible>();
  const reversals: Reversible[] = [];
  for (const s of usage.settled) {
    if (s.outcome !== 'committed') continue;
    const t = s.transaction;
    const entry = {
      id: s.id,
      atMs: Date.parse(t.at),
      bucket: `${t.kind}:${t.counterparty}`,
      amount: s.amount,
    };
    if (t.id === r.id || s.id === r.id) originals.set(s.id, entry);
    if (t.reverses?.id === r.id) reversals.push(entry);
  }
  return checkReversal(tx, originals, reversals, scale, beyond(periodOf(usage), usage.timeZone));
}

/** Throws `invalid_reversal` for a reversal that is refused. */
export function assertReversal(check: ReversalCheck, tx: ParsedTransaction, path: Path): void {
  if (check.kind !== 'unknown' && check.kind !== 'exceeds') return;
  const id = JSON.stringify(tx.reverses!.id).slice(0, 80);
  const message =
    check.kind === 'unknown'
      ? `reverses ${id}, which is not a recorded transaction of the same kind, counterparty and instant`
      : `reverses ${id} by ${tx.amountText}, more than the ${check.left} left of it`;
  throw new AccountPolicyError('invalid_reversal', `Invalid reversal: ${message}`, [
    { path: [...path, 'reverses'], message },
  ]);
}
