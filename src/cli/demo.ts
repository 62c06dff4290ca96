import { checkOpeningEligibility } from '../kyc';
import type { AccountState } from '../lifecycle/types';
import { accountPermissions, transition, type LifecycleEvent } from '../lifecycle';
import {
  checkTransaction,
  createUsage,
  getHeadroom,
  recordTransaction,
  type LimitAccount,
  type TransactionInput,
  type Usage,
} from '../limits';
import type { Lang } from '../messages/lang';
import { addMoney, formatMoneyForDisplay, parseMoney } from '../money';
import { getPreset } from '../presets/registry';
import type { Preset } from '../presets/types/preset';
import { calendarWindow, formatInstant, parseInstant } from '../time';

const L = (lang: Lang, en: string, zh: string) => (lang === 'en' ? en : zh);

/** One customer's story, told with the library's own functions: nothing here decides anything. */
class Timeline {
  readonly lines: string[] = [];
  constructor(
    readonly preset: Preset,
    readonly lang: Lang,
  ) {}
  at(instant: string, text: string): void {
    const shown = formatInstant(parseInstant(instant), this.preset.timeZone)
      .slice(0, 16)
      .replace('T', ' ');
    this.lines.push(`${shown}  ${text}`);
  }
  detail(text: string): void {
    this.lines.push(`                  ${text}`);
  }
  heading(text: string): void {
    this.lines.push(
      '',
      text,
      '-'.repeat(Math.min(72, [...text].length * (this.lang === 'en' ? 1 : 2))),
    );
  }
}

function verdict(lang: Lang, ok: boolean): string {
  return ok ? L(lang, 'ALLOWED', '允许') : L(lang, 'REFUSED', '拒绝');
}

/**
 * The demo timeline: one customer's accounts on the default preset through opening, limits, a
 * refusal, a freeze, a loss report and a closure.
 *
 * @param lang - the language of the story
 * @returns the timeline as text
 */
export function buildDemo(lang: Lang): string {
  const t = new Timeline(getPreset(), lang);
  introduction(t);
  openingChapter(t);
  limitsChapter(t);
  exactnessAside(t);
  lifecycleChapter(t);
  t.lines.push('');
  return t.lines.join('\n') + '\n';
}

/** The preset, its zone and its currency. */
function introduction(t: Timeline): void {
  const { preset, lang } = t;
  const cur = preset.currency;
  t.lines.push(
    L(lang, `account-policy demo — preset ${preset.id}`, `account-policy 演示 — 预设 ${preset.id}`),
    preset.title[lang],
    L(
      lang,
      `Time zone ${preset.timeZone}; amounts in ${cur}. Every decision below comes from the library.`,
      `时区 ${preset.timeZone}；金额单位 ${cur}。以下每个决定均由本库作出。`,
    ),
  );
}

/** Chapter 1: a minor refused online, then an adult's Class I and Class II accounts. */
function openingChapter(t: Timeline): void {
  t.heading(L(t.lang, '1. Opening accounts', '1. 开户'));
  const today = '2026-03-02';
  minorAppliesOnline(t, today);
  adultOpensAccounts(t, today);
}

/** A 14-year-old asks for a Class III account online. */
function minorAppliesOnline(t: Timeline, today: string): void {
  const { preset, lang } = t;
  const son = checkOpeningEligibility(
    {
      requestedClass: 'III',
      today,
      channel: 'remote',
      applicant: {
        birthDate: '2011-03-15',
        document: {
          type: 'resident_id_card',
          number: '310104201103151018',
          expiresOn: '2031-03-15',
        },
        verifications: ['id_network_check', 'bound_account_check'],
      },
    },
    { preset, lang },
  );
  t.at(
    '2026-03-02T09:10:00+08:00',
    L(
      lang,
      `Wang Fang's son (14) asks for a Class III account online: ${verdict(lang, son.eligible)}`,
      `王芳的儿子（14岁）在线申请Ⅲ类户：${verdict(lang, son.eligible)}`,
    ),
  );
  for (const r of son.reasons) t.detail(`✗ ${r.code}: ${r.message}`);
}

