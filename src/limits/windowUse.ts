/*
 * What a class has used in one window at the evaluation instant, per direction, pending holds
 * included (memoised per evaluation: every limit of a window reads the same totals). Internal.
 */
import type { CompiledClass } from './compile';
import type { Evaluation } from './engine';
import { sliceAt, totalsOf, type WindowSlice } from './windows';

/** Per class and window: what is used, per direction, holds included, in minor units. */
export interface WindowUse {
  readonly inflow: bigint;
  readonly outflow: bigint;
  readonly inflowCount: number;
  readonly outflowCount: number;
  readonly resetsAt: string | null;
}

/**
 * What the class has used in the window `key` at the evaluation's instant.
 *
 * @param ev - the evaluation (its memo of slices and uses is filled)
 * @param cls - the compiled class (its counting directions)
 * @param key - the window key
 * @returns the window's use
 * @example
 * ```ts
 * windowUse(ev, cls, 'day').outflow;
 * ```
 */
export function windowUse(ev: Evaluation, cls: CompiledClass, key: string): WindowUse {
  for (const u of ev.uses) if (u.cls === cls && u.key === key) return u.use;
  let slice: WindowSlice | undefined;
  for (const s of ev.slices)
    if (s.key === key) {
      slice = s.slice;
      break;
    }
  if (!slice) {
    slice = sliceAt(key, ev.usage.windows[key]!, ev.atMs, ev.compiled.timeZone);
    ev.slices.push({ key, slice });
  }
  const t = totalsOf(key, slice, cls, ev.scale, ev.verified);
  const restore = cls.rules.counting.reversalsRestoreHeadroom;
  let inflow = t.inflow;
  let outflow = t.outflow;
  if (restore) {
    // Reversals give headroom back, never below nothing used.
    inflow = inflow > t.inflowReversed ? inflow - t.inflowReversed : 0n;
    outflow = outflow > t.outflowReversed ? outflow - t.outflowReversed : 0n;
  }
  let inflowCount = t.inflowCount;
  let outflowCount = t.outflowCount;
  for (const h of ev.holds) {
    if (h.reversal || h.atMs < slice.startMs || h.atMs >= slice.endMs) continue;
    const dir = cls.directions.get(h.bucket);
    if (dir === 'inflow') {
      inflow += h.minor;
      inflowCount++;
    } else if (dir === 'outflow') {
      outflow += h.minor;
      outflowCount++;
    }
  }
  const use = { inflow, outflow, inflowCount, outflowCount, resetsAt: slice.resetsAt };
  ev.uses.push({ cls, key, use });
  return use;
}
