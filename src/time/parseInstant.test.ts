import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { AccountPolicyError } from '../errors';
import { parseInstant, safeParseInstant } from './parseInstant';

const iso = (s: string) => parseInstant(s).toISOString();

function rejection(input: unknown, path?: readonly (string | number)[]): AccountPolicyError {
  try {
    parseInstant(input, path);
  } catch (error) {
    expect(error).toBeInstanceOf(AccountPolicyError);
    return error as AccountPolicyError;
  }
  throw new Error(`accepted ${String(input)}`);
}

describe('parseInstant: accepted forms', () => {
  test('offsets Z, +HH:MM and -HH:MM', () => {
    expect(iso('2026-11-22T09:30:00+08:00')).toBe('2026-11-22T01:30:00.000Z');
    expect(iso('2026-11-22T09:30:00Z')).toBe('2026-11-22T09:30:00.000Z');
    expect(iso('2026-11-22T09:30:00-05:00')).toBe('2026-11-22T14:30:00.000Z');
    expect(iso('2026-11-22T09:30:00+05:45')).toBe('2026-11-22T03:45:00.000Z');
    expect(iso('2026-11-22T09:30:00+00:00')).toBe(iso('2026-11-22T09:30:00-00:00'));
  });

  test('seconds optional, 1–3 fractional digits', () => {
    expect(iso('2026-11-22T09:30Z')).toBe('2026-11-22T09:30:00.000Z');
    expect(iso('2026-11-22T09:30:00.5Z')).toBe('2026-11-22T09:30:00.500Z');
    expect(iso('2026-11-22T09:30:00.05Z')).toBe('2026-11-22T09:30:00.050Z');
    expect(iso('2026-11-22T09:30:00.123Z')).toBe('2026-11-22T09:30:00.123Z');
  });

  test('real calendar edges: leap days, year ends, years 0001 and 9999', () => {
    expect(iso('2024-02-29T00:00:00Z')).toBe('2024-02-29T00:00:00.000Z');
    expect(iso('2000-02-29T23:59:59.999Z')).toBe('2000-02-29T23:59:59.999Z');
    expect(iso('2026-12-31T23:59:59.999+08:00')).toBe('2026-12-31T15:59:59.999Z');
    expect(parseInstant('0001-01-01T00:00:00Z').getUTCFullYear()).toBe(1); // not 1901
    expect(iso('0099-06-01T00:00:00Z')).toBe('0099-06-01T00:00:00.000Z');
    expect(iso('9999-12-31T23:59:59.999Z')).toBe('9999-12-31T23:59:59.999Z');
  });
});

