import { isWarning, type Diagnostic } from '../model/diagnostic.js';
import type { PendingDiagnostic, Unavailable } from './loaded-record.js';

/**
 * Adds the located cross-file problems to `diagnostics`: a reference to a record that was left out
 * for its own problems (or its file's) follows from the first of them, and is folded under it.
 */
export function foldReferences(diagnostics: Diagnostic[], pending: PendingDiagnostic[], located: Diagnostic[], unavailable: Unavailable[]): Diagnostic[] {
  const at = (d: Pick<Diagnostic, 'file' | 'line' | 'col'>) => `${d.file}:${d.line}:${d.col}`;
  const byId = new Map<string, Unavailable[]>();
  for (const u of unavailable) byId.get(u.id)?.push(u) ?? byId.set(u.id, [u]);
  const causes = new Map(diagnostics.filter((d) => !isWarning(d)).map((d) => [at(d), d]));
  const causeOf = (target: PendingDiagnostic['target']) => {
    const u = target && byId.get(target.id)?.find((x) => x.kind === undefined || x.kind === target.kind);
    return u && causes.get(at(u.cause));
  };
  pending.forEach((p, i) => {
    const cause = causeOf(p.target);
    if (cause) (cause.followers ??= []).push(located[i]!);
    else diagnostics.push(located[i]!);
  });
  return diagnostics;
}
