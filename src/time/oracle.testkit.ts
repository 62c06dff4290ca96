/**
 * Test-only oracle: an independent, brute-force view of a zone's wall clock built directly on
 * `Intl.DateTimeFormat#formatToParts` (not on the module's internals). Not exported from the
 * package.
 *
 * @internal
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Local wall-clock fields of `zone` at instant `t`, read from `Intl`. */
export interface Wall {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  ms: number;
}

/** Wall-clock fields of `zone` at `t`. */
export function oracleWall(zone: string, t: number): Wall {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      fractionalSecondDigits: 3,
      hourCycle: 'h23',
    });
    formatters.set(zone, f);
  }
  const p: Record<string, string> = {};
  for (const part of f.formatToParts(t)) p[part.type] = part.value;
  return {
    year: Number(p.year),
    month: Number(p.month),
    day: Number(p.day),
    hour: Number(p.hour),
    minute: Number(p.minute),
    second: Number(p.second),
    ms: Number(p.fractionalSecond),
  };
}

/** `yyyymmdd` of the local date of `zone` at `t`. */
export function oracleDayKey(zone: string, t: number): number {
  const w = oracleWall(zone, t);
  return w.year * 10_000 + w.month * 100 + w.day;
}

/** Local wall time of `zone` at `t` as a number comparable across instants (ms, wall-as-UTC). */
export function oracleWallMs(zone: string, t: number): number {
  const w = oracleWall(zone, t);
  const d = new Date(0);
  d.setUTCFullYear(w.year, w.month - 1, w.day);
  d.setUTCHours(w.hour, w.minute, w.second, w.ms);
  return d.getTime();
}

/** UTC offset of `zone` at `t`, in ms. */
export function oracleOffsetMs(zone: string, t: number): number {
  return oracleWallMs(zone, t) - t;
}

/** First instant whose local date in `zone` is `key` (yyyymmdd) or later, by binary search. */
export function oracleStartOfDay(zone: string, key: number): number {
  const y = Math.floor(key / 10_000);
  const m = Math.floor(key / 100) % 100;
  const d = key % 100;
  const base = new Date(0);
  base.setUTCFullYear(y, m - 1, d);
  let lo = base.getTime() - 40 * 3_600_000;
  let hi = base.getTime() + 40 * 3_600_000;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (oracleDayKey(zone, mid) >= key) hi = mid;
    else lo = mid;
  }
  return hi;
}

/** Approximate instants (to within a day) at which `zone` changed offset between two years. */
export function approximateTransitions(zone: string, fromYear: number, toYear: number): number[] {
  const out: number[] = [];
  const start = Date.UTC(fromYear, 0, 1);
  const end = Date.UTC(toYear, 0, 1);
  let prev = oracleOffsetMs(zone, start);
  for (let t = start + 43_200_000; t < end; t += 43_200_000) {
    const o = oracleOffsetMs(zone, t);
    if (o !== prev) out.push(t);
    prev = o;
  }
  return out;
}
