/*
 * What a class has used in one window at the evaluation instant, per direction, pending holds
 * included (memoised per evaluation: every limit of a window reads the same totals). Internal.
 */
import type { CompiledClass } from './compile';
import type { Evaluation } from './engine';
import { sliceAt, totalsOf, type WindowSlice } from './windows';
import { ZERO } from './zero';
import type { PolicyDecimal } from '../money/decimal';

/** Per class and window: what is used, per direction, holds included. */
export interface WindowUse {
  readonly inflow: PolicyDecimal;
  readonly outflow: PolicyDecimal;
  /** The canonical text of `inflow`/`outflow` when known without formatting, else `null`. */
  readonly inflowText: string | null;
  readonly outflowText: string | null;
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
  const t = totalsOf(key, slice, cls.directions, ev.scale, ev.zeroText);
  const restore = cls.rules.counting.reversalsRestoreHeadroom;
  let inflowText = t.inflowText;
  let outflowText = t.outflowText;
  let inflow = t.inflow;
  let outflow = t.outflow;
  if (restore && t.inflowReversed !== ZERO) {
    inflow = inflow.minus(t.inflowReversed);
    inflowText = null;
    if (inflow.isNegative()) inflow = ZERO;
  }
  if (restore && t.outflowReversed !== ZERO) {
    outflow = outflow.minus(t.outflowReversed);
    outflowText = null;
    if (outflow.isNegative()) outflow = ZERO;
  }
  let inflowCount = t.inflowCount;
  let outflowCount = t.outflowCount;
  for (const h of ev.holds) {
    if (h.reversal || h.atMs < slice.startMs || h.atMs >= slice.endMs) continue;
    const dir = cls.directions.get(h.bucket);
    if (dir === 'inflow') {
      inflow = inflow.plus(h.amount);
      inflowCount++;
      inflowText = null;
    } else if (dir === 'outflow') {
      outflow = outflow.plus(h.amount);
      outflowCount++;
      outflowText = null;
    }
  }
  const use = {
    inflow,
    outflow,
    inflowText,
    outflowText,
    inflowCount,
    outflowCount,
    resetsAt: slice.resetsAt,
  };
  ev.uses.push({ cls, key, use });
  return use;
}
