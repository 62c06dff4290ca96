import type { ClassIdArgument } from '../presets/shippedClassIds';
import { AccountPolicyError, attempt, type Result } from '../errors';
import type { Preset } from '../presets/types/preset';
import { formatInstant, validateDuration } from '../time';
import type { PolicyDuration } from '../time/types';
import { decide, readAccount, readOptions } from './checkTransaction';
import { compilePreset } from './compile';
import { DEFAULT_HOLD_DURATION, holdExpiryMs } from './holdDuration';
import { checkId, instantMs, invalid, parseTransaction, rethrowAt } from './parse';
import { contentKey, dropExpired, forgetAt, parsedKey, remember, settledHold } from './memory';
import type {
  CheckDecision,
  CheckOptions,
  Hold,
  LimitAccount,
  TransactionInput,
  Usage,
} from './types';
import { commitHold, conflicting, expiredHold, produced, readNow, readUsage } from './usage';
import { USAGE_BOUNDS } from './usageShape';

export { DEFAULT_HOLD_DURATION, MAX_HOLD_DURATION } from './holdDuration';

/** Options of {@link reserve}. */
export interface ReserveOptions extends CheckOptions {
  /**
   * How long the hold lasts from the transaction's instant (default 15 minutes): longer than zero,
   * and at most {@link MAX_HOLD_DURATION} (31 days).
   */
  readonly holdFor?: PolicyDuration;
}

/**
 * The result of {@link reserve}: a hold (new, or the same one again for a retried id), or the
 * refusal with the usage unchanged.
 */
export type ReserveResult =
  | {
      readonly ok: true;
      /** The usage to store (compare-and-set on the version you read); unchanged for a replay. */
      readonly usage: Usage;
      readonly hold: Hold;
      /** Where the hold stands: `pending`, or `committed`/`released` for a retry after settlement. */
      readonly holdState: 'pending' | 'committed' | 'released';
      /** True when this id was reserved before with the same content (nothing changed). */
      readonly replayed: boolean;
      /** The check's decision; `null` for a replay (nothing was decided anew). */
      readonly decision: CheckDecision | null;
    }
  | { readonly ok: false; readonly usage: Usage; readonly decision: CheckDecision };

/**
 * Reserves headroom for a transaction: checks it (pending holds count as used) and, if allowed,
 * returns new usage (version + 1) carrying a hold `{ id, amount, expiresAt }`. Holds expired at
 * the transaction's instant are dropped first. Commit the hold when the transaction is booked,
 * release it when it is not; an uncommitted hold lapses at `expiresAt`.
 *
 * Idempotent by transaction id: reserving an id again with the same content (whatever its `at`,
 * while the usage remembers the id: until the hold expires, or `IDEMPOTENCY_PERIOD` after the
 * transaction's instant once settled) returns the same hold and the same usage
 * (`replayed: true`; a settled hold's `expiresAt` is then when it is forgotten); with other
 * content it throws
 * `conflicting_transaction`. To stay safe under concurrency, store the returned usage only if the
 * stored version is still the one you read (compare-and-set), else read again and retry.
 *
 * @param account - the account (as for `checkTransaction`)
 * @param transaction - the transaction; `id` is required; `at` is the instant of the reservation
 * @param usage - the current usage
 * @param preset - the rule set
 * @param options - `holdFor` (default 15 minutes), `lang`, `upgradeHint`
 * @returns `{ ok: true, usage, hold, … }` or `{ ok: false, usage, decision }`
 * @throws AccountPolicyError `invalid_input` (no id, …), `invalid_duration` (`options.holdFor`
 *   malformed, zero, or longer than `MAX_HOLD_DURATION`),
 *   `conflicting_transaction`, `invalid_state` (the usage already has `USAGE_BOUNDS.holds`
 *   pending holds), and as `checkTransaction`
 * @example
 * ```ts
 * const r = reserve({ class: 'II', balance: '5000.00' },
 *   { id: 'tx-1', at: '2026-11-22T10:00:00+08:00', amount: '1000.00', kind: 'payment' },
 *   createUsage(getPreset()), getPreset());
 * if (r.ok) r.hold.expiresAt; // '2026-11-22T10:15:00+08:00'
 * ```
 */
