/**
 * The built handbook site (docs/site/, from `npm run docs`): every internal link and asset
 * resolves, the pages it must hold are there in both languages, the API reference was built with
 * typedoc's treatWarningsAsErrors, and — in Debian's Chromium (playwright-core, nothing
 * downloaded) — the pages load without console errors, the search finds Chinese and English
 * terms, and the lifecycle diagram and the caps chart are drawn (screenshots in
 * test/docs/screenshots/).
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join, posix } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureSite, ROOT, serveSite, SITE, siteFiles } from './siteBuild';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SHOTS = join(ROOT, 'test', 'docs', 'screenshots');

let files: string[] = [];
let html: string[] = [];

beforeAll(() => {
  ensureSite();
  files = siteFiles();
  html = files.filter((f) => f.endsWith('.html'));
}, 600_000);

/** The href and src targets of an HTML page that stay on the site. */
function internalTargets(page: string, text: string): string[] {
  const targets = [...text.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => m[1]!);
  return targets
    .filter((t) => t !== '' && !/^[a-z][a-z0-9+.-]*:/i.test(t) && !t.startsWith('//'))
    .map((t) => t.replace(/&amp;/g, '&'));
}

describe('the built site', () => {
  it('holds every preset handbook in both languages, the diff, the pictures and the API', () => {
    for (const id of ['cn-pboc-2018', 'cn-pboc-2016', 'tiered-generic'])
      for (const s of ['', '.zh-CN']) expect(files).toContain(`presets/${id}${s}.html`);
    for (const page of [
      'index.html',
      'index.zh-CN.html',
      'presets/diff-cn-pboc-2016-cn-pboc-2018.html',
      'presets/diff-cn-pboc-2016-cn-pboc-2018.zh-CN.html',
      'lifecycle.html',
      'lifecycle.zh-CN.html',
      'caps.html',
      'caps.zh-CN.html',
      'assets/lifecycle.svg',
      'assets/caps.svg',
      'assets/search-index.js',
      'api/index.html',
    ])
      expect(files).toContain(page);
    const diagram = readFileSync(join(SITE, 'lifecycle.html'), 'utf8');
    expect(diagram).toMatch(/<figure id="lifecycle-diagram">\s*<svg/);
    expect(readFileSync(join(SITE, 'caps.html'), 'utf8')).toMatch(/<figure id="caps-chart">\s*<svg/);
  });

  it('every internal link and asset of every page resolves, anchors included', () => {
    const broken: string[] = [];
    const idsOf = new Map<string, Set<string>>();
    const ids = (page: string) => {
      if (!idsOf.has(page)) {
        const text = readFileSync(join(SITE, page), 'utf8');
        idsOf.set(page, new Set([...text.matchAll(/\s(?:id|name)="([^"]+)"/g)].map((m) => m[1]!)));
      }
      return idsOf.get(page)!;
    };
    for (const page of html) {
      const text = readFileSync(join(SITE, page), 'utf8');
      for (const target of internalTargets(page, text)) {
        const [path = '', hash] = target.split('#');
        const file = path === '' ? page : posix.normalize(posix.join(posix.dirname(page), path));
        const resolved = file.endsWith('/') ? `${file}index.html` : file;
        if (!existsSync(join(SITE, resolved))) broken.push(`${page} → ${target}`);
        else if (hash && resolved.endsWith('.html') && !ids(resolved).has(decodeURIComponent(hash)))
          broken.push(`${page} → ${target} (no such anchor)`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('the API reference was built by typedoc with treatWarningsAsErrors', () => {
    const config = JSON.parse(readFileSync(join(ROOT, 'typedoc.json'), 'utf8'));
    expect(config.treatWarningsAsErrors).toBe(true);
    expect(readFileSync(join(ROOT, 'scripts', 'build-site.ts'), 'utf8')).toContain(
      "'--treatWarningsAsErrors'",
    );
    const api = readFileSync(join(SITE, 'api', 'index.html'), 'utf8');
    expect(api).toContain('account-policy API reference');
    expect(files.some((f) => f.startsWith('api/functions/') && f.includes('diffPresets'))).toBe(
      true,
    );
  });
});

describe('the site in Chromium', () => {
  let browser: Browser;
  let server: Server;
  let base = '';

  beforeAll(async () => {
    ({ server, base } = await serveSite());
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
    mkdirSync(SHOTS, { recursive: true });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  it('opens every handbook page with no console error and no failed request', async () => {
    const pages = html.filter((f) => !f.startsWith('api/')).concat(['api/index.html']);
    const problems: string[] = [];
    const page = await browser.newPage();
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`${page.url()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`${page.url()}: ${e.message}`));
    page.on('requestfailed', (r) => problems.push(`${r.url()}: ${r.failure()?.errorText}`));
    page.on('response', (r) => {
      if (r.status() >= 400) problems.push(`${r.url()}: HTTP ${r.status()}`);
    });
    for (const path of pages) await page.goto(base + path, { waitUntil: 'load' });
    await page.close();
    expect(problems).toEqual([]);
  });

  it('searches the handbook in Chinese and in English', async () => {
    const page = await browser.newPage();
    await page.goto(base + 'presets/cn-pboc-2018.zh-CN.html');
    await page.fill('#search', '挂失');
    const zh = await page.locator('#search-results a').allTextContents();
    expect(zh.length).toBeGreaterThan(0);
    expect(zh.join(' ')).toContain('挂失');
    await page.goto(base + 'presets/cn-pboc-2018.html');
    await page.fill('#search', 'dormancy');
    const en = await page.locator('#search-results a').allTextContents();
    expect(en.join(' ')).toMatch(/Dormancy/);
    await page.locator('#search-results a').first().click();
    await page.waitForLoadState('load');
    expect(page.url()).toMatch(/cn-pboc-2018\.html#dormancy$/);
    await page.close();
  });

  for (const [path, selector, shot] of [
    ['lifecycle.html', '#lifecycle-diagram', 'lifecycle-diagram.png'],
    ['lifecycle.zh-CN.html', '#lifecycle-diagram', 'lifecycle-diagram.zh-CN.png'],
    ['caps.html', '#caps-chart', 'caps-chart.png'],
    ['caps.zh-CN.html', '#caps-chart', 'caps-chart.zh-CN.png'],
  ] as const)
    it(`draws ${selector} on ${path} (screenshot ${shot})`, async () => {
      const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
      await page.goto(base + path);
      const figure = page.locator(`${selector} svg`).first();
      const box = await figure.boundingBox();
      expect(box!.width).toBeGreaterThan(300);
      expect(box!.height).toBeGreaterThan(200);
      // drawn shapes and text, not an empty frame
      expect(await page.locator(`${selector} svg text, ${selector} svg tspan`).count()).toBeGreaterThan(5);
      await page.locator(selector).screenshot({ path: join(SHOTS, shot) });
      await page.close();
    });
});
