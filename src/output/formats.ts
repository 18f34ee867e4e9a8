// The output formats, apart from the renderers so that defining a command loads none of them.

export const LIST_FORMATS = ['table', 'tsv', 'json', 'csv'] as const;
export type ListFormat = (typeof LIST_FORMATS)[number];

export const CALENDAR_FORMATS = [...LIST_FORMATS, 'ics'] as const;

/** `intl validate --format`: text for people, or what a CI engine reads. */
export const CI_FORMATS = ['text', 'github', 'gitlab', 'json'] as const;
export type CiFormat = (typeof CI_FORMATS)[number];
export const CITY_FORMATS = [...LIST_FORMATS, 'geojson'] as const;
