/**
 * Builds the handbook site under docs/site/ (build output, not committed): every preset's
 * handbook in English and Chinese, the edition diff, the lifecycle diagram drawn as SVG, the
 * chart of the caps per class and window, the other guides, and the typedoc API reference, with a
 * search box on every page. Markdown comes from the same functions as the committed snapshots;
 * markdown-it renders it into one template.
 *
 * Run: npm run docs   (needs Debian Chromium at /usr/bin/chromium, or CHROMIUM_PATH)
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listPresets } from '../src/presets/registry';
import { presetSnapshots, DIFF_PAGES } from './snapshots';
import { renderMarkdown, searchSections, type SearchSection } from './site/markdown';
import { capsSpec, lifecycleMermaid, renderCapsChart, renderMermaid } from './site/pictures';
import { CSS, renderPage, SEARCH_JS, type NavItem, type SiteLang } from './site/template';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'docs', 'site');
const LANGS: readonly SiteLang[] = ['en', 'zh-CN'];
const suffix = (lang: SiteLang) => (lang === 'en' ? '' : '.zh-CN');

interface Page {
  readonly lang: SiteLang;
  readonly path: string;
  readonly title: string;
  readonly markdown: string;
  /** HTML to put before the rendered Markdown (pictures). */
  readonly before?: string;
  readonly other?: string;
}

const WORDS = {
  en: {
    home: 'Home',
    diff: 'Edition diff 2016 → 2018',
    lifecycle: 'Lifecycle',
    caps: 'Caps chart',
    cli: 'Command line',
    windows: 'Windows',
    deriving: 'Deriving a preset',
    api: 'API reference',
    presets: 'Preset handbooks',
    guides: 'Guides',
  },
  'zh-CN': {
    home: '首页',
    diff: '2016→2018 版本差异',
    lifecycle: '账户生命周期',
    caps: '限额图',
    cli: '命令行',
    windows: '累计期间',
    deriving: '派生预设',
    api: 'API 参考',
    presets: '预设手册',
    guides: '指南',
  },
} as const;

function nav(lang: SiteLang): NavItem[] {
  const w = WORDS[lang];
  const s = suffix(lang);
  return [
    ...listPresets().map((p) => ({ href: `presets/${p.id}${s}.html`, label: p.id })),
    { href: `presets/diff-${DIFF_PAGES[0]![0]}-${DIFF_PAGES[0]![1]}${s}.html`, label: w.diff },
    { href: `lifecycle${s}.html`, label: w.lifecycle },
    { href: `caps${s}.html`, label: w.caps },
    ...(lang === 'en'
      ? [
          { href: 'cli.html', label: w.cli },
          { href: 'windows.html', label: w.windows },
          { href: 'presets/deriving.html', label: w.deriving },
        ]
      : []),
    { href: 'api/index.html', label: w.api },
  ];
}

/**
 * A relative link of a page (`cli.md#exit`, `../lifecycle.md`) as a link to the page built from
 * that file, or undefined when the target is not part of the site.
 */
function linkRewriter(pagePath: string, pages: ReadonlySet<string>) {
  const dir = posix.dirname(pagePath);
  return (href: string): string | undefined => {
    const hashAt = href.indexOf('#');
    const file = hashAt < 0 ? href : href.slice(0, hashAt);
    const hash = hashAt < 0 ? '' : href.slice(hashAt);
    if (!file) return href;
    const target = posix.normalize(posix.join(dir, file)).replace(/\.md$/, '.html');
    if (!pages.has(target)) return undefined;
    return posix.relative(dir, target) + hash;
  };
}

function figure(svg: string, caption: string, id: string): string {
  return `<figure id="${id}">\n${svg.replace(/^<\?xml[^>]*>\s*/, '')}\n<figcaption>${caption}</figcaption>\n</figure>\n`;
}

function guide(file: string): string {
  return readFileSync(join(root, 'docs', file), 'utf8');
}

