/*
 * Instants outside the supported range (1900-01-01T00:00:00Z to 2199-12-31T23:59:59.999Z) are
 * refused where they are given, naming their path, by the API and by the zod schema alike —
 * instead of failing deep in the window maths (a year window of 0001-01-01Z in Shanghai starts in
 * year 0000) without a path.
 */
import { describe, expect, it } from 'vitest';
import { getPreset } from '../presets';
import { transactionInstantSchema, transactionSchema } from '../schemas';
import { thrownBy } from '../../test/support/thrown';
import {
  checkTransaction,
  checkTransactionFromHistory,
  createUsage,
  getHeadroom,
  recordTransaction,
  reserve,
  SUPPORTED_INSTANTS,
  usageFromHistory,
  type LimitAccount,
  type TransactionInput,
} from '.';

const PBOC = getPreset('cn-pboc-2018');
const II: LimitAccount = { class: 'II', balance: '100.00', faceToFaceVerified: true };
const tx = (at: string, extra: Partial<TransactionInput> = {}): TransactionInput => ({
  id: 't-1',
  at,
  amount: '1.00',
  kind: 'payment',
  ...extra,
});
const RULE = 'must lie within the supported range 1900-01-01T00:00:00Z to 2199-12-31T23:59:59.999Z';

const OUTSIDE = [
  '9999-12-31T23:59:59Z',
  '0001-01-01T00:00:00Z',
  '1899-12-31T23:59:59.999Z',
  '2200-01-01T00:00:00Z',
  '2200-01-01T08:00:00+08:00',
];
const INSIDE = [
  '1900-01-01T00:00:00Z',
  '1900-01-01T08:00:00+08:00',
  '2199-12-31T23:59:59.999Z',
  '2200-01-01T07:59:59.999+08:00',
];

describe('the supported range of instants', () => {
  it('is documented as a value', () => {
    expect(SUPPORTED_INSTANTS).toMatchObject({
      from: '1900-01-01T00:00:00Z',
      until: '2199-12-31T23:59:59.999Z',
    });
  });

  it.each(OUTSIDE)('%s: every entry point refuses it at its path', (at) => {
    const usage = createUsage(PBOC);
    const cases: [() => unknown, (string | number)[]][] = [
      [() => checkTransaction(II, tx(at), usage, PBOC), ['transaction', 'at']],
      [() => checkTransactionFromHistory(II, tx(at), [], PBOC), ['transaction', 'at']],
      [
        () =>
          checkTransactionFromHistory(II, tx('2026-11-22T10:00:00Z'), [tx(at, { id: 'h' })], PBOC),
        ['history', 0, 'at'],
      ],
      [() => recordTransaction(usage, tx(at)), ['transaction', 'at']],
      [() => reserve(II, tx(at), usage, PBOC), ['transaction', 'at']],
      [() => getHeadroom(II, usage, PBOC, at), ['at']],
      [() => usageFromHistory(PBOC, [], at), ['at']],
      [
        () =>
          recordTransaction(
            usage,
            tx('2026-11-22T10:00:00Z', { id: 'r', reverses: { id: 'o', at } }),
          ),
        ['transaction', 'reverses', 'at'],
      ],
    ];
    for (const [call, path] of cases) {
      const e = thrownBy(call);
      expect(e.code).toBe('invalid_instant');
      expect(e.issues[0]!.path).toEqual(path);
      expect(e.issues[0]!.message).toContain(RULE);
      expect(e.message).toBe(`Invalid instant at ${path.join('.')}: ${e.issues[0]!.message}`);
      expect(e.message).not.toContain('0000-');
    }
    const parsed = transactionSchema.safeParse(tx(at));
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues).toMatchObject([{ path: ['at'], message: RULE }]);
  });

  it.each(INSIDE)('%s: the API and the schema accept it', (at) => {
    expect(transactionInstantSchema().safeParse(at).success).toBe(true);
    const usage = recordTransaction(createUsage(PBOC), tx(at));
    expect(checkTransaction(II, tx(at, { id: 't-2' }), usage, PBOC).allowed).toBe(true);
  });

  it('the schema keeps its own message for a malformed instant', () => {
    const r = transactionInstantSchema().safeParse('2026-02-30T00:00:00Z');
    expect(r.success).toBe(false);
    expect(r.error!.issues).toHaveLength(1);
    expect(r.error!.issues[0]!.message).not.toContain('supported range');
  });
});
