import { describe, expect, it } from 'vitest';
import { AccountPolicyError } from '../../errors';
import type { Lang } from '../../messages/lang';
import type { CommandContext } from '../context';
import { main } from '../main';
import { COMMANDS } from './index';
import { monitorCommand } from './monitor';
import { CLI_MONITOR_EXAMPLE } from '../../../test/fixtures/cliExamples';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the JSON output, read by shape in each test
type Json = any;

const EXAMPLE = CLI_MONITOR_EXAMPLE;

/** Runs the command with a fake context (as main would, without the process). */
function runCommand(input: unknown, options: { lang?: Lang; preset?: string } = {}): Json {
  const ctx: CommandContext = {
    args: [],
    lang: options.lang ?? 'en',
    presetFlag: options.preset,
    readInput: () => input,
  };
  const output = monitorCommand.run(ctx);
  expect(output.kind).toBe('json');
  return JSON.parse(JSON.stringify(output.value));
}

function refusal(input: unknown, options?: { preset?: string }): AccountPolicyError {
  try {
    runCommand(input, options);
  } catch (error) {
    if (error instanceof AccountPolicyError) return error;
    throw error;
  }
  throw new Error('expected the command to refuse the input');
}

describe('monitorCommand', () => {
  it('says when alerts were left out: truncated and omitted, only then', () => {
    const start = Date.parse('2026-01-05T10:00:00+08:00');
    const history = Array.from({ length: 130 }, (_, i) => ({
      at: new Date(start + i * 86_400_000).toISOString(),
      amount: '30000.01',
      kind: 'payment',
    }));
    const out = runCommand({ ...EXAMPLE, history, now: '2026-12-01T00:00:00+08:00' });
    expect(out.alerts).toHaveLength(100);
    expect(out).toMatchObject({ truncated: true, omitted: { large_transaction: 30 } });
    expect(Object.keys(runCommand(EXAMPLE))).toEqual(['preset', 'alerts']);
  });

  it('prints every alert with code, severity, evidence, source and message', () => {
    const out = runCommand(EXAMPLE);
    expect(out.preset).toBe('tiered-generic');
    expect(out.alerts.map((a: Json) => a.code)).toEqual(['large_transaction', 'rapid_in_out']);
    expect(out.alerts[0]).toMatchObject({
      code: 'large_transaction',
      severity: 'medium',
      source: '《账户分层分级管理办法》 (bank internal policy)',
      evidence: { amount: '30000.01', threshold: '30000.00', class: 'intermediate' },
    });
    for (const alert of out.alerts) {
      expect(['low', 'medium', 'high']).toContain(alert.severity);
      expect(typeof alert.message).toBe('string');
      expect(typeof alert.source).toBe('string');
    }
  });

  it('prints [] when nothing is suspicious', () => {
    expect(runCommand({ ...EXAMPLE, history: [] }).alerts).toEqual([]);
  });

  it('the --preset flag wins over the input’s preset; the default is cn-pboc-2018', () => {
    const classI = { ...EXAMPLE, account: { class: 'I' } };
    expect(runCommand(classI, { preset: 'cn-pboc-2018' }).preset).toBe('cn-pboc-2018');
    expect(refusal(classI).issues[0]!.path).toEqual(['account', 'class']); // no class I in tiered-generic
    const { preset: _, ...noPreset } = EXAMPLE;
    const out = runCommand({ ...noPreset, account: { class: 'I' } });
    expect(out.preset).toBe('cn-pboc-2018');
    expect(out.alerts.map((a: Json) => a.code)).toEqual(['rapid_in_out']);
  });

  it('writes messages in Chinese with --lang zh-CN', () => {
    const out = runCommand(EXAMPLE, { lang: 'zh-CN' });
    expect(out.alerts[0].message).toContain('超过中级层级的单笔审核金额');
  });

  it('refuses invalid input with invalid_input and every issue’s path', () => {
    const error = refusal({
      account: {},
      history: [{ at: 'yesterday', amount: 5, kind: 'payment' }],
    });
    expect(error.code).toBe('invalid_input');
    expect(error.issues.map((i) => i.path)).toEqual([
      ['account', 'class'],
      ['history', 0, 'at'],
      ['history', 0, 'amount'],
      ['now'],
    ]);
    expect(refusal({ ...EXAMPLE, account: { class: 'III' } }).issues[0]!.path).toEqual([
      'account',
      'class',
    ]);
    const future = { ...EXAMPLE, now: '2026-11-22T09:30:00+08:00' };
    expect(refusal(future).issues[0]).toEqual({
      path: ['history', 1, 'at'],
      message: 'is after now: the history holds past transactions',
    });
    expect(refusal(EXAMPLE, { preset: 'nope' }).code).toBe('unknown_preset');
  });
});

/** The contract through `main`, once the command is registered in COMMANDS. */
describe.runIf(Object.hasOwn(COMMANDS, 'monitor'))('account-policy monitor (main)', () => {
  function cli(argv: string[], input: unknown): { code: number; out: Json } {
    let stdout = '';
    const code = main(['monitor', ...argv], {
      readStdin: () => (typeof input === 'string' ? input : JSON.stringify(input)),
      readFile: () => {
        throw new Error('no files here');
      },
      stdout: (text) => void (stdout += text),
      stderr: () => {},
    });
    return { code, out: JSON.parse(stdout) };
  }

  it('exit 0 with the alerts; [] when nothing is suspicious', () => {
    const { code, out } = cli([], EXAMPLE);
    expect(code).toBe(0);
    expect(out.alerts.map((a: Json) => a.code)).toEqual(['large_transaction', 'rapid_in_out']);
    expect(cli([], { ...EXAMPLE, history: [] })).toEqual({
      code: 0,
      out: { preset: 'tiered-generic', alerts: [] },
    });
  });

  it('exit 2 with the contract’s error for invalid input, never a stack trace', () => {
    const { code, out } = cli([], { ...EXAMPLE, history: [{ ...EXAMPLE.history[0], amount: 1 }] });
    expect(code).toBe(2);
    expect(out.error.code).toBe('invalid_input');
    expect(out.error.issues[0].path).toEqual(['history', 0, 'amount']);
    expect(cli([], 'not json').code).toBe(2);
    expect(cli(['--lang', 'zh-CN'], EXAMPLE).out.alerts[0].message).toContain('审核金额');
  });
});
