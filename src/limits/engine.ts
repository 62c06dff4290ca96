/*
 * The limit engine proper: evaluates one class's permissions and limits for a transaction (or
 * just its headroom) against usage. Internal to src/limits; the public entry points are
 * checkTransaction, checkTransactionFromHistory and getHeadroom.
 */
import { balanceEffect } from '../classes/balanceEffect';
import type { Lang } from '../messages/lang';
import type { RuleOutcome } from '../messages/trace';
import { parseAmountMinor } from '../money/amountMinor';
import type { CompiledClass, CompiledLimit, CompiledPreset } from './compile';
import { instantMs, type ParsedTransaction } from './parse';
import { contentKey, parsedKey } from './memory';
import { channelRule } from './rules/channel';
import { nonReloadableRule } from './rules/nonReloadable';
import { runLimitRule } from './rules/limitRules';
import { countOrAmountText } from './rules/limitViolation';
import { permissionRule } from './rules/permission';
import { toOutcome, type LimitState, type RuleInput, type RuleResult } from './rules/types';
import type { LimitAccount, LimitStatus, LimitViolation, Usage, Violation } from './types';
import { conflicting } from './usage';
import type { WindowUse } from './windowUse';
import type { WindowSlice } from './windows';
import type { Flows } from './windowSums';

/** A pending hold that counts at the evaluation instant. */
export interface ActiveHold {
  readonly bucket: string;
  readonly atMs: number;
  /** The held amount in minor units. */
  readonly minor: bigint;
  readonly reversal: boolean;
}

/** Everything about one evaluation instant that does not depend on the class. */
export interface Evaluation {
  readonly compiled: CompiledPreset;
  readonly usage: Usage;
  readonly scale: number;
  /** Zero with the currency's scale, e.g. `"0.00"`. */
  readonly zeroText: string;
  readonly atMs: number;
  /** The booked balance in minor units. */
  readonly balanceMinor: bigint;
  readonly holds: readonly ActiveHold[];
  /** Sums of pending credits and debits (holds) in minor units, for the balance cap and the frozen amount. */
  readonly pendingCreditsMinor: bigint;
  readonly pendingDebitsMinor: bigint;
  /** Per window key, the slice at the instant (a few entries: linear search beats a Map here). */
  readonly slices: { key: string; slice: WindowSlice }[];
  /** Per class and window key, what is used. */
  readonly uses: { cls: CompiledClass; key: string; use: WindowUse }[];
  /** The flows objects this evaluation has checked to be unchanged (windowSums.ts). */
  readonly verified: Flows[];
}

/**
 * Prepares an evaluation for a usage that fits the preset (call `assertUsageFits` first): the
 * holds that still count at `atMs` (not expired; the transaction's own hold excluded when its id
 * and content match, a conflict when only the id does).
 *
 * @param compiled - the compiled preset
 * @param usage - the usage
 * @param scale - the currency's scale
 * @param atMs - the instant (epoch ms)
 * @param balanceInput - the account's booked balance as given (`account.balance`), read as minor
 *   units (refused at `account.balance` when it is not an amount)
 * @param self - the transaction checked, or null
 * @returns the evaluation
 * @example
 * ```ts
 * prepareEvaluation(compiled, usage, 2, tx.atMs, '0.00', tx);
 * ```
 */
export function prepareEvaluation(
  compiled: CompiledPreset,
  usage: Usage,
  scale: number,
  atMs: number,
  balanceInput: unknown,
  self: ParsedTransaction | null,
): Evaluation {
  const balanceMinor = parseAmountMinor(balanceInput, scale, ['account', 'balance'], true);
  const holds: ActiveHold[] = [];
  let credits = 0n;
  let debits = 0n;
  for (let i = 0; i < usage.holds.length; i++) {
    const h = usage.holds[i]!;
    const path = ['usage', 'holds', i];
    if (self !== null && self.id !== undefined && h.id === self.id) {
      if (contentKey(h.transaction) !== parsedKey(self)) conflicting(self.id, 'a pending hold');
      continue;
    }
    if (instantMs(h.expiresAt, [...path, 'expiresAt']) <= atMs) continue;
    const t = h.transaction;
    const minor = parseAmountMinor(h.amount, scale, [...path, 'amount']);
    const reversal = t.reverses !== undefined;
    holds.push({
      bucket: `${t.kind}:${t.counterparty}`,
      atMs: instantMs(t.at, [...path, 'transaction', 'at']),
      minor,
      reversal,
    });
    if (balanceEffect(t.kind, reversal) === 1) credits += minor;
    else debits += minor;
  }

  return {
    compiled,
    usage,
    scale,
    // The usage fits the preset (assertUsageFits, called first): same currency, same scale.
    zeroText: compiled.zeroText,
    atMs,
    balanceMinor,
    holds,
    pendingCreditsMinor: credits,
    pendingDebitsMinor: debits,
    slices: [],
    uses: [],
    verified: [],
  };
}