/** Wang Fang opens a Class I at the counter, is refused a second, and opens a Class II. */
function adultOpensAccounts(t: Timeline, today: string): void {
  const { preset, lang } = t;
  const wang = {
    birthDate: '1990-05-01',
    document: { type: 'resident_id_card', number: '310104199005012022', expiresOn: '2036-01-01' },
  } as const;
  const classI = checkOpeningEligibility(
    {
      requestedClass: 'I',
      today,
      channel: 'counter',
      applicant: { ...wang, verifications: ['id_network_check', 'face_to_face'] },
    },
    { preset, lang },
  );
  t.at(
    '2026-03-02T09:30:00+08:00',
    L(
      lang,
      `Wang Fang opens a Class I account at the counter: ${verdict(lang, classI.eligible)}`,
      `王芳在柜面开立Ⅰ类户：${verdict(lang, classI.eligible)}`,
    ),
  );
  const secondI = checkOpeningEligibility(
    {
      requestedClass: 'I',
      today,
      channel: 'remote',
      applicant: { ...wang, verifications: ['id_network_check'] },
      existingAccounts: [{ class: 'I' }],
    },
    { preset, lang },
  );
  t.at(
    '2026-03-02T10:00:00+08:00',
    L(
      lang,
      `…and asks for a second Class I in the app: ${verdict(lang, secondI.eligible)}`,
      `……又在手机银行申请第二个Ⅰ类户：${verdict(lang, secondI.eligible)}`,
    ),
  );
  for (const r of secondI.reasons) t.detail(`✗ ${r.code}: ${r.message}`);
  const classII = checkOpeningEligibility(
    {
      requestedClass: 'II',
      today,
      channel: 'remote',
      applicant: { ...wang, verifications: ['id_network_check', 'bound_account_check'] },
      existingAccounts: [{ class: 'I' }],
    },
    { preset, lang },
  );
  t.at(
    '2026-03-02T10:05:00+08:00',
    L(
      lang,
      `She opens a Class II account in the app, bound to her Class I: ${verdict(lang, classII.eligible)}`,
      `她在手机银行开立Ⅱ类户，绑定其Ⅰ类户：${verdict(lang, classII.eligible)}`,
    ),
  );
}

/** Tells each payment on an account and its decision, recording those allowed in the usage. */
function paymentTeller(t: Timeline, account: LimitAccount) {
  const { preset, lang } = t;
  const show = (amount: string) => formatMoneyForDisplay(parseMoney(amount, preset.currency), lang);
  let usage: Usage = createUsage(preset);
  const pay = (tx: TransactionInput, label: [string, string]) => {
    const d = checkTransaction(account, tx, usage, preset, { lang });
    t.at(tx.at, `${L(lang, label[0], label[1])} ${show(tx.amount)}: ${verdict(lang, d.allowed)}`);
    for (const v of d.violations) t.detail(`✗ ${v.code}: ${v.message}`);
    if (d.allowed) usage = recordTransaction(usage, tx);
    return d;
  };
  return { pay, show, usage: () => usage };
}

type PaymentTeller = ReturnType<typeof paymentTeller>;

/** Chapter 2: a day of payments on the Class II account, its headroom, the next day. */
function limitsChapter(t: Timeline): void {
  const { preset, lang } = t;
  t.heading(L(lang, '2. Limits on the Class II account', '2. Ⅱ类户限额'));
  const account = { class: 'II', balance: '12000.00', faceToFaceVerified: false };
  const teller = paymentTeller(t, account);
  dayOfPayments(teller);
  const { pay, show } = teller;
  const usage = teller.usage();
  const headroom = getHeadroom(account, usage, preset, '2026-11-22T23:59:59+08:00');
  const left = headroom.headroom.dailyOutflow;
  const resets = headroom.resetsAt.dailyOutflow ?? '';
  if (left !== undefined)
    t.at(
      '2026-11-22T23:59:59+08:00',
      L(
        lang,
        `How much can she still send today? ${show(left)}; it resets at ${resets}`,
        `今天还能转出多少？${show(left)}；于 ${resets} 重置`,
      ),
    );
  pay(
    {
      at: '2026-11-23T00:00:00+08:00',
      amount: '500.00',
      kind: 'payment',
      counterparty: 'other',
      id: 'tx-6',
    },
    ['first second of the next day, a payment', '次日零点，一笔消费'],
  );
}

