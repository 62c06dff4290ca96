/**
 * Markdown to HTML for the handbook site (markdown-it): headings get ids (for links and search
 * results), relative links to Markdown files become links to the pages built from them, and the
 * text of every section is collected for the search index.
 */
import MarkdownIt from 'markdown-it';

/** One searchable section of a page: under one heading. */
export interface SearchSection {
  readonly id: string;
  readonly url: string;
  readonly lang: string;
  readonly page: string;
  readonly title: string;
  readonly text: string;
}

/** A heading's id: lower case, spaces to dashes, letters of any script kept. */
export function slug(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/<[^>]+>/g, '')
      .replace(/[^\p{L}\p{N}\s-]/gu, '')
      .trim()
      .replace(/\s+/g, '-') || 'section'
  );
}

const md = new MarkdownIt({ html: true, linkify: false, typographer: false });

// Heading ids, unique within a page.
md.core.ruler.push('heading_ids', (state) => {
  const used = new Map<string, number>();
  const tokens = state.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.type !== 'heading_open') continue;
    const base = slug(tokens[i + 1]?.content ?? '');
    const n = used.get(base) ?? 0;
    used.set(base, n + 1);
    token.attrSet('id', n ? `${base}-${n}` : base);
  }
});

/**
 * Renders one page's Markdown.
 *
 * @param markdown - the Markdown text
 * @param rewriteLink - maps a relative link target (`cli.md#x`) to the site's (`cli.html#x`);
 *   returns undefined for a target outside the site, which is then written as plain text
 * @returns the HTML body
 */
export function renderMarkdown(
  markdown: string,
  rewriteLink: (href: string) => string | undefined,
): string {
  const env = {};
  const tokens = md.parse(markdown, env);
  for (const block of tokens) {
    const children = block.children ?? [];
    for (let i = 0; i < children.length; i++) {
      const t = children[i]!;
      if (t.type !== 'link_open') continue;
      const href = String(t.attrGet('href') ?? '');
      if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('#')) continue;
      const target = rewriteLink(href);
      if (target !== undefined) {
        t.attrSet('href', target);
        continue;
      }
      // Not part of the site: keep the text, drop the link.
      const close = children.findIndex((c, j) => j > i && c.type === 'link_close');
      children.splice(close, 1);
      children.splice(i, 1);
      i--;
    }
  }
  return md.renderer.render(tokens, md.options, env);
}

/**
 * The sections of a page for the search index: the text under each heading.
 *
 * @param markdown - the page's Markdown
 * @param url - the page's URL relative to the site root
 * @param lang - the page's language
 * @param page - the page's title
 * @returns one entry per heading (and one for the text before the first)
 */
export function searchSections(
  markdown: string,
  url: string,
  lang: string,
  page: string,
): SearchSection[] {
  const out: SearchSection[] = [];
  const used = new Map<string, number>();
  let title = page;
  let anchor = '';
  let text: string[] = [];
  const flush = () => {
    const body = text.join(' ').replace(/\s+/g, ' ').trim();
    if (body || anchor)
      out.push({
        id: `${url}#${anchor}`,
        url: anchor ? `${url}#${anchor}` : url,
        lang,
        page,
        title,
        text: body,
      });
    text = [];
  };
  for (const line of markdown.split('\n')) {
    const heading = /^(#{1,4})\s+(.*)$/.exec(line);
    if (heading) {
      flush();
      title = heading[2]!.replace(/`/g, '');
      const base = slug(heading[2]!);
      const n = used.get(base) ?? 0;
      used.set(base, n + 1);
      anchor = n ? `${base}-${n}` : base;
    } else if (!line.startsWith('<!--') && !/^\|[-|]+\|$/.test(line)) {
      text.push(line.replace(/[`*|]/g, ' '));
    }
  }
  flush();
  return out;
}
