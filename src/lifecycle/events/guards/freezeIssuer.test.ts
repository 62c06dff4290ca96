import { describe, expect, it } from 'vitest';
import { getPreset } from '../../../presets';
import { ACCOUNTS, T0 } from '../../fixtures.testkit';
import { transition } from '../../transition';
import type { FreezeRequest } from '../../events';

const preset = getPreset('cn-pboc-2018');
const place = (freeze: FreezeRequest, lang: 'en' | 'zh-CN' = 'en') =>
  transition(ACCOUNTS.normal, { type: 'freeze', at: T0, freeze }, preset, { lang, trace: true });

describe('guard freezeIssuer (lifecycle.freezes.stop_payment.issuers)', () => {
  it('places a stop-payment ordered by a public security organ, for 48 hours by default', () => {
    const r = place({ id: 'S', kind: 'stop_payment', scope: 'debit', issuer: 'public_security' });
    expect(r.ok && r.account.freezes).toEqual([
      {
        id: 'S',
        kind: 'stop_payment',
        scope: 'debit',
        from: T0,
        until: '2026-11-24T10:00:00+08:00',
        issuer: 'public_security',
      },
    ]);
    expect(r.trace.find((e) => e.rule === 'lifecycle.freezes.stop_payment.issuers')).toEqual({
      rule: 'lifecycle.freezes.stop_payment.issuers',
      source: '银发〔2016〕86号',
      outcome: 'passed',
      code: 'trace_freeze_issuer_allowed',
      values: {
        freezeKind: 'Emergency stop-payment (ordered by the police)',
        issuer: 'a public security organ (the police)',
        allowed: 'a public security organ (the police)',
      },
    });
  });

  it('refuses a stop-payment that names no issuer, or the bank itself', () => {
    const none = place({ id: 'S', kind: 'stop_payment', scope: 'debit' });
    expect(none.ok || none.reasons).toEqual([
      {
        code: 'freeze_issuer_not_allowed',
        freezeKind: 'stop_payment',
        issuer: null,
        allowedIssuers: ['public_security'],
        source: '银发〔2016〕86号',
        sourceKey: 'pboc-2016-86',
        message:
          'Emergency stop-payment (ordered by the police): only a public security organ (the police) may order it, not an unstated authority.',
      },
    ]);
    const bank = place({ id: 'S', kind: 'stop_payment', scope: 'debit', issuer: 'bank' }, 'zh-CN');
    expect(bank.ok || bank.reasons.map((x) => x.message)).toEqual([
      '紧急止付（公安机关）仅能由公安机关作出，银行自身无权作出。',
    ]);
    expect(bank.trace.filter((e) => e.outcome === 'failed').map((e) => e.code)).toEqual([
      'freeze_issuer_not_allowed',
    ]);
  });

  it('does not apply to the bank’s own risk hold', () => {
    const r = place({ id: 'H', kind: 'risk_hold', scope: 'all' });
    expect(r.ok).toBe(true);
    expect(r.trace.find((e) => e.rule === 'lifecycle.freezes.risk_hold.issuers')?.outcome).toBe(
      'not_applicable',
    );
  });
});
