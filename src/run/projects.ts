import { lang, t } from '../i18n/index.js';
import { countryName } from '../model/countries.js';
import type { Dataset } from '../model/records.js';
import type { Project } from '../model/project.js';
import { formatPartialDate } from '../output/dates.js';
import { idColumn, type Listing } from '../output/columns.js';
import { searchByName } from '../query/named.js';
import type { OutputOptions, GlobalOptions } from './action-options.js';
import { listAction } from './shared.js';

export interface ProjectQuery {
  search?: string;
}

export function runProjects(data: Dataset, q: ProjectQuery): Listing<Project> {
  const names = new Map(data.cities.map((c) => [c.id, c.name]));
  const cityNames = (p: Project) => p.cities?.map((id) => names.get(id) ?? id) ?? [];
  const cities = (p: Project) => cityNames(p).join(', ');
  return {
    records: searchByName(data.projects, q.search, (p) => [p.name, p.original_name, p.goal, ...cityNames(p)]),
    columns: [
      { header: 'id', value: (p) => p.id },
      { header: 'name', value: (p) => p.name },
      { header: 'countries', value: (p) => p.countries?.join(', ') },
      { header: 'cities', value: cities },
      { header: 'start', value: (p) => p.start },
      { header: 'end', value: (p) => p.end },
      { header: 'note', value: (p) => p.note },
    ],
    tableColumns: [
      idColumn(),
      { header: t().headings.name, value: (p) => p.name, note: (p) => p.note },
      { header: t().headings.countries, value: (p) => p.countries?.map((c) => countryName(c, lang())).join(', '), names: true },
      { header: t().headings.cities, value: cities, names: true },
      { header: t().headings.start, value: (p) => formatPartialDate(p.start), nowrap: true },
      { header: t().headings.end, value: (p) => formatPartialDate(p.end), nowrap: true },
    ],
  };
}

export async function projectsAction(opts: ProjectQuery & OutputOptions & GlobalOptions): Promise<void> {
  await listAction('projects', opts, (data) => runProjects(data, opts), 'project', (data) => t().run.noneMatch('project', data.projects.length));
}
