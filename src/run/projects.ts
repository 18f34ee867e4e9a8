import type { Dataset } from '../model/records.js';
import type { Project } from '../model/project.js';
import type { Listing } from '../output/columns.js';
import { containsText } from '../query/text.js';
import type { OutputOptions, GlobalOptions } from '../commands/options.js';
import { dataset, emit, listFormat } from './shared.js';

export interface ProjectQuery {
  search?: string;
}

export function runProjects(data: Dataset, q: ProjectQuery): Listing<Project> {
  const names = new Map(data.cities.map((c) => [c.id, c.name]));
  const cityNames = (p: Project) => p.cities?.map((id) => names.get(id) ?? id) ?? [];
  return {
    records: data.projects.filter(
      (p) => q.search === undefined || containsText([p.name, p.original_name, p.goal, ...cityNames(p)], q.search),
    ),
    columns: [
      { header: 'id', value: (p) => p.id },
      { header: 'name', value: (p) => p.name },
      { header: 'countries', value: (p) => p.countries?.join(', ') },
      { header: 'cities', value: (p) => cityNames(p).join(', ') },
      { header: 'start', value: (p) => p.start },
      { header: 'end', value: (p) => p.end },
      { header: 'note', value: (p) => p.note },
    ],
    note: (p) => p.note,
  };
}

export async function projectsAction(opts: ProjectQuery & OutputOptions & GlobalOptions): Promise<void> {
  const format = listFormat('projects', opts);
  await emit(runProjects(await dataset(opts), opts), opts, format, 'project');
}
