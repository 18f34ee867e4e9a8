// What each command does with the operands and options of its command line: one table, called by
// commander's actions (commands/options.ts) and by the quick path (quick-run.ts) alike. A
// command's work is loaded when it runs, from a bundle of its own; a quick bundle holds its
// command's work itself, as a plain import (scripts/build.js).

/** The options of a command line: the program's and the command's, as commander merges them. */
export type Options = Record<string, unknown>;

/** An operand or the options, typed as the action takes them (commander's are typed no better). */
const as = <T>(value: unknown): T => value as T;

/** A command's work: the module that does it, and how to call it with a command line's operands and options. */
export interface Action<Work> {
  load: () => Promise<Work>;
  call: (work: Work, operands: unknown[], options: Options) => Promise<void> | void;
}

const action = <Work>(load: () => Promise<Work>, call: Action<Work>['call']): Action<Work> => ({ load, call });

export const ACTIONS = {
  cities: action(() => import('./cities.js'), (work, _, o) => work.citiesAction(as(o))),
  networks: action(() => import('./networks.js'), (work, _, o) => work.networksAction(as(o))),
  projects: action(() => import('./projects.js'), (work, _, o) => work.projectsAction(as(o))),
  links: action(() => import('./links.js'), (work, _, o) => work.linksAction(as(o))),
  calendar: action(() => import('./calendar.js'), (work, [year], o) => work.calendarAction(as(year), as(o))),
  agenda: action(() => import('./agenda.js'), (work, _, o) => work.agendaAction(as(o))),
  conflicts: action(() => import('./conflicts.js'), (work, [year], o) => work.conflictsAction(as(year), as(o))),
  anniversaries: action(() => import('./anniversaries.js'), (work, [year], o) => work.anniversariesAction(as(year), as(o))),
  stats: action(() => import('./stats.js'), (work, [year], o) => work.statsAction(as(year), as(o))),
  site: action(() => import('./site.js'), (work, _, o) => work.siteAction(as(o))),
  validate: action(() => import('./validate.js'), (work, _, o) => work.validateAction(as(o))),
  merge: action(() => import('./merge.js'), (work, [dirs], o) => work.mergeAction(as(dirs), as(o))),
  add: action(() => import('./add.js'), (work, [what], o) => work.addAction(as(what), as(o))),
  set: action(() => import('./set.js'), (work, [id, assignments], o) => work.setAction(as(id), as(assignments), as(o))),
  remove: action(() => import('./remove.js'), (work, [id], o) => work.removeAction(as(id), as(o))),
  import: action(() => import('./import.js'), (work, [file], o) => work.importAction(as(file), as(o))),
  init: action(() => import('./init.js'), (work, [dir], o) => work.initAction(as(dir), as(o))),
  schema: action(() => import('./schema.js'), (work, _, o) => work.schemaAction(as(o))),
  __complete: action(() => import('./complete.js'), (work, [what, prefix], o) => work.completeAction(as(what), as(prefix), as(o))),
};

/** A command that runs from the table: every one but `completion`, which reads the whole program. */
export type ActionName = keyof typeof ACTIONS;

/** Runs a command's action, loading its work first. */
export async function runAction(name: ActionName, operands: unknown[], options: Options): Promise<void> {
  const { load, call } = ACTIONS[name] as Action<unknown>;
  await call(await load(), operands, options);
}
