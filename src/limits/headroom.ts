import type { ClassIdArgument } from '../presets/shippedClassIds';
import { attempt, type Result } from '../errors';
import type { Preset } from '../presets/types/preset';
import { decide, readAccount, readOptions } from './checkTransaction';
import { compilePreset } from './compile';
import { evaluateClass, prepareEvaluation } from './engine';
import { invalid, parseSupportedInstantMs, parseTransaction } from './parse';
import { minorText, parseAmountMinor } from '../money/amountMinor';
import type {
  CheckDecision,
  CheckOptions,
  LimitAccount,
  LimitStatus,
  TransactionInput,
  Usage,
} from './types';
import { assertUsageFits, readUsage } from './usage';

/** Every limit's state at an instant: what is left and when it resets. */
export interface Headroom {
  /** Remaining per limit id (decimal strings; counts as whole numbers). */
  readonly headroom: { readonly [limitId: string]: string };
  /** When each limit resets (`null`: not by time). */
  readonly resetsAt: { readonly [limitId: string]: string | null };
  /** Full status of every limit, in preset order. */
  readonly limits: readonly LimitStatus[];
}

/**
 * How much headroom every limit of the account's class has left at an instant, and when each
 * resets — "how much can I still send today, and when does that reset?". Pending holds count as
 * used.
 *
 * @param account - the account (class and balance; the balance feeds the balance cap)
 * @param usage - the account's usage
 * @param preset - the rule set
 * @param at - the instant (ISO string; passed in, never read from a clock)
 * @returns headroom and reset instants per limit id, and every limit's status
 * @throws AccountPolicyError `invalid_input` (unknown class, malformed usage, an instant before the
 *   usage's current window), `invalid_instant`, `invalid_amount`, `invalid_duration`, each naming
 *   the path of what is wrong
 * @example
 * ```ts
 * const h = getHeadroom({ class: 'II', balance: '0.00' }, usage, getPreset(), '2026-11-22T10:00:00+08:00');
 * h.headroom.dailyOutflow; // '1000.00'
 * h.resetsAt.dailyOutflow; // '2026-11-23T00:00:00+08:00'
 * ```
 */
export function getHeadroom<C extends string, A extends string>(
  account: LimitAccount<ClassIdArgument<A, NoInfer<C>>>,
  usage: Usage,
  preset: Preset<C>,
  at: string,
): Headroom {
  const compiled = compilePreset(preset);
  const { cls, account: own } = readAccount(account, compiled);
  const { scale } = readUsage(usage);
  const atMs = parseSupportedInstantMs(at, ['at']);
  assertUsageFits(usage, compiled, cls.windowKeys);
  const ev = prepareEvaluation(compiled, usage, scale, atMs, own.balance, null);
  const limits = evaluateClass(ev, cls, null, own, 'en', true).statuses!;
  const headroom: { [id: string]: string } = {};
  const resetsAt: { [id: string]: string | null } = {};
  for (const s of limits) {
    headroom[s.id] = s.remaining;
    resetsAt[s.id] = s.resetsAt;
  }
  return { headroom, resetsAt, limits };
}

/**
 * Non-throwing twin of {@link getHeadroom}.
 *
 * @param account - the account
 * @param usage - the account's usage
 * @param preset - the rule set
 * @param at - the instant
 * @returns `{ ok: true, value }` or `{ ok: false, error }`
 * @example
 * ```ts
 * safeGetHeadroom({ class: 'II', balance: '0' }, usage, getPreset(), 'now').ok; // false
 * ```
 */
export function safeGetHeadroom<C extends string, A extends string>(
  account: LimitAccount<ClassIdArgument<A, NoInfer<C>>>,
  usage: Usage,
  preset: Preset<C>,
  at: string,
): Result<Headroom> {
  return attempt(() => getHeadroom(account, usage, preset, at));
}

