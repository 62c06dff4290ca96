/*
 * Parsing of the engine's plain-data inputs (transactions, amounts, instants in usage), once per
 * call. Internal to src/limits.
 */
import { AccountPolicyError } from '../errors';
import { ownFields } from '../errors/ownFields';
import { minorText, parseAmountMinor } from '../money/amountMinor';
import { CHANNELS, COUNTERPARTIES, TRANSACTION_KINDS } from '../presets/types/common';
import type { Channel, Counterparty, TransactionKind } from '../presets/types/common';
import { bucketKey } from './compile';
import { parseSupportedInstantMs } from './instants';
import type { StoredTransaction, TransactionInput } from './types';

type Path = readonly (string | number)[];

export {
  instantMemo,
  instantMs,
  parseInstantMs,
  parseSupportedInstantMs,
  rethrowAt,
} from './instants';

/** The fields a transaction may have (`transactionSchema` has exactly these; a test holds them together). */
export const TRANSACTION_FIELDS: ReadonlySet<string> = new Set([
  'id',
  'at',
  'amount',
  'kind',
  'counterparty',
  'counterpartyId',
  'channel',
  'reverses',
]);

/** The fields of `reverses`. */
export const REVERSAL_FIELDS: ReadonlySet<string> = new Set(['id', 'at']);

/** Longest id accepted (transaction ids, counterparty ids, hold ids). */
export const MAX_ID = 200;

/** A transaction after validation. */
export interface ParsedTransaction {
  readonly id: string | undefined;
  readonly atMs: number;
  /** The amount in integer minor units (see money/amountMinor.ts). */
  readonly minor: bigint;
  /** The amount with the currency's scale (computed on first use). */
  readonly amountText: string;
  readonly kind: TransactionKind;
  readonly counterparty: Counterparty;
  readonly channel: Channel | undefined;
  readonly counterpartyId: string | undefined;
  readonly reverses:
    { readonly id: string; readonly atMs: number; readonly at: string } | undefined;
  readonly bucket: string;
  /** The content key used for idempotency (computed on first use). */
  readonly fingerprint: string;
  /** The normalised transaction as stored in holds (computed on first use). */
  readonly stored: StoredTransaction;
  /** The input as given. */
  readonly input: TransactionInput;
}

/** A parsed transaction whose fingerprint and stored form are computed only when asked for. */
class Parsed implements ParsedTransaction {
  #fingerprint: string | undefined;
  #stored: StoredTransaction | undefined;
  #amountText: string | undefined;
  constructor(
    readonly input: TransactionInput,
    readonly scale: number,
    readonly id: string | undefined,
    readonly atMs: number,
    readonly minor: bigint,
    readonly kind: TransactionKind,
    readonly counterparty: Counterparty,
    readonly channel: Channel | undefined,
    readonly counterpartyId: string | undefined,
    readonly reverses: ParsedTransaction['reverses'],
    readonly bucket: string,
  ) {}

  get amountText(): string {
    this.#amountText ??= minorText(this.minor, this.scale);
    return this.#amountText;
  }

  get fingerprint(): string {
    this.#fingerprint ??= [
      this.atMs,
      this.amountText,
      this.kind,
      this.counterparty,
      this.channel ?? '',
      this.counterpartyId ?? '',
      this.reverses ? `${this.reverses.id}@${this.reverses.atMs}` : '',
    ].join('|');
    return this.#fingerprint;
  }

  /**
   * Built as literals with the optional fields added after, in the stored order (id, at, amount,
   * kind, counterparty, counterpartyId, channel, reverses), not as a literal that opens with a
   * spread (`{ ...{ id }, at, … }`): that form, once referenced from a usage's settled entries,
   * made every recorded usage survive young-generation collections (about 320 KB promoted per
   * collection against 4 KB, Node 20; test/gc/freshUsage.test.ts).
   */
  get stored(): StoredTransaction {
    if (this.#stored !== undefined) return this.#stored;
    const at = this.input.at;
    const amount = this.amountText;
    const { kind, counterparty } = this;
    const stored: { -readonly [F in keyof StoredTransaction]: StoredTransaction[F] } =
      this.id === undefined
        ? { at, amount, kind, counterparty }
        : { id: this.id, at, amount, kind, counterparty };
    if (this.counterpartyId !== undefined) stored.counterpartyId = this.counterpartyId;
    if (this.channel !== undefined) stored.channel = this.channel;
    if (this.reverses !== undefined)
      stored.reverses = { id: this.reverses.id, at: this.reverses.at };
    this.#stored = stored;
    return stored;
  }
}

/**
 * Throws `invalid_input` with one issue at `path`.
 *
 * @param path - where the problem is
 * @param message - what is wrong
 * @returns never
 * @example
 * ```ts
 * invalid(['transaction', 'id'], 'is required'); // throws
 * ```
 */
export function invalid(path: Path, message: string): never {
  const where = path.length > 0 ? `${path.join('.')}: ` : '';
  throw new AccountPolicyError('invalid_input', `Invalid input at ${where}${message}`, [
    { path: [...path], message },
  ]);
}

