import type { AccountClassRules, LimitRule } from '../types/classes';
import { VERIFICATIONS } from '../types/classes';
import { limitIssues } from './limitIssues';
import { isList, type IssuePath, type PresetChecks } from './presetChecks';

/**
 * The account classes: at least one, unique ids and ranks, each class's opening rules,
 * permissions, counting and limits; and `kyc.foreignCurrency.requiresClass` naming one of them.
 *
 * @param check - the preset and its shared checks
 * @example
 * ```ts
 * classesIssues(presetChecks({ ...getPreset(), classes: [] }, issues)); // issues: [{ path: ['classes'], … }]
 * ```
 */
export function classesIssues(check: PresetChecks): void {
  const { preset, add } = check;
  if (!isList(preset.classes) || preset.classes.length === 0)
    return add(['classes'], 'must list at least one account class');
  const classIds = new Set<string>();
  const ranks = new Set<number>();
  preset.classes.forEach((cls, ci) => {
    const path: IssuePath = ['classes', ci];
    if (classIds.has(cls.id)) add([...path, 'id'], `duplicate class id: ${cls.id}`);
    classIds.add(cls.id);
    if (ranks.has(cls.rank)) add([...path, 'rank'], `duplicate rank: ${cls.rank}`);
    ranks.add(cls.rank);
    classIssues(check, cls, path);
  });
  const fx = preset.kyc?.foreignCurrency?.requiresClass;
  if (fx !== undefined && !classIds.has(fx))
    add(['kyc', 'foreignCurrency', 'requiresClass'], `unknown class: ${fx}`);
}

/** One class's source, opening rules, permissions, counting and limits. */
function classIssues(check: PresetChecks, cls: AccountClassRules, path: IssuePath): void {
  check.source(path, cls.source);
  openingIssues(check, cls, [...path, 'opening']);
  cls.permissions.forEach((perm, pi) => {
    check.source([...path, 'permissions', pi], perm.source);
    check.matchers([...path, 'permissions'], [perm]);
  });
  if (cls.nonReloadable !== undefined)
    check.source([...path, 'nonReloadable'], cls.nonReloadable?.source);
  check.source([...path, 'counting'], cls.counting?.source);
  check.matchers([...path, 'counting', 'inflow'], cls.counting?.inflow);
  check.matchers([...path, 'counting', 'outflow'], cls.counting?.outflow);
  const limitIds = new Set<string>();
  cls.limits.forEach((limit: LimitRule, li) => {
    limitIssues(check, limit, [...path, 'limits', li], limitIds);
  });
}

/** A class's opening rules: source, verifications, accounts per person per bank. */
function openingIssues(check: PresetChecks, cls: AccountClassRules, path: IssuePath): void {
  const { add } = check;
  check.source(path, cls.opening?.source);
  if (!Number.isInteger(cls.opening?.minVerifications) || cls.opening.minVerifications < 0)
    add([...path, 'minVerifications'], 'must be a whole number ≥ 0');
  cls.opening?.requiredVerifications.forEach((v, j) => {
    if (!VERIFICATIONS.includes(v))
      add([...path, 'requiredVerifications', j], `unknown verification: ${v}`);
  });
  const max = cls.opening?.maxPerPersonPerBank;
  if (max !== null && (!Number.isInteger(max) || (max as number) < 1))
    add([...path, 'maxPerPersonPerBank'], 'must be a whole number ≥ 1 or null');
}
