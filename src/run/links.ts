import { t } from '../i18n/index.js';
import type { Link } from '../model/link.js';
import type { Dataset } from '../model/records.js';
import { idColumn, type Listing } from '../output/columns.js';
import { compareNorwegian } from '../query/norwegian-order.js';
import { containsText } from '../query/text.js';
import type { GlobalOptions, OutputOptions } from './action-options.js';
import { listAction } from './shared.js';

export interface LinkQuery {
  type?: Link['type'];
  search?: string;
}

export function runLinks(data: Dataset, q: LinkQuery): Listing<Link> {
  const h = t().headings;
  const period = (l: Link) => (l.from === undefined ? undefined : l.to === undefined ? String(l.from) : `${l.from}–${l.to}`);
  return {
    records: data.links
      .filter((l) => (q.type === undefined || l.type === q.type) && (q.search === undefined || containsText([l.title, l.goal], q.search)))
      .sort((a, b) => compareNorwegian(a.title, b.title)),
    columns: [
      { header: 'id', value: (l) => l.id },
      { header: 'title', value: (l) => l.title },
      { header: 'type', value: (l) => l.type },
      { header: 'from', value: (l) => l.from },
      { header: 'to', value: (l) => l.to },
      { header: 'goal', value: (l) => l.goal },
      { header: 'url', value: (l) => l.url },
      { header: 'note', value: (l) => l.note },
    ],
    tableColumns: [
      idColumn(),
      { header: h.title, value: (l) => l.title, note: (l) => [l.note, l.url].filter(Boolean).join(' ') || undefined },
      { header: h.type, value: (l) => t().words.linkType[l.type] },
      { header: h.period, value: period, nowrap: true },
      { header: h.goal, value: (l) => l.goal },
    ],
  };
}

export async function linksAction(opts: LinkQuery & OutputOptions & GlobalOptions): Promise<void> {
  await listAction('links', opts, (data) => runLinks(data, opts), 'link', (data) => t().run.noneMatch('link', data.links.length));
}
