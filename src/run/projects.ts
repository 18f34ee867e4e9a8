import { countryName } from '../model/countries.js';
import type { Dataset } from '../model/records.js';
import type { Project } from '../model/project.js';
import { idColumn, type Listing } from '../output/columns.js';
import { searchByName } from '../query/named.js';
import type { OutputOptions, GlobalOptions } from '../commands/options.js';
import { dataset, emit, listFormat } from './shared.js';

export interface ProjectQuery {
  search?: string;
}

/** Table headings, short so that the table fits 80 columns. */
const HEADINGS = { name: 'name', countries: 'countries', cities: 'cities', start: 'start', end: 'end' };

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
      { header: HEADINGS.name, value: (p) => p.name, note: (p) => p.note },
      { header: HEADINGS.countries, value: (p) => p.countries?.map((c) => countryName(c)).join(', '), names: true },
      { header: HEADINGS.cities, value: cities, names: true },
      { header: HEADINGS.start, value: (p) => p.start, nowrap: true },
      { header: HEADINGS.end, value: (p) => p.end, nowrap: true },
    ],
  };
}

export async function projectsAction(opts: ProjectQuery & OutputOptions & GlobalOptions): Promise<void> {
  const format = listFormat('projects', opts);
  await emit(runProjects(await dataset(opts), opts), opts, format, ['project', 'projects']);
}
