import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main, type CliIo } from './main';

function runCli(argv: string[], stdin = '', files: Record<string, string> = {}) {
  let out = '';
  let err = '';
  const io: CliIo = {
    readStdin: () => stdin,
    readFile: (path) => {
      if (!Object.hasOwn(files, path)) throw new Error(`ENOENT: no such file, open '${path}'`);
      return files[path]!;
    },
    stdout: (t) => void (out += t),
    stderr: (t) => void (err += t),
  };
  const status = main(argv, io);
  return { status, out, err, json: () => JSON.parse(out) };
}

describe('account-policy command conventions', () => {
  it('lists the presets', () => {
    const r = runCli(['presets']);
    expect(r.status).toBe(0);
    expect(r.json().presets.map((p: { id: string }) => p.id)).toEqual([
      'cn-pboc-2018',
      'cn-pboc-2016',
      'tiered-generic',
      'ng-cbn-kyc',
      'in-rbi-kyc',
      'eu-emoney-sdd',
    ]);
    expect(r.json().presets[0]).toMatchObject({ jurisdiction: 'CN', effectiveFrom: '2018-01-12' });
    expect(r.json().presets.slice(3)).toMatchObject([
      {
        jurisdiction: 'NG',
        currency: 'NGN',
        timeZone: 'Africa/Lagos',
        classes: ['tier1', 'tier2', 'tier3'],
      },
      {
        jurisdiction: 'IN',
        currency: 'INR',
        timeZone: 'Asia/Kolkata',
        classes: ['smallPpi', 'smallAccount', 'fullKycPpi', 'fullKycAccount'],
      },
      {
        jurisdiction: 'EU',
        currency: 'EUR',
        timeZone: 'Europe/Brussels',
        classes: ['sddNonReloadable', 'sddReloadable', 'cdd'],
      },
    ]);
  });

  it('gives titles in the chosen language', () => {
    expect(runCli(['presets', '--lang', 'zh-CN']).json().presets[0].title).toContain('人民银行');
    expect(runCli(['presets', '--lang=zh-CN']).json().presets[0].title).toContain('人民银行');
  });

  it('explains a preset as Markdown, the flag choosing the preset', () => {
    const r = runCli(['explain', '--preset', 'cn-pboc-2016']);
    expect(r.status).toBe(0);
    expect(r.out).toMatch(/^# PBOC personal bank account classes \(2016 edition\)/);
    expect(r.out).toContain('1,000.00 CNY');
  });

  it.each([
    [['nope'], 'Unknown command'],
    [['presets', '--bogus'], 'Unknown option'],
    [['presets', '--lang', 'fr'], '--lang must be en or zh-CN'],
    [['explain', '--preset', 'cn-pboc-1999'], 'Unknown preset'],
    [['explain', '--preset'], '--preset needs a value'],
    [['schema', 'nope'], 'schema needs one of'],
  ])('answers %j with exit 2 and a JSON invalid_input error', (argv, text) => {
    const r = runCli(argv);
    expect(r.status).toBe(2);
    const body = r.json();
    expect(body.error.code).toBe('invalid_input');
    expect(body.error.message).toContain(text);
    expect(Array.isArray(body.error.issues)).toBe(true);
    expect(r.out).not.toMatch(/\n\s+at /);
  });

  it.each([
    ['', 'Input is empty'],
    ['{"account":', 'not valid JSON'],
    ['[1,2', 'not valid JSON'],
  ])('refuses bad JSON input %j with exit 2', (stdin, text) => {
    const r = runCli(['check'], stdin);
    expect(r.status).toBe(2);
    expect(r.json().error.message).toContain(text);
  });

  it('reads --input FILE and reports a missing file as invalid input', () => {
    const r = runCli(['check', '--input', 'missing.json']);
    expect(r.status).toBe(2);
    expect(r.json().error.message).toContain('Cannot read input');
  });

  it.each(['check', 'transition', 'eligibility'])(
    'prints the JSON Schema of the %s input',
    (name) => {
      const r = runCli(['schema', name]);
      expect(r.status).toBe(0);
      const schema = r.json();
      expect(schema.$schema).toContain('json-schema.org');
      expect(schema.type).toBe('object');
      expect(Object.keys(schema.properties).length).toBeGreaterThan(2);
    },
  );

  it('without a command exits 2 with the JSON error at path ["command"], nothing else on stdout', () => {
    const r = runCli([]);
    expect(r.status).toBe(2);
    const body = r.json();
    expect(body.error.code).toBe('invalid_input');
    expect(body.error.message).toContain('No command given');
    expect(body.error.issues).toEqual([{ path: ['command'], message: body.error.message }]);
    // Flags alone are still no command.
    expect(runCli(['--lang', 'zh-CN']).json().error.issues[0].path).toEqual(['command']);
  });

  it.each([[['--help']], [['-h']], [['help']]])('%j prints the help text with exit 0', (argv) => {
    const r = runCli(argv);
    expect(r.status).toBe(0);
    expect(r.out).toContain('Usage: account-policy <command>');
    expect(r.out).toContain('Commands:');
    expect(r.err).toBe('');
  });

  it.each([[['help', 'check']], [['check', '--help']], [['check', '-h']]])(
    "%j prints the command's usage with exit 0, reading no input",
    (argv) => {
      const r = runCli(argv, 'not json');
      expect(r.status).toBe(0);
      expect(r.out).toContain(
        'Usage: account-policy check [--input FILE] [--preset ID] [--lang en|zh-CN]',
      );
    },
  );

  it('help for an unknown command is the JSON error at path ["command"]', () => {
    const r = runCli(['help', 'nope']);
    expect(r.status).toBe(2);
    expect(r.json().error.issues[0].path).toEqual(['command']);
  });

  it('--version prints the bare package version with exit 0', () => {
    const pkg = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as {
      version: string;
    };
    for (const argv of [['--version'], ['check', '--version']]) {
      const r = runCli(argv);
      expect(r.status).toBe(0);
      expect(r.out).toBe(`${pkg.version}\n`);
    }
  });

  it.each([
    [['-x'], '-x', 'Unknown option "-x"'],
    [['presets', '-x'], '-x', 'Unknown option "-x"'],
    [['check', '-'], '-', 'Unknown option "-"'],
    [['presets', '--bogus=1'], '--bogus', 'Unknown option "--bogus"'],
    [['presets', 'extra'], 'extra', 'Unexpected argument "extra": presets takes no arguments'],
    [['check', 'a.json'], 'a.json', 'Unexpected argument "a.json": check takes no arguments'],
    [['schema', 'check', 'more'], 'more', 'Unexpected argument "more": schema takes only NAME'],
    [['help', 'check', 'more'], 'more', 'Unexpected argument "more"'],
  ])('refuses %j as a JSON error (exit 2) naming %j', (argv, name, text) => {
    const r = runCli(argv, '{}');
    expect(r.status).toBe(2);
    const body = r.json();
    expect(body.error.code).toBe('invalid_input');
    expect(body.error.message).toContain(text);
    expect(body.error.issues[0].path).toEqual([name]);
  });
});
