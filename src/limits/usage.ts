import { AccountPolicyError, attempt, type Result } from '../errors';
import { CURRENCIES } from '../money/currencies';
import type { Preset } from '../presets/types/preset';
import { compilePreset, type CompiledPreset } from './compile';
import {
  assertReversal,
  checkReversalInUsage,
  contentKey,
  dropExpired,
  forgetAt,
  IDEMPOTENCY_PERIOD,
  parsedKey,
  presetPeriod,
  recordedEntry,
  remember,
  settledHold,
} from './memory';
import { instantMs, parseTransaction, type ParsedTransaction } from './parse';
import type { Hold, TransactionInput, Usage, WindowUsage } from './types';
import { RECENT_OBJECTS, RecentMap } from './recentMap';
import { USAGE_BOUNDS, validateUsage } from './usageShape';
import { applyToWindows } from './windows';

/**
 * An empty usage for the accounts of a preset: one window per period any of its classes' limits
 * use (so one usage serves every class or tier of the preset).
 *
 * @param preset - the preset
 * @returns usage with version 0, no totals and no holds
 * @throws AccountPolicyError `invalid_preset` if the preset is invalid
 * @example
 * ```ts
 * const usage = createUsage(getPreset());
 * Object.keys(usage.windows); // ['day', 'year']
 * ```
 */
export function createUsage(preset: Preset): Usage {
  const compiled = compilePreset(preset);
  const windows: { [key: string]: WindowUsage } = {};
  for (const [key, window] of compiled.windows)
    windows[key] =
      window.kind === 'calendar'
        ? {
            kind: 'calendar',
            unit: window.unit,
            ...(window.startsOn === undefined ? {} : { startsOn: window.startsOn }),
            start: null,
            end: null,
            flows: {},
          }
        : { kind: 'rolling', duration: window.duration, horizon: null, entries: [] };
  const period = presetPeriod(compiled);
  // Not marked produced: an empty usage costs little to validate, and tests build malformed
  // usages from it.
  return {
    version: 0,
    currency: preset.currency,
    timeZone: preset.timeZone,
    windows,
    holds: [],
    settled: [],
    // Only when it is not the default, so that usages of the default period keep their shape.
    ...(period === IDEMPOTENCY_PERIOD ? {} : { rememberFor: period }),
  };
}

function unfit(path: string[], message: string): never {
  throw new AccountPolicyError('invalid_input', `Invalid usage: ${message}`, [
    { path: ['usage', ...path], message },
  ]);
}

/**
 * Usage objects already validated. A usage is an immutable value (every change returns a new
 * one), so an object validated once stays valid: checking the same stored usage again, or
 * several functions on one usage, costs a lookup. The last few are remembered (see
 * RECENT_OBJECTS): one dropped is only validated again.
 */
const VALIDATED = new RecentMap<object, true>(RECENT_OBJECTS);

/**
 * Marks a usage the library itself built and returns it: it is valid by construction (every
 * function refuses to write a usage the validator would refuse; a property test holds the two
 * together), so a chained call on it (`recordTransaction` on the last one's result, a check of
 * it) does not validate it again. Usages from anywhere else are validated once per object.
 * @internal
 *
 * @param usage - a usage built by the library from validated input
 * @returns the same usage
 * @example
 * ```ts
 * return produced({ ...usage, version: usage.version + 1 });
 * ```
 */
export function produced<T extends Usage>(usage: T): T {
  VALIDATED.set(usage, true);
  return usage;
}

/**
 * Validates a usage value (it usually comes from a store) — its whole structure, once per
 * object: see {@link validateUsage}. Every entry point that reads a usage calls this first.
 * @internal
 *
 * @param usage - the usage
 * @returns the currency's scale
 * @throws AccountPolicyError `invalid_input`, `invalid_amount`, `invalid_instant` or
 *   `invalid_duration` naming the path below `usage`
 * @example
 * ```ts
 * readUsage(createUsage(getPreset())).scale; // 2
 * ```
 */
export function readUsage(usage: Usage): { scale: number } {
  if (typeof usage === 'object' && usage !== null && VALIDATED.has(usage))
    return { scale: CURRENCIES[usage.currency]!.scale };
  const scale = validateUsage(usage);
  VALIDATED.set(usage, true);
  return { scale };
}

/**
 * Checks that a usage was built for this preset's currency, zone and windows. @internal
 *
 * @param usage - the usage
 * @param compiled - the compiled preset
 * @param windowKeys - the windows the class's limits need
 * @returns nothing; throws `invalid_input` when it does not fit
 * @example
 * ```ts
 * assertUsageFits(usage, compilePreset(getPreset()), ['day', 'year']);
 * ```
 */
