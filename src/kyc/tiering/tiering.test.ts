import { describe, expect, it } from 'vitest';
import { getPreset } from '../../presets/registry';
import { TIERING } from '../../presets/shipped/tieredClasses';
import { HUGE_SURROGATES, expectShort, typedError } from '../internal/hostile.testkit';
import { checkTierInactivity, safeCheckTierInactivity } from './checkTierInactivity';
import {
  evaluateInitialTier,
  reevaluateTier,
  safeReevaluateTier,
  tierUpgradePath,
} from './evaluateTiers';
import { tierRequirements } from './tierRequirements';
import { ADVANCED_ID, BASIC_ID, INTERMEDIATE_ID, usage } from './tierFixtures.testkit';
import type { TierUsage } from './types';

const preset = getPreset('tiered-generic');
const opts = { preset } as const;

describe('the TIERING data', () => {
  it('qualifies the intermediate tier from a cumulative volume of 10,000 (《账户分层分级管理办法》)', () => {
    const q = TIERING.qualifications.find((x) => x.tier === 'intermediate');
    expect(q?.minCumulativeVolume).toEqual({ amount: '10000.00', currency: 'CNY' });
  });

  it('qualifies only tiers of the preset, above the lowest, with known sources', () => {
    const ids = preset.classes.map((c) => c.id);
    for (const q of TIERING.qualifications) {
      expect(ids).toContain(q.tier);
      expect(q.tier).not.toBe('basic');
      expect(Object.hasOwn(preset.sources, q.source)).toBe(true);
    }
  });
});

describe('evaluateInitialTier', () => {
  it('gives the highest tier whose opening requirements are met', () => {
    expect(evaluateInitialTier(BASIC_ID, opts).tier).toBe('basic');
    expect(evaluateInitialTier(INTERMEDIATE_ID, opts).tier).toBe('intermediate');
    expect(evaluateInitialTier(ADVANCED_ID, opts).tier).toBe('advanced');
  });

  it('the advanced documents without a face-to-face check give the intermediate tier', () => {
    const r = evaluateInitialTier({ ...ADVANCED_ID, channel: 'remote' }, opts);
    expect(r.tier).toBe('intermediate');
    expect(r.next).toMatchObject({
      tier: 'advanced',
      outstanding: [{ kind: 'face_to_face', met: false }],
    });
  });

  it('no tier without the online check, and says what the basic tier needs', () => {
    const r = evaluateInitialTier(
      { provided: ['name', 'contact', 'id_number'], verifications: [] },
      opts,
    );
    expect(r.tier).toBeNull();
    expect(r.next?.outstanding.map((c) => c.kind)).toEqual(['verification']);
    expect(r.message).toBe('The identity provided does not yet meet the Basic tier.');
  });

  it('lists a requirement that names a required verification once, as the verification', () => {
    const r = evaluateInitialTier(BASIC_ID, opts);
    expect(r.criteria.map((c) => (c.kind === 'document' ? c.requirement : c.kind))).toEqual([
      'name',
      'contact',
      'id_number',
      'verification',
    ]);
  });
});

describe('tierUpgradePath: "what do I need to upgrade"', () => {
  it('lists every criterion of the next tier with met flags, and how limits change', () => {
    const path = tierUpgradePath(
      { currentTier: 'basic', identity: BASIC_ID, usage: usage({ cumulativeVolume: '2500.00' }) },
      opts,
    );
    expect(path?.tier).toBe('intermediate');
    expect(path?.from).toBe('basic');
    expect(path?.limitChanges).toEqual([
      {
        id: 'dailyOutflow',
        type: 'window_amount',
        direction: 'outflow',
        window: 'day',
        current: '1000.00',
        next: '50000.00',
      },
    ]);
    const outstanding = path!.outstanding.map((c) =>
      c.kind === 'document' ? c.requirement : c.kind === 'verification' ? c.verification : c.kind,
    );
    expect(outstanding).toEqual([
      'address_proof',
      'income_proof',
      'face_recognition',
      'sms_code',
      'cumulative_volume',
    ]);
    const volume = path!.criteria.find((c) => c.kind === 'cumulative_volume');
    expect(volume).toMatchObject({
      required: '10000.00',
      actual: '2500.00',
      currency: 'CNY',
      met: false,
    });
    expect(volume?.message).toBe('Cumulative transactions of at least 10000.00 (now 2500.00)');
  });

  it('renders in Chinese', () => {
    const path = tierUpgradePath(
      { currentTier: 'basic', identity: BASIC_ID },
      { preset, lang: 'zh-CN' },
    );
    expect(path?.title).toBe('中级层级');
    expect(path?.criteria.find((c) => c.kind === 'cumulative_volume')?.message).toBe(
      '累计交易金额不低于10000.00（当前未知）',
    );
  });

  it('is null at the top tier; from intermediate to advanced the cap is lifted', () => {
    expect(tierUpgradePath({ currentTier: 'advanced', identity: ADVANCED_ID }, opts)).toBeNull();
    const path = tierUpgradePath({ currentTier: 'intermediate', identity: ADVANCED_ID }, opts);
    expect(path?.limitChanges).toMatchObject([
      { id: 'dailyOutflow', current: '50000.00', next: null },
    ]);
  });

  it('works on a PBOC preset too (identity criteria only)', () => {
    const path = tierUpgradePath(
      { currentTier: 'II', identity: { provided: [], verifications: ['id_network_check'] } },
      { preset: getPreset() },
    );
    expect(path?.tier).toBe('I');
    expect(path?.outstanding.map((c) => c.kind)).toEqual(['face_to_face']);
    expect(
      tierRequirements({
        tier: 'I',
        identity: { provided: [], verifications: [], channel: 'counter' },
      }).met,
    ).toBe(true);
  });
});

