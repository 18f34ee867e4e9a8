declare const INTL_VERSION: string | undefined;

/** Set by the bundler from package.json; `dev` when running from source in tests. */
export const VERSION = typeof INTL_VERSION === 'string' ? INTL_VERSION : 'dev';
