/*
 * The limit engine's argument checks (issue 6): the account, the options and the transaction are
 * refused with `invalid_input` (or `invalid_instant`) at the path of what is wrong, with a message
 * that says what is expected; the safe twins return the same error instead of throwing.
 */
import { describe, expect, it } from 'vitest';
import { AccountPolicyError, type ErrorCode } from '../errors';
import { getPreset } from '../presets';
import { CHANNELS, COUNTERPARTIES, TRANSACTION_KINDS } from '../presets/types/common';
import { BANK_PRESET } from '../../test/fixtures/limitPresets';
import { readOptions } from './checkTransaction';
import { PBOC_USAGE } from './storedUsages.testkit';
import {
  checkTransaction,
  checkTransactionFromHistory,
  createUsage,
  reserve,
  safeCheckTransaction,
  usageFromHistory,
  type LimitAccount,
  type TransactionInput,
} from '.';
import { thrownBy } from '../../test/support/thrown';

const PBOC = getPreset('cn-pboc-2018');
const AT = '2026-11-22T10:00:00+08:00';
const TX: TransactionInput = { at: AT, amount: '100.00', kind: 'payment', counterparty: 'other' };
const II: LimitAccount = { class: 'II', balance: '1000.00' };

/** The typed error `fn` throws, checked for its code, first issue (path and message) and text. */
function rejection(
  fn: () => unknown,
  code: ErrorCode,
  path: readonly (string | number)[],
  issue: string,
): AccountPolicyError {
  const e = thrownBy(fn);
  expect(e.code).toBe(code);
  expect(e.issues).toHaveLength(1);
  expect(e.issues[0]).toEqual({ path, message: issue });
  return e;
}

function check(account: unknown, transaction: unknown = TX, options?: unknown) {
  return checkTransaction(
    account as LimitAccount,
    transaction as TransactionInput,
    createUsage(PBOC),
    PBOC,
    options as never,
  );
}

describe('the account argument', () => {
  it('null, a string, a number or a list is not an account object', () => {
    for (const account of [null, 'II', 2, [{ class: 'II', balance: '0.00' }]]) {
      const e = rejection(
        () => check(account),
        'invalid_input',
        ['account'],
        'must be an account object such as { class, balance }',
      );
      expect(e.message).toBe(
        'Invalid input at account: must be an account object such as { class, balance }',
      );
    }
  });

  it('a class that is missing, empty, not a string or over 200 characters is refused as such', () => {
    for (const cls of [undefined, '', 2, 'I'.repeat(201)]) {
      const e = rejection(
        () => check({ class: cls, balance: '0.00' }),
        'invalid_input',
        ['account', 'class'],
        'must be a class or tier id of at most 200 characters',
      );
      expect(e.message).toBe(
        'Invalid input at account.class: must be a class or tier id of at most 200 characters',
      );
    }
  });

  it('a class id of exactly 200 characters is a well-formed id, refused only as unknown to the preset', () => {
    rejection(
      () => check({ class: 'I'.repeat(200), balance: '0.00' }),
      'invalid_input',
      ['account', 'class'],
      'unknown class; expected one of III, II, I',
    );
  });

  it('permission facts must be booleans when given', () => {
    for (const fact of ['faceToFaceVerified', 'boundFirstDepositReceived'])
      rejection(
        () => check({ ...II, [fact]: 1 }),
        'invalid_input',
        ['account', fact],
        'must be true or false when given',
      );
  });
});

describe('a negative booked balance (an overdraft)', () => {
  it('is a balance: Class III may be credited from −100.00 up to its 2,000.00 cap exactly', () => {
    const overdrawn: LimitAccount = { class: 'III', balance: '-100.00' };
    const credit = (amount: string): TransactionInput => ({
      at: AT,
      amount,
      kind: 'transfer_in',
      counterparty: 'bound',
    });
    const ok = check(overdrawn, credit('2100.00'));
    expect(ok).toMatchObject({ allowed: true, balanceAfter: '2000.00', effect: 'credit' });
    const expected = (message: string) => ({
      code: 'balance_cap',
      limitId: 'balance',
      layer: 'regulatory',
      limit: '2000.00',
      used: '-100.00',
      requested: '2100.01',
      remaining: '2100.00',
      resetsAt: null,
      balanceAfter: '2000.01',
      rule: 'classes.III.limits.balance',
      source: '银发〔2018〕16号',
      sourceKey: 'pboc-2018-16',
      message,
    });
    expect(check(overdrawn, credit('2100.01'), { upgradeHint: false }).violations).toEqual([
      expected('The balance would reach CNY 2,000.01, above the cap of CNY 2,000.00.'),
    ]);
    expect(
      check(overdrawn, credit('2100.01'), { upgradeHint: false, lang: 'zh-CN' }).violations,
    ).toEqual([expected('交易后余额将达2,000.01 元，超过余额上限2,000.00 元。')]);
  });
});

