import { describe, expect, it } from 'vitest';
import { main } from '../main';
import { CLI_TRANSITION_ACCOUNT } from '../../../test/fixtures/cliExamples';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the parsed JSON output, read by shape in each test
type Json = any;

function cli(argv: string[], input: unknown): { code: number; out: Json } {
  let stdout = '';
  const code = main(['transition', ...argv], {
    readStdin: () => JSON.stringify(input),
    readFile: () => {
      throw new Error('no files here');
    },
    stdout: (text) => void (stdout += text),
    stderr: () => {},
  });
  return { code, out: JSON.parse(stdout) };
}

const ACCOUNT = CLI_TRANSITION_ACCOUNT;
const CLOSE = { type: 'close', at: '2026-11-22T10:00:00+08:00', channel: 'counter' };
const KEYS = ['rule', 'source', 'outcome', 'values', 'message'];

describe('account-policy transition --trace', () => {
  it('an allowed closure: every guard passed, in order, each with exactly the five keys (en)', () => {
    const { code, out } = cli(['--trace'], { account: ACCOUNT, event: CLOSE });
    expect(code).toBe(0);
    expect(out.ok).toBe(true);
    expect(Object.keys(out)).toEqual(['ok', 'account', 'effects', 'trace']);
    for (const e of out.trace) expect(Object.keys(e)).toEqual(KEYS);
    expect(out.trace.map((e: Json) => [e.rule, e.outcome])).toEqual([
      ['lifecycle.statuses.eventAfterOpening', 'passed'],
      ['lifecycle.statuses.transitionTable', 'passed'],
      ['lifecycle.closure.channels', 'passed'],
      ['lifecycle.closure.requireZeroBalance', 'passed'],
      ['lifecycle.closure.noFreezes', 'passed'],
      ['lifecycle.closure.noLossReport', 'passed'],
      ['lifecycle.closure.noPendingBusiness', 'passed'],
      ['lifecycle.closure.noLinkedServices', 'passed'],
    ]);
    expect(out.trace[3]).toEqual({
      rule: 'lifecycle.closure.requireZeroBalance',
      source: '《银行个人账户培训》 (bank training course)',
      outcome: 'passed',
      values: { balance: '0.00' },
      message: 'The balance is exactly zero (0.00).',
    });
    // Without --trace the output is what it always was.
    const { trace: _trace, ...rest } = out;
    expect(cli([], { account: ACCOUNT, event: CLOSE }).out).toEqual(rest);
  });

  it('an allowed closure in Chinese', () => {
    const { out } = cli(['--trace', '--lang', 'zh-CN'], { account: ACCOUNT, event: CLOSE });
    expect(out.trace[2].message).toBe('通过柜面办理，属于可办理渠道（柜面）。');
    expect(out.trace[3].message).toBe('账户余额为零（0.00）。');
  });

  it('a refused closure lists each reason as a failed entry with the reason’s message (en, zh-CN)', () => {
    const account = { ...ACCOUNT, balance: '12.30', linkedServices: ['payroll'] };
    for (const lang of ['en', 'zh-CN']) {
      const { code, out } = cli(['--trace', '--lang', lang], { account, event: CLOSE });
      expect(code).toBe(0);
      expect(out.ok).toBe(false);
      const failed = out.trace.filter((e: Json) => e.outcome === 'failed');
      expect(failed.map((e: Json) => e.message)).toEqual(out.reasons.map((r: Json) => r.message));
      expect(failed.map((e: Json) => e.rule)).toEqual([
        'lifecycle.closure.requireZeroBalance',
        'lifecycle.closure.noLinkedServices',
      ]);
      expect(failed[0].values).toEqual({ balance: '12.30' });
    }
  });

  it('a transition the table refuses stops the trace there', () => {
    const { out } = cli(['--trace', '--lang', 'zh-CN'], {
      account: { ...ACCOUNT, status: 'closed' },
      event: { type: 'activate', at: '2026-11-22T10:00:00+08:00' },
    });
    expect(out.trace).toEqual([
      expect.objectContaining({ rule: 'lifecycle.statuses.eventAfterOpening', outcome: 'passed' }),
      {
        rule: 'lifecycle.statuses.transitionTable',
        source: '《银行个人账户培训》 (bank training course)',
        outcome: 'failed',
        values: { event: 'activate', status: '已销户' },
        message: '账户已销户，销户后不可恢复。',
      },
    ]);
  });
});
