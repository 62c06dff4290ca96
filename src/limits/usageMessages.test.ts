/*
 * What the usage validator says (issue 6): for each malformed shape, the one issue's path below
 * `usage` and its message (what was expected, what was found), and the error's message
 * `Invalid usage at <path>: <issue>`.
 */
import { describe, expect, it } from 'vitest';
import { AccountPolicyError } from '../errors';
import { BANK_USAGE, BANK_USAGE_RELEASED, BANK_USAGE_WITH_HOLD } from './storedUsages.testkit';
import { validateUsage } from './usageShape';

const DAY = ['windows', 'day'];
const FLOW = [...DAY, 'flows', 'transfer_in:other'];
const ROLLING = ['windows', 'rolling:24H'];
const ENTRY = [...ROLLING, 'entries', 0];
const HOLD = ['holds', 0];
const HELD_TX = [...HOLD, 'transaction'];

/** A copy of `value` with the value at `path` replaced (or removed, for `undefined`). */
function replaced(value: unknown, path: readonly (string | number)[], next: unknown): unknown {
  const copy = JSON.parse(JSON.stringify(value)) as Record<string | number, unknown>;
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (next === undefined) delete parent[last];
  else parent[last] = next;
  return copy;
}

const CASES: [string, unknown, (string | number)[], string][] = [
  [
    'a Date',
    new Date(0),
    [],
    'must be a usage object (see createUsage), got an object that is not plain data',
  ],
  ['a list', [BANK_USAGE], [], 'must be a usage object (see createUsage), got a list'],
  [
    'nothing',
    undefined,
    [],
    'must be a usage object (see createUsage), got nothing (it is missing)',
  ],
  ['null', null, [], 'must be a usage object (see createUsage), got null'],
  [
    'an unknown field',
    replaced(BANK_USAGE, ['extra'], 1),
    ['extra'],
    'is not a field here (expected version, currency, timeZone, windows, holds, settled, rememberFor)',
  ],
  [
    'an unknown currency',
    replaced(BANK_USAGE, ['currency'], 'XXX'),
    ['currency'],
    'must be a known ISO 4217 currency code such as "CNY"',
  ],
  [
    'a null currency',
    replaced(BANK_USAGE, ['currency'], null),
    ['currency'],
    'must be a known ISO 4217 currency code such as "CNY"',
  ],
  [
    'a null zone',
    replaced(BANK_USAGE, ['timeZone'], null),
    ['timeZone'],
    'must be an IANA time zone such as "Asia/Shanghai"',
  ],
  [
    'an unknown zone',
    replaced(BANK_USAGE, ['timeZone'], 'Mars/Base'),
    ['timeZone'],
    'must be an IANA time zone such as "Asia/Shanghai"',
  ],
  [
    'no windows',
    replaced(BANK_USAGE, ['windows'], undefined),
    ['windows'],
    'must be an object of windows by key (see createUsage), got nothing (it is missing)',
  ],
  [
    'a window as a list',
    replaced(BANK_USAGE, DAY, []),
    DAY,
    'must be a window object (see createUsage), got a list',
  ],
  [
    'a calendar window under a key that is no unit',
    replaced(BANK_USAGE, ['windows', 'week'], BANK_USAGE.windows.day),
    ['windows', 'week', 'kind'],
    "a calendar window's key is its unit (day, month or year)",
  ],
  [
    'a window of another unit than its key',
    replaced(BANK_USAGE, [...DAY, 'unit'], 'month'),
    [...DAY, 'unit'],
    'must be "day", the window\'s key',
  ],
  [
    'an unknown window kind',
    replaced(BANK_USAGE, [...DAY, 'kind'], 'weekly'),
    [...DAY, 'kind'],
    'must be "calendar" or "rolling"',
  ],
  [
    'an unknown kind under a rolling key',
    replaced(BANK_USAGE, [...ROLLING, 'kind'], 'weekly'),
    [...ROLLING, 'kind'],
    'must be "calendar" or "rolling"',
  ],
  [
    'a window that ends when it starts',
    replaced(BANK_USAGE, [...DAY, 'end'], '2026-11-22T00:00:00+08:00'),
    [...DAY, 'end'],
    'must be after start',
  ],
  [
    'flows as a number',
    replaced(BANK_USAGE, [...DAY, 'flows'], 3),
    [...DAY, 'flows'],
    'must be an object of totals by "kind:counterparty", got 3',
  ],
  [
    'an unknown bucket',
    replaced(BANK_USAGE, [...DAY, 'flows', 'gift:other'], {
      amount: '1.00',
      count: 1,
      reversed: '0.00',
    }),
    [...DAY, 'flows', 'gift:other'],
    '"gift:other" is not a "kind:counterparty" bucket such as "transfer_out:other"',
  ],
  [
    'a flow total as a boolean',
    replaced(BANK_USAGE, FLOW, false),
    FLOW,
    'must be a total { amount, count, reversed }, got false',
  ],
  [
    'an unknown flow field',
    replaced(BANK_USAGE, [...FLOW, 'extra'], 1),
    [...FLOW, 'extra'],
    'is not a field here (expected amount, count, reversed)',
  ],
  [
    'a fractional count',
    replaced(BANK_USAGE, [...FLOW, 'count'], 1.5),
    [...FLOW, 'count'],
    'must be a whole number ≥ 0, got 1.5',
  ],
  [
    'a negative count',
    replaced(BANK_USAGE, [...FLOW, 'count'], -1),
    [...FLOW, 'count'],
    'must be a whole number ≥ 0, got -1',
  ],
  [
    'a rolling duration that is not its key',
    replaced(BANK_USAGE, [...ROLLING, 'duration'], { hours: 12 }),
    [...ROLLING, 'duration'],
    'does not match the window\'s key ("rolling:24H" is not "rolling:12H")',
  ],
  [
    'entries as text',
    replaced(BANK_USAGE, [...ROLLING, 'entries'], 'none'),
    [...ROLLING, 'entries'],
    'must be a list, got a string of 4 characters',
  ],
  [
    'entries as a plain object',
    replaced(BANK_USAGE, [...ROLLING, 'entries'], {}),
    [...ROLLING, 'entries'],
    'must be a list, got an object',
  ],
  [
    'a count as a one-character string',
    replaced(BANK_USAGE, [...FLOW, 'count'], '1'),
    [...FLOW, 'count'],
    'must be a whole number ≥ 0, got a string of 1 character',
  ],
  [
    'a null entry',
    replaced(BANK_USAGE, ENTRY, null),
    ENTRY,
    'must be an entry { at, bucket, amount }, got null',
  ],
  [
    'an unknown entry field',
    replaced(BANK_USAGE, [...ENTRY, 'count'], 1),
    [...ENTRY, 'count'],
    'is not a field here (expected at, bucket, amount, originalAt)',
  ],
  [
    'entries out of time order',
    replaced(
      BANK_USAGE,
      [...ROLLING, 'entries'],
      [
        { at: '2026-11-22T09:00:00+08:00', bucket: 'transfer_in:other', amount: '1.00' },
        { at: '2026-11-22T08:59:59+08:00', bucket: 'transfer_in:other', amount: '1.00' },
      ],
    ),
    [...ROLLING, 'entries', 1, 'at'],
    'entries must be in time order',
  ],
  [
    'an entry bucket without a counterparty',
    replaced(BANK_USAGE, [...ENTRY, 'bucket'], 'transfer_in'),
    [...ENTRY, 'bucket'],
    'must be a "kind:counterparty" bucket such as "transfer_out:other", got "transfer_in"',
  ],
  [
    'an entry bucket as a number',
    replaced(BANK_USAGE, [...ENTRY, 'bucket'], 7),
    [...ENTRY, 'bucket'],
    'must be a "kind:counterparty" bucket such as "transfer_out:other", got 7',
  ],
  [
    'an entry bucket as an object',
    replaced(BANK_USAGE, [...ENTRY, 'bucket'], {}),
    [...ENTRY, 'bucket'],
    'must be a "kind:counterparty" bucket such as "transfer_out:other", got an object',
  ],
  [
    'a hold id that is a number',
    replaced(BANK_USAGE_WITH_HOLD, [...HOLD, 'id'], 1),
    [...HOLD, 'id'],
    'must be a non-empty string of at most 200 characters',
  ],
  [
    'a hold id of 201 characters',
    replaced(BANK_USAGE_WITH_HOLD, [...HOLD, 'id'], 'h'.repeat(201)),
    [...HOLD, 'id'],
    'must be a non-empty string of at most 200 characters',
  ],
  [
    'holds as text',
    replaced(BANK_USAGE_WITH_HOLD, ['holds'], 'tx-1'),
    ['holds'],
    'must be a list, got a string of 4 characters',
  ],
  [
    'a null hold',
    replaced(BANK_USAGE_WITH_HOLD, HOLD, null),
    HOLD,
    'must be a hold object (see reserve), got null',
  ],
  [
    'an unknown hold field',
    replaced(BANK_USAGE_WITH_HOLD, [...HOLD, 'outcome'], 'committed'),
    [...HOLD, 'outcome'],
    'is not a field here (expected id, amount, expiresAt, transaction, fingerprint)',
  ],
  [
    'the same id held twice',
    replaced(BANK_USAGE_WITH_HOLD, ['holds', 1], BANK_USAGE_WITH_HOLD.holds[0]),
    ['holds', 1, 'id'],
    '"tx-1" is held or settled twice in this usage',
  ],
  [
    'an empty fingerprint',
    replaced(BANK_USAGE_WITH_HOLD, [...HOLD, 'fingerprint'], ''),
    [...HOLD, 'fingerprint'],
    'must be the non-empty string reserve wrote (at most 1000 characters)',
  ],
  [
    'a fingerprint of 1,001 characters',
    replaced(BANK_USAGE_WITH_HOLD, [...HOLD, 'fingerprint'], 'f'.repeat(1001)),
    [...HOLD, 'fingerprint'],
    'must be the non-empty string reserve wrote (at most 1000 characters)',
  ],
  [
    'a hold without its transaction',
    replaced(BANK_USAGE_WITH_HOLD, HELD_TX, undefined),
    HELD_TX,
    'must be the held transaction, got nothing (it is missing)',
  ],
  [
    'a held transaction with an unknown field',
    replaced(BANK_USAGE_WITH_HOLD, [...HELD_TX, 'note'], 'x'),
    [...HELD_TX, 'note'],
    'is not a field here (expected id, at, amount, kind, counterparty, counterpartyId, channel, reverses)',
  ],
  [
    'a held transaction without a counterparty',
    replaced(BANK_USAGE_WITH_HOLD, [...HELD_TX, 'counterparty'], undefined),
    [...HELD_TX, 'counterparty'],
    'is required in a held transaction',
  ],
  [
    'a held transaction of another id',
    replaced(BANK_USAGE_WITH_HOLD, [...HELD_TX, 'id'], 'tx-9'),
    [...HELD_TX, 'id'],
    'must be the hold\'s id "tx-1"',
  ],
  [
    'a held transaction of another amount',
    replaced(BANK_USAGE_WITH_HOLD, [...HELD_TX, 'amount'], '99.00'),
    [...HELD_TX, 'amount'],
    "must be the hold's amount",
  ],
  [
    'a settled hold of an unknown outcome',
    replaced(BANK_USAGE_RELEASED, ['settled', 0, 'outcome'], 'lost'),
    ['settled', 0, 'outcome'],
    'must be "committed" or "released"',
  ],
];

