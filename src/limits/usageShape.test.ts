/*
 * The usage validator: it accepts every usage the library writes (also after a JSON round trip),
 * refuses each kind of malformed usage at its path, and bounds the lists.
 */
import { describe, expect, it } from 'vitest';
import { test, fc } from '@fast-check/vitest';
import { BANK_PRESET } from '../../test/fixtures/limitPresets';
import { AccountPolicyError, type ErrorCode } from '../errors';
import { getPreset } from '../presets';
import { COUNTERPARTIES, TRANSACTION_KINDS } from '../presets/types/common';
import {
  commit,
  createUsage,
  expire,
  USAGE_BOUNDS,
  recordTransaction,
  release,
  reserve,
  usageFromHistory,
  type Hold,
  type TransactionInput,
  type Usage,
} from '.';
import { BANK_USAGE, BANK_USAGE_RELEASED, BANK_USAGE_WITH_HOLD } from './storedUsages.testkit';
import { validateUsage } from './usageShape';

const PBOC = getPreset('cn-pboc-2018');
const MEGABYTE = 'a'.repeat(1 << 20);
const at = (hour: number, minute = 0) =>
  `2026-11-22T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00+08:00`;
const stored = (u: Usage) => JSON.parse(JSON.stringify(u)) as Usage;

const USAGE = BANK_USAGE;
const WITH_HOLD = BANK_USAGE_WITH_HOLD;
const SETTLED = BANK_USAGE_RELEASED;

