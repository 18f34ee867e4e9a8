import { t } from '../i18n/index.js';
import type { Dataset } from '../model/records.js';
import type { Network } from '../model/network.js';
import { idColumn, type Listing } from '../output/columns.js';
import { searchByName } from '../query/named.js';
import type { OutputOptions, GlobalOptions } from './action-options.js';
import { listAction } from './shared.js';

export interface NetworkQuery {
  type?: Network['type'];
  search?: string;
}

export function runNetworks(data: Dataset, q: NetworkQuery): Listing<Network> {
  const names = new Map(data.cities.map((c) => [c.id, c.name]));
  const cities = (n: Network) => n.cities?.map((id) => names.get(id) ?? id).join(', ');
  const ofType = data.networks.filter((n) => q.type === undefined || n.type === q.type);
  return {
    records: searchByName(ofType, q.search, (n) => [n.name, n.full_name, ...(n.names ?? []), n.purpose]),
    columns: [
      { header: 'id', value: (n) => n.id },
      { header: 'name', value: (n) => n.name },
      { header: 'type', value: (n) => n.type },
      { header: 'full_name', value: (n) => n.full_name },
      { header: 'since', value: (n) => n.since },
      { header: 'cities', value: cities },
      { header: 'note', value: (n) => n.note },
    ],
    tableColumns: [
      idColumn(),
      { header: t().headings.name, value: (n) => n.name, note: (n) => n.note, names: true },
      { header: t().headings.type, value: (n) => t().words.networkType[n.type] },
      { header: t().headings.fullName, value: (n) => n.full_name },
      { header: t().headings.since, value: (n) => n.since },
      { header: t().headings.cities, value: cities, names: true },
    ],
  };
}

export async function networksAction(opts: NetworkQuery & OutputOptions & GlobalOptions): Promise<void> {
  await listAction('networks', opts, (data) => runNetworks(data, opts), 'network', (data) => t().run.noneMatch('network', data.networks.length));
}
