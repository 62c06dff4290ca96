/*
 * Totals of a calendar window for the requirement units: from the usage's window (a check from
 * history builds its usage first, so both entry points agree), else this transaction alone.
 * Usage keeps totals per kind and counterparty, not per channel: a total of non-counter
 * transfers includes the day's counter transfers too (an upper bound).
 */
import type { Channel, Counterparty, TransactionKind } from '../../presets/types/common';
import type { CalendarUnit } from '../../time/types';
import { parseAmount } from '../parse';
import { sliceAt } from '../windows';
import { ZERO } from '../zero';
import type { RequirementContext, Total } from './types';

/** Which transactions a total counts; `channel` is unknown (undefined) for stored totals. */
export type Selects = (
  kind: TransactionKind,
  counterparty: Counterparty,
  channel: Channel | undefined,
) => boolean;

/**
 * The window's total of the selected transactions before this one (reversals in the window
 * subtracted, never below zero), plus this one when it is selected.
 *
 * @param ctx - the requirement context
 * @param unit - the calendar window
 * @param selects - which transactions count
 * @returns the total and its basis
 */
export function windowTotal(ctx: RequirementContext, unit: CalendarUnit, selects: Selects): Total {
  const { tx } = ctx;
  const own = selects(tx.kind, tx.counterparty, tx.channel) ? tx.amount : ZERO;
  const stored = Object.hasOwn(ctx.usage.windows, unit) ? ctx.usage.windows[unit] : undefined;
  if (!stored || stored.kind !== 'calendar') return { amount: own, basis: 'transaction' };
  const flows = sliceAt(unit, stored, tx.atMs, ctx.preset.timeZone).flows ?? {};
  let sum = ZERO;
  for (const [bucket, f] of Object.entries(flows)) {
    const [kind, counterparty] = bucket.split(':') as [TransactionKind, Counterparty];
    if (!selects(kind, counterparty, undefined)) continue;
    const path = ['usage', 'windows', unit, 'flows', bucket];
    const net = parseAmount(f.amount, ctx.scale, [...path, 'amount']).minus(
      parseAmount(f.reversed, ctx.scale, [...path, 'reversed']),
    );
    if (!net.isNegative()) sum = sum.plus(net);
  }
  return { amount: sum.plus(own), basis: 'usage' };
}
