// Mutation testing (issue 6). Run with `npm run mutation` (every area, one after the other) or
// `npm run mutation -- money` / `npm run mutation -- --mutate "src/money/**/*.ts"` for one area:
// scripts/mutation.mjs adds the exclusions below to whatever is asked for, so tests, testkits and
// barrels are never mutated. Not part of `npm test` (minutes, not seconds).

/** The areas whose mutation score the issue tracks. */
export const MUTATION_AREAS = ['money', 'limits', 'lifecycle', 'kyc'];

/**
 * The tests that must kill each area's mutants: its own colocated tests and its model tests
 * (scripts/mutation.mjs passes them to vitest.config.ts as MUTATION_TEST_FILES), so a score says
 * what the area's dedicated tests prove, and a failing test elsewhere cannot break the run.
 */
export const AREA_TESTS = {
  // Listed cheapest and most decisive first (vitest.config.ts runs them in this order under
  // mutation testing); the long property tests last.
  money: [
    'src/money/iso4217.test.ts',
    'src/money/currencies.test.ts',
    'src/money/errorMessages.test.ts',
    'src/money/assertMoney.test.ts',
    'src/money/formatMoney.test.ts',
    'src/money/arithmetic.test.ts',
    'src/money/parseMoney.test.ts',
    'src/money/amountText.test.ts',
    'src/money/**/*.test.ts',
  ],
  limits: [
    'src/limits/**/*.test.ts',
    'src/classes/**/*.test.ts',
    'test/model/limits.model.test.ts',
  ],
  lifecycle: ['src/lifecycle/**/*.test.ts', 'test/model/lifecycle.model.test.ts'],
  kyc: ['src/kyc/**/*.test.ts'],
};

/** Never mutated: tests, test helpers, re-export barrels. */
export const NEVER_MUTATED = ['!src/**/*.test.ts', '!src/**/*.testkit.ts', '!src/**/index.ts'];

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.config.ts', related: true },
  plugins: ['@stryker-mutator/vitest-runner', './scripts/stryker-survivor-log.mjs'],
  mutate: [...MUTATION_AREAS.map((area) => `src/${area}/**/*.ts`), ...NEVER_MUTATED],
  coverageAnalysis: 'perTest',
  // Two cores shared by several engineers: one test process at a time.
  concurrency: 1,
  timeoutMS: 10_000,
  timeoutFactor: 2,
  thresholds: { high: 90, low: 85, break: 85 },
  reporters: ['clear-text', 'progress-append-only', 'html', 'json', 'survivor-log'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  clearTextReporter: { allowColor: false, logTests: false, maxTestsToLog: 0 },
  // `npm run mutation -- money --incremental` reuses the last run's results for unchanged code;
  // scripts/mutation.mjs points it at the area's own last report (reports/mutation/money.json).
  incrementalFile: 'reports/mutation/stryker-incremental.json',
  ignorePatterns: ['dist', 'coverage', 'reports', 'docs/api', '*.tmp.ts'],
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
