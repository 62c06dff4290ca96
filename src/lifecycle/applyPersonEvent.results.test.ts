/**
 * `applyPersonEvent` whole: every account after the event and every account's result, and which
 * malformed argument is reported first. Expected values come from docs/lifecycle.md (restrictions
 * bind the person, copied onto each account that is not closed), the shipped PBOC rules (2 years
 * for an account seller under the 2024 Measures) and the message catalog.
 */
import { describe, expect, it } from 'vitest';
import { isAccountPolicyError, type AccountPolicyError } from '../errors';
import { getPreset } from '../presets';
import { applyPersonEvent } from './applyPersonEvent';
import { ACCOUNTS, T0 } from './fixtures.testkit';
import type { AccountState, AccountStateInput } from './types';

const preset = getPreset('cn-pboc-2018');
const UNTIL = '2028-11-22T10:00:00+08:00';

function thrown(fn: () => unknown): AccountPolicyError {
  try {
    fn();
  } catch (error) {
    if (isAccountPolicyError(error)) return error;
    throw new Error(`expected an AccountPolicyError, got ${String(error)}`, { cause: error });
  }
  throw new Error('expected an AccountPolicyError, got a value');
}

describe('applyPersonEvent: results', () => {
  it('restricts every account that is not closed, and says why the closed one refuses (zh-CN)', () => {
    const {
      freezes: _f,
      lossReport: _l,
      pendingBusiness: _p,
      linkedServices: _s,
      ...bareClosed
    } = ACCOUNTS.closed;
    const restriction = {
      id: 'P',
      kind: 'receive_only' as const,
      from: T0,
      until: UNTIL,
      reason: 'account_selling',
    };
    const normal: AccountState = { ...ACCOUNTS.normal, restrictions: [restriction] };
    const dormant: AccountState = { ...ACCOUNTS.dormant, restrictions: [restriction] };
    const placed = {
      type: 'notify_customer',
      topic: 'restriction_placed',
      message: `您的账户受限制（只收不付），至${UNTIL}止。`,
    };
    expect(
      applyPersonEvent(
        [ACCOUNTS.normal, bareClosed as AccountStateInput, ACCOUNTS.dormant],
        {
          type: 'restrict_person',
          at: T0,
          restriction: { id: 'P', kind: 'receive_only', reason: 'account_selling' },
        },
        preset,
        { lang: 'zh-CN' },
      ),
    ).toStrictEqual({
      accounts: [normal, ACCOUNTS.closed, dormant],
      results: [
        { ok: true, account: normal, effects: [placed] },
        {
          ok: false,
          reasons: [
            {
              code: 'already_closed',
              source: '《银行个人账户培训》 (bank training course)',
              sourceKey: 'bank-training-course',
              event: 'restrict_person',
              status: 'closed',
              message: '账户已销户，销户后不可恢复。',
            },
          ],
        },
        { ok: true, account: dormant, effects: [placed] },
      ],
    });
  });

  it('lifts the restriction where it stands; elsewhere the account stays as it was', () => {
    const restricted: AccountState = {
      ...ACCOUNTS.normal,
      restrictions: [{ id: 'P', kind: 'no_non_counter', from: T0 }],
    };
    expect(
      applyPersonEvent(
        [restricted, ACCOUNTS.dormant],
        { type: 'lift_restriction', at: T0, id: 'P' },
        preset,
      ),
    ).toStrictEqual({
      accounts: [{ ...restricted, restrictions: [] }, ACCOUNTS.dormant],
      results: [
        {
          ok: true,
          account: { ...restricted, restrictions: [] },
          effects: [
            {
              type: 'notify_customer',
              topic: 'restriction_lifted',
              message:
                'The restriction (no non-counter business) on your accounts has been lifted.',
            },
          ],
        },
        {
          ok: false,
          reasons: [
            {
              code: 'restriction_not_found',
              source: '银发〔2019〕85号',
              sourceKey: 'pboc-2019-85',
              restrictionId: 'P',
              message: 'No restriction with id P is in force.',
            },
          ],
        },
      ],
    });
  });
});

describe('applyPersonEvent: which malformed argument is named', () => {
  const restrict = {
    type: 'restrict_person',
    at: T0,
    restriction: { id: 'P', kind: 'receive_only' },
  } as const;

  it('the list first, then each account in order, then the event', () => {
    const notList = thrown(() => applyPersonEvent('x' as never, null as never, preset));
    expect(notList.code).toBe('invalid_input');
    expect(notList.issues).toStrictEqual([
      { path: ['accounts'], message: 'must be an array of accounts' },
    ]);
    expect(notList.message).toBe('accounts must be an array of accounts');

    const badAccount = thrown(() =>
      applyPersonEvent(
        [ACCOUNTS.normal, { ...ACCOUNTS.normal, balance: 7 } as never],
        null as never,
        preset,
      ),
    );
    expect(badAccount.code).toBe('invalid_input');
    expect(badAccount.issues.map((i) => i.path)).toStrictEqual([['accounts', 1, 'balance']]);
    expect(badAccount.message).toMatch(/^Invalid account at accounts\.1\.balance: /);

    const badEvent = thrown(() =>
      applyPersonEvent([ACCOUNTS.normal], { ...restrict, at: 'today' }, preset),
    );
    expect(badEvent.issues.map((i) => i.path)).toStrictEqual([['event', 'at']]);
    expect(badEvent.message).toMatch(/^Invalid event at event\.at: /);
  });

  it('an event about the account, not the person, names its type', () => {
    const error = thrown(() =>
      applyPersonEvent([ACCOUNTS.normal], { type: 'advance', at: T0 } as never, preset),
    );
    expect(error.code).toBe('invalid_input');
    expect(error.issues).toStrictEqual([
      { path: ['event', 'type'], message: 'must be restrict_person or lift_restriction' },
    ]);
    expect(error.message).toBe(
      'Invalid event at event.type: must be restrict_person or lift_restriction, not advance',
    );
  });
});
