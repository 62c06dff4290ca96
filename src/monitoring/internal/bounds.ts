/*
 * How much one monitoring run may produce. Internal to src/monitoring (re-exported by its index).
 */

/**
 * The most alerts of one code `detectAlerts` returns: the earliest ones (by instant) are kept
 * and the rest counted in the report's `omitted`. With seven codes a report holds at most
 * 7 × 100 alerts, whatever the size of the history.
 */
export const MAX_ALERTS_PER_CODE = 100;

/**
 * The most transactions (and counterparty ids) one alert's evidence lists: the first ones in the
 * history's canonical order. What is left out is counted (`omittedTransactions`,
 * `omittedCounterpartyIds`); counts, totals and first/last instants always cover everything.
 */
export const MAX_EVIDENCE_ITEMS = 20;

/**
 * The first {@link MAX_EVIDENCE_ITEMS} of a list, and how many were left out.
 *
 * @internal
 */
export function bounded<T, U>(
  list: readonly T[],
  map: (item: T) => U,
): { readonly items: U[]; readonly omitted: number } {
  const items = list.slice(0, MAX_EVIDENCE_ITEMS).map(map);
  return { items, omitted: list.length - items.length };
}
