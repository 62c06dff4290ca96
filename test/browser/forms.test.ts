import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkOpeningEligibility } from '../../src/kyc';
import { maxTransactionAmount, usageFromHistory } from '../../src/limits';
import { getPreset } from '../../src/presets';
import {
  decisionFieldErrors,
  openingRequestFromForm,
  informationChangeFormSchema,
  openingFormSchema,
  transferFormSchema,
} from '../../src/schemas';
import { buildDemo, CHROMIUM, ROOT, serve } from './support';

/**
 * The demo page (examples/web: Vite, React, react-hook-form with zodResolver) driven in Debian's
 * headless Chromium through playwright-core: bad and good input in both languages, and what the
 * page shows. The messages expected are the schemas' own for the same input, so the page is held
 * to show exactly what account-policy says, in the chosen language.
 */

const TODAY = '2026-11-22';
const HEADROOM = {
  maxAmount: '1000.00',
  limitedBy: 'dailyOutflow',
  resetsAt: '2026-11-23T00:00:00+08:00',
  decision: { limits: [{ id: 'dailyOutflow', window: 'day', direction: 'outflow' }] },
};
const SHOTS = join(ROOT, 'test/browser/screenshots');
type Lang = 'en' | 'zh-CN';

let browser: Browser;
let server: Server;
let url: string;

