/*
 * The structural validator of `Usage` values. Usage comes back from a store, so it is untrusted
 * input: every entry point that reads one validates it here, once, before touching it. Internal
 * to src/limits (readUsage in usage.ts caches the objects it has validated).
 *
 * What is checked, in this order, failing on the first problem with its path:
 * - plain objects only (object literals or JSON), with only the fields of the format (no extra
 *   keys, so `__proto__`, `constructor` or a typo are refused), arrays for lists;
 * - strings are type- and length-checked before any pattern or parser sees them; counts are
 *   whole numbers; lists are bounded ({@link USAGE_BOUNDS}, so that validation stays within a
 *   few milliseconds whatever the input);
 * - window keys agree with their windows (`day` is the calendar day, `rolling:24H` a rolling
 *   window of 24 hours), buckets are `kind:counterparty` pairs, amounts are decimal strings in
 *   the usage's currency, instants are ISO strings with an offset, a calendar window's start is
 *   before its end, rolling entries are in time order, each hold carries its own transaction and
 *   no id is held or settled twice.
 */
import { AccountPolicyError } from '../errors';
import { CURRENCIES } from '../money/currencies';
import { COUNTERPARTIES, TRANSACTION_KINDS } from '../presets/types/common';
import { isTimeZone, validateDuration } from '../time';
import { bucketKey, windowKey } from './compile';
import { calendarKeyProblem } from './rules/fiscalYearWindow';
import {
  ID_RULE,
  isId,
  instantMemo,
  instantMs,
  isPlainObject,
  parseTransaction,
  rethrowAt,
} from './parse';
import { minorUnits, parseAmountMinor } from '../money/amountMinor';

type Path = readonly (string | number)[];

/**
 * The most a usage holds: windows, transactions kept for rolling windows (all rolling windows
 * together), pending holds, settled holds. They keep the validation of any usage, valid or not,
 * within a few milliseconds. A usage over a bound is refused as malformed (`invalid_input`), and
 * a function that would grow one past it refuses with `invalid_state` instead (settle holds, call
 * `expire`; a rolling window cannot keep more transactions than this within its span).
 *
 * @example
 * ```ts
 * USAGE_BOUNDS.holds; // 1000
 * USAGE_BOUNDS.rollingEntries; // 10000
 * ```
 */
export const USAGE_BOUNDS = Object.freeze({
  windows: 64,
  rollingEntries: 10_000,
  holds: 1_000,
  settled: 1_000,
});
/** Longest hold fingerprint (it joins the transaction's fields: well under this). */
const MAX_FINGERPRINT = 1_000;
/** Longest currency code and time-zone name looked up. */
const MAX_CURRENCY = 3;
const MAX_ZONE = 64;

const USAGE_FIELDS = [
  'version',
  'currency',
  'timeZone',
  'windows',
  'holds',
  'settled',
  'rememberFor',
] as const;
const CALENDAR_FIELDS = ['kind', 'unit', 'startsOn', 'start', 'end', 'flows'] as const;
const FLOW_FIELDS = ['amount', 'count', 'reversed'] as const;
const ROLLING_FIELDS = ['kind', 'duration', 'horizon', 'entries'] as const;
const ENTRY_FIELDS = ['at', 'bucket', 'amount', 'originalAt'] as const;
const HOLD_FIELDS = ['id', 'amount', 'expiresAt', 'transaction', 'fingerprint'] as const;
const SETTLED_FIELDS = [...HOLD_FIELDS, 'outcome'] as const;
const STORED_FIELDS = [
  'id',
  'at',
  'amount',
  'kind',
  'counterparty',
  'counterpartyId',
  'channel',
  'reverses',
] as const;
const BUCKETS: ReadonlySet<string> = new Set(
  TRANSACTION_KINDS.flatMap((kind) => COUNTERPARTIES.map((cp) => bucketKey(kind, cp))),
);
/** Longer than any bucket (`loan_disbursement:other`): checked before the set is asked. */
const MAX_BUCKET = 40;
const isBucket = (b: string) => b.length <= MAX_BUCKET && BUCKETS.has(b);
const sets = new Map<readonly string[], ReadonlySet<string>>();
function fieldSet(fields: readonly string[]): ReadonlySet<string> {
  let set = sets.get(fields);
  if (!set) sets.set(fields, (set = new Set(fields)));
  return set;
}

