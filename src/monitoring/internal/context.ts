/*
 * The parsed input of one monitoring run, shared by every detector. Internal to src/monitoring.
 */
import { ownFields } from '../../errors/ownFields';
import { REVERSAL_FIELDS, TRANSACTION_FIELDS } from '../../limits/parse';
import { AccountPolicyError } from '../../errors';
import { ACCOUNT_STATUSES, type AccountStatus } from '../../lifecycle/types';
import type { TransactionInput } from '../../limits/types';
import { LIMIT_WORDS } from '../../messages/catalog/limits';
import { MONITORING_MESSAGES } from '../../messages/catalog/monitoring';
import type { Lang } from '../../messages/lang';
import { renderMessage, type MessageParams } from '../../messages/renderMessage';
import { getCurrency } from '../../money/currencies';
import { PolicyDecimal } from '../../money/decimal';
import { formatMoneyForDisplay } from '../../money/formatMoneyForDisplay';
import { parseMoney } from '../../money/parseMoney';
import { getClassRules } from '../../presets/classRules';
import type { AccountClassRules } from '../../presets/types/classes';
import {
  CHANNELS,
  COUNTERPARTIES,
  TRANSACTION_KINDS,
  type Channel,
  type Counterparty,
  type TransactionKind,
} from '../../presets/types/common';
import type {
  AlertCode,
  MonitoringRuleBase,
  MonitoringRules,
} from '../../presets/types/monitoring';
import type { Preset } from '../../presets/types/preset';
import { formatInstant, parseInstant } from '../../time';
import type { Alert, EvidenceTransaction, MonitorAccount, MonitorInput } from '../types';

type Path = readonly (string | number)[];

/** Longest id or counterparty id accepted (as in the check command). */
const MAX_ID = 200;

/** A transaction of the history after validation. */
export interface MonitoredTransaction {
  readonly atMs: number;
  readonly amount: PolicyDecimal;
  readonly kind: TransactionKind;
  readonly counterparty: Counterparty;
  readonly counterpartyId: string | undefined;
  readonly channel: Channel | undefined;
  readonly id: string | undefined;
  /** A reversal or refund of an earlier transaction: not activity of its own, never monitored. */
  readonly reversal: boolean;
}

/** The account after validation: instants as epoch milliseconds. */
export interface MonitoredAccount {
  readonly classRules: AccountClassRules;
  readonly status: AccountStatus;
  readonly openedAtMs: number | undefined;
  /** `lastActiveAt`; `undefined` when it is absent or `null`. */
  readonly lastActiveAtMs: number | undefined;
  /**
   * `lastActiveAt === null`: the account has never had an active transaction, so `openedAt` is
   * the start of its inactivity. An absent `lastActiveAt` says nothing (the history is an excerpt).
   */
  readonly neverActive: boolean;
  readonly dormantSinceMs: number | undefined;
}

/**
 * An alert to be, with what orders it: its code, then its instant, then `key`, then `order`.
 * `build` makes the alert itself; only the alerts kept (see `MAX_ALERTS_PER_CODE`) are built.
 */
export interface RankedAlert {
  readonly code: AlertCode;
  readonly build: () => Alert;
  readonly atMs: number;
  /** Separates alerts of one code at one instant (e.g. the threshold's rule path). */
  readonly key: string;
  /** The anchor transaction's place in the canonical order of the history. */
  readonly order: number;
}

/** Everything a detector needs: the rules, the account, the history in canonical order, formatters. */
export interface MonitorContext {
  readonly preset: Preset;
  readonly rules: MonitoringRules;
  readonly lang: Lang;
  readonly timeZone: string;
  readonly currency: string;
  readonly scale: number;
  readonly nowMs: number;
  readonly account: MonitoredAccount;
  /** The history (reversals included), sorted by a total order that ignores the input's order. */
  readonly transactions: readonly MonitoredTransaction[];
  /** An instant in the preset's zone, e.g. `"2026-11-22T09:00:00+08:00"`. */
  readonly instant: (ms: number) => string;
  /** An amount as a decimal string with the currency's scale, e.g. `"1000.00"`. */
  readonly amountText: (value: PolicyDecimal) => string;
  /** An amount for people, e.g. `"CNY 1,000.00"` / `"1,000.00 元"`. */
  readonly display: (value: PolicyDecimal) => string;
  /** A transaction as evidence. */
  readonly evidence: (tx: MonitoredTransaction) => EvidenceTransaction;
  /** The source reference of a source key (the key itself when the preset lacks it). */
  readonly sourceRef: (key: string) => string;
  /** The message of an alert code in the context's language. */
  readonly message: (code: AlertCode, params: MessageParams) => string;
  /** A transaction kind for people, e.g. `"transfer out"` / `"转出"`. */
  readonly kindText: (kind: TransactionKind) => string;
}

/**
 * Throws `invalid_input` at `path` with `message`.
 *
 * @internal
 */
