declare const INTL_NAME: string | undefined;
declare const INTL_VERSION: string | undefined;
declare const INTL_BUILD: string | undefined;

/** The package's name in the npm registry (the command is `intl`); set by the bundler from package.json. */
export const PACKAGE_NAME = typeof INTL_NAME === 'string' ? INTL_NAME : 'dev';

/** Set by the bundler from package.json; `dev` when running from source in tests. */
export const VERSION = typeof INTL_VERSION === 'string' ? INTL_VERSION : 'dev';

/** A hash of the sources the bundle was built from: the cache trusts only its own build. */
export const BUILD = typeof INTL_BUILD === 'string' ? INTL_BUILD : 'dev';