/**
 * Throws `invalid_input` for the usage at `path`.
 *
 * @param path - below `usage`
 * @param message - what is wrong
 * @returns never
 * @example
 * ```ts
 * badUsage(['windows', 'day'], 'must be a window object'); // throws
 * ```
 */
export function badUsage(path: Path, message: string): never {
  const full = ['usage', ...path];
  throw new AccountPolicyError('invalid_input', `Invalid usage at ${full.join('.')}: ${message}`, [
    { path: full, message },
  ]);
}

/** A key as shown in a message: short, quoted. */
function shown(key: string): string {
  return JSON.stringify(key.length > 40 ? `${key.slice(0, 40)}…` : key);
}

function plain(value: unknown, path: Path, what: string): Record<string, unknown> {
  if (!isPlainObject(value)) badUsage(path, `must be ${what}, got ${typeName(value)}`);
  return value;
}

function typeName(value: unknown): string {
  if (value === undefined) return 'nothing (it is missing)';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object')
    return isPlainObject(value) ? 'an object' : 'an object that is not plain data';
  if (typeof value === 'string')
    return `a string of ${value.length} character${value.length === 1 ? '' : 's'}`;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return `a ${typeof value}`;
}

/** Refuses a key outside `fields` (the first one found). */
function onlyFields(record: Record<string, unknown>, fields: readonly string[], path: Path): void {
  const known = fieldSet(fields);
  for (const key in record)
    if (!known.has(key))
      badUsage([...path, key], `is not a field here (expected ${fields.join(', ')})`);
}

function list(value: unknown, path: Path, max: number, what: string): readonly unknown[] {
  if (!Array.isArray(value)) badUsage(path, `must be a list, got ${typeName(value)}`);
  if (value.length > max)
    badUsage(path, `has ${value.length} entries; a usage keeps at most ${max} ${what}`);
  return value;
}

function instant(value: unknown, path: Path, field: string | number): number {
  return (
    (typeof value === 'string' ? instantMemo(value) : undefined) ??
    instantMs(value, ['usage', ...path, field])
  );
}

/**
 * Checks an amount: the plain form passes at once, without a decimal or a path; anything else is
 * parsed again at `path` and `field`, which refuses it there (as {@link instant} does).
 */
function amount(value: unknown, scale: number, path: Path, field: string): void {
  if (minorUnits(value, scale) === null) parseAmountMinor(value, scale, ['usage', ...path, field]);
}

function bucket(value: unknown, path: Path): string {
  if (typeof value !== 'string' || !isBucket(value))
    badUsage(
      path,
      `must be a "kind:counterparty" bucket such as "transfer_out:other", got ${typeof value === 'string' ? shown(value) : typeName(value)}`,
    );
  return value;
}

function checkCalendar(w: Record<string, unknown>, key: string, scale: number, path: Path): void {
  onlyFields(w, CALENDAR_FIELDS, path);
  const keyProblem = calendarKeyProblem(key, w.unit, w.startsOn);
  if (keyProblem !== null) badUsage([...path, keyProblem.field], keyProblem.message);
  const { start, end } = w;
  if (start === null || end === null) {
    if (start !== end) badUsage([...path, start === null ? 'end' : 'start'], 'must be null too');
  } else if (instant(start, path, 'start') >= instant(end, path, 'end'))
    badUsage([...path, 'end'], 'must be after start');
  const flows = plain(w.flows, [...path, 'flows'], 'an object of totals by "kind:counterparty"');
  for (const b in flows) {
    if (!isBucket(b))
      badUsage(
        [...path, 'flows', b],
        `${shown(b)} is not a "kind:counterparty" bucket such as "transfer_out:other"`,
      );
    if (start === null)
      badUsage([...path, 'flows', b], 'a window with no period yet (start null) has no totals');
    checkFlow(flows[b], scale, path, b);
  }
}