/**
 * The status of a limit from its state; a violated limit's used and remaining texts are its
 * violation's (the same numbers, written once).
 */
function statusOf(
  ev: Evaluation,
  state: LimitState,
  violation: LimitViolation | null,
): LimitStatus {
  const limit = state.limit;
  const isCount = limit.type === 'window_count';
  const used = violation?.used ?? countOrAmountText(state.used, isCount, ev.scale);
  const remaining =
    violation?.remaining ??
    (state.remaining === limit.minor
      ? limit.limitText
      : countOrAmountText(state.remaining, isCount, ev.scale));
  switch (limit.type) {
    case 'window_amount':
    case 'window_count':
      return {
        id: limit.id,
        type: limit.type,
        layer: limit.layer,
        direction: limit.direction,
        window: limit.window.kind === 'calendar' ? limit.window.unit : 'rolling',
        limit: limit.limitText,
        used,
        remaining,
        resetsAt: state.resetsAt,
        rule: limit.path,
        source: limit.sourceRef,
        sourceKey: limit.sourceKey,
      };
    case 'per_transaction':
      return {
        id: limit.id,
        type: limit.type,
        layer: limit.layer,
        direction: limit.direction,
        limit: limit.limitText,
        used,
        remaining,
        resetsAt: state.resetsAt,
        rule: limit.path,
        source: limit.sourceRef,
        sourceKey: limit.sourceKey,
      };
    case 'balance_cap':
      return {
        id: limit.id,
        type: limit.type,
        layer: limit.layer,
        limit: limit.limitText,
        used,
        remaining,
        resetsAt: state.resetsAt,
        rule: limit.path,
        source: limit.sourceRef,
        sourceKey: limit.sourceKey,
      };
  }
}

/** The result of evaluating one class. */
export interface ClassEvaluation {
  readonly violations: Violation[];
  readonly statuses: LimitStatus[] | null;
  readonly counted: 'inflow' | 'outflow' | 'exempt';
  readonly effect: 1 | -1;
}

/** Whether a limit can matter to the transaction (hint evaluation skips the others). */
function touches(limit: CompiledLimit, input: RuleInput): boolean {
  return limit.type === 'balance_cap'
    ? input.effect === 1
    : input.counted !== null && input.counted === limit.direction;
}

function collect(r: RuleResult, violations: Violation[], trace: RuleOutcome[] | null): void {
  if (r.violation !== null) violations.push(r.violation);
  if (trace !== null) trace.push(toOutcome(r));
}

/**
 * Evaluates the class-dependent rules for a transaction, or only the limits' statuses when `tx`
 * is null: the fold, in order, of the permission rule, the channel rule (when the class lists
 * channels) and one rule per limit (`rules/limitRules.ts`).
 *
 * @param ev - the evaluation
 * @param cls - the compiled class
 * @param tx - the transaction, or null for headroom only
 * @param account - the account (permission facts)
 * @param lang - the messages' language
 * @param withStatuses - whether to build every limit's status (false, for hints: violations
 *   only, and untraced it stops at the first violation, so only "any violation?" is answered)
 * @param trace - where to append each rule's outcome, in evaluation order (null: no trace)
 * @returns the violations, statuses, counting direction and balance effect
 * @example
 * ```ts
 * evaluateClass(ev, cls, tx, account, 'en', true).violations;
 * ```
 */
export function evaluateClass(
  ev: Evaluation,
  cls: CompiledClass,
  tx: ParsedTransaction | null,
  account: LimitAccount,
  lang: Lang,
  withStatuses: boolean,
  trace: RuleOutcome[] | null = null,
): ClassEvaluation {
  const violations: Violation[] = [];
  const direction = tx === null ? 'exempt' : (cls.directions.get(tx.bucket) ?? 'exempt');
  const effect = tx === null ? 1 : balanceEffect(tx.kind, tx.reverses !== undefined);
  const counted = tx === null || tx.reverses || direction === 'exempt' ? null : direction;
  const input: RuleInput = {
    ev,
    cls,
    tx,
    account,
    counted,
    effect,
    lang,
    trace: trace !== null,
    messages: withStatuses || trace !== null,
  };
  if (tx !== null) {
    collect(permissionRule(input), violations, trace);
    if (cls.rules.transactionChannels !== undefined) collect(channelRule(input), violations, trace);
    if (cls.rules.nonReloadable !== undefined) collect(nonReloadableRule(input), violations, trace);
  }
  const statuses: LimitStatus[] | null = withStatuses ? [] : null;
  for (const limit of cls.limits) {
    // Hint evaluation only asks whether anything is violated: the first violation answers it.
    if (statuses === null && trace === null && violations.length > 0) break;
    // Hint evaluation: only limits the transaction touches matter.
    if (!withStatuses && tx !== null && !touches(limit, input)) continue;
    const r = runLimitRule(input, limit);
    collect(r, violations, trace);
    if (statuses) statuses.push(statusOf(ev, r.state, r.violation));
  }
  return { violations, statuses, counted: direction, effect };
}
