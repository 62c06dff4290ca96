/**
 * The consumer matrix: the packed tarball installed into fresh projects, as users meet it.
 *
 * - JavaScript: ESM (`import`) and CommonJS (`require`), run with node.
 * - TypeScript, strict with `exactOptionalPropertyTypes` and `skipLibCheck: false` (so the
 *   published declarations themselves are checked): `bundler`, `node16` CommonJS, `node16` ESM
 *   and `nodenext` ESM. Each is type-checked, compiled and run.
 * - zod, a peer dependency: the lowest version of the declared range and the newest one.
 *
 * Every consumer runs the same example (a refused Class II transfer, a closing refused for a
 * linked service, an eligibility decision, exact decimals, a form schema) and prints a JSON
 * summary that must equal the expected one. Installs are `--prefer-offline`: `npm ci` fills the
 * npm cache with decimal.js, the pinned zod and the lowest zod (the `zod-lowest` dev alias).
 * Needs `npm run build` first (`npm test` builds before running the tests).
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pack, root, run } from './pack';

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  peerDependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};
const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
/** The newest zod we test is the dev pin; the lowest is the `zod-lowest` alias (npm:zod@x). */
const ZOD_VERSIONS = {
  newest: pkg.devDependencies['zod']!,
  lowest: pkg.devDependencies['zod-lowest']!.replace(/^npm:zod@/, ''),
};
let scratch = '';
let tarball = '';

/** The example every consumer runs; `IMPORT` lines are filled in per module system. */
const EXAMPLE_BODY = `
const preset = getPreset('cn-pboc-2018');
if (CN_PBOC_2018 !== preset) throw new Error('the subpath and the registry give two objects');
let usage = createUsage(preset);
usage = recordTransaction(usage, { at: '2026-11-22T09:00:00+08:00', amount: '9000.00', kind: 'transfer_out', counterparty: 'other' });
const d = checkTransaction(
  { class: 'II', balance: '1500.00' },
  { at: '2026-11-22T10:00:00+08:00', amount: '1500.00', kind: 'transfer_out', counterparty: 'other' },
  usage,
  preset,
  { lang: 'zh-CN' },
);
const r = transition(
  { status: 'normal', balance: '0.00', openedAt: '2025-01-05T10:00:00+08:00', freezes: [], lossReport: null,
    pendingBusiness: [], linkedServices: ['payroll'] },
  { type: 'close', at: '2026-11-22T10:00:00+08:00', channel: 'counter' },
  preset,
);
const e = checkOpeningEligibility({
  requestedClass: 'II', today: '2026-11-22', channel: 'remote',
  applicant: { birthDate: '1949-12-31', verifications: ['id_network_check', 'bound_account_check'],
               document: { type: 'resident_id_card', number: '11010519491231002X', expiresOn: '2036-01-01' } },
  existingAccounts: [{ class: 'I' }],
}, { preset });
const form = openingFormSchema('en', { today: '2026-11-22' }).safeParse({});
const goodForm = openingFormSchema('en', { today: '2026-11-22' }).safeParse({
  requestedClass: 'II', channel: 'remote', birthDate: '1949-12-31', documentType: 'resident_id_card',
  documentNumber: '11010519491231002X', documentExpiresOn: '',
});
let typed = false;
try { getPreset('nope' as never); } catch (err) { typed = err instanceof AccountPolicyError; }
console.log(JSON.stringify({
  allowed: d.allowed,
  code: d.violations[0]?.code,
  remaining: d.headroom.dailyOutflow,
  closeOk: r.ok,
  closeCode: r.ok ? null : r.reasons[0]?.code,
  eligible: e.eligible,
  decimal: new PolicyDecimal('0.1').plus('0.2').toString(),
  formOk: form.success,
  goodFormOk: goodForm.success,
  typed,
}));
`;
/**
 * Type-level promises, checked by every TypeScript consumer (compiled, never run): an unused
 * `@ts-expect-error` fails the compilation, so each line proves that its call is refused.
 */