/**
 * A flow's path, or one of its fields' (a field's is built only for an error: this runs for
 * every bucket).
 */
function flowPath(window: Path, b: string, field?: string): Path {
  return field === undefined ? [...window, 'flows', b] : [...window, 'flows', b, field];
}

function checkFlow(value: unknown, scale: number, window: Path, b: string): void {
  if (!isPlainObject(value))
    badUsage(
      flowPath(window, b),
      `must be a total { amount, count, reversed }, got ${typeName(value)}`,
    );
  for (const field in value)
    if (field !== 'amount' && field !== 'count' && field !== 'reversed')
      badUsage(
        flowPath(window, b, field),
        `is not a field here (expected ${FLOW_FIELDS.join(', ')})`,
      );
  const { amount: total, count, reversed } = value;
  const at = flowPath(window, b);
  amount(total, scale, at, 'amount');
  amount(reversed, scale, at, 'reversed');
  if (typeof count !== 'number' || !Number.isSafeInteger(count) || count < 0)
    badUsage(flowPath(window, b, 'count'), `must be a whole number ≥ 0, got ${typeName(count)}`);
}

/** Checks a rolling window; returns how many entries it has. */
function checkRolling(
  w: Record<string, unknown>,
  key: string,
  scale: number,
  path: Path,
  room: number,
): number {
  onlyFields(w, ROLLING_FIELDS, path);
  let duration;
  try {
    duration = validateDuration(w.duration, ['usage', ...path, 'duration']);
  } catch (error) {
    rethrowAt(error, ['usage', ...path, 'duration'], 'Invalid duration');
  }
  if (windowKey({ kind: 'rolling', duration }) !== key)
    badUsage(
      [...path, 'duration'],
      `does not match the window's key (${shown(key)} is not ${shown(windowKey({ kind: 'rolling', duration }))})`,
    );
  if (w.horizon !== null) instant(w.horizon, path, 'horizon');
  const entries = list(
    w.entries,
    [...path, 'entries'],
    room,
    `transactions in all its rolling windows together`,
  );
  let previous = -Infinity;
  for (let i = 0; i < entries.length; i++) {
    const at = [...path, 'entries', i];
    const e = plain(entries[i], at, 'an entry { at, bucket, amount }');
    onlyFields(e, ENTRY_FIELDS, at);
    const t = instant(e.at, at, 'at');
    if (t < previous) badUsage([...at, 'at'], 'entries must be in time order');
    previous = t;
    bucket(e.bucket, [...at, 'bucket']);
    amount(e.amount, scale, at, 'amount');
    if (e.originalAt !== undefined && instant(e.originalAt, at, 'originalAt') > t)
      badUsage([...at, 'originalAt'], 'a reversed transaction cannot be later than its reversal');
  }
  return entries.length;
}

function checkWindows(value: unknown, scale: number): void {
  const windows = plain(value, ['windows'], 'an object of windows by key (see createUsage)');
  let n = 0;
  let room = USAGE_BOUNDS.rollingEntries;
  for (const key in windows) {
    if (++n > USAGE_BOUNDS.windows)
      badUsage(['windows'], `has more than ${USAGE_BOUNDS.windows} windows`);
    const path = ['windows', key];
    const w = plain(windows[key], path, 'a window object (see createUsage)');
    if (w.kind === 'calendar') checkCalendar(w, key, scale, path);
    else if (w.kind === 'rolling' && key.startsWith('rolling:'))
      room -= checkRolling(w, key, scale, path, room);
    else if (w.kind === 'rolling') badUsage(path, `a rolling window's key starts with "rolling:"`);
    else badUsage([...path, 'kind'], 'must be "calendar" or "rolling"');
  }
}

