import type { Lang } from '../messages/lang';
import { renderMonitoringMarkdown } from '../monitoring/renderMonitoringMarkdown';
import { formatDuration, formatEvery } from '../time';
import type { AccountClassRules } from './types/classes';
import { TRANSACTION_KINDS } from './types/common';
import type { SourceDocument } from './types/common';
import type { Preset } from './types/preset';
import {
  cite,
  dur,
  layerText,
  limitText,
  matchers,
  money,
  windowText,
} from './internal/handbookLimits';
import { HANDBOOK_WORDS } from './internal/handbookWords';
import { nonReloadableLines } from './internal/handbookForeign';
import { citeEntry, fidelitySections } from './internal/handbookFidelity';
import { fieldTerms, SOURCE_KIND_EN, SOURCE_KIND_ZH, term, terms } from './internal/handbookTerms';

function classSection(preset: Preset, cls: AccountClassRules, lang: Lang): string[] {
  const t = HANDBOOK_WORDS[lang];
  const o = cls.opening;
  const out: string[] = [];
  out.push(`### ${cls.title[lang]} (\`${cls.id}\`)`, '', cls.summary[lang], '');
  out.push(`**${t.opening}** — ${t.source}: ${cite(preset, o.source, lang)}`, '');
  out.push(`- ${t.channels}: ${terms(o.channels, lang)}`);
  out.push(`- ${t.faceToFace}: ${o.faceToFaceRequired ? t.yes : t.no}`);
  out.push(
    `- ${t.verifications}: ${t.atLeast} ${o.minVerifications}` +
      (o.requiredVerifications.length
        ? `, ${t.including} ${terms(o.requiredVerifications, lang)}`
        : ''),
  );
  out.push(`- ${t.perPerson}: ${o.maxPerPersonPerBank ?? t.noCap}`);
  if (o.requirements.length) out.push(`- ${t.requirements}: ${terms(o.requirements, lang)}`);
  if (o.note) out.push(`- ${t.note}: ${o.note[lang]}`);
  out.push('', `**${t.permissions}**`, '');
  for (const p of cls.permissions) {
    const who = p.counterparties ? ` (${terms(p.counterparties, lang)})` : '';
    const cond = p.allowed
      ? p.requires?.length
        ? `${t.yes}, ${t.requires} ${terms(p.requires, lang)}`
        : t.yes
      : t.no;
    const kinds =
      p.kinds.length === TRANSACTION_KINDS.length && !p.counterparties
        ? lang === 'en'
          ? 'any other transaction'
          : '其他所有交易'
        : terms(p.kinds, lang);
    out.push(
      `- ${kinds}${who}: **${cond}** — ${citeEntry(preset, p, lang)}${p.note ? ` — ${p.note[lang]}` : ''}`,
    );
  }
  const reload = nonReloadableLines(preset, cls, lang);
  if (reload.length) out.push('', ...reload);
  out.push('', `**${t.counting}** — ${citeEntry(preset, cls.counting, lang)}`, '');
  out.push(`- ${t.inflow}: ${matchers(cls.counting.inflow, lang)}`);
  out.push(`- ${t.outflow}: ${matchers(cls.counting.outflow, lang)}`);
  out.push(`- ${t.reversals}: ${cls.counting.reversalsRestoreHeadroom ? t.yes : t.no}`);
  if (cls.counting.note) out.push(`- ${t.note}: ${cls.counting.note[lang]}`);
  out.push('', `**${t.limits}**`, '');
  if (cls.limits.length === 0) out.push(t.noLimits);
  else {
    out.push(
      `| ${t.rule} | ${t.limit} | ${t.window} | ${t.layer} | ${t.source} |`,
      '|---|---|---|---|---|',
    );
    for (const l of cls.limits)
      out.push(
        `| \`${l.id}\` | ${limitText(l, lang)} | ${windowText(l, lang)} | ${layerText(preset, l, lang)} | ${citeEntry(preset, l, lang)} |`,
      );
  }
  out.push('');
  return out;
}

/** The title, the description and the facts: jurisdiction, currency, zone, dates. */
function overviewSection(preset: Preset, lang: Lang): string[] {
  const t = HANDBOOK_WORDS[lang];
  const out: string[] = [];
  out.push(`# ${preset.title[lang]}`, '', `\`${preset.id}\` — ${preset.description[lang]}`, '');
  out.push(`- ${t.jurisdiction}: ${preset.jurisdiction}`);
  out.push(`- ${t.currency}: ${preset.currency}`);
  out.push(`- ${t.timeZone}: ${preset.timeZone}`);
  out.push(
    `- ${t.effective}: ${preset.effectiveFrom}` +
      (preset.effectiveFromSource ? ` — ${cite(preset, preset.effectiveFromSource, lang)}` : ''),
  );
  out.push(
    `- ${t.supersedes}: ${preset.supersedes.length ? preset.supersedes.join(', ') : t.none}`,
  );
  if (preset.derivedFrom) out.push(`- ${t.derivedFrom}: ${preset.derivedFrom}`);
  return out;
}

