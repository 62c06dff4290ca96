import type { ClassIdArgument } from '../presets/shippedClassIds';
import { AccountPolicyError, attempt, type Result } from '../errors';
import type { Traced } from '../messages/trace';
import type { Preset } from '../presets/types/preset';
import { compilePreset } from './compile';
import { withCallLocalMemos } from './recentMap';
import { parseTransaction, type ParsedTransaction } from './parse';
import type { CheckDecision, CheckOptions, LimitAccount, TransactionInput } from './types';
import { parseHistory, usageFromParsed } from './usageFromHistory';
import { checkReversal, beyond, presetPeriod, type ReversalCheck, type Reversible } from './memory';
import { decide, readAccount, readOptions } from './checkTransaction';

/**
 * {@link checkTransaction} on raw history instead of usage, as the `check` command does: the
 * history may be in any order and of any age; only what falls in each window around the
 * transaction's instant counts (so a late transaction is checked exactly). An entry with the
 * transaction's own id and content is the transaction itself and is not counted; the same id
 * with other content is a conflict.
 *
 * Cost grows with the history's length; services should keep usage instead.
 *
 * @param account - the account
 * @param transaction - the transaction
 * @param history - the account's earlier transactions
 * @param preset - the rule set
 * @param options - `lang`, `upgradeHint`
 * @returns the decision
 * @throws AccountPolicyError as {@link checkTransaction}, with history paths (`history.2.amount`)
 * @example
 * ```ts
 * checkTransactionFromHistory(
 *   { class: 'II', balance: '1500.00' },
 *   { at: '2026-11-22T10:00:00+08:00', amount: '1000.00', kind: 'transfer_out', counterparty: 'other' },
 *   [{ at: '2026-11-22T09:00:00+08:00', amount: '9000.00', kind: 'transfer_out', counterparty: 'other' }],
 *   getPreset(),
 * ).allowed; // true: 9,000 + 1,000 reaches the 10,000 limit exactly
 * ```
 */
export function checkTransactionFromHistory<C extends string, A extends string>(
  account: LimitAccount<ClassIdArgument<A, NoInfer<C>>>,
  transaction: TransactionInput,
  history: readonly TransactionInput[],
  preset: Preset<C>,
  options: CheckOptions & { readonly trace: true },
): Traced<CheckDecision>;
export function checkTransactionFromHistory<C extends string, A extends string>(
  account: LimitAccount<ClassIdArgument<A, NoInfer<C>>>,
  transaction: TransactionInput,
  history: readonly TransactionInput[],
  preset: Preset<C>,
  options?: CheckOptions,
): CheckDecision;
export function checkTransactionFromHistory<C extends string, A extends string>(
  account: LimitAccount<ClassIdArgument<A, NoInfer<C>>>,
  transaction: TransactionInput,
  history: readonly TransactionInput[],
  preset: Preset<C>,
  options: CheckOptions = {},
): CheckDecision {
  const compiled = compilePreset(preset);
  const { cls, account: own } = readAccount(account, compiled);
  const checked = readOptions(options);
  const tx = parseTransaction(transaction, compiled.scale, ['transaction']);
  let entries = parseHistory(history, compiled.scale, ['history']);
  if (tx.id !== undefined) {
    const same = entries.find((e) => e.id === tx.id);
    if (same) {
      if (same.fingerprint !== tx.fingerprint) {
        const message = `Transaction id ${JSON.stringify(tx.id).slice(0, 80)} is in the history with different content`;
        throw new AccountPolicyError('conflicting_transaction', message, [
          { path: ['transaction', 'id'], message },
        ]);
      }
      entries = entries.filter((e) => e !== same);
    }
  }
  const old = beyond(presetPeriod(compiled), compiled.timeZone);
  const { kept, reversal } = verifyHistory(entries, tx, compiled.scale, old);
  // The usage is this call's own: its memos are dropped with it (see withCallLocalMemos).
  return withCallLocalMemos(() => {
    const usage = usageFromParsed(preset, kept, tx.atMs);
    return decide(compiled, cls, own, tx, usage, compiled.scale, checked, reversal);
  });
}

/**
 * The history's reversals verified in time order (a reversal of an id not in the history, or
 * beyond what is left of its original, is left out: it restores nothing), and the check of the
 * transaction's own reversal against them.
 */
function verifyHistory(
  entries: readonly ParsedTransaction[],
  tx: ParsedTransaction,
  scale: number,
  isOld: (originalMs: number, nowMs: number) => boolean,
): { kept: ParsedTransaction[]; reversal: ReversalCheck } {
  const originals = new Map<string, Reversible>();
  const reversals = new Map<string, Reversible[]>();
  const kept: ParsedTransaction[] = [];
  const entry = (e: ParsedTransaction): Reversible => ({
    id: e.id ?? '',
    atMs: e.atMs,
    bucket: e.bucket,
    amount: e.amountText,
  });
  for (const e of entries) if (e.id !== undefined && !e.reverses) originals.set(e.id, entry(e));
  const sorted = [...entries].sort((a, b) => a.atMs - b.atMs);
  for (const e of sorted) {
    if (e.reverses) {
      const done = reversals.get(e.reverses.id) ?? [];
      // As in a usage: a reversal restores headroom only once its original is verified.
      if (checkReversal(e, originals, done, scale, () => false).kind !== 'ok') continue;
      reversals.set(e.reverses.id, [...done, { ...entry(e), id: `${e.id ?? ''}#${kept.length}` }]);
    }
    kept.push(e);
  }
  const reversal = tx.reverses
    ? checkReversal(tx, originals, reversals.get(tx.reverses.id) ?? [], scale, isOld)
    : ({ kind: 'ok' } as const);
  return { kept, reversal };
}

/**
 * Non-throwing twin of {@link checkTransactionFromHistory}.
 *
 * @param account - the account
 * @param transaction - the transaction
 * @param history - the account's earlier transactions
 * @param preset - the rule set
 * @param options - `lang`, `upgradeHint`
 * @returns `{ ok: true, value }` with the decision, or `{ ok: false, error }`
 * @example
 * ```ts
 * safeCheckTransactionFromHistory(account, tx, [{ at: 'yesterday' }], getPreset()).ok; // false
 * ```
 */
export function safeCheckTransactionFromHistory<C extends string, A extends string>(
  account: LimitAccount<ClassIdArgument<A, NoInfer<C>>>,
  transaction: TransactionInput,
  history: readonly TransactionInput[],
  preset: Preset<C>,
  options: CheckOptions & { readonly trace: true },
): Result<Traced<CheckDecision>>;
export function safeCheckTransactionFromHistory<C extends string, A extends string>(
  account: LimitAccount<ClassIdArgument<A, NoInfer<C>>>,
  transaction: TransactionInput,
  history: readonly TransactionInput[],
  preset: Preset<C>,
  options?: CheckOptions,
): Result<CheckDecision>;
export function safeCheckTransactionFromHistory<C extends string, A extends string>(
  account: LimitAccount<ClassIdArgument<A, NoInfer<C>>>,
  transaction: TransactionInput,
  history: readonly TransactionInput[],
  preset: Preset<C>,
  options: CheckOptions = {},
): Result<CheckDecision> {
  return attempt((): CheckDecision =>
    checkTransactionFromHistory(account, transaction, history, preset, options),
  );
}
