/**
 * Hostile input for the input schemas (src/schemas), which front ends run on untrusted form
 * data: `safeParse` never throws, answers within 50 ms, never pollutes Object.prototype, and
 * reports every issue with a path. Every schema of INPUT_SCHEMAS is covered, so a new command's
 * schema is fuzzed as soon as it is registered there.
 */
import { fc } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  amountSchema,
  instantSchema,
  localDateSchema,
  presetIdSchema,
  shortTextSchema,
} from '../../src/schemas/common';
import { INPUT_SCHEMAS } from '../../src/schemas/inputs';
import { hostileJsonValue, hostileValue, NASTY_STRINGS } from './arbitraries';
import { assertHostile, okValue } from './guard';

/** What safeParse gives back (zod and zod/mini alike). */
interface Parsed {
  readonly success: boolean;
  readonly error?: { readonly issues: readonly { path: unknown; message: unknown }[] };
}

function expectWellFormed(parsed: Parsed): void {
  expect(typeof parsed.success).toBe('boolean');
  if (parsed.success) return;
  expect(parsed.error!.issues.length).toBeGreaterThan(0);
  for (const issue of parsed.error!.issues) {
    expect(Array.isArray(issue.path)).toBe(true);
    expect(typeof issue.message).toBe('string');
    expect((issue.message as string).length, 'issue messages stay short').toBeLessThan(2_000);
  }
}

const FIELD_SCHEMAS = {
  amountSchema: amountSchema(2),
  'amountSchema(3)': amountSchema(3),
  instantSchema: instantSchema(),
  localDateSchema: localDateSchema(),
  shortTextSchema: shortTextSchema(),
  presetIdSchema,
} as const;

const anything = fc.oneof(fc.constantFrom(...NASTY_STRINGS), hostileValue);

describe('hostile input: schemas', () => {
  it.each(Object.entries(FIELD_SCHEMAS))('%s.safeParse never throws', (name, schema) => {
    assertHostile(anything, (value) => schema.safeParse(value), {
      name: `${name}.safeParse`,
      documented: { codes: [] },
      check: (outcome) => expectWellFormed(okValue(outcome) as Parsed),
    });
  });

  it.each(Object.keys(INPUT_SCHEMAS))(
    'the %s input schema answers random and hostile JSON with issues, never an exception',
    (name) => {
      const schema = INPUT_SCHEMAS[name]!;
      assertHostile(fc.oneof(hostileJsonValue, anything), (value) => schema.safeParse(value), {
        name: `${name} input schema`,
        documented: { codes: [] },
        check: (outcome) => expectWellFormed(okValue(outcome) as Parsed),
      });
    },
  );
});
