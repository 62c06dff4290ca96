export * from './catalog';
export { formatMessage } from './formatMessage';
export { renderMessage, placeholders, type MessageParams } from './renderMessage';
export { LANGS, isLang, type Lang, type LangText } from './lang';
export type { PolicyReason } from './decision';
