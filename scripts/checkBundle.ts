// Bundles what a service or a front end ships to check transactions against one preset:
// `checkTransaction` from account-policy/limits and one shipped preset's object, for the browser
// with esbuild, minified, then gzips it (issue 18). Used by bench/startup.bench.ts and
// test/package/checkBundle.test.ts; `npx tsx scripts/checkBundle.ts` prints the figures.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The preset the bundle holds: the default one, imported from its own module. */
export const CHECK_BUNDLE_PRESET = 'cn-pboc-2018';

/**
 * The entry, as a user writes it: checkTransaction from account-policy/limits and the preset from
 * its own subpath; before the presets had subpaths (an older checkout), from the registry.
 */
function entry(): string {
  const preset = existsSync(`${root}src/presets/${CHECK_BUNDLE_PRESET}.ts`)
    ? `import { CN_PBOC_2018 as preset } from 'account-policy/presets/${CHECK_BUNDLE_PRESET}';`
    : `import { getPreset } from 'account-policy/presets'; const preset = getPreset('${CHECK_BUNDLE_PRESET}');`;
  return `import { checkTransaction, createUsage } from 'account-policy/limits';
${preset}
export const check = (account, tx) => checkTransaction(account, tx, createUsage(preset), preset);`;
}

/** Where the package's subpaths point: the sources, or the built files (dist/, tsup's chunks). */
function aliases(from: 'src' | 'dist'): Record<string, string> {
  const file = (area: string) =>
    from === 'src' ? `${root}src/${area}.ts` : `${root}dist/${area}.js`;
  return {
    'account-policy/limits': file('limits/index'),
    'account-policy/presets': file('presets/index'),
    [`account-policy/presets/${CHECK_BUNDLE_PRESET}`]: file(`presets/${CHECK_BUNDLE_PRESET}`),
  };
}

export interface CheckBundle {
  readonly preset: string;
  readonly from: 'src' | 'dist';
  readonly minified: number;
  readonly gzipped: number;
  /** Every input that put bytes in the bundle. */
  readonly inputs: readonly string[];
  /** Every input module the build reached, bytes in the output or not. */
  readonly reached: readonly string[];
  /** The modules of zod among them. */
  readonly zod: readonly string[];
  /** The bundle's minified text. */
  readonly text: string;
}

/**
 * Bundles the entry.
 *
 * @param from - bundle the sources (default) or the built package (needs `npm run build`)
 * @returns its sizes and inputs
 */
export async function measureCheckBundle(from: 'src' | 'dist' = 'src'): Promise<CheckBundle> {
  const result = await build({
    stdin: { contents: entry(), resolveDir: root, loader: 'ts', sourcefile: 'entry.ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    metafile: true,
    logLevel: 'silent',
    alias: aliases(from),
  });
  const code = result.outputFiles[0]!.contents;
  const output = Object.values(result.metafile.outputs)[0]!;
  const inputs = Object.keys(output.inputs).filter((p) => output.inputs[p]!.bytesInOutput > 0);
  return {
    preset: CHECK_BUNDLE_PRESET,
    from,
    minified: code.length,
    gzipped: gzipSync(code, { level: 9 }).length,
    inputs,
    reached: Object.keys(result.metafile.inputs),
    zod: Object.keys(result.metafile.inputs).filter((p) => p.includes('node_modules/zod/')),
    text: new TextDecoder().decode(code),
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const m = await measureCheckBundle(process.argv.includes('--dist') ? 'dist' : 'src');
  console.log(
    `${m.from}: checkTransaction + ${m.preset}: ${(m.gzipped / 1024).toFixed(1)} KB min+gzip, ${(m.minified / 1024).toFixed(1)} KB min, ${m.inputs.length} inputs, ${m.zod.length} zod modules reached`,
  );
}
