/*
 * The zod-free account checks of the limit path (internal/viewIssues.ts) against the shared zod
 * schema they stand for: the same issues, in the same order, for any account-like value.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { inputIssuesOf, MAX_TEXT, readableIssues } from '../schemas/common';
import { accountStateViewSchema, MAX_STATE_ITEMS } from '../schemas/transition';
import * as view from './internal/viewIssues';

const { accountViewIssues, VIEW_FIELDS } = view;

function schemaIssues(account: unknown) {
  const r = accountStateViewSchema.safeParse(account, { error: readableIssues });
  return r.success ? [] : inputIssuesOf(r.error.issues, ['account']);
}

const instants = fc.constantFrom(
  '2026-11-22T10:00:00+08:00',
  '2025-01-01T00:00:00Z',
  '2026-02-30T00:00:00Z',
  '2026-11-22T10:00:00',
  '9999-12-31T23:59:59Z',
  '1850-01-01T00:00:00Z',
  '2026-11-22T24:00:00Z',
  'x'.repeat(41),
  '',
);
const scalars = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.boolean(),
  fc.constantFrom(0, -1, 1.5, 2, 2 ** 60, -(2 ** 60), -0.5, Number.NaN, Number.POSITIVE_INFINITY),
  fc.string({ maxLength: 4 }),
  fc.constantFrom(
    '',
    'x'.repeat(201),
    '😀'.repeat(150),
    { length: 500 },
    'CNY',
    'cny',
    'XXX',
    'EUR',
    '1.00',
    '1.2345',
    '-1',
    '01',
  ),
  fc.constant([]),
  instants,
);
const pick = <T>(values: readonly T[]) => fc.constantFrom(...values);
const freeze = fc.record(
  {
    id: fc.oneof(fc.constantFrom('f1', ''), scalars),
    kind: fc.oneof(pick(['judicial', 'risk', 'voluntary']), scalars),
    scope: fc.oneof(pick(['all', 'debit', 'amount', 'credit']), scalars),
    amount: fc.oneof(pick(['100.00', '1.2345', 'abc']), scalars),
    from: fc.oneof(instants, scalars),
    until: fc.oneof(instants, scalars),
    issuer: fc.oneof(pick(['court', 'bank']), scalars),
    renewals: scalars,
    bogus: scalars,
  },
  { requiredKeys: [] },
);
const restriction = fc.record(
  {
    id: fc.oneof(fc.constant('r1'), scalars),
    kind: fc.oneof(pick(['receive_only', 'no_non_counter']), scalars),
    from: fc.oneof(instants, scalars),
    until: fc.oneof(instants, scalars),
    reason: scalars,
    extra: scalars,
  },
  { requiredKeys: [] },
);
const account = fc.record(
  {
    status: fc.oneof(pick(['normal', 'dormant', 'closed', 'pending']), scalars),
    currency: scalars,
    openedAt: fc.oneof(instants, scalars),
    lastActiveAt: fc.oneof(instants, scalars),
    dormantSince: fc.oneof(instants, scalars),
    freezes: fc.oneof(fc.array(fc.oneof(freeze, scalars), { maxLength: 3 }), scalars),
    lossReport: fc.oneof(
      fc.record(
        { at: fc.oneof(instants, scalars), channel: fc.oneof(pick(['counter']), scalars) },
        { requiredKeys: [] },
      ),
      scalars,
    ),
    restrictions: fc.oneof(fc.array(fc.oneof(restriction, scalars), { maxLength: 3 }), scalars),
    identityReverificationRequired: scalars,
    balance: scalars,
    class: scalars,
    staus: scalars,
  },
  { requiredKeys: [] },
);

describe('accountViewIssues', () => {
  it('accepts the fields of the shared schema, in its order', () => {
    expect([...VIEW_FIELDS]).toEqual(Object.keys(accountStateViewSchema.shape));
    expect([view.MAX_TEXT, view.MAX_STATE_ITEMS]).toEqual([MAX_TEXT, MAX_STATE_ITEMS]);
  });

  test.prop([fc.oneof(account, scalars)], { numRuns: 4000 })(
    'reports what the shared zod schema reports',
    (value) => {
      expect(accountViewIssues(value)).toEqual(schemaIssues(value));
    },
  );

  it('reports the list lengths as the schema does', () => {
    const f = { id: 'a', kind: 'judicial', scope: 'all', from: '2026-01-01T00:00:00Z' };
    const many = { status: 'normal', freezes: Array.from({ length: 101 }, () => f) };
    expect(accountViewIssues(many)).toEqual(schemaIssues(many));
    const bad = { status: 'normal', freezes: [...many.freezes, null] };
    expect(accountViewIssues(bad)).toEqual(schemaIssues(bad));
  });
});
