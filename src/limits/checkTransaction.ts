import type { ClassIdArgument } from '../presets/shippedClassIds';
import { ownFields } from '../errors/ownFields';
import { attempt, type Result } from '../errors';
import type { Lang } from '../messages/lang';
import type { RuleOutcome, Traced } from '../messages/trace';
import type { Preset } from '../presets/types/preset';
import { compiledClass, compilePreset, type CompiledClass, type CompiledPreset } from './compile';
import { evaluateClass, prepareEvaluation, type Evaluation } from './engine';
import { minorText } from '../money/amountMinor';
import { invalid, MAX_ID, parseTransaction, type ParsedTransaction } from './parse';
import type {
  CheckDecision,
  CheckOptions,
  LimitAccount,
  TransactionInput,
  UpgradeHint,
  Usage,
  Violation,
} from './types';
import { assertUsageFits, readUsage } from './usage';
import { checkReversalInUsage, type ReversalCheck } from './memory';
import { ACCOUNT_STATE_FIELDS } from './accountState';
import { accountStateRule } from './rules/accountStateRule';
import { fundsRule } from './rules/fundsRule';
import { reversalRule } from './rules/reversalRule';
import { toOutcome, type RuleResult } from './rules/types';
import { collectRequirements } from './requirements';
import { localDayText } from '../time/internal/localDayText';
import type { Flows } from './windowSums';

/**
 * The fields a limit account may have: the class and balance, the facts permission conditions
 * test, and the lifecycle state fields (`checkAccountSchema` has exactly these; a test holds the
 * two together).
 */
export const LIMIT_ACCOUNT_FIELDS: ReadonlySet<string> = new Set([
  'class',
  'balance',
  'faceToFaceVerified',
  'boundFirstDepositReceived',
  'firstLoadReceived',
  ...ACCOUNT_STATE_FIELDS,
]);

/**
 * Validates the account object and finds its class. @internal
 *
 * @param account - the account
 * @param compiled - the compiled preset
 * @returns the account's compiled class, and the account's own fields (an unknown field is
 *   `invalid_input` at its path; inherited properties are not read)
 * @example
 * ```ts
 * readAccount({ class: 'II', balance: '0.00' }, compilePreset(getPreset())).cls;
 * ```
 */
export function readAccount(
  account: LimitAccount,
  compiled: CompiledPreset,
): { readonly cls: CompiledClass; readonly account: LimitAccount } {
  // Any object but an array (services may pass their own records); only its own fields are read.
  if (typeof account !== 'object' || account === null || Array.isArray(account))
    invalid(['account'], 'must be an account object such as { class, balance }');
  const own = ownFields(
    account,
    LIMIT_ACCOUNT_FIELDS,
    ['account'],
    'a limit account',
  ) as unknown as LimitAccount;
  return { cls: readClass(own, compiled), account: own };
}

function readClass(account: LimitAccount, compiled: CompiledPreset): CompiledClass {
  const id = account.class;
  if (typeof id !== 'string' || id.length === 0 || id.length > MAX_ID)
    invalid(['account', 'class'], `must be a class or tier id of at most ${MAX_ID} characters`);
  for (const fact of PERMISSION_FACTS) {
    const value = account[fact];
    if (value !== undefined && typeof value !== 'boolean')
      invalid(['account', fact], 'must be true or false when given');
  }
  return compiledClass(compiled, id);
}

const PERMISSION_FACTS = [
  'faceToFaceVerified',
  'boundFirstDepositReceived',
  'firstLoadReceived',
] as const;
const LANGS: readonly unknown[] = ['en', 'zh-CN'];

/**
 * Checks the options of a check (absent: `{}`). @internal
 *
 * @param options - the options as given
 * @returns the options
 * @throws AccountPolicyError `invalid_input` at `options.lang` or `options.upgradeHint`
 * @example
 * ```ts
 * readOptions({ lang: 'zh-CN' }).lang; // 'zh-CN'
 * ```
 */
