import { describe, expect, it } from 'vitest';
import { getPreset } from '../../../presets';
import { ACCOUNTS, T0 } from '../../fixtures.testkit';
import { transition } from '../../transition';
import type { Freeze } from '../../types';

const preset = getPreset('cn-pboc-2018');
const STOP: Freeze = {
  id: 'S',
  kind: 'stop_payment',
  scope: 'debit',
  from: T0,
  until: '2026-11-24T10:00:00+08:00',
  issuer: 'public_security',
};
const HOLD: Freeze = {
  id: 'H',
  kind: 'risk_hold',
  scope: 'debit',
  from: T0,
  until: '2026-11-25T10:00:00+08:00',
};
const account = { ...ACCOUNTS.normal, freezes: [STOP, HOLD] };
const at = '2026-11-23T10:00:00+08:00';

describe('the police’s emergency stop-payment is not the bank’s to lift (issue 17)', () => {
  it('refuses the bank’s risk team lifting it without the authority’s notice', () => {
    const r = transition(account, { type: 'unfreeze', at, id: 'S', liftedBy: 'risk_team' }, preset);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reasons.map((x) => x.code)).toEqual([
      'lifting_party_not_allowed',
      'authority_notice_required',
    ]);
    expect(!r.ok && r.reasons[1]).toEqual({
      code: 'authority_notice_required',
      freezeId: 'S',
      freezeKind: 'stop_payment',
      source: '银发〔2016〕86号',
      sourceKey: 'pboc-2016-86',
      message: expect.any(String),
    });
  });

  it('refuses the authority itself without its notice; lifts it with the notice', () => {
    const bare = transition(
      account,
      { type: 'unfreeze', at, id: 'S', liftedBy: 'authority' },
      preset,
    );
    expect(!bare.ok && bare.reasons.map((x) => x.code)).toEqual(['authority_notice_required']);
    const lifted = transition(
      account,
      { type: 'unfreeze', at, id: 'S', liftedBy: 'authority', notice: '公(刑)解止字[2026]1号' },
      preset,
      { trace: true },
    );
    expect(lifted.ok && lifted.account.freezes).toEqual([HOLD]);
    expect(lifted.trace.map((e) => [e.code, e.outcome])).toContainEqual([
      'trace_authority_notice_given',
      'passed',
    ]);
  });

  it('lets the risk team lift the bank’s own risk hold without any notice', () => {
    const r = transition(
      account,
      { type: 'unfreeze', at, id: 'H', liftedBy: 'risk_team' },
      preset,
      { trace: true },
    );
    expect(r.ok && r.account.freezes).toEqual([STOP]);
    expect(r.trace.find((e) => e.rule.endsWith('requiresAuthorityNotice'))?.outcome).toBe(
      'not_applicable',
    );
  });

  it('a stop-payment lapses by itself at 48 hours: lifted at 47:59:59.999 needs the notice, at 48:00 it is gone', () => {
    const before = transition(
      account,
      { type: 'unfreeze', at: '2026-11-24T09:59:59.999+08:00', id: 'S', liftedBy: 'risk_team' },
      preset,
    );
    expect(before.ok).toBe(false);
    const after = transition(
      account,
      { type: 'unfreeze', at: '2026-11-24T10:00:00+08:00', id: 'S', liftedBy: 'risk_team' },
      preset,
    );
    expect(!after.ok && after.reasons.map((x) => x.code)).toEqual(['freeze_not_found']);
  });
});
