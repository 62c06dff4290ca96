/**
 * The generated part of docs/lifecycle.md: the Mermaid state diagram and the full transition
 * table, both rendered from `TRANSITION_TABLE` (pure; written by render-lifecycle-diagram.ts and
 * checked by src/lifecycle/lifecycleDoc.test.ts).
 */
import { renderLifecycleDiagram } from '../src/lifecycle/renderLifecycleDiagram';
import { renderTransitionTable } from '../src/lifecycle/renderTransitionTable';

/** Where the lifecycle documentation lives, relative to the repository root. */
export const LIFECYCLE_DOC_PATH = 'docs/lifecycle.md';
export const BEGIN =
  '<!-- BEGIN GENERATED: npx tsx scripts/render-lifecycle-diagram.ts (do not edit by hand) -->';
export const END = '<!-- END GENERATED -->';

/** The generated section, markers included. */
export function lifecycleDocSection(): string {
  return [
    BEGIN,
    '',
    '```mermaid',
    renderLifecycleDiagram().trimEnd(),
    '```',
    '',
    'Every status × event pair (`stays`: the status does not change; a code: the refusal):',
    '',
    renderTransitionTable().trimEnd(),
    '',
    END,
  ].join('\n');
}

/**
 * The document with its generated section replaced by the current one.
 *
 * @param doc - the current text of docs/lifecycle.md
 * @returns the updated text
 * @throws Error when the markers are missing
 */
export function withGeneratedSection(doc: string): string {
  const start = doc.indexOf(BEGIN);
  const end = doc.indexOf(END);
  if (start < 0 || end < start)
    throw new Error(`${LIFECYCLE_DOC_PATH} lacks the generated-section markers`);
  return doc.slice(0, start) + lifecycleDocSection() + doc.slice(end + END.length);
}
