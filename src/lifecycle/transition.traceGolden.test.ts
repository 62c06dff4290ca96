/*
 * The traces a reviewer reads, pinned: for every status and event type (the favourable case and
 * the changes that make guards fail), each entry's outcome, rule path, code and compared values,
 * in English, with the message of each failed entry in both languages. A change to what a trace
 * says shows up in review as a change to this file's snapshot; the laws of traces (every reason
 * a failed entry, …) are properties in transition.trace.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { explainDecision } from '../messages/explainDecision';
import { getPreset } from '../presets';
import { LIFECYCLE_EVENT_TYPES, type LifecycleEvent } from './events';
import { favourable, hoursAfterT0 } from './fixtures.testkit';
import { safeTransition } from './transition';
import { ACCOUNT_STATUSES, type AccountState } from './types';

const preset = getPreset('cn-pboc-2018');

type Variant = (a: AccountState, e: LifecycleEvent) => { a: AccountState; e: LifecycleEvent };
const VARIANTS: { readonly [name: string]: Variant } = {
  favourable: (a, e) => ({ a, e }),
  'no channel': (a, e) => {
    const { channel: _c, ...rest } = e;
    return { a, e: rest as LifecycleEvent };
  },
  online: (a, e) => ({ a, e: { ...e, channel: 'online' } as LifecycleEvent }),
  'balance, services, business': (a, e) => ({
    a: { ...a, balance: '12.30', linkedServices: ['payroll'], pendingBusiness: ['loan'] },
    e,
  }),
  'loss reported, identity not verified': (a, e) => ({
    a: { ...a, lossReport: { at: hoursAfterT0(-2), channel: 'phone' as const } },
    e: { ...e, identityVerified: false } as LifecycleEvent,
  }),
  'stop-payment in force': (a, e) => ({
    a: {
      ...a,
      freezes: [
        ...a.freezes,
        { id: 'Z', kind: 'stop_payment' as const, scope: 'all' as const, from: hoursAfterT0(-1) },
      ],
    },
    e: e.type === 'unfreeze' ? ({ ...e, id: 'Z' } as LifecycleEvent) : e,
  }),
  'key fields without proof or approval': (a, e) =>
    e.type === 'change_information'
      ? {
          a,
          e: {
            type: e.type,
            at: e.at,
            channel: 'counter',
            changes: [
              { field: 'name', value: '王五' },
              { field: 'nickname', value: 'w' },
            ],
            enteredBy: 'teller',
          },
        }
      : { a, e },
  'approved by the same person': (a, e) =>
    e.type === 'change_information'
      ? {
          a,
          e: {
            ...e,
            channel: 'counter',
            changes: [{ field: 'name', value: '王五' }],
            proof: 'P-1',
            approvedBy: 'teller',
            enteredBy: 'teller',
          },
        }
      : { a, e },
};

function traceLines(a: AccountState, e: LifecycleEvent): string[] {
  const en = safeTransition(a, e, preset, { trace: true });
  if (!en.ok)
    return [`invalid: ${en.error.code} ${en.error.issues.map((i) => i.path.join('.')).join(', ')}`];
  const zh = safeTransition(a, e, preset, { trace: true, lang: 'zh-CN' });
  const enTrace = explainDecision(en.value);
  const zhTrace = zh.ok ? explainDecision(zh.value, { lang: 'zh-CN' }) : [];
  return enTrace.map((t, i) => {
    const head = `${t.outcome} ${t.rule} ${t.code} ${JSON.stringify(t.values)}`;
    return t.outcome === 'failed' ? `${head}\n    ${t.message}\n    ${zhTrace[i]?.message}` : head;
  });
}

describe('transition traces, pinned', () => {
  for (const [name, variant] of Object.entries(VARIANTS)) {
    it(`every status and event: ${name}`, () => {
      const out: { [key: string]: string[] } = {};
      for (const status of ACCOUNT_STATUSES)
        for (const type of LIFECYCLE_EVENT_TYPES) {
          const { account, event } = favourable(status, type);
          const { a, e } = variant(account, event);
          out[`${status} ${type}`] = traceLines(a, e);
        }
      expect(out).toMatchSnapshot();
    });
  }
});
