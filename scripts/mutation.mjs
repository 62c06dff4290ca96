#!/usr/bin/env node
// `npm run mutation [-- AREA… | --mutate GLOB] [other Stryker options]`
//
// Runs StrykerJS (stryker.config.mjs) once per area, one after the other, and prints the score
// of each. An area is a folder of src/ (`money`, `limits`, `lifecycle`, `kyc`; all four when none
// is named); `--mutate GLOB[,GLOB]` asks for files directly. Either way tests, testkits and index
// barrels are excluded, so `--mutate "src/money/**/*.ts"` never mutates a test. Other options
// (`--logLevel debug`, …) go to Stryker unchanged; `--incremental` reuses the area's last
// report. Exits non-zero when any run fails or scores below the configured `break` threshold.
import { spawnSync } from 'node:child_process';
import { copyFileSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import config, { AREA_TESTS, MUTATION_AREAS, NEVER_MUTATED } from '../stryker.config.mjs';

const args = process.argv.slice(2);
const passThrough = [];
const runs = [];
for (let i = 0; i < args.length; i++) {
  const arg = args[i];
  if (arg === '--mutate' || arg === '-m') {
    runs.push({ label: args[i + 1], globs: args[++i].split(',') });
  } else if (arg.startsWith('--mutate=')) {
    const value = arg.slice('--mutate='.length);
    runs.push({ label: value, globs: value.split(',') });
  } else if (!arg.startsWith('-') && MUTATION_AREAS.includes(arg)) {
    runs.push({ label: arg, globs: [`src/${arg}/**/*.ts`] });
  } else if (!arg.startsWith('-')) {
    console.error(`Unknown area ${arg}; areas: ${MUTATION_AREAS.join(', ')}`);
    process.exit(2);
  } else {
    passThrough.push(arg);
  }
}
if (runs.length === 0) {
  for (const area of MUTATION_AREAS) runs.push({ label: area, globs: [`src/${area}/**/*.ts`] });
}

const require = createRequire(import.meta.url);
const strykerBin = join(
  dirname(require.resolve('@stryker-mutator/core/package.json')),
  'bin',
  'stryker.js',
);
const summary = [];
let failed = false;
for (const run of runs) {
  const mutate = [...run.globs, ...NEVER_MUTATED].join(',');
  // An area's mutants are judged by that area's tests (see AREA_TESTS), selected through the
  // vitest configuration rather than Stryker's --testFiles: with --testFiles, Stryker 9.6.1
  // activates static mutants after their module has loaded and reports them all as survivors
  // (stryker-js issue 6144). Other globs use every test vitest finds related to the mutated files.
  const area = MUTATION_AREAS.find((a) => run.globs.every((g) => g.startsWith(`src/${a}/`)));
  const safeLabel = run.label.replace(/[^a-z0-9-]+/gi, '_');
  const env = {
    ...process.env,
    // The survivor-log plugin names its file after it (reports/mutation/survivors.<label>.jsonl).
    MUTATION_LABEL: safeLabel,
    ...(area ? { MUTATION_TEST_FILES: AREA_TESTS[area].join(',') } : {}),
  };
  console.log(`\n=== mutation: ${run.label} ===`);
  rmSync(config.jsonReporter.fileName, { force: true });
  // `--incremental` starts from this area's last report (reports/mutation/<label>.json, the same
  // format as Stryker's incremental file): only mutants whose code or covering tests changed, and
  // survivors that new tests cover, are tested again.
  const incremental =
    passThrough.includes('--incremental') &&
    !passThrough.some((a) => a.startsWith('--incrementalFile'))
      ? ['--incrementalFile', join(dirname(config.jsonReporter.fileName), `${safeLabel}.json`)]
      : [];
  const result = spawnSync(
    process.execPath,
    [strykerBin, 'run', 'stryker.config.mjs', '--mutate', mutate, ...passThrough, ...incremental],
    { stdio: 'inherit', env },
  );
  let score = 'n/a';
  try {
    const report = JSON.parse(readFileSync(config.jsonReporter.fileName, 'utf8'));
    // Kept per area (reports/mutation/limits.json, …) so the survivors of each stay readable.
    copyFileSync(
      config.jsonReporter.fileName,
      join(dirname(config.jsonReporter.fileName), `${safeLabel}.json`),
    );
    let detected = 0;
    let valid = 0;
    for (const file of Object.values(report.files)) {
      for (const mutant of file.mutants) {
        if (['Killed', 'Timeout'].includes(mutant.status)) detected++;
        if (['Killed', 'Timeout', 'Survived', 'NoCoverage'].includes(mutant.status)) valid++;
      }
    }
    score =
      valid === 0
        ? 'no mutants'
        : `${((100 * detected) / valid).toFixed(2)}% (${detected}/${valid})`;
  } catch {
    // No report: Stryker failed before reporting; its own output says why.
  }
  summary.push(
    `${run.label.padEnd(24)} ${score}${result.status === 0 ? '' : `  (exit ${result.status})`}`,
  );
  if (result.status !== 0) failed = true;
}
console.log('\n=== mutation scores ===');
for (const line of summary) console.log(line);
process.exit(failed ? 1 : 0);
