// A catalogue of messages (src/i18n/<lang>.ts) is one object of sections (help, files, validate,
// ...) and subsections (help.cities, ...), and a run reads a few of them. Built as written, every
// run makes all of them, and V8 keeps and reloads the code of all of them: a millisecond or two of
// a short run. This rewrites each section and subsection into a getter that makes it on the
// first read and keeps it, so a run pays for what it reads. The sources stay plain objects,
// which TypeScript checks against the English catalogue's shape.
import ts from 'typescript';

const ONCE = `const __once = (o, key, make) => { const value = make(); Object.defineProperty(o, key, { value, enumerable: true }); return value; };\n`;

/** The catalogue module `text` with the object sections of its exported constants made lazy, `depth` levels down. */
export function lazySections(text, fileName, depth = 2) {
  const file = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const edits = [];
  const visit = (object, level) => {
    for (const property of object.properties) {
      if (!ts.isPropertyAssignment(property)) continue;
      const value = ts.isAsExpression(property.initializer) ? property.initializer.expression : property.initializer;
      if (!ts.isObjectLiteralExpression(value)) continue;
      if (level < depth) visit(value, level + 1);
      const key = property.name.getText(file);
      const name = ts.isIdentifier(property.name) ? JSON.stringify(key) : key;
      edits.push([property.getStart(file), property.initializer.getStart(file), `get ${key}() { return __once(this, ${name}, () => (`]);
      edits.push([property.initializer.getEnd(), property.initializer.getEnd(), ')); }']);
    }
  };
  for (const statement of file.statements) {
    if (!ts.isVariableStatement(statement) || !statement.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) continue;
    for (const declaration of statement.declarationList.declarations) {
      if (declaration.initializer && ts.isObjectLiteralExpression(declaration.initializer)) visit(declaration.initializer, 1);
    }
  }
  if (edits.length === 0) throw new Error(`${fileName}: no sections found to make lazy`);
  let out = text;
  for (const [start, end, insert] of edits.sort((a, b) => b[0] - a[0] || b[1] - a[1])) out = out.slice(0, start) + insert + out.slice(end);
  return ONCE + out;
}
