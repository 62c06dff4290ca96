import { describe, expect, it } from 'vitest';
import { main, type CliIo } from '../main';

function runCli(argv: string[]) {
  let out = '';
  const io: CliIo = {
    readStdin: () => '',
    readFile: () => '',
    stdout: (t) => void (out += t),
    stderr: () => undefined,
  };
  const status = main(argv, io);
  return { status, out, json: () => JSON.parse(out) };
}

describe('account-policy diff FROM TO', () => {
  it('lists the 2016 → 2018 changes value by value, with both sources (exit 0)', () => {
    const r = runCli(['diff', 'cn-pboc-2016', 'cn-pboc-2018']);
    expect(r.status).toBe(0);
    const body = r.json();
    expect(body.from).toBe('cn-pboc-2016');
    expect(body.to).toBe('cn-pboc-2018');
    const balance = body.changes.find(
      (c: { path: string }) => c.path === 'classes.III.limits.balance.limit.amount',
    );
    expect(balance).toEqual({
      path: 'classes.III.limits.balance.limit.amount',
      change: 'changed',
      from: '1000.00',
      to: '2000.00',
      sourceFrom: '银发〔2016〕302号',
      sourceTo: '银发〔2018〕16号',
      message: expect.stringContaining('1,000.00 CNY → 2,000.00 CNY'),
    });
    for (const c of body.changes) {
      expect(Object.keys(c).sort()).toEqual(
        ['change', 'from', 'message', 'path', 'sourceFrom', 'sourceTo', 'to'].sort(),
      );
      expect(['added', 'removed', 'changed']).toContain(c.change);
      expect(c.sourceFrom).not.toBe('');
      expect(c.sourceTo).not.toBe('');
    }
    expect(
      body.changes.find((c: { path: string }) => c.path === 'classes.III.limits.dailyInflow'),
    ).toMatchObject({ change: 'removed', to: null });
    expect(body.discrepancies[0].text).toContain('《银行个人账户培训》');
  });

  it('writes the messages in Chinese with --lang zh-CN, without raw identifiers', () => {
    const r = runCli(['diff', 'cn-pboc-2016', 'cn-pboc-2018', '--lang', 'zh-CN']);
    expect(r.status).toBe(0);
    const messages = r.json().changes.map((c: { message: string }) => c.message);
    expect(messages.join('\n')).toContain('Ⅲ类户 › 余额上限：由1,000.00 CNY改为2,000.00 CNY');
    for (const m of messages) expect(m).not.toMatch(/[a-z]+_[a-z]+/);
  });

  it('gives "changes": [] for the same preset', () => {
    const r = runCli(['diff', 'cn-pboc-2018', 'cn-pboc-2018']);
    expect(r.status).toBe(0);
    expect(r.json()).toEqual({ from: 'cn-pboc-2018', to: 'cn-pboc-2018', changes: [] });
  });

  it('prints the handbook page with --format markdown', () => {
    const r = runCli(['diff', 'cn-pboc-2016', 'cn-pboc-2018', '--format', 'markdown']);
    expect(r.status).toBe(0);
    expect(r.out).toMatch(/^# What changed from /);
    expect(r.out).toContain(
      '| 1,000.00 CNY | 2,000.00 CNY | 银发〔2016〕302号 → 银发〔2018〕16号 |',
    );
  });

  it.each([
    [['diff', 'cn-pboc-2016', 'nope'], 'Unknown preset'],
    [['diff', 'cn-pboc-2016'], 'diff needs two preset ids'],
    [['diff'], 'diff needs two preset ids'],
    [['diff', 'a', 'b', 'c'], 'Unexpected argument'],
    [['diff', 'cn-pboc-2016', 'cn-pboc-2018', '--format', 'yaml'], '--format must be'],
    [['presets', '--format', 'markdown'], 'does not take --format'],
  ])('answers %j with exit 2 and invalid_input', (argv, text) => {
    const r = runCli(argv);
    expect(r.status).toBe(2);
    expect(r.json().error.code).toBe('invalid_input');
    expect(r.json().error.message).toContain(text);
  });
});