describe('parseInstant: every malformed class is rejected with invalid_instant', () => {
  const cases: [string, unknown, RegExp][] = [
    ['missing offset', '2026-11-22T09:30:00', /offset is required/],
    ['missing offset, fractional', '2026-11-22T09:30:00.123', /offset is required/],
    ['date only', '2026-11-22', /a date alone is not an instant/],
    ['February 30', '2026-02-30T00:00:00Z', /February 2026 has no day 30/],
    ['Feb 29 of a common year', '2026-02-29T00:00:00Z', /February 2026 has no day 29/],
    ['Feb 29 of 1900', '1900-02-29T00:00:00Z', /February 1900 has no day 29/],
    ['April 31', '2026-04-31T00:00:00Z', /April 2026 has no day 31/],
    ['day 00', '2026-04-00T00:00:00Z', /has no day 00/],
    ['month 13', '2026-13-01T00:00:00Z', /no month 13/],
    ['month 00', '2026-00-01T00:00:00Z', /no month 00/],
    ['hour 24', '2026-11-22T24:00:00Z', /hour must be 00–23/],
    ['hour 25', '2026-11-22T25:00:00Z', /hour must be 00–23/],
    ['minute 60', '2026-11-22T10:60:00Z', /minute must be 00–59/],
    ['leap second', '2026-12-31T23:59:60Z', /leap seconds/],
    ['year 0000', '0000-01-01T00:00:00Z', /year must be between 0001 and 9999/],
    ['5-digit year', '10000-01-01T00:00:00Z', /not an ISO 8601 instant/],
    ['4 fractional digits', '2026-11-22T09:30:00.1234Z', /at most 3 fractional-second digits/],
    ['9 fractional digits', '2026-11-22T09:30:00.123456789Z', /at most 3 fractional-second digits/],
    ['empty fraction', '2026-11-22T09:30:00.Z', /not an ISO 8601 instant/],
    ['offset hour 24', '2026-11-22T09:30:00+24:00', /offset \+24:00 is out of range/],
    ['offset minute 60', '2026-11-22T09:30:00+08:60', /out of range/],
    ['offset without colon', '2026-11-22T09:30:00+0800', /not an ISO 8601 instant/],
    ['offset hours only', '2026-11-22T09:30:00+08', /not an ISO 8601 instant/],
    ['space separator', '2026-11-22 09:30:00Z', /not an ISO 8601 instant/],
    ['lowercase t', '2026-11-22t09:30:00Z', /not an ISO 8601 instant/],
    ['lowercase z', '2026-11-22T09:30:00z', /not an ISO 8601 instant/],
    ['zone name suffix', '2026-11-22T09:30:00+08:00[Asia/Shanghai]', /not an ISO 8601 instant/],
    ['leading space', ' 2026-11-22T09:30:00Z', /not an ISO 8601 instant/],
    ['trailing newline', '2026-11-22T09:30:00Z\n', /not an ISO 8601 instant/],
    ['basic format', '20261122T093000Z', /not an ISO 8601 instant/],
    ['one-digit month', '2026-1-22T09:30:00Z', /not an ISO 8601 instant/],
    ['non-ASCII digits', '２０２６-11-22T09:30:00Z', /not an ISO 8601 instant/],
    ['empty string', '', /not an ISO 8601 instant/],
    ['too long', `2026-11-22T09:30:00Z${' '.repeat(100)}`, /longer than 40 characters/],
    ['huge', '9'.repeat(1_000_000), /longer than 40 characters/],
    ['number', 1_763_800_000_000, /expected an ISO 8601 string/],
    ['Date', new Date(0), /expected an ISO 8601 string.*a Date/],
    ['null', null, /expected an ISO 8601 string.*null/],
    ['undefined', undefined, /expected an ISO 8601 string/],
    ['object', { iso: '2026-11-22T09:30:00Z' }, /expected an ISO 8601 string/],
  ];
  for (const [name, input, message] of cases) {
    test(name, () => {
      const error = rejection(input);
      expect(error.code).toBe('invalid_instant');
      expect(error.message).toMatch(message);
      expect(error.issues).toEqual([{ path: [], message: error.message }]);
    });
  }

  test('the message names the value, truncated', () => {
    expect(rejection('2026-02-30T00:00:00Z').message).toContain('"2026-02-30T00:00:00Z"');
    const long = rejection('x'.repeat(500)).message;
    expect(long.length).toBeLessThan(150);
    expect(long).toContain('…');
  });

  test('issues carry the given path', () => {
    expect(rejection('nope', ['transaction', 'at']).issues[0]!.path).toEqual(['transaction', 'at']);
  });

  test('safeParseInstant returns a Result', () => {
    const ok = safeParseInstant('2026-11-22T09:30:00+08:00');
    expect(ok.ok && ok.value.toISOString()).toBe('2026-11-22T01:30:00.000Z');
    const bad = safeParseInstant('2026-11-22T09:30:00', ['at']);
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.error.code).toBe('invalid_instant');
      expect(bad.error.issues[0]!.path).toEqual(['at']);
    }
  });

  test.prop([fc.string({ maxLength: 60 })])('never throws anything but AccountPolicyError', (s) => {
    const r = safeParseInstant(s);
    if (r.ok) expect(Number.isNaN(r.value.getTime())).toBe(false);
  });

  test.prop([
    fc.date({
      min: new Date('0001-01-02T00:00:00Z'),
      max: new Date('9999-12-30T00:00:00Z'),
      noInvalidDate: true,
    }),
  ])('reads back Date#toISOString exactly', (d) => {
    expect(parseInstant(d.toISOString()).getTime()).toBe(d.getTime());
  });
});
