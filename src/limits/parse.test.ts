import { expect } from 'vitest';
import { test, fc } from '@fast-check/vitest';
import { safeParseInstant } from '../time';
import { parseInstantMs } from './parse';

const pad = (n: number, w: number) => String(n).padStart(w, '0');
const instantText = fc
  .tuple(
    fc.integer({ min: 0, max: 9999 }),
    fc.integer({ min: 0, max: 13 }),
    fc.integer({ min: 0, max: 32 }),
    fc.integer({ min: 0, max: 24 }),
    fc.integer({ min: 0, max: 60 }),
    fc.integer({ min: 0, max: 60 }),
    fc.constantFrom('', '.5', '.123', '.1234'),
    fc.constantFrom('Z', '+08:00', '-05:30', '+24:00', '', '+00:60'),
  )
  .map(
    ([y, mo, d, h, mi, s, frac, off]) =>
      `${pad(y, 4)}-${pad(mo, 2)}-${pad(d, 2)}T${pad(h, 2)}:${pad(mi, 2)}:${pad(s, 2)}${frac}${off}`,
  );

test.prop([instantText], { numRuns: 5000 })(
  'the fast instant path accepts and reads exactly what parseInstant does',
  (text) => {
    const expected = safeParseInstant(text);
    let actual: number | string;
    try {
      actual = parseInstantMs(text, []);
    } catch (error) {
      actual = (error as { code: string }).code;
    }
    expect(actual).toEqual(expected.ok ? expected.value.getTime() : expected.error.code);
  },
);
