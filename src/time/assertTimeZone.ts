import { describeValue, fail, type Path } from './internal/errors';

const ZONE_NAME_RE = /^[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+)*$/;
const MAX_ZONE_LENGTH = 64;
const MAX_CACHE = 1024;
const validity = new Map<string, boolean>();
/**
 * Three-letter IDs that ICU (hence `Intl`) accepts for compatibility with old Java, but which are
 * not IANA names — and are dangerously ambiguous: ICU reads `"CST"` as America/Chicago, not China
 * Standard Time, and `"IST"` as Asia/Kolkata, `"BST"` as Asia/Dhaka. (`EST`, `MST`, `HST`, `CET`,
 * `EET`, `MET` and `WET` are genuine IANA names and stay accepted.)
 */
const ICU_ONLY_IDS = new Set(
  'ACT AET AGT ART AST BET BST CAT CNT CST CTT EAT ECT IET IST JST MIT NET NST PLT PNT PRT PST SST VST'.split(
    ' ',
  ),
);

/**
 * Whether `zone` is an IANA time-zone name known to the runtime, such as `"Asia/Shanghai"` or
 * `"UTC"`.
 *
 * Names are checked with `Intl.DateTimeFormat` (so, like it, case-insensitively; links such as
 * `"PRC"` or `"US/Eastern"` are accepted). Offsets such as `"+08:00"`, and the abbreviations ICU
 * accepts but IANA does not have (`"CST"`, which ICU would read as Chicago; `"IST"`, `"JST"`, …),
 * are rejected.
 *
 * @param zone - the candidate name
 * @returns true for a usable IANA zone name
 * @example
 * ```ts
 * isTimeZone('Asia/Shanghai'); // true
 * isTimeZone('+08:00'); // false
 * ```
 */
export function isTimeZone(zone: unknown): zone is string {
  if (typeof zone !== 'string' || zone.length === 0 || zone.length > MAX_ZONE_LENGTH) return false;
  const cached = validity.get(zone);
  if (cached !== undefined) return cached;
  let ok =
    ZONE_NAME_RE.test(zone) &&
    !ICU_ONLY_IDS.has(zone.toUpperCase()) &&
    !zone.toLowerCase().startsWith('systemv/');
  if (ok) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: zone });
    } catch {
      ok = false;
    }
  }
  if (validity.size < MAX_CACHE) validity.set(zone, ok);
  return ok;
}

/**
 * Returns `zone` unchanged if it is an IANA time-zone name, or throws.
 *
 * @param zone - the candidate name
 * @param path - where the value sits in a larger input, for the error's issue
 * @returns the same string, typed
 * @throws `AccountPolicyError` with code `invalid_time_zone`
 * @example
 * ```ts
 * assertTimeZone('Europe/London'); // 'Europe/London'
 * assertTimeZone('Mars/Olympus'); // throws invalid_time_zone
 * ```
 */
export function assertTimeZone(zone: unknown, path: Path = []): string {
  if (isTimeZone(zone)) return zone;
  const reason =
    typeof zone === 'string'
      ? `${describeValue(zone)} is not an IANA time-zone name (such as "Asia/Shanghai" or "UTC")`
      : `expected an IANA time-zone name, got ${describeValue(zone)}`;
  throw fail('invalid_time_zone', `Invalid time zone: ${reason}`, path);
}