describe('validateUsage names the path and says what is wrong', () => {
  it.each(CASES)('%s', (_, usage, path, issue) => {
    let thrown: unknown;
    try {
      validateUsage(usage);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(AccountPolicyError);
    const e = thrown as AccountPolicyError;
    expect(e.code).toBe('invalid_input');
    const full = ['usage', ...path];
    expect(e.issues).toEqual([{ path: full, message: issue }]);
    expect(e.message).toBe(`Invalid usage at ${full.join('.')}: ${issue}`);
  });

  it('accepts the fixtures themselves (the cases above differ from them by one field)', () => {
    for (const usage of [BANK_USAGE, BANK_USAGE_WITH_HOLD, BANK_USAGE_RELEASED])
      expect(validateUsage(JSON.parse(JSON.stringify(usage)))).toBe(2);
    // A fingerprint of exactly 1,000 characters is still one.
    expect(
      validateUsage(replaced(BANK_USAGE_WITH_HOLD, [...HOLD, 'fingerprint'], 'f'.repeat(1000))),
    ).toBe(2);
  });
});

describe('the bounds on a usage’s lists', () => {
  function rejected(usage: unknown): AccountPolicyError {
    let thrown: unknown;
    try {
      validateUsage(usage);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(AccountPolicyError);
    return thrown as AccountPolicyError;
  }

  it('1,000 pending holds and 1,000 settled holds at most, each list named', () => {
    const many = Array.from({ length: 1001 }, () => null);
    expect(rejected({ ...BANK_USAGE, holds: many }).issues).toEqual([
      {
        path: ['usage', 'holds'],
        message: 'has 1001 entries; a usage keeps at most 1000 pending holds',
      },
    ]);
    expect(rejected({ ...BANK_USAGE, settled: many }).issues).toEqual([
      {
        path: ['usage', 'settled'],
        message: 'has 1001 entries; a usage keeps at most 1000 settled holds',
      },
    ]);
  });

  it('10,000 rolling entries at most, counted over all rolling windows together', () => {
    const entries = (n: number, hour: number) =>
      Array.from({ length: n }, (_, i) => ({
        at: new Date(Date.parse(`2026-11-22T${hour}:00:00+08:00`) + i * 100).toISOString(),
        bucket: 'transfer_in:other',
        amount: '1.00',
      }));
    const two = {
      ...BANK_USAGE,
      windows: {
        ...BANK_USAGE.windows,
        'rolling:24H': { ...BANK_USAGE.windows['rolling:24H'], entries: entries(6000, 10) },
        'rolling:48H': {
          kind: 'rolling',
          duration: { hours: 48 },
          horizon: null,
          entries: entries(4001, 11),
        },
      },
    };
    expect(rejected(two).issues).toEqual([
      {
        path: ['usage', 'windows', 'rolling:48H', 'entries'],
        message:
          'has 4001 entries; a usage keeps at most 4000 transactions in all its rolling windows together',
      },
    ]);
    const fits = {
      ...two,
      windows: {
        ...two.windows,
        'rolling:48H': { ...two.windows['rolling:48H'], entries: entries(4000, 11) },
      },
    };
    expect(validateUsage(fits)).toBe(2);
  });
});

describe('amounts in a usage are validated wherever they sit', () => {
  it('a rolling entry’s amount, even one outside any window a check would read', () => {
    const usage = replaced(BANK_USAGE, [...ENTRY, 'amount'], '1e3');
    let thrown: unknown;
    try {
      validateUsage(usage);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(AccountPolicyError);
    expect(thrown).toMatchObject({
      code: 'invalid_amount',
      issues: [{ path: ['usage', ...ENTRY, 'amount'] }],
    });
    expect(validateUsage(replaced(BANK_USAGE, [...ENTRY, 'amount'], '1000.5'))).toBe(2);
  });
});

describe('instants in a usage are named by their path', () => {
  it.each([
    [[...DAY, 'start']],
    [[...DAY, 'end']],
    [[...ROLLING, 'horizon']],
    [[...ENTRY, 'at']],
    [[...ENTRY, 'originalAt']],
    [[...HOLD, 'expiresAt']],
    [[...HELD_TX, 'at']],
  ])('%j', (path) => {
    let thrown: unknown;
    try {
      validateUsage(replaced(BANK_USAGE_WITH_HOLD, path, 'tomorrow'));
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(AccountPolicyError);
    const full = ['usage', ...path];
    expect(thrown).toMatchObject({ code: 'invalid_instant', issues: [{ path: full }] });
    expect((thrown as Error).message).toBe(
      `Invalid instant at ${full.join('.')}: "tomorrow": not an ISO 8601 instant such as "2026-11-22T09:30:00+08:00"`,
    );
  });
});

describe('a rolling window’s duration', () => {
  it('a malformed duration is named at its field, once', () => {
    let thrown: unknown;
    try {
      validateUsage(replaced(BANK_USAGE, [...ROLLING, 'duration'], { hours: -24 }));
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(AccountPolicyError);
    const e = thrown as AccountPolicyError;
    expect(e.code).toBe('invalid_duration');
    expect(e.issues[0]!.path).toEqual(['usage', ...ROLLING, 'duration', 'hours']);
    expect(e.message).toMatch(
      /^Invalid duration at usage\.windows\.rolling:24H\.duration\.hours: /,
    );
    expect(e.message.match(/Invalid duration/g)).toHaveLength(1);
  });
});

describe('a hold’s id', () => {
  it('is an id, named at its path and worded as the other usage errors', () => {
    let thrown: unknown;
    try {
      validateUsage(replaced(BANK_USAGE_WITH_HOLD, [...HOLD, 'id'], ''));
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(AccountPolicyError);
    const issue = 'must be a non-empty string of at most 200 characters';
    expect(thrown).toMatchObject({
      code: 'invalid_input',
      message: `Invalid usage at usage.holds.0.id: ${issue}`,
      issues: [{ path: ['usage', ...HOLD, 'id'], message: issue }],
    });
  });
});

describe('a hold’s amount', () => {
  it('is an amount in the usage’s currency, named at its path', () => {
    let thrown: unknown;
    try {
      validateUsage(replaced(BANK_USAGE_WITH_HOLD, [...HOLD, 'amount'], '100.001'));
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(AccountPolicyError);
    expect(thrown).toMatchObject({
      code: 'invalid_amount',
      issues: [{ path: ['usage', ...HOLD, 'amount'] }],
    });
    expect((thrown as Error).message).toMatch(/^Invalid amount at usage\.holds\.0\.amount: /);
  });
});