export function assertUsageFits(
  usage: Usage,
  compiled: CompiledPreset,
  windowKeys: Iterable<string>,
): void {
  const fail = unfit;
  if (usage.currency !== compiled.currency)
    fail(
      ['currency'],
      `is in ${usage.currency}, the preset ${compiled.preset.id} in ${compiled.currency}`,
    );
  if (usage.timeZone !== compiled.timeZone)
    fail(
      ['timeZone'],
      `counts in ${usage.timeZone}, the preset ${compiled.preset.id} in ${compiled.timeZone}`,
    );
  for (const key of windowKeys)
    if (!Object.hasOwn(usage.windows, key))
      fail(
        ['windows', key],
        `has no totals for the "${key}" window the preset's limits use; rebuild it with usageFromHistory`,
      );
}

/**
 * Records a parsed transaction (no idempotency logic). @internal
 *
 * @param usage - the usage
 * @param tx - the parsed transaction
 * @param scale - the currency's scale
 * @returns the new usage (version + 1)
 * @example
 * ```ts
 * recordParsed(usage, tx, 2);
 * ```
 */
export function recordParsed(usage: Usage, tx: ParsedTransaction, scale: number): Usage {
  const check = checkReversalInUsage(usage, tx, scale);
  assertReversal(check, tx, ['transaction']);
  return {
    ...usage,
    version: usage.version + 1,
    // A reversal of a transaction older than the memory cannot be verified: it is booked (its
    // balance effect is the core system's) but gives no headroom back.
    windows:
      check.kind === 'untracked'
        ? usage.windows
        : applyToWindows(usage.windows, tx, usage.timeZone, scale),
  };
}

/**
 * Records a booked transaction in usage and returns the new usage (version + 1). Windows roll
 * over in the preset's zone when the transaction falls in a later period. A transaction older
 * than a window's current period (a late arrival) is recorded where it still matters (e.g. this
 * year) and ignored by the windows whose period it missed (e.g. an earlier day): those periods
 * are closed. Every transaction is recorded per kind and counterparty; which ones count is
 * decided at check time by the account's class.
 *
 * Idempotent by id: recording an id that a pending hold carries commits the hold (refused once
 * the hold has expired); recording an id already recorded or committed within
 * `IDEMPOTENCY_PERIOD` with the same content (whatever its `at`) returns the usage unchanged; the
 * same id with other content throws `conflicting_transaction`. A reversal must name a
 * transaction recorded with an id (same kind, counterparty and instant) and may not exceed what
 * is left of it (`invalid_reversal`); one whose original is older than the memory is booked but
 * restores no headroom. Holds expired at `now` are dropped.
 *
 * @param usage - the current usage
 * @param transaction - the booked transaction
 * @param now - the instant of the write (default: the transaction's `at`); holds expired then
 *   are dropped and a hold of this id expired then cannot be committed
 * @returns the new usage
 * @throws AccountPolicyError `invalid_input`/`invalid_amount`/`invalid_instant`/`invalid_duration`
 *   for a malformed transaction or usage (each naming its path); `conflicting_transaction` for a
 *   reused id; `invalid_reversal`; `invalid_state` for an expired hold of this id, or when the rolling windows would keep more than
 *   `USAGE_BOUNDS.rollingEntries` transactions
 * @example
 * ```ts
 * let usage = createUsage(getPreset());
 * usage = recordTransaction(usage, { at: '2026-11-22T09:00:00+08:00', amount: '9000.00', kind: 'transfer_out', counterparty: 'other' });
 * usage.version; // 1
 * ```
 */
export function recordTransaction(
  usage: Usage,
  transaction: TransactionInput,
  now?: string | Date,
): Usage {
  const { scale } = readUsage(usage);
  const tx = parseTransaction(transaction, scale, ['transaction']);
  const nowMs = now === undefined ? tx.atMs : readNow(now);
  if (tx.id !== undefined) {
    const hold = usage.holds.find((h) => h.id === tx.id);
    if (hold) {
      if (contentKey(hold.transaction) !== parsedKey(tx)) conflicting(tx.id, 'a pending hold');
      if (instantMs(hold.expiresAt, ['usage', 'holds', 'expiresAt']) <= nowMs)
        expiredHold(tx.id, hold.expiresAt);
      return produced(commitHold(dropExpired(usage, nowMs), hold.id, scale, hold));
    }
    const settled = usage.settled.find((s) => s.id === tx.id && s.outcome === 'committed');
    if (settled) {
      if (contentKey(settled.transaction) !== parsedKey(tx))
        conflicting(tx.id, 'a committed transaction');
      return usage;
    }
  }
  const live = dropExpired(usage, nowMs);
  const recorded = recordParsed(live, tx, scale);
  return produced(
    tx.id === undefined
      ? recorded
      : remember(recorded, recordedEntry(tx as ParsedTransaction & { id: string }, usage)),
  );
}

