// The closed word lists of the data format, kept apart from the zod schemas so that commands can
// offer them as choices without loading zod.

export const KIND_NAMES = ['municipality', 'cities', 'networks', 'projects', 'calendar', 'links', 'sources', 'merge', 'places'] as const;
export type Kind = (typeof KIND_NAMES)[number];

/** The kinds `intl merge` writes and only a merged folder holds; nobody keeps them by hand. */
export const MERGED_KINDS = ['merge', 'places'] as const satisfies readonly Kind[];

/** The kinds a municipality's own folder holds, as messages to the people who edit it name them. */
export const FOLDER_KINDS = KIND_NAMES.filter((k) => !(MERGED_KINDS as readonly Kind[]).includes(k));

export const RELATIONS = ['twin', 'intent', 'solidarity', 'partner'] as const;
export type Relation = (typeof RELATIONS)[number];

export const ROLES = ['adm', 'pol'] as const;
export type Role = (typeof ROLES)[number];

export const NETWORK_TYPES = ['network', 'forum', 'platform', 'office', 'programme'] as const;
export type NetworkType = (typeof NETWORK_TYPES)[number];

export const LINK_TYPES = ['strategy', 'plan', 'overview', 'page'] as const;

export const CITY_SORTS = ['name', 'since', 'country', 'population', 'distance'] as const;
export type CitySort = (typeof CITY_SORTS)[number];