export function reserve<C extends string, A extends string>(
  account: LimitAccount<ClassIdArgument<A, NoInfer<C>>>,
  transaction: TransactionInput,
  usage: Usage,
  preset: Preset<C>,
  options: ReserveOptions = {},
): ReserveResult {
  const compiled = compilePreset(preset);
  const { cls, account: own } = readAccount(account, compiled);
  const { scale } = readUsage(usage);
  const checked = readOptions(options);
  const holdFor =
    checked.holdFor === undefined
      ? DEFAULT_HOLD_DURATION
      : readDuration(checked.holdFor, ['options', 'holdFor']);
  const tx = parseTransaction(transaction, compiled.scale, ['transaction']);
  if (tx.id === undefined)
    invalid(['transaction', 'id'], 'is required to reserve (it makes retries idempotent)');
  const expiresMs = holdExpiryMs(holdFor, tx.atMs, compiled.timeZone, ['options', 'holdFor']);
  // A retry is judged on the usage as of its instant: a hold expired then replays as released.
  const live = expire(usage, new Date(tx.atMs));
  const pending = live.holds.find((h) => h.id === tx.id);
  const settled = pending ? undefined : live.settled.find((h) => h.id === tx.id);
  const previous = pending ?? settled;
  if (previous) {
    if (contentKey(previous.transaction) !== parsedKey(tx))
      conflicting(tx.id, pending ? 'a pending hold' : 'a settled hold');
    const { outcome, ...hold } = settled ?? { ...pending!, outcome: 'pending' as const };
    return {
      ok: true,
      usage,
      hold,
      holdState: outcome,
      replayed: true,
      decision: null,
    };
  }
  const decision = decide(compiled, cls, own, tx, live, scale, checked);
  if (!decision.allowed) return { ok: false, usage, decision };
  if (live.holds.length >= USAGE_BOUNDS.holds)
    stateError(
      tx.id,
      `cannot be reserved: the usage already has ${USAGE_BOUNDS.holds} pending holds; commit, release or expire some first`,
      ['transaction', 'id'],
    );
  const hold: Hold = {
    id: tx.id,
    amount: tx.amountText,
    expiresAt: formatInstant(new Date(expiresMs), compiled.timeZone),
    transaction: tx.stored,
    fingerprint: tx.fingerprint,
  };
  return {
    ok: true,
    usage: produced({ ...live, version: usage.version + 1, holds: [...live.holds, hold] }),
    hold,
    holdState: 'pending',
    replayed: false,
    decision,
  };
}

/**
 * Non-throwing twin of {@link reserve}.
 *
 * @param account - the account
 * @param transaction - the transaction (with an id)
 * @param usage - the current usage
 * @param preset - the rule set
 * @param options - `holdFor`, `lang`, `upgradeHint`
 * @returns `{ ok: true, value }` with the reserve result, or `{ ok: false, error }`
 * @example
 * ```ts
 * safeReserve(account, { at: '2026-11-22T10:00:00+08:00', amount: '1', kind: 'payment' }, usage, getPreset()).ok; // false: no id
 * ```
 */
export function safeReserve<C extends string, A extends string>(
  account: LimitAccount<ClassIdArgument<A, NoInfer<C>>>,
  transaction: TransactionInput,
  usage: Usage,
  preset: Preset<C>,
  options: ReserveOptions = {},
): Result<ReserveResult> {
  return attempt(() => reserve(account, transaction, usage, preset, options));
}

function stateError(
  holdId: string,
  problem: string,
  path: readonly (string | number)[] = ['holdId'],
): never {
  const message = `Hold ${JSON.stringify(holdId)} ${problem}`;
  throw new AccountPolicyError('invalid_state', message, [{ path: [...path], message }]);
}

/** A duration option, validated (the path named in the message). */
function readDuration(value: unknown, path: readonly string[]): PolicyDuration {
  try {
    return validateDuration(value, path);
  } catch (error) {
    rethrowAt(error, path, 'Invalid duration');
  }
}

/** Checks a hold id argument (a transaction id). */
function readHoldId(holdId: unknown): string {
  return checkId(holdId, ['holdId']);
}

/**
 * Commits a pending hold: the transaction is booked, so its amount moves from the hold into the
 * window totals (recorded at the transaction's own instant). Committing again is a no-op.
 *
 * @param usage - the current usage
 * @param holdId - the hold's (transaction's) id
 * @param now - the instant of the commit (ISO string or Date), required: a hold expired then
 *   cannot be committed, since its headroom may have been given to others; holds expired then
 *   are dropped
 * @returns the new usage (version + 1), or the same usage if already committed
 * @throws AccountPolicyError `invalid_state` for an unknown, released or expired hold;
 *   `invalid_reversal` for a reversal whose original was reversed meanwhile;
 *   `invalid_input` for a malformed usage or a `holdId` that is not an id; `invalid_instant` for
 *   a malformed or missing `now`
 * @example
 * ```ts
 * usage = commit(usage, 'tx-1', '2026-11-22T10:05:00+08:00');
 * ```
 */