describe('the options argument', () => {
  it('absent options read as {}; given ones are returned as they are', () => {
    expect(readOptions(undefined)).toEqual({});
    const options = { lang: 'zh-CN', upgradeHint: false } as const;
    expect(readOptions(options)).toBe(options);
  });

  it('options that are not an object are refused at options', () => {
    for (const options of ['zh-CN', 1, [{ lang: 'zh-CN' }], null]) {
      const e = rejection(
        () => check(II, TX, options),
        'invalid_input',
        ['options'],
        'must be an options object such as { lang: "zh-CN" }',
      );
      expect(e.message).toBe(
        'Invalid input at options: must be an options object such as { lang: "zh-CN" }',
      );
    }
  });

  it('lang must be en or zh-CN', () => {
    for (const lang of ['fr', 'zh', 1])
      rejection(
        () => check(II, TX, { lang }),
        'invalid_input',
        ['options', 'lang'],
        'must be "en" or "zh-CN"',
      );
  });

  it('upgradeHint must be true or false when given', () => {
    const e = rejection(
      () => check(II, TX, { upgradeHint: 'no' }),
      'invalid_input',
      ['options', 'upgradeHint'],
      'must be true or false when given',
    );
    expect(e.message).toBe(
      'Invalid input at options.upgradeHint: must be true or false when given',
    );
  });

  it('the safe twin returns the same error', () => {
    const r = safeCheckTransaction(II, TX, createUsage(PBOC), PBOC, {
      upgradeHint: 1 as never,
    });
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.error).toMatchObject({
        code: 'invalid_input',
        issues: [{ path: ['options', 'upgradeHint'], message: 'must be true or false when given' }],
      });
  });
});