function indexMarkdown(lang: SiteLang): string {
  const w = WORDS[lang];
  const s = suffix(lang);
  const en = lang === 'en';
  const lines = [
    en ? '# account-policy handbook' : '# account-policy 手册',
    '',
    en
      ? 'The rules the library ships, for compliance reviewers: every class, limit, duration and threshold with its source, generated from the preset data.'
      : '本库所附规则，供合规审核人员查阅：每一账户类别、限额、期限和阈值均列明依据，由预设数据生成。',
    '',
    `## ${w.presets}`,
    '',
    ...listPresets().map((p) => `- [${p.title[lang]}](presets/${p.id}${s}.md) (\`${p.id}\`)`),
    '',
    `## ${w.guides}`,
    '',
    `- [${w.diff}](presets/diff-cn-pboc-2016-cn-pboc-2018${s}.md)`,
    `- [${en ? 'Decision traces: worked examples' : '决策追踪示例'}](traces${s}.md)`,
    `- [${w.lifecycle}](lifecycle${s}.md)`,
    `- [${w.caps}](caps${s}.md)`,
    ...(en
      ? [
          `- [${w.cli}](cli.md)`,
          `- [${w.windows}](windows.md)`,
          `- [${w.deriving}](presets/deriving.md)`,
        ]
      : []),
    `- [${w.api}](api/index.md)`,
    '',
  ];
  return lines.join('\n');
}

function lifecycleZh(): string {
  return [
    '# 账户生命周期',
    '',
    '账户状态机：每一事件（激活、冻结、挂失、转久悬、销户等）按预设的生命周期规则改变账户状态，或列出拒绝的全部理由。冻结、挂失和限制与状态并存，不改变状态。',
    '',
    '下图由状态转换表生成：箭头表示改变状态的事件，注释列出状态不变的事件。各期限（挂失有效期、久悬期限、冻结期限）及其依据见各预设手册。',
    '',
  ].join('\n');
}

function capsMarkdown(lang: SiteLang): string {
  return lang === 'en'
    ? '# Caps per class and window\n\nEvery amount cap of every shipped preset: balance caps, per-transaction caps and the calendar-day and calendar-year inflow and outflow limits, per class or tier. Drawn with Vega-Lite from the preset data (logarithmic axis: the caps run from 1,000 to 200,000 CNY in the Chinese presets, and from 150 EUR to 5,000,000 NGN in the others; each preset’s caps are in its own currency, named beside it). Classes without an amount cap (Class I, the advanced tier) have no bar, and count limits are not drawn. The exact figures and their sources are in each preset’s handbook.\n'
    : '# 各类账户各期间的限额\n\n所附每个预设的全部金额上限：余额上限、单笔限额以及自然日、自然年的收入与支出限额，按账户类别或层级列示。由预设数据以 Vega-Lite 绘制（对数刻度：中国各预设的限额从1,000元到200,000元不等，其他预设从150欧元到5,000,000奈拉不等；各预设的限额以其自身币种计，币种标于预设名旁）。无金额上限的类别（Ⅰ类户、高级层级）不绘制，笔数限额亦不绘制。确切数字及依据见各预设手册。\n';
}

