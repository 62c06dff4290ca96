/**
 * The README's code runs as written: every ```ts / ```js block of README.md is written into a
 * scratch project where `account-policy` (and `account-policy/<area>`) maps to src/ through
 * tsconfig `paths`, type-checked (strict, one tsc run for all blocks) and run with tsx. A line
 * `expression; // value` whose comment is a whole JavaScript value is also asserted: the
 * expression must equal the value (objects: the keys shown; arrays: element by element), so the
 * results the README shows are the results users get. Comments that are prose (`// false: …`)
 * are left alone. A block whose first line is `// readme: type-check only` is type-checked but
 * not run; shell, JSON and plain blocks are not code to run. Needs no build.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { root, run } from './pack';

const README = readFileSync(join(root, 'README.md'), 'utf8');
const TYPE_CHECK_ONLY = '// readme: type-check only';
const tsx = join(root, 'node_modules', '.bin', 'tsx');
const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');

interface Block {
  readonly lang: string;
  /** The line of its opening fence in README.md (1-based). */
  readonly line: number;
  readonly code: string;
}

/** The fenced code blocks of a Markdown text. */
function codeBlocks(markdown: string): Block[] {
  const blocks: Block[] = [];
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = /^(`{3,}|~{3,})\s*([\w-]*)/.exec(lines[i]!);
    if (!open) continue;
    const end = lines.findIndex((l, j) => j > i && l.trimEnd() === open[1]);
    const close = end < 0 ? lines.length : end;
    blocks.push({ lang: open[2]!, line: i + 1, code: lines.slice(i + 1, close).join('\n') });
    i = close;
  }
  return blocks;
}

const isCode = (b: Block) => /^(ts|typescript|js|javascript|mjs)$/.test(b.lang);

/** Whether a text is one whole JavaScript expression (parsed, never run). */
function isExpression(text: string): boolean {
  try {
    new Function(`return (\n${text}\n);`);
    return true;
  } catch {
    return false;
  }
}

/**
 * The block with each `expression; // value` line turned into an assertion, and how many.
 *
 * @param code - the block
 * @param firstLine - the README line of the block's first line, for messages
 */
function withAssertions(code: string, firstLine: number): { code: string; count: number } {
  let count = 0;
  const lines = code.split('\n').map((line, i) => {
    const m = /^(\s*)(.+?);\s*\/\/\s*(.+?)\s*$/.exec(line);
    const next = code.split('\n')[i + 1] ?? '';
    if (!m || /^\s*\/\//.test(next)) return line;
    const [, indent, expression, value] = m as unknown as [string, string, string, string];
    if (/^(const|let|var|import|export|return|throw)\b/.test(expression)) return line;
    if (!isExpression(expression) || !isExpression(value)) return line;
    count++;
    return `${indent}__readmeExpect(${expression}, ${value}, 'README.md:${firstLine + i}');`;
  });
  return { code: `${lines.join('\n')}\n${EXPECT_HELPER}`, count };
}

const EXPECT_HELPER = `
function __readmeExpect(actual: unknown, expected: unknown, where: string): void {
  const matches = (a: unknown, e: unknown): boolean =>
    Array.isArray(e)
      ? Array.isArray(a) && a.length === e.length && e.every((x, i) => matches(a[i], x))
      : typeof e === 'object' && e !== null
        ? typeof a === 'object' && a !== null &&
          Object.entries(e).every(([k, v]) => matches((a as Record<string, unknown>)[k], v))
        : Object.is(a, e);
  if (!matches(actual, expected))
    throw new Error(where + ': the README shows ' + JSON.stringify(expected) + ', the code gives ' + JSON.stringify(actual));
}
`;

const blocks = codeBlocks(README).filter(isCode);
let scratch = '';
/** The block as written (JavaScript as .mjs, type-checked with allowJs), and the file run. */
const fileOf = (b: Block) => `block-${b.line}.${b.lang.startsWith('j') ? 'mjs' : 'ts'}`;
const runFileOf = (b: Block) => `block-${b.line}.run.ts`;

/**
 * Runs a file with tsx; on failure, throws with its error output minus the stack frames (which
 * point into the scratch project and would be read as this test's own frames).
 */
function runTs(file: string): void {
  const r = spawnSync(tsx, ['--tsconfig', 'tsconfig.json', file], {
    cwd: scratch,
    encoding: 'utf8',
    timeout: 60_000,
  });
  if (r.status !== 0)
    throw new Error(
      `tsx ${file} exited ${r.status}:\n${`${r.stdout}\n${r.stderr}`.replace(/^\s+at .*\n?/gm, '')}`,
    );
}

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'account-policy-readme-'));
  writeFileSync(
    join(scratch, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'es2022',
        module: 'esnext',
        moduleResolution: 'bundler',
        strict: true,
        noUncheckedIndexedAccess: true,
        skipLibCheck: true,
        noEmit: true,
        allowJs: true,
        types: [],
        lib: ['es2022', 'dom'],
        paths: {
          'account-policy': [join(root, 'src', 'index.ts')],
          'account-policy/*': [join(root, 'src', '*', 'index.ts')],
        },
      },
      files: blocks.map((b) => fileOf(b)),
    }),
  );
  for (const b of blocks) {
    // `export {}` makes each block a module of its own, as a user's file would be.
    writeFileSync(join(scratch, fileOf(b)), `${b.code}\nexport {};\n`);
    writeFileSync(join(scratch, runFileOf(b)), withAssertions(b.code, b.line + 1).code);
  }
});

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

describe('the README code blocks', () => {
  it('are found: the TypeScript tour and the form example, at least', () => {
    expect(blocks.filter((b) => b.lang === 'ts').length).toBeGreaterThanOrEqual(2);
    expect(blocks.map((b) => b.code).join('\n')).toContain('openingFormSchema');
  });

  it('type-check, strict, against the source', () => {
    run('node', [tsc, '-p', 'tsconfig.json'], scratch);
  });

  it.each(blocks.filter((b) => !b.code.startsWith(TYPE_CHECK_ONLY)))(
    'the block at line $line runs as written, showing the results it gives',
    (b) => {
      runTs(runFileOf(b));
    },
  );

  it('assert the values the blocks show (so a wrong comment fails)', () => {
    const total = blocks.reduce((n, b) => n + withAssertions(b.code, b.line + 1).count, 0);
    expect(total).toBeGreaterThanOrEqual(4);
    const wrong = withAssertions('const x = 1 + 1;\nx; // 3', 1);
    expect(wrong.count).toBe(1);
    writeFileSync(join(scratch, 'wrong.ts'), wrong.code);
    expect(() => runTs('wrong.ts')).toThrow('README.md:2: the README shows 3, the code gives 2');
    expect(withAssertions('r.ok; // false: reasons [{ code: "x" }]', 1).count).toBe(0);
    expect(withAssertions('d.violations[0]; // { code: "x",\n// more }', 1).count).toBe(0);
  });
});