/** `## Classes`: every account class, see {@link classSection}. */
function classesSection(preset: Preset, lang: Lang): string[] {
  const t = HANDBOOK_WORDS[lang];
  const out: string[] = [];
  out.push('', `## ${t.classes}`, '');
  for (const cls of preset.classes) out.push(...classSection(preset, cls, lang));
  return out;
}

/** `## Lifecycle`, then `### Freezes`: the table of freeze kinds and their notes. */
function freezesSection(preset: Preset, lang: Lang): string[] {
  const t = HANDBOOK_WORDS[lang];
  const lc = preset.lifecycle;
  const out: string[] = [];
  out.push(`## ${t.lifecycle}`, '', `### ${t.freezes}`, '');
  out.push(
    `| ${t.kind} | ${t.maxDuration} | ${t.renewals} | ${t.scopes} | ${t.liftedBy} | ${t.source} |`,
  );
  out.push('|---|---|---|---|---|---|');
  for (const f of Object.values(lc.freezes))
    out.push(
      `| ${f.title[lang]} | ${dur(f.maxDuration, lang, t.untilLifted)} | ${f.maxRenewals ?? t.unlimited} | ${terms(f.scopes, lang)} | ${terms(f.liftedBy, lang)} | ${cite(preset, f.source, lang)} |`,
    );
  out.push('');
  for (const f of Object.values(lc.freezes)) {
    const extras = [
      f.requiresAuthorityNotice ? t.authorityNotice : '',
      f.liftChannels ? `${t.liftChannels} ${terms(f.liftChannels, lang)}` : '',
      f.notifyCustomer ? '' : t.noNotify,
    ].filter(Boolean);
    if (f.note || extras.length)
      out.push(
        `- ${f.title[lang]}: ${[...extras, f.note?.[lang] ?? ''].filter(Boolean).join('; ')}`,
      );
  }
  out.push(`- ${t.counterChannels}: ${terms(lc.counterChannels, lang)}`);
  return out;
}

/** `### Loss report`: validity, channels, written reports, replacement. */
function lossReportSection(preset: Preset, lang: Lang): string[] {
  const t = HANDBOOK_WORDS[lang];
  const lc = preset.lifecycle;
  const out: string[] = [];
  out.push('', `### ${t.lossReport}`, '');
  out.push(
    `- ${t.validity}: ${formatDuration(lc.lossReport.validity, lang)} — ${cite(preset, lc.lossReport.source, lang)}`,
  );
  out.push(`- ${t.channels}: ${terms(lc.lossReport.reportChannels, lang)}`);
  out.push(`- ${t.unreport}: ${terms(lc.lossReport.unreportChannels, lang)}`);
  out.push(`- ${t.written}: ${terms(lc.lossReport.writtenReportChannels, lang)}`);
  out.push(
    `- ${t.writtenWithin}: ${dur(lc.lossReport.writtenReportWithin, lang, t.none)} — ${cite(preset, lc.lossReport.writtenReportSource ?? lc.lossReport.source, lang)}`,
  );
  out.push(`- ${t.replacement}: ${terms(lc.lossReport.replacementChannels, lang)}`);
  if (lc.lossReport.note) out.push(`- ${t.note}: ${lc.lossReport.note[lang]}`);
  return out;
}

/** `### Dormancy`: the inactivity period, active kinds, new-account inactivity. */
function dormancySection(preset: Preset, lang: Lang): string[] {
  const t = HANDBOOK_WORDS[lang];
  const lc = preset.lifecycle;
  const out: string[] = [];
  out.push('', `### ${t.dormancy}`, '');
  out.push(
    `- ${t.inactivity}: ${formatDuration(lc.dormancy.inactivityPeriod, lang)} — ${cite(preset, lc.dormancy.source, lang)}`,
  );
  out.push(`- ${t.activeKinds}: ${terms(lc.dormancy.activeKinds, lang)}`);
  if (lc.dormancy.note) out.push(`- ${t.note}: ${lc.dormancy.note[lang]}`);
  out.push(
    `- ${t.newAccount} ${formatDuration(lc.newAccountInactivity.period, lang)}: ${t.suspends} — ${cite(preset, lc.newAccountInactivity.source, lang)}`,
  );
  out.push(`- ${t.reverification}: ${terms(lc.newAccountInactivity.reverificationChannels, lang)}`);
  return out;
}

