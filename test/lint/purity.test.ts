/**
 * Proves the purity rule set of eslint.config.js, rule by rule: each forbidden construct is
 * flagged in src/, the command (src/cli) and tests are exempt, and ordinary pure code is not
 * flagged. Runs ESLint's Node API on virtual files (lintText with a filePath), so no fixture
 * file ever lands in src/.
 */
import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const PURITY_RULES = new Set([
  'no-restricted-syntax',
  'no-restricted-globals',
  'no-restricted-imports',
  'no-console',
]);

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: ROOT });
});

/** The purity findings for `code` as if it were the file at `filePath` (relative to the root). */
async function purityFindings(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${ROOT}${filePath}` });
  expect(result, `ESLint linted ${filePath}`).toBeDefined();
  const fatal = result!.messages.filter((m) => m.fatal);
  expect(fatal, `no parse error in ${JSON.stringify(code)}`).toEqual([]);
  return result!.messages
    .filter((m) => m.ruleId !== null && PURITY_RULES.has(m.ruleId))
    .map((m) => `${m.ruleId}: ${m.message}`);
}

/** Each snippet, and the words the finding must contain. `declare` keeps other rules quiet. */
const FORBIDDEN: readonly (readonly [what: string, code: string, expected: RegExp])[] = [
  // The clock.
  ['new Date() with no argument', 'export const t = new Date();', /clock/],
  ['Date.now()', 'export const t = Date.now();', /clock/],
  ['Date.now kept for later', 'export const clock = Date.now;', /clock/],
  ['Date() without new', 'export const t = Date();', /clock/],
  ['performance.now()', 'export const t = performance.now();', /clock/],
  ['process.hrtime', 'export const t = process.hrtime.bigint();', /environment/],
  // The host's time zone and locale.
  ['new Date(y, m, d) (local time)', 'export const t = new Date(2026, 0, 1);', /local time/],
  ['getHours() (local time)', 'export const h = (d: Date) => d.getHours();', /time zone/],
  ['getTimezoneOffset()', 'export const o = (d: Date) => d.getTimezoneOffset();', /time zone/],
  ['toLocaleString()', 'export const s = (d: Date) => d.toLocaleString();', /time zone/],
  [
    "Intl…resolvedOptions() (the host's zone)",
    'export const z = Intl.DateTimeFormat().resolvedOptions().timeZone;',
    /time zone/,
  ],
  [
    'new Intl.DateTimeFormat() without a locale',
    'export const f = new Intl.DateTimeFormat();',
    /locale/,
  ],
  [
    'Intl with an undefined locale',
    "export const f = new Intl.NumberFormat(undefined, { style: 'decimal' });",
    /locale/,
  ],
  // Randomness.
  ['Math.random()', 'export const r = Math.random();', /randomness/],
  [
    'crypto.getRandomValues',
    'export const r = crypto.getRandomValues(new Uint8Array(4));',
    /randomness/,
  ],
  ['crypto.randomUUID', 'export const r = crypto.randomUUID();', /randomness/],
  // The environment and printing.
  ['process.env', 'export const e = process.env.TZ;', /environment/],
  ['globalThis.process', 'export const e = globalThis.process;', /global object/],
  ['globalThis.Date', 'export const e = new globalThis.Date();', /global object/],
  ['window.localStorage', 'export const e = window.localStorage;', /environment/],
  ['navigator.language', 'export const e = navigator.language;', /environment/],
  ['import.meta.env', 'export const e = import.meta.url;', /environment/],
  ['console.log', "console.log('hello');", /print|console/i],
  ['console.error', "console.error('hello');", /print|console/i],
  // I/O.
  [
    "import from 'node:fs'",
    "import { readFileSync } from 'node:fs';\nexport { readFileSync };",
    /Node\.js module/,
  ],
  [
    "import from 'fs'",
    "import { readFileSync } from 'fs';\nexport { readFileSync };",
    /Node\.js module/,
  ],
  [
    "import from 'fs/promises'",
    "import { readFile } from 'fs/promises';\nexport { readFile };",
    /Node\.js module/,
  ],
  [
    "import from 'crypto'",
    "import { randomUUID } from 'crypto';\nexport { randomUUID };",
    /Node\.js module/,
  ],
  ['dynamic import()', "export const m = import('./other');", /dynamic import/],
  ['require()', "export const m = require('fs');", /I\/O|environment/],
  ['fetch', "export const r = fetch('https://example.invalid');", /I\/O/],
  ['setTimeout', 'setTimeout(() => undefined, 1);', /schedules/],
  // Money in JavaScript numbers.
  ['parseFloat', "export const n = parseFloat('12.50');", /JavaScript number/],
  ['Number.parseFloat', "export const n = Number.parseFloat('12.50');", /JavaScript number/],
  ['Number(amount)', 'export const n = (amount: string) => Number(amount);', /JavaScript number/],
  [
    'Number(tx.amount)',
    'export const n = (tx: { amount: string }) => Number(tx.amount);',
    /JavaScript number/,
  ],
  [
    'Number(dailyLimit)',
    'export const n = (dailyLimit: string) => Number(dailyLimit);',
    /JavaScript number/,
  ],
  [
    'parseInt(balance)',
    'export const n = (balance: string) => parseInt(balance, 10);',
    /JavaScript number/,
  ],
  [
    'decimal.toNumber()',
    'export const n = (d: { toNumber(): number }) => d.toNumber();',
    /JavaScript number/,
  ],
  ['unary + on an amount', 'export const n = (amount: string) => +amount;', /money-named/],
  [
    'amount * rate',
    'export const n = (amount: number, rate: number) => amount * rate;',
    /money-named/,
  ],
  ['tx.amount - fee', 'export const n = (tx: { amount: number }) => tx.amount - 1;', /money-named/],
  ['usedAmount + 1', 'export const n = (usedAmount: number) => usedAmount + 1;', /money-named/],
  ['0.1 + balance', 'export const n = (balance: number) => 0.1 + balance;', /money-named/],
  [
    'balance > limit (text or float compare)',
    'export const n = (balance: string, x: string) => balance > x;',
    /money-named/,
  ],
  [
    'Math.round(amount)',
    'export const n = (amount: number) => Math.round(amount * 100);',
    /money-named/,
  ],
];

/** Ordinary pure code that must not be flagged. */
const ALLOWED: readonly (readonly [what: string, code: string])[] = [
  ['new Date(ms) from an argument', 'export const t = (ms: number) => new Date(ms);'],
  ['new Date(iso) from an argument', "export const t = new Date('2026-11-22T00:00:00Z');"],
  ['Date.UTC and getTime', 'export const t = (d: Date) => Date.UTC(2026, 0, 1) - d.getTime();'],
  ['UTC getters', 'export const t = (d: Date) => d.getUTCHours() + d.getUTCDate();'],
  [
    'Intl with an explicit locale and zone',
    "export const f = new Intl.DateTimeFormat('en-US', { timeZone: 'Asia/Shanghai' });",
  ],
  [
    'a parameter named window',
    'export const f = (window: { start: Date }) => window.start.getTime();',
  ],
  ['a local named self', 'export const f = (self: { id: string }) => self.id;'],
  ['a sibling module named like a Node module', "import { x } from './events';\nexport { x };"],
  ['a package import', "import Decimal from 'decimal.js';\nexport { Decimal };"],
  ['joining text with an amount', "export const s = (amount: string) => 'CNY ' + amount;"],
  ['the length of an amount string', 'export const n = (amount: string) => amount.length > 32;'],
  [
    'counting, not money',
    'export const n = (count: number, limit: { count: number }) => count + 1 > limit.count;',
  ],
  ['Number() of a non-money value', 'export const n = (year: string) => Number(year);'],
];

describe('purity lint (eslint.config.js)', () => {
  it.each(FORBIDDEN)('flags %s in src/', async (_what, code, expected) => {
    const findings = await purityFindings(code, 'src/money/purityFixture.ts');
    expect(findings.length, findings.join('\n')).toBeGreaterThan(0);
    expect(findings.join('\n')).toMatch(expected);
  });

  it.each(FORBIDDEN)('exempts %s in the command (src/cli)', async (_what, code) => {
    expect(await purityFindings(code, 'src/cli/commands/purityFixture.ts')).toEqual([]);
  });

  it.each(FORBIDDEN)('exempts %s in tests and testkits', async (_what, code) => {
    expect(await purityFindings(code, 'src/money/purityFixture.test.ts')).toEqual([]);
    expect(await purityFindings(code, 'src/time/purityFixture.testkit.ts')).toEqual([]);
    expect(await purityFindings(code, 'test/hostile/purityFixture.test.ts')).toEqual([]);
  });

  it.each(ALLOWED)('does not flag %s in src/', async (_what, code) => {
    expect(await purityFindings(code, 'src/limits/purityFixture.ts')).toEqual([]);
  });

  it('covers every area of src/ outside the command', async () => {
    for (const area of ['money', 'time', 'presets', 'limits', 'lifecycle', 'kyc', 'schemas']) {
      const findings = await purityFindings('export const t = Date.now();', `src/${area}/x.ts`);
      expect(findings, area).toHaveLength(1);
    }
  });
});
