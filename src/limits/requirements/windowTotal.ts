/*
 * Totals of a calendar window for the requirement units: from the usage's window (a check from
 * history builds its usage first, so both entry points agree), else this transaction alone.
 * Usage keeps totals per kind and counterparty, not per channel: a total of non-counter
 * transfers includes the day's counter transfers too (an upper bound).
 */
import type { Channel, Counterparty, TransactionKind } from '../../presets/types/common';
import type { CalendarUnit } from '../../time/types';
import { sliceAt } from '../windows';
import { selectedNet, type BucketSelects } from '../windowSums';
import type { RequirementContext, Total } from './types';

/** Which transactions a total counts; `channel` is unknown (undefined) for stored totals. */
export type Selects = (
  kind: TransactionKind,
  counterparty: Counterparty,
  channel: Channel | undefined,
) => boolean;

/**
 * The window's total of the selected transactions before this one (reversals in the window
 * subtracted, never below zero), plus this one when it is selected. The stored part is summed
 * once per flows object and selection (windowSums.ts).
 *
 * @param ctx - the requirement context
 * @param unit - the calendar window
 * @param selects - which transactions count
 * @param id - names the selection: the same id always selects the same buckets
 * @returns the total and its basis
 */
export function windowTotal(
  ctx: RequirementContext,
  unit: CalendarUnit,
  selects: Selects,
  id: string,
): Total {
  const { tx } = ctx;
  const own = selects(tx.kind, tx.counterparty, tx.channel) ? tx.minor : 0n;
  const stored = Object.hasOwn(ctx.usage.windows, unit) ? ctx.usage.windows[unit] : undefined;
  if (!stored || stored.kind !== 'calendar') return { minor: own, basis: 'transaction' };
  const flows = sliceAt(unit, stored, tx.atMs, ctx.preset.timeZone).flows;
  if (!flows) return { minor: own, basis: 'usage' };
  const stored_ = selectedNet(unit, flows, id, selects as BucketSelects, ctx.scale, ctx.verified);
  return { minor: stored_ + own, basis: 'usage' };
}
