/**
 * The page template of the handbook site: header with navigation, language switch and search,
 * then the page's body. Plain HTML and CSS; the search runs in the browser with MiniSearch over
 * assets/search-index.js (a script, so that it works from file:// as well as over HTTP).
 */

export type SiteLang = 'en' | 'zh-CN';

/** One entry of the navigation. */
export interface NavItem {
  readonly href: string;
  readonly label: string;
}

export interface PageInput {
  readonly lang: SiteLang;
  readonly title: string;
  /** The page's path relative to the site root, e.g. `presets/cn-pboc-2018.html`. */
  readonly path: string;
  /** The same page in the other language, relative to the site root (if any). */
  readonly other?: string | undefined;
  readonly nav: readonly NavItem[];
  readonly body: string;
}

const WORDS = {
  en: {
    site: 'account-policy handbook',
    search: 'Search the handbook…',
    other: '中文',
    noResults: 'No results',
  },
  'zh-CN': {
    site: 'account-policy 手册',
    search: '搜索手册…',
    other: 'English',
    noResults: '无结果',
  },
} as const;

function escape(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** `../` as many times as the page is deep, so that every link is relative. */
export function rootOf(path: string): string {
  return '../'.repeat(path.split('/').length - 1);
}

export const CSS = `
:root { --fg: #1f2328; --muted: #59636e; --line: #d1d9e0; --accent: #0b5cad; --bg: #f6f8fa; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.6 system-ui, "Noto Sans CJK SC", "Noto Sans", sans-serif; color: var(--fg); }
header { display: flex; flex-wrap: wrap; gap: 12px; align-items: center; padding: 10px 24px;
  border-bottom: 1px solid var(--line); background: var(--bg); }
header .site { font-weight: 600; color: var(--fg); text-decoration: none; margin-right: 8px; }
nav { display: flex; flex-wrap: wrap; gap: 4px 14px; flex: 1; }
nav a { color: var(--accent); text-decoration: none; }
nav a[aria-current="page"] { font-weight: 600; text-decoration: underline; }
.search { position: relative; }
.search input { width: 16em; padding: 4px 8px; border: 1px solid var(--line); border-radius: 6px; }
.search ol { position: absolute; right: 0; top: 2.2em; width: 28em; max-height: 60vh; overflow: auto;
  margin: 0; padding: 6px 0; list-style: none; background: #fff; border: 1px solid var(--line);
  border-radius: 6px; box-shadow: 0 4px 16px rgba(0,0,0,.12); }
.search ol:empty { display: none; }
.search li a { display: block; padding: 4px 12px; color: var(--fg); text-decoration: none; }
.search li a:hover, .search li a:focus { background: var(--bg); }
.search li small { display: block; color: var(--muted); }
main { max-width: 1100px; margin: 0 auto; padding: 8px 24px 64px; }
table { border-collapse: collapse; margin: 12px 0; display: block; overflow-x: auto; }
th, td { border: 1px solid var(--line); padding: 4px 8px; vertical-align: top; }
th { background: var(--bg); }
code { background: var(--bg); padding: 0 3px; border-radius: 3px; font-size: 90%; }
pre { background: var(--bg); padding: 12px; overflow-x: auto; }
figure { margin: 16px 0; }
figure svg { max-width: 100%; height: auto; }
figcaption { color: var(--muted); font-size: 90%; }
`;

/** The browser side of the search box (MiniSearch; the same tokenizer as the index). */
export const SEARCH_JS = `
(function () {
  var input = document.getElementById('search');
  var list = document.getElementById('search-results');
  if (!input || !list || !window.MiniSearch || !window.SEARCH_DOCS) return;
  var lang = document.documentElement.lang;
  var root = document.body.getAttribute('data-root') || '';
  function tokenize(text) {
    var out = [];
    var parts = String(text).toLowerCase().match(/[\\p{Script=Han}]+|[\\p{L}\\p{N}_.]+/gu) || [];
    parts.forEach(function (p) {
      if (/\\p{Script=Han}/u.test(p)) {
        for (var i = 0; i < p.length; i++) { out.push(p[i]); if (i + 1 < p.length) out.push(p.slice(i, i + 2)); }
      } else out.push(p);
    });
    return out;
  }
  var docs = window.SEARCH_DOCS.filter(function (d) { return d.lang === lang; });
  var index = new window.MiniSearch({ fields: ['title', 'text'], storeFields: ['url', 'title', 'page'],
    tokenize: tokenize, searchOptions: { boost: { title: 3 }, prefix: true, combineWith: 'AND' } });
  index.addAll(docs);
  input.addEventListener('input', function () {
    list.textContent = '';
    var q = input.value.trim();
    if (!q) return;
    index.search(q).slice(0, 12).forEach(function (r) {
      var li = document.createElement('li');
      var a = document.createElement('a');
      a.href = root + r.url;
      a.textContent = r.title;
      var small = document.createElement('small');
      small.textContent = r.page;
      a.appendChild(small);
      li.appendChild(a);
      list.appendChild(li);
    });
  });
})();
`;

/**
 * One page of the site.
 *
 * @param page - the page
 * @returns the HTML document
 */
export function renderPage(page: PageInput): string {
  const w = WORDS[page.lang];
  const root = rootOf(page.path);
  const nav = page.nav
    .map(
      (item) =>
        `<a href="${root}${item.href}"${item.href === page.path ? ' aria-current="page"' : ''}>${escape(item.label)}</a>`,
    )
    .join('\n      ');
  const other = page.other
    ? `<a class="lang" href="${root}${page.other}" hreflang="${page.lang === 'en' ? 'zh-CN' : 'en'}">${w.other}</a>`
    : '';
  return `<!doctype html>
<html lang="${page.lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${escape(page.title)} — ${w.site}</title>
  <link rel="icon" href="data:,">
  <link rel="stylesheet" href="${root}assets/site.css">
</head>
<body data-root="${root}">
  <header>
    <a class="site" href="${root}${page.lang === 'en' ? 'index.html' : 'index.zh-CN.html'}">${w.site}</a>
    <nav>
      ${nav}
    </nav>
    ${other}
    <div class="search" role="search">
      <input id="search" type="search" placeholder="${w.search}" aria-label="${w.search}" autocomplete="off">
      <ol id="search-results"></ol>
    </div>
  </header>
  <main>
${page.body}
  </main>
  <script src="${root}assets/minisearch.js"></script>
  <script src="${root}assets/search-index.js"></script>
  <script src="${root}assets/search.js"></script>
</body>
</html>
`;
}
