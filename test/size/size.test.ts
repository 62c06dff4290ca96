import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

interface Row {
  readonly name: string;
  readonly minified: number;
  readonly gzipped: number;
  readonly decimal: readonly string[];
  readonly lifecycle: readonly string[];
  readonly error?: string;
}

/** `npm run size`'s measurements (esbuild, minified, gzip level 9), as JSON. */
function measure(): { budgets: Record<string, number>; rows: Row[] } {
  const script = fileURLToPath(new URL('../../scripts/size.mjs', import.meta.url));
  return JSON.parse(execFileSync(process.execPath, [script, '--json'], { encoding: 'utf8' }));
}

describe('browser bundles of account-policy/schemas', () => {
  const { budgets, rows } = measure();

  it('every form builds', () => {
    expect(rows.filter((r) => r.error !== undefined)).toEqual([]);
    expect(rows.map((r) => r.name)).toContain('transferFormSchema zh-CN');
  });

  it('the whole entry ≤ 30 KB and the zh-CN opening form ≤ 15 KB, min+gzip, from src and dist', () => {
    expect(budgets).toEqual({
      'schemas (whole entry)': 30 * 1024,
      'openingFormSchema zh-CN': 15 * 1024,
      'dist: schemas (whole entry)': 30 * 1024,
      'dist: openingFormSchema zh-CN': 15 * 1024,
    });
    // dist/ exists in npm test (it builds first); measured only when built.
    const built = rows.some((r) => r.name.startsWith('dist: '));
    for (const [name, budget] of Object.entries(budgets)) {
      if (name.startsWith('dist: ') && !built) continue;
      const row = rows.find((r) => r.name === name);
      expect(row, name).toBeDefined();
      expect(row!.gzipped, name).toBeLessThanOrEqual(budget);
      // And something was bundled (an empty entry is not a small one).
      expect(row!.gzipped, name).toBeGreaterThan(1024);
    }
  });

  it('no form pulls in decimal.js or lifecycle code', () => {
    for (const row of rows) {
      expect(row.decimal, row.name).toEqual([]);
      expect(row.lifecycle, row.name).toEqual([]);
    }
  });
});
