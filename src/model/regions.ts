// The regions `intl stats` counts city relations by: the Nordic countries, the rest of Europe
// and the world outside it.

export const REGIONS = ['nordic', 'europe', 'outside'] as const;
export type Region = (typeof REGIONS)[number];

/** The Nordic countries with their self-governing islands (as the Nordic Council counts them). */
const NORDIC = new Set(['DK', 'FI', 'IS', 'NO', 'SE', 'AX', 'FO', 'GL', 'SJ']);

/** The rest of Europe as the UN's M49 region 150 has it (which counts Cyprus and Türkiye to Asia). */
const EUROPE = new Set(
  'AD AL AT BA BE BG BY CH CZ DE EE ES FR GB GG GI GR HR HU IE IM IT JE LI LT LU LV MC MD ME MK MT NL PL PT RO RS RU SI SK SM UA VA'.split(' '),
);

export function regionOf(country: string): Region {
  return NORDIC.has(country) ? 'nordic' : EUROPE.has(country) ? 'europe' : 'outside';
}