beforeAll(async () => {
  if (!existsSync(CHROMIUM))
    throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium fonts-noto-cjk`);
  // Without a Chinese font the zh-CN pages still pass every text assertion, and their
  // screenshots show boxes: require one (fontconfig comes with Chromium).
  const fonts = spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' });
  if (fonts.status !== 0 || fonts.stdout.trim() === '')
    throw new Error('no Chinese font for Chromium: apt-get install -y fonts-noto-cjk');
  const dist = buildDemo();
  ({ server, url } = await serve(dist));
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
});

/** The first message a schema gives on a path for these values. */
function expected(
  schema: { safeParse(v: unknown): unknown },
  values: object,
  path: string,
): string {
  const r = schema.safeParse(values) as {
    success: boolean;
    error?: { issues: { path: PropertyKey[]; message: string }[] };
  };
  const issue = r.error?.issues.find((i) => i.path.join('.') === path);
  if (!issue) throw new Error(`the schema gives no issue on ${path}`);
  return issue.message;
}

async function open(lang: Lang, form: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 820, height: 1100 } });
  await page.goto(`${url}?lang=${lang}&form=${form}`);
  await page.getByTestId(`form-${form}`).waitFor();
  return page;
}

async function fill(page: Page, values: Record<string, string | boolean>) {
  for (const [name, value] of Object.entries(values)) {
    const input = page.getByTestId(`input-${name}`);
    const tag = await input.evaluate((e) => e.tagName);
    if (typeof value === 'boolean') await input.setChecked(value);
    else if (tag === 'SELECT') await input.selectOption(value);
    else await input.fill(value);
  }
  await page.getByTestId('submit').click();
}

const errorText = (page: Page, name: string) => page.getByTestId(`error-${name}`).innerText();

const ADULT = {
  requestedClass: 'II',
  channel: 'remote',
  birthDate: '1949-12-31',
  documentType: 'resident_id_card',
  documentNumber: '11010519491231002X',
  documentExpiresOn: '',
};

describe.each<Lang>(['en', 'zh-CN'])('the demo page in %s', (lang) => {
  const opening = openingFormSchema(lang, { today: TODAY });

  it('opening: underage, a bad ID check character, a class not allowed on the channel, IV', async () => {
    const page = await open(lang, 'opening');
    const underage = { ...ADULT, birthDate: '2012-03-01', documentNumber: '110105201203010019' };
    await fill(page, underage);
    expect(await errorText(page, 'birthDate')).toBe(expected(opening, underage, 'birthDate'));
    expect(await errorText(page, 'birthDate')).toContain(lang === 'en' ? 'guardian' : '监护人');
    await page.screenshot({ path: join(SHOTS, `opening-underage-${lang}.png`), fullPage: true });

    const bad = { ...ADULT, requestedClass: 'I', documentNumber: '110105194912310021' };
    await fill(page, bad);
    expect(await errorText(page, 'documentNumber')).toBe(expected(opening, bad, 'documentNumber'));
    expect(await errorText(page, 'documentNumber')).toContain(
      lang === 'en' ? 'check character' : '校验码',
    );
    expect(await errorText(page, 'channel')).toBe(expected(opening, bad, 'channel'));
    expect(await errorText(page, 'channel')).toContain(lang === 'en' ? 'face to face' : '面对面');
    await expect(page.getByTestId('error-birthDate').count()).resolves.toBe(0);
    await page.screenshot({ path: join(SHOTS, `opening-refused-${lang}.png`), fullPage: true });

    await fill(page, { ...ADULT, requestedClass: 'IV' });
    expect(await errorText(page, 'requestedClass')).toBe(
      expected(opening, { ...ADULT, requestedClass: 'IV' }, 'requestedClass'),
    );
    await page.close();
  });

  it('opening: good input passes the form and the backend answers on the page', async () => {
    const page = await open(lang, 'opening');
    await fill(page, ADULT);
    await page.getByTestId('accepted').waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);
    await page.screenshot({ path: join(SHOTS, `opening-accepted-${lang}.png`), fullPage: true });
    // A guardian present, but on a remote channel: the form puts it on the channel.
    const guardian = {
      ...ADULT,
      birthDate: '2012-03-01',
      documentNumber: '110105201203010019',
      guardianPresent: true,
    };
    await fill(page, guardian);
    expect(await errorText(page, 'channel')).toBe(expected(opening, guardian, 'channel'));
    expect(await page.getByTestId('accepted').count()).toBe(0);
    await page.screenshot({ path: join(SHOTS, `opening-guardian-${lang}.png`), fullPage: true });
    await page.close();
  });

  it('opening: what only the bank knows comes back from the backend onto the right field', async () => {
    const page = await open(lang, 'opening');
    await page.getByTestId('bank-holdsClassI').check();
    const counterI = { ...ADULT, requestedClass: 'I', channel: 'counter' };
    await fill(page, counterI);
    // The form accepts it; checkOpeningEligibility refuses (one Class I account per bank), and
    // decisionFieldErrors puts its reason on requestedClass, in the page's language.
    const request = openingRequestFromForm(opening.parse(counterI), {
      today: TODAY,
      verifications: ['id_network_check', 'bound_account_check'],
      existingAccounts: [{ class: 'I' }],
    });
    const decision = checkOpeningEligibility(request, { lang });
    expect(decision.reasons.map((r) => r.code)).toEqual(['class_limit_reached']);
    await page.getByTestId('error-requestedClass').waitFor();
    expect(await errorText(page, 'requestedClass')).toBe(
      decisionFieldErrors(decision, 'opening').requestedClass,
    );
    expect(await page.getByTestId('accepted').count()).toBe(0);
    await page.screenshot({
      path: join(SHOTS, `opening-backend-refusal-${lang}.png`),
      fullPage: true,
    });
    await page.close();
  });

  it('transfer: the remaining headroom and its reset, an amount over it, malformed amounts, a good one', async () => {
    // The page's headroom is what the backend gives a Class II account that paid 9000.00 today.
    const preset = getPreset('cn-pboc-2018');
    const usage = usageFromHistory(preset, [
      { at: '2026-11-22T09:00:00+08:00', amount: '9000.00', kind: 'payment' },
    ]);
    expect(
      maxTransactionAmount(
        { class: 'II', balance: '5000.00' },
        { at: '2026-11-22T12:00:00+08:00', kind: 'transfer_out', counterparty: 'other' },
        usage,
        preset,
      ),
    ).toMatchObject({
      maxAmount: HEADROOM.maxAmount,
      limitedBy: HEADROOM.limitedBy,
      resetsAt: HEADROOM.resetsAt,
    });
    const transfer = transferFormSchema(lang, { headroom: HEADROOM, currency: 'CNY' });
    const page = await open(lang, 'transfer');
    const headroom = await page.getByTestId('headroom').innerText();
    expect(headroom).toContain('1000.00');
    expect(headroom).toContain('2026-11-23 00:00');
    for (const amount of ['1000.01', '12.345', '1,000', '-5', '1e3']) {
      const values = { amount, counterparty: 'other', channel: 'mobile' };
      await fill(page, { amount });
      expect(await errorText(page, 'amount'), amount).toBe(expected(transfer, values, 'amount'));
      if (amount === '1000.01') {
        expect(await errorText(page, 'amount')).toContain('2026-11-23 00:00');
        await page.screenshot({
          path: join(SHOTS, `transfer-over-headroom-${lang}.png`),
          fullPage: true,
        });
      }
      if (amount === '12.345')
        await page.screenshot({
          path: join(SHOTS, `transfer-malformed-${lang}.png`),
          fullPage: true,
        });
    }
    await fill(page, { amount: '1000.00' });
    await page.getByTestId('accepted').waitFor();
    await page.close();
  });

  it('information change: a key field off the counter and without proof; a phone number online', async () => {
    const change = informationChangeFormSchema(lang);
    const page = await open(lang, 'informationChange');
    const values = { field: 'name', value: '李四', channel: 'mobile' };
    await fill(page, values);
    expect(await errorText(page, 'channel')).toBe(expected(change, values, 'channel'));
    expect(await errorText(page, 'proof')).toBe(expected(change, values, 'proof'));
    await page.screenshot({
      path: join(SHOTS, `information-change-refused-${lang}.png`),
      fullPage: true,
    });
    await fill(page, { field: 'phone', value: '13900000000', channel: 'mobile' });
    await page.getByTestId('accepted').waitFor();
    await page.close();
  });
});
