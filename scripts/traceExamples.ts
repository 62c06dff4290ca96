/**
 * Worked trace examples for the handbook site: each example is a CLI input run through the real
 * command (`main([command, '--trace', '--lang', lang])`, in-process), so the page shows exactly
 * what `account-policy … --trace` prints. Generated into docs/traces.md and docs/traces.zh-CN.md
 * by `npm run snapshots`; a snapshot test fails when the rules change and the page was not
 * regenerated.
 */
import { main } from '../src/cli/main';
import type { Lang } from '../src/messages/lang';

interface Example {
  readonly command: 'check' | 'transition' | 'eligibility';
  readonly title: { readonly [L in Lang]: string };
  readonly input: unknown;
}

const CHECK_ACCOUNT = { class: 'II', balance: '1500.00', faceToFaceVerified: false };
const CHECK_HISTORY = [
  {
    at: '2026-11-22T09:00:00+08:00',
    amount: '9000.00',
    kind: 'transfer_out',
    counterparty: 'other',
  },
];
const CLOSING_ACCOUNT = {
  status: 'normal',
  balance: '0.00',
  openedAt: '2025-01-05T10:00:00+08:00',
  lastActiveAt: '2026-10-01T10:00:00+08:00',
  freezes: [],
  lossReport: null,
  pendingBusiness: [],
  linkedServices: [],
};
const APPLICANT = {
  birthDate: '1990-05-01',
  document: { type: 'resident_id_card', number: '11010519491231002X', expiresOn: '2036-01-01' },
  verifications: ['id_network_check', 'bound_account_check'],
  guardianPresent: false,
};

/** The examples, allowed and refused for each command. */
export const TRACE_EXAMPLES: readonly Example[] = [
  {
    command: 'check',
    title: {
      en: 'A Class II transfer that stays within the daily limit (allowed)',
      'zh-CN': '未超过日累计限额的Ⅱ类户转账（允许）',
    },
    input: {
      preset: 'cn-pboc-2018',
      account: CHECK_ACCOUNT,
      history: CHECK_HISTORY,
      transaction: {
        at: '2026-11-22T10:00:00+08:00',
        amount: '1000.00',
        kind: 'transfer_out',
        counterparty: 'other',
      },
    },
  },
  {
    command: 'check',
    title: {
      en: 'A Class II transfer one step over the daily limit (refused)',
      'zh-CN': '超过日累计限额的Ⅱ类户转账（拒绝）',
    },
    input: {
      preset: 'cn-pboc-2018',
      account: CHECK_ACCOUNT,
      history: CHECK_HISTORY,
      transaction: {
        at: '2026-11-22T10:00:00+08:00',
        amount: '1500.00',
        kind: 'transfer_out',
        counterparty: 'other',
      },
    },
  },
  {
    command: 'transition',
    title: { en: 'Closing an account at the counter (allowed)', 'zh-CN': '柜面销户（允许）' },
    input: {
      account: CLOSING_ACCOUNT,
      event: { type: 'close', at: '2026-11-22T10:00:00+08:00', channel: 'counter' },
    },
  },
  {
    command: 'transition',
    title: {
      en: 'Closing an account with money and a loan still on it, online (refused)',
      'zh-CN': '账户尚有余额和未结业务时网上销户（拒绝）',
    },
    input: {
      account: { ...CLOSING_ACCOUNT, balance: '12.30', pendingBusiness: ['loan'] },
      event: { type: 'close', at: '2026-11-22T10:00:00+08:00', channel: 'online' },
    },
  },
  {
    command: 'eligibility',
    title: {
      en: 'An adult opens a Class II account remotely (eligible)',
      'zh-CN': '成年人远程开立Ⅱ类户（符合条件）',
    },
    input: {
      preset: 'cn-pboc-2018',
      requestedClass: 'II',
      today: '2026-11-22',
      channel: 'remote',
      applicant: APPLICANT,
      existingAccounts: [{ class: 'I' }],
    },
  },
  {
    command: 'eligibility',
    title: {
      en: 'A second Class I account, remotely, with an expired document (not eligible)',
      'zh-CN': '证件已过期、远程申请第二个Ⅰ类户（不符合条件）',
    },
    input: {
      preset: 'cn-pboc-2018',
      requestedClass: 'I',
      today: '2026-11-22',
      channel: 'remote',
      applicant: { ...APPLICANT, document: { ...APPLICANT.document, expiresOn: '2026-11-21' } },
      existingAccounts: [{ class: 'I' }],
    },
  },
];

