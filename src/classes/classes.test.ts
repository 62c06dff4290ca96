import { describe, expect, it } from 'vitest';
import { test, fc } from '@fast-check/vitest';
import { AccountPolicyError, type ErrorCode } from '../errors';
import { getClassRules, getPreset } from '../presets';
import { COUNTERPARTIES, TRANSACTION_KINDS } from '../presets/types/common';
import {
  BALANCE_EFFECTS,
  balanceEffect,
  countingDirection,
  evaluatePermission,
  higherClasses,
  matchesTransaction,
} from '.';

const pboc = getPreset('cn-pboc-2018');
const pboc2016 = getPreset('cn-pboc-2016');
const tiered = getPreset('tiered-generic');

describe('balanceEffect', () => {
  it('credits and debits as the kind says', () => {
    expect(BALANCE_EFFECTS).toEqual({
      deposit_cash: 1,
      withdraw_cash: -1,
      transfer_in: 1,
      transfer_out: -1,
      payment: -1,
      wealth_purchase: -1,
      wealth_redemption: 1,
      loan_disbursement: 1,
      loan_repayment: -1,
      interest: 1,
      fee: -1,
    });
  });
  test.prop([fc.constantFrom(...TRANSACTION_KINDS)])(
    'a reversal has the opposite effect',
    (kind) => {
      expect(balanceEffect(kind, true)).toBe(-balanceEffect(kind));
    },
  );
});

describe('matchesTransaction', () => {
  it('matches kinds, and counterparties when listed', () => {
    const m = {
      kinds: ['transfer_out' as const],
      counterparties: ['own' as const, 'other' as const],
    };
    expect(matchesTransaction(m, 'transfer_out', 'other')).toBe(true);
    expect(matchesTransaction(m, 'transfer_out', 'bound')).toBe(false);
    expect(matchesTransaction(m, 'payment', 'other')).toBe(false);
    expect(matchesTransaction({ kinds: ['payment'] }, 'payment', 'bound')).toBe(true);
  });
});

describe('countingDirection', () => {
  const ii = getClassRules(pboc, 'II');
  const iii = getClassRules(pboc, 'III');
  const iii2016 = getClassRules(pboc2016, 'III');
  it('Class II counts cash, payments and non-bound transfers; exempts bound, wealth, loans, interest, fees', () => {
    expect(countingDirection(ii, 'transfer_out', 'other')).toBe('outflow');
    expect(countingDirection(ii, 'transfer_out', 'own')).toBe('outflow');
    expect(countingDirection(ii, 'transfer_out', 'bound')).toBe('exempt');
    expect(countingDirection(ii, 'payment', 'bound')).toBe('outflow');
    expect(countingDirection(ii, 'withdraw_cash', 'other')).toBe('outflow');
    expect(countingDirection(ii, 'deposit_cash', 'other')).toBe('inflow');
    expect(countingDirection(ii, 'transfer_in', 'other')).toBe('inflow');
    expect(countingDirection(ii, 'transfer_in', 'bound')).toBe('exempt');
    for (const kind of [
      'wealth_purchase',
      'wealth_redemption',
      'loan_disbursement',
      'loan_repayment',
      'interest',
      'fee',
    ] as const)
      for (const cp of COUNTERPARTIES) expect(countingDirection(ii, kind, cp)).toBe('exempt');
  });
  it('Class III (2018) counts only outflows: payments and non-bound transfers out; loans are exempt', () => {
    expect(countingDirection(iii, 'payment', 'other')).toBe('outflow');
    expect(countingDirection(iii, 'transfer_out', 'other')).toBe('outflow');
    expect(countingDirection(iii, 'transfer_in', 'other')).toBe('exempt');
    expect(countingDirection(iii, 'loan_disbursement', 'other')).toBe('exempt');
    expect(countingDirection(iii, 'loan_repayment', 'other')).toBe('exempt');
  });
  it('Class III (2016) also counts non-bound transfers in', () => {
    expect(countingDirection(iii2016, 'transfer_in', 'other')).toBe('inflow');
    expect(countingDirection(iii2016, 'transfer_in', 'bound')).toBe('exempt');
  });
});

