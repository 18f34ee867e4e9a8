// What each command does with the operands and options of its command line: one table, called by
// commander's actions (commands/options.ts) and by the quick path (quick-run.ts) alike. A
// command's work is loaded when it runs, from a bundle of its own.

/** The options of a command line: the program's and the command's, as commander merges them. */
export type Options = Record<string, unknown>;

/** An operand or the options, typed as the action takes them (commander's are typed no better). */
const as = <T>(value: unknown): T => value as T;

export const ACTIONS = {
  cities: async (_: unknown[], o: Options) => (await import('./cities.js')).citiesAction(as(o)),
  networks: async (_: unknown[], o: Options) => (await import('./networks.js')).networksAction(as(o)),
  projects: async (_: unknown[], o: Options) => (await import('./projects.js')).projectsAction(as(o)),
  links: async (_: unknown[], o: Options) => (await import('./links.js')).linksAction(as(o)),
  calendar: async ([year]: unknown[], o: Options) => (await import('./calendar.js')).calendarAction(as(year), as(o)),
  agenda: async (_: unknown[], o: Options) => (await import('./agenda.js')).agendaAction(as(o)),
  conflicts: async ([year]: unknown[], o: Options) => (await import('./conflicts.js')).conflictsAction(as(year), as(o)),
  anniversaries: async ([year]: unknown[], o: Options) => (await import('./anniversaries.js')).anniversariesAction(as(year), as(o)),
  stats: async ([year]: unknown[], o: Options) => (await import('./stats.js')).statsAction(as(year), as(o)),
  site: async (_: unknown[], o: Options) => (await import('./site.js')).siteAction(as(o)),
  validate: async (_: unknown[], o: Options) => (await import('./validate.js')).validateAction(as(o)),
  merge: async ([dirs]: unknown[], o: Options) => (await import('./merge.js')).mergeAction(as(dirs), as(o)),
  add: async ([what]: unknown[], o: Options) => (await import('./add.js')).addAction(as(what), as(o)),
  set: async ([id, assignments]: unknown[], o: Options) => (await import('./set.js')).setAction(as(id), as(assignments), as(o)),
  remove: async ([id]: unknown[], o: Options) => (await import('./remove.js')).removeAction(as(id), as(o)),
  import: async ([file]: unknown[], o: Options) => (await import('./import.js')).importAction(as(file), as(o)),
  init: async ([dir]: unknown[], o: Options) => (await import('./init.js')).initAction(as(dir), as(o)),
  schema: async (_: unknown[], o: Options) => (await import('./schema.js')).schemaAction(as(o)),
  __complete: async ([what, prefix]: unknown[], o: Options) => (await import('./complete.js')).completeAction(as(what), as(prefix), as(o)),
};

/** A command that runs from the table: every one but `completion`, which reads the whole program. */
export type ActionName = keyof typeof ACTIONS;
