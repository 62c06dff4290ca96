import { list, ISSUER_WORDS, WORDS } from '../../internal/words';
import type { FreezeContext } from '../freeze';
import { notApplicable, passUnless, refusal, type GuardResult } from '../unit';

/**
 * Guard: a freeze of a kind that only named authorities may order (the emergency stop-payment:
 * public security organs, 银发〔2016〕86号) says which authority issued it, and it is one of them
 * (`freeze_issuer_not_allowed`). Not applicable to kinds whose rule names no issuers.
 *
 * @example
 * ```ts
 * freezeIssuer(stopPaymentContext).outcome; // 'failed' without `issuer: 'public_security'`
 * ```
 */
export function freezeIssuer({ event, rule, lang }: FreezeContext): GuardResult {
  const { kind, issuer } = event.freeze;
  const path = `lifecycle.freezes.${kind}.issuers`;
  const freezeKind = rule.title[lang];
  const issuers = rule.issuers;
  if (issuers === undefined || issuers === null)
    return notApplicable(path, rule.source, 'trace_freeze_issuer_any', { freezeKind });
  const words = {
    freezeKind,
    issuer: issuer === undefined ? WORDS.unstatedIssuer[lang] : ISSUER_WORDS[issuer][lang],
    allowed: list(
      issuers.map((i) => ISSUER_WORDS[i][lang]),
      lang,
    ),
  };
  const found =
    issuer !== undefined && issuers.includes(issuer)
      ? null
      : refusal(
          'freeze_issuer_not_allowed',
          words,
          {
            freezeKind: kind,
            issuer: issuer ?? null,
            allowedIssuers: issuers,
            source: rule.source,
          },
          lang,
        );
  return passUnless(found, path, rule.source, 'trace_freeze_issuer_allowed', words);
}
