/*
 * The supported range of the instants the limits API reasons about (a transaction's `at`, the
 * instant it reverses, the `at` of a headroom query or of usage built from history). Shared by
 * the API parsing (src/limits/parse.ts) and the zod schemas (src/schemas/common.ts), so both
 * accept exactly the same instants.
 */

/**
 * The instants a transaction (and every instant the limits compute windows around) may carry:
 * from 1900-01-01T00:00:00Z to 2199-12-31T23:59:59.999Z, both included (UTC). Windows around such
 * an instant — a calendar year, a rolling window, a hold's expiry — stay well inside what the time
 * module can compute and write (years 0001–9999), so an instant outside it is refused at its own
 * path (`transaction.at`) rather than deep inside the window maths.
 *
 * @example
 * ```ts
 * SUPPORTED_INSTANTS.from; // '1900-01-01T00:00:00Z'
 * SUPPORTED_INSTANTS.until; // '2199-12-31T23:59:59.999Z'
 * ```
 */
export const SUPPORTED_INSTANTS = Object.freeze({
  from: '1900-01-01T00:00:00Z',
  until: '2199-12-31T23:59:59.999Z',
  fromMs: Date.UTC(1900, 0, 1),
  untilMs: Date.UTC(2200, 0, 1) - 1,
});

/** The rule, as an issue message. */
export const SUPPORTED_INSTANTS_RULE = `must lie within the supported range ${SUPPORTED_INSTANTS.from} to ${SUPPORTED_INSTANTS.until}`;

/**
 * Whether epoch milliseconds lie in {@link SUPPORTED_INSTANTS}.
 *
 * @param ms - epoch milliseconds
 * @returns true when supported
 * @example
 * ```ts
 * isSupportedInstant(Date.UTC(2026, 10, 22)); // true
 * isSupportedInstant(Date.UTC(9999, 11, 31)); // false
 * ```
 */
export function isSupportedInstant(ms: number): boolean {
  return ms >= SUPPORTED_INSTANTS.fromMs && ms <= SUPPORTED_INSTANTS.untilMs;
}
