import { describe, expect, it } from 'vitest';
import { resolveLang } from '../../src/i18n/lang.js';

describe('the language of a run', () => {
  it('takes --lang first, then INTL_LANG', () => {
    expect(resolveLang(['cities', '--lang', 'nb'], { INTL_LANG: 'en', LANG: 'en_US.UTF-8' })).toBe('nb');
    expect(resolveLang(['--lang=en', 'cities'], { INTL_LANG: 'nb' })).toBe('en');
    expect(resolveLang(['cities'], { INTL_LANG: 'nb', LANG: 'en_GB.UTF-8' })).toBe('nb');
  });

  it('reads the locale as POSIX orders it: LC_ALL, LC_MESSAGES, LANG', () => {
    expect(resolveLang([], { LANG: 'nb_NO.UTF-8' })).toBe('nb');
    expect(resolveLang([], { LANG: 'no_NO' })).toBe('nb');
    expect(resolveLang([], { LANG: 'nn_NO.UTF-8' })).toBe('nb');
    expect(resolveLang([], { LC_ALL: 'en_US.UTF-8', LANG: 'nb_NO.UTF-8' })).toBe('en');
    expect(resolveLang([], { LC_MESSAGES: 'nb_NO.UTF-8', LANG: 'en_US.UTF-8' })).toBe('nb');
    expect(resolveLang([], { LANG: 'de_DE.UTF-8' })).toBe('en');
  });

  it('falls back to English, or to the data folder’s language when no person chose one', () => {
    expect(resolveLang([], {})).toBe('en');
    expect(resolveLang([], { LANG: 'C' })).toBe('en');
    expect(resolveLang([], { LANG: 'C.UTF-8' }, 'nb')).toBe('nb');
    expect(resolveLang([], { LANG: 'POSIX' }, 'nb')).toBe('nb');
    expect(resolveLang([], {}, 'nb')).toBe('nb');
  });

  it('ignores an INTL_LANG it does not speak, and --lang after --', () => {
    expect(resolveLang([], { INTL_LANG: 'de', LANG: 'nb_NO' })).toBe('nb');
    expect(resolveLang(['--', '--lang', 'nb'], {})).toBe('en');
  });
});
