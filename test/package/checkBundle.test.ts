/**
 * What a service or a front end bundles to check transactions (issue 18): `checkTransaction` from
 * account-policy/limits with one preset from its own subpath, bundled for the browser (esbuild,
 * minified, gzip), from the sources and, when built, from dist/. The check path must not reach
 * zod (the schemas are for front ends), nor another preset's data, nor every area's messages.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { measureCheckBundle, type CheckBundle } from '../../scripts/checkBundle';
import { root } from './pack';

/** Today's size, with a little room: a regression budget (the target is below). */
const BUDGET = 56 * 1024;
/** Issue 18's target for this bundle. */
const TARGET = 35 * 1024;

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

function report(b: CheckBundle): void {
  console.log(
    `checkTransaction + ${b.preset} (${b.from}): ${kb(b.gzipped)} min+gzip, ${kb(b.minified)} min, ${b.inputs.length} inputs`,
  );
}

const froms = existsSync(join(root, 'dist', 'limits', 'index.js'))
  ? (['src', 'dist'] as const)
  : (['src'] as const);

describe.each(froms)('the checkTransaction bundle with one preset, from %s', (from) => {
  let bundle: CheckBundle | undefined;
  const measured = async () => (bundle ??= await measureCheckBundle(from));

  it('reaches no zod module', async () => {
    const b = await measured();
    report(b);
    expect(b.reached.filter((p) => p.includes('node_modules/zod'))).toEqual([]);
  });

  it('holds no decimal.js: the check reads, sums and writes amounts in integer minor units', async () => {
    const b = await measured();
    expect(
      b.inputs.filter((p) => p.includes('decimal.js') || p.endsWith('money/decimal.ts')),
    ).toEqual([]);
  });

  it('holds no other preset and only the engines’ message catalogs', async () => {
    const b = await measured();
    const bundled = b.inputs.join('\n');
    expect(bundled).not.toMatch(/tieredClasses|ngCbnKyc|inRbiKyc|euEmoneySdd|presets\/registry/);
    expect(bundled).not.toMatch(/catalog\/(kyc|forms|monitoring|fields|residentId)\.ts/);
  });

  it('holds the account-state reasons of the lifecycle catalog, not its refusals and notices', async () => {
    // By content, not module name: dist/'s modules are tsup's chunks.
    const { text } = await measured();
    expect(text).toContain('account_frozen');
    expect(text).toContain('identity_reverification_required');
    expect(text).not.toContain('segregation_of_duties');
    expect(text).not.toContain('notice_account_closed');
  });

  it('stays within its budget (min+gzip)', async () => {
    expect((await measured()).gzipped).toBeLessThanOrEqual(BUDGET);
  });

  // Not reached: the preset's data alone is ~18.7 KB (gzip), with its KYC, lifecycle and
  // monitoring sections that a check never reads, before any engine code. `it.fails` passes while the target is missed: flip it to `it` once it is met.
  it.fails('meets issue 18’s target of 35 KB (min+gzip)', async () => {
    expect((await measured()).gzipped).toBeLessThanOrEqual(TARGET);
  });
});
