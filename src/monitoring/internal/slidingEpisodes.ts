/*
 * Rolling-window scanning shared by the windowed detectors. Internal to src/monitoring.
 */
import { rollingWindow } from '../../time';
import type { PolicyDuration } from '../../time/types';

/** A run of entries `[lo, hi]` (indices, both included) that raised an alert. */
export interface Episode {
  readonly lo: number;
  readonly hi: number;
}

/** What a scan keeps about the entries currently in the window. */
export interface WindowState<T> {
  /** An entry enters the window. */
  readonly add: (entry: T) => void;
  /** An entry leaves the window. */
  readonly remove: (entry: T) => void;
  /** The window is emptied (after an alert). */
  readonly reset: () => void;
  /** Whether the entries `[lo, hi]` (the window ending at entry `hi`) raise an alert. */
  readonly triggered: (lo: number, hi: number) => boolean;
}

/** The elapsed length (ms) of a duration made only of hours and minutes, else `null`. */
function elapsedMs(duration: PolicyDuration): number | null {
  const { years, months, weeks, days, hours, minutes } = duration;
  if (years || months || weeks || days) return null;
  return ((hours ?? 0) * 60 + (minutes ?? 0)) * 60_000;
}

/**
 * The start (epoch ms, included) of the rolling window of `duration` ending at `atMs`, as
 * {@link rollingWindow} computes it: the window is `(atMs − duration, atMs]`, exactly `duration`
 * long (docs/windows.md), so its first included millisecond is `atMs − duration + 1`. Hours and
 * minutes are elapsed time, so a duration made only of them is subtracted directly (no time-zone
 * look-up); calendar parts go through `rollingWindow`.
 *
 * @internal
 */
export function windowStartMs(atMs: number, duration: PolicyDuration, timeZone: string): number {
  const elapsed = elapsedMs(duration);
  if (elapsed !== null) return atMs - elapsed + 1;
  return rollingWindow(new Date(atMs), duration, timeZone).start.getTime();
}

/** The first index in `[0, hi]` whose instant is at or after `startMs`. */
function firstAtOrAfter(entries: readonly { atMs: number }[], startMs: number, hi: number): number {
  let lo = 0;
  let top = hi;
  while (lo < top) {
    const mid = (lo + top) >>> 1;
    if (entries[mid]!.atMs < startMs) lo = mid + 1;
    else top = mid;
  }
  return lo;
}

/**
 * Scans entries sorted by instant with the rolling window ending at each one, in order, and
 * returns the episodes that raised an alert. Episodes never share entries: after an alert the
 * window restarts after its last entry, so one burst gives one alert, whatever comes next. An
 * instant is not split: the entries at the instant an episode triggers at join it as long as it
 * still triggers, and an episode that starts at the instant the previous one ended at is merged
 * into it, so any number of entries at one instant gives at most one episode.
 *
 * @param entries - sorted by `atMs` (ascending)
 * @param duration - the window's length
 * @param timeZone - the zone for calendar parts of `duration`
 * @param state - what is kept about the window, and when it raises an alert
 * @returns the episodes, in order
 * @internal
 */
export function slidingEpisodes<T extends { readonly atMs: number }>(
  entries: readonly T[],
  duration: PolicyDuration,
  timeZone: string,
  state: WindowState<T>,
): Episode[] {
  const episodes: Episode[] = [];
  let floor = 0;
  let lo = 0;
  for (let hi = 0; hi < entries.length; hi++) {
    state.add(entries[hi]!);
    const want = Math.max(
      floor,
      firstAtOrAfter(entries, windowStartMs(entries[hi]!.atMs, duration, timeZone), hi),
    );
    while (lo < want) state.remove(entries[lo++]!);
    while (lo > want) state.add(entries[--lo]!);
    if (state.triggered(lo, hi)) {
      // The rest of the instant joins the episode, as long as it still raises the alert.
      while (hi + 1 < entries.length && entries[hi + 1]!.atMs === entries[hi]!.atMs) {
        state.add(entries[hi + 1]!);
        if (!state.triggered(lo, hi + 1)) {
          state.remove(entries[hi + 1]!);
          break;
        }
        hi++;
      }
      const prev = episodes[episodes.length - 1];
      // An instant is never split: an episode starting at the instant the previous one ended
      // at joins it (both raised an alert, so their union does too: counts, distinct ids and
      // "what stayed" only add up).
      if (prev !== undefined && entries[lo]!.atMs === entries[prev.hi]!.atMs)
        episodes[episodes.length - 1] = { lo: prev.lo, hi };
      else episodes.push({ lo, hi });
      state.reset();
      floor = hi + 1;
      lo = hi + 1;
    }
  }
  return episodes;
}
