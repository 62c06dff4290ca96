/*
 * Class III (银发〔2018〕16号): once the amounts received plus paid reach 50,000 in total, the bank
 * verifies the holder's identity within 7 days. Counted over the usage's calendar year of this
 * account, a lower bound of the person's total (see the preset note).
 */
import { matcherSelects } from '../../classes/checkArguments';
import type { Counterparty, TransactionKind } from '../../presets/types/common';
import { formatDuration } from '../../time';
import type { PolicyDuration } from '../../time/types';
import type { Lang } from '../../messages/lang';
import { notApplicable, thresholdResult } from './thresholdResult';
import type { RequirementContext, RequirementResult } from './types';
import { windowTotal } from './windowTotal';

const WITHIN = new WeakMap<PolicyDuration, { [lang in Lang]?: string }>();

/** The duty's period in words (`formatDuration`), written once per preset duration and language. */
function withinText(within: PolicyDuration, lang: Lang): string {
  let texts = WITHIN.get(within);
  if (texts === undefined) WITHIN.set(within, (texts = {}));
  return (texts[lang] ??= formatDuration(within, lang));
}

/** Names a list of matchers by its content (once per list object), for windowTotal's memo. */
const IDS = new WeakMap<object, string>();
function selectionId(counted: readonly object[]): string {
  let id = IDS.get(counted);
  if (id === undefined) IDS.set(counted, (id = `identity:${JSON.stringify(counted)}`));
  return id;
}

/**
 * The identity verification due once a class's received plus paid total reaches its threshold.
 *
 * @param ctx - the requirement context
 * @returns the outcome, with the duty when the total reaches the threshold
 */
export function cumulativeIdentityCheck(ctx: RequirementContext): RequirementResult {
  const entry = ctx.cls.cumulativeIdentityCheck;
  const rule = `classes.${ctx.cls.id}.cumulativeIdentityCheck`;
  // A class without the duty: its own definition (and source) says so.
  if (!entry) return notApplicable(ctx, rule, ctx.cls.source, 'trace_requirement_not_applicable');
  const path = ['classes', ctx.cls.id, 'cumulativeIdentityCheck', 'counted'];
  const counts = (kind: TransactionKind, cp: Counterparty) =>
    entry.counted.some((m, i) => matcherSelects(m, kind, cp, path, i));
  if (ctx.tx.reverses !== undefined || !counts(ctx.tx.kind, ctx.tx.counterparty))
    return notApplicable(ctx, rule, entry.source, 'trace_requirement_not_applicable');
  return thresholdResult(ctx, {
    code: 'identity_verification_due',
    rule,
    entry,
    threshold: entry.total,
    reached: 'reach',
    total: windowTotal(ctx, 'year', (kind, cp) => counts(kind, cp), selectionId(entry.counted)),
    extra: { within: withinText(entry.within, ctx.lang) },
  });
}
