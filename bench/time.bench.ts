/**
 * Calendar windows in an IANA zone vs the naive fixed-offset arithmetic they replace (which is
 * wrong across daylight-saving and historical offset changes, but is the cost floor).
 */
import { calendarWindow } from '../src/time';
import type { BenchmarkPair } from './harness';

const DAY_MS = 86_400_000;
const SHANGHAI_OFFSET_MS = 8 * 3_600_000;
/** Instants spread over a year, so neither side benefits from one cached answer. */
const INSTANTS = Array.from(
  { length: 64 },
  (_, i) => new Date(Date.UTC(2026, 0, 1) + i * 5.7 * DAY_MS + i * 997_000),
);
/** Runs `fn` on every instant: one operation is 64 windows, so harness overhead is negligible. */
function each(fn: (t: Date) => unknown): () => unknown {
  return () => {
    let last: unknown;
    for (const t of INSTANTS) last = fn(t);
    return last;
  };
}

/** Fixed +08:00 offset: the day containing `t`, as [start, end). */
function naiveDay(t: Date): { start: Date; end: Date } {
  const local = t.getTime() + SHANGHAI_OFFSET_MS;
  const start = local - (((local % DAY_MS) + DAY_MS) % DAY_MS) - SHANGHAI_OFFSET_MS;
  return { start: new Date(start), end: new Date(start + DAY_MS) };
}

/** Fixed +08:00 offset: the month containing `t`, as [start, end). */
function naiveMonth(t: Date): { start: Date; end: Date } {
  const local = new Date(t.getTime() + SHANGHAI_OFFSET_MS);
  const y = local.getUTCFullYear();
  const m = local.getUTCMonth();
  return {
    start: new Date(Date.UTC(y, m, 1) - SHANGHAI_OFFSET_MS),
    end: new Date(Date.UTC(y, m + 1, 1) - SHANGHAI_OFFSET_MS),
  };
}

function sameWindow(a: { start: Date; end: Date }, b: { start: Date; end: Date }): void {
  if (a.start.getTime() !== b.start.getTime() || a.end.getTime() !== b.end.getTime())
    throw new Error(`windows differ: ${a.start.toISOString()} vs ${b.start.toISOString()}`);
}

export const benchmarks: readonly BenchmarkPair[] = [
  {
    name: 'time: 64 calendarWindow(day) vs fixed offset',
    description: 'calendar day in Asia/Shanghai from Intl offsets vs UTC+8 arithmetic',
    candidate: each((t) => calendarWindow(t, 'day', 'Asia/Shanghai')),
    baseline: each(naiveDay),
    verify: () => {
      for (const t of INSTANTS) sameWindow(calendarWindow(t, 'day', 'Asia/Shanghai'), naiveDay(t));
    },
  },
  {
    name: 'time: 64 calendarWindow(month) vs fixed offset',
    description: 'calendar month in Asia/Shanghai vs Date.UTC month arithmetic at UTC+8',
    candidate: each((t) => calendarWindow(t, 'month', 'Asia/Shanghai')),
    baseline: each(naiveMonth),
    verify: () => {
      for (const t of INSTANTS)
        sameWindow(calendarWindow(t, 'month', 'Asia/Shanghai'), naiveMonth(t));
    },
  },
];
