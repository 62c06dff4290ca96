import { AccountPolicyError, type InputIssue } from '../errors';
import { collectIssuesSafely, showValue } from './internal/issueHelpers';
import type { Preset } from './types/preset';
import { presetChecks } from './validation/presetChecks';
import { PRESET_SECTIONS } from './validation/presetSections';

/**
 * Lists every problem in a preset: unknown sources, bad amounts (negative, malformed, not in
 * the preset's currency), bad durations, unknown classes or kinds, duplicate ids.
 *
 * @param preset - the preset to check
 * @returns every issue found, each with its path; empty when the preset is valid
 * @example
 * ```ts
 * presetIssues(getPreset('cn-pboc-2018')); // []
 * ```
 */
export function presetIssues(preset: Preset): InputIssue[] {
  return collectIssuesSafely(
    (issues) => collectIssues(preset, issues),
    [],
    (detail) => `is not shaped like a preset (${detail}): compare it with the Preset type`,
  );
}

/**
 * Adds every problem of `preset` to `issues`, section by section (see `PRESET_SECTIONS`); may
 * throw on a preset of the wrong shape.
 */
function collectIssues(preset: Preset, issues: InputIssue[]): void {
  if (typeof preset !== 'object' || preset === null)
    return void issues.push({ path: [], message: 'must be an object' });
  const check = presetChecks(preset, issues);
  for (const section of PRESET_SECTIONS) section(check);
}

/**
 * Checks a preset and returns it, or throws listing every problem.
 *
 * @param preset - the preset to check
 * @returns the same preset
 * @throws AccountPolicyError `invalid_preset` with every issue
 * @example
 * ```ts
 * validatePreset(getPreset('cn-pboc-2016')).id; // 'cn-pboc-2016'
 * ```
 */
export function validatePreset(preset: Preset): Preset {
  const issues = presetIssues(preset);
  if (issues.length > 0) {
    const first = issues[0]!;
    throw new AccountPolicyError(
      'invalid_preset',
      `Preset ${showValue(preset?.id)} is invalid: ${first.path.join('.')} ${first.message}` +
        (issues.length > 1 ? ` (and ${issues.length - 1} more)` : ''),
      issues,
    );
  }
  return preset;
}
