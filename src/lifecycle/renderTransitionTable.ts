import { LIFECYCLE_EVENT_TYPES } from './events';
import { TRANSITION_TABLE, type TransitionTable } from './transitionTable';
import { ACCOUNT_STATUSES } from './types';

/**
 * Renders the transition table as a Markdown table: one row per event, one column per status;
 * a cell names the status(es) the event may lead to, or the refusal code.
 *
 * @param table - the table to render (default {@link TRANSITION_TABLE})
 * @returns Markdown, ending with a newline
 * @example
 * ```ts
 * renderTransitionTable().includes('| close | → closed | → closed |'); // true
 * ```
 */
export function renderTransitionTable(table: TransitionTable = TRANSITION_TABLE): string {
  const lines = [
    `| event | ${ACCOUNT_STATUSES.join(' | ')} |`,
    `|---|${ACCOUNT_STATUSES.map(() => '---').join('|')}|`,
  ];
  for (const event of LIFECYCLE_EVENT_TYPES) {
    const cells = ACCOUNT_STATUSES.map((s) => {
      const rule = table[s][event];
      return rule.allowed
        ? rule.to.map((t) => (t === s ? 'stays' : `→ ${t}`)).join(' or ')
        : `\`${rule.refusal}\``;
    });
    lines.push(`| ${event} | ${cells.join(' | ')} |`);
  }
  return lines.join('\n') + '\n';
}