describe('the transaction argument', () => {
  it('a transaction that is not an object is refused at transaction', () => {
    for (const t of [null, 'payment', [TX]]) {
      const e = rejection(
        () => check(II, t),
        'invalid_input',
        ['transaction'],
        'must be a transaction object such as { at, amount, kind, counterparty }',
      );
      expect(e.message).toBe(
        'Invalid input at transaction: must be a transaction object such as { at, amount, kind, counterparty }',
      );
    }
  });

  it('in a history, each entry’s fields are named under its index', () => {
    const history = [TX, { ...TX, at: '2026-11-22' }];
    let thrown: unknown;
    try {
      checkTransactionFromHistory(II, TX, history, PBOC);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toMatchObject({
      code: 'invalid_instant',
      issues: [{ path: ['history', 1, 'at'] }],
    });
    expect((thrown as Error).message).toMatch(/^Invalid instant at history\.1\.at: /);
    const notObject = rejection(
      () => checkTransactionFromHistory(II, TX, [TX, TX, 5 as never], PBOC),
      'invalid_input',
      ['history', 2],
      'must be a transaction object such as { at, amount, kind, counterparty }',
    );
    expect(notObject.message).toMatch(/^Invalid input at history\.2: /);
  });

  it('a missing or null amount is refused as an amount', () => {
    const issue =
      'must be a decimal string amount such as "1000.00": it must be a decimal string such as "12.50", not a number or other value';
    for (const amount of [undefined, null, 12.5]) {
      const e = rejection(
        () => check(II, { ...TX, amount }),
        'invalid_amount',
        ['transaction', 'amount'],
        issue,
      );
      expect(e.message).toBe(`Invalid amount at transaction.amount: ${issue}`);
    }
  });

  it('kind, counterparty and channel must be one of their lists, which the message gives', () => {
    const cases: [string, unknown, string][] = [
      ['counterparty', 'friend', 'must be a counterparty: one of bound, own, other'],
      [
        'channel',
        'pigeon',
        'must be a channel: one of counter, kiosk_assisted, atm, online, mobile, phone, remote',
      ],
      [
        'kind',
        7,
        expect.stringMatching(/^must be a transaction kind: one of deposit_cash, /) as never,
      ],
    ];
    for (const [field, value, issue] of cases) {
      const e = rejection(
        () => check(II, { ...TX, [field]: value }),
        'invalid_input',
        ['transaction', field],
        issue,
      );
      expect(e.message).toMatch(new RegExp(`^Invalid input at transaction\\.${field}: must be a `));
    }
  });

  it('an id must be a non-empty string of at most 200 characters', () => {
    for (const id of ['', 'i'.repeat(201), 3])
      rejection(
        () => check(II, { ...TX, id }),
        'invalid_input',
        ['transaction', 'id'],
        'must be a non-empty string of at most 200 characters',
      );
    expect(check(II, { ...TX, id: 'i'.repeat(200) }).allowed).toBe(true);
  });

  it('a counterpartyId must be an id', () => {
    for (const counterpartyId of ['', 7, 'c'.repeat(201)])
      rejection(
        () => check(II, { ...TX, counterpartyId }),
        'invalid_input',
        ['transaction', 'counterpartyId'],
        'must be a non-empty string of at most 200 characters',
      );
  });

  it('reverses must be { id, at }', () => {
    for (const reverses of [null, 'tx-0', 5]) {
      const e = rejection(
        () => check(II, { ...TX, reverses }),
        'invalid_input',
        ['transaction', 'reverses'],
        'must be { id, at } naming the transaction reversed',
      );
      expect(e.message).toBe(
        'Invalid input at transaction.reverses: must be { id, at } naming the transaction reversed',
      );
    }
  });

  it('the reversed transaction: a valid id, an instant, not later than the reversal', () => {
    rejection(
      () => check(II, { ...TX, reverses: { id: '', at: AT } }),
      'invalid_input',
      ['transaction', 'reverses', 'id'],
      'must be a non-empty string of at most 200 characters',
    );
    const e = rejection(
      () => check(II, { ...TX, reverses: { id: 'tx-0', at: '2026-11-22T10:00:00.001+08:00' } }),
      'invalid_input',
      ['transaction', 'reverses', 'at'],
      'the reversed transaction must not be later than its reversal',
    );
    expect(e.message).toBe(
      'Invalid input at transaction.reverses.at: the reversed transaction must not be later than its reversal',
    );
    let thrown: unknown;
    try {
      check(II, { ...TX, reverses: { id: 'tx-0', at: 'yesterday' } });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toMatchObject({
      code: 'invalid_instant',
      issues: [{ path: ['transaction', 'reverses', 'at'] }],
    });
  });

  it('a transaction cannot reverse itself', () => {
    const e = rejection(
      () => check(II, { ...TX, id: 'tx-1', reverses: { id: 'tx-1', at: AT } }),
      'invalid_input',
      ['transaction', 'reverses', 'id'],
      'a transaction cannot reverse itself',
    );
    expect(e.message).toBe(
      'Invalid input at transaction.reverses.id: a transaction cannot reverse itself',
    );
    // Another id at the same instant is a reversal like any other (refused here: tx-1 was never
    // recorded).
    expect(
      check(II, { ...TX, id: 'tx-2', reverses: { id: 'tx-1', at: AT } }).violations.map(
        (v) => v.code,
      ),
    ).toEqual(['unknown_reversal']);
  });

  it('29 February exists in leap years only: 2000 and 2024 yes; 2100 and 2026 no', () => {
    for (const day of ['2000-02-29T10:00:00+08:00', '2024-02-29T10:00:00+08:00']) {
      const d = checkTransaction(II, { ...TX, at: day }, createUsage(PBOC), PBOC);
      expect(d.allowed).toBe(true);
    }
    for (const day of [
      '2100-02-29T10:00:00+08:00',
      '2026-02-29T10:00:00+08:00',
      '1900-02-29T10:00:00Z',
    ]) {
      const e = rejection(
        () => check(II, { ...TX, at: day }),
        'invalid_instant',
        ['transaction', 'at'],
        expect.any(String) as unknown as string,
      );
      expect(e.message).toMatch(/^Invalid instant at transaction\.at: /);
    }
  });
});

describe('the transaction as a hold stores it', () => {
  it('keeps counterpartyId and channel, and leaves absent fields out', () => {
    const full: TransactionInput = {
      id: 'tx-7',
      at: AT,
      amount: '100',
      kind: 'payment',
      counterparty: 'other',
      counterpartyId: 'merchant-42',
      channel: 'mobile',
    };
    const r = reserve(II, full, createUsage(PBOC), PBOC);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.hold.transaction).toStrictEqual({
      id: 'tx-7',
      at: AT,
      amount: '100.00',
      kind: 'payment',
      counterparty: 'other',
      counterpartyId: 'merchant-42',
      channel: 'mobile',
    });
    const bare = reserve(II, { id: 'tx-8', at: AT, amount: '1.5', kind: 'payment' }, r.usage, PBOC);
    expect(bare.ok).toBe(true);
    if (bare.ok)
      expect(bare.hold.transaction).toStrictEqual({
        id: 'tx-8',
        at: AT,
        amount: '1.50',
        kind: 'payment',
        counterparty: 'other',
      });
  });
});

describe('the upgrade hint on a usage kept for fewer windows', () => {
  it('skips a higher class whose windows the usage lacks instead of guessing its totals', () => {
    // PBOC_USAGE keeps day and year only: enough for Class III of the bank preset, not for its
    // Class II (month and rolling 24 hours), so the hint goes on to Class I.
    const d = checkTransaction(
      { class: 'III', balance: '3000.00' },
      { at: AT, amount: '2000.01', kind: 'payment', counterparty: 'other' },
      PBOC_USAGE,
      BANK_PRESET,
    );
    expect(d.violations.map((v) => v.code)).toEqual(['daily_outflow_limit']);
    expect(d.upgrade).toEqual({
      class: 'I',
      rank: 3,
      title: 'Class I account',
      stillBlockedByAccountState: false,
    });
  });
});

describe('checkTransactionFromHistory and the transaction’s own id', () => {
  const mine: TransactionInput = { ...TX, id: 't-1', amount: '6000.00' };
  const other: TransactionInput = {
    ...TX,
    id: 'x',
    at: '2026-11-22T09:00:00+08:00',
    amount: '4000.00',
  };

  it('the transaction itself in the history is not counted twice; the other entries count', () => {
    const d = checkTransactionFromHistory(II, mine, [other, mine], PBOC);
    expect(d.allowed).toBe(true);
    expect(d.limits[2]).toMatchObject({
      id: 'dailyOutflow',
      used: '4000.00',
      remaining: '6000.00',
    });
    const over = checkTransactionFromHistory(
      II,
      { ...mine, id: 't-2', amount: '6000.00' },
      [other, mine],
      PBOC,
    );
    expect(over.violations.map((v) => v.code)).toEqual(['daily_outflow_limit']);
  });

  it('an id the history does not hold is a transaction like any other', () => {
    const d = checkTransactionFromHistory(II, { ...mine, id: 'new' }, [other], PBOC);
    expect(d.allowed).toBe(true);
    expect(d.headroom.dailyOutflow).toBe('6000.00');
  });

  it('a malformed transaction is named under transaction', () => {
    rejection(
      () => checkTransactionFromHistory(II, { ...TX, kind: 'gift' as never }, [other], PBOC),
      'invalid_input',
      ['transaction', 'kind'],
      'must be a transaction kind: one of deposit_cash, withdraw_cash, transfer_in, transfer_out, payment, wealth_purchase, wealth_redemption, loan_disbursement, loan_repayment, interest, fee',
    );
  });
});

describe('the transaction’s named values', () => {
  const kinds = `one of ${TRANSACTION_KINDS.join(', ')}`;
  it.each([
    ['kind', 'bogus', `must be a transaction kind: ${kinds}`],
    ['kind', 7, `must be a transaction kind: ${kinds}`],
    ['counterparty', 'mom', `must be a counterparty: one of ${COUNTERPARTIES.join(', ')}`],
    ['channel', 'pigeon', `must be a channel: one of ${CHANNELS.join(', ')}`],
  ] as const)('a %s of %j is refused, listing the values it may take', (field, value, issue) => {
    const e = rejection(
      () => check(II, { ...TX, [field]: value }),
      'invalid_input',
      ['transaction', field],
      issue,
    );
    expect(e.message).toBe(`Invalid input at transaction.${field}: ${issue}`);
  });

  it('in a history, the error names the entry: history.<i>.<field>', () => {
    rejection(
      () =>
        checkTransactionFromHistory(
          II,
          TX,
          [TX, { ...TX, kind: 'bogus' } as unknown as TransactionInput],
          PBOC,
        ),
      'invalid_input',
      ['history', 1, 'kind'],
      `must be a transaction kind: ${kinds}`,
    );
    const at = rejection(
      () => usageFromHistory(PBOC, [TX, TX, { ...TX, at: 'yesterday' }]),
      'invalid_instant',
      ['history', 2, 'at'],
      'Invalid instant "yesterday": not an ISO 8601 instant such as "2026-11-22T09:30:00+08:00"',
    );
    expect(at.message).toBe(
      'Invalid instant at history.2.at: "yesterday": not an ISO 8601 instant such as "2026-11-22T09:30:00+08:00"',
    );
  });
});
