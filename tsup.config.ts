import { defineConfig } from 'tsup';

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

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    ...Object.fromEntries(areas.map((a) => [`${a}/index`, `src/${a}/index.ts`])),
    'cli/bin': 'src/cli/bin.ts',
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
  external: ['node:fs', 'node:readline'],
});
