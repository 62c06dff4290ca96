import { build, type Plugin } from 'esbuild';
import { defineConfig } from 'tsup';
import { CLI_COMMANDS } from './src/cli/commands/names';

const areas = [
  'money',
  'time',
  'presets',
  'classes',
  'limits',
  'lifecycle',
  'kyc',
  'schemas',
  'messages',
  'monitoring',
];

/** The shipped presets, each a subpath of its own (`account-policy/presets/cn-pboc-2018`). */
export const PRESET_SUBPATHS = [
  'cn-pboc-2018',
  'cn-pboc-2016',
  'tiered-generic',
  'ng-cbn-kyc',
  'in-rbi-kyc',
  'eu-emoney-sdd',
];

/**
 * In the program's bundle, a command module that commands/load.ts (or index.ts) imports stays a file
 * of its own (dist/cli/commands/NAME.cjs, required when that command runs), so that a `check`
 * loads and compiles only the check command's code (issue 18).
 */
const commandsApart: Plugin = {
  name: 'commands-apart',
  setup(b) {
    b.onResolve({ filter: /^\.\/[a-z]+$/ }, (args) => {
      const name = args.path.slice(2);
      const fromTable = /commands[\\/](load|index)\.ts$/.test(args.importer);
      if (!fromTable || !CLI_COMMANDS.includes(name)) return undefined;
      return { path: name, namespace: 'command' };
    });
    // A CommonJS `require` of the command's file (an `import()` of it would go through Node's
    // ESM loader, which scans the whole file for its exports first).
    b.onLoad({ filter: /.*/, namespace: 'command' }, (args) => ({
      contents: `module.exports = require('./commands/${args.path}.cjs');`,
      loader: 'js',
    }));
    b.onResolve({ filter: /^\.\/commands\/[a-z]+\.cjs$/ }, (args) => ({
      path: args.path,
      external: true,
    }));
  },
};

/**
 * The `account-policy` program: dist/cli/bin.cjs and one dist/cli/commands/NAME.cjs per command,
 * each a single self-contained CommonJS file (its dependencies, zod and decimal.js included,
 * bundled in and minified): Node starts it by reading and compiling one or two files, not by
 * resolving a chain of a hundred modules.
 */
async function buildProgram(): Promise<void> {
  const common = {
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    minify: true,
    legalComments: 'none',
    logLevel: 'warning',
  } as const;
  await build({
    ...common,
    entryPoints: ['src/cli/bin.ts'],
    outfile: 'dist/cli/bin.cjs',
    plugins: [commandsApart],
  });
  // The worker thread of a threaded `--ndjson` batch; it loads its command as bin.cjs does.
  await build({
    ...common,
    entryPoints: ['src/cli/batchWorker.ts'],
    outfile: 'dist/cli/batchWorker.cjs',
    plugins: [commandsApart],
  });
  await build({
    ...common,
    entryPoints: Object.fromEntries(CLI_COMMANDS.map((n) => [n, `src/cli/commands/${n}.ts`])),
    outdir: 'dist/cli/commands',
    outExtension: { '.js': '.cjs' },
  });
}

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    ...Object.fromEntries(areas.map((a) => [`${a}/index`, `src/${a}/index.ts`])),
    ...Object.fromEntries(PRESET_SUBPATHS.map((id) => [`presets/${id}`, `src/presets/${id}.ts`])),
    // Not a package export: an entry of its own only so that the form schemas land in chunks
    // apart from the input schemas (chunks are split by which entries import a module), and a
    // front end importing one form from account-policy/schemas bundles neither the others'
    // catalogs nor checkInputSchema (see npm run size).
    'schemas/forms': 'src/schemas/forms.ts',
  },
  format: ['esm', 'cjs'],
  target: 'node20',
  platform: 'neutral',
  splitting: true,
  // esbuild already drops unused code, and a user's bundler does again. tsup's extra Rollup
  // pass (`treeshake: true`) only warned about the empty chunks that type-only modules leave.
  treeshake: false,
  sourcemap: false,
  clean: true,
  dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
  external: ['node:fs', 'node:readline', 'node:os', 'node:path', 'node:worker_threads'],
  onSuccess: buildProgram,
});
