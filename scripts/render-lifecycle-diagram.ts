/**
 * Regenerates the Mermaid state diagram and transition table in docs/lifecycle.md from
 * `TRANSITION_TABLE`. A test fails when the committed file is out of date.
 *
 * Run: npx tsx scripts/render-lifecycle-diagram.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LIFECYCLE_DOC_PATH, withGeneratedSection } from './lifecycleDiagram';

const file = join(dirname(fileURLToPath(import.meta.url)), '..', LIFECYCLE_DOC_PATH);
const before = readFileSync(file, 'utf8');
const after = withGeneratedSection(before);
if (after !== before) writeFileSync(file, after);
console.log(
  after === before ? `${LIFECYCLE_DOC_PATH} is up to date` : `wrote ${LIFECYCLE_DOC_PATH}`,
);
