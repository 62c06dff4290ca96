/*
 * 261号's two daily thresholds on non-counter transfers (except to one's own accounts at the same
 * bank): above 50,000 a digital certificate or e-signature; above 300,000 a large-transfer
 * reminder (companies: 1,000,000).
 */
import { isCounterChannel } from '../../lifecycle/isCounterChannel';
import type { Channel } from '../../presets/types/common';
import type { Preset } from '../../presets/types/preset';
import { notApplicable, presetAmountText, thresholdResult } from './thresholdResult';
import type { RequirementContext, RequirementResult } from './types';
import { windowTotal, type Selects } from './windowTotal';

const RULES = 'kyc.nonCounterTransfers';

/** Absent channel: non-counter business (the strictest reading, as the limits do). */
function nonCounter(channel: Channel | undefined, preset: Preset): boolean {
  return channel === undefined || !isCounterChannel(channel, preset);
}

function applies(ctx: RequirementContext): boolean {
  const { tx } = ctx;
  return (
    tx.kind === 'transfer_out' &&
    tx.counterparty !== 'own' &&
    tx.reverses === undefined &&
    nonCounter(tx.channel, ctx.preset)
  );
}

function selects(ctx: RequirementContext): Selects {
  return (kind, counterparty, channel) =>
    kind === 'transfer_out' && counterparty !== 'own' && nonCounter(channel, ctx.preset);
}

/**
 * Non-counter transfers above the daily cumulative threshold need a digital certificate or an
 * electronic signature (银发〔2016〕261号).
 *
 * @param ctx - the requirement context
 * @returns the outcome, with the requirement when the day's total is above the threshold
 */
export function nonCounterCertificate(ctx: RequirementContext): RequirementResult {
  const entry = ctx.preset.kyc.nonCounterTransfers;
  const rule = `${RULES}.certificateRequiredAbove`;
  if (!applies(ctx))
    return notApplicable(ctx, rule, entry.source, 'trace_requirement_not_applicable');
  return thresholdResult(ctx, {
    code: 'non_counter_certificate_required',
    rule,
    entry,
    threshold: entry.certificateRequiredAbove,
    reached: 'above',
    total: windowTotal(ctx, 'day', selects(ctx), 'nonCounterTransfers'),
  });
}

/**
 * Non-counter transfers above the daily cumulative reminder threshold need a large-transfer
 * reminder to the customer (银发〔2016〕261号; companies' threshold shown beside it).
 *
 * @param ctx - the requirement context
 * @returns the outcome, with the requirement when the day's total is above the threshold
 */
export function largeTransferReminder(ctx: RequirementContext): RequirementResult {
  const entry = ctx.preset.kyc.nonCounterTransfers;
  const key = entry.largeTransferReminderSource;
  const rule = `${RULES}.largeTransferReminderAbove`;
  if (!applies(ctx)) return notApplicable(ctx, rule, key, 'trace_requirement_not_applicable');
  const company = entry.companyLargeTransferReminderAbove;
  return thresholdResult(ctx, {
    code: 'large_transfer_reminder',
    rule,
    entry,
    sourceKey: key,
    threshold: entry.largeTransferReminderAbove,
    reached: 'above',
    total: windowTotal(ctx, 'day', selects(ctx), 'nonCounterTransfers'),
    extra: company ? { companyThreshold: presetAmountText(company, ctx.scale, rule) } : {},
  });
}
