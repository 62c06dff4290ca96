import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The tests `npm run mutation` gives one area (scripts/mutation.mjs sets MUTATION_TEST_FILES from
 * stryker.config.mjs); undefined in every other run, which takes every test.
 */
const mutationTestFiles = process.env.MUTATION_TEST_FILES?.split(',');

/** A glob (`**`, `*`) as a regular expression over a path relative to the root. */
function globToRegExp(glob: string): RegExp {
  const escaped = glob.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  return new RegExp(
    `^${escaped
      .replace(/\*\*\/?/g, '\u0000')
      .replace(/\*/g, '[^/]*')
      .replace(/\u0000/g, '(?:.*/)?')}$`,
  );
}

/**
 * Under mutation testing, runs the test files in the order MUTATION_TEST_FILES lists them: cheap,
 * decisive tests first, so that (with Stryker's bail) a killed mutant stops after them instead of
 * after the long property tests.
 */
class ListedOrderSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const patterns = (mutationTestFiles ?? []).map(globToRegExp);
    const rank = (file: TestSpecification) => {
      const path = relative(process.cwd(), file.moduleId).split('\\').join('/');
      const index = patterns.findIndex((p) => p.test(path));
      return index < 0 ? patterns.length : index;
    };
    return [...files].sort((a, b) => rank(a) - rank(b));
  }
}

export default defineConfig({
  resolve: {
    alias: {
      // @fast-check/vitest 0.5.0 costs about 4 s of CPU per importing file (see the stand-in's
      // comment); its `test.prop`, `it.prop` and `fc` come from a stand-in with the same types.
      '@fast-check/vitest': fileURLToPath(
        new URL('./test/support/fastCheckVitest.ts', import.meta.url),
      ),
    },
  },
  test: {
    include: mutationTestFiles ?? ['src/**/*.test.ts', 'test/**/*.test.ts'],
    ...(mutationTestFiles
      ? {
          sequence: { sequencer: ListedOrderSequencer },
          setupFiles: ['test/support/mutationSetup.ts'],
          // The test files of one Stryker run share the modules they load instead of importing
          // the library afresh per file. Each run still starts a fresh worker, so module-level
          // ("static") mutants are activated and judged like any other.
          isolate: false,
        }
      : {}),
    testTimeout: 120_000,
    hookTimeout: 300_000,
    reporters: ['default', 'json'],
    outputFile: { json: 'reports/vitest.json' },
    // `npm test` runs with --coverage; these thresholds then fail the run when not met.
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      exclude: [
        'src/**/*.test.ts',
        'src/**/*.testkit.ts',
        // Barrels only re-export (src/cli/commands/index.ts and src/messages/catalog/index.ts hold
        // data and stay measured); the process entry point only wires main() to the process.
        'src/*/index.ts',
        'src/presets/types/index.ts',
        'src/cli/bin.ts',
      ],
      reporter: ['text-summary', 'json-summary', 'html'],
      reportsDirectory: 'coverage',
      thresholds: { lines: 95, branches: 90 },
    },
  },
});
