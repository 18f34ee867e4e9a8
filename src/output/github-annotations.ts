import type { CiProblem } from './ci-problems.js';

// GitHub's workflow commands: `::error file=F,line=L,col=C,title=T::message`, one per line.
// A message escapes %, CR and LF; a property value also : and , (they end a property).
const escapeData = (s: string): string => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string): string => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

export function githubAnnotation(p: CiProblem): string {
  const props = Object.entries({ file: p.file, line: p.line, col: p.col, title: `intl ${p.code}` })
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
    .join(',');
  return `::${p.severity} ${props}::${escapeData(p.text)}`;
}

export function githubAnnotations(problems: CiProblem[]): string {
  return problems.map((p) => `${githubAnnotation(p)}\n`).join('');
}
