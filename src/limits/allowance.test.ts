/*
 * maxTransactionAmount (issue 6): the largest single amount the limits allow now, the limit that
 * binds it and when it resets; a reversal is bound only by the balance cap (its credit), never by
 * the flow limits; the decision is the check of the same transaction with amount zero.
 */
import { describe, expect, it } from 'vitest';
import { AccountPolicyError } from '../errors';
import { getPreset } from '../presets';
import {
  getHeadroom,
  maxTransactionAmount,
  safeGetHeadroom,
  safeMaxTransactionAmount,
  usageFromHistory,
} from '.';

const PBOC = getPreset('cn-pboc-2018');
const AT = '2026-11-22T10:00:00+08:00';

function usage() {
  return usageFromHistory(PBOC, [
    { at: '2026-11-22T09:00:00+08:00', amount: '1500.00', kind: 'payment' },
  ]);
}

describe('maxTransactionAmount', () => {
  it('Class III payment: 2,000 a day less 1,500 used leaves 500.00 until midnight', () => {
    const a = maxTransactionAmount(
      { class: 'III', balance: '0.00' },
      { at: AT, kind: 'payment' },
      usage(),
      PBOC,
    );
    expect(a).toMatchObject({
      maxAmount: '500.00',
      limitedBy: 'dailyOutflow',
      resetsAt: '2026-11-23T00:00:00+08:00',
    });
    expect(a.decision).toMatchObject({ allowed: true, effect: 'debit', counting: 'outflow' });
  });

  it('a reversal of a payment is a credit: the balance cap binds it, the outflow limits do not', () => {
    const a = maxTransactionAmount(
      { class: 'III', balance: '0.00' },
      // The original is older than the usage remembers: booked, restoring nothing.
      { at: AT, kind: 'payment', reverses: { id: 'p-0', at: '2026-11-21T09:00:00+08:00' } },
      usage(),
      PBOC,
    );
    expect(a).toMatchObject({ maxAmount: '2000.00', limitedBy: 'balance', resetsAt: null });
    expect(a.decision).toMatchObject({ allowed: true, effect: 'credit' });
  });

  it('the decision’s messages follow options.lang', () => {
    const a = maxTransactionAmount(
      { class: 'III', balance: '0.00' },
      { at: AT, kind: 'deposit_cash' },
      usage(),
      PBOC,
      { lang: 'zh-CN' },
    );
    expect(a.decision.violations.map((v) => v.message)).toEqual([
      'Ⅲ类户不允许办理此类交易（现金存入）：该类别或层级不允许办理此类交易。',
    ]);
    // A deposit is a credit: only the balance cap bounds it (the kind is refused regardless).
    expect(a).toMatchObject({ maxAmount: '2000.00', limitedBy: 'balance', resetsAt: null });
  });

  it('the balance cap binds credits only: a debit near the cap is bound by the outflow limit', () => {
    const nearCap = { class: 'III', balance: '1900.00' };
    expect(maxTransactionAmount(nearCap, { at: AT, kind: 'payment' }, usage(), PBOC)).toMatchObject(
      { maxAmount: '500.00', limitedBy: 'dailyOutflow' },
    );
    expect(
      maxTransactionAmount(
        nearCap,
        { at: AT, kind: 'transfer_in', counterparty: 'bound' },
        usage(),
        PBOC,
      ),
    ).toMatchObject({ maxAmount: '100.00', limitedBy: 'balance', resetsAt: null });
  });

  it('the decision carries no upgrade hint, even when the kind is refused', () => {
    const a = maxTransactionAmount(
      { class: 'III', balance: '0.00' },
      { at: AT, kind: 'withdraw_cash' },
      usage(),
      PBOC,
    );
    expect(a.decision.allowed).toBe(false);
    expect(a.decision.upgrade).toBeNull();
  });

  it('a malformed field of the probe is named under transaction', () => {
    const r = safeMaxTransactionAmount(
      { class: 'III', balance: '0.00' },
      { at: AT, kind: 'gift' as never },
      usage(),
      PBOC,
    );
    expect(!r.ok && r.error.issues[0]!.path).toEqual(['transaction', 'kind']);
  });

  it('a probe that is not a transaction object is refused at transaction', () => {
    for (const probe of [null, [{ at: AT, kind: 'payment' }], 'payment']) {
      const r = safeMaxTransactionAmount(
        { class: 'III', balance: '0.00' },
        probe as never,
        usage(),
        PBOC,
      );
      expect(r.ok).toBe(false);
      if (r.ok) continue;
      expect(r.error).toBeInstanceOf(AccountPolicyError);
      const message = 'must be a transaction object such as { at, kind, counterparty }';
      expect(r.error).toMatchObject({
        code: 'invalid_input',
        message: `Invalid input at transaction: ${message}`,
        issues: [{ path: ['transaction'], message }],
      });
    }
  });
});

describe('getHeadroom and the balance', () => {
  it('an overdrawn balance is a balance: the cap has more room', () => {
    const h = getHeadroom({ class: 'III', balance: '-250.00' }, usage(), PBOC, AT);
    expect(h.limits[0]).toMatchObject({ id: 'balance', used: '-250.00', remaining: '2250.00' });
  });

  it('a balance that is not an amount is refused at account.balance', () => {
    const r = safeGetHeadroom({ class: 'III', balance: '1,000.00' }, usage(), PBOC, AT);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toBeInstanceOf(AccountPolicyError);
    expect(r.error.code).toBe('invalid_amount');
    expect(r.error.issues[0]!.path).toEqual(['account', 'balance']);
    expect(r.error.message).toMatch(/^Invalid amount at account\.balance: /);
  });
});
