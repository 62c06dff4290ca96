import type { LangText } from '../lang';

/** A table of message templates by stable snake_case code; each code has every language. */
export type MessageTable = { readonly [code: string]: LangText };
