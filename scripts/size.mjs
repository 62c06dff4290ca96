// Bundles each form schema (and the whole `account-policy/schemas` entry) for the browser with
// esbuild, minified, then gzips it: the bytes a front end ships. `npm run size` prints them;
// test/size/size.test.ts holds the budgets. Also reports whether decimal.js or lifecycle code
// (anything under src/lifecycle but its constant tables) ended up in a bundle.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** What a front end imports, one bundle each: name → module text (relative to the root). */
export const SIZE_ENTRIES = {
  'schemas (whole entry)': `export * from './src/schemas/index.ts';`,
  'openingFormSchema zh-CN': `import { openingFormSchema } from './src/schemas/index.ts'; export const s = openingFormSchema('zh-CN', { today: '2026-11-22' });`,
  'openingFormSchema en': `import { openingFormSchema } from './src/schemas/index.ts'; export const s = openingFormSchema('en', { today: '2026-11-22' });`,
  'transferFormSchema zh-CN': `import { transferFormSchema } from './src/schemas/index.ts'; export const s = transferFormSchema('zh-CN', {});`,
  'informationChangeFormSchema zh-CN': `import { informationChangeFormSchema } from './src/schemas/index.ts'; export const s = informationChangeFormSchema('zh-CN', {});`,
  'lossReportFormSchema zh-CN': `import { lossReportFormSchema } from './src/schemas/index.ts'; export const s = lossReportFormSchema('zh-CN', {});`,
  'decisionFieldErrors zh-CN': `import { decisionFieldErrors } from './src/schemas/index.ts'; export const f = decisionFieldErrors;`,
  checkInputSchema: `import { checkInputSchema } from './src/schemas/index.ts'; export const s = checkInputSchema;`,
};

/**
 * The same from the built package (dist/, what a user's bundler gets, tsup's shared chunks
 * included), when it has been built.
 */
const DIST_ENTRIES = {
  'dist: schemas (whole entry)': `export * from './dist/schemas/index.js';`,
  'dist: openingFormSchema zh-CN': `import { openingFormSchema } from './dist/schemas/index.js'; export const s = openingFormSchema('zh-CN', { today: '2026-11-22' });`,
  'dist: transferFormSchema zh-CN': `import { transferFormSchema } from './dist/schemas/index.js'; export const s = transferFormSchema('zh-CN', {});`,
};
if (existsSync(fileURLToPath(new URL('../dist/schemas/index.js', import.meta.url))))
  Object.assign(SIZE_ENTRIES, DIST_ENTRIES);

/** Budgets in bytes (min+gzip), by entry name. */
export const SIZE_BUDGETS = {
  'schemas (whole entry)': 30 * 1024,
  'openingFormSchema zh-CN': 15 * 1024,
  'dist: schemas (whole entry)': 30 * 1024,
  'dist: openingFormSchema zh-CN': 15 * 1024,
};

/**
 * Module paths that count as lifecycle code: src/lifecycle but its constant tables (the status,
 * restriction and event names the transition schema lists). From dist/ the library's modules are
 * merged into chunks, so there decimal.js is detected and lifecycle code is not (the src rows are).
 */
const LIFECYCLE_DATA = new Set(['src/lifecycle/types.ts', 'src/lifecycle/events.ts']);

/**
 * Bundles one entry.
 *
 * @returns bytes minified, bytes gzipped, and the bundled inputs under decimal.js and lifecycle
 */
export async function measure(name) {
  const source = SIZE_ENTRIES[name];
  const result = await build({
    stdin: { contents: source, resolveDir: root, loader: 'ts', sourcefile: 'entry.ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].contents;
  const inputs = Object.keys(result.metafile.inputs).filter(
    (p) =>
      (result.metafile.outputs[Object.keys(result.metafile.outputs)[0]].inputs[p]?.bytesInOutput ??
        0) > 0,
  );
  return {
    name,
    minified: code.length,
    gzipped: gzipSync(code, { level: 9 }).length,
    decimal: inputs.filter((p) => p.includes('decimal.js')),
    lifecycle: inputs.filter(
      (p) =>
        (p.startsWith('src/lifecycle/') && !LIFECYCLE_DATA.has(p)) || /^dist\/lifecycle\//.test(p),
    ),
  };
}

/** Every entry that exists (an entry naming a missing export fails to build and is skipped). */
export async function measureAll() {
  const rows = [];
  for (const name of Object.keys(SIZE_ENTRIES)) {
    try {
      rows.push(await measure(name));
    } catch (error) {
      rows.push({ name, error: String(error.message ?? error).split('\n')[0] });
    }
  }
  return rows;
}

if (
  process.argv[1] &&
  fileURLToPath(import.meta.url) === process.argv[1] &&
  process.argv.includes('--json')
) {
  console.log(JSON.stringify({ budgets: SIZE_BUDGETS, rows: await measureAll() }));
} else if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  for (const row of await measureAll()) {
    if (row.error) {
      console.log(`${row.name.padEnd(36)} not built: ${row.error}`);
      continue;
    }
    const budget = SIZE_BUDGETS[row.name];
    const extra = [
      budget ? `budget ${kb(budget)}` : '',
      row.decimal.length ? 'PULLS decimal.js' : '',
      row.lifecycle.length ? `PULLS lifecycle (${row.lifecycle.join(', ')})` : '',
    ].filter(Boolean);
    console.log(
      `${row.name.padEnd(36)} ${kb(row.minified).padStart(9)} min  ${kb(row.gzipped).padStart(8)} min+gzip  ${extra.join('; ')}`,
    );
  }
}
