import type { LocalDate } from '../types';
import { daysInMonth } from './civil';
import { describeValue, fail, toPath, type Path } from './errors';

/**
 * Checks at run time that `value` is a real {@link LocalDate} (year 0001–9999) and returns a
 * clean copy; otherwise throws `invalid_date`.
 *
 * @internal
 */
export function checkLocalDate(value: unknown, name = 'date', at: Path = []): LocalDate {
  const path = toPath(at);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw fail(
      'invalid_date',
      `Invalid ${name}: expected { year, month, day }, got ${describeValue(value)}`,
      path,
    );
  }
  const { year, month, day } = value as Record<string, unknown>;
  for (const [key, v] of [
    ['year', year],
    ['month', month],
    ['day', day],
  ] as const) {
    if (typeof v !== 'number' || !Number.isInteger(v)) {
      throw fail(
        'invalid_date',
        `Invalid ${name}: ${key} must be an integer, got ${describeValue(v)}`,
        [...path, key],
      );
    }
  }
  const y = year as number;
  const m = month as number;
  const d = day as number;
  if (y < 1 || y > 9999) {
    throw fail('invalid_date', `Invalid ${name}: year ${y} is outside 0001–9999`, [
      ...path,
      'year',
    ]);
  }
  if (m < 1 || m > 12) {
    throw fail('invalid_date', `Invalid ${name}: there is no month ${m}`, [...path, 'month']);
  }
  if (d < 1 || d > daysInMonth(y, m)) {
    throw fail('invalid_date', `Invalid ${name}: ${pad(y, 4)}-${pad(m, 2)} has no day ${d}`, [
      ...path,
      'day',
    ]);
  }
  return { year: y, month: m, day: d };
}

/** Zero-pads a non-negative integer. */
export function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}
