// Loaded by vitest.config.ts only under `npm run mutation` (MUTATION_TEST_FILES set).
//
// A surviving mutant makes every test that covers it run to the end, and the model and property
// tests run thousands of cases each (10,000 command sequences for limits and lifecycle). Under
// mutation every property is therefore interrupted after one second and counts as passed if no
// counterexample turned up by then. That can only lower the score (a mutant the full run would
// have killed may survive), never raise it, so the figures `npm run mutation` reports are
// conservative. `npm test` never loads this file and runs every property in full.
import fc from 'fast-check';

fc.configureGlobal({ interruptAfterTimeLimit: 1_000, markInterruptAsFailure: false });
