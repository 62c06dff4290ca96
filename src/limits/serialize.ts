/*
 * The stored form of a usage: JSON in a small envelope with a format version, so that a service
 * can keep it in a database column and the library can migrate it when the format changes.
 *
 * Migration path: `parseUsage` accepts every format version it has ever written (and a bare
 * usage object, as services stored before the envelope existed: version 1) and returns the
 * current shape; `serializeUsage` always writes the current version. A change of shape bumps
 * USAGE_FORMAT_VERSION and adds a step to `migrate` below; a service migrates lazily (read any,
 * write current) or in one pass (parse and serialise every row).
 */
import { AccountPolicyError, attempt, type Result } from '../errors';
import { isPlainObject } from './parse';
import type { Usage } from './types';
import { readUsage } from './usage';

/**
 * The `format` field of a serialised usage.
 *
 * @example
 * ```ts
 * USAGE_FORMAT; // 'account-policy/usage'
 * ```
 */
export const USAGE_FORMAT = 'account-policy/usage';

/**
 * The format version `serializeUsage` writes. 1: the bare usage (before the envelope); 2: the
 * envelope, settled entries remembered for the preset's idempotency period (`rememberFor` when
 * it is not 24 hours) and transactions recorded with an id among them. The per-class totals the
 * check compares (issue 18) are not stored: they are derived from the flows on read
 * (src/limits/windowSums.ts), so the stored shape, and this version, did not change.
 *
 * @example
 * ```ts
 * USAGE_FORMAT_VERSION; // 2
 * ```
 */
export const USAGE_FORMAT_VERSION = 2;

/** Longest serialised usage parsed (a usage within USAGE_BOUNDS is far smaller). */
const MAX_TEXT = 16 * 1024 * 1024;

function bad(message: string, path: (string | number)[] = []): never {
  throw new AccountPolicyError('invalid_input', `Invalid stored usage: ${message}`, [
    { path: ['stored', ...path], message },
  ]);
}

/**
 * The usage as JSON text to store: `{ "format": "account-policy/usage", "formatVersion": 2,
 * "usage": { … } }`. The usage is validated first, so nothing malformed is ever written.
 *
 * @param usage - the usage
 * @returns the JSON text
 * @throws AccountPolicyError `invalid_input` (and the other codes of a malformed usage)
 * @example
 * ```ts
 * const text = serializeUsage(createUsage(getPreset()));
 * parseUsage(text).version; // 0
 * ```
 */
export function serializeUsage(usage: Usage): string {
  readUsage(usage);
  return JSON.stringify({ format: USAGE_FORMAT, formatVersion: USAGE_FORMAT_VERSION, usage });
}

/**
 * Reads a stored usage (the text `serializeUsage` wrote, or the value already parsed from JSON,
 * as a `jsonb` column gives it), migrates it from an older format version and validates it.
 *
 * @param stored - JSON text or the parsed value
 * @returns the usage, in the current shape
 * @throws AccountPolicyError `invalid_input` for text that is not JSON, an unknown format or a
 *   format version newer than this library's (and the codes of a malformed usage, naming the
 *   path below `usage`)
 * @example
 * ```ts
 * parseUsage('{"format":"account-policy/usage","formatVersion":99,"usage":{}}'); // throws
 * ```
 */
export function parseUsage(stored: unknown): Usage {
  let value = stored;
  if (typeof stored === 'string') {
    if (stored.length > MAX_TEXT) bad(`is longer than ${MAX_TEXT} characters`);
    try {
      value = JSON.parse(stored);
    } catch {
      bad('is not JSON');
    }
  }
  if (!isPlainObject(value)) bad('must be an object');
  const usage = migrate(value);
  readUsage(usage);
  return usage;
}

/** The usage inside a stored value, brought to the current format version. */
function migrate(value: Record<string, unknown>): Usage {
  if (!Object.hasOwn(value, 'format')) return value as unknown as Usage; // version 1: bare
  if (value.format !== USAGE_FORMAT) bad(`format must be "${USAGE_FORMAT}"`, ['format']);
  const version = value.formatVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 2)
    bad('formatVersion must be a whole number from 2', ['formatVersion']);
  if (version > USAGE_FORMAT_VERSION)
    bad(
      `formatVersion ${version} is newer than this library's (${USAGE_FORMAT_VERSION}): upgrade account-policy`,
      ['formatVersion'],
    );
  for (const key of Object.keys(value))
    if (key !== 'format' && key !== 'formatVersion' && key !== 'usage')
      bad('is not a field here (expected format, formatVersion, usage)', [key]);
  // Version 1 to 2 changed no field: settled entries just live longer (their expiresAt says so).
  return value.usage as Usage;
}

/**
 * Non-throwing twin of {@link parseUsage}.
 *
 * @param stored - JSON text or the parsed value
 * @returns `{ ok: true, value }` with the usage, or `{ ok: false, error }`
 * @example
 * ```ts
 * safeParseUsage('not json').ok; // false
 * ```
 */
export function safeParseUsage(stored: unknown): Result<Usage> {
  return attempt(() => parseUsage(stored));
}