export function readOptions<T extends CheckOptions>(options: T | undefined): T {
  if (options === undefined) return {} as T;
  if (typeof options !== 'object' || options === null || Array.isArray(options))
    invalid(['options'], 'must be an options object such as { lang: "zh-CN" }');
  if (options.lang !== undefined && !LANGS.includes(options.lang))
    invalid(['options', 'lang'], 'must be "en" or "zh-CN"');
  if (options.upgradeHint !== undefined && typeof options.upgradeHint !== 'boolean')
    invalid(['options', 'upgradeHint'], 'must be true or false when given');
  if (options.checkFunds !== undefined && typeof options.checkFunds !== 'boolean')
    invalid(['options', 'checkFunds'], 'must be true or false when given');
  if (options.trace !== undefined && typeof options.trace !== 'boolean')
    invalid(['options', 'trace'], 'must be true or false when given');
  return options;
}

function upgradeHint(
  ev: Evaluation,
  cls: CompiledClass,
  tx: ParsedTransaction,
  account: LimitAccount,
  lang: Lang,
  blockedByState: boolean,
): UpgradeHint | null {
  for (const candidate of cls.higher) {
    const rules = candidate.rules;
    if (!candidate.windowKeys.every((k) => Object.hasOwn(ev.usage.windows, k))) continue;
    if (evaluateClass(ev, candidate, tx, account, lang, false).violations.length === 0)
      return {
        class: rules.id,
        rank: rules.rank,
        title: rules.title[lang],
        stillBlockedByAccountState: blockedByState,
      };
  }
  return null;
}

/**
 * The rules around the class's: the account's state (its violations come first in a decision),
 * then the reversal and (opt-in) the funds (theirs come last).
 */
function serviceResults(
  ev: Evaluation,
  account: LimitAccount,
  tx: ParsedTransaction,
  effect: 1 | -1,
  options: CheckOptions,
  reversal: ReversalCheck,
): { readonly before: RuleResult[]; readonly after: RuleResult[] } {
  const lang = options.lang ?? 'en';
  const trace = options.trace === true;
  const debit = effect === -1;
  const before: RuleResult[] = accountStateRule({
    account,
    at: new Date(tx.atMs),
    effect,
    channel: tx.channel,
    debit: debit
      ? {
          balanceMinor: ev.balanceMinor,
          pendingMinor: ev.pendingDebitsMinor,
          amountMinor: tx.minor,
        }
      : null,
    preset: ev.compiled.preset,
    scale: ev.scale,
    lang,
    trace,
  });
  const after: RuleResult[] = [];
  const reversed = reversalRule(reversal, tx, lang, trace);
  if (reversed) after.push(reversed);
  if (options.checkFunds === true && debit)
    after.push(fundsRule(ev.balanceMinor, ev.pendingDebitsMinor, tx, ev.scale, lang, trace));
  return { before, after };
}

/** The violations of some rule results; their outcomes appended to the trace (when tracing). */
function fold(results: readonly RuleResult[], trace: RuleOutcome[] | null): Violation[] {
  const violations: Violation[] = [];
  for (const r of results) {
    if (r.violation !== null) violations.push(r.violation);
    if (trace !== null) trace.push(toOutcome(r));
  }
  return violations;
}

/**
 * The decision for a parsed transaction on prepared usage: the fold of the class's rules
 * (permission, channel, limits) and the service rules (account state, reversal, funds). With
 * `options.trace`, the decision also carries every rule's outcome in evaluation order. @internal
 *
 * @param compiled - the compiled preset
 * @param cls - the compiled class
 * @param account - the account
 * @param tx - the parsed transaction
 * @param usage - the usage
 * @param scale - the currency's scale
 * @param options - lang, upgradeHint, checkFunds, trace
 * @param reversal - the reversal check (default: against the usage's memory)
 * @returns the decision
 * @example
 * ```ts
 * decide(compiled, cls, account, tx, usage, 2, {});
 * ```
 */
