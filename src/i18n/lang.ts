/** The languages intl speaks. */
export const LANGS = ['nb', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** Locales read as bokmål: Norwegian in any of its codes (nynorsk readers get bokmål, not English). */
const NORWEGIAN = /^(nb|no|nn)([_.@-]|$)/i;

/**
 * The language asked for: `--lang` on the command line, else INTL_LANG, else the first locale
 * variable that is set (LC_ALL, LC_MESSAGES, LANG, as POSIX orders them), else English.
 * `dataDefault` is a data folder's own default language, which ranks below all of those that
 * a person sets and above plain English.
 */
export function resolveLang(argv: readonly string[], env: NodeJS.ProcessEnv, dataDefault?: Lang): Lang {
  const asked = langArgument(argv) ?? env.INTL_LANG;
  if (isLang(asked)) return asked;
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== '');
  // The C and POSIX locales are a machine's default, not a person's choice of language.
  if (locale !== undefined && !/^(C|POSIX)([.@]|$)/.test(locale)) return NORWEGIAN.test(locale) ? 'nb' : 'en';
  return dataDefault ?? 'en';
}

export function isLang(value: unknown): value is Lang {
  return value === 'nb' || value === 'en';
}

/** `--lang nb` or `--lang=nb` before any `--`. */
function langArgument(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') return undefined;
    if (arg === '--lang') return argv[i + 1];
    if (arg.startsWith('--lang=')) return arg.slice('--lang='.length);
  }
  return undefined;
}