export function commit(usage: Usage, holdId: string, now: string | Date): Usage {
  const { scale } = readUsage(usage);
  readHoldId(holdId);
  const nowMs = readNow(now);
  const hold = usage.holds.find((h) => h.id === holdId);
  if (!hold) {
    const settled = usage.settled.find((h) => h.id === holdId);
    if (settled?.outcome === 'committed') return usage;
    if (settled?.outcome === 'released') stateError(holdId, 'was released; it cannot be committed');
    stateError(holdId, 'is not pending (unknown, or expired and removed)');
  }
  const index = usage.holds.indexOf(hold);
  if (instantMs(hold.expiresAt, ['usage', 'holds', index, 'expiresAt']) <= nowMs)
    expiredHold(holdId, hold.expiresAt);
  parseTransaction(hold.transaction, scale, ['usage', 'holds', index, 'transaction']);
  return produced(commitHold(dropExpired(usage, nowMs), holdId, scale, hold));
}

/**
 * Non-throwing twin of {@link commit}.
 *
 * @param usage - the current usage
 * @param holdId - the hold's id
 * @param now - the instant of the commit
 * @returns `{ ok: true, value }` with the new usage, or `{ ok: false, error }`
 * @example
 * ```ts
 * safeCommit(usage, 'unknown', '2026-11-22T10:05:00+08:00').ok; // false
 * ```
 */
export function safeCommit(usage: Usage, holdId: string, now: string | Date): Result<Usage> {
  return attempt(() => commit(usage, holdId, now));
}

/**
 * Releases a pending hold: the transaction will not happen, its headroom is free again.
 * Releasing again, or releasing an id that is not held (e.g. already expired), is a no-op.
 *
 * @param usage - the current usage
 * @param holdId - the hold's (transaction's) id
 * @param now - the instant of the release (required): holds expired then are dropped
 * @returns the new usage (version + 1), or the same usage when there was nothing to release
 * @throws AccountPolicyError `invalid_state` if the hold was already committed; `invalid_input`
 *   for a malformed usage or a `holdId` that is not an id; `invalid_instant` for a malformed
 *   or missing `now`
 * @example
 * ```ts
 * usage = release(usage, 'tx-1', '2026-11-22T10:05:00+08:00');
 * ```
 */
export function release(usage: Usage, holdId: string, now: string | Date): Usage {
  readUsage(usage);
  readHoldId(holdId);
  const nowMs = readNow(now);
  const hold = usage.holds.find((h) => h.id === holdId);
  if (!hold) {
    const settled = usage.settled.find((h) => h.id === holdId);
    if (settled?.outcome === 'committed')
      stateError(holdId, 'was committed; reverse the transaction instead');
    return usage;
  }
  const live = dropExpired(usage, nowMs);
  const atMs = instantMs(hold.transaction.at, ['usage', 'holds', 'transaction', 'at']);
  return produced(
    remember(
      { ...live, version: usage.version + 1, holds: live.holds.filter((h) => h.id !== holdId) },
      settledHold(hold, forgetAt(atMs, hold.expiresAt, usage), 'released'),
    ),
  );
}

/**
 * Non-throwing twin of {@link release}.
 *
 * @param usage - the current usage
 * @param holdId - the hold's id
 * @param now - the instant of the release
 * @returns `{ ok: true, value }` with the new usage, or `{ ok: false, error }`
 * @example
 * ```ts
 * safeRelease(usage, 'tx-1', '2026-11-22T10:05:00+08:00').ok; // true
 * ```
 */
export function safeRelease(usage: Usage, holdId: string, now: string | Date): Result<Usage> {
  return attempt(() => release(usage, holdId, now));
}

/**
 * Removes the holds that have expired at `now` (their headroom is free again) and forgets settled
 * entries past their `expiresAt` (the idempotency period; retries of those ids then count as
 * new). Every other write does the same at its own instant.
 *
 * @param usage - the current usage
 * @param now - the current instant (ISO string or Date; passed in, never read from a clock)
 * @returns the new usage (version + 1), or the same usage when nothing expired
 * @throws AccountPolicyError `invalid_instant` for a malformed `now` (or an invalid Date);
 *   `invalid_input` for a malformed usage
 * @example
 * ```ts
 * usage = expire(usage, '2026-11-22T10:15:00+08:00');
 * ```
 */
export function expire(usage: Usage, now: string | Date): Usage {
  readUsage(usage);
  const live = dropExpired(usage, readNow(now));
  return live === usage ? usage : produced({ ...live, version: usage.version + 1 });
}

/**
 * Non-throwing twin of {@link expire}.
 *
 * @param usage - the current usage
 * @param now - the current instant
 * @returns `{ ok: true, value }` with the new usage, or `{ ok: false, error }`
 * @example
 * ```ts
 * safeExpire(usage, 'not a date').ok; // false
 * ```
 */
export function safeExpire(usage: Usage, now: string | Date): Result<Usage> {
  return attempt(() => expire(usage, now));
}
