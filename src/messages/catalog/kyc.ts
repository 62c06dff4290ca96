import type { MessageTable } from './types';
import { deepFreeze } from '../../presets/internal/deepFreeze';
import { RESIDENT_ID_MESSAGES } from './residentId';

/**
 * Messages for KYC: opening-eligibility reasons and their fixes, resident identity number
 * problems, tier evaluation, customer risk rating and investor suitability. Codes are stable.
 */
// Object.assign, not spreads: a bundler may drop a pure call of plain tables, never a spread.
export const KYC_MESSAGES = /* @__PURE__ */ deepFreeze(
  /* @__PURE__ */ Object.assign(
    {},
    {
      // ── Opening eligibility: reasons ────────────────────────────────────────────────────────────
      under_minimum_age: {
        en: 'The applicant is {age}; from {minimumAge} a person opens alone, younger only with a legal guardian present.',
        'zh-CN': '申请人{age}周岁；年满{minimumAge}周岁方可独立开户，未满须由法定监护人陪同。',
      },
      guardian_not_in_person: {
        en: 'The applicant is {age}, under {minimumAge}: the legal guardian must come in person ({channels}), not through the {channel} channel.',
        'zh-CN':
          '申请人{age}周岁，未满{minimumAge}周岁：须由法定监护人亲自陪同办理（{channels}），不能通过{channel}办理。',
      },
      invalid_document_number: {
        en: 'The document number is not valid: {reason}',
        'zh-CN': '证件号码无效：{reason}',
      },
      document_expired: {
        en: 'The identity document expired on {expiresOn}.',
        'zh-CN': '身份证件已于{expiresOn}过期。',
      },
      document_not_accepted: {
        en: 'A {documentType} is not accepted for this applicant; accepted: {accepted}.',
        'zh-CN': '该申请人不能使用{documentType}开户；可接受：{accepted}。',
      },
      face_to_face_required: {
        en: 'The {class} must be opened face to face (counter, or kiosk with staff).',
        'zh-CN': '{class}须面对面开立（柜面或有工作人员协助的自助设备）。',
      },
      opening_channel_not_allowed: {
        en: 'The {class} cannot be opened through the {channel} channel; only at the {channels}.',
        'zh-CN': '{class}不能通过{channel}开立；可用渠道：{channels}。',
      },
      insufficient_verification: {
        en: 'The {class} needs {required}; done: {done}.',
        'zh-CN': '{class}须完成{required}；已完成：{done}。',
      },
      verification_minimum: {
        en: '{minimum} or more verification methods',
        'zh-CN': '至少{minimum}种身份验证方式',
      },
      verification_minimum_including: {
        en: '{minimum} or more verification methods, including {including}',
        'zh-CN': '至少{minimum}种身份验证方式，包括{including}',
      },
      class_limit_reached: {
        en: 'Limit for the {class}: {max} per person at this bank; the applicant already holds {held}.',
        'zh-CN': '申请人在本行已持有{held}个{class}，最多允许{max}个。',
      },
      foreign_currency_prerequisite: {
        en: 'A {currency} account needs a {requiredCurrency} {requiredClass} at this bank first; the applicant holds none.',
        'zh-CN':
          '开立{currency}账户须先在本行开立{requiredCurrency}{requiredClass}；申请人尚未持有。',
      },
      opening_restricted: {
        en: 'The applicant is under a restriction ({restrictionKind}) in force from {from} until {until}: no new account may be opened.',
        'zh-CN': '申请人处于限制期（{restrictionKind}），自{from}至{until}：不得新开账户。',
      },
      phone_not_in_own_name: {
        en: 'The phone number must be registered in the applicant’s own name.',
        'zh-CN': '手机号码须为申请人本人实名登记。',
      },
      missing_opening_documents: {
        en: 'The {class} also needs: {missing}.',
        'zh-CN': '{class}还须提供：{missing}。',
      },

      // ── Opening eligibility: what would fix it ──────────────────────────────────────────────────
      open_face_to_face: {
        en: 'Open it at the counter, or at a kiosk with staff confirming the identity.',
        'zh-CN': '请到柜面或由工作人员现场核验身份的自助设备办理。',
      },
      choose_allowed_channel: {
        en: 'Apply at the {channels}.',
        'zh-CN': '请通过以下渠道办理：{channels}。',
      },
      add_verifications: {
        en: 'Also complete: {verifications}.',
        'zh-CN': '请再完成：{verifications}。',
      },
      verification_parts_separator: {
        en: ' and ',
        'zh-CN': '，以及',
      },
      restriction_until_lifted: {
        en: 'it is lifted',
        'zh-CN': '解除',
      },
      add_more_verifications: {
        en: '{count} more of: {candidates}',
        'zh-CN': '另外{count}种（从{candidates}中任选）',
      },
      come_with_guardian: {
        en: 'Come with a legal guardian and proof of guardianship (e.g. the birth certificate), at the {channels}.',
        'zh-CN': '请由法定监护人携带监护关系证明（如出生证明）陪同，到{channels}办理。',
      },
      renew_document: {
        en: 'Renew the document, or present another valid one.',
        'zh-CN': '请更换有效证件，或出示其他有效证件。',
      },
      present_accepted_document: {
        en: 'Present one of: {accepted}.',
        'zh-CN': '请出示以下证件之一：{accepted}。',
      },
      correct_document_number: {
        en: 'Check the number against the document and enter it again.',
        'zh-CN': '请对照证件核对号码后重新输入。',
      },
      choose_another_class: {
        en: 'Use the account already held, or open one of: {classes}.',
        'zh-CN': '请使用已持有的账户，或改为开立：{classes}。',
      },
      use_existing_account: {
        en: 'Use the account already held.',
        'zh-CN': '请使用已持有的账户。',
      },
      open_required_class_first: {
        en: 'Open a {requiredCurrency} {requiredClass} first.',
        'zh-CN': '请先开立{requiredCurrency}{requiredClass}。',
      },
      wait_for_restriction_end: {
        en: 'Apply again from {eligibleFrom}.',
        'zh-CN': '请于{eligibleFrom}起再申请。',
      },
      restriction_must_be_lifted: {
        en: 'The restriction must be lifted first.',
        'zh-CN': '须先解除限制。',
      },
      use_phone_in_own_name: {
        en: 'Give a phone number registered in the applicant’s own name.',
        'zh-CN': '请提供本人实名登记的手机号码。',
      },
      provide_documents: {
        en: 'Provide: {missing}.',
        'zh-CN': '请提供：{missing}。',
      },

      // ── Opening eligibility: steps still to complete (conditions of an eligible decision) ─────────
      sign_tax_residency_declaration: {
        en: 'The applicant signs a tax-residency self-declaration at opening.',
        'zh-CN': '开户时申请人须填写税收居民身份声明。',
      },
      verify_birth_date: {
        en: 'The identity card number gives the birth date {documentBirthDate}, not the declared {declaredBirthDate}: staff must verify the birth date against the document before opening.',
        'zh-CN':
          '身份证号码所含出生日期为{documentBirthDate}，与申报的{declaredBirthDate}不一致：开户前须由工作人员对照证件核实出生日期。',
      },
      bring_proof_of_guardianship: {
        en: 'The guardian shows their identity document and proof of guardianship; the funds belong to the minor.',
        'zh-CN': '监护人须出示本人身份证件及监护关系证明；账户资金归未成年人所有。',
      },
      collect_opening_documents: {
        en: 'Collect at opening: {requirements}.',
        'zh-CN': '开户时须收取：{requirements}。',
      },
    } as const,
    RESIDENT_ID_MESSAGES,
    {
      // ── Tier evaluation ────────────────────────────────────────────────────────────────────────
      tier_initial: {
        en: 'Initial tier: {tier}.',
        'zh-CN': '初始层级：{tier}。',
      },
      tier_none: {
        en: 'The identity provided does not yet meet the {tier}.',
        'zh-CN': '所提供的身份信息尚不满足{tier}的要求。',
      },
      tier_upgrade_proposed: {
        en: 'Upgrade proposed from the {from} to the {to}; it takes effect once approved and the customer is notified.',
        'zh-CN': '建议由{from}升级为{to}；经审批并通知客户后生效。',
      },
      tier_downgrade_proposed: {
        en: 'Downgrade proposed from the {from} to the {to}; it takes effect once approved and the customer is notified.',
        'zh-CN': '建议由{from}降级为{to}；经审批并通知客户后生效。',
      },
      tier_unchanged: {
        en: 'The customer stays in the {tier}.',
        'zh-CN': '客户保持{tier}。',
      },
      tier_requirement_document: {
        en: 'Provide: {requirement}',
        'zh-CN': '提供{requirement}',
      },
      tier_requirement_verification: {
        en: 'Verification: {verification}',
        'zh-CN': '身份验证：{verification}',
      },
      tier_requirement_verification_count: {
        en: 'At least {required} verification methods (done: {actual})',
        'zh-CN': '至少{required}种身份验证方式（已完成{actual}种）',
      },
      tier_requirement_face_to_face: {
        en: 'Identity confirmed face to face (counter, or kiosk with staff)',
        'zh-CN': '面对面核验身份（柜面或有工作人员协助的自助设备）',
      },
      tier_requirement_cumulative_volume: {
        en: 'Cumulative transactions of at least {required} (now {actual})',
        'zh-CN': '累计交易金额不低于{required}（当前{actual}）',
      },
      tier_requirement_transaction_count: {
        en: 'At least {required} transactions in the period reviewed (now {actual})',
        'zh-CN': '评估期内交易不少于{required}笔（当前{actual}）',
      },
      tier_requirement_history: {
        en: 'A relationship of at least {duration} (from {since})',
        'zh-CN': '业务关系满{duration}（自{since}起）',
      },
      tier_requirement_credit_rating: {
        en: 'A credit rating of at least {required} (now {actual})',
        'zh-CN': '信用评级不低于{required}（当前{actual}）',
      },
      tier_requirement_alerts: {
        en: 'At most {required} confirmed alerts in the period reviewed (now {actual})',
        'zh-CN': '评估期内经确认的预警不超过{required}次（当前{actual}）',
      },
      // Words inside the usage criteria's messages: an unknown value, a count with its measure word.
      tier_value_unknown: { en: 'unknown', 'zh-CN': '未知' },
      tier_count_transactions: { en: '{count}', 'zh-CN': '{count}笔' },
      tier_count_alerts: { en: '{count}', 'zh-CN': '{count}次' },
      tier_inactivity_freeze: {
        en: 'No transaction since {since}: the {tier} account is frozen from {frozenFrom} until the customer’s identity is re-verified.',
        'zh-CN':
          '自{since}起无交易：{tier}账户自{frozenFrom}起临时冻结，待客户重新验证身份后恢复。',
      },
      tier_inactivity_ok: {
        en: 'Active: without a transaction, the {tier} account would be frozen from {frozenFrom}.',
        'zh-CN': '账户活跃：如无交易，{tier}账户将于{frozenFrom}起临时冻结。',
      },

      tier_inactivity_not_applicable: {
        en: 'The inactivity freeze applies to the {lowestTier} only, not to the {tier}.',
        'zh-CN': '无交易临时冻结仅适用于{lowestTier}，不适用于{tier}。',
      },

      // ── Customer risk rating ───────────────────────────────────────────────────────────────────
      risk_rated: {
        en: 'Customer risk: {level} (score {score}).',
        'zh-CN': '客户风险等级：{level}（得分{score}）。',
      },
      risk_factor_scored: {
        en: '{factor}: {value} (+{score})',
        'zh-CN': '{factor}：{value}（加{score}分）',
      },
      risk_factor_minimum_level: {
        en: '{factor}: {value} — always at least {level}',
        'zh-CN': '{factor}：{value}——至少为{level}',
      },
      risk_requirements: {
        en: 'Enhanced due diligence: {edd}; review {every}.',
        'zh-CN': '强化尽职调查：{edd}；{every}复评一次。',
      },
      risk_edd_required: { en: 'required', 'zh-CN': '需要' },
      risk_edd_not_required: { en: 'not required', 'zh-CN': '不需要' },

      // ── Investor suitability ───────────────────────────────────────────────────────────────────
      no_risk_assessment: {
        en: 'The customer has no valid risk-tolerance assessment: no wealth or investment product may be sold.',
        'zh-CN': '客户未完成有效的风险承受能力评估：不得购买任何理财或投资产品。',
      },
      risk_assessment_expired: {
        en: 'The customer’s risk-tolerance assessment expired on {expiresOn}: no product may be sold until it is redone.',
        'zh-CN': '客户的风险承受能力评估已于{expiresOn}过期：重新评估前不得购买产品。',
      },
      minor_without_guardian: {
        en: 'The customer is {age}, under {adultAge}: only with the legal guardian, who completes the risk assessment, at a branch.',
        'zh-CN':
          '客户{age}周岁，未满{adultAge}周岁：须由法定监护人陪同到网点办理，并由监护人指导完成风险评估。',
      },
      senior_product_forbidden: {
        en: 'The customer is {age}: from {seniorAge}, products rated {forbiddenFrom} or above are never sold ({product}).',
        'zh-CN':
          '客户{age}周岁：年满{seniorAge}周岁的客户不得购买{forbiddenFrom}级及以上产品（本产品为{product}）。',
      },
      senior_witness_level: {
        en: 'The customer is {age}: from {seniorAge}, products rated {product} are sold only with a witness and a second risk warning.',
        'zh-CN':
          '客户{age}周岁：年满{seniorAge}周岁的客户购买{product}级产品须有见证人并进行二次风险提示。',
      },
      above_risk_tolerance: {
        en: 'The product is rated {product}, above the customer’s tolerance {tolerance} (up to {maxProduct}).',
        'zh-CN':
          '产品风险等级为{product}，高于客户风险承受能力{tolerance}（可购买不高于{maxProduct}级产品）。',
      },
      insist_not_available: {
        en: 'Buying above one’s level by signing a special statement is not available here: {why}.',
        'zh-CN': '此情形不适用签署特别声明坚持购买：{why}。',
      },
      insisted_above_tolerance: {
        en: 'The customer insists on an {product} product, above the tolerance {tolerance}: allowed only with a signed special statement, a witness and a second risk warning.',
        'zh-CN':
          '客户坚持购买{product}级产品，高于其风险承受能力{tolerance}：须签署特别声明、由见证人见证并进行二次风险提示。',
      },
      earmarked_funds_high_risk: {
        en: 'The money is {purpose} funds: it may not go into a product rated above {maxRisk} ({product}).',
        'zh-CN': '该笔资金为{purpose}：不得投资高于{maxRisk}级的产品（本产品为{product}）。',
      },
      insist_blocked_senior: {
        en: 'the customer is {seniorAge} or older',
        'zh-CN': '客户年满{seniorAge}周岁',
      },
      insist_blocked_minor: {
        en: 'the customer is under {adultAge}',
        'zh-CN': '客户未满{adultAge}周岁',
      },
      insist_blocked_preset: {
        en: 'the rules in force do not allow it',
        'zh-CN': '现行规则不允许',
      },
      choose_suitable_product: {
        en: 'Choose a product rated {maxProduct} or below.',
        'zh-CN': '请选择{maxProduct}级及以下的产品。',
      },
      insist_with_signed_statement: {
        en: 'If the customer insists after the risk is explained again, they sign a special statement before a witness.',
        'zh-CN': '如客户在再次揭示风险后仍坚持购买，须在见证人见证下签署特别声明。',
      },
      complete_risk_assessment: {
        en: 'Complete (or redo) the customer’s risk-tolerance assessment.',
        'zh-CN': '请完成（或重新进行）客户风险承受能力评估。',
      },
      come_with_guardian_to_branch: {
        en: 'Come to a branch with the legal guardian, who completes the risk assessment.',
        'zh-CN': '请由法定监护人陪同到网点办理，并由监护人指导完成风险评估。',
      },
      witness_required: {
        en: 'A branch retail head witnesses the sale and signs the application.',
        'zh-CN': '须由分行零售部门负责人见证销售过程并在申请书上签字。',
      },
      second_warning_required: {
        en: 'The risk is explained a second time and the customer confirms the purchase again.',
        'zh-CN': '须进行二次风险提示，并由客户再次确认购买意愿。',
      },
      signed_statement_required: {
        en: 'The customer signs a special statement on the subscription application.',
        'zh-CN': '客户须在认购申请书上签署特别声明。',
      },
    } as const,
  ) satisfies MessageTable,
);

/**
 * Separators that join messages in a language (not messages themselves: the Chinese one is
 * empty, since Chinese sentences are written without spaces).
 *
 * @example
 * ```ts
 * ['a.', 'b.'].join(KYC_SEPARATORS.sentences.en); // 'a. b.'
 * ```
 */
export const KYC_SEPARATORS = /* @__PURE__ */ deepFreeze({
  sentences: { en: ' ', 'zh-CN': '' },
} satisfies MessageTable);

/** Codes of opening-eligibility and suitability reasons. */
export type KycReasonCode = keyof typeof KYC_MESSAGES;
