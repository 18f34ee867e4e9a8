// The committed schema in the real YAML language server (what VS Code's YAML extension runs), found
// through a data file's relative modeline, as an adviser typing in an editor would meet it.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCHEMA_FILE } from '../../src/run/schema.js';
import { LanguageServer } from '../helpers/language-server.js';
import { FIXTURES, ROOT } from '../helpers/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'intl-editor-'));
const modeline = `# yaml-language-server: $schema=${relative(dir, join(ROOT, SCHEMA_FILE))}\n`;
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle));

let server: LanguageServer;
beforeAll(async () => {
  server = await LanguageServer.start();
});
afterAll(async () => {
  await server?.close();
});

describe('the schema in yaml-language-server', () => {
  it('marks a misspelt key, an unknown relation and a missing year as the file opens', async () => {
    const text =
      modeline +
      readFileSync(join(FIXTURES, 'minimal/cities.yaml'), 'utf8').replace('since: 1950', 'sinse: 1946').replace('relation: twin\n    since: 1990', 'relation: twinn\n    since: 1990');
    const diagnostics = await server.open(join(dir, 'cities.yaml'), text).diagnostics;
    const at = (needle: string) => diagnostics.filter((d) => d.range.start.line === lineOf(text, needle)).map((d) => d.message);
    expect(at('sinse: 1946')).toEqual([expect.stringContaining('sinse')]);
    expect(at('relation: twinn')).toEqual([expect.stringMatching(/"twin", "intent", "solidarity", "partner"/)]);
    expect(diagnostics.map((d) => d.message)).toContain("en relasjon av typen twin trenger 'since': året den begynte / a twin relation needs 'since': the year it began");
  });

  it('marks a day that is not in the calendar', async () => {
    const text = `${modeline}calendar:\n  - id: leap\n    title: No such day\n    start: 2017-02-29\n`;
    const diagnostics = await server.open(join(dir, 'calendar.yaml'), text).diagnostics;
    expect(diagnostics).toEqual([expect.objectContaining({ range: expect.objectContaining({ start: { line: 4, character: 11 } }) })]);
    expect(diagnostics[0]!.message).toContain('no such date in the calendar');
  });

  it('completes the fields of a city, described in bokmål and English', async () => {
    const text = `${modeline}cities:\n  - id: bergen\n    name: Bergen\n    \n`;
    const { uri, diagnostics } = server.open(join(dir, 'completion.yaml'), text);
    await diagnostics;
    const items = await server.complete(uri, 4, 4);
    const labels = items.map((i) => i.label);
    expect(labels).toEqual(expect.arrayContaining(['since', 'country', 'relation']));
    expect(labels).not.toContain('name');
    const since = items.find((i) => i.label === 'since')!;
    const documentation = typeof since.documentation === 'string' ? since.documentation : since.documentation?.value;
    expect(documentation).toMatch(/Året relasjonen begynte[\s\S]*The year the relation began/);
  });
});
