import { describe, expect, it } from 'vitest';
import { AccountPolicyError } from '../errors';
import { formatMessage } from './formatMessage';
import { placeholders, renderMessage } from './renderMessage';

function errorOf(fn: () => unknown): AccountPolicyError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(AccountPolicyError);
    return error as AccountPolicyError;
  }
  throw new Error('expected an AccountPolicyError');
}

const TEMPLATE = { en: 'Limit {limit} used {used}', 'zh-CN': '限额{limit}，已用{used}' };

describe('messages refuse what is not a message', () => {
  it('formatMessage: an unknown code is invalid_input naming it', () => {
    for (const code of ['no_such_code', 'toString', '__proto__', 'constructor']) {
      const error = errorOf(() => formatMessage(code as never));
      expect(error.code).toBe('invalid_input');
      expect(error.message).toBe(`Unknown message code ${JSON.stringify(code)}`);
    }
    expect(errorOf(() => formatMessage(42 as never)).message).toBe(
      'Unknown message code (a number)',
    );
    expect(formatMessage('already_closed', {}, 'en')).not.toBe('');
  });

  it('renderMessage: any language other than zh-CN renders English', () => {
    for (const lang of ['fr', '', 'EN', 'zh-cn', undefined, 42]) {
      expect(renderMessage(TEMPLATE, { limit: '1', used: '2' }, lang as never)).toBe(
        'Limit 1 used 2',
      );
    }
    expect(renderMessage(TEMPLATE, { limit: '1', used: '2' }, 'zh-CN')).toBe('限额1，已用2');
  });

  it('renderMessage: a template without the text is invalid_input', () => {
    for (const template of [null, undefined, 'Limit', {}, { en: 5, 'zh-CN': 'x' }]) {
      const error = errorOf(() => renderMessage(template as never, {}, 'en'));
      expect(error.code).toBe('invalid_input');
      expect(error.message).toContain('needs an "en" and a "zh-CN" text');
    }
    expect(errorOf(() => renderMessage({ en: 'x' } as never, {}, 'zh-CN')).code).toBe(
      'invalid_input',
    );
  });

  it('renderMessage: params must be an object; values other than text and numbers stay visible', () => {
    for (const params of [null, 'limit', 5]) {
      expect(errorOf(() => renderMessage(TEMPLATE, params as never)).message).toBe(
        'Message parameters must be an object',
      );
    }
    expect(renderMessage(TEMPLATE, { limit: { toString: 'x' }, used: Symbol('s') } as never)).toBe(
      'Limit {limit} used {used}',
    );
    expect(renderMessage(TEMPLATE, { limit: 10n, used: true } as never)).toBe('Limit 10 used true');
    expect(renderMessage(TEMPLATE, { limit: 0, used: -0 })).toBe('Limit 0 used 0');
    const inherited = Object.create({ limit: 'inherited' }) as Record<string, string>;
    expect(renderMessage(TEMPLATE, inherited)).toBe('Limit {limit} used {used}');
  });

  it('placeholders needs a string', () => {
    expect(placeholders('{b} {a} {b}')).toEqual(['a', 'b']);
    expect(errorOf(() => placeholders(null as never)).code).toBe('invalid_input');
  });
});