/** `### Closure`: zero balance, record retention, restrictions. */
function closureSection(preset: Preset, lang: Lang): string[] {
  const t = HANDBOOK_WORDS[lang];
  const lc = preset.lifecycle;
  const out: string[] = [];
  out.push('', `### ${t.closure}`, '');
  out.push(`- ${t.zeroBalance}: ${lc.closure.requireZeroBalance ? t.yes : t.no}`);
  out.push(
    `- ${t.retention}: ${formatDuration(lc.closure.recordRetention, lang)} — ${cite(preset, lc.closure.source, lang)}`,
  );
  if (lc.closure.note) out.push(`- ${t.note}: ${lc.closure.note[lang]}`);
  out.push(
    `- ${t.restrictions} ${formatDuration(lc.restrictions.accountSellingDuration, lang)} — ${cite(preset, lc.restrictions.source, lang)}`,
  );
  if (lc.restrictions.note) out.push(`- ${t.note}: ${lc.restrictions.note[lang]}`);
  return out;
}

/** `### Information change`: key and non-key fields, segregation of duties. */
function informationChangeSection(preset: Preset, lang: Lang): string[] {
  const t = HANDBOOK_WORDS[lang];
  const lc = preset.lifecycle;
  const out: string[] = [];
  out.push('', `### ${t.infoChange}`, '');
  const ic = lc.informationChange;
  out.push(
    `- ${t.keyFields}: ${fieldTerms(ic.keyFields, lang)} — ${terms(ic.keyFieldChannels, lang)}`,
  );
  out.push(
    `- ${t.nonKeyFields}: ${fieldTerms(ic.nonKeyFields, lang)} — ${terms(ic.nonKeyFieldChannels, lang)}`,
  );
  out.push(
    `- ${t.sod}: ${ic.segregationOfDuties ? t.yes : t.no} — ${cite(preset, ic.source, lang)}`,
  );
  return out;
}

/** `## KYC`: age, documents, face to face, tax residency, restrictions, amounts. */
function kycSection(preset: Preset, lang: Lang): string[] {
  const t = HANDBOOK_WORDS[lang];
  const k = preset.kyc;
  const out: string[] = [];
  out.push('', `## ${t.kyc}`, '');
  out.push(`- ${t.minAge}: ${k.age.minimumAge} — ${cite(preset, k.age.source, lang)}`);
  if (k.age.note) out.push(`  - ${k.age.note[lang]}`);
  out.push(`- ${t.guardianInPerson}: ${k.age.guardianInPerson ? t.yes : t.no}`);
  out.push(
    `- ${t.gb11643}: ${terms(k.documents.gb11643Numbers, lang)} — ${cite(preset, 'gb-11643-1999', lang)}`,
  );
  out.push(
    `- ${t.mismatch}: ${k.documents.birthDateMismatch === 'refuse' ? t.mismatchRefuse : t.mismatchVerify}`,
    `  - ${t.source}: ${cite(preset, k.documents.birthDateMismatchSource ?? 'bank-practice', lang)}`,
  );
  out.push(
    `- ${t.f2f}: ${terms(k.faceToFace.channels, lang)} — ${cite(preset, k.faceToFace.source, lang)}`,
  );
  out.push(
    `- ${t.tax}: ${terms(k.taxResidencyDeclaration.residencies, lang)}${k.taxResidencyDeclaration.foreignCurrencyAccounts ? ` ${t.taxFx}` : ''} — ${cite(preset, k.taxResidencyDeclaration.source, lang)}`,
  );
  out.push(
    `- ${t.restricted}: ${terms(k.openingRestrictions.blockingKinds, lang)} — ${cite(preset, k.openingRestrictions.source, lang)}`,
  );
  out.push(
    `- ${t.phone}: ${k.phoneInOwnName.required ? t.yes : t.no} — ${cite(preset, k.phoneInOwnName.source, lang)}`,
  );
  if (k.documents.note) out.push(`- ${t.note}: ${k.documents.note[lang]}`);
  for (const [residency, docs] of Object.entries(k.documents.accepted))
    out.push(`- ${t.documents} (${term(residency, lang)}): ${terms(docs, lang)}`);
  out.push(
    `- ${t.fx} ${term(k.foreignCurrency.requiresClass, lang)}; ${t.fxQuota}: ${money(k.foreignCurrency.annualPurchaseQuota)} — ${cite(preset, k.foreignCurrency.source, lang)}`,
  );
  out.push(
    `- ${t.certificate}: ${money(k.nonCounterTransfers.certificateRequiredAbove)} — ${cite(preset, k.nonCounterTransfers.source, lang)}`,
  );
  out.push(
    `- ${t.reminder}: ${money(k.nonCounterTransfers.largeTransferReminderAbove)} — ${cite(preset, k.nonCounterTransfers.largeTransferReminderSource, lang)}`,
  );
  return out;
}

