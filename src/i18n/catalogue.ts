import { en } from './en.js';

/** Every catalogue has the English one's shape: a missing message is a type error. */
export type Catalogue = typeof en;
export type { Noun } from './en.js';
