import type { InputIssue } from '../../errors';
import { checkAmountText, describeAmountProblem } from '../../money/amountText';
import { CURRENCIES } from '../../money/currencies';
import { minorOfAmountText } from '../../money/amountMinor';
import type { LimitRule } from '../types/classes';
import type { Preset } from '../types/preset';
import { showValue } from './issueHelpers';

/**
 * Problems of a limit's `overrides` record (the entry `derivePreset` changed): its layer, its
 * source, its value, and a bank's own limit above the regulatory value it overrides.
 *
 * @param limit - a limit of the preset
 * @param path - the limit's path, e.g. `["classes", 1, "limits", 0]`
 * @param preset - the preset (its currency and sources)
 * @returns every issue found
 */
export function overrideIssues(
  limit: LimitRule,
  path: readonly (string | number)[],
  preset: Preset,
): InputIssue[] {
  const o = limit.overrides as unknown;
  if (o === undefined) return [];
  const at = (sub: readonly string[], message: string): InputIssue => ({
    path: [...path, 'overrides', ...sub],
    message,
  });
  if (typeof o !== 'object' || o === null || Array.isArray(o))
    return [at([], 'must be { layer, source, amount } or { layer, source, count }')];
  const { layer, source, amount, count } = o as Record<string, unknown>;
  const issues: InputIssue[] = [];
  if (layer !== 'regulatory' && layer !== 'bank')
    issues.push(at(['layer'], 'must be "regulatory" or "bank"'));
  if (typeof source !== 'string' || !Object.hasOwn(preset.sources ?? {}, source))
    issues.push(at(['source'], `names no source in preset.sources: ${showValue(source)}`));
  const scale = Object.hasOwn(CURRENCIES, preset.currency) ? CURRENCIES[preset.currency]!.scale : 2;
  if (limit.type === 'window_count') {
    if (!Number.isInteger(count) || (count as number) < 0)
      issues.push(at(['count'], 'must be a whole number ≥ 0'));
    else if (layer === 'regulatory' && limit.layer === 'bank' && limit.count > (count as number))
      issues.push({
        path: [...path, 'count'],
        message: `exceeds the regulatory ${String(count)} it overrides (${String(source)})`,
      });
    return issues;
  }
  const problem = checkAmountText(amount, scale, { allowNegative: false });
  if (problem) issues.push(at(['amount'], describeAmountProblem(problem, scale)));
  else if (
    layer === 'regulatory' &&
    limit.layer === 'bank' &&
    checkAmountText(limit.limit?.amount, scale, { allowNegative: false }) === null &&
    minorOfAmountText(limit.limit.amount, scale) > minorOfAmountText(amount as string, scale)
  )
    issues.push({
      path: [...path, 'limit', 'amount'],
      message: `exceeds the regulatory ${String(amount)} it overrides (${String(source)})`,
    });
  return issues;
}
