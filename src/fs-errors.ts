import { t } from './i18n/index.js';

/** A file system error in words, without Node's syscall details. */
export function describeFsError(e: NodeJS.ErrnoException): string {
  return (e.code && t().files.why[e.code]) ?? e.code ?? e.message;
}
