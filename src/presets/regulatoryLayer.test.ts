/*
 * A bank may tighten a regulatory limit and add its own, but never silently exceed one: a derived
 * preset that raised Class II's daily outflow to 50,000.00 while still citing the 2018 PBOC notice
 * let a 20,000.00 transfer through. Raising, removing or reshaping a regulatory limit is refused
 * with the field path and the regulatory value and its source; a newer regulation is followed
 * with an explicit `{ replace: { amount, source } }` that cites it.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { AccountPolicyError } from '../errors';
import { checkTransaction, createUsage } from '../limits';
import { derivePreset, getPreset, safeDerivePreset, validatePreset } from '.';
import type { LimitRule } from './types/classes';
import type { Preset } from './types/preset';

const base = getPreset('cn-pboc-2018');
const DAILY = ['classes', 'II', 'limits', 'dailyOutflow'];
const NEWER = {
  'pboc-newer': {
    ref: 'PBOC-NEWER-1',
    title: { en: 'A newer PBOC notice on Class II limits', 'zh-CN': '较新的Ⅱ类户限额通知' },
    issuer: "People's Bank of China",
  },
};
const MY_POLICY = {
  'my-bank-policy': {
    ref: 'MB-7',
    title: { en: 'Limits policy', 'zh-CN': '限额制度' },
    issuer: 'My Bank',
  },
};

function limitOf(preset: Preset, classId: string, id: string): LimitRule | undefined {
  return preset.classes.find((c) => c.id === classId)?.limits.find((l) => l.id === id);
}

function refusal(overrides: Parameters<typeof derivePreset>[1], from: Preset = base) {
  const r = safeDerivePreset(from, overrides);
  if (r.ok) throw new Error('expected the overrides to be refused');
  expect(r.error).toBeInstanceOf(AccountPolicyError);
  expect(r.error.code).toBe('invalid_preset');
  return r.error;
}

const transfer = (amount: string, kind: 'transfer_out' | 'payment' = 'transfer_out') => ({
  kind,
  counterparty: 'other' as const,
  amount,
  at: '2026-11-22T10:00:00+08:00',
  channel: 'mobile' as const,
});
const account = (cls: string) => ({ class: cls, balance: '1000.00', faceToFaceVerified: true });
const allows = (preset: Preset, cls: string, tx: ReturnType<typeof transfer>) =>
  checkTransaction(account(cls), tx, createUsage(preset), preset).allowed;

describe('a regulatory limit is never silently exceeded', () => {
  it('raising Class II daily outflow to 50,000.00 is refused, naming the value and its source', () => {
    const error = refusal({
      id: 'mine',
      classes: { II: { limits: { dailyOutflow: '50000.00' } } },
    });
    expect(error.issues).toHaveLength(1);
    expect(error.issues[0]!.path).toEqual(DAILY);
    expect(error.issues[0]!.message).toContain('10,000.00 CNY');
    expect(error.issues[0]!.message).toContain('银发〔2016〕302号');
    expect(error.issues[0]!.message).toContain('replace');
    expect(allows(base, 'II', transfer('20000.00'))).toBe(false);
  });

  it('raising through a partial limit, removing, or changing the window is refused too', () => {
    const partial = refusal({
      id: 'mine',
      classes: { II: { limits: { dailyOutflow: { limit: { amount: '10000.01' } } } } },
    });
    expect(partial.issues.map((i) => i.path)).toEqual([DAILY]);
    const removed = refusal({ id: 'mine', classes: { II: { limits: { dailyOutflow: null } } } });
    expect(removed.issues[0]!.message).toContain('cannot be removed');
    const window = refusal({
      id: 'mine',
      classes: { II: { limits: { dailyOutflow: { window: { kind: 'calendar', unit: 'year' } } } } },
    });
    expect(window.issues[0]!.path).toEqual([...DAILY, 'window']);
    const claimed = refusal({
      id: 'mine',
      classes: {
        II: { limits: { dailyOutflow: { layer: 'regulatory', limit: { amount: '1.00' } } } },
      },
    });
    expect(claimed.issues[0]!.path).toEqual([...DAILY, 'layer']);
  });

  it('tightening makes it the bank’s own, recording the regulatory entry it overrides', () => {
    const mine = derivePreset(base, {
      id: 'mine',
      classes: { II: { limits: { dailyOutflow: '5000.00' } } },
    });
    expect(limitOf(mine, 'II', 'dailyOutflow')).toMatchObject({
      limit: { amount: '5000.00', currency: 'CNY' },
      layer: 'bank',
      source: 'bank-own-rule',
      overrides: { layer: 'regulatory', source: 'pboc-2016-302', amount: '10000.00' },
    });
    expect(mine.sources['bank-own-rule']?.ref).toBe('bank’s own rule');
    const own = derivePreset(base, {
      id: 'mine',
      sources: MY_POLICY,
      classes: {
        II: {
          limits: { dailyOutflow: { limit: { amount: '6000.00' }, source: 'my-bank-policy' } },
        },
      },
    });
    expect(limitOf(own, 'II', 'dailyOutflow')).toMatchObject({
      layer: 'bank',
      source: 'my-bank-policy',
    });
    expect(own.sources['bank-own-rule']).toBeUndefined();
  });

  it('a bank’s own figure cannot cite the regulation it tightens', () => {
    const error = refusal({
      id: 'mine',
      classes: {
        II: { limits: { dailyOutflow: { limit: { amount: '6000.00' }, source: 'pboc-2016-302' } } },
      },
    });
    expect(error.issues[0]!.path).toEqual([...DAILY, 'source']);
  });

  it('a preset derived from a derived one stays under the regulatory value', () => {
    const tight = derivePreset(base, {
      id: 'tight',
      classes: { II: { limits: { dailyOutflow: '5000.00' } } },
    });
    const looser = derivePreset(tight, {
      id: 'looser',
      classes: { II: { limits: { dailyOutflow: '9000.00' } } },
    });
    expect(limitOf(looser, 'II', 'dailyOutflow')?.overrides).toEqual({
      layer: 'regulatory',
      source: 'pboc-2016-302',
      amount: '10000.00',
    });
    const error = refusal(
      { id: 'over', classes: { II: { limits: { dailyOutflow: '10000.01' } } } },
      tight,
    );
    expect(error.issues[0]!.message).toContain('银发〔2016〕302号');
  });

  it('validatePreset refuses a bank’s own limit above the regulatory value it records', () => {
    const tight = derivePreset(base, {
      id: 'tight',
      classes: { II: { limits: { dailyOutflow: '5000.00' } } },
    });
    const edited = JSON.parse(JSON.stringify(tight)) as Preset;
    const ii = edited.classes.find((c) => c.id === 'II')!;
    (ii.limits.find((l) => l.id === 'dailyOutflow') as { limit: { amount: string } }).limit.amount =
      '50000.00';
    expect(() => validatePreset(edited)).toThrow(/exceeds the regulatory 10000.00/);
  });
});

describe('malformed changes to a regulatory limit are typed errors', () => {
  it('a count on an amount limit, a limit that is not an object, sources: null', () => {
    const count = refusal({
      id: 'mine',
      classes: { II: { limits: { dailyOutflow: { count: 3 } } } },
    });
    expect(count.issues.map((i) => i.path)).toEqual([[...DAILY, 'count']]);
    const limit = refusal({
      id: 'mine',
      classes: { II: { limits: { dailyOutflow: { limit: null } as never } } },
    });
    expect(limit.issues.map((i) => i.path)).toEqual([[...DAILY, 'limit']]);
    refusal({
      id: 'mine',
      sources: null as never,
      classes: { II: { limits: { dailyOutflow: '5000.00' } } },
    });
  });
});

describe('a newer regulation replaces a regulatory number explicitly', () => {
  it('{ replace: { amount, source } } sets the new number, citing the newer document', () => {
    const newer = derivePreset(base, {
      id: 'newer',
      sources: NEWER,
      classes: {
        II: { limits: { dailyOutflow: { replace: { amount: '50000.00', source: 'pboc-newer' } } } },
      },
    });
    expect(limitOf(newer, 'II', 'dailyOutflow')).toMatchObject({
      limit: { amount: '50000.00', currency: 'CNY' },
      layer: 'regulatory',
      source: 'pboc-newer',
      overrides: { layer: 'regulatory', source: 'pboc-2016-302', amount: '10000.00' },
    });
    expect(allows(newer, 'II', transfer('20000.00'))).toBe(true);
  });

  it('a replacement must cite a document other than the one it replaces', () => {
    const same = refusal({
      id: 'newer',
      classes: {
        II: {
          limits: { dailyOutflow: { replace: { amount: '50000.00', source: 'pboc-2016-302' } } },
        },
      },
    });
    expect(same.issues[0]!.path).toEqual([...DAILY, 'replace', 'source']);
    const none = refusal({
      id: 'newer',
      classes: { II: { limits: { dailyOutflow: { replace: { amount: '50000.00' } } as never } } },
    });
    expect(none.issues[0]!.path).toEqual([...DAILY, 'replace', 'source']);
  });
});

describe('an amount given as a JSON number', () => {
  it('dailyOutflow: 5000 reports exactly "amount must be a decimal string", with the path', () => {
    const error = refusal({
      id: 'mine',
      classes: { II: { limits: { dailyOutflow: 5000 as never } } },
    });
    expect(error.issues).toHaveLength(1);
    expect(error.issues[0]!.path).toEqual(DAILY);
    expect(error.issues[0]!.message).toMatch(/^amount must be a decimal string/);
  });

  it('{ limit: { amount: 5000 } } reports it at limit.amount', () => {
    const error = refusal({
      id: 'mine',
      classes: { II: { limits: { dailyOutflow: { limit: { amount: 5000 as never } } } } },
    });
    expect(error.issues).toEqual([
      {
        path: [...DAILY, 'limit', 'amount'],
        message: expect.stringMatching(/^amount must be a decimal string/),
      },
    ]);
  });
});

/** Amount limits of the base's Class II and III, with their regulatory amounts in fen. */
const AMOUNT_LIMITS = base.classes
  .filter((c) => c.id === 'II' || c.id === 'III')
  .flatMap((c) =>
    c.limits.flatMap((l) =>
      l.type === 'window_count'
        ? []
        : [{ cls: c.id, id: l.id, fen: BigInt(l.limit.amount.replace('.', '')) }],
    ),
  );
