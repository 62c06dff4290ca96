import { LIFECYCLE_EVENT_TYPES } from './events';
import { TRANSITION_TABLE, type TransitionTable } from './transitionTable';
import { ACCOUNT_STATUSES } from './types';

/**
 * Renders the transition table as a Mermaid state diagram (`stateDiagram-v2`): one arrow per
 * change of status, labelled with the events that make it, and a note per status listing the
 * events that keep it (freezes, loss reports, restrictions, … held beside the status). A new
 * account starts `pending`; `closed` is final.
 *
 * @param table - the table to draw (default {@link TRANSITION_TABLE})
 * @returns the diagram's Mermaid source, ending with a newline
 * @example
 * ```ts
 * renderLifecycleDiagram().split('\n')[0]; // 'stateDiagram-v2'
 * ```
 */
export function renderLifecycleDiagram(table: TransitionTable = TRANSITION_TABLE): string {
  const lines = ['stateDiagram-v2', '    [*] --> pending : open'];
  const notes: string[] = [];
  for (const from of ACCOUNT_STATUSES) {
    const byTarget = new Map<string, string[]>();
    const stays: string[] = [];
    for (const event of LIFECYCLE_EVENT_TYPES) {
      const rule = table[from][event];
      if (!rule.allowed) continue;
      for (const to of rule.to) {
        if (to === from) stays.push(event);
        else byTarget.set(to, [...(byTarget.get(to) ?? []), event]);
      }
    }
    for (const to of ACCOUNT_STATUSES) {
      const events = byTarget.get(to);
      if (events) lines.push(`    ${from} --> ${to} : ${events.join(', ')}`);
    }
    if (stays.length > 0)
      notes.push(`    note right of ${from} : stays ${from} on ${stays.join(', ')}`);
  }
  lines.push('    closed --> [*]', ...notes);
  return lines.join('\n') + '\n';
}
