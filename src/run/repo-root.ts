import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

/**
 * The top of the git repository around `from` (a folder holding `.git`, a folder or, in a
 * worktree or submodule, a file), else `from` itself. Found by walking up rather than by running
 * git, which a CI image may lack.
 */
export function repoRoot(from = process.cwd()): string {
  for (let dir = resolve(from); ; dir = dirname(dir)) {
    if (existsSync(join(dir, '.git'))) return dir;
    if (dirname(dir) === dir) return resolve(from);
  }
}

/** A path as CI engines want it: relative to the repository root, with forward slashes. */
export function repoPath(file: string, root: string): string {
  return relative(root, resolve(file)).split(sep).join('/');
}
