/**
 * What every reason in a decision carries: a stable snake_case code and a message in the
 * requested language. Areas extend it with structured fields (limit, used, rule, source, …).
 */
export interface PolicyReason<C extends string = string> {
  readonly code: C;
  readonly message: string;
}