describe('evaluatePermission', () => {
  const ii = getClassRules(pboc, 'II');
  const iii = getClassRules(pboc, 'III');
  it('Class II: cash only after face-to-face verification', () => {
    expect(evaluatePermission(ii, 'deposit_cash', 'other', {})).toMatchObject({
      permitted: false,
      why: 'conditions',
      unmet: ['face_to_face_verified'],
      ruleIndex: 0,
    });
    expect(
      evaluatePermission(ii, 'deposit_cash', 'other', { faceToFaceVerified: true }),
    ).toMatchObject({
      permitted: true,
      ruleIndex: 0,
    });
  });
  it('Class II: non-bound transfers in only after face-to-face verification; bound ones always', () => {
    expect(evaluatePermission(ii, 'transfer_in', 'other', {}).permitted).toBe(false);
    expect(evaluatePermission(ii, 'transfer_in', 'bound', {}).permitted).toBe(true);
  });
  it('Class III: never cash, never wealth products; non-bound inflow after the bound first deposit', () => {
    expect(
      evaluatePermission(iii, 'withdraw_cash', 'other', { faceToFaceVerified: true }),
    ).toMatchObject({
      permitted: false,
      why: 'forbidden',
    });
    expect(evaluatePermission(iii, 'wealth_purchase', 'other', {})).toMatchObject({
      permitted: false,
      why: 'forbidden',
    });
    expect(evaluatePermission(iii, 'transfer_in', 'other', {})).toMatchObject({
      permitted: false,
      unmet: ['bound_first_deposit_or_face_to_face'],
    });
    expect(
      evaluatePermission(iii, 'transfer_in', 'other', { boundFirstDepositReceived: true })
        .permitted,
    ).toBe(true);
    // 16号 (2018): a face-to-face check opens non-bound inflows too.
    expect(
      evaluatePermission(iii, 'transfer_in', 'other', { faceToFaceVerified: true }).permitted,
    ).toBe(true);
  });
  it('Class III (2016): non-bound inflows only after a face-to-face check (302号)', () => {
    const iii2016 = getClassRules(pboc2016, 'III');
    expect(evaluatePermission(iii2016, 'transfer_in', 'other', {})).toMatchObject({
      permitted: false,
      why: 'conditions',
      unmet: ['face_to_face_verified'],
    });
    expect(
      evaluatePermission(iii2016, 'transfer_in', 'other', { boundFirstDepositReceived: true })
        .permitted,
    ).toBe(false);
    expect(
      evaluatePermission(iii2016, 'transfer_in', 'other', { faceToFaceVerified: true }).permitted,
    ).toBe(true);
    expect(evaluatePermission(iii2016, 'transfer_in', 'bound', {}).permitted).toBe(true);
  });
  it('tiered basic: no wealth purchases', () => {
    expect(
      evaluatePermission(getClassRules(tiered, 'basic'), 'wealth_purchase', 'other', {}).permitted,
    ).toBe(false);
    expect(
      evaluatePermission(getClassRules(tiered, 'intermediate'), 'wealth_purchase', 'other', {})
        .permitted,
    ).toBe(true);
  });
  it('no matching rule means not permitted', () => {
    const rules = {
      ...ii,
      permissions: [{ kinds: ['payment' as const], allowed: true, source: 'bank-training-course' }],
    };
    expect(evaluatePermission(rules, 'fee', 'other', {})).toEqual({
      permitted: false,
      why: 'no_rule',
      ruleIndex: null,
    });
  });
  it('the first matching rule decides', () => {
    const rules = {
      ...ii,
      permissions: [
        { kinds: ['payment' as const], allowed: false, source: 'bank-training-course' },
        { kinds: ['payment' as const], allowed: true, source: 'bank-training-course' },
      ],
    };
    expect(evaluatePermission(rules, 'payment', 'other', {})).toMatchObject({
      permitted: false,
      ruleIndex: 0,
    });
  });
});

describe('higherClasses', () => {
  it('lists the classes above, lowest rank first', () => {
    expect(higherClasses(pboc, 'III').map((c) => c.id)).toEqual(['II', 'I']);
    expect(higherClasses(pboc, 'I')).toEqual([]);
    expect(higherClasses(tiered, 'basic').map((c) => c.id)).toEqual(['intermediate', 'advanced']);
    // @ts-expect-error: 'nope' is not a PBOC class (a plain string would type-check)
    expect(higherClasses(pboc, 'nope')).toEqual([]);
    expect(higherClasses(pboc, 'nope' as string)).toEqual([]);
  });
});

