import { t } from '../i18n/index.js';
import type { NetworkType, Relation } from '../model/vocabulary.js';

/** A city relation or a network type in the run's language: `twin city`, `plattform`. */
export function relationWord(relation: Relation | NetworkType): string {
  const w = t().words;
  return relation in w.relation ? w.relation[relation as Relation] : w.networkType[relation as NetworkType];
}