describe('reevaluateTier', () => {
  it('upgrades basic → intermediate at exactly 10,000.00 cumulative, not at 9,999.99', () => {
    const at = (cumulativeVolume: string) =>
      reevaluateTier(
        { currentTier: 'basic', identity: INTERMEDIATE_ID, usage: usage({ cumulativeVolume }) },
        opts,
      );
    const up = at('10000.00');
    expect(up).toMatchObject({
      change: 'upgrade',
      proposedTier: 'intermediate',
      requiresApproval: true,
    });
    expect(up.reasons.every((c) => c.met)).toBe(true);
    expect(up.message).toBe(
      'Upgrade proposed from the Basic tier to the Intermediate tier; it takes effect once approved and the customer is notified.',
    );
    const stay = at('9999.99');
    expect(stay).toMatchObject({ change: 'none', proposedTier: 'basic', requiresApproval: false });
    expect(stay.reasons.map((c) => c.kind)).toEqual(['cumulative_volume']);
  });

  it('needs several transactions, good credit and no confirmed alert for the intermediate tier', () => {
    const r = (u: Partial<TierUsage>) =>
      reevaluateTier({ currentTier: 'basic', identity: INTERMEDIATE_ID, usage: usage(u) }, opts);
    expect(r({ transactionCount: 1 }).reasons.map((c) => c.kind)).toEqual(['transaction_count']);
    expect(r({ creditRating: 'fair' }).reasons.map((c) => c.kind)).toEqual(['credit_rating']);
    expect(r({ creditRating: 'unrated' }).change).toBe('none');
    expect(r({ alerts: 1 }).reasons.map((c) => c.kind)).toEqual(['alerts']);
  });

  it('does not upgrade on usage alone when the identity is incomplete', () => {
    const r = reevaluateTier({ currentTier: 'basic', identity: BASIC_ID, usage: usage() }, opts);
    expect(r.change).toBe('none');
    expect(r.reasons.some((c) => c.kind === 'document')).toBe(true);
  });

  it('upgrades straight to advanced when every advanced criterion holds, including one year of history', () => {
    const base = {
      cumulativeVolume: '500000.00',
      transactionCount: 12,
      creditRating: 'excellent' as const,
      openedAt: '2025-11-01T00:00:00+08:00',
    };
    const exactly = reevaluateTier(
      {
        currentTier: 'basic',
        identity: ADVANCED_ID,
        usage: usage({ ...base, asOf: '2026-11-01T00:00:00+08:00' }),
      },
      opts,
    );
    expect(exactly.proposedTier).toBe('advanced');
    const early = reevaluateTier(
      {
        currentTier: 'basic',
        identity: ADVANCED_ID,
        usage: usage({ ...base, asOf: '2026-10-31T23:59:59+08:00' }),
      },
      opts,
    );
    expect(early.proposedTier).toBe('intermediate');
    expect(early.next?.outstanding.map((c) => c.kind)).toEqual(['history']);
    expect(early.next?.criteria.find((c) => c.kind === 'history')).toMatchObject({
      since: '2025-11-01T00:00:00+08:00',
      reachedAt: '2026-11-01T00:00:00+08:00',
    });
  });

  it('proposes a downgrade when the credit rating falls below the tier, with the failing criterion', () => {
    const r = reevaluateTier(
      {
        currentTier: 'intermediate',
        identity: INTERMEDIATE_ID,
        usage: usage({ creditRating: 'fair' }),
      },
      opts,
    );
    expect(r).toMatchObject({ change: 'downgrade', proposedTier: 'basic', requiresApproval: true });
    expect(r.reasons).toMatchObject([
      { kind: 'credit_rating', required: 'good', actual: 'fair', met: false },
    ]);
  });

  it('advanced with good (not excellent) credit goes down one tier, not two', () => {
    const r = reevaluateTier(
      { currentTier: 'advanced', identity: ADVANCED_ID, usage: usage({ creditRating: 'good' }) },
      opts,
    );
    expect(r).toMatchObject({ change: 'downgrade', proposedTier: 'intermediate' });
  });

  it('a confirmed alert downgrades an advanced customer to basic', () => {
    const r = reevaluateTier(
      {
        currentTier: 'advanced',
        identity: ADVANCED_ID,
        usage: usage({ creditRating: 'excellent', alerts: 1 }),
      },
      opts,
    );
    expect(r).toMatchObject({ change: 'downgrade', proposedTier: 'basic' });
  });

  it('an unrated customer is not downgraded for lack of a rating', () => {
    const r = reevaluateTier(
      {
        currentTier: 'intermediate',
        identity: INTERMEDIATE_ID,
        usage: usage({ creditRating: 'unrated' }),
      },
      opts,
    );
    expect(r.change).toBe('none');
  });

  it('gives the next re-evaluation date one calendar month later', () => {
    const r = reevaluateTier(
      {
        currentTier: 'basic',
        identity: BASIC_ID,
        usage: usage({ asOf: '2026-01-31T10:00:00+08:00' }),
      },
      opts,
    );
    expect(r.nextReevaluationAt).toBe('2026-02-28T10:00:00+08:00');
  });

  it('refuses a preset without tiering and malformed usage', () => {
    const r = safeReevaluateTier(
      { currentTier: 'II', identity: BASIC_ID, usage: usage() },
      { preset: getPreset() },
    );
    expect(!r.ok && r.error.issues[0]!.path).toEqual(['preset']);
    expect(() =>
      reevaluateTier(
        {
          currentTier: 'basic',
          identity: BASIC_ID,
          usage: usage({ cumulativeVolume: 10000 as never }),
        },
        opts,
      ),
    ).toThrow(/cumulativeVolume|amount/);
    expect(() =>
      reevaluateTier(
        { currentTier: 'basic', identity: BASIC_ID, usage: usage({ transactionCount: -1 }) },
        opts,
      ),
    ).toThrow(/transactionCount/);
  });
});