const yuan = (fen: bigint) => `${fen / 100n}.${String(fen % 100n).padStart(2, '0')}`;

describe('properties', () => {
  test.prop(
    [
      fc.array(
        fc.record({
          limit: fc.constantFrom(...AMOUNT_LIMITS),
          share: fc.integer({ min: 0, max: 100 }),
        }),
        { minLength: 1, maxLength: 4 },
      ),
      fc.array(
        fc.record({
          cls: fc.constantFrom('II', 'III'),
          fen: fc.bigInt({ min: 1n, max: 3_000_000n }),
          kind: fc.constantFrom('transfer_out' as const, 'payment' as const),
        }),
        { minLength: 1, maxLength: 5 },
      ),
    ],
    { numRuns: 40 },
  )('a tightened preset allows a subset of what its base allows', (changes, txs) => {
    const classes: Record<string, { limits: Record<string, string> }> = {};
    for (const { limit, share } of changes) {
      classes[limit.cls] ??= { limits: {} };
      classes[limit.cls]!.limits[limit.id] = yuan((limit.fen * BigInt(share)) / 100n);
    }
    const mine = derivePreset(base, { id: 'tight', classes });
    for (const { cls, fen, kind } of txs) {
      const tx = transfer(yuan(fen), kind);
      if (allows(mine, cls, tx)) expect(allows(base, cls, tx)).toBe(true);
    }
  });

  test.prop([fc.constantFrom(...AMOUNT_LIMITS), fc.bigInt({ min: 1n, max: 10n ** 12n })], {
    numRuns: 40,
  })('raising any regulatory amount without replace is refused', (limit, extra) => {
    const error = refusal({
      id: 'loose',
      classes: { [limit.cls]: { limits: { [limit.id]: yuan(limit.fen + extra) } } },
    });
    expect(error.issues.map((i) => i.path)).toEqual([['classes', limit.cls, 'limits', limit.id]]);
  });
});
