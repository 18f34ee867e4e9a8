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
  return lang() === 'nb' ? nb : en;
}

export type { Catalogue, Noun } from './catalogue.js';