function checkHolds(
  value: unknown,
  field: 'holds' | 'settled',
  scale: number,
  ids: Set<string>,
): void {
  const what = field === 'holds' ? 'pending holds' : 'settled holds';
  const holds = list(value, [field], USAGE_BOUNDS[field], what);
  for (let i = 0; i < holds.length; i++) {
    const path = [field, i];
    const h = plain(holds[i], path, 'a hold object (see reserve)');
    onlyFields(h, field === 'holds' ? HOLD_FIELDS : SETTLED_FIELDS, path);
    const id = h.id;
    if (!isId(id)) badUsage([...path, 'id'], ID_RULE);
    if (ids.has(id))
      badUsage([...path, 'id'], `${shown(id)} is held or settled twice in this usage`);
    ids.add(id);
    const held = parseAmountMinor(h.amount, scale, ['usage', ...path, 'amount']);
    instant(h.expiresAt, path, 'expiresAt');
    const fingerprint = h.fingerprint;
    if (
      typeof fingerprint !== 'string' ||
      fingerprint.length === 0 ||
      fingerprint.length > MAX_FINGERPRINT
    )
      badUsage(
        [...path, 'fingerprint'],
        `must be the non-empty string reserve wrote (at most ${MAX_FINGERPRINT} characters)`,
      );
    const txPath = [...path, 'transaction'];
    const stored = plain(h.transaction, txPath, 'the held transaction');
    onlyFields(stored, STORED_FIELDS, txPath);
    if (stored.counterparty === undefined)
      badUsage([...txPath, 'counterparty'], `is required in a held transaction`);
    const tx = parseTransaction(stored as never, scale, ['usage', ...txPath]);
    if (tx.id !== id) badUsage([...txPath, 'id'], `must be the hold's id ${shown(id)}`);
    if (tx.minor !== held) badUsage([...txPath, 'amount'], `must be the hold's amount`);
    if (field === 'settled' && h.outcome !== 'committed' && h.outcome !== 'released')
      badUsage([...path, 'outcome'], 'must be "committed" or "released"');
  }
}

/**
 * Validates the structure and content of a usage value (see the file's comment for the rules).
 *
 * @param usage - anything, typically a usage read back from a store
 * @returns the scale of the usage's currency
 * @throws AccountPolicyError `invalid_input` (shape), `invalid_amount`, `invalid_instant` or
 *   `invalid_duration`, each naming the path below `usage`
 * @example
 * ```ts
 * validateUsage(createUsage(getPreset())); // 2
 * validateUsage({ ...usage, windows: { day: null } }); // throws invalid_input at usage.windows.day
 * ```
 */
export function validateUsage(usage: unknown): number {
  const u = plain(usage, [], 'a usage object (see createUsage)');
  onlyFields(u, USAGE_FIELDS, []);
  const version = u.version;
  if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 0)
    badUsage(['version'], `must be a whole number ≥ 0, got ${typeName(version)}`);
  const currency = u.currency;
  const info =
    typeof currency === 'string' &&
    currency.length <= MAX_CURRENCY &&
    Object.hasOwn(CURRENCIES, currency)
      ? CURRENCIES[currency]
      : undefined;
  if (!info) badUsage(['currency'], 'must be a known ISO 4217 currency code such as "CNY"');
  if (typeof u.timeZone !== 'string' || u.timeZone.length > MAX_ZONE || !isTimeZone(u.timeZone))
    badUsage(['timeZone'], 'must be an IANA time zone such as "Asia/Shanghai"');
  checkWindows(u.windows, info.scale);
  const ids = new Set<string>();
  checkHolds(u.holds, 'holds', info.scale, ids);
  checkHolds(u.settled, 'settled', info.scale, ids);
  if (u.rememberFor !== undefined)
    try {
      validateDuration(u.rememberFor, ['usage', 'rememberFor']);
    } catch (error) {
      rethrowAt(error, ['usage', 'rememberFor'], 'Invalid usage');
    }
  return info.scale;
}
