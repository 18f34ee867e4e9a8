import { fstatSync, statSync } from 'node:fs';

/**
 * Whether stdout (1) or stderr (2) is a terminal. Node tells by setting up process.stdout or
 * loading node:tty, which loads its stream and network modules: milliseconds of a short run. A
 * pipe, a file or /dev/null, never a terminal, is told by its stat alone.
 */
export function isTerminal(fd: 1 | 2): boolean {
  try {
    const stat = fstatSync(fd);
    if (!stat.isCharacterDevice() || stat.rdev === statSync('/dev/null').rdev) return false;
  } catch {
    // No /dev/null (Windows): ask node.
  }
  return (fd === 1 ? process.stdout : process.stderr).isTTY === true;
}