const TYPE_CHECKS = `
import { getPreset, derivePreset, type Preset, type PbocClassId } from 'account-policy/presets';
import { checkTransaction, createUsage, type CheckDecision } from 'account-policy/limits';
import { checkOpeningEligibility } from 'account-policy/kyc';
import { detectAlerts } from 'account-policy/monitoring';

export function typeChecks(fromDb: string): void {
  const preset = getPreset('cn-pboc-2018');
  const usage = createUsage(preset);
  const tx = { at: '2026-11-22T10:00:00+08:00', amount: '1.00', kind: 'payment' } as const;
  // @ts-expect-error: no shipped preset has this id
  getPreset('cn-pboc-2019');
  // @ts-expect-error: 'IV' is not a class of the PBOC presets
  checkTransaction({ class: 'IV', balance: '0.00' }, tx, usage, preset);
  // @ts-expect-error: a tier of another preset
  checkTransaction({ class: 'basic', balance: '0.00' }, tx, usage, preset);
  // A class read from a database is a plain string: accepted, and checked at run time.
  checkTransaction({ class: fromDb, balance: '0.00' }, tx, usage, preset);
  const tiered = getPreset('tiered-generic');
  checkTransaction({ class: 'basic', balance: '0.00' }, tx, createUsage(tiered), tiered);
  // A preset of one's own, typed Preset, takes any class id (checked at run time).
  const mine: Preset = derivePreset(preset, { id: 'my-bank' });
  checkTransaction({ class: 'IV', balance: '0.00' }, tx, createUsage(mine), mine);
  // @ts-expect-error: deriving cannot name a class the base lacks
  derivePreset(preset, { id: 'x', classes: { IV: { limits: {} } } });
  const cls: PbocClassId = 'III';
  // @ts-expect-error: the default preset is PBOC's
  checkOpeningEligibility({ requestedClass: 'IV', today: '2026-11-22', channel: 'counter',
    applicant: { birthDate: '1990-01-01', verifications: [],
      document: { type: 'resident_id_card', number: 'x', expiresOn: '2036-01-01' } } });
  detectAlerts({ account: { class: cls }, history: [], now: '2026-11-22T10:00:00+08:00' });
  // @ts-expect-error: not a class of the preset passed
  detectAlerts({ account: { class: 'IV' }, history: [], now: '2026-11-22T10:00:00+08:00' }, { preset });
  // Decisions narrow on allowed: the refused side has at least one violation.
  const d: CheckDecision = checkTransaction({ class: cls, balance: '0.00' }, tx, usage, preset);
  if (!d.allowed) {
    const code: string = d.violations[0].code;
    void code;
  }
}
`;
const EXPECTED = {
  allowed: false,
  code: 'daily_outflow_limit',
  remaining: '1000.00',
  closeOk: false,
  closeCode: 'linked_services',
  eligible: true,
  decimal: '0.3',
  // An empty form is refused and a complete one accepted: a zod that refused everything (or
  // accepted everything) fails here.
  formOk: false,
  goodFormOk: true,
  typed: true,
};
const NAMES = {
  'account-policy': ['AccountPolicyError'],
  'account-policy/presets': ['getPreset'],
  'account-policy/presets/cn-pboc-2018': ['CN_PBOC_2018'],
  'account-policy/limits': ['checkTransaction', 'createUsage', 'recordTransaction'],
  'account-policy/lifecycle': ['transition'],
  'account-policy/kyc': ['checkOpeningEligibility'],
  'account-policy/money': ['PolicyDecimal'],
  'account-policy/schemas': ['openingFormSchema'],
};
const esmImports = Object.entries(NAMES)
  .map(([from, names]) => `import { ${names.join(', ')} } from '${from}';`)
  .join('\n');
const cjsRequires = Object.entries(NAMES)
  .map(([from, names]) => `const { ${names.join(', ')} } = require('${from}');`)
  .join('\n');
/** JavaScript has no `as never`. */
const js = (body: string) => body.replace(' as never', '');