/** The KYC risk rating: its levels, thresholds and the table of factors. */
function riskRatingSection(preset: Preset, lang: Lang): string[] {
  const t = HANDBOOK_WORDS[lang];
  const k = preset.kyc;
  const out: string[] = [];
  out.push(`- ${t.risk} — ${cite(preset, k.riskRating.source, lang)}:`);
  for (const level of Object.values(k.riskRating.levels))
    out.push(
      `  - ${level.title[lang]}: ${t.edd} ${level.enhancedDueDiligence ? t.yes : t.no}; ${t.review} ${lang === 'en' ? formatEvery(level.reviewInterval, lang) : formatDuration(level.reviewInterval, lang)}`,
    );
  if (k.riskRating.note) out.push(`  - ${t.note}: ${k.riskRating.note[lang]}`);
  out.push(
    '',
    t.thresholds
      .replace('{medium}', String(k.riskRating.thresholds.medium))
      .replace('{high}', String(k.riskRating.thresholds.high)),
    '',
    `| ${t.factor} | ${t.value} | ${t.score} | ${t.atLeastLevel} | ${t.source} |`,
    '|---|---|---|---|---|',
  );
  for (const f of k.riskRating.factors)
    out.push(
      `| ${term(f.factor, lang)} | ${f.title[lang]} (\`${f.value}\`) | ${f.score} | ${f.minimumLevel ? term(f.minimumLevel, lang) : '—'} | ${cite(preset, f.source, lang)} |`,
    );
  return out;
}

/** `## Suitability`: seniors, minors, insisting, earmarked funds. */
function suitabilitySection(preset: Preset, lang: Lang): string[] {
  const t = HANDBOOK_WORDS[lang];
  const s = preset.suitability;
  const out: string[] = [];
  out.push('', `## ${t.suitability}`, '', `${t.source}: ${cite(preset, s.source, lang)}`, '');
  out.push(
    `- ${t.seniors.replace('{age}', String(s.seniorAge)).replace('{forbidden}', s.seniorForbiddenFrom).replace('{witness}', s.seniorWitnessLevel)}`,
  );
  out.push(`- ${t.minors.replace('{age}', String(s.adultAge))}`);
  out.push(`- ${t.seniorConditions}: ${terms(s.seniorWitnessConditions, lang)}`);
  out.push(`- ${t.insist}: ${s.insistWithSignedStatement ? t.yes : t.no}`);
  out.push(`- ${t.insistConditions}: ${terms(s.insistConditions, lang)}`);
  const excluded = [
    s.insistExcludes.seniors ? `≥ ${s.seniorAge}` : '',
    s.insistExcludes.minors ? `< ${s.adultAge}` : '',
  ]
    .filter(Boolean)
    .join(', ');
  if (excluded) out.push(`- ${t.insistExcludes}: ${excluded}`);
  out.push(`- ${t.earmarkedPurposes}: ${terms(s.earmarkedPurposes, lang)}`);
  out.push(`- ${t.earmarked}: ${s.earmarkedFundsMaxRisk}`);
  if (s.note) out.push(`- ${t.note}: ${s.note[lang]}`);
  return out;
}

/** `## Tiering`, when the preset has tiers: intervals, thresholds, qualifications. */
function tieringSection(preset: Preset, lang: Lang): string[] {
  const t = HANDBOOK_WORDS[lang];
  const tr = preset.tiering;
  if (!tr) return [];
  const out: string[] = [];
  out.push('', `## ${t.tiering}`, '', `${t.source}: ${cite(preset, tr.source, lang)}`, '');
  out.push(`- ${t.reevaluation}: ${formatDuration(tr.reevaluationInterval, lang)}`);
  out.push(`- ${t.basicFreeze}: ${formatDuration(tr.basicInactivityFreeze, lang)}`);
  out.push(`- ${t.review2}: ${money(tr.reviewThreshold)}`);
  if (tr.note) out.push(`- ${t.note}: ${tr.note[lang]}`);
  out.push(
    '',
    `| ${t.tier} | ${t.cumulative} | ${t.txCount} | ${t.history} | ${t.credit} | ${t.alerts} | ${t.source} |`,
  );
  out.push('|---|---|---|---|---|---|---|');
  const dash = (v: string | number | null) => (v === null ? '—' : String(v));
  for (const q of tr.qualifications)
    out.push(
      `| ${term(q.tier, lang)} | ${q.minCumulativeVolume ? money(q.minCumulativeVolume) : '—'} | ${dash(q.minTransactionCount)} | ${q.minHistory ? formatDuration(q.minHistory, lang) : '—'} | ${q.minCreditRating === null ? '—' : term(q.minCreditRating, lang)} | ${dash(q.maxAlerts)} | ${cite(preset, q.source, lang)} |`,
    );
  for (const q of tr.qualifications)
    if (q.note) out.push('', `- ${term(q.tier, lang)}: ${q.note[lang]}`);
  return out;
}

