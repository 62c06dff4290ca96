import { DAY_MS } from './civil';

/**
 * Time-zone offset look-ups from the runtime's IANA data (`Intl.DateTimeFormat`), answered from a
 * per-zone table of offset transitions.
 *
 * Deliberately host-independent: nothing here reads the process's own time zone. (The setters of
 * `TZDate` from `@date-fns/tz` 1.5.0, and so every date-fns function run with `{ in: tz(zone) }`,
 * give results that depend on the host zone around the host's own transitions, and its `tzOffset`
 * drops the sign of offsets such as `-00:44:30`; see the module's README notes in `index.ts`.)
 *
 * Module state: `offsetFormatters` and `transitionTables` are the one allowed piece of module state
 * in `src/time`. They memoise pure functions of `(zone, instant)`: the runtime's IANA data does not
 * change while the process runs, an entry is computed from nothing but its key, and an answer read
 * from the cache is the same as one computed afresh. No clock, randomness or host zone is read.
 *
 * @internal
 */

const offsetFormatters = new Map<string, Intl.DateTimeFormat>();
const OFFSET_RE = /^([+\-\u2212])(\d{2}):(\d{2})(?::(\d{2}))?$/;

/** The offset of `zone` at `t` as `Intl` formats it (slow: one `format` call). */
export function intlOffsetMsAt(zone: string, t: number): number {
  let formatter = offsetFormatters.get(zone);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' });
    offsetFormatters.set(zone, formatter);
  }
  const text = formatter.format(t);
  const tail = text.slice(text.lastIndexOf('GMT') + 3);
  if (tail === '') return 0;
  const m = OFFSET_RE.exec(tail);
  if (m === null) throw new Error(`Unexpected offset format from Intl: ${text}`);
  const sign = m[1] === '+' ? 1 : -1;
  return sign * ((Number(m[2]) * 60 + Number(m[3])) * 60 + Number(m[4] ?? 0)) * 1000;
}

/** Span of one cached table (2^35 ms, about 398 days). */
const SPAN_MS = 2 ** 35;
/** Sampling step when building a table: zones never change offset twice within 6 hours. */
const SAMPLE_MS = 6 * 60 * 60 * 1000;
/** Tables are built only for spans inside roughly 1800..2200; outside, `Intl` answers directly. */
const FIRST_SPAN = Math.floor(Date.UTC(1800, 0, 1) / SPAN_MS);
const LAST_SPAN = Math.floor(Date.UTC(2200, 0, 1) / SPAN_MS);

/** Offsets of one zone over one span: `offsets[i]` holds from `starts[i]` (inclusive). */
interface TransitionTable {
  readonly starts: readonly number[];
  readonly offsets: readonly number[];
}

const transitionTables = new Map<string, Map<number, TransitionTable>>();

/** The first instant in `(lo, hi]` whose offset differs from `lo`'s; `hi`'s differs. */
function bisectTransition(zone: string, lo: number, hi: number): number {
  const before = intlOffsetMsAt(zone, lo);
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (intlOffsetMsAt(zone, mid) === before) lo = mid;
    else hi = mid;
  }
  return hi;
}

/** Samples `Intl` across span `index` and bisects each change of offset to the millisecond. */
function buildTable(zone: string, index: number): TransitionTable {
  const start = index * SPAN_MS;
  const end = start + SPAN_MS;
  const starts = [start];
  const offsets = [intlOffsetMsAt(zone, start)];
  let prevT = start;
  let prev = offsets[0]!;
  for (let t = start + SAMPLE_MS; ; t += SAMPLE_MS) {
    const at = Math.min(t, end - 1);
    const offset = intlOffsetMsAt(zone, at);
    if (offset !== prev) {
      const change = bisectTransition(zone, prevT, at);
      starts.push(change);
      offsets.push(intlOffsetMsAt(zone, change));
      // Re-sample from the change so a second change before `at` is not missed.
      prev = offsets[offsets.length - 1]!;
      prevT = change;
      if (prev !== offset) {
        t = change;
        continue;
      }
    }
    prevT = at;
    if (at === end - 1) break;
  }
  return { starts, offsets };
}

function tableFor(zone: string, index: number): TransitionTable {
  let tables = transitionTables.get(zone);
  if (tables === undefined) {
    tables = new Map();
    transitionTables.set(zone, tables);
  }
  let table = tables.get(index);
  if (table === undefined) {
    table = buildTable(zone, index);
    tables.set(index, table);
  }
  return table;
}

/**
 * UTC offset of `zone` at instant `t`, in milliseconds (east of Greenwich positive), including
 * historical sub-minute offsets such as Shanghai's LMT +08:05:43. `zone` must already be valid.
 * Answered by binary search in a memoised transition table; equal to {@link intlOffsetMsAt}.
 */
export function offsetMsAt(zone: string, t: number): number {
  const index = Math.floor(t / SPAN_MS);
  if (!(index >= FIRST_SPAN && index <= LAST_SPAN)) return intlOffsetMsAt(zone, t);
  const { starts, offsets } = tableFor(zone, index);
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= t) lo = mid;
    else hi = mid - 1;
  }
  return offsets[lo]!;
}
/** The wall-clock reading of `zone` at instant `t`, encoded as a UTC timestamp. */
export function wallAt(zone: string, t: number): number {
  return t + offsetMsAt(zone, t);
}

/**
 * The first instant at which the wall clock of `zone` reads `wall` or later.
 *
 * - An ordinary wall time maps to its only instant.
 * - A repeated wall time (clocks turned back) maps to its first occurrence.
 * - A skipped wall time (clocks turned forward) maps to the instant of the jump, i.e. the first
 *   instant after the gap; a whole skipped day (Pacific/Apia, 2011-12-30) maps to the start of
 *   the next existing day.
 */
export function firstInstantAtWall(zone: string, wall: number): number {
  // Real offsets stay well within ±1 day, so sampling one day either side of `wall` gives the
  // offsets in force before and after any transition near it.
  const before = offsetMsAt(zone, wall - DAY_MS);
  const at = offsetMsAt(zone, wall);
  const after = offsetMsAt(zone, wall + DAY_MS);
  // Fast path (no transition near `wall`): the same answer as the loop below, without a Set.
  if (before === at && at === after && offsetMsAt(zone, wall - at) === at) return wall - at;
  const offsets = new Set([before, at, after]);
  let best = Number.POSITIVE_INFINITY;
  for (const offset of offsets) {
    const t = wall - offset;
    if (t < best && offsetMsAt(zone, t) === offset) best = t;
  }
  if (best !== Number.POSITIVE_INFINITY) return best;
  // `wall` falls in a gap: binary-search the instant of the jump (wall clock first reaches `wall`).
  let lo = wall - 2 * DAY_MS; // wall clock certainly before `wall`
  let hi = wall + 2 * DAY_MS; // wall clock certainly at or after `wall`
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (wallAt(zone, mid) >= wall) hi = mid;
    else lo = mid;
  }
  return hi;
}
