/*
 * Parsing of the instants in the engine's inputs and in usage: strict ISO 8601 (as
 * `parseInstant`), with a fast path and a bounded memo; instants that drive windows must also lie
 * in the supported range. Internal to src/limits (re-exported by parse.ts).
 */
import { AccountPolicyError } from '../errors';
import { parseInstant } from '../time';
import { isSupportedInstant, SUPPORTED_INSTANTS_RULE } from '../time/instantRange';

type Path = readonly (string | number)[];
/**
 * The same typed error with the path named in its message (the time module's messages name only
 * the value): `Invalid instant at usage.holds.0.expiresAt: …` (the first issue's path when it is
 * more precise). Anything else is rethrown as is.
 *
 * @param error - what was thrown
 * @param path - where the value sits
 * @param what - the leading words of the message to replace, e.g. `"Invalid instant"`
 * @returns never
 * @example
 * ```ts
 * try { parseInstant(x, path); } catch (e) { rethrowAt(e, path, 'Invalid instant'); }
 * ```
 */
export function rethrowAt(error: unknown, path: Path, what: string): never {
  if (!(error instanceof AccountPolicyError) || path.length === 0) throw error;
  const detail = error.message.startsWith(what)
    ? error.message.slice(what.length).replace(/^:?\s*/, '')
    : error.message;
  // The first issue's path is the most precise (`options.holdFor.minutes`).
  const first = error.issues[0]?.path ?? [];
  const where = (first.length >= path.length ? first : path).join('.');
  throw new AccountPolicyError(error.code, `${what} at ${where}: ${detail}`, error.issues);
}

const INSTANT_MEMO = new Map<string, number>();
const INSTANT_MEMO_SIZE = 4096;

/**
 * A memoised instant, or `undefined`.
 *
 * @param text - an instant string seen before
 * @returns its epoch milliseconds, or `undefined`
 * @example
 * ```ts
 * instantMemo('2026-11-23T00:00:00+08:00'); // a number once instantMs has read it
 * ```
 */
export function instantMemo(text: string): number | undefined {
  return INSTANT_MEMO.get(text);
}

/**
 * Parses an ISO instant (as `parseInstant` does, strictly) into epoch milliseconds. Window bounds
 * repeat from check to check, so valid strings are memoised (a bounded, pure cache).
 *
 * @param text - the instant string
 * @param path - where it sits, for the error
 * @returns epoch milliseconds
 * @example
 * ```ts
 * instantMs('2026-11-23T00:00:00+08:00', []); // 1795363200000
 * ```
 */
export function instantMs(text: unknown, path: Path): number {
  if (typeof text === 'string') {
    const hit = INSTANT_MEMO.get(text);
    if (hit !== undefined) return hit;
  }
  const t = parseInstantMs(text, path);
  if (INSTANT_MEMO.size >= INSTANT_MEMO_SIZE) INSTANT_MEMO.clear();
  INSTANT_MEMO.set(text as string, t);
  return t;
}

/**
 * The strict shape `parseInstant` accepts. With the day checked against the month's length below,
 * shape plus `Date.parse` is exactly `parseInstant`; anything else goes through `parseInstant`
 * itself for its error.
 */
const FAST_INSTANT =
  /^(?!0000)([0-9]{4})-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T(?:[01][0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9](?:\.[0-9]{1,3})?)?(?:Z|[+-](?:[01][0-9]|2[0-3]):[0-5][0-9])$/;

function dayExists(text: string): boolean {
  const day = (text.charCodeAt(8) - 48) * 10 + (text.charCodeAt(9) - 48);
  if (day <= 28) return true;
  const month = (text.charCodeAt(5) - 48) * 10 + (text.charCodeAt(6) - 48);
  if (month !== 2)
    return (
      day <= 30 ||
      month === 1 ||
      month === 3 ||
      month === 5 ||
      month === 7 ||
      month === 8 ||
      month === 10 ||
      month === 12
    );
  const year = Number(text.slice(0, 4));
  return day === 29 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

/**
 * {@link parseInstant} to epoch milliseconds, with a fast path for well-formed input.
 *
 * @param text - the instant string
 * @param path - where it sits, for the error
 * @returns epoch milliseconds
 * @example
 * ```ts
 * parseInstantMs('2026-11-22T16:00:00Z', []); // 1795363200000
 * ```
 */
export function parseInstantMs(text: unknown, path: Path): number {
  if (typeof text === 'string' && text.length <= 40 && FAST_INSTANT.test(text) && dayExists(text)) {
    const t = Date.parse(text);
    if (!Number.isNaN(t)) return t;
  }
  try {
    return parseInstant(text, path).getTime();
  } catch (error) {
    rethrowAt(error, path, 'Invalid instant');
  }
}

/**
 * {@link parseInstantMs} for an instant the limits compute windows around (a transaction's `at`,
 * the instant it reverses, a query's `at`): it must also lie in `SUPPORTED_INSTANTS`
 * (1900-01-01T00:00:00Z to 2199-12-31T23:59:59.999Z), the range the zod schemas accept too.
 *
 * @param text - the instant string
 * @param path - where it sits, for the error
 * @returns epoch milliseconds
 * @throws AccountPolicyError `invalid_instant` at `path`
 * @example
 * ```ts
 * parseSupportedInstantMs('9999-12-31T23:59:59Z', ['transaction', 'at']); // throws invalid_instant
 * ```
 */
export function parseSupportedInstantMs(text: unknown, path: Path): number {
  const t = parseInstantMs(text, path);
  if (isSupportedInstant(t)) return t;
  const message = `${SUPPORTED_INSTANTS_RULE}, got ${String(text as string)}`;
  throw new AccountPolicyError(
    'invalid_instant',
    `Invalid instant at ${path.join('.')}: ${message}`,
    [{ path: [...path], message }],
  );
}
