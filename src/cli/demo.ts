import type { Lang } from '../messages/lang';
import { addMoney, formatMoneyForDisplay, parseMoney, subtractMoney, sumMoney } from '../money';
import { getPreset, listPresets } from '../presets/registry';
import { calendarWindow, formatInstant, parseInstant } from '../time';

const L = (lang: Lang, en: string, zh: string) => (lang === 'en' ? en : zh);

/**
 * The demo timeline: one customer's story on the default preset, told with the library's own
 * functions (nothing here decides anything itself).
 *
 * @param lang - the language of the story
 * @returns the timeline as text
 */
export function buildDemo(lang: Lang): string {
  const preset = getPreset();
  const zone = preset.timeZone;
  const cur = preset.currency;
  const out: string[] = [];
  const line = (at: string, text: string) => out.push(`${at.padEnd(27)} ${text}`);
  const show = (amount: string) => formatMoneyForDisplay(parseMoney(amount, cur), lang);

  out.push(
    L(
      lang,
      `account-policy demo — preset ${preset.id}: ${preset.title.en}`,
      `account-policy 演示 — 预设 ${preset.id}：${preset.title['zh-CN']}`,
    ),
    L(
      lang,
      `Shipped presets: ${listPresets()
        .map((p) => p.id)
        .join(', ')}`,
      `内置预设：${listPresets()
        .map((p) => p.id)
        .join('、')}`,
    ),
    '',
  );

  const ii = preset.classes.find((c) => c.id === 'II')!;
  out.push(
    L(lang, `${ii.title.en}: ${ii.summary.en}`, `${ii.title['zh-CN']}：${ii.summary['zh-CN']}`),
  );
  for (const limit of ii.limits) {
    if (!('limit' in limit)) continue;
    out.push(
      `  - ${limit.id}: ${show(limit.limit.amount)} (${preset.sources[limit.source]?.ref ?? limit.source})`,
    );
  }
  out.push('');

  // Exact money: no binary floating point anywhere.
  const a = parseMoney('0.10', cur);
  const b = parseMoney('0.20', cur);
  line(
    '',
    L(
      lang,
      `Exact money: 0.10 + 0.20 = ${formatMoneyForDisplay(addMoney(a, b), lang)} (JavaScript numbers say ${0.1 + 0.2})`,
      `精确金额：0.10 + 0.20 = ${formatMoneyForDisplay(addMoney(a, b), lang)}（JavaScript 浮点数得 ${0.1 + 0.2}）`,
    ),
  );
  const spent = sumMoney(
    ['4000.00', '3500.50', '1499.50'].map((s) => parseMoney(s, cur)),
    cur,
  );
  const dailyLimit = ii.limits.find((l) => l.id === 'dailyOutflow');
  if (dailyLimit && 'limit' in dailyLimit) {
    const left = subtractMoney(parseMoney(dailyLimit.limit.amount, cur), spent);
    line(
      '',
      L(
        lang,
        `Spent today ${formatMoneyForDisplay(spent, lang)} of ${show(dailyLimit.limit.amount)}: ${formatMoneyForDisplay(left, lang)} left`,
        `今日已支出${formatMoneyForDisplay(spent, lang)}，限额${show(dailyLimit.limit.amount)}，剩余${formatMoneyForDisplay(left, lang)}`,
      ),
    );
  }

  // Calendar windows in the preset's zone.
  const late = parseInstant('2026-11-22T23:59:59+08:00');
  const day = calendarWindow(late, 'day', zone);
  line(
    formatInstant(late, zone),
    L(
      lang,
      `is still in the day [${formatInstant(day.start, zone)}, ${formatInstant(day.end, zone)}); the daily limit resets at ${formatInstant(day.end, zone)}`,
      `仍属于 [${formatInstant(day.start, zone)}, ${formatInstant(day.end, zone)}) 这一天；日限额于 ${formatInstant(day.end, zone)} 重置`,
    ),
  );
  const year = calendarWindow(late, 'year', zone);
  line(
    '',
    L(
      lang,
      `annual limits reset at ${formatInstant(year.end, zone)}`,
      `年限额于 ${formatInstant(year.end, zone)} 重置`,
    ),
  );
  const dst = calendarWindow(parseInstant('1986-05-04T12:00:00+09:00'), 'day', zone);
  const hours = (dst.end.getTime() - dst.start.getTime()) / 3_600_000;
  line(
    formatInstant(dst.start, zone),
    L(
      lang,
      `Shanghai observed daylight-saving time: 4 May 1986 lasted ${hours} hours, so a "day" is never assumed to be 86,400 s`,
      `上海曾实行夏令时：1986年5月4日只有${hours}小时，因此从不假定一天为86,400秒`,
    ),
  );
  out.push('');
  return out.join('\n') + '\n';
}
