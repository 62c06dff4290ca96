import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { BANK_PRESET } from '../../test/fixtures/limitPresets';
import { explainDecision } from '../messages/explainDecision';
import { getPreset } from '../presets';
import {
  checkTransaction,
  checkTransactionFromHistory,
  createUsage,
  recordTransaction,
  safeCheckTransaction,
  safeCheckTransactionFromHistory,
  type TransactionInput,
} from '.';

const PBOC = getPreset('cn-pboc-2018');
const history: TransactionInput[] = [
  {
    at: '2026-11-22T09:00:00+08:00',
    amount: '9000.00',
    kind: 'transfer_out',
    counterparty: 'other',
  },
];
const tx = (amount: string): TransactionInput => ({
  at: '2026-11-22T10:00:00+08:00',
  amount,
  kind: 'transfer_out',
  counterparty: 'other',
});
const account = { class: 'II', balance: '20000.00' };

describe('checkTransaction { trace: true }', () => {
  it('allowed, in English: every rule passed or not applicable, sentences read aloud', () => {
    const d = checkTransactionFromHistory(account, tx('1000.00'), history, PBOC, { trace: true });
    expect(d.allowed).toBe(true);
    expect(d.trace.some((o) => o.outcome === 'failed')).toBe(false);
    const lines = explainDecision(d, { lang: 'en' });
    const daily = lines.find((l) => l.rule === 'classes.II.limits.dailyOutflow')!;
    expect(daily.message).toBe(
      'Within the limit of 10000.00: 9000.00 already used, 1000.00 requested, 1000.00 was left.',
    );
    expect(lines.map((l) => l.message).join(' ')).not.toMatch(/\{[A-Za-z]+\}/);
  });
  it('refused, in Chinese: the violation is a failed entry rendered from its own message', () => {
    const d = checkTransactionFromHistory(account, tx('1500.00'), history, PBOC, {
      trace: true,
      lang: 'zh-CN',
    });
    expect(d.allowed).toBe(false);
    const lines = explainDecision(d, { lang: 'zh-CN' });
    const daily = lines.find((l) => l.rule === 'classes.II.limits.dailyOutflow')!;
    expect(daily.outcome).toBe('failed');
    expect(daily.code).toBe('daily_outflow_limit');
    expect(daily.message).toBe(
      '将超过日累计支出限额10000.00：今日已用9000.00，本次1500.00，剩余1000.00，于2026-11-23T00:00:00+08:00重置。',
    );
    const passed = lines.find((l) => l.rule === 'classes.II.limits.annualOutflow')!;
    expect(passed.message).toMatch(/^未超过限额/);
    expect(lines.map((l) => l.message).join('')).not.toMatch(/\{[A-Za-z]+\}/);
  });
  it('refused in English and allowed in Chinese render too', () => {
    const refused = checkTransactionFromHistory(account, tx('1500.00'), history, PBOC, {
      trace: true,
    });
    expect(explainDecision(refused).find((l) => l.outcome === 'failed')!.message).toMatch(
      /^Daily outflow limit of 10000\.00 would be exceeded/,
    );
    const allowed = checkTransactionFromHistory(account, tx('10.00'), history, PBOC, {
      trace: true,
    });
    expect(explainDecision(allowed, { lang: 'zh-CN' })[0]!.message).toMatch(/允许/);
  });
  it('the safe twins carry the trace; a non-boolean trace option is invalid input', () => {
    const usage = createUsage(PBOC);
    const r = safeCheckTransaction(account, tx('1.00'), usage, PBOC, { trace: true });
    expect(r.ok && r.value.trace.length > 0).toBe(true);
    const h = safeCheckTransactionFromHistory(account, tx('1.00'), [], PBOC, { trace: true });
    expect(h.ok && h.value.trace.length > 0).toBe(true);
    const bad = safeCheckTransaction(account, tx('1.00'), usage, PBOC, {
      trace: 'yes' as unknown as boolean,
    });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error.issues[0]!.path).toEqual(['options', 'trace']);
  });
  it('without the option the decision has no trace key', () => {
    const d = checkTransaction(account, tx('1.00'), createUsage(PBOC), PBOC);
    expect('trace' in d).toBe(false);
  });
});

const KINDS = ['transfer_out', 'transfer_in', 'payment', 'withdraw_cash', 'deposit_cash'] as const;
const COUNTERPARTIES = ['other', 'bound', 'own'] as const;
const cents = fc.integer({ min: 0, max: 1_200_000 }).map((c) => (c / 100).toFixed(2));
const txArb = fc.record({
  minute: fc.integer({ min: 0, max: 60 * 24 * 40 }),
  amount: cents,
  kind: fc.constantFrom(...KINDS),
  counterparty: fc.constantFrom(...COUNTERPARTIES),
});
const at = (minute: number) => new Date(Date.UTC(2026, 10, 1) + minute * 60_000).toISOString();

