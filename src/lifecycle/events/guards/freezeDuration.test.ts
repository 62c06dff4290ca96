import { describe, expect, it } from 'vitest';
import { getPreset } from '../../../presets';
import { ACCOUNTS, T0 } from '../../fixtures.testkit';
import { transition } from '../../transition';
import type { Freeze, FreezeKind } from '../../types';

const preset = getPreset('cn-pboc-2018');
const place = (kind: FreezeKind, until: string) =>
  transition(
    ACCOUNTS.normal,
    {
      type: 'freeze',
      at: T0,
      freeze: { id: 'F', kind, scope: 'all', until, issuer: 'public_security' },
    },
    preset,
    { trace: true },
  );
const outcome = (r: ReturnType<typeof place>, kind: FreezeKind) =>
  r.trace.find((e) => e.rule === `lifecycle.freezes.${kind}.maxDuration`)?.outcome;

describe('guard freezeDuration (lifecycle.freezes.<kind>.maxDuration)', () => {
  it('a stop-payment may end at exactly 48 hours, not a millisecond later', () => {
    expect(outcome(place('stop_payment', '2026-11-24T09:59:59.999+08:00'), 'stop_payment')).toBe(
      'passed',
    );
    expect(outcome(place('stop_payment', '2026-11-24T10:00:00+08:00'), 'stop_payment')).toBe(
      'passed',
    );
    const over = place('stop_payment', '2026-11-24T10:00:00.001+08:00');
    expect(outcome(over, 'stop_payment')).toBe('failed');
    expect(over.ok || over.reasons.map((r) => [r.code, r.maxUntil])).toEqual([
      ['freeze_duration_exceeded', '2026-11-24T10:00:00+08:00'],
    ]);
  });

  it('the bank’s risk hold may last 72 hours, not a millisecond more', () => {
    expect(place('risk_hold', '2026-11-25T10:00:00+08:00').ok).toBe(true);
    expect(place('risk_hold', '2026-11-25T10:00:00.001+08:00').ok).toBe(false);
  });

  it('a kind without a longest duration is not applicable', () => {
    expect(outcome(place('voluntary', '2036-11-22T10:00:00+08:00'), 'voluntary')).toBe(
      'not_applicable',
    );
  });

  it('a stop-payment is extended once, by at most another 48 hours from its expiry', () => {
    const stop: Freeze = {
      id: 'S',
      kind: 'stop_payment',
      scope: 'debit',
      from: T0,
      until: '2026-11-24T10:00:00+08:00',
    };
    const renew = (f: Freeze, until: string) =>
      transition(
        { ...ACCOUNTS.normal, freezes: [f] },
        { type: 'renew_freeze', at: T0, id: 'S', until, renewedBy: 'authority', notice: 'N-1' },
        preset,
      );
    expect(renew(stop, '2026-11-26T10:00:00+08:00').ok).toBe(true);
    const far = renew(stop, '2026-11-26T10:00:00.001+08:00');
    expect(far.ok || far.reasons.map((r) => r.code)).toEqual(['freeze_duration_exceeded']);
    const twice = renew({ ...stop, renewals: 1 }, '2026-11-25T10:00:00+08:00');
    expect(twice.ok || twice.reasons.map((r) => [r.code, r.maxRenewals])).toEqual([
      ['renewal_limit_reached', 1],
    ]);
    const bank = transition(
      { ...ACCOUNTS.normal, freezes: [stop] },
      {
        type: 'renew_freeze',
        at: T0,
        id: 'S',
        until: '2026-11-25T10:00:00+08:00',
        renewedBy: 'risk_team',
      },
      preset,
    );
    expect(bank.ok || bank.reasons.map((r) => r.code)).toEqual([
      'lifting_party_not_allowed',
      'authority_notice_required',
    ]);
  });
});