describe('bad input is a typed error naming the argument, never a TypeError', () => {
  const ii = getClassRules(pboc, 'II');
  const cases: [string, () => unknown, ErrorCode, (string | number)[]][] = [
    [
      'balanceEffect: an unknown kind',
      () => balanceEffect('gift' as never),
      'invalid_input',
      ['kind'],
    ],
    [
      'balanceEffect: an inherited key',
      () => balanceEffect('toString' as never),
      'invalid_input',
      ['kind'],
    ],
    ['balanceEffect: a bigint', () => balanceEffect(10n as never), 'invalid_input', ['kind']],
    [
      'balanceEffect: a reversal flag that is text',
      () => balanceEffect('payment', 'yes' as never),
      'invalid_input',
      ['reversal'],
    ],
    [
      'countingDirection: a typo in the kind (not silently exempt)',
      () => countingDirection(ii, 'transfer-out' as never, 'other'),
      'invalid_input',
      ['kind'],
    ],
    [
      'countingDirection: an unknown counterparty',
      () => countingDirection(ii, 'payment', 'friend' as never),
      'invalid_input',
      ['counterparty'],
    ],
    [
      'countingDirection: null rules',
      () => countingDirection(null as never, 'payment', 'other'),
      'invalid_preset',
      ['rules'],
    ],
    [
      'countingDirection: a null matcher',
      () =>
        countingDirection(
          { ...ii, counting: { ...ii.counting, outflow: [null as never] } },
          'payment',
          'other',
        ),
      'invalid_preset',
      ['rules', 'counting', 'outflow', 0],
    ],
    [
      'matchesTransaction: a null matcher',
      () => matchesTransaction(null as never, 'payment', 'other'),
      'invalid_preset',
      ['matcher'],
    ],
    [
      'matchesTransaction: counterparties that are not a list',
      () =>
        matchesTransaction(
          { kinds: ['payment'], counterparties: 'own' as never },
          'payment',
          'own',
        ),
      'invalid_preset',
      ['matcher', 'counterparties'],
    ],
    [
      'evaluatePermission: null facts',
      () => evaluatePermission(ii, 'payment', 'other', null as never),
      'invalid_input',
      ['facts'],
    ],
    [
      'evaluatePermission: a fact that is text',
      () =>
        evaluatePermission(ii, 'deposit_cash', 'other', { faceToFaceVerified: 'true' as never }),
      'invalid_input',
      ['facts', 'faceToFaceVerified'],
    ],
    [
      'evaluatePermission: an unknown kind',
      () => evaluatePermission(ii, 'gift' as never, 'other', {}),
      'invalid_input',
      ['kind'],
    ],
    [
      'evaluatePermission: an unknown condition',
      () =>
        evaluatePermission(
          {
            ...ii,
            permissions: [
              { kinds: ['payment'], allowed: true, requires: ['luck' as never], source: 'x' },
            ],
          },
          'payment',
          'other',
          {},
        ),
      'invalid_preset',
      ['rules', 'permissions', 0, 'requires', 0],
    ],
    [
      'evaluatePermission: permissions that are not a list',
      () => evaluatePermission({ ...ii, permissions: {} as never }, 'payment', 'other', {}),
      'invalid_preset',
      ['rules', 'permissions'],
    ],
    [
      'higherClasses: a null preset',
      () => higherClasses(null as never, 'II'),
      'invalid_preset',
      ['preset'],
    ],
    [
      'higherClasses: a class id that is not text',
      () => higherClasses(pboc, 2 as never),
      'invalid_input',
      ['classId'],
    ],
    [
      'higherClasses: a null class',
      () => higherClasses({ ...pboc, classes: [null as never] }, 'II'),
      'invalid_preset',
      ['preset', 'classes', 0],
    ],
  ];
  it.each(cases)('%s', (_, call, code, path) => {
    let thrown: unknown;
    try {
      call();
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(AccountPolicyError);
    const error = thrown as AccountPolicyError;
    expect(error.code).toBe(code);
    expect(error.issues[0]!.path).toEqual(path);
    expect(error.message).toContain(`at ${path.join('.')}:`);
  });
});