describe('requirements in the trace', () => {
  // The 261号 example: 340,000.00 by online banking from a Class I account, 300,000.00 already
  // sent today. It is allowed, and it requires a digital certificate or electronic signature.
  const classI = { class: 'I', balance: '1000000.00' };
  const sent: TransactionInput[] = [
    {
      at: '2026-11-22T09:00:00+08:00',
      amount: '300000.00',
      kind: 'transfer_out',
      counterparty: 'other',
      channel: 'online',
    },
  ];
  const big: TransactionInput = { ...tx('40000.00'), channel: 'online' };

  it('a triggered requirement is a failed entry with its values and sentence, in both languages', () => {
    const d = checkTransactionFromHistory(classI, big, sent, PBOC, { trace: true });
    expect(d.allowed).toBe(true);
    const cert = d.trace.find((o) => o.code === 'non_counter_certificate_required')!;
    expect(d.requires.map((r) => r.code)).toContain('non_counter_certificate_required');
    expect(cert).toMatchObject({
      outcome: 'failed',
      rule: d.requires.find((r) => r.code === 'non_counter_certificate_required')!.rule,
      values: { threshold: '50000.00', total: '340000.00', requested: '40000.00', basis: 'usage' },
    });
    for (const lang of ['en', 'zh-CN'] as const) {
      const line = explainDecision(d, { lang }).find((l) => l.code === cert.code)!;
      expect(line.message).toMatch(/340,?000\.00/);
      expect(line.message).not.toMatch(/\{[A-Za-z]+\}/);
    }
  });

  it('below the threshold: a passed entry that says nothing is required; not before the rule', () => {
    const small = checkTransactionFromHistory(classI, { ...big, amount: '100.00' }, [], PBOC, {
      trace: true,
    });
    const below = small.trace.filter((o) => o.code === 'trace_requirement_below');
    expect(below.length).toBeGreaterThan(0);
    expect(below.every((o) => o.outcome === 'passed')).toBe(true);
    expect(
      explainDecision(small).find((l) => l.code === 'trace_requirement_below')!.message,
    ).toMatch(/does not reach the threshold/);
    const early = checkTransactionFromHistory(
      classI,
      { ...big, at: '2016-06-01T10:00:00+08:00' },
      [],
      getPreset('cn-pboc-2016'),
      { trace: true },
    );
    const notInForce = early.trace.find((o) => o.code === 'trace_requirement_not_in_force')!;
    // Its citation and values are made only for a trace (an untraced check skips them).
    expect(notInForce.source).not.toBe('');
    expect(notInForce.values).toMatchObject({ day: '2016-06-01' });
    expect(typeof notInForce.values.from).toBe('string');
    const notApplicable = early.trace.filter((o) => o.code === 'trace_requirement_not_applicable');
    expect(notApplicable.length).toBeGreaterThan(0);
    expect(notApplicable.every((o) => o.outcome === 'not_applicable' && o.source !== '')).toBe(
      true,
    );
    const { trace: _trace, ...untraced } = early;
    expect(
      checkTransactionFromHistory(
        classI,
        { ...big, at: '2016-06-01T10:00:00+08:00' },
        [],
        getPreset('cn-pboc-2016'),
      ),
    ).toEqual(untraced);
  });
});

describe('trace laws', () => {
  test.prop(
    [
      fc.array(txArb, { maxLength: 8 }),
      txArb,
      fc.constantFrom('I', 'II', 'III'),
      fc.constantFrom(PBOC, BANK_PRESET),
      fc.constantFrom('en', 'zh-CN' as const),
      fc.boolean(),
    ],
    { numRuns: 150 },
  )(
    'every violation and every requirement is a failed trace entry with its rule; untraced = traced minus trace',
    (past, next, cls, preset, lang, checkFunds) => {
      const input = ({ minute, ...rest }: typeof next, shift = 0): TransactionInput => ({
        ...rest,
        at: at(minute + shift),
      });
      const sorted = [...past].sort((a, b) => a.minute - b.minute);
      const entries = sorted.map((p) => input(p));
      const usage = entries.reduce((u, e) => recordTransaction(u, e), createUsage(preset));
      const t = input(next, sorted.at(-1)?.minute ?? 0);
      const acct = { class: cls, balance: '1000.00' };
      const traced = checkTransaction(acct, t, usage, preset, { lang, checkFunds, trace: true });
      const plain = checkTransaction(acct, t, usage, preset, { lang, checkFunds });
      const { trace, ...rest } = traced;
      expect(JSON.stringify(rest)).toBe(JSON.stringify(plain));
      const failed = trace.filter((o) => o.outcome === 'failed');
      const reported = [...traced.violations, ...traced.requires];
      expect(failed.map((o) => [o.rule, o.code])).toEqual(
        expect.arrayContaining(reported.map((v) => [v.rule, v.code])),
      );
      expect(failed).toHaveLength(reported.length);
      // Every rule evaluated cites its source; every requirement unit is in the trace.
      expect(trace.filter((o) => o.source === '')).toEqual([]);
      expect(
        trace.filter(
          (o) => o.code.includes('requirement') || traced.requires.some((r) => r.code === o.code),
        ),
      ).toHaveLength(5);
      for (const line of explainDecision(traced, { lang }))
        expect(line.message).not.toMatch(/\{[A-Za-z]+\}/);
      const h = checkTransactionFromHistory(acct, t, entries, preset, { lang, trace: true });
      const { trace: ht, ...hrest } = h;
      expect(JSON.stringify(hrest)).toBe(
        JSON.stringify(checkTransactionFromHistory(acct, t, entries, preset, { lang })),
      );
      expect(ht.filter((o) => o.outcome === 'failed')).toHaveLength(
        h.violations.length + h.requires.length,
      );
    },
  );
});
