import type { InputIssue } from '../../errors';
import { fiscalYearStartProblem } from '../../time/fiscalYear';
import type { LimitWindow } from '../types/classes';

/**
 * The issues of a calendar window's fiscal-year start: only a `year` window may have one, and it
 * must be a date every year has (`{ month: 4, day: 1 }`; 29 February is refused).
 *
 * @param window - a calendar window with `startsOn`
 * @param path - the window's path in the preset
 * @returns the issues (empty when valid)
 * @example
 * ```ts
 * fiscalYearIssues({ kind: 'calendar', unit: 'month', startsOn: { month: 4, day: 1 } }, ['w']); // one issue
 * ```
 */
export function fiscalYearIssues(
  window: Extract<LimitWindow, { kind: 'calendar' }>,
  path: readonly (string | number)[],
): InputIssue[] {
  if (window.unit !== 'year')
    return [
      { path: [...path, 'startsOn'], message: 'only a year window may start on a given date' },
    ];
  const problem = fiscalYearStartProblem(window.startsOn);
  return problem === null ? [] : [{ path: [...path, 'startsOn'], message: problem }];
}
