import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { explainDecision } from '../messages/explainDecision';
import { getPreset } from '../presets';
import { ACCOUNT_STATUSES, type AccountState } from './types';
import { LIFECYCLE_EVENT_TYPES, type LifecycleEvent } from './events';
import { favourable, hoursAfterT0 } from './fixtures.testkit';
import { safeTransition, transition } from './transition';

const preset = getPreset('cn-pboc-2018');

/** Changes that make guards fail (or not), so the property sees refusals of every kind. */
const mutation = fc.constantFrom(
  (a: AccountState, e: LifecycleEvent) => ({ a, e }),
  (a: AccountState, e: LifecycleEvent) => {
    const { channel: _c, ...rest } = e;
    return { a, e: rest as LifecycleEvent };
  },
  (a: AccountState, e: LifecycleEvent) => ({ a, e: { ...e, channel: 'online' } as LifecycleEvent }),
  (a: AccountState, e: LifecycleEvent) => ({
    a: { ...a, balance: '12.30', linkedServices: ['payroll'], pendingBusiness: ['loan'] },
    e,
  }),
  (a: AccountState, e: LifecycleEvent) => ({
    a: { ...a, lossReport: { at: hoursAfterT0(-2), channel: 'phone' as const } },
    e: { ...e, identityVerified: false } as LifecycleEvent,
  }),
  (a: AccountState, e: LifecycleEvent) => ({
    a: {
      ...a,
      freezes: [
        ...a.freezes,
        { id: 'Z', kind: 'stop_payment' as const, scope: 'all' as const, from: hoursAfterT0(-1) },
      ],
    },
    e: e.type === 'unfreeze' ? ({ ...e, id: 'Z' } as LifecycleEvent) : e,
  }),
  (a: AccountState, e: LifecycleEvent) => ({
    a,
    e: { ...e, at: '2000-01-01T00:00:00+08:00' } as LifecycleEvent,
  }),
);

const cases = fc
  .record({
    status: fc.constantFrom(...ACCOUNT_STATUSES),
    type: fc.constantFrom(...LIFECYCLE_EVENT_TYPES),
    mutate: mutation,
    lang: fc.constantFrom('en' as const, 'zh-CN' as const),
  })
  .map(({ status, type, mutate, lang }) => {
    const { account, event } = favourable(status, type);
    return { ...mutate(account, event), lang };
  });

describe('transition with { trace: true }', () => {
  it('every reason is a failed entry (same code, same message); untraced = traced minus trace', () => {
    fc.assert(
      fc.property(cases, ({ a, e, lang }) => {
        const traced = safeTransition(a, e, preset, { lang, trace: true });
        const plain = safeTransition(a, e, preset, { lang });
        if (!traced.ok) {
          expect(plain).toEqual(traced);
          return;
        }
        const { trace, ...rest } = traced.value as typeof traced.value & { trace: unknown };
        expect(plain.ok && plain.value).toStrictEqual(rest);
        const entries = explainDecision(traced.value, { lang });
        for (const entry of entries) {
          expect(entry.rule).toMatch(/^lifecycle\./);
          expect(entry.source).not.toBe('');
        }
        const failed = entries.filter((x) => x.outcome === 'failed');
        if (traced.value.ok) expect(failed).toEqual([]);
        else {
          expect(failed.map((x) => x.code)).toEqual(traced.value.reasons.map((r) => r.code));
          expect(failed.map((x) => x.message)).toEqual(traced.value.reasons.map((r) => r.message));
        }
        expect(Array.isArray(trace)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('validates its options: trace a boolean, no unknown option', () => {
    const { account, event } = favourable('normal', 'close');
    expect(() => transition(account, event, preset, { trace: 'yes' } as never)).toThrow(
      /options\.trace/,
    );
    expect(() => transition(account, event, preset, { traces: true } as never)).toThrow(
      /options\.traces/,
    );
    expect(() => transition(account, event, preset, { lang: 'fr' } as never)).toThrow(
      /options\.lang/,
    );
    expect(transition(account, event, preset, { trace: false })).not.toHaveProperty('trace');
  });
});

describe('guard inactivityElapsed (lifecycle.dormancy.inactivityPeriod)', () => {
  const idle = {
    ...favourable('normal', 'advance').account,
    lastActiveAt: '2025-11-22T10:00:00+08:00',
  };
  const mark = (at: string) =>
    transition(idle, { type: 'mark_dormant', at }, preset, { trace: true });
  it('an account is dormant at exactly the period, not a millisecond before', () => {
    const before = mark('2026-11-22T09:59:59.999+08:00');
    expect(before.ok || before.reasons.map((r) => [r.code, r.dormantFrom])).toEqual([
      ['inactivity_period_not_elapsed', '2026-11-22T10:00:00+08:00'],
    ]);
    const at = mark('2026-11-22T10:00:00+08:00');
    expect(at.ok && at.account.status).toBe('dormant');
    expect(at.trace.at(-1)).toMatchObject({ outcome: 'passed', code: 'trace_inactivity_elapsed' });
  });
});
