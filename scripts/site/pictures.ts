/**
 * The pictures of the handbook site, rendered at build time:
 * - the lifecycle state diagram: the Mermaid source of `renderLifecycleDiagram`, drawn by Mermaid
 *   in headless Debian Chromium (playwright-core, no browser download) and saved as SVG;
 * - the chart of the caps per class and window: a Vega-Lite spec built from the presets' limits,
 *   rendered to SVG by vega in Node.
 */
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';
import * as vega from 'vega';
import * as vegaLite from 'vega-lite';
import { renderLifecycleDiagram } from '../../src/lifecycle/renderLifecycleDiagram';
import { windowText } from '../../src/presets/internal/handbookLimits';
import { listPresets } from '../../src/presets/registry';
import type { SiteLang } from './template';

const require = createRequire(import.meta.url);

/** Debian's Chromium, or the one named by CHROMIUM_PATH. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const ZH_LIFECYCLE: Record<string, string> = {
  pending: '待激活',
  normal: '正常',
  dormant: '久悬',
  closed: '已销户',
  open: '开户',
  activate: '激活',
  close: '销户',
  mark_dormant: '转久悬',
  advance: '时间推进',
  reactivate: '重新激活',
  freeze: '冻结',
  renew_freeze: '续冻',
  unfreeze: '解冻',
  report_loss: '挂失',
  unreport_loss: '解挂',
  replace_card: '补卡',
  verify_identity: '核实身份',
  change_information: '变更信息',
  restrict_person: '限制当事人',
  lift_restriction: '解除限制',
  record_activity: '记录交易',
};

/**
 * The lifecycle diagram's Mermaid source in a language: English as generated; Chinese with the
 * statuses named (`state "正常" as normal`) and the events in Chinese.
 *
 * @param lang - the language
 * @returns Mermaid source
 */
export function lifecycleMermaid(lang: SiteLang): string {
  const source = renderLifecycleDiagram();
  if (lang === 'en') return source;
  const lines = source.trimEnd().split('\n');
  const word = (w: string) => ZH_LIFECYCLE[w] ?? w;
  const out = [lines[0]!];
  for (const status of ['pending', 'normal', 'dormant', 'closed'])
    out.push(`    state "${word(status)}" as ${status}`);
  for (const line of lines.slice(1)) {
    const note = /^(\s*note right of (\w+)) : stays \w+ on (.*)$/.exec(line);
    if (note) {
      out.push(`${note[1]} : 状态不变：${note[3]!.split(', ').map(word).join('、')}`);
      continue;
    }
    const arrow = /^(.*) : (.*)$/.exec(line);
    out.push(arrow ? `${arrow[1]} : ${arrow[2]!.split(', ').map(word).join('、')}` : line);
  }
  return out.join('\n') + '\n';
}

/**
 * Draws Mermaid diagrams as SVG in headless Chromium.
 *
 * @param sources - Mermaid sources, by name
 * @returns the SVG text, by name
 */
export async function renderMermaid(
  sources: Record<string, string>,
): Promise<Record<string, string>> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage();
    await page.setContent('<!doctype html><html><body></body></html>');
    await page.addScriptTag({ path: require.resolve('mermaid/dist/mermaid.min.js') });
    const out: Record<string, string> = {};
    for (const [name, source] of Object.entries(sources)) {
      out[name] = await page.evaluate(
        async ({ id, text }) => {
          const m = (globalThis as unknown as { mermaid: any }).mermaid; // eslint-disable-line @typescript-eslint/no-explicit-any
          m.initialize({
            startOnLoad: false,
            theme: 'default',
            htmlLabels: false,
            fontFamily: 'Noto Sans CJK SC, Noto Sans, sans-serif',
          });
          const { svg } = await m.render(id, text);
          return svg as string;
        },
        { id: `diagram-${name}`, text: source },
      );
    }
    return out;
  } finally {
    await browser.close();
  }
}

interface CapRow {
  preset: string;
  cls: string;
  limit: string;
  amount: number;
  label: string;
}

