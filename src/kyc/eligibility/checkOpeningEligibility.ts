import type { ClassIdArgument, PbocClassId } from '../../presets/shippedClassIds';
import { citeSources, sourceRef } from '../../presets/citeSources';
import { attempt, type Result } from '../../errors';
import type { RuleOutcome, Traced } from '../../messages/trace';
import { readFlag, readObject, resolveOptions, type KycOptions } from '../internal/inputs';
import { prepareOpening } from './prepare';
import { ELIGIBILITY_RULES } from './rules/eligibilityRules';
import type {
  EligibilityDecision,
  EligibilityReason,
  OpeningCondition,
  OpeningRequest,
} from './types';

export { OPENING_REQUEST_FIELDS } from './prepare';

/** Options of {@link checkOpeningEligibility}: the KYC options and `trace`. */
export interface EligibilityOptions<C extends string = string> extends KycOptions<C> {
  /** With `true`, the decision carries `trace`: every rule's outcome, in evaluation order. */
  readonly trace?: boolean;
}

const OPTION_FIELDS: ReadonlySet<string> = new Set(['preset', 'lang', 'trace']);

/**
 * Decides whether a person may open an account of a class or tier, listing every reason they may
 * not, each with its facts, its source and what would fix it.
 *
 * It checks: restrictions on the person in force on `today`; the minimum age (a guardian present,
 * in person where the preset says so); the document (accepted for the applicant's residency,
 * number valid — GB 11643-1999 in full for the resident identity card, agreeing with the declared
 * birth date —, not expired: valid while `expiresOn ≥ today`, so a document expiring today is
 * still valid); the channel (face to face where the class needs it); the verification methods
 * (how many, and which: e.g. the bound-account check); documents a tier asks for; how many
 * accounts of the class the person already holds at the bank (closed ones not counted; counted
 * per currency); for a foreign-currency account, a CNY account of the required class first; the
 * phone number in the person's own name (when stated). A counter or staffed-kiosk opening counts
 * as a `face_to_face` verification; a `face_to_face` claimed on a remote channel does not count.
 *
 * @param request - the opening request (the CLI's `eligibility` input)
 * @param options - `preset` (default `cn-pboc-2018`), `lang` (default `en`) and `trace`
 *   (default false: with `true` the decision carries `trace`, the outcome of every rule of
 *   {@link ELIGIBILITY_RULES} in order)
 * @returns `{ eligible: true, reasons: [], conditions }` or `{ eligible: false, reasons, conditions }`
 *   (plus `trace` with `{ trace: true }`)
 * @throws AccountPolicyError `invalid_input` (unknown class, verification, channel…) or
 *   `invalid_date` / `invalid_instant` for malformed input, naming the path; a birth date after
 *   `today` is invalid input
 *   (a missing or non-object request included); bad options: `invalid_input` (not an object, an
 *   unknown option, an unknown `lang`, a `trace` that is not a boolean) or `invalid_preset` (not a valid preset object). Messages name the path of
 *   what is wrong and show at most 40 characters of a value.
 * @example
 * ```ts
 * const decision = checkOpeningEligibility({
 *   requestedClass: 'I',
 *   today: '2026-11-22',
 *   channel: 'remote',
 *   applicant: {
 *     birthDate: '1949-12-31',
 *     document: { type: 'resident_id_card', number: '11010519491231002X', expiresOn: '2036-01-01' },
 *     verifications: ['id_network_check'],
 *   },
 *   existingAccounts: [{ class: 'I' }],
 * });
 * decision.eligible; // false
 * decision.reasons.map((r) => r.code); // ['face_to_face_required', 'class_limit_reached']
 * ```
 */
export function checkOpeningEligibility<C extends string = PbocClassId, A extends string = string>(
  request: OpeningRequest<ClassIdArgument<A, NoInfer<C>>>,
  options: EligibilityOptions<C> & { readonly trace: true },
): Traced<EligibilityDecision>;
export function checkOpeningEligibility<C extends string = PbocClassId, A extends string = string>(
  request: OpeningRequest<ClassIdArgument<A, NoInfer<C>>>,
  options?: EligibilityOptions<C>,
): EligibilityDecision;
export function checkOpeningEligibility<C extends string = PbocClassId, A extends string = string>(
  request: OpeningRequest<ClassIdArgument<A, NoInfer<C>>>,
  options?: EligibilityOptions<C>,
): EligibilityDecision | Traced<EligibilityDecision> {
  const trace =
    options === undefined
      ? false
      : (readFlag(readObject(options, ['options'], OPTION_FIELDS).trace, ['options', 'trace']) ??
        false);
  const { preset, lang } = resolveOptions(options);
  const prepared = prepareOpening(request, preset, lang);
  const outcomes: RuleOutcome[] = [];
  const reasons: EligibilityReason[] = [];
  const conditions: OpeningCondition[] = [];
  for (const rule of ELIGIBILITY_RULES) {
    const result = rule(prepared);
    outcomes.push(...result.outcomes);
    reasons.push(...result.reasons);
    conditions.push(...result.conditions);
  }
  const [first, ...rest] = reasons;
  const decision = citeSources<EligibilityDecision>(
    preset,
    first === undefined
      ? { eligible: true, reasons: [], conditions }
      : { eligible: false, reasons: [first, ...rest], conditions },
  );
  if (!trace) return decision;
  return {
    ...decision,
    trace: outcomes.map((o) => ({ ...o, source: sourceRef(preset, o.source) })),
  };
}

/**
 * Non-throwing twin of {@link checkOpeningEligibility}.
 *
 * @param request - the opening request
 * @param options - `preset`, `lang` and `trace`
 * @returns `{ ok: true, value: decision }` or `{ ok: false, error }` for malformed input
 * @example
 * ```ts
 * safeCheckOpeningEligibility({ requestedClass: 'IV' } as never).ok; // false
 * ```
 */
export function safeCheckOpeningEligibility<
  C extends string = PbocClassId,
  A extends string = string,
>(
  request: OpeningRequest<ClassIdArgument<A, NoInfer<C>>>,
  options: EligibilityOptions<C> & { readonly trace: true },
): Result<Traced<EligibilityDecision>>;
export function safeCheckOpeningEligibility<
  C extends string = PbocClassId,
  A extends string = string,
>(
  request: OpeningRequest<ClassIdArgument<A, NoInfer<C>>>,
  options?: EligibilityOptions<C>,
): Result<EligibilityDecision>;
export function safeCheckOpeningEligibility<
  C extends string = PbocClassId,
  A extends string = string,
>(
  request: OpeningRequest<ClassIdArgument<A, NoInfer<C>>>,
  options?: EligibilityOptions<C>,
): Result<EligibilityDecision> {
  return attempt(() => checkOpeningEligibility(request, options));
}
