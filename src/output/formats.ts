// The output formats, apart from the renderers so that defining a command loads none of them.

export const LIST_FORMATS = ['table', 'tsv', 'json', 'csv'] as const;
export type ListFormat = (typeof LIST_FORMATS)[number];

export const CALENDAR_FORMATS = [...LIST_FORMATS, 'ics'] as const;

export const CITY_FORMATS = [...LIST_FORMATS, 'geojson'] as const;