/** The payments of 22 November: up to the daily limit, one fen over, exempt, cash. */
function dayOfPayments({ pay }: PaymentTeller): void {
  pay(
    {
      at: '2026-11-22T09:00:00+08:00',
      amount: '9000.00',
      kind: 'transfer_out',
      counterparty: 'other',
      id: 'tx-1',
    },
    ['transfer to a friend', '向朋友转账'],
  );
  pay(
    {
      at: '2026-11-22T10:00:00+08:00',
      amount: '1000.01',
      kind: 'transfer_out',
      counterparty: 'other',
      id: 'tx-2',
    },
    ["rent, one fen over the day's headroom", '房租，超出当日剩余额度一分'],
  );
  pay(
    {
      at: '2026-11-22T10:01:00+08:00',
      amount: '1000.00',
      kind: 'transfer_out',
      counterparty: 'other',
      id: 'tx-3',
    },
    ['rent, exactly the headroom', '房租，恰好用尽剩余额度'],
  );
  pay(
    {
      at: '2026-11-22T11:00:00+08:00',
      amount: '3000.00',
      kind: 'transfer_out',
      counterparty: 'bound',
      id: 'tx-4',
    },
    ['to her own bound Class I (exempt)', '转入本人绑定的Ⅰ类户（不计限额）'],
  );
  pay(
    {
      at: '2026-11-22T12:00:00+08:00',
      amount: '200.00',
      kind: 'withdraw_cash',
      counterparty: 'other',
      id: 'tx-5',
    },
    ['cash at an ATM (not verified face to face)', 'ATM取现（未经面对面核实身份）'],
  );
}

/** Exact money and calendars, briefly. */
function exactnessAside(t: Timeline): void {
  const { preset, lang } = t;
  const cur = preset.currency;
  const sum = addMoney(parseMoney('0.10', cur), parseMoney('0.20', cur));
  t.detail(
    L(
      lang,
      `(exact money: 0.10 + 0.20 = ${formatMoneyForDisplay(sum, lang)}; binary floating point says ${0.1 + 0.2})`,
      `（精确金额：0.10 + 0.20 = ${formatMoneyForDisplay(sum, lang)}；二进制浮点数得 ${0.1 + 0.2}）`,
    ),
  );
  const dst = calendarWindow(parseInstant('1986-05-04T12:00:00+09:00'), 'day', preset.timeZone);
  t.detail(
    L(
      lang,
      `(Shanghai kept daylight-saving time: 4 May 1986 lasted ${(dst.end.getTime() - dst.start.getTime()) / 3_600_000} hours; days are never 86,400 s here)`,
      `（上海曾实行夏令时：1986年5月4日只有${(dst.end.getTime() - dst.start.getTime()) / 3_600_000}小时；本库从不假定一天为86,400秒）`,
    ),
  );
}

/** The account's state as events apply to it, each told with its effects or reasons. */
class AccountStory {
  constructor(
    readonly t: Timeline,
    public state: AccountState,
  ) {}
  apply(event: LifecycleEvent, label: [string, string]) {
    const { preset, lang } = this.t;
    const r = transition(this.state, event, preset, { lang });
    this.t.at(
      event.at,
      `${L(lang, label[0], label[1])}: ${r.ok ? L(lang, 'done', '完成') : verdict(lang, false)}`,
    );
    if (r.ok) {
      this.state = r.account;
      for (const e of r.effects)
        this.t.detail(`→ ${e.type}${'until' in e && e.until ? ` ${String(e.until)}` : ''}`);
    } else for (const reason of r.reasons) this.t.detail(`✗ ${reason.code}: ${reason.message}`);
    return r;
  }
}

