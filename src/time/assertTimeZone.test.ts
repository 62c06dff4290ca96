import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { AccountPolicyError } from '../errors';
import { assertTimeZone, isTimeZone } from './assertTimeZone';
import { EXTRA_ZONES, ZONES } from './arbitraries.testkit';

describe('isTimeZone / assertTimeZone', () => {
  test('accepts IANA names and links', () => {
    for (const z of [...ZONES, ...EXTRA_ZONES, 'PRC', 'US/Eastern', 'Etc/GMT-8', 'EST', 'CET']) {
      expect(isTimeZone(z), z).toBe(true);
      expect(assertTimeZone(z)).toBe(z);
    }
  });

  test('rejects offsets, ICU-only abbreviations, unknown names and non-strings', () => {
    for (const z of [
      '+08:00',
      'UTC+8',
      'Z',
      'CST', // ICU would read this as America/Chicago
      'IST',
      'JST',
      'SystemV/AST4',
      'Mars/Olympus',
      'Asia/Shanghai ',
      'Asia//Shanghai',
      '',
      'A'.repeat(65),
      'Etc/Unknown',
      42,
      null,
      undefined,
      {},
    ]) {
      expect(isTimeZone(z), String(z)).toBe(false);
      let error: unknown;
      try {
        assertTimeZone(z);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(AccountPolicyError);
      expect((error as AccountPolicyError).code).toBe('invalid_time_zone');
    }
  });

  test('the error names the value and carries the path', () => {
    expect(() => assertTimeZone('Mars/Olympus', ['policy', 'timeZone'])).toThrow(
      /"Mars\/Olympus" is not an IANA time-zone name/,
    );
    try {
      assertTimeZone('nope', ['policy', 'timeZone']);
    } catch (e) {
      expect((e as AccountPolicyError).issues[0]!.path).toEqual(['policy', 'timeZone']);
    }
  });

  test.prop([fc.string({ maxLength: 80 })])('never throws for any string', (s) => {
    expect(typeof isTimeZone(s)).toBe('boolean');
  });
});
