import { createTwoFilesPatch } from 'diff';

/** What a change would do to a file, as a unified diff (`--dry-run`). */
export function unifiedDiff(file: string, before: string, after: string): string {
  const patch = createTwoFilesPatch(`a/${file}`, `b/${file}`, before, after, undefined, undefined, { context: 3 });
  // The library heads the patch with a line of = signs that git's own diffs do not have.
  return patch.replace(/^=+\n/, '');
}
