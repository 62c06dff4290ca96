import { describe, expect, it } from 'vitest';
import { main } from '../main';
import { CLI_CHECK_EXAMPLE } from '../../../test/fixtures/cliExamples';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the parsed JSON output, read by shape in each test
type Json = any;

function cli(argv: string[], input: unknown): { code: number; out: Json } {
  let stdout = '';
  const code = main(['check', ...argv], {
    readStdin: () => (typeof input === 'string' ? input : JSON.stringify(input)),
    readFile: () => {
      throw new Error('no files here');
    },
    stdout: (text) => void (stdout += text),
    stderr: () => {},
  });
  return { code, out: JSON.parse(stdout) };
}

const EXAMPLE = CLI_CHECK_EXAMPLE;

describe('account-policy check', () => {
  it('decides the CLI.md example exactly as the contract shows', () => {
    const { code, out } = cli([], EXAMPLE);
    expect(code).toBe(0);
    expect(out.allowed).toBe(false);
    expect(out.violations).toHaveLength(1);
    expect(out.violations[0]).toMatchObject({
      code: 'daily_outflow_limit',
      limit: '10000.00',
      used: '9000.00',
      requested: '1500.00',
      remaining: '1000.00',
      resetsAt: '2026-11-23T00:00:00+08:00',
      rule: 'classes.II.limits.dailyOutflow',
      source: '银发〔2016〕302号',
    });
    expect(typeof out.violations[0].message).toBe('string');
    expect(out.headroom).toMatchObject({ dailyOutflow: '1000.00', annualOutflow: '191000.00' });
  });
  it('equality reaches the limit: 1,000.00 is allowed with violations [], 1,000.01 is not', () => {
    const ok = cli([], { ...EXAMPLE, transaction: { ...EXAMPLE.transaction, amount: '1000.00' } });
    expect(ok.code).toBe(0);
    expect(ok.out).toMatchObject({ allowed: true, violations: [] });
    expect(
      cli([], { ...EXAMPLE, transaction: { ...EXAMPLE.transaction, amount: '1000.01' } }).out
        .allowed,
    ).toBe(false);
  });
  it('writes messages in zh-CN with --lang zh-CN', () => {
    expect(cli(['--lang', 'zh-CN'], EXAMPLE).out.violations[0].message).toContain('日累计支出限额');
  });
  it('--preset wins over the input; history is optional', () => {
    const input = {
      preset: 'cn-pboc-2018',
      account: { class: 'III', balance: '0.00' },
      transaction: { at: '2026-11-22T10:00:00+08:00', amount: '3000.00', kind: 'payment' },
    };
    expect(cli([], input).out.violations.map((v: Json) => v.code)).toEqual(['daily_outflow_limit']);
    // 2016 edition: 5,000 per day
    expect(cli(['--preset', 'cn-pboc-2016'], input).out).toMatchObject({
      allowed: true,
      preset: 'cn-pboc-2016',
    });
    const tiered = cli(['--preset', 'tiered-generic'], {
      ...input,
      account: { class: 'basic', balance: '0.00' },
    });
    expect(tiered.out.violations[0]).toMatchObject({
      code: 'daily_outflow_limit',
      limit: '1000.00',
    });
  });
  it('refuses for the account state (a freeze) and the kind (cash on Class III), listing both', () => {
    const { out } = cli([], {
      account: {
        class: 'III',
        balance: '0.00',
        status: 'normal',
        freezes: [
          {
            id: 'F1',
            kind: 'judicial',
            scope: 'all',
            from: '2026-11-01T00:00:00+08:00',
            authority: 'court',
          },
        ],
      },
      transaction: { at: '2026-11-22T10:00:00+08:00', amount: '100.00', kind: 'deposit_cash' },
    });
    expect(out.violations.map((v: Json) => v.code)).toEqual([
      'account_state',
      'kind_not_permitted',
    ]);
  });
  it('an amount given as a JSON number is invalid input (exit 2) naming every path', () => {
    const { code, out } = cli([], {
      ...EXAMPLE,
      transaction: { ...EXAMPLE.transaction, amount: 1500 },
      account: { ...EXAMPLE.account, balance: 1500 },
    });
    expect(code).toBe(2);
    expect(out.error.code).toBe('invalid_input');
    expect(out.error.issues.map((i: Json) => i.path)).toEqual([
      ['account', 'balance'],
      ['transaction', 'amount'],
    ]);
    expect(out.error.issues[0].message).toMatch(/decimal string/);
  });
  it.each([
    [
      'an unknown class',
      { ...EXAMPLE, account: { ...EXAMPLE.account, class: 'IV' } },
      ['account', 'class'],
    ],
    ['an unknown preset', { ...EXAMPLE, preset: 'cn-pboc-1999' }, ['preset']],
    [
      'an unknown kind',
      { ...EXAMPLE, transaction: { ...EXAMPLE.transaction, kind: 'gift' } },
      ['transaction', 'kind'],
    ],
    [
      'a time without offset',
      { ...EXAMPLE, transaction: { ...EXAMPLE.transaction, at: '2026-11-22T10:00:00' } },
      ['transaction', 'at'],
    ],
    [
      'too many decimals for CNY',
      { ...EXAMPLE, transaction: { ...EXAMPLE.transaction, amount: '1.005' } },
      ['transaction', 'amount'],
    ],
    [
      'a bad history entry',
      {
        ...EXAMPLE,
        history: [{ at: '2026-11-22T09:00:00+08:00', amount: '9,000', kind: 'payment' }],
      },
      ['history', 0, 'amount'],
    ],
    ['no transaction', { account: EXAMPLE.account }, ['transaction']],
  ])('%s is invalid input (exit 2)', (_, input, path) => {
    const { code, out } = cli([], input);
    expect(code).toBe(2);
    expect(out.error.code).toBe('invalid_input');
    expect(out.error.issues[0].path).toEqual(path);
  });
});

describe('account-policy check --trace', () => {
  it('adds every rule evaluated as exactly { rule, source, outcome, values, message }', () => {
    const plain = cli([], EXAMPLE);
    const traced = cli(['--trace'], EXAMPLE);
    expect(traced.code).toBe(0);
    const { trace, ...rest } = traced.out;
    expect(rest).toEqual(plain.out);
    for (const e of trace)
      expect(Object.keys(e).sort()).toEqual(['message', 'outcome', 'rule', 'source', 'values']);
    const daily = trace.find((e: Json) => e.rule === 'classes.II.limits.dailyOutflow');
    expect(daily.outcome).toBe('failed');
    expect(daily.message).toMatch(/^Daily outflow limit of 10000\.00 would be exceeded/);
  });
  it('renders the trace in --lang zh-CN; an allowed transaction has no failed entry', () => {
    const ok = { ...EXAMPLE, transaction: { ...EXAMPLE.transaction, amount: '1000.00' } };
    const { out } = cli(['--trace', '--lang', 'zh-CN'], ok);
    expect(out.allowed).toBe(true);
    expect(out.trace.some((e: Json) => e.outcome === 'failed')).toBe(false);
    const daily = out.trace.find((e: Json) => e.rule === 'classes.II.limits.dailyOutflow');
    expect(daily.message).toBe('未超过限额10000.00：已用9000.00，本次1000.00，原剩余1000.00。');
  });
});