export function decide(
  compiled: CompiledPreset,
  cls: CompiledClass,
  account: LimitAccount,
  tx: ParsedTransaction,
  usage: Usage,
  scale: number,
  options: CheckOptions,
  reversal: ReversalCheck = checkReversalInUsage(usage, tx, scale),
): CheckDecision | Traced<CheckDecision> {
  const lang = options.lang ?? 'en';
  assertUsageFits(usage, compiled, cls.windowKeys);
  const ev = prepareEvaluation(compiled, usage, scale, tx.atMs, account.balance, tx);
  const trace: RuleOutcome[] | null = options.trace === true ? [] : null;
  const result = evaluateClass(ev, cls, tx, account, lang, true, trace);
  const around = serviceResults(ev, account, tx, result.effect, options, reversal);
  const state = fold(around.before, trace);
  const violations: Violation[] = [...state, ...result.violations, ...fold(around.after, trace)];
  const allowed = violations.length === 0;
  const headroom: { [id: string]: string } = {};
  const resetsAt: { [id: string]: string | null } = {};
  for (const s of result.statuses!) {
    headroom[s.id] = s.remaining;
    resetsAt[s.id] = s.resetsAt;
  }
  const upgrade =
    !allowed && options.upgradeHint !== false && result.violations.length > 0
      ? upgradeHint(ev, cls, tx, account, lang, state.length > 0)
      : null;
  const balanceAfter = ev.balanceMinor + BigInt(result.effect) * tx.minor;
  const fields = {
    requires: requirementsOf(compiled, cls, tx, usage, scale, lang, trace, ev.verified),
    headroom,
    resetsAt,
    limits: result.statuses!,
    counting: result.counted,
    effect: result.effect === 1 ? ('credit' as const) : ('debit' as const),
    balanceAfter: minorText(balanceAfter, scale),
    upgrade,
  };
  // `allowed` is exactly "no violation", so the union's two sides are told apart by it.
  const decision: CheckDecision = allowed
    ? { allowed: true, violations: [], ...fields }
    : { allowed: false, violations: violations as [Violation, ...Violation[]], ...fields };
  return trace === null ? decision : { ...decision, trace };
}

/**
 * The `requires` of a decision: the requirement units folded (src/limits/requirements), their
 * outcomes appended to the trace (when tracing): a triggered requirement is a failed entry.
 */
function requirementsOf(
  compiled: CompiledPreset,
  cls: CompiledClass,
  tx: ParsedTransaction,
  usage: Usage,
  scale: number,
  lang: Lang,
  trace: RuleOutcome[] | null,
  verified: Flows[],
): CheckDecision['requires'] {
  const preset = compiled.preset;
  const day = localDayText(preset.timeZone, tx.atMs);
  const ctx = {
    preset,
    cls: cls.rules,
    tx,
    usage,
    scale,
    lang,
    day,
    trace: trace !== null,
    verified,
  };
  const { requires, outcomes } = collectRequirements(ctx);
  if (trace !== null) trace.push(...outcomes);
  return requires;
}

