declare const INTL_VERSION: string | undefined;
declare const INTL_BUILD: string | undefined;

/** Set by the bundler from package.json; `dev` when running from source in tests. */
export const VERSION = typeof INTL_VERSION === 'string' ? INTL_VERSION : 'dev';

/** A hash of the sources the bundle was built from: the cache trusts only its own build. */
export const BUILD = typeof INTL_BUILD === 'string' ? INTL_BUILD : 'dev';
