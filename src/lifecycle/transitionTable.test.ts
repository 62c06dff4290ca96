import { describe, expect, it } from 'vitest';
import { getPreset } from '../presets';
import { LIFECYCLE_EVENT_TYPES } from './events';
import { ACCOUNTS, favourable, T0 } from './fixtures.testkit';
import { transition } from './transition';
import { TRANSITION_TABLE } from './transitionTable';
import { ACCOUNT_STATUSES } from './types';

const preset = getPreset('cn-pboc-2018');

describe('TRANSITION_TABLE', () => {
  it('has a rule for every status and every event, and nothing else', () => {
    expect(Object.keys(TRANSITION_TABLE).sort()).toEqual([...ACCOUNT_STATUSES].sort());
    for (const s of ACCOUNT_STATUSES)
      expect(Object.keys(TRANSITION_TABLE[s]).sort()).toEqual([...LIFECYCLE_EVENT_TYPES].sort());
  });

  it('never leaves closed, and refuses everything there but advance', () => {
    for (const e of LIFECYCLE_EVENT_TYPES) {
      const rule = TRANSITION_TABLE.closed[e];
      if (e === 'advance') expect(rule).toEqual({ allowed: true, to: ['closed'] });
      else expect(rule).toEqual({ allowed: false, refusal: 'already_closed' });
    }
    for (const s of ACCOUNT_STATUSES)
      for (const e of LIFECYCLE_EVENT_TYPES) {
        const rule = TRANSITION_TABLE[s][e];
        if (rule.allowed && rule.to.includes('pending')) expect(s).toBe('pending');
      }
  });

  const pairs = ACCOUNT_STATUSES.flatMap((s) => LIFECYCLE_EVENT_TYPES.map((e) => [s, e] as const));
  it.each(pairs)('%s × %s behaves as the table says', (status, type) => {
    const { account, event } = favourable(status, type);
    const rule = TRANSITION_TABLE[status][type];
    const result = transition(account, event, preset);
    if (!rule.allowed) {
      expect(result).toEqual({
        ok: false,
        reasons: [expect.objectContaining({ code: rule.refusal })],
      });
      return;
    }
    expect(result.ok, JSON.stringify(result)).toBe(true);
    if (result.ok) expect(rule.to).toContain(result.account.status);
  });

  it('lets advance take a normal account to each of its targets', () => {
    const stays = transition(ACCOUNTS.normal, { type: 'advance', at: T0 }, preset);
    const sleeps = transition(
      { ...ACCOUNTS.normal, lastActiveAt: '2025-06-01T10:00:00+08:00' },
      { type: 'advance', at: T0 },
      preset,
    );
    expect(stays.ok && stays.account.status).toBe('normal');
    expect(sleeps.ok && sleeps.account.status).toBe('dormant');
  });

  it('is consulted by transition itself (status at the event instant)', () => {
    // A normal account inactive for a year is dormant when the event happens: verify_identity is
    // refused as for a dormant account, naming the dormant status.
    const r = transition(
      { ...ACCOUNTS.normal, lastActiveAt: '2025-06-01T10:00:00+08:00' },
      { type: 'verify_identity', at: T0, channel: 'counter' },
      preset,
    );
    expect(r).toEqual({
      ok: false,
      reasons: [
        {
          code: 'transition_not_allowed',
          source: '《银行个人账户培训》 (bank training course)',
          sourceKey: 'bank-training-course',
          event: 'verify_identity',
          status: 'dormant',
          message: 'The event verify_identity is not allowed when the account is dormant.',
        },
      ],
    });
  });
});
