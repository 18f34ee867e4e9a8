import type { Municipality } from '../model/municipality.js';
import { namespaceOf } from '../model/namespace.js';
import type { Dataset } from '../model/records.js';

/** The municipality a folder speaks for: its own, or in a merged folder the one merged first. */
export function mainMunicipality(data: Dataset): Municipality | undefined {
  const first = data.merge[0]?.municipalities[0];
  return data.municipality.find((m) => m.id === first) ?? data.municipality[0];
}

/** The municipality a record belongs to: in a merged folder, the one its id starts with. */
export function municipalityOf(data: Dataset, id: string): Municipality | undefined {
  const namespace = namespaceOf(id);
  return namespace === undefined ? mainMunicipality(data) : data.municipality.find((m) => m.id === namespace);
}