describe('checkTierInactivity: the basic tier freezes after 3 months without a transaction', () => {
  const check = (
    at: string,
    tier = 'basic',
    lastTransactionAt: string | null = '2026-02-28T12:00:00+08:00',
  ) =>
    checkTierInactivity(
      { tier, openedAt: '2026-01-10T09:00:00+08:00', lastTransactionAt, at },
      opts,
    );

  it('is frozen from exactly three calendar months after the last transaction', () => {
    expect(check('2026-05-28T11:59:59+08:00').frozen).toBe(false);
    const frozen = check('2026-05-28T12:00:00+08:00');
    expect(frozen).toMatchObject({
      applies: true,
      frozen: true,
      since: '2026-02-28T12:00:00+08:00',
      frozenFrom: '2026-05-28T12:00:00+08:00',
      liftedBy: 'customer_reverification',
      source: '《账户分层分级管理办法》 (bank internal policy)',
      sourceKey: 'tiering-measures',
    });
    expect(frozen.message).toBe(
      'No transaction since 2026-02-28T12:00:00+08:00: the Basic tier account is frozen from 2026-05-28T12:00:00+08:00 until the customer’s identity is re-verified.',
    );
  });

  it('counts from the opening when there was no transaction', () => {
    expect(check('2026-04-10T09:00:00+08:00', 'basic', null)).toMatchObject({
      frozen: true,
      since: '2026-01-10T09:00:00+08:00',
    });
  });

  it('does not apply to the intermediate tier', () => {
    expect(check('2027-01-01T00:00:00+08:00', 'intermediate')).toMatchObject({
      applies: false,
      frozen: false,
      frozenFrom: null,
    });
  });

  it('refuses inconsistent instants and presets without tiering', () => {
    expect(
      safeCheckTierInactivity(
        {
          tier: 'basic',
          openedAt: '2026-01-10T09:00:00+08:00',
          lastTransactionAt: '2026-01-01T00:00:00+08:00',
          at: '2026-03-01T00:00:00+08:00',
        },
        opts,
      ).ok,
    ).toBe(false);
    expect(
      safeCheckTierInactivity({
        tier: 'III',
        openedAt: '2026-01-10T09:00:00+08:00',
        at: '2026-03-01T00:00:00+08:00',
      }).ok,
    ).toBe(false);
  });
});