export function invalid(path: Path, message: string): never {
  throw new AccountPolicyError(
    'invalid_input',
    `Invalid input at ${path.length ? path.join('.') : '(root)'}: ${message}`,
    [{ path: [...path], message }],
  );
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function oneOf<T extends string>(value: unknown, list: readonly T[], path: Path, what: string): T {
  if (typeof value !== 'string' || !(list as readonly string[]).includes(value))
    invalid(path, `must be a ${what}: one of ${list.join(', ')}`);
  return value as T;
}

function idText(value: unknown, path: Path): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > MAX_ID)
    invalid(path, `must be a non-empty string of at most ${MAX_ID} characters`);
  return value;
}

function optionalInstant(value: unknown, path: Path): number | undefined {
  return value === undefined || value === null ? undefined : parseInstant(value, path).getTime();
}

/** The fields of a monitoring input and its account (`monitorInputSchema` has these, besides the command's `preset`). */
export const MONITOR_INPUT_FIELDS: ReadonlySet<string> = new Set(['account', 'history', 'now']);
export const MONITOR_ACCOUNT_FIELDS: ReadonlySet<string> = new Set([
  'class',
  'openedAt',
  'lastActiveAt',
  'status',
  'dormantSince',
]);

function readAccount(account: unknown, preset: Preset): MonitoredAccount {
  if (!isObject(account)) invalid(['account'], 'must be an object with at least a "class"');
  const a = ownFields(
    account,
    MONITOR_ACCOUNT_FIELDS,
    ['account'],
    'a monitored account',
  ) as unknown as MonitorAccount;
  if (typeof a.class !== 'string') invalid(['account', 'class'], 'must be a class or tier id');
  const classRules = getClassRules(preset, a.class);
  const status =
    a.status === undefined
      ? 'normal'
      : oneOf(a.status, ACCOUNT_STATUSES, ['account', 'status'], 'account status');
  return {
    classRules,
    status,
    openedAtMs: optionalInstant(a.openedAt, ['account', 'openedAt']),
    lastActiveAtMs: optionalInstant(a.lastActiveAt, ['account', 'lastActiveAt']),
    neverActive: a.lastActiveAt === null,
    dormantSinceMs: optionalInstant(a.dormantSince, ['account', 'dormantSince']),
  };
}

/**
 * What a run has parsed already: instant and amount texts repeat in long histories, and their
 * values (numbers, immutable decimals) can be shared.
 */
interface ParseCache {
  readonly instants: Map<string, number>;
  readonly amounts: Map<string, PolicyDecimal>;
}

function readTransaction(
  tx: unknown,
  currency: string,
  nowMs: number,
  path: Path,
  cache: ParseCache,
): MonitoredTransaction {
  if (!isObject(tx)) invalid(path, 'must be a transaction object');
  const t = ownFields(tx, TRANSACTION_FIELDS, path, 'a transaction') as unknown as TransactionInput;
  let atMs = typeof t.at === 'string' ? cache.instants.get(t.at) : undefined;
  if (atMs === undefined) {
    atMs = parseInstant(t.at, [...path, 'at']).getTime();
    if (typeof t.at === 'string') cache.instants.set(t.at, atMs);
  }
  if (atMs > nowMs) invalid([...path, 'at'], 'is after now: the history holds past transactions');
  let amount = typeof t.amount === 'string' ? cache.amounts.get(t.amount) : undefined;
  if (amount === undefined) {
    amount = parseMoney(t.amount, currency, { path: [...path, 'amount'] }).amount;
    if (typeof t.amount === 'string') cache.amounts.set(t.amount, amount);
  }
  const kind = oneOf(t.kind, TRANSACTION_KINDS, [...path, 'kind'], 'transaction kind');
  const counterparty =
    t.counterparty === undefined
      ? 'other'
      : oneOf(t.counterparty, COUNTERPARTIES, [...path, 'counterparty'], 'counterparty');
  const channel =
    t.channel === undefined
      ? undefined
      : oneOf(t.channel, CHANNELS, [...path, 'channel'], 'channel');
  const id = t.id === undefined ? undefined : idText(t.id, [...path, 'id']);
  const counterpartyId =
    t.counterpartyId === undefined
      ? undefined
      : idText(t.counterpartyId, [...path, 'counterpartyId']);
  if (t.reverses !== undefined) {
    const given = t.reverses as unknown;
    if (!isObject(given))
      invalid([...path, 'reverses'], 'must be { id, at } naming the transaction reversed');
    const r = ownFields(given, REVERSAL_FIELDS, [...path, 'reverses'], 'a reversal');
    idText(r.id, [...path, 'reverses', 'id']);
    parseInstant(r.at, [...path, 'reverses', 'at']);
  }
  return {
    atMs,
    amount,
    kind,
    counterparty,
    counterpartyId,
    channel,
    id,
    reversal: t.reverses !== undefined,
  };
}

function text(value: string | undefined): string {
  return value ?? '';
}

const byText = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);

/**
 * The history in canonical order: a total order on content (instant, kind, counterparty,
 * counterparty id, amount, id, channel, reversal), so the input's order never matters. Amounts
 * are ranked once (few distinct values) so that the sort compares numbers, not decimals.
 */
