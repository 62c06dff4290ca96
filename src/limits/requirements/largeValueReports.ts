/*
 * Large-value transaction reports (PBOC Order 2016 No. 3, Art. 5): cash in and out of 50,000 or
 * more in a day; a natural person's domestic transfers of 500,000 or more in a day. Reporting
 * duties of the bank, not refusals.
 */
import type { TransactionKind } from '../../presets/types/common';
import { notApplicable, thresholdResult } from './thresholdResult';
import type { RequirementContext, RequirementResult } from './types';
import { windowTotal } from './windowTotal';

const RULES = 'monitoring.largeValueReporting';
/** The kinds a report counts, with the selection and its memo id made once. */
interface Kinds {
  readonly selects: (kind: TransactionKind) => boolean;
  readonly id: string;
}
function kindsOf(list: readonly TransactionKind[]): Kinds {
  return { selects: (kind) => list.includes(kind), id: `kinds:${list.join(',')}` };
}
const CASH = kindsOf(['deposit_cash', 'withdraw_cash']);
const TRANSFERS = kindsOf(['transfer_in', 'transfer_out']);

function kindReport(
  ctx: RequirementContext,
  field: 'cashPerDay' | 'domesticTransferPerDay',
  kinds: Kinds,
  code: 'large_value_cash_report' | 'large_value_transfer_report',
): RequirementResult {
  const entry = ctx.preset.monitoring.largeValueReporting;
  const rule = `${RULES}.${field}`;
  // A preset without large-value reporting: cite the instrument the preset rests on.
  if (!entry)
    return notApplicable(
      ctx,
      rule,
      ctx.preset.effectiveFromSource,
      'trace_requirement_not_applicable',
    );
  if (!kinds.selects(ctx.tx.kind) || ctx.tx.reverses !== undefined)
    return notApplicable(ctx, rule, entry.source, 'trace_requirement_not_applicable');
  return thresholdResult(ctx, {
    code,
    rule,
    entry,
    threshold: entry[field],
    reached: 'reach',
    total: windowTotal(ctx, 'day', kinds.selects, kinds.id),
  });
}

/**
 * Cash deposits plus withdrawals reaching the daily threshold: a large-value report is due.
 *
 * @param ctx - the requirement context
 * @returns the outcome, with the reporting duty when the day's cash reaches the threshold
 */
export function largeValueCashReport(ctx: RequirementContext): RequirementResult {
  return kindReport(ctx, 'cashPerDay', CASH, 'large_value_cash_report');
}

/**
 * A personal account's domestic transfers in and out reaching the daily threshold: a large-value
 * report is due. (Cross-border transfers are not evaluated: a transaction has no such flag.)
 *
 * @param ctx - the requirement context
 * @returns the outcome, with the reporting duty when the day's transfers reach the threshold
 */
export function largeValueTransferReport(ctx: RequirementContext): RequirementResult {
  return kindReport(ctx, 'domesticTransferPerDay', TRANSFERS, 'large_value_transfer_report');
}