/** Chapter 3: a freeze, a loss report and a closure. */
function lifecycleChapter(t: Timeline): void {
  t.heading(L(t.lang, '3. A freeze, a loss report and a closure', '3. 冻结、挂失与销户'));
  const story = new AccountStory(t, {
    status: 'normal',
    balance: '2800.00',
    openedAt: '2026-03-02T10:05:00+08:00',
    lastActiveAt: '2026-11-23T00:00:00+08:00',
    freezes: [],
    lossReport: null,
    pendingBusiness: [],
    linkedServices: ['payroll'],
  });
  freezeEpisode(story);
  lossAndClosureEpisode(story);
}

/** A risk freeze on debits, what it permits, and its expiry. */
function freezeEpisode(story: AccountStory): void {
  const { t } = story;
  const { preset, lang } = t;
  const apply = story.apply.bind(story);
  apply(
    {
      type: 'freeze',
      at: '2026-11-24T14:00:00+08:00',
      channel: 'counter',
      freeze: { id: 'risk-1', kind: 'risk', scope: 'debit', reference: 'stop-payment 2026-1124' },
    },
    ['Emergency stop-payment (risk freeze, debits)', '紧急止付（风险冻结，止付）'],
  );
  const during = accountPermissions(
    story.state,
    parseInstant('2026-11-25T09:00:00+08:00'),
    preset,
    {
      lang,
    },
  );
  t.at(
    '2026-11-25T09:00:00+08:00',
    L(
      lang,
      `May she pay? debit ${during.debit.allowed ? 'yes' : 'no'}; may money arrive? credit ${during.credit.allowed ? 'yes' : 'no'}`,
      `能否付款？${during.debit.allowed ? '能' : '不能'}；能否收款？${during.credit.allowed ? '能' : '不能'}`,
    ),
  );
  if (!during.debit.allowed)
    for (const r of during.debit.reasons) t.detail(`✗ ${r.code}: ${r.message}`);
  apply({ type: 'advance', at: '2026-11-26T15:00:00+08:00' }, ['48 hours pass', '48小时后']);
  t.detail(
    L(
      lang,
      `freezes in force: ${story.state.freezes.length}`,
      `有效冻结：${story.state.freezes.length}个`,
    ),
  );
}

/** A loss report, unreporting it, a refused and an accepted closure, and a closed account. */
function lossAndClosureEpisode(story: AccountStory): void {
  const { lang } = story.t;
  const apply = story.apply.bind(story);
  apply({ type: 'report_loss', at: '2026-11-27T20:00:00+08:00', channel: 'phone' }, [
    'Card lost: reported by phone',
    '卡片丢失：电话挂失',
  ]);
  apply(
    {
      type: 'unreport_loss',
      at: '2026-11-28T08:00:00+08:00',
      channel: 'mobile',
      identityVerified: true,
    },
    ['Found it: unreport in the app', '找到卡片：在手机银行解挂'],
  );
  apply(
    {
      type: 'unreport_loss',
      at: '2026-11-28T10:00:00+08:00',
      channel: 'counter',
      identityVerified: true,
    },
    ['Unreport at the counter with her ID', '持身份证到柜面解挂'],
  );
  apply({ type: 'close', at: '2026-12-01T10:00:00+08:00', channel: 'counter' }, [
    'She asks to close the Class II account',
    '申请注销Ⅱ类户',
  ]);
  story.state = { ...story.state, balance: '0.00', linkedServices: [] };
  story.t.at(
    '2026-12-01T10:20:00+08:00',
    L(lang, 'Balance moved to her Class I; payroll moved', '余额转入其Ⅰ类户；代发工资已改签'),
  );
  apply({ type: 'close', at: '2026-12-01T10:30:00+08:00', channel: 'counter' }, [
    'Closure',
    '销户',
  ]);
  apply({ type: 'activate', at: '2026-12-02T09:00:00+08:00', channel: 'counter' }, [
    'Try to use it again',
    '尝试重新启用',
  ]);
}