function canonicalOrder(list: MonitoredTransaction[]): MonitoredTransaction[] {
  const distinct = [...new Set(list.map((tx) => tx.amount))].sort((x, y) => x.comparedTo(y));
  const rank = new Map<PolicyDecimal, number>();
  distinct.forEach((d, i) => {
    const prev = distinct[i - 1];
    rank.set(d, prev !== undefined && prev.equals(d) ? rank.get(prev)! : i);
  });
  const ranked = list.map((tx) => ({ tx, amountRank: rank.get(tx.amount)! }));
  ranked.sort((a, b) => {
    const x = a.tx;
    const y = b.tx;
    if (x.atMs !== y.atMs) return x.atMs < y.atMs ? -1 : 1;
    return (
      byText(x.kind, y.kind) ||
      byText(x.counterparty, y.counterparty) ||
      byText(text(x.counterpartyId), text(y.counterpartyId)) ||
      a.amountRank - b.amountRank ||
      byText(text(x.id), text(y.id)) ||
      byText(text(x.channel), text(y.channel)) ||
      Number(x.reversal) - Number(y.reversal)
    );
  });
  return ranked.map((r) => r.tx);
}

/**
 * Validates the input and builds the context of a run.
 *
 * @param input - the monitoring input as plain data
 * @param preset - the (validated) preset
 * @param lang - the language of the messages
 * @returns the context
 * @throws AccountPolicyError `invalid_input`, `invalid_amount` or `invalid_instant` at the path
 * @internal
 */
export function createContext(input: MonitorInput, preset: Preset, lang: Lang): MonitorContext {
  if (!isObject(input)) invalid([], 'must be an object with "account", "history" and "now"');
  input = ownFields(
    input,
    MONITOR_INPUT_FIELDS,
    [],
    'the monitoring input',
  ) as unknown as MonitorInput;
  const nowMs = parseInstant(input.now, ['now']).getTime();
  const account = readAccount(input.account, preset);
  const history = input.history as unknown;
  if (!Array.isArray(history)) invalid(['history'], 'must be a list of transactions');
  const currency = preset.currency;
  const { scale } = getCurrency(currency);
  const cache: ParseCache = { instants: new Map(), amounts: new Map() };
  const transactions = canonicalOrder(
    (history as readonly unknown[]).map((tx, i) =>
      readTransaction(tx, currency, nowMs, ['history', i], cache),
    ),
  );
  const timeZone = preset.timeZone;
  const written = new Map<number, string>();
  const instant = (ms: number): string => {
    let known = written.get(ms);
    if (known === undefined) {
      known = formatInstant(new Date(ms), timeZone);
      written.set(ms, known);
    }
    return known;
  };
  const amountText = (value: PolicyDecimal) => value.toFixed(scale);
  const cited = new WeakMap<MonitoredTransaction, EvidenceTransaction>();
  const evidence = (tx: MonitoredTransaction): EvidenceTransaction => {
    let known = cited.get(tx);
    if (known === undefined) {
      const e: { -readonly [K in keyof EvidenceTransaction]: EvidenceTransaction[K] } = {
        at: instant(tx.atMs),
        amount: amountText(tx.amount),
        kind: tx.kind,
        counterparty: tx.counterparty,
      };
      if (tx.id !== undefined) e.id = tx.id;
      if (tx.counterpartyId !== undefined) e.counterpartyId = tx.counterpartyId;
      if (tx.channel !== undefined) e.channel = tx.channel;
      known = Object.freeze(e);
      cited.set(tx, known);
    }
    return known;
  };
  return {
    preset,
    rules: preset.monitoring,
    lang,
    timeZone,
    currency,
    scale,
    nowMs,
    account,
    transactions,
    instant,
    amountText,
    display: (value) => formatMoneyForDisplay({ currency, amount: value }, lang),
    evidence,
    sourceRef: (key) => (Object.hasOwn(preset.sources, key) ? preset.sources[key]!.ref : key),
    message: (code, params) => renderMessage(MONITORING_MESSAGES[code], params, lang),
    kindText: (kind) => LIMIT_WORDS[`kind_${kind}`][lang],
  };
}

/**
 * The fields of an alert that come from its rule: severity, rule path, source and source key.
 *
 * @internal
 */
export function ruleFields(
  ctx: MonitorContext,
  rule: MonitoringRuleBase,
  path: string,
  sourceKey: string = rule.source,
): { severity: MonitoringRuleBase['severity']; rule: string; source: string; sourceKey: string } {
  return { severity: rule.severity, rule: path, source: ctx.sourceRef(sourceKey), sourceKey };
}

/** Zero as a decimal. */
export const ZERO = new PolicyDecimal(0);

/**
 * The sum of the transactions' amounts.
 *
 * @internal
 */
export function totalOf(list: readonly MonitoredTransaction[]): PolicyDecimal {
  return list.reduce((sum, tx) => sum.plus(tx.amount), ZERO);
}
