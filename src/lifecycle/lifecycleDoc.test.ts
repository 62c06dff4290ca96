import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  LIFECYCLE_DOC_PATH,
  lifecycleDocSection,
  withGeneratedSection,
} from '../../scripts/lifecycleDiagram';
import { renderLifecycleDiagram } from './renderLifecycleDiagram';
import { TRANSITION_TABLE, type TransitionTable } from './transitionTable';

describe('docs/lifecycle.md', () => {
  const doc = readFileSync(join(__dirname, '..', '..', LIFECYCLE_DOC_PATH), 'utf8');

  it('carries the diagram and table generated from TRANSITION_TABLE (run npx tsx scripts/render-lifecycle-diagram.ts)', () => {
    expect(doc).toContain(lifecycleDocSection());
    expect(withGeneratedSection(doc)).toBe(doc);
  });

  it('draws every change of status in the table, and only those', () => {
    const diagram = renderLifecycleDiagram();
    expect(diagram).toContain('    normal --> dormant : mark_dormant, advance\n');
    expect(diagram).toContain('    dormant --> normal : reactivate\n');
    const changed: TransitionTable = {
      ...TRANSITION_TABLE,
      dormant: { ...TRANSITION_TABLE.dormant, activate: { allowed: true, to: ['normal'] } },
    };
    expect(renderLifecycleDiagram(changed)).toContain(
      '    dormant --> normal : activate, reactivate\n',
    );
    expect(diagram).not.toMatch(/closed --> (pending|normal|dormant)/);
  });
});
