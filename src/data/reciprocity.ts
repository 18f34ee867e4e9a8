import { t } from '../i18n/index.js';
import { namespaceOf } from '../model/namespace.js';
import { columnOf, pathOf, type LoadedRecord, type PendingDiagnostic } from './loaded-record.js';

type Fields = LoadedRecord['record'];

/**
 * A twin relation is two-sided. In a merged folder, where a municipality lists as a twin a city
 * that is another merged municipality (a place names both), that municipality's folder should
 * list the first as a twin since the same year. Each disagreement is a warning at the side merged
 * first, naming the other side's file, line and column; a link the other folder lacks is a
 * warning at the side that has it. Warnings, as the two folders belong to two offices and the
 * merged data stays usable.
 */
export function reciprocity(records: LoadedRecord[]): PendingDiagnostic[] {
  const merge = records.find((r) => r.kind === 'merge');
  if (!merge) return [];
  const order = new Map((merge.record.municipalities as string[]).map((id, i) => [id, i]));
  const byId = new Map(records.filter((r) => r.kind === 'cities' || r.kind === 'municipality').map((r) => [r.record.id, r]));
  const places = records.filter((r) => r.kind === 'places');
  const placeOf = new Map(places.filter((p) => p.record.municipality).map((p) => [p.record.municipality as string, p]));
  const out: PendingDiagnostic[] = [];
  for (const place of places) {
    const other = byId.get(place.record.municipality as string);
    if (!other) continue;
    for (const city of (place.record.cities as string[]).map((id) => byId.get(id))) {
      const home = city && byId.get(namespaceOf(city.record.id) ?? '');
      if (!city || !home || home === other || city.record.relation !== 'twin') continue;
      const back = ((placeOf.get(home.record.id)?.record.cities ?? []) as string[])
        .filter((id) => namespaceOf(id) === other.record.id)
        .map((id) => byId.get(id)!);
      const twin = back.find((r) => r.record.relation === 'twin');
      if (back.length === 0) out.push(oneSided(city, home.record, other));
      else if (!twin) out.push(relationDiffers(city, other.record, back[0]!));
      else if (twin.record.since !== city.record.since && order.get(home.record.id)! < order.get(other.record.id)!) out.push(sinceDiffers(city, other.record, twin));
    }
  }
  return out;
}

const warning = (city: LoadedRecord, field: string, also: LoadedRecord, alsoField: string) => ({
  file: city.file,
  path: pathOf(city, field),
  severity: 'warning' as const,
  also: { file: also.file, path: pathOf(also, alsoField) },
});

function sinceDiffers(city: LoadedRecord, other: Fields, twin: LoadedRecord): PendingDiagnostic {
  return {
    ...warning(city, 'since', twin, 'since'),
    code: 'reciprocity/since-differs',
    message: (at) => t().diag.sinceDiffers(city.record.since as number, String(other.name), twin.record.since as number, columnOf(at)),
    hint: () => t().validate.agreeOnYear(String(other.name)),
  };
}

function relationDiffers(city: LoadedRecord, other: Fields, back: LoadedRecord): PendingDiagnostic {
  return {
    ...warning(city, 'relation', back, 'relation'),
    code: 'reciprocity/relation-differs',
    message: (at) => t().diag.relationDiffers(String(other.name), t().words.relation[back.record.relation as 'twin'], columnOf(at)),
    hint: () => t().validate.agreeOnRelation(String(other.name)),
  };
}

function oneSided(city: LoadedRecord, home: Fields, other: LoadedRecord): PendingDiagnostic {
  return {
    ...warning(city, 'relation', other, 'id'),
    code: 'reciprocity/one-sided',
    message: (at) => t().diag.oneSided(String(other.record.name), String(home.name), columnOf(at)),
    hint: () => t().validate.askTwin(String(other.record.name), String(home.name)),
  };
}