/**
 * Every amount cap of every shipped preset (balance, per transaction, windowed inflow and
 * outflow), one row per class and limit, labelled in a language.
 *
 * @param lang - the language of the labels
 * @returns the chart's data
 */
export function capRows(lang: SiteLang): CapRow[] {
  const rows: CapRow[] = [];
  for (const preset of listPresets())
    for (const cls of preset.classes)
      for (const limit of cls.limits) {
        if (limit.type === 'window_count') continue;
        const dir =
          limit.type === 'balance_cap'
            ? lang === 'en'
              ? 'balance'
              : '余额'
            : limit.direction === 'inflow'
              ? lang === 'en'
                ? 'inflow'
                : '收入'
              : lang === 'en'
                ? 'outflow'
                : '支出';
        const amount = Number(limit.limit.amount);
        rows.push({
          // Each preset's caps are in its own currency: the facet says which.
          preset: `${preset.id} (${preset.currency})`,
          cls: cls.title[lang],
          limit: `${dir}${lang === 'en' ? ', ' : '·'}${windowText(limit, lang)}`,
          amount,
          label: amount.toLocaleString('en-US'),
        });
      }
  return rows;
}

/**
 * The Vega-Lite spec of the caps chart: per preset, one group of bars per class, one bar per
 * cap, on a logarithmic axis spanning the powers of ten around every cap (the shipped caps run
 * from 150 EUR to 5,000,000 NGN), each bar labelled.
 *
 * @param lang - the language of the labels
 * @returns the spec
 */
export function capsSpec(lang: SiteLang): vegaLite.TopLevelSpec {
  const en = lang === 'en';
  const rows = capRows(lang);
  const amounts = rows.map((r) => r.amount);
  const low = 10 ** Math.floor(Math.log10(Math.min(...amounts)));
  const high = 10 ** Math.ceil(Math.log10(Math.max(...amounts)));
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    data: { values: rows },
    config: { font: 'Noto Sans CJK SC, Noto Sans, sans-serif', view: { stroke: null } },
    facet: {
      row: {
        field: 'preset',
        type: 'nominal',
        title: en ? 'Preset' : '预设',
        header: { labelAngle: 0, labelAlign: 'left', labelFontWeight: 'bold' },
      },
    },
    resolve: { scale: { y: 'independent' } },
    spec: {
      width: 720,
      encoding: {
        y: {
          field: 'cls',
          type: 'nominal',
          title: en ? 'Class or tier' : '账户类别或层级',
          sort: null,
        },
        yOffset: { field: 'limit', type: 'nominal' },
        x: {
          field: 'amount',
          type: 'quantitative',
          scale: { type: 'log', domain: [low, high] },
          title: en
            ? "Cap (in the preset's currency, logarithmic)"
            : '上限（以预设的币种计，对数刻度）',
          axis: { format: '~s' },
        },
        color: {
          field: 'limit',
          type: 'nominal',
          title: en ? 'Cap' : '限额',
          legend: { labelLimit: 400, orient: 'bottom', direction: 'vertical' },
        },
      },
      layer: [
        { mark: { type: 'bar', height: { band: 1 } }, encoding: { x2: { datum: low } } },
        {
          mark: { type: 'text', align: 'left', dx: 3, fontSize: 10 },
          encoding: { text: { field: 'label' }, color: { value: '#333' } },
        },
      ],
    },
  };
}

/**
 * Renders the caps chart to SVG with vega (no browser).
 *
 * @param lang - the language of the labels
 * @returns the SVG text
 */
export async function renderCapsChart(lang: SiteLang): Promise<string> {
  // Rows of the facet resolve their class axis independently (each preset has its own classes),
  // which vega-lite reports as a warning; only errors are shown.
  const compiled = vegaLite.compile(capsSpec(lang), { logger: vega.logger(vega.Error) }).spec;
  const view = new vega.View(vega.parse(compiled), { renderer: 'none' });
  const svg = await view.toSVG();
  view.finalize();
  return svg;
}
