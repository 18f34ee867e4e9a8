import { githubWorkflow, gitlabCi } from './ci-workflows.js';
import { renderItem } from './render-record.js';
import { slug } from './ids.js';

export interface StarterOptions {
  municipality: string;
  country: string;
  year: string;
  /** The editor schema, kept in the folder so the modeline of each file finds it. */
  schema: string;
  /** What CI installs intl from, with its version, such as @trondheim-kommune/intl@0.2.0. */
  intlPackage: string;
}

/** Where a folder keeps its copy of the editor schema. */
export const SCHEMA = '.intl/intl-data.schema.json';

/** The first line of a data file at `path`: where editors find the schema. */
export function modeline(path: string): string {
  return `# yaml-language-server: $schema=${'../'.repeat(path.split('/').length - 1)}${SCHEMA}\n`;
}

/**
 * The files of a new data folder, by path inside it: the municipality record, an empty list of
 * each kind with a line on how to fill it, this year's calendar, a README for the office, and CI
 * files for GitHub and GitLab that check every change and publish the site.
 */
export function starterFiles(o: StarterOptions): Record<string, string> {
  const norwegian = o.country === 'NO';
  const record = {
    id: slug(o.municipality.replace(/\s+(kommune|municipality)$/i, '')) || 'municipality',
    name: o.municipality,
    country: o.country,
    language: norwegian ? 'nb' : 'en',
    time_zone: norwegian ? 'Europe/Oslo' : undefined,
  };
  const list = (kind: string, how: string) => `# ${how}\n${kind}: []\n`;
  const files: Record<string, string> = {
    'municipality.yaml': `# The municipality this folder belongs to (see docs/data-format.md in intl).\nmunicipality:\n${renderItem(record, '  ').join('\n')}\n`,
    'cities.yaml': list('cities', 'Twin cities and other city relations: intl add city --name ... --country ... --relation twin --since ...'),
    'networks.yaml': list('networks', 'Networks, forums, platforms, offices: intl add network --name ...'),
    'projects.yaml': list('projects', 'Cooperation projects: intl add project --name ... --start ...'),
    'links.yaml': list('links', 'Documents and pages the office points to, such as the strategy.'),
    [`calendar/${o.year}.yaml`]: list('calendar', `Activities of ${o.year}: intl add entry --title ... --start ${o.year}-MM-DD --owner "Name:adm"`),
  };
  for (const path of Object.keys(files)) files[path] = modeline(path) + files[path];
  return {
    ...files,
    [SCHEMA]: o.schema,
    'README.md': readme(o.municipality),
    '.github/workflows/intl.yml': githubWorkflow(o.intlPackage),
    '.gitlab-ci.yml': gitlabCi(o.intlPackage),
  };
}

function readme(name: string): string {
  return `# ${name}: internasjonalt arbeid

Denne mappen holder kommunens internasjonale relasjoner som YAML-filer, én fil per slag:
vennskapsbyer (\`cities.yaml\`), nettverk (\`networks.yaml\`), prosjekter (\`projects.yaml\`),
lenker (\`links.yaml\`) og kalenderen, ett år per fil (\`calendar/ÅÅÅÅ.yaml\`).

- Legg til: \`intl add entry --title "..." --start ÅÅÅÅ-MM-DD --owner "Navn:adm"\`
  (adm = administrativ, pol = politisk).
- Endre: \`intl set ID felt=verdi\`; fjern: \`intl remove ID\`.
- Kontroller etter hver endring for hånd: \`intl validate --data .\`
- Se: \`intl cities --data .\`, \`intl calendar --data .\`

This folder holds the municipality's international relations as YAML files; \`intl validate
--data .\` checks them, \`intl add\`, \`intl set\` and \`intl remove\` change them.
`;
}
