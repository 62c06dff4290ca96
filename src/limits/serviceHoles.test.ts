/*
 * The holes a service found (issue 16), one test each; every one of them failed on the code
 * before the fix: an expired hold committed after its headroom was given away, reversals not
 * verified, idempotency by id incomplete, funds never checked, no versioned stored form.
 */
import { describe, expect, it } from 'vitest';
import { getPreset } from '../presets';
import {
  checkTransaction,
  checkTransactionFromHistory,
  commit,
  createUsage,
  expire,
  parseUsage,
  safeParseUsage,
  recordTransaction,
  reserve,
  serializeUsage,
  USAGE_FORMAT_VERSION,
  type LimitAccount,
  type TransactionInput,
  type Usage,
} from '.';
import { thrownBy } from '../../test/support/thrown';

const PBOC = getPreset();
const II: LimitAccount = { class: 'II', balance: '100000.00', faceToFaceVerified: true };
const at = (hh: number, mm = 0, ss = 0) =>
  `2026-11-22T${String(hh).padStart(2, '0')}:${String(mm).padStart(2, '0')}:${String(ss).padStart(2, '0')}+08:00`;
const out = (id: string, when: string, amount: string, extra: Partial<TransactionInput> = {}) =>
  ({
    id,
    at: when,
    amount,
    kind: 'transfer_out',
    counterparty: 'other',
    ...extra,
  }) as TransactionInput;

function held(usage: Usage, tx: TransactionInput): Usage {
  const r = reserve(II, tx, usage, PBOC);
  if (!r.ok) throw new Error(`expected a hold: ${JSON.stringify(r.decision.violations)}`);
  return r.usage;
}

/** The day's counted outflow of transfers to others. */
const dayOutflow = (u: Usage) =>
  (u.windows.day as { flows: Record<string, { amount: string }> }).flows['transfer_out:other']
    ?.amount;

describe('an expired hold cannot be committed after its headroom was given away', () => {
  const a = out('A', at(10), '9000.00');
  const b = out('B', at(10, 20), '9000.00');
  const withA = held(createUsage(PBOC), a);

  it('B is allowed at 10:20 (A expired at 10:15) and recording B drops A', () => {
    expect(checkTransaction(II, b, withA, PBOC).allowed).toBe(true);
    const afterB = recordTransaction(withA, b);
    expect(afterB.holds).toEqual([]);
    expect(dayOutflow(afterB)).toBe('9000.00');
  });

  it('commit needs now, and A cannot be committed then, even with a clock 40 s behind', () => {
    const afterB = recordTransaction(withA, b);
    expect(thrownBy(() => commit(afterB, 'A', undefined as never)).code).toBe('invalid_instant');
    for (const now of [at(10, 20, 1), at(10, 14, 20)])
      expect(thrownBy(() => commit(afterB, 'A', now)).code).toBe('invalid_state');
    // Before anything dropped it, A is still refused once expired.
    expect(thrownBy(() => commit(withA, 'A', at(10, 15))).message).toMatch(/expired at/);
    // Recording A itself after its expiry is refused the same way.
    expect(thrownBy(() => recordTransaction(withA, a, at(10, 16))).code).toBe('invalid_state');
  });
});

describe('reversals are verified', () => {
  const base = recordTransaction(createUsage(PBOC), out('p', at(9), '6000.00'));

  it('a reversal of a ghost id restores nothing: refused by the check, thrown by record', () => {
    const ghost = out('r', at(11), '6000.00', { reverses: { id: 'ghost', at: at(9) } });
    const d = checkTransaction(II, ghost, base, PBOC, { lang: 'zh-CN' });
    expect(d.violations.map((v) => v.code)).toEqual(['unknown_reversal']);
    expect(d.violations[0]!.message).toBe(
      '冲正所指的原交易ghost未记录，或其类型、对手方、时间不符。',
    );
    expect(thrownBy(() => recordTransaction(base, ghost)).code).toBe('invalid_reversal');
  });

  it('a reversal larger than what is left of its original is refused', () => {
    const part = out('r1', at(10), '4000.00', { reverses: { id: 'p', at: at(9) } });
    const u = recordTransaction(base, part);
    const more = out('r2', at(11), '2000.01', { reverses: { id: 'p', at: at(9) } });
    const d = checkTransaction(II, more, u, PBOC);
    expect(d.violations).toMatchObject([
      { code: 'reversal_exceeds_original', original: 'p', remaining: '2000.00' },
    ]);
    expect(thrownBy(() => recordTransaction(u, more)).code).toBe('invalid_reversal');
    expect(recordTransaction(u, { ...more, amount: '2000.00' }).version).toBe(u.version + 1);
  });

  it('with the whole history in hand: a ghost in the history restores nothing, an excess is refused', () => {
    const history = [
      out('p', at(9), '9000.00'),
      out('g', at(9, 30), '9000.00', { reverses: { id: 'ghost', at: at(9) } }),
    ];
    const next = checkTransactionFromHistory(II, out('n', at(12), '1001.00'), history, PBOC);
    expect(next.violations.map((v) => v.code)).toEqual(['daily_outflow_limit']);
    const excess = out('x', at(12), '9000.01', { reverses: { id: 'p', at: at(9) } });
    expect(
      checkTransactionFromHistory(II, excess, history, PBOC).violations.map((v) => v.code),
    ).toEqual(['reversal_exceeds_original']);
  });
});