/**
 * Whether a value is a plain data object: not null, not an array, and built by an object literal
 * or `JSON.parse` (its prototype is `Object.prototype`, another realm's, or `null`) — not a Date,
 * a Map, a string or another class instance.
 *
 * @param value - anything
 * @returns true for a plain object
 * @example
 * ```ts
 * isPlainObject({ a: 1 }); // true
 * isPlainObject(new Date()); // false
 * ```
 */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as object | null;
  return proto === null || proto === Object.prototype || Object.getPrototypeOf(proto) === null;
}

const TX_AT: Path = ['transaction', 'at'];
/**
 * Checks an id: a non-empty string of at most {@link MAX_ID} characters.
 *
 * @param value - the candidate id
 * @param path - where it sits, for the error
 * @returns the id
 * @throws AccountPolicyError `invalid_input` at `path`
 * @example
 * ```ts
 * checkId('tx-1', ['transaction', 'id']); // 'tx-1'
 * ```
 */
export function checkId(value: unknown, path: Path): string {
  if (!isId(value)) invalid(path, ID_RULE);
  return value;
}

/** What an id must be, for error messages. */
export const ID_RULE = `must be a non-empty string of at most ${MAX_ID} characters`;

/**
 * Whether a value is an id: a non-empty string of at most {@link MAX_ID} characters.
 *
 * @param value - the candidate id
 * @returns true for an id
 * @example
 * ```ts
 * isId('tx-1'); // true
 * isId(''); // false
 * ```
 */
export function isId(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= MAX_ID;
}

function oneOf<T extends string>(
  value: unknown,
  list: readonly T[],
  path: Path,
  field: string,
  what: string,
): T {
  if (typeof value !== 'string' || !(list as readonly string[]).includes(value))
    invalid([...path, field], `must be a ${what}: one of ${list.join(', ')}`);
  return value as T;
}

/**
 * Validates a transaction and normalises it.
 *
 * @param tx - the transaction as plain data
 * @param scale - the currency's scale
 * @param path - where the transaction sits in the input
 * @returns the parsed transaction
 * @throws AccountPolicyError `invalid_input`, `invalid_amount` or `invalid_instant` at the field's path
 * @example
 * ```ts
 * parseTransaction({ at: '2026-11-22T10:00:00+08:00', amount: '1', kind: 'payment' }, 2, ['transaction']).bucket; // 'payment:other'
 * ```
 */
export function parseTransaction(
  input: TransactionInput,
  scale: number,
  path: Path,
): ParsedTransaction {
  // Any object but an array (services may pass their own records); only its own fields are
  // read, and a field a transaction does not have is invalid input.
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    invalid(path, 'must be a transaction object such as { at, amount, kind, counterparty }');
  const tx = ownFields(
    input,
    TRANSACTION_FIELDS,
    path,
    'a transaction',
  ) as unknown as TransactionInput;
  const atMs = parseSupportedInstantMs(
    tx.at,
    path.length === 1 && path[0] === 'transaction' ? TX_AT : [...path, 'at'],
  );
  const minor = parseAmountMinor(tx.amount, scale, [...path, 'amount']);
  const kind = oneOf(tx.kind, TRANSACTION_KINDS, path, 'kind', 'transaction kind');
  const counterparty =
    tx.counterparty === undefined
      ? 'other'
      : oneOf(tx.counterparty, COUNTERPARTIES, path, 'counterparty', 'counterparty');
  const channel =
    tx.channel === undefined ? undefined : oneOf(tx.channel, CHANNELS, path, 'channel', 'channel');
  const id = tx.id === undefined ? undefined : checkId(tx.id, [...path, 'id']);
  const counterpartyId =
    tx.counterpartyId === undefined
      ? undefined
      : checkId(tx.counterpartyId, [...path, 'counterpartyId']);
  let reverses: ParsedTransaction['reverses'];
  if (tx.reverses !== undefined) {
    const given = tx.reverses as unknown;
    if (typeof given !== 'object' || given === null || Array.isArray(given))
      invalid([...path, 'reverses'], 'must be { id, at } naming the transaction reversed');
    const r = ownFields(given, REVERSAL_FIELDS, [...path, 'reverses'], 'a reversal');
    const rid = checkId((r as { id: unknown }).id, [...path, 'reverses', 'id']);
    const ratMs = parseSupportedInstantMs((r as { at: unknown }).at, [...path, 'reverses', 'at']);
    if (ratMs > atMs)
      invalid(
        [...path, 'reverses', 'at'],
        'the reversed transaction must not be later than its reversal',
      );
    if (id !== undefined && rid === id)
      invalid([...path, 'reverses', 'id'], 'a transaction cannot reverse itself');
    reverses = { id: rid, atMs: ratMs, at: (r as { at: string }).at };
  }
  return new Parsed(
    tx,
    scale,
    id,
    atMs,
    minor,
    kind,
    counterparty,
    channel,
    counterpartyId,
    reverses,
    bucketKey(kind, counterparty),
  );
}