describe('tiering — hostile input (issue 6)', () => {
  const call = {
    tierRequirements: (r: unknown) => tierRequirements(r as never, opts),
    tierUpgradePath: (r: unknown) => tierUpgradePath(r as never, opts),
    reevaluateTier: (r: unknown) => reevaluateTier(r as never, opts),
    checkTierInactivity: (r: unknown) => checkTierInactivity(r as never, opts),
  };

  it.each(Object.entries(call))(
    '%s: no request, a null request or a list is invalid input at the root',
    (_, fn) => {
      for (const request of [undefined, null, [], 'basic', 10n]) {
        const e = typedError(() => fn(request), 'invalid_input', []);
        expect(e.message).toMatch(/^Invalid input at \(root\): must be an object; got /);
      }
    },
  );

  const REEVALUATION = { currentTier: 'basic', identity: INTERMEDIATE_ID, usage: usage() };

  it('a bigint anywhere is invalid input naming its path, not a TypeError', () => {
    const e = typedError(
      () => call.tierUpgradePath({ currentTier: 10n, identity: BASIC_ID }),
      'invalid_input',
      ['currentTier'],
    );
    expect(e.message).toContain('got 10n');
    typedError(
      () => call.tierRequirements({ tier: 'basic', identity: { ...BASIC_ID, provided: [10n] } }),
      'invalid_input',
      ['identity', 'provided', 0],
    );
    typedError(
      () =>
        call.reevaluateTier({ ...REEVALUATION, usage: usage({ transactionCount: 10n as never }) }),
      'invalid_input',
      ['usage', 'transactionCount'],
    );
    typedError(
      () =>
        call.reevaluateTier({ ...REEVALUATION, usage: usage({ cumulativeVolume: 10n as never }) }),
      'invalid_amount',
      ['usage', 'cumulativeVolume'],
    );
    typedError(
      () =>
        call.checkTierInactivity({ tier: 'basic', openedAt: 10n, at: '2026-05-01T12:00:00+08:00' }),
      'invalid_instant',
      ['openedAt'],
    );
    typedError(
      () => evaluateInitialTier({ ...BASIC_ID, verifications: [10n] } as never, opts),
      'invalid_input',
      ['identity', 'verifications', 0],
    );
  });

  it('a 512 K lone-surrogate value is invalid input, named and not echoed whole', () => {
    const cases: [() => unknown, readonly (string | number)[], string][] = [
      [
        () => call.tierRequirements({ tier: HUGE_SURROGATES, identity: BASIC_ID }),
        ['tier'],
        'invalid_input',
      ],
      [
        () =>
          call.reevaluateTier({
            ...REEVALUATION,
            usage: usage({ creditRating: HUGE_SURROGATES as never }),
          }),
        ['usage', 'creditRating'],
        'invalid_input',
      ],
      [
        () =>
          call.tierUpgradePath({
            currentTier: 'basic',
            identity: { ...BASIC_ID, channel: HUGE_SURROGATES },
          }),
        ['identity', 'channel'],
        'invalid_input',
      ],
      [
        () => evaluateInitialTier({ ...BASIC_ID, provided: [HUGE_SURROGATES] } as never, opts),
        ['identity', 'provided', 0],
        'invalid_input',
      ],
      [
        () =>
          call.checkTierInactivity({
            tier: 'basic',
            openedAt: HUGE_SURROGATES,
            at: HUGE_SURROGATES,
          }),
        ['openedAt'],
        'invalid_instant',
      ],
    ];
    for (const [fn, path, code] of cases) expectShort(typedError(fn, code as never, path));
  });

  it('bad options are typed errors', () => {
    typedError(
      () => tierRequirements({ tier: 'basic', identity: BASIC_ID }, 'x' as never),
      'invalid_input',
      ['options'],
    );
    typedError(
      () => checkTierInactivity(undefined as never, { preset: 'tiered-generic' as never }),
      'invalid_preset',
      ['options', 'preset'],
    );
  });
});
