/*
 * The zod-free checks of the CLI's `check` input (checkInputIssues.ts) against the schema they
 * stand for, checkInputSchema: the same issues, in the same order, for any input-like value.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { checkInputSchema, MAX_HISTORY } from './check';
import { checkInputIssues, MAX_HISTORY as PLAIN_MAX_HISTORY } from './checkInputIssues';
import { inputIssuesOf, readableIssues } from './common';
import { CLI_CHECK_EXAMPLE } from '../../test/fixtures/cliExamples';

function schemaIssues(input: unknown) {
  const r = checkInputSchema.safeParse(input, { error: readableIssues });
  return r.success ? [] : inputIssuesOf(r.error.issues);
}

const instants = fc.constantFrom(
  '2026-11-22T10:00:00+08:00',
  '2026-02-30T00:00:00Z',
  '2026-11-22T10:00:00',
  '9999-12-31T23:59:59Z',
  'x'.repeat(41),
);
const scalars = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.boolean(),
  fc.constantFrom(0, -1, 1.5, 1500),
  fc.string({ maxLength: 3 }),
  fc.constantFrom('', 'x'.repeat(41), 'x'.repeat(201), 'CNY', 'cn-pboc-2018', 'Bad_Id'),
  fc.constantFrom('1500.00', '-1.00', '-0.00', '1.2345', '-1.2345', '01', '-', '1e3', '--1'),
  fc.constant([]),
  instants,
);
const pick = <T>(values: readonly T[]) => fc.constantFrom(...values);
const tx = fc.record(
  {
    id: fc.oneof(fc.constant('t1'), scalars),
    at: fc.oneof(instants, scalars),
    amount: fc.oneof(pick(['1500.00', '0.001', '1.2345']), scalars),
    kind: fc.oneof(pick(['transfer_out', 'payment']), scalars),
    counterparty: fc.oneof(pick(['other', 'bound']), scalars),
    channel: fc.oneof(pick(['counter', 'mobile']), scalars),
    reverses: fc.oneof(
      fc.record({ id: scalars, at: fc.oneof(instants, scalars) }, { requiredKeys: [] }),
      scalars,
    ),
    extra: scalars,
  },
  { requiredKeys: [] },
);
const account = fc.record(
  {
    class: fc.oneof(pick(['II', 'III']), scalars),
    balance: scalars,
    faceToFaceVerified: scalars,
    status: fc.oneof(pick(['normal', 'dormant']), scalars),
    freezes: fc.oneof(
      fc.array(
        fc.record(
          {
            id: scalars,
            kind: fc.oneof(pick(['judicial']), scalars),
            scope: fc.oneof(pick(['all', 'amount']), scalars),
            amount: scalars,
            from: fc.oneof(instants, scalars),
            until: fc.oneof(instants, scalars),
          },
          { requiredKeys: [] },
        ),
        { maxLength: 2 },
      ),
      scalars,
    ),
    lossReport: scalars,
    lastActiveAt: fc.oneof(instants, scalars),
    currency: scalars,
    staus: scalars,
  },
  { requiredKeys: [] },
);
const input = fc.record(
  {
    preset: scalars,
    account: fc.oneof(account, scalars),
    history: fc.oneof(fc.array(fc.oneof(tx, scalars), { maxLength: 3 }), scalars),
    transaction: fc.oneof(tx, scalars),
    bogus: scalars,
  },
  { requiredKeys: [] },
);

describe('checkInputIssues', () => {
  it('has the schema’s history limit', () => {
    expect(PLAIN_MAX_HISTORY).toBe(MAX_HISTORY);
  });

  test.prop([fc.oneof(input, scalars)], { numRuns: 4000 })(
    'reports what checkInputSchema reports',
    (value) => {
      expect(checkInputIssues(value)).toEqual(schemaIssues(value));
    },
  );

  it('accepts the CLI contract’s example', () => {
    const example = CLI_CHECK_EXAMPLE;
    expect(checkInputIssues(example)).toEqual([]);
  });
});
