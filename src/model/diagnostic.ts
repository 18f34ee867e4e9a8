/** One problem found in a data folder, at a 1-based line and column. */
export interface Diagnostic {
  file: string;
  line: number;
  col: number;
  /** The field inside the file, such as `cities[3].since`; absent for file-level problems. */
  field?: string;
  message: string;
}

/** `file:line:col: field: message`, the form editors and CI logs make clickable. */
export function formatDiagnostic(d: Diagnostic): string {
  const field = d.field ? `${d.field}: ` : '';
  return `${d.file}:${d.line}:${d.col}: ${field}${d.message}`;
}

export function fieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    out += typeof part === 'number' ? `[${part}]` : `${out ? '.' : ''}${String(part)}`;
  }
  return out;
}

export function byPosition(a: Diagnostic, b: Diagnostic): number {
  return (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.col - b.col;
}
