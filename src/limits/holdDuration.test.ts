/*
 * `holdFor` is bounded where it is given: longer than zero (a hold of `{ minutes: 0 }` used to be
 * accepted and expire at once) and at most MAX_HOLD_DURATION, 31 days (`{ years: 10000 }` used to
 * fail deep in the window maths, with no path).
 */
import { describe, expect, it } from 'vitest';
import { getPreset } from '../presets';
import type { PolicyDuration } from '../time/types';
import { thrownBy } from '../../test/support/thrown';
import {
  createUsage,
  MAX_HOLD_DURATION,
  reserve,
  type LimitAccount,
  type TransactionInput,
} from '.';

const PBOC = getPreset('cn-pboc-2018');
const II: LimitAccount = { class: 'II', balance: '100.00', faceToFaceVerified: true };
const TX: TransactionInput = {
  id: 't-1',
  at: '2026-01-31T10:00:00+08:00',
  amount: '1.00',
  kind: 'payment',
};
const hold = (holdFor: PolicyDuration, tx = TX) =>
  reserve(II, tx, createUsage(PBOC), PBOC, { holdFor });

describe('holdFor is longer than zero and at most 31 days', () => {
  it('MAX_HOLD_DURATION is 31 days', () => {
    expect(MAX_HOLD_DURATION).toEqual({ days: 31 });
  });

  it.each([
    [{ minutes: 0 }, 'a hold of no time would expire at once and hold nothing'],
    [{ days: 0, hours: 0 }, 'a hold of no time would expire at once and hold nothing'],
    [{ years: 10000 }, 'this one lasts more than 31 days'],
    [{ years: 1 }, 'it would expire at 2027-01-31T10:00:00+08:00, after 2026-03-03T10:00:00+08:00'],
    [{ weeks: 5 }, 'it would expire at 2026-03-07T10:00:00+08:00, after 2026-03-03T10:00:00+08:00'],
    [
      { days: 31, minutes: 1 },
      'it would expire at 2026-03-03T10:01:00+08:00, after 2026-03-03T10:00:00+08:00',
    ],
  ] as const)('%o is refused at options.holdFor', (holdFor, detail) => {
    const e = thrownBy(() => hold(holdFor));
    const message = `must be longer than zero and at most 31 days: ${detail}`;
    expect(e).toMatchObject({
      code: 'invalid_duration',
      message: `Invalid duration at options.holdFor: ${message}`,
      issues: [{ path: ['options', 'holdFor'], message }],
    });
  });

  it.each([
    [{ minutes: 1 }, '2026-01-31T10:01:00+08:00'],
    [{ months: 1 }, '2026-02-28T10:00:00+08:00'],
    [{ days: 31 }, '2026-03-03T10:00:00+08:00'],
    [{ hours: 744 }, '2026-03-03T10:00:00+08:00'],
  ] as const)('%o is accepted: the hold expires at %s', (holdFor, expiresAt) => {
    const r = hold(holdFor);
    expect(r.ok && r.hold.expiresAt).toBe(expiresAt);
  });

  it('is checked at the latest instant too, without leaving the time range', () => {
    const late = { ...TX, at: '2199-12-31T23:59:59.999Z' };
    expect(thrownBy(() => hold({ years: 10000 }, late)).issues[0]!.path).toEqual([
      'options',
      'holdFor',
    ]);
    const r = hold({ days: 31 }, late);
    expect(r.ok && r.hold.expiresAt).toBe('2200-02-01T07:59:59.999+08:00');
  });
});
