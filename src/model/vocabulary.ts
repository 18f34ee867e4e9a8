// The closed word lists of the data format, kept apart from the zod schemas so that commands can
// offer them as choices without loading zod.

export const KIND_NAMES = ['municipality', 'cities', 'networks', 'projects', 'calendar', 'links', 'sources'] as const;
export type Kind = (typeof KIND_NAMES)[number];

export const RELATIONS = ['twin', 'intent', 'solidarity', 'partner'] as const;
export type Relation = (typeof RELATIONS)[number];

export const ROLES = ['adm', 'pol'] as const;
export type Role = (typeof ROLES)[number];

export const NETWORK_TYPES = ['network', 'forum', 'platform', 'office', 'programme'] as const;
export type NetworkType = (typeof NETWORK_TYPES)[number];

export const LINK_TYPES = ['strategy', 'plan', 'overview', 'page'] as const;

export const CITY_SORTS = ['name', 'since', 'country', 'population', 'distance'] as const;
export type CitySort = (typeof CITY_SORTS)[number];