async function main(): Promise<void> {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(join(out, 'assets'), { recursive: true });

  console.log(
    'rendering the lifecycle diagram (Mermaid in Chromium) and the caps chart (Vega-Lite)…',
  );
  const diagrams = await renderMermaid({
    en: lifecycleMermaid('en'),
    'zh-CN': lifecycleMermaid('zh-CN'),
  });
  const pages: Page[] = [];
  for (const lang of LANGS) {
    const s = suffix(lang);
    const chart = await renderCapsChart(lang);
    writeFileSync(join(out, 'assets', `caps${s}.svg`), chart);
    writeFileSync(join(out, 'assets', `caps${s}.vl.json`), JSON.stringify(capsSpec(lang), null, 2));
    writeFileSync(join(out, 'assets', `lifecycle${s}.svg`), diagrams[lang]!);
    const w = WORDS[lang];
    const other = `${lang === 'en' ? 'zh-CN' : 'en'}`;
    const otherSuffix = other === 'en' ? '' : '.zh-CN';
    pages.push({
      lang,
      path: `index${s}.html`,
      title: w.home,
      markdown: indexMarkdown(lang),
      other: `index${otherSuffix}.html`,
    });
    const lifecycleDoc =
      lang === 'en'
        ? guide('lifecycle.md').replace(/```mermaid\n[\s\S]*?```\n/, '')
        : lifecycleZh();
    const [head, ...rest] = lifecycleDoc.split('\n');
    pages.push({
      lang,
      path: `lifecycle${s}.html`,
      title: w.lifecycle,
      markdown: [head, '', ...rest].join('\n'),
      before: figure(
        diagrams[lang]!,
        lang === 'en'
          ? 'Account lifecycle: statuses and the events that change them (Mermaid, from TRANSITION_TABLE).'
          : '账户生命周期：状态及改变状态的事件（由状态转换表以 Mermaid 绘制）。',
        'lifecycle-diagram',
      ),
      other: `lifecycle${otherSuffix}.html`,
    });
    pages.push({
      lang,
      path: `caps${s}.html`,
      title: w.caps,
      markdown: capsMarkdown(lang),
      before: figure(
        chart,
        lang === 'en'
          ? 'Caps per class and window, all shipped presets.'
          : '各预设各类账户各期间的限额。',
        'caps-chart',
      ),
      other: `caps${otherSuffix}.html`,
    });
  }
  for (const { path, text } of presetSnapshots()) {
    const lang: SiteLang = path.endsWith('.zh-CN.md') ? 'zh-CN' : 'en';
    const html = path.replace(/^docs\//, '').replace(/\.md$/, '.html');
    const other =
      lang === 'en'
        ? html.replace(/\.html$/, '.zh-CN.html')
        : html.replace(/\.zh-CN\.html$/, '.html');
    const title = /^# (.*)$/m.exec(text)?.[1] ?? path;
    pages.push({ lang, path: html, title, markdown: text, other });
  }
  for (const file of ['cli.md', 'windows.md', 'presets/deriving.md'])
    pages.push({
      lang: 'en',
      path: file.replace(/\.md$/, '.html'),
      title: /^# (.*)$/m.exec(guide(file))?.[1] ?? file,
      markdown: guide(file),
    });

  console.log('building the API reference (typedoc)…');
  execFileSync(
    process.execPath,
    [
      join(root, 'node_modules', 'typedoc', 'bin', 'typedoc'),
      '--options',
      'typedoc.site.json',
      '--treatWarningsAsErrors',
    ],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );

  const known = new Set([...pages.map((p) => p.path), 'api/index.html']);
  const search: SearchSection[] = [];
  for (const page of pages) {
    // The page's title first, then its picture, then the rest of its text.
    const rewrite = linkRewriter(page.path, known);
    const [first = '', ...rest] = page.markdown.split('\n');
    const body = page.before
      ? renderMarkdown(first, rewrite) + page.before + renderMarkdown(rest.join('\n'), rewrite)
      : renderMarkdown(page.markdown, rewrite);
    const html = renderPage({
      lang: page.lang,
      title: page.title,
      path: page.path,
      other: page.other && known.has(page.other) ? page.other : undefined,
      nav: nav(page.lang),
      body,
    });
    mkdirSync(dirname(join(out, page.path)), { recursive: true });
    writeFileSync(join(out, page.path), html);
    search.push(...searchSections(page.markdown, page.path, page.lang, page.title));
  }
  writeFileSync(join(out, 'assets', 'site.css'), CSS);
  writeFileSync(join(out, 'assets', 'search.js'), SEARCH_JS);
  writeFileSync(
    join(out, 'assets', 'search-index.js'),
    `window.SEARCH_DOCS = ${JSON.stringify(search)};\n`,
  );
  cpSync(
    join(root, 'node_modules', 'minisearch', 'dist', 'umd', 'index.js'),
    join(out, 'assets', 'minisearch.js'),
  );
  console.log(
    `wrote ${pages.length} pages, the API reference and ${search.length} search entries to docs/site/`,
  );
}

await main();