/** The dated rules, the conditions a check attaches and the notices' terms. */
function fidelitySection(preset: Preset, lang: Lang): string[] {
  return ['', ...fidelitySections(preset, lang)];
}

/** The monitoring section, rendered by {@link renderMonitoringMarkdown}. */
function monitoringSection(preset: Preset, lang: Lang): string[] {
  return ['', renderMonitoringMarkdown(preset, lang).trimEnd()];
}

/** `## Discrepancies` between sources, when there are some. */
function discrepanciesSection(preset: Preset, lang: Lang): string[] {
  const t = HANDBOOK_WORDS[lang];
  if (!preset.discrepancies.length) return [];
  const out: string[] = [];
  out.push('', `## ${t.discrepancies}`, '');
  for (const d of preset.discrepancies)
    out.push(`- ${d.text[lang]} (${d.sources.map((key) => cite(preset, key, lang)).join('; ')})`);
  return out;
}

/** `## Sources`: every source document with its reference and issuer. */
function sourcesSection(preset: Preset, lang: Lang): string[] {
  const t = HANDBOOK_WORDS[lang];
  const out: string[] = [];
  out.push('', `## ${t.sources}`, '');
  out.push(t.sourcesIntro, '');
  for (const [key, src] of Object.entries(preset.sources)) out.push(sourceLine(key, src, lang));
  return out;
}

/** One line of the sources list: reference, title, issuer, and its kind, layer and status. */
function sourceLine(key: string, src: SourceDocument, lang: Lang): string {
  const t = HANDBOOK_WORDS[lang];
  const kind = src.kind ? (lang === 'en' ? SOURCE_KIND_EN : SOURCE_KIND_ZH)[src.kind] : undefined;
  const tags = [
    kind,
    src.layer ? `${t.layer}: ${term(src.layer, lang)}` : undefined,
    src.inForce ? `${t.inForce} ${src.inForce}` : undefined,
    src.verified === false ? `**${t.unverified}**` : undefined,
  ].filter((x) => x !== undefined);
  const sep = lang === 'en' ? '; ' : '；';
  return (
    `- \`${key}\` — **${src.ref}** ${src.title[lang]}. ${src.issuer}${src.issued ? `, ${src.issued}` : ''}.` +
    (tags.length ? ` [${tags.join(sep)}]` : '') +
    (src.note ? ` ${src.note[lang]}` : '')
  );
}

/**
 * The sections of the handbook, in order. Each renders its lines (starting with the blank line
 * before its heading); a new section is one more entry.
 */
const HANDBOOK_SECTIONS: readonly ((preset: Preset, lang: Lang) => string[])[] = [
  overviewSection,
  classesSection,
  freezesSection,
  lossReportSection,
  dormancySection,
  closureSection,
  informationChangeSection,
  kycSection,
  riskRatingSection,
  suitabilitySection,
  tieringSection,
  fidelitySection,
  monitoringSection,
  discrepanciesSection,
  sourcesSection,
];

/**
 * Renders a preset as a readable Markdown handbook: every class, limit, duration and threshold
 * with its source, the discrepancies between sources, and the list of sources.
 *
 * @param preset - the preset
 * @param language - `'en'` (default) or `'zh-CN'`; anything else renders English
 * @returns Markdown text
 * @example
 * ```ts
 * renderPresetMarkdown(getPreset('cn-pboc-2018')).startsWith('# PBOC'); // true
 * ```
 */
export function renderPresetMarkdown(preset: Preset, language: Lang = 'en'): string {
  const lang: Lang = language === 'zh-CN' ? 'zh-CN' : 'en'; // anything else renders English
  const out = HANDBOOK_SECTIONS.flatMap((section) => section(preset, lang));
  out.push('');
  return out.join('\n');
}