/** The largest amount a transaction of one kind could have now, and what binds it. */
export interface Allowance {
  /** The largest amount the limits allow now (decimal string); `null` when no limit caps it. */
  readonly maxAmount: string | null;
  /** The id of the limit that binds (the smallest remaining), or `null`. */
  readonly limitedBy: string | null;
  /** When that limit resets (`null`: not by time, or nothing binds). */
  readonly resetsAt: string | null;
  /**
   * The check of the transaction with amount zero: its violations say whether the kind is
   * permitted and whether the account's state allows it at all.
   */
  readonly decision: CheckDecision;
}

/**
 * The largest amount a transaction of this kind, counterparty and channel could have at an
 * instant under the class's limits (window headroom, per-transaction caps, the balance cap for
 * credits), the limit that binds it and when that limit resets. It is a ceiling for one
 * transaction, never advice to split one; the frozen amount and the available balance are the
 * bank's ledger's business and are not included. Whether the kind is permitted and the account's
 * state allows it at all is in `decision` (a check of the same transaction with amount zero).
 *
 * @param account - the account
 * @param probe - the transaction without its amount
 * @param usage - the account's usage
 * @param preset - the rule set
 * @param options - `lang` of the decision's messages
 * @returns the allowance
 * @throws AccountPolicyError as `checkTransaction`
 * @example
 * ```ts
 * const a = maxTransactionAmount({ class: 'II', balance: '0.00' },
 *   { at: '2026-11-22T10:00:00+08:00', kind: 'transfer_out', counterparty: 'other' }, usage, getPreset());
 * a.maxAmount; // '1000.00'
 * a.limitedBy; // 'dailyOutflow'
 * ```
 */
export function maxTransactionAmount<C extends string, A extends string>(
  account: LimitAccount<ClassIdArgument<A, NoInfer<C>>>,
  probe: Omit<TransactionInput, 'amount'>,
  usage: Usage,
  preset: Preset<C>,
  options: CheckOptions = {},
): Allowance {
  const compiled = compilePreset(preset);
  const { cls, account: own } = readAccount(account, compiled);
  const { scale } = readUsage(usage);
  const checked = readOptions(options);
  // Checked before the spread: spreading a string or a list copies every character or item.
  if (typeof probe !== 'object' || probe === null || Array.isArray(probe))
    invalid(['transaction'], 'must be a transaction object such as { at, kind, counterparty }');
  const tx = parseTransaction({ ...probe, amount: '0' } as TransactionInput, compiled.scale, [
    'transaction',
  ]);
  const decision = decide(compiled, cls, own, tx, usage, scale, {
    ...checked,
    upgradeHint: false,
  });
  let best: LimitStatus | null = null;
  let bestValue: bigint | null = null;
  for (const s of decision.limits) {
    const applies =
      s.type === 'balance_cap'
        ? decision.effect === 'credit'
        : !tx.reverses && decision.counting === s.direction;
    if (!applies) continue;
    const value =
      s.type === 'window_count'
        ? s.remaining === '0'
          ? 0n
          : null
        : parseAmountMinor(s.remaining, scale, []);
    if (value === null) continue;
    if (bestValue === null || value < bestValue) {
      best = s;
      bestValue = value;
    }
  }
  return {
    maxAmount: bestValue === null ? null : minorText(bestValue, scale),
    limitedBy: best?.id ?? null,
    resetsAt: best?.resetsAt ?? null,
    decision,
  };
}

/**
 * Non-throwing twin of {@link maxTransactionAmount}.
 *
 * @param account - the account
 * @param probe - the transaction without its amount
 * @param usage - the account's usage
 * @param preset - the rule set
 * @param options - `lang`
 * @returns `{ ok: true, value }` or `{ ok: false, error }`
 * @example
 * ```ts
 * safeMaxTransactionAmount(account, { at: 'x', kind: 'payment' }, usage, getPreset()).ok; // false
 * ```
 */
export function safeMaxTransactionAmount<C extends string, A extends string>(
  account: LimitAccount<ClassIdArgument<A, NoInfer<C>>>,
  probe: Omit<TransactionInput, 'amount'>,
  usage: Usage,
  preset: Preset<C>,
  options: CheckOptions = {},
): Result<Allowance> {
  return attempt(() => maxTransactionAmount(account, probe, usage, preset, options));
}
