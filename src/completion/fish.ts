import { flags, type OptionSpec, type ProgramSpec, type ValueSpec } from './spec.js';

/**
 * A fish completion script, for ~/.config/fish/completions/: commands, options and values with
 * their descriptions; data values through `intl __complete`.
 */
export function fishScript(spec: ProgramSpec): string {
  const p = spec.name;
  const names = spec.commands.map((c) => c.name).join(' ');
  const lines = [
    ...spec.commands.map((c) => `complete -c ${p} -n "not __fish_seen_subcommand_from ${names}" -a ${c.name} -d ${quote(c.description)}`),
    ...spec.options.map((o) => option(p, o)),
    ...spec.commands.flatMap((c) => {
      const when = `__fish_seen_subcommand_from ${c.name}`;
      const arg = c.args[0] && c.args[0].kind !== 'free' ? [`complete -c ${p} -n ${quote(when)} ${value(c.args[0], p)}`] : [];
      return [...c.options.map((o) => option(p, o, when)), ...arg];
    }),
  ];
  return `# fish completion for ${p}, written by \`${p} completion fish\`.
# Values from the data (owners, countries, ids) come from ${p}'s cache of the data folder.

function __${p}_values
    set -l tokens (commandline -opc)
    set -l data
    if set -l i (contains -i -- --data $tokens)
        set data --data $tokens[(math $i + 1)]
    end
    ${p} $data __complete $argv 2>/dev/null
end

complete -c ${p} -f
${lines.join('\n')}
`;
}

function option(p: string, o: OptionSpec, when?: string): string {
  const names = flags(o).map((f) => (f.startsWith('--') ? `-l ${f.slice(2)}` : `-s ${f.slice(1)}`));
  const condition = when ? ` -n ${quote(when)}` : '';
  return `complete -c ${p}${condition} ${names.join(' ')}${o.value ? ` ${value(o.value, p)}` : ''} -d ${quote(o.description)}`;
}

function value(v: ValueSpec, p: string): string {
  switch (v.kind) {
    case 'choices':
      return `-x -a ${quote(v.choices.join(' '))}`;
    case 'data':
      return `-x -a ${quote(`(__${p}_values ${v.values})`)}`;
    case 'file':
      return '-r -F';
    case 'folder':
      return `-x -a '(__fish_complete_directories)'`;
    case 'free':
      return '-x';
  }
}

/** Single-quoted for fish, where only \\ and ' need a backslash. */
function quote(text: string): string {
  return `'${text.replace(/[\\']/g, '\\$&')}'`;
}
