/*
 * The fast instant path (parseInstantMs: a shape check, a day-of-month check, then Date.parse) at
 * every boundary its shortcuts decide: Date.parse rolls 31 April over to 1 May, so the fast path
 * must never let a day through that the month lacks. Each case is pinned to an explicit answer,
 * and also compared with parseInstant, the strict reader the fast path stands in for.
 */
import { describe, expect, it } from 'vitest';
import { safeParseInstant } from '../time';
import { parseInstantMs } from './parse';

function read(text: string): number | string {
  try {
    return parseInstantMs(text, []);
  } catch (error) {
    return (error as { code: string }).code;
  }
}

function reference(text: string): number | string {
  const r = safeParseInstant(text);
  return r.ok ? r.value.getTime() : r.error.code;
}

const LAST_DAY = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const pad = (n: number) => String(n).padStart(2, '0');

describe('the fast instant path refuses a day the month lacks, and accepts its last day', () => {
  it.each(LAST_DAY.map((last, i) => [i + 1, last] as const))('2026-%i: day %i', (month, last) => {
    for (const day of [28, last]) {
      const text = `2026-${pad(month)}-${pad(day)}T10:00:00Z`;
      expect(read(text)).toBe(Date.UTC(2026, month - 1, day, 10));
      expect(read(text)).toBe(reference(text));
    }
    for (let day = last + 1; day <= 31; day++) {
      const text = `2026-${pad(month)}-${pad(day)}T10:00:00+08:00`;
      expect(read(text)).toBe('invalid_instant');
      expect(reference(text)).toBe('invalid_instant');
    }
  });

  it.each([
    ['2024', true],
    ['2026', false],
    ['2000', true],
    ['2100', false],
    ['1900', false],
    ['2400', true],
  ] as const)('29 February %s exists: %s', (year, leap) => {
    const text = `${year}-02-29T23:59:59+08:00`;
    expect(read(text)).toBe(leap ? Date.UTC(Number(year), 1, 29, 15, 59, 59) : 'invalid_instant');
    expect(read(text)).toBe(reference(text));
    expect(read(`${year}-02-30T00:00:00Z`)).toBe('invalid_instant');
  });
});

describe('the fast instant path agrees with parseInstant at each edge of its shape', () => {
  it.each([
    '2026-11-22T23:59:59+08:00',
    '2026-11-22T24:00:00+08:00',
    '2026-11-22T10:59:00Z',
    '2026-11-22T10:60:00Z',
    '2026-11-22T10:00:59Z',
    '2026-11-22T10:00:60Z',
    '2026-11-22T10:00Z',
    '2026-11-22T10:00:00.1Z',
    '2026-11-22T10:00:00.123Z',
    '2026-11-22T10:00:00.1234Z',
    '2026-11-22T10:00:00.Z',
    '2026-11-22T10:00:00+23:59',
    '2026-11-22T10:00:00+24:00',
    '2026-11-22T10:00:00-08:00',
    '2026-11-22T10:00:00+08:60',
    '2026-11-22T10:00:00+0800',
    '2026-11-22T10:00:00',
    '2026-11-22t10:00:00Z',
    '2026-11-22T10:00:00z',
    '2026-11-22 10:00:00Z',
    '0000-01-01T00:00:00Z',
    '0001-01-01T00:00:00Z',
    '9999-12-31T23:59:59Z',
    '2026-00-10T00:00:00Z',
    '2026-13-10T00:00:00Z',
    '2026-01-00T00:00:00Z',
    '2026-01-32T00:00:00Z',
    '2026-1-10T00:00:00Z',
    '+02026-01-10T00:00:00Z',
    '2026-11-22T10:00:00+08:00 ',
  ])('%s', (text) => {
    expect(read(text)).toBe(reference(text));
  });

  it('pins the answers a reader relies on', () => {
    expect(read('2026-11-22T23:59:59+08:00')).toBe(Date.UTC(2026, 10, 22, 15, 59, 59));
    expect(read('2026-11-22T10:00Z')).toBe(Date.UTC(2026, 10, 22, 10));
    expect(read('2026-11-22T10:00:00.123Z')).toBe(Date.UTC(2026, 10, 22, 10, 0, 0, 123));
    expect(read('2026-11-22T10:00:00-08:00')).toBe(Date.UTC(2026, 10, 22, 18));
    expect(read('2026-11-22T24:00:00+08:00')).toBe('invalid_instant');
    expect(read('2026-11-22T10:60:00Z')).toBe('invalid_instant');
    expect(read('2026-11-22T10:00:00')).toBe('invalid_instant');
    expect(read('2026-13-10T00:00:00Z')).toBe('invalid_instant');
    expect(read('0000-01-01T00:00:00Z')).toBe('invalid_instant');
  });
});
