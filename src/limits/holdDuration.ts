/*
 * How long a hold may last: longer than zero, and at most MAX_HOLD_DURATION. Internal to
 * src/limits (the constants are public).
 */
import { AccountPolicyError } from '../errors';
import { addDuration, formatInstant } from '../time';
import { maxReachMs } from '../time/internal/duration';
import type { PolicyDuration } from '../time/types';

/** How long a hold lasts when `ReserveOptions.holdFor` is not given (an API default, not a rule). */
export const DEFAULT_HOLD_DURATION: PolicyDuration = Object.freeze({ minutes: 15 });

/**
 * The longest `ReserveOptions.holdFor` accepted: a hold must expire no later than 31 days (local
 * calendar days of the preset's zone) after its transaction's instant.
 *
 * @example
 * ```ts
 * MAX_HOLD_DURATION; // { days: 31 }
 * ```
 */
export const MAX_HOLD_DURATION: PolicyDuration = Object.freeze({ days: 31 });

/** Beyond this reach a duration is certainly longer than 31 days, so it is not added at all. */
const SURELY_TOO_LONG_MS = 400 * 86_400_000;

function tooLong(path: readonly string[], detail: string): never {
  const message = `must be longer than zero and at most 31 days: ${detail}`;
  throw new AccountPolicyError(
    'invalid_duration',
    `Invalid duration at ${path.join('.')}: ${message}`,
    [{ path: [...path], message }],
  );
}

/**
 * When a hold of `holdFor` (already a valid duration) taken at `atMs` expires, checking that it
 * lasts longer than zero and no longer than {@link MAX_HOLD_DURATION}.
 *
 * @param holdFor - the hold's duration
 * @param atMs - the transaction's instant (epoch ms, in the supported range)
 * @param zone - the preset's time zone
 * @param path - where `holdFor` sits, for the error
 * @returns the expiry instant (epoch ms)
 * @throws AccountPolicyError `invalid_duration` at `path`
 * @example
 * ```ts
 * holdExpiryMs({ minutes: 15 }, Date.parse('2026-11-22T10:00:00Z'), 'UTC', ['options', 'holdFor']);
 * ```
 */
export function holdExpiryMs(
  holdFor: PolicyDuration,
  atMs: number,
  zone: string,
  path: readonly string[],
): number {
  const reach = maxReachMs(holdFor);
  if (reach === 0) tooLong(path, 'a hold of no time would expire at once and hold nothing');
  if (reach > SURELY_TOO_LONG_MS) tooLong(path, 'this one lasts more than 31 days');
  const at = new Date(atMs);
  const expires = addDuration(at, holdFor, zone).getTime();
  const latest = addDuration(at, MAX_HOLD_DURATION, zone).getTime();
  if (expires <= atMs) tooLong(path, 'a hold of no time would expire at once and hold nothing');
  if (expires > latest)
    tooLong(
      path,
      `it would expire at ${formatInstant(new Date(expires), zone)}, after ${formatInstant(new Date(latest), zone)}`,
    );
  return expires;
}
