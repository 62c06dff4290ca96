/**
 * The renderers of the transition table (docs/lifecycle.md carries their output for the shipped
 * table; lifecycleDoc.test.ts checks that): their exact shape, ending with a newline as documented,
 * and how they draw tables other than the shipped one.
 */
import { describe, expect, it } from 'vitest';
import { renderLifecycleDiagram } from './renderLifecycleDiagram';
import { renderTransitionTable } from './renderTransitionTable';
import { TRANSITION_TABLE, type TransitionTable } from './transitionTable';

/** The shipped table with closed refusing even `advance`, and dormant → closed or normal on close. */
const changed: TransitionTable = {
  ...TRANSITION_TABLE,
  dormant: { ...TRANSITION_TABLE.dormant, close: { allowed: true, to: ['closed', 'normal'] } },
  closed: {
    ...TRANSITION_TABLE.closed,
    advance: { allowed: false, refusal: 'already_closed' },
  },
};

describe('renderTransitionTable', () => {
  it('one header, one rule line, one row per event; ends with a newline', () => {
    const text = renderTransitionTable();
    const lines = text.split('\n');
    expect(lines.slice(0, 3)).toStrictEqual([
      '| event | pending | normal | dormant | closed |',
      '|---|---|---|---|---|',
      '| activate | → normal | `transition_not_allowed` | `transition_not_allowed` | `already_closed` |',
    ]);
    expect(lines).toHaveLength(2 + 16 + 1);
    expect(lines.at(-2)).toBe('| advance | stays | stays or → dormant | stays | stays |');
    expect(text.endsWith('|\n')).toBe(true);
  });

  it('draws another table as it is', () => {
    const text = renderTransitionTable(changed);
    expect(text).toContain(
      '| close | → closed | → closed | → closed or → normal | `already_closed` |\n',
    );
    expect(text).toContain('| advance | stays | stays or → dormant | stays | `already_closed` |\n');
  });
});

describe('renderLifecycleDiagram', () => {
  it('starts at pending, ends at closed, one note per status that keeps itself; ends with a newline', () => {
    const lines = renderLifecycleDiagram().split('\n');
    expect(lines.slice(0, 3)).toStrictEqual([
      'stateDiagram-v2',
      '    [*] --> pending : open',
      '    pending --> normal : activate',
    ]);
    expect(lines.at(-1)).toBe('');
    expect(lines.at(-2)).toBe('    note right of closed : stays closed on advance');
    expect(lines.filter((l) => l.startsWith('    note right of '))).toHaveLength(4);
    expect(lines.indexOf('    closed --> [*]')).toBe(lines.length - 6);
  });

  it('a status that never keeps itself has no note; several targets each get an arrow', () => {
    const text = renderLifecycleDiagram(changed);
    expect(text).not.toContain('note right of closed');
    expect(text).toContain('    dormant --> normal : reactivate, close\n');
    expect(text).toContain('    dormant --> closed : close\n');
    expect(text.endsWith('advance\n')).toBe(true);
  });
});
