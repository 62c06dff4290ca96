/**
 * The shipped Markdown's relative links resolve inside the installed package: every relative
 * link (and image) in README.md and the shipped docs/**\/*.md names a file, or a directory, that
 * exists and that `npm pack` includes (the `files` of package.json). Links into fenced code blocks
 * and inline code are not links; absolute URLs and in-page anchors are not checked here.
 * Needs no build: the list comes from `npm pack --dry-run`, which lists dist/ only when built.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { packedFiles, root } from './pack';

/** The relative link targets of a Markdown text, code blocks and code spans left out. */
function relativeLinks(markdown: string): string[] {
  const prose = markdown
    .replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '')
    .replace(/(`+)[\s\S]*?\1/g, (span) => span.replace(/[[\]()]/g, ' '));
  const targets = [
    // [text](target "title") and ![alt](target)
    ...[...prose.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+["'(][^)]*)?\)/g)].map((m) => m[1]!),
    // [label]: target
    ...[...prose.matchAll(/^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/gm)].map((m) => m[1]!),
  ];
  return targets
    .filter((t) => !/^[a-z][a-z0-9+.-]*:/i.test(t) && !t.startsWith('#') && !t.startsWith('//'))
    .map((t) => decodeURI(t.replace(/[?#].*$/, '')));
}

let files: string[] = [];
let markdown: string[] = [];

beforeAll(() => {
  files = packedFiles();
  markdown = files.filter((f) => f === 'README.md' || (f.startsWith('docs/') && f.endsWith('.md')));
});

describe('relativeLinks', () => {
  it('finds inline, image and reference links, leaving out code, URLs and anchors', () => {
    const text = [
      'See [the docs](docs/cli.md#exit "Exit"), ![x](img/a.png) and [web](https://x.org).',
      '[ref]: ../elsewhere.md',
      '`[not](a-link.md)` and [top](#top).',
      '```md',
      '[nor](this.md)',
      '```',
    ].join('\n');
    expect(relativeLinks(text)).toEqual(['docs/cli.md', 'img/a.png', '../elsewhere.md']);
  });
});

describe('the shipped Markdown', () => {
  it('ships the README, the command contract, the lifecycle and the handbooks', () => {
    expect(markdown).toEqual(
      expect.arrayContaining([
        'README.md',
        'docs/cli.md',
        'docs/lifecycle.md',
        'docs/presets/cn-pboc-2018.md',
      ]),
    );
    expect(files).toContain('LICENSE');
    expect(files.some((f) => f.startsWith('docs/api/') || f.startsWith('docs/site/'))).toBe(false);
  });

  it('links only to files and directories that exist and are in the package', () => {
    const broken: string[] = [];
    let checked = 0;
    for (const file of markdown) {
      for (const link of relativeLinks(readFileSync(join(root, file), 'utf8'))) {
        checked++;
        const target = posix.normalize(posix.join(posix.dirname(file), link)).replace(/\/$/, '');
        const why =
          target === '..' || target.startsWith('../')
            ? 'points outside the package'
            : !existsSync(join(root, target))
              ? 'does not exist'
              : !files.some((f) => f === target || f.startsWith(`${target}/`))
                ? 'is not included by "files" in package.json'
                : undefined;
        if (why) broken.push(`${file}: (${link}) ${why}`);
      }
    }
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(3);
  });
});