interface TraceLine {
  readonly rule: string;
  readonly source: string;
  readonly outcome: string;
  readonly values: Readonly<Record<string, unknown>>;
  readonly message: string;
}

/**
 * Runs one example through the command with `--trace`.
 *
 * @param example - the example
 * @param lang - the language of the messages
 * @returns the command's parsed JSON output
 */
export function runTraceExample(example: Example, lang: Lang): Record<string, unknown> {
  let out = '';
  const status = main([example.command, '--trace', '--lang', lang], {
    readStdin: () => JSON.stringify(example.input),
    readFile: () => {
      throw new Error('no files');
    },
    stdout: (text) => {
      out += text;
    },
    stderr: () => {},
  });
  if (status !== 0) throw new Error(`${example.command} example failed (${status}): ${out}`);
  return JSON.parse(out) as Record<string, unknown>;
}

const WORDS = {
  en: {
    title: '# Decision traces: worked examples',
    intro:
      'Every decision can be explained rule by rule: `--trace` on `check`, `transition` and `eligibility` (or `explainDecision(decision, { lang })` in code, on a decision made with `{ trace: true }`) lists every rule evaluated, in order, with its source, the values it compared and one plain sentence. The examples below are run through the real command when this page is generated.',
    command: 'Command',
    input: 'Input',
    result: 'Decision',
    table: '| # | Rule | Outcome | Values | Sentence | Source |',
    outcomes: { passed: 'passed', failed: '**failed**', not_applicable: 'not applicable' },
  },
  'zh-CN': {
    title: '# 决策追踪：示例',
    intro:
      '每一项决策都可以逐条规则解释：`check`、`transition` 和 `eligibility` 加上 `--trace`（或在代码中对以 `{ trace: true }` 作出的决策调用 `explainDecision(decision, { lang })`），按顺序列出所评估的每条规则、其依据、比较的数值和一句说明。以下示例在生成本页时由实际命令运行得出。',
    command: '命令',
    input: '输入',
    result: '决策',
    table: '| # | 规则 | 结果 | 数值 | 说明 | 依据 |',
    outcomes: { passed: '通过', failed: '**未通过**', not_applicable: '不适用' },
  },
} as const;

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function verdict(output: Record<string, unknown>): string {
  const { trace: _trace, ...decision } = output;
  const keys = ['allowed', 'ok', 'eligible'].filter((k) => k in decision);
  return keys.map((k) => `\`${k}: ${String(decision[k])}\``).join(', ');
}

/**
 * The worked-examples page in one language.
 *
 * @param lang - the page's language
 * @returns the Markdown page
 */
export function renderTraceExamples(lang: Lang): string {
  const w = WORDS[lang];
  const lines: string[] = [w.title, '', w.intro, ''];
  TRACE_EXAMPLES.forEach((example, n) => {
    const output = runTraceExample(example, lang);
    const trace = output['trace'] as readonly TraceLine[];
    lines.push(`## ${n + 1}. ${example.title[lang]}`, '');
    lines.push(`${w.command}: \`account-policy ${example.command} --trace --lang ${lang}\``, '');
    lines.push(`${w.input}:`, '', '```json', JSON.stringify(example.input, null, 2), '```', '');
    lines.push(`${w.result}: ${verdict(output)}`, '');
    lines.push(w.table, '|---|---|---|---|---|---|');
    trace.forEach((t, i) => {
      const values = Object.entries(t.values)
        .map(([k, v]) => `${k}=${String(v)}`)
        .join(', ');
      lines.push(
        `| ${i + 1} | \`${t.rule}\` | ${w.outcomes[t.outcome as keyof typeof w.outcomes] ?? t.outcome} | ${cell(values)} | ${cell(t.message)} | ${cell(t.source)} |`,
      );
    });
    lines.push('');
  });
  return lines.join('\n');
}
