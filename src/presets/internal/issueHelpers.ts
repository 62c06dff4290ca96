import type { InputIssue } from '../../errors';

/**
 * A value as it appears in an issue: strings as they are (cut at 60 characters), other scalars
 * as text, objects by kind, so that a hostile value (a `toString` that is not a function, a
 * megabyte string) can neither throw nor flood the message.
 *
 * @param value - anything found in a preset
 * @returns a short description
 */
export function showValue(value: unknown): string {
  if (typeof value === 'string') return value.length > 60 ? `${value.slice(0, 60)}…` : value;
  if (typeof value === 'object' && value !== null)
    return Array.isArray(value) ? 'an array' : 'an object';
  if (typeof value === 'symbol' || typeof value === 'function') return `a ${typeof value}`;
  return String(value);
}

/**
 * Runs a collector of issues, turning a value of the wrong kind deep inside (a string where a
 * list belongs, …) that its checks do not test for into one more finding, never a crash.
 *
 * @param collect - adds issues to the list it is given (may throw TypeError or RangeError)
 * @param path - where the finding about a wrong shape is reported
 * @param message - that finding's message, given the error's (shortened) text
 * @returns every issue found
 */
export function collectIssuesSafely(
  collect: (issues: InputIssue[]) => void,
  path: readonly (string | number)[],
  message: (detail: string) => string,
): InputIssue[] {
  const issues: InputIssue[] = [];
  try {
    collect(issues);
  } catch (error) {
    if (!(error instanceof TypeError || error instanceof RangeError)) throw error;
    issues.push({ path: [...path], message: message(error.message.slice(0, 120)) });
  }
  return issues;
}