/** A copy with the value at `path` replaced (or removed, for `undefined`). */
function replaced(value: unknown, path: readonly (string | number)[], next: unknown): unknown {
  const copy = JSON.parse(JSON.stringify(value)) as Record<string | number, unknown>;
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (next === undefined) delete parent[last];
  else
    Object.defineProperty(parent, last, {
      value: next,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  return copy;
}

function rejection(fn: () => unknown): AccountPolicyError {
  try {
    fn();
  } catch (error) {
    if (error instanceof AccountPolicyError) return error;
    throw error;
  }
  throw new Error('expected a typed error');
}

describe('validateUsage accepts what the library writes', () => {
  const instants = fc
    .integer({ min: 0, max: 3 * 24 * 60 })
    .map((m) => new Date(Date.parse('2026-11-21T00:00:00+08:00') + m * 60_000).toISOString());
  const op = fc.oneof(
    fc.record({
      type: fc.constant('record' as const),
      at: instants,
      fen: fc.integer({ min: 0, max: 200_000 }),
      kind: fc.constantFrom(...TRANSACTION_KINDS),
      counterparty: fc.constantFrom(...COUNTERPARTIES),
    }),
    fc.record({
      type: fc.constantFrom('reserve' as const, 'commit' as const, 'release' as const),
      id: fc.constantFrom('a', 'b', 'c'),
      at: instants,
      fen: fc.integer({ min: 0, max: 20_000 }),
    }),
    fc.record({ type: fc.constant('expire' as const), at: instants }),
  );
  const money = (fen: number) => `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;
  test.prop([fc.array(op, { maxLength: 25 }), fc.constantFrom(PBOC, BANK_PRESET)], {
    numRuns: 60,
  })('after any sequence of operations, and a JSON round trip', (ops, preset) => {
    let u = createUsage(preset);
    for (const o of ops) {
      try {
        if (o.type === 'record')
          u = recordTransaction(u, {
            at: o.at,
            amount: money(o.fen),
            kind: o.kind,
            counterparty: o.counterparty,
          });
        else if (o.type === 'reserve') {
          const r = reserve(
            { class: 'II', balance: '100000.00', faceToFaceVerified: true },
            { id: o.id, at: o.at, amount: money(o.fen), kind: 'payment' },
            u,
            preset,
          );
          u = r.usage;
        } else if (o.type === 'commit') u = commit(u, o.id, '2026-11-22T10:05:00+08:00');
        else if (o.type === 'release') u = release(u, o.id, '2026-11-22T10:05:00+08:00');
        else u = expire(u, o.at);
      } catch (error) {
        // Expected refusals (late checks, unknown holds, reused ids) leave the usage as it was.
        if (!(error instanceof AccountPolicyError)) throw error;
      }
      expect(validateUsage(stored(u))).toBe(2);
    }
  });
});

describe('validateUsage refuses a malformed usage at its path', () => {
  const DAY = ['windows', 'day'];
  const FLOW = [...DAY, 'flows', 'transfer_in:other'];
  const ROLLING = ['windows', 'rolling:24H'];
  const cases: [string, unknown, ErrorCode, (string | number)[]][] = [
    ['a Date', new Date(0), 'invalid_input', []],
    ['a list', [USAGE], 'invalid_input', []],
    ['a megabyte string', MEGABYTE, 'invalid_input', []],
    ['an unknown field', replaced(USAGE, ['extra'], 1), 'invalid_input', ['extra']],
    ['a negative version', replaced(USAGE, ['version'], -1), 'invalid_input', ['version']],
    ['a fractional version', replaced(USAGE, ['version'], 1.5), 'invalid_input', ['version']],
    ['an unknown currency', replaced(USAGE, ['currency'], 'XXX'), 'invalid_input', ['currency']],
    ['a megabyte currency', replaced(USAGE, ['currency'], MEGABYTE), 'invalid_input', ['currency']],
    ['an unknown zone', replaced(USAGE, ['timeZone'], 'Mars/Base'), 'invalid_input', ['timeZone']],
    ['no windows', replaced(USAGE, ['windows'], undefined), 'invalid_input', ['windows']],
    ['a window as a list', replaced(USAGE, DAY, []), 'invalid_input', DAY],
    [
      'a window of another unit',
      replaced(USAGE, [...DAY, 'unit'], 'month'),
      'invalid_input',
      [...DAY, 'unit'],
    ],
    [
      'a calendar window under a key that is no unit',
      replaced(USAGE, ['windows', 'week'], USAGE.windows.day as object),
      'invalid_input',
      ['windows', 'week', 'kind'],
    ],
    [
      'an unknown window kind',
      replaced(USAGE, [...DAY, 'kind'], 'weekly'),
      'invalid_input',
      [...DAY, 'kind'],
    ],
    [
      'a window ending before it starts',
      replaced(USAGE, [...DAY, 'end'], at(0)),
      'invalid_input',
      [...DAY, 'end'],
    ],
    [
      'a window with one bound',
      replaced(USAGE, [...DAY, 'start'], null),
      'invalid_input',
      [...DAY, 'end'],
    ],
    [
      'a malformed bound',
      replaced(USAGE, [...DAY, 'start'], 'today'),
      'invalid_instant',
      [...DAY, 'start'],
    ],
    [
      'an unknown bucket',
      replaced(USAGE, [...DAY, 'flows', 'gift:other'], {
        amount: '1.00',
        count: 1,
        reversed: '0.00',
      }),
      'invalid_input',
      [...DAY, 'flows', 'gift:other'],
    ],
    [
      'an unknown flow field',
      replaced(USAGE, [...FLOW, 'extra'], 1),
      'invalid_input',
      [...FLOW, 'extra'],
    ],
    [
      'an amount in exponent form',
      replaced(USAGE, [...FLOW, 'amount'], '1e3'),
      'invalid_amount',
      [...FLOW, 'amount'],
    ],
    [
      'an amount of three decimals',
      replaced(USAGE, [...FLOW, 'reversed'], '0.001'),
      'invalid_amount',
      [...FLOW, 'reversed'],
    ],
    [
      'a megabyte amount',
      replaced(USAGE, [...FLOW, 'amount'], `1${'0'.repeat(1 << 20)}`),
      'invalid_amount',
      [...FLOW, 'amount'],
    ],
    [
      'a count as text',
      replaced(USAGE, [...FLOW, 'count'], '1'),
      'invalid_input',
      [...FLOW, 'count'],
    ],
    [
      'a rolling duration that is not its key',
      replaced(USAGE, [...ROLLING, 'duration'], { hours: 12 }),
      'invalid_input',
      [...ROLLING, 'duration'],
    ],
    [
      'a negative rolling duration',
      replaced(USAGE, [...ROLLING, 'duration'], { hours: -24 }),
      'invalid_duration',
      [...ROLLING, 'duration', 'hours'],
    ],
    [
      'entries as a string',
      replaced(USAGE, [...ROLLING, 'entries'], MEGABYTE),
      'invalid_input',
      [...ROLLING, 'entries'],
    ],
    [
      'entries out of time order',
      replaced(
        USAGE,
        [...ROLLING, 'entries'],
        [
          { at: at(9), bucket: 'transfer_in:other', amount: '1.00' },
          { at: at(8), bucket: 'transfer_in:other', amount: '1.00' },
        ],
      ),
      'invalid_input',
      [...ROLLING, 'entries', 1, 'at'],
    ],
    [
      'an entry of an unknown bucket',
      replaced(USAGE, [...ROLLING, 'entries', 0, 'bucket'], 'transfer_in'),
      'invalid_input',
      [...ROLLING, 'entries', 0, 'bucket'],
    ],
    ['a null hold', replaced(WITH_HOLD, ['holds', 0], null), 'invalid_input', ['holds', 0]],
    ['holds as an object', replaced(WITH_HOLD, ['holds'], {}), 'invalid_input', ['holds']],
    [
      'the same id held twice',
      replaced(WITH_HOLD, ['holds', 1], WITH_HOLD.holds[0]),
      'invalid_input',
      ['holds', 1, 'id'],
    ],
    [
      'a hold without a fingerprint',
      replaced(WITH_HOLD, ['holds', 0, 'fingerprint'], undefined),
      'invalid_input',
      ['holds', 0, 'fingerprint'],
    ],
    [
      'a held transaction without a counterparty',
      replaced(WITH_HOLD, ['holds', 0, 'transaction', 'counterparty'], undefined),
      'invalid_input',
      ['holds', 0, 'transaction', 'counterparty'],
    ],
    [
      'a held transaction of another amount',
      replaced(WITH_HOLD, ['holds', 0, 'transaction', 'amount'], '99.00'),
      'invalid_input',
      ['holds', 0, 'transaction', 'amount'],
    ],
    [
      'a settled hold of an unknown outcome',
      replaced(SETTLED, ['settled', 0, 'outcome'], 'lost'),
      'invalid_input',
      ['settled', 0, 'outcome'],
    ],
    [
      'a hold also settled',
      replaced(SETTLED, ['holds'], WITH_HOLD.holds),
      'invalid_input',
      ['settled', 0, 'id'],
    ],
  ];
  it.each(cases)('%s', (_, usage, code, path) => {
    const error = rejection(() => validateUsage(usage));
    expect(error.code).toBe(code);
    expect(error.issues[0]!.path).toEqual(['usage', ...path]);
    expect(error.message).toContain(['usage', ...path].join('.'));
    expect(error.message.length).toBeLessThan(400);
  });
});

describe('lists are bounded', () => {
  const base = Date.parse(at(0));
  const entries = Array.from({ length: USAGE_BOUNDS.rollingEntries }, (_, i) => ({
    at: new Date(base + i * 1000).toISOString(),
    bucket: 'transfer_in:other',
    amount: '0.00',
  }));
  // Built inside each test (not at collection time) so mutation testing attributes it to them.
  const full = () =>
    replaced(createUsage(BANK_PRESET), ['windows', 'rolling:24H', 'entries'], entries) as Usage;
  it(`rolling windows of ${USAGE_BOUNDS.rollingEntries} entries are valid; one more is refused`, () => {
    expect(validateUsage(full())).toBe(2);
    const over = replaced(
      full(),
      ['windows', 'rolling:24H', 'entries', USAGE_BOUNDS.rollingEntries],
      entries.at(-1),
    );
    const error = rejection(() => validateUsage(over));
    expect(error.issues[0]!.path).toEqual(['usage', 'windows', 'rolling:24H', 'entries']);
    expect(error.message).toMatch(/at most 10000 transactions in all its rolling windows/);
  });
  it('recording into a full rolling window is refused as a state, not written', () => {
    const tx: TransactionInput = { at: at(12), amount: '1.00', kind: 'transfer_in' };
    const error = rejection(() => recordTransaction(full(), tx));
    expect(error.code).toBe('invalid_state');
    expect(error.issues[0]!.path).toEqual(['usage', 'windows']);
  });
  it('reserving with a full list of holds is refused as a state', () => {
    const template = WITH_HOLD.holds[0]!;
    const hold = (i: number): Hold => ({
      ...template,
      id: `h${i}`,
      amount: '0.00',
      // Interest: exempt from every limit, so that only the list's bound can refuse.
      transaction: { ...template.transaction, id: `h${i}`, amount: '0.00', kind: 'interest' },
    });
    const holds = Array.from({ length: USAGE_BOUNDS.holds }, (_, i) => hold(i));
    const over = { ...WITH_HOLD, holds: [...holds, hold(USAGE_BOUNDS.holds)] };
    expect(rejection(() => validateUsage(over)).message).toMatch(/at most 1000 pending holds/);
    const usage = { ...WITH_HOLD, holds };
    const error = rejection(() =>
      reserve(
        { class: 'II', balance: '5000.00' },
        { id: 'one-more', at: at(10), amount: '1.00', kind: 'payment' },
        usage,
        BANK_PRESET,
      ),
    );
    expect(error.code).toBe('invalid_state');
    expect(error.issues[0]!.path).toEqual(['transaction', 'id']);
  });
  it('settling a hold when the usage remembers the most settled entries forgets the one forgotten soonest', () => {
    const template = SETTLED.settled[0]!;
    const settled = Array.from({ length: USAGE_BOUNDS.settled }, (_, i) => ({
      ...template,
      id: `s${i}`,
      expiresAt: i === 7 ? at(10, 8) : at(10, 10),
      transaction: { ...template.transaction, id: `s${i}` },
    }));
    const usage = { ...WITH_HOLD, settled };
    const booked: TransactionInput = { id: 'tx-1', at: at(10), amount: '100.00', kind: 'payment' };
    for (const settle of [
      () => commit(usage, 'tx-1', '2026-11-22T10:05:00+08:00'),
      () => release(usage, 'tx-1', '2026-11-22T10:05:00+08:00'),
      () => recordTransaction(usage, booked),
    ]) {
      const after = settle();
      expect(after.settled).toHaveLength(USAGE_BOUNDS.settled);
      expect(after.settled.map((h) => h.id)).not.toContain('s7');
    }
    // expire forgets the settled entries past their expiresAt.
    expect(
      commit(expire(usage, at(10, 10)), 'tx-1', '2026-11-22T10:05:00+08:00').settled,
    ).toHaveLength(1);
  });
  it('usageFromHistory refuses to build a usage over the bound', () => {
    const history = Array.from({ length: USAGE_BOUNDS.rollingEntries + 1 }, (_, i) => ({
      at: new Date(base + i * 1000).toISOString(),
      amount: '1.00',
      kind: 'transfer_in' as const,
    }));
    const error = rejection(() => usageFromHistory(BANK_PRESET, history));
    expect(error.code).toBe('invalid_state');
    expect(error.issues[0]!.path).toEqual(['history']);
  });
});