interface TsConsumer {
  name: string;
  type: 'module' | 'commonjs';
  module: string;
  moduleResolution: string;
}
const TS_CONSUMERS: TsConsumer[] = [
  { name: 'ts-bundler', type: 'module', module: 'esnext', moduleResolution: 'bundler' },
  { name: 'ts-node16-cjs', type: 'commonjs', module: 'node16', moduleResolution: 'node16' },
  { name: 'ts-node16-esm', type: 'module', module: 'node16', moduleResolution: 'node16' },
  { name: 'ts-nodenext', type: 'module', module: 'nodenext', moduleResolution: 'nodenext' },
];

function consumerDir(base: string, name: string, type: 'module' | 'commonjs'): string {
  const dir = join(base, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name, private: true, type }));
  return dir;
}

function installInto(zodVersion: string): string {
  const base = join(scratch, `zod-${zodVersion}`);
  mkdirSync(base, { recursive: true });
  writeFileSync(
    join(base, 'package.json'),
    JSON.stringify({ name: 'consumers', version: '1.0.0', private: true }),
  );
  run(
    'npm',
    ['install', '--no-audit', '--no-fund', '--prefer-offline', tarball, `zod@${zodVersion}`],
    base,
  );
  return base;
}

function tsConsumer(base: string, c: TsConsumer): unknown {
  const dir = consumerDir(base, c.name, c.type);
  writeFileSync(join(dir, 'example.ts'), `${esmImports}\n${EXAMPLE_BODY}`);
  writeFileSync(join(dir, 'types.ts'), TYPE_CHECKS);
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'es2022',
        module: c.module,
        moduleResolution: c.moduleResolution,
        strict: true,
        exactOptionalPropertyTypes: true,
        noUncheckedIndexedAccess: true,
        skipLibCheck: false,
        types: [],
        lib: ['es2022', 'dom'],
        outDir: 'out',
      },
      files: ['example.ts', 'types.ts'],
    }),
  );
  run('node', [tsc, '-p', '.'], dir);
  return JSON.parse(run('node', [join('out', 'example.js')], dir));
}

beforeAll(() => {
  if (!existsSync(join(root, 'dist', 'index.js')))
    throw new Error('dist/ is missing: run `npm run build` first');
  scratch = mkdtempSync(join(tmpdir(), 'account-policy-consumers-'));
  tarball = pack(scratch);
}, 240_000);

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

describe('the consumer matrix', () => {
  it('declares zod as a peer range that includes both tested versions', () => {
    expect(pkg.peerDependencies['zod']).toBe(`^${ZOD_VERSIONS.lowest}`);
    expect(Object.keys(pkg).includes('dependencies')).toBe(true);
    expect((pkg as { dependencies?: Record<string, string> }).dependencies?.['zod']).toBe(
      undefined,
    );
  });

  for (const [label, zodVersion] of Object.entries(ZOD_VERSIONS)) {
    describe(`with the ${label} zod (${zodVersion})`, () => {
      let base = '';
      beforeAll(() => {
        base = installInto(zodVersion);
        const installed = JSON.parse(
          readFileSync(join(base, 'node_modules', 'zod', 'package.json'), 'utf8'),
        ) as { version: string };
        expect(installed.version).toBe(zodVersion);
        // One copy of zod: the package uses the application's.
        expect(
          existsSync(join(base, 'node_modules', 'account-policy', 'node_modules', 'zod')),
        ).toBe(false);
      }, 240_000);

      it('runs from ESM JavaScript', () => {
        const dir = consumerDir(base, 'esm-js', 'module');
        writeFileSync(join(dir, 'example.js'), js(`${esmImports}\n${EXAMPLE_BODY}`));
        expect(JSON.parse(run('node', ['example.js'], dir))).toEqual(EXPECTED);
      });

      it('runs from CommonJS JavaScript', () => {
        const dir = consumerDir(base, 'cjs-js', 'commonjs');
        writeFileSync(join(dir, 'example.js'), js(`${cjsRequires}\n${EXAMPLE_BODY}`));
        expect(JSON.parse(run('node', ['example.js'], dir))).toEqual(EXPECTED);
      });

      for (const c of TS_CONSUMERS) {
        it(`type-checks and runs in TypeScript ${c.name} (strict, exactOptionalPropertyTypes)`, () => {
          expect(tsConsumer(base, c)).toEqual(EXPECTED);
        }, 120_000);
      }
    });
  }
});