/**
 * Reads a `now` argument: an ISO string or a valid Date. @internal
 *
 * @param now - the instant
 * @returns epoch ms
 * @example
 * ```ts
 * readNow('2026-11-22T10:00:00+08:00');
 * ```
 */
export function readNow(now: unknown): number {
  if (now instanceof Date) {
    const ms = now.getTime();
    if (Number.isNaN(ms))
      throw new AccountPolicyError('invalid_instant', 'Invalid instant at now: an invalid Date', [
        { path: ['now'], message: 'is an invalid Date' },
      ]);
    return ms;
  }
  return instantMs(now, ['now']);
}

/**
 * Throws `invalid_state`: the hold expired, its headroom may have been given to others. @internal
 *
 * @param holdId - the hold's id
 * @param expiresAt - its expiry
 * @returns never
 * @example
 * ```ts
 * expiredHold('tx-1', '2026-11-22T10:15:00+08:00'); // throws
 * ```
 */
export function expiredHold(holdId: string, expiresAt: string): never {
  // Its headroom may have been given to others since.
  const message = `Hold ${JSON.stringify(holdId)} expired at ${expiresAt}; reserve again`;
  throw new AccountPolicyError('invalid_state', message, [{ path: ['holdId'], message }]);
}

/**
 * Throws `conflicting_transaction`. @internal
 *
 * @param id - the reused id
 * @param what - what already uses it
 * @returns never
 * @example
 * ```ts
 * conflicting('t-1', 'a pending hold'); // throws
 * ```
 */
export function conflicting(id: string, what: string): never {
  const message = `Transaction id ${JSON.stringify(id).slice(0, 80)} is already used by ${what} with different content`;
  throw new AccountPolicyError('conflicting_transaction', message, [
    { path: ['transaction', 'id'], message },
  ]);
}

/**
 * Commits a pending hold (removes it, records its transaction, remembers the id). @internal
 *
 * @param usage - the usage
 * @param holdId - the hold's id
 * @param scale - the currency's scale
 * @param held - the hold (as read before expired holds were dropped)
 * @returns the new usage
 * @example
 * ```ts
 * commitHold(usage, 't-1', 2, hold);
 * ```
 */
export function commitHold(usage: Usage, holdId: string, scale: number, held: Hold): Usage {
  const index = usage.holds.findIndex((h) => h.id === holdId);
  const hold = usage.holds[index] ?? held;
  const parsed = parseTransaction(hold.transaction, scale, [
    'usage',
    'holds',
    index,
    'transaction',
  ]);
  const recorded = recordParsed(usage, parsed, scale);
  // The memory evicts the entry forgotten soonest when full (memory.ts remember).
  return remember(
    { ...recorded, holds: usage.holds.filter((h) => h.id !== holdId) },
    settledHold(hold, forgetAt(parsed.atMs, hold.expiresAt, usage), 'committed'),
  );
}

/**
 * Refuses to settle a hold when the usage already remembers `USAGE_BOUNDS.settled` settled holds
 * (`expire` forgets them), so that no function writes a usage the validator would refuse.
 * @internal
 *
 * @param usage - the usage
 * @param holdId - the hold about to be settled
 * @returns nothing; throws `invalid_state` at `holdId` when there is no room
 * @example
 * ```ts
 * assertRoomInSettled(usage, 'tx-1');
 * ```
 */
export function assertRoomInSettled(usage: Usage, holdId: string): void {
  // The hold is pending, so its id is not among the settled ones (validateUsage): settling it
  // always adds one.
  if (usage.settled.length < USAGE_BOUNDS.settled) return;
  const message = `Hold ${JSON.stringify(holdId)} cannot be settled: the usage already remembers ${USAGE_BOUNDS.settled} settled holds; call expire first`;
  throw new AccountPolicyError('invalid_state', message, [{ path: ['holdId'], message }]);
}

/**
 * Non-throwing twin of {@link recordTransaction}.
 *
 * @param usage - the current usage
 * @param transaction - the booked transaction
 * @returns `{ ok: true, value }` with the new usage, or `{ ok: false, error }`
 * @example
 * ```ts
 * safeRecordTransaction(createUsage(getPreset()), { at: 'nope', amount: '1', kind: 'payment' }).ok; // false
 * ```
 */
export function safeRecordTransaction(usage: Usage, transaction: TransactionInput): Result<Usage> {
  return attempt(() => recordTransaction(usage, transaction));
}
