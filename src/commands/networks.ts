import { Command, Option } from 'commander';
import type { Dataset } from '../model/records.js';
import type { Network } from '../model/network.js';
import { NETWORK_TYPES } from '../model/vocabulary.js';
import type { Listing } from '../output/columns.js';
import { containsText } from '../query/text.js';
import { allOptions, dataset, emit, examples, withOutputOptions, type OutputOptions } from './listing.js';

export interface NetworkQuery {
  type?: Network['type'];
  search?: string;
}

export function runNetworks(data: Dataset, q: NetworkQuery): Listing<Network> {
  const names = new Map(data.cities.map((c) => [c.id, c.name]));
  return {
    records: data.networks.filter(
      (n) =>
        (q.type === undefined || n.type === q.type) &&
        (q.search === undefined || containsText([n.name, n.full_name, ...(n.names ?? []), n.purpose], q.search)),
    ),
    columns: [
      { header: 'id', value: (n) => n.id },
      { header: 'name', value: (n) => n.name },
      { header: 'type', value: (n) => n.type },
      { header: 'full_name', value: (n) => n.full_name },
      { header: 'since', value: (n) => n.since },
      { header: 'cities', value: (n) => n.cities?.map((id) => names.get(id) ?? id).join(', ') },
    ],
  };
}

export function networksCommand(): Command {
  const cmd = new Command('networks')
    .description('list the networks, forums and platforms the municipality takes part in')
    .addOption(new Option('--type <type>', 'only this kind').choices(NETWORK_TYPES))
    .option('--search <text>', 'names and purpose, ignoring case and accents');
  return withOutputOptions(cmd)
    .addHelpText('after', examples('intl networks', 'intl networks --type platform --format json', 'intl networks --search nordic'))
    .action(async (_opts, command: Command) => {
      const opts = allOptions<NetworkQuery & OutputOptions>(command);
      await emit(runNetworks(await dataset(opts), opts), opts);
    });
}