/**
 * May this transaction go through on this account? Evaluates, against pre-aggregated usage, the
 * account's state (via the lifecycle module), the class's or tier's permissions, and every limit
 * of every layer (regulatory and bank), and lists **every** violation — with the limit, what is
 * used, what was requested, what remains, when it resets, the rule's path and its source — plus
 * the headroom of every limit and, when refused, the lowest class or tier that would allow it.
 *
 * A limit is reached at equality: with 9,000.00 used of 10,000.00, 1,000.00 passes and 1,000.01
 * does not. Pending holds (reservations) count as used, unless expired at the transaction's
 * instant; the transaction's own hold (same id and content) is not counted twice.
 *
 * Inputs are plain data, parsed once per call: amounts are decimal strings, instants ISO strings.
 * The preset is compiled once per preset object (cached). Nothing reads the clock.
 *
 * @param account - class or tier, booked balance, `faceToFaceVerified`, `boundFirstDepositReceived`,
 *   and optionally the lifecycle state (status, freezes, loss report, restrictions)
 * @param transaction - the transaction; its `at` is the instant of the check
 * @param usage - the account's usage (from `createUsage`/`recordTransaction`/`reserve`…)
 * @param preset - the rule set
 * @param options - `lang` of the messages; `upgradeHint: false` to skip the hint; `trace: true`
 *   to add `trace`, every rule's outcome in evaluation order (read it with `explainDecision`)
 * @returns the decision
 * @throws AccountPolicyError `invalid_input` (unknown class, malformed usage or options, a
 *   transaction before the usage's current window), `invalid_amount`, `invalid_instant`,
 *   `invalid_duration` (a rolling window's in the usage), `conflicting_transaction` (its id is
 *   held with other content), `invalid_preset`; each names the path of what is wrong
 *   (`usage.windows.day.flows.payment:other.count`)
 * @example
 * ```ts
 * let usage = createUsage(getPreset());
 * usage = recordTransaction(usage, { at: '2026-11-22T09:00:00+08:00', amount: '9000.00', kind: 'transfer_out', counterparty: 'other' });
 * const d = checkTransaction(
 *   { class: 'II', balance: '1500.00' },
 *   { at: '2026-11-22T10:00:00+08:00', amount: '1500.00', kind: 'transfer_out', counterparty: 'other' },
 *   usage,
 *   getPreset(),
 * );
 * d.allowed; // false
 * d.violations[0].code; // 'daily_outflow_limit'
 * d.headroom.dailyOutflow; // '1000.00'
 * ```
 */
export function checkTransaction<C extends string, A extends string>(
  account: LimitAccount<ClassIdArgument<A, NoInfer<C>>>,
  transaction: TransactionInput,
  usage: Usage,
  preset: Preset<C>,
  options: CheckOptions & { readonly trace: true },
): Traced<CheckDecision>;
export function checkTransaction<C extends string, A extends string>(
  account: LimitAccount<ClassIdArgument<A, NoInfer<C>>>,
  transaction: TransactionInput,
  usage: Usage,
  preset: Preset<C>,
  options?: CheckOptions,
): CheckDecision;
export function checkTransaction<C extends string, A extends string>(
  account: LimitAccount<ClassIdArgument<A, NoInfer<C>>>,
  transaction: TransactionInput,
  usage: Usage,
  preset: Preset<C>,
  options: CheckOptions = {},
): CheckDecision {
  const compiled = compilePreset(preset);
  const { cls, account: own } = readAccount(account, compiled);
  const { scale } = readUsage(usage);
  const tx = parseTransaction(transaction, compiled.scale, ['transaction']);
  return decide(compiled, cls, own, tx, usage, scale, readOptions(options));
}

/**
 * Non-throwing twin of {@link checkTransaction}.
 *
 * @param account - the account
 * @param transaction - the transaction
 * @param usage - the account's usage
 * @param preset - the rule set
 * @param options - `lang`, `upgradeHint`
 * @returns `{ ok: true, value }` with the decision, or `{ ok: false, error }`
 * @example
 * ```ts
 * safeCheckTransaction({ class: 'IV', balance: '0' }, tx, usage, getPreset()).ok; // false
 * ```
 */
export function safeCheckTransaction<C extends string, A extends string>(
  account: LimitAccount<ClassIdArgument<A, NoInfer<C>>>,
  transaction: TransactionInput,
  usage: Usage,
  preset: Preset<C>,
  options: CheckOptions & { readonly trace: true },
): Result<Traced<CheckDecision>>;
export function safeCheckTransaction<C extends string, A extends string>(
  account: LimitAccount<ClassIdArgument<A, NoInfer<C>>>,
  transaction: TransactionInput,
  usage: Usage,
  preset: Preset<C>,
  options?: CheckOptions,
): Result<CheckDecision>;
export function safeCheckTransaction<C extends string, A extends string>(
  account: LimitAccount<ClassIdArgument<A, NoInfer<C>>>,
  transaction: TransactionInput,
  usage: Usage,
  preset: Preset<C>,
  options: CheckOptions = {},
): Result<CheckDecision> {
  return attempt((): CheckDecision =>
    checkTransaction(account, transaction, usage, preset, options),
  );
}
