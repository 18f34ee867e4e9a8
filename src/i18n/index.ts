import type { Catalogue } from './catalogue.js';
import { en } from './en.js';
import { isLang, type Lang } from './lang.js';
import { nb } from './nb.js';

/**
 * The language of this run. The entry point settles it once (start.ts, and cli.ts for the tests
 * on the sources) and keeps it in INTL_LANG, so every lazily loaded bundle and worker thread, each
 * with its own copy of this module, speaks the same language.
 */
export function lang(): Lang {
  const value = process.env.INTL_LANG;
  return isLang(value) ? value : 'en';
}

/** The catalogue of this run's language. */
export function t(): Catalogue {
  return catalogue(lang());
}

/** The catalogue of a given language, for output in both languages in one run (the site). */
export function catalogue(language: Lang): Catalogue {
  return language === 'nb' ? nb : en;
}

/** Runs `work` as if this run spoke `language`, for formatters that follow the run's language. */
export function inLanguage<T>(language: Lang, work: () => T): T {
  const before = process.env.INTL_LANG;
  process.env.INTL_LANG = language;
  try {
    return work();
  } finally {
    if (before === undefined) delete process.env.INTL_LANG;
    else process.env.INTL_LANG = before;
  }
}

export type { Catalogue, Noun } from './catalogue.js';
