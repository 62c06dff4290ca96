/**
 * The published package, as a user gets it: packs the tarball, installs it into a scratch
 * project, and uses it from `import` and `require`, through the `account-policy` bin, and
 * bundled (to show that one area does not drag in the others). Needs `npm run build` first
 * (`npm test` builds before running the tests).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pack, root, run } from './pack';

let scratch = '';

beforeAll(() => {
  if (!existsSync(join(root, 'dist', 'index.js')))
    throw new Error('dist/ is missing: run `npm run build` first');
  scratch = mkdtempSync(join(tmpdir(), 'account-policy-pkg-'));
  const tarball = pack(scratch);
  writeFileSync(
    join(scratch, 'package.json'),
    JSON.stringify({ name: 'scratch', version: '1.0.0', private: true }),
  );
  run(
    'npm',
    ['install', '--no-audit', '--no-fund', '--prefer-offline', tarball, 'esbuild@0.27.7'],
    scratch,
  );
});

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

describe('the packed package', () => {
  it('works from import (ESM) through every subpath', () => {
    const script = `
      import { getPreset } from 'account-policy/presets';
      import { CN_PBOC_2018 } from 'account-policy/presets/cn-pboc-2018';
      import { EU_EMONEY_SDD } from 'account-policy/presets/eu-emoney-sdd';
      import { parseMoney, formatMoney, addMoney } from 'account-policy/money';
      import { calendarWindow, formatInstant, parseInstant } from 'account-policy/time';
      import { MESSAGES } from 'account-policy/messages';
      import * as all from 'account-policy';
      import * as schemas from 'account-policy/schemas';
      import * as limits from 'account-policy/limits';
      import * as lifecycle from 'account-policy/lifecycle';
      import * as kyc from 'account-policy/kyc';
      const p = getPreset('cn-pboc-2018');
      const w = calendarWindow(parseInstant('2026-11-22T10:00:00+08:00'), 'day', p.timeZone);
      console.log(JSON.stringify({
        id: p.id,
        sum: formatMoney(addMoney(parseMoney('0.10', 'CNY'), parseMoney('0.20', 'CNY'))),
        end: formatInstant(w.end, p.timeZone),
        codes: Object.keys(MESSAGES).length > 10,
        areas: [schemas, limits, lifecycle, kyc].every((m) => Object.keys(m).length > 0),
        root: typeof all.getPreset,
        ownModules: CN_PBOC_2018 === p && EU_EMONEY_SDD === getPreset('eu-emoney-sdd'),
      }));`;
    writeFileSync(join(scratch, 'esm.mjs'), script);
    expect(JSON.parse(run('node', ['esm.mjs'], scratch))).toEqual({
      id: 'cn-pboc-2018',
      sum: '0.30',
      end: '2026-11-23T00:00:00+08:00',
      codes: true,
      areas: true,
      root: 'function',
      ownModules: true,
    });
  });

  it('works from require (CommonJS), with typed errors', () => {
    const script = `
      const { parseMoney } = require('account-policy/money');
      const { AccountPolicyError, getPreset } = require('account-policy');
      let code = null;
      try { parseMoney('1e1000000000', 'CNY'); } catch (e) { code = e.code; }
      console.log(JSON.stringify({ code, isTyped: (() => { try { getPreset('nope'); } catch (e) { return e instanceof AccountPolicyError; } })() }));`;
    writeFileSync(join(scratch, 'cjs.cjs'), script);
    expect(JSON.parse(run('node', ['cjs.cjs'], scratch))).toEqual({
      code: 'invalid_amount',
      isTyped: true,
    });
  });

  it('ships the account-policy command', () => {
    const out = JSON.parse(
      run(join(scratch, 'node_modules', '.bin', 'account-policy'), ['presets'], scratch),
    );
    expect(out.presets.map((p: { id: string }) => p.id)).toEqual([
      'cn-pboc-2018',
      'cn-pboc-2016',
      'tiered-generic',
      'ng-cbn-kyc',
      'in-rbi-kyc',
      'eu-emoney-sdd',
    ]);
  });

  it('ships the command with --version, bad arguments answered with the JSON error', () => {
    const bin = join(scratch, 'node_modules', '.bin', 'account-policy');
    const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      version: string;
    };
    expect(run(bin, ['--version'], scratch)).toBe(`${version}\n`);
    expect(run(bin, ['--help'], scratch)).toContain('Commands:');
    const none = spawnSync(bin, [], { cwd: scratch, encoding: 'utf8' });
    expect(none.status).toBe(2);
    expect(JSON.parse(none.stdout).error.issues[0].path).toEqual(['command']);
  });

  it('ships the documents the README links to, and the licence', () => {
    const installed = join(scratch, 'node_modules', 'account-policy');
    for (const file of ['LICENSE', 'docs/cli.md', 'docs/lifecycle.md', 'docs/presets'])
      expect(existsSync(join(installed, file)), file).toBe(true);
  });

  it('lets a front end import the schemas without decimal.js or the lifecycle code', () => {
    writeFileSync(
      join(scratch, 'front.mjs'),
      `import * as s from 'account-policy/schemas'; console.log(Object.keys(s).length);`,
    );
    run(
      join(scratch, 'node_modules', '.bin', 'esbuild'),
      [
        'front.mjs',
        '--bundle',
        '--format=esm',
        '--platform=browser',
        '--metafile=meta.json',
        '--outfile=out.mjs',
      ],
      scratch,
    );
    const inputs = Object.keys(
      JSON.parse(readFileSync(join(scratch, 'meta.json'), 'utf8')).inputs as object,
    );
    expect(inputs.some((i) => i.includes('decimal.js'))).toBe(false);
    expect(inputs.some((i) => i.includes('date-fns'))).toBe(false);
    const bundle = readFileSync(join(scratch, 'out.mjs'), 'utf8');
    expect(bundle).not.toMatch(/advanceAccount|transitionTable|PolicyDecimal/);
    // And the schemas are in it, and work: an empty or broken bundle passes none of this.
    expect(inputs.some((i) => /account-policy[\\/]dist[\\/]schemas/.test(i))).toBe(true);
    expect(bundle).toContain('openingFormSchema');
    expect(Number(run(process.execPath, ['out.mjs'], scratch).trim())).toBeGreaterThan(20);
  });

  it('is clean under publint --strict and attw (every resolution, node10 included)', () => {
    run(join(root, 'node_modules', '.bin', 'publint'), ['--strict'], root);
    run(join(root, 'node_modules', '.bin', 'attw'), ['--pack', '.'], root);
  });
});