describe('idempotency by id', () => {
  it('recording the same id and content twice counts once; other content is a conflict', () => {
    const tx = out('t', at(9), '6000.00');
    const once = recordTransaction(createUsage(PBOC), tx);
    expect(recordTransaction(once, tx)).toBe(once);
    expect(recordTransaction(once, { ...tx, at: at(9, 0, 1) })).toBe(once);
    expect(thrownBy(() => recordTransaction(once, { ...tx, amount: '6000.01' })).code).toBe(
      'conflicting_transaction',
    );
  });

  it('a settled hold is remembered past its expiry: a retry 15 minutes later replays', () => {
    const tx = out('h', at(10), '9000.00');
    const done = commit(held(createUsage(PBOC), tx), 'h', at(10, 5));
    const later = expire(done, at(10, 30));
    const retry = reserve(II, { ...tx, at: at(10, 30) }, later, PBOC);
    expect(retry).toMatchObject({ ok: true, replayed: true, holdState: 'committed' });
    expect(retry.usage).toBe(later);
    // Forgotten a day after its instant: then the id is new again.
    const dayLater = expire(later, '2026-11-23T10:00:00+08:00');
    expect(dayLater.settled).toEqual([]);
  });

  it('a retry whose at differs by a second replays instead of throwing', () => {
    const tx = out('h', at(10), '100.00');
    const u = held(createUsage(PBOC), tx);
    expect(reserve(II, { ...tx, at: at(10, 0, 1) }, u, PBOC)).toMatchObject({
      ok: true,
      replayed: true,
      usage: u,
    });
    expect(checkTransaction(II, { ...tx, at: at(10, 0, 1) }, u, PBOC).allowed).toBe(true);
  });
});

describe('sufficient funds (opt-in)', () => {
  const broke: LimitAccount = { class: 'II', balance: '-99999999999999999.99' };
  const pay = { at: at(10), amount: '1000.00', kind: 'payment', counterparty: 'other' } as const;

  it('refuses a debit the balance less pending debits does not cover, with checkFunds', () => {
    const usage = createUsage(PBOC);
    expect(checkTransaction(broke, pay, usage, PBOC).allowed).toBe(true);
    const d = checkTransaction(broke, pay, usage, PBOC, { checkFunds: true });
    expect(d.violations).toMatchObject([
      { code: 'insufficient_funds', available: '0.00', requested: '1000.00' },
    ]);
    const rich: LimitAccount = { class: 'II', balance: '1500.00' };
    const u = held(usage, out('h', at(9, 59), '600.00'));
    expect(checkTransaction(rich, pay, u, PBOC, { checkFunds: true }).violations).toMatchObject([
      { code: 'insufficient_funds', pending: '600.00', available: '900.00' },
    ]);
    expect(
      thrownBy(() => checkTransaction(rich, pay, u, PBOC, { checkFunds: 1 as never })).code,
    ).toBe('invalid_input');
  });
});

describe('versioned stored form', () => {
  it('round-trips, accepts the bare form of format 1, refuses what it cannot read', () => {
    const u = recordTransaction(createUsage(PBOC), out('t', at(9), '1.00'));
    const text = serializeUsage(u);
    expect(JSON.parse(text)).toMatchObject({ formatVersion: USAGE_FORMAT_VERSION });
    expect(parseUsage(text)).toEqual(u);
    expect(parseUsage(JSON.parse(text))).toEqual(u);
    expect(parseUsage(JSON.stringify(u))).toEqual(u);
    const future = JSON.stringify({ ...JSON.parse(text), formatVersion: 99 });
    expect(thrownBy(() => parseUsage(future)).message).toMatch(/newer than this library/);
    expect(thrownBy(() => parseUsage('{')).code).toBe('invalid_input');
    const broken = JSON.stringify({ ...JSON.parse(text), usage: { ...u, version: -1 } });
    expect(thrownBy(() => parseUsage(broken)).issues[0]!.path).toEqual(['usage', 'version']);
  });
});

describe('parseUsage refuses what is not a stored usage, naming the field', () => {
  it.each([
    ['not an object', '[]', []],
    ['another format', { format: 'x', formatVersion: 2, usage: {} }, ['format']],
    ['no version', { format: 'account-policy/usage', usage: {} }, ['formatVersion']],
    [
      'version 1 in an envelope',
      { format: 'account-policy/usage', formatVersion: 1 },
      ['formatVersion'],
    ],
    [
      'an extra field',
      { format: 'account-policy/usage', formatVersion: 2, usage: {}, x: 1 },
      ['x'],
    ],
  ])('%s', (_name, stored, path) => {
    const r = safeParseUsage(stored);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.issues[0]!.path).toEqual(['stored', ...path]);
  });
  it('refuses a text longer than any usage', () => {
    expect(thrownBy(() => parseUsage(' '.repeat(16 * 1024 * 1024 + 1))).code).toBe('invalid_input');
  });
});
