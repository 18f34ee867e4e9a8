import type { OptionSpec, ProgramSpec, ValueSpec } from './spec.js';

/**
 * A zsh completion script (`#compdef`), for a folder in $fpath or for `source`: commands with
 * their descriptions, options with theirs and their values; data values through `intl __complete`.
 */
export function zshScript(spec: ProgramSpec): string {
  const p = spec.name;
  const globals = spec.options.map((o) => `    ${optionSpec(o, p)}`);
  const commands = spec.commands.map((c) => `        ${quote(`${c.name}:${c.description}`)}`);
  const perCommand = spec.commands.map((c) => {
    const specs = [...c.options.map((o) => optionSpec(o, p)), ...c.args.map((a, i) => quote(`${i + 1}::${valueName(a)}:${action(a, p)}`))];
    return `        ${c.name}) _arguments -s -S $globals ${specs.join(' ')} ;;`;
  });
  return `#compdef ${p}
# zsh completion for ${p}, written by \`${p} completion zsh\`.
# Values from the data (owners, countries, ids) come from ${p}'s cache of the data folder.

# _arguments puts compadd's options (-J group ...) before the last word, what to complete.
_${p}_values() {
  local data=\${(Q)\${opt_args[--data]:-$_${p}_data}}
  local -a values
  values=(\${(f)"$(${p} \${data:+--data} \${data:+\${data/#\\~/$HOME}} __complete \${@[-1]} 2>/dev/null)"})
  compadd "\${@[1,-2]}" -a values
}

_${p}() {
  local curcontext=$curcontext state state_descr line _${p}_data
  typeset -A opt_args
  local -a globals
  globals=(
${globals.join('\n')}
  )
  _arguments -C -s -S $globals '1:command:->command' '*::argument:->argument'
  case $state in
    command)
      local -a commands
      commands=(
${commands.join('\n')}
      )
      _describe -t commands command commands
      ;;
    argument)
      _${p}_data=\${opt_args[--data]}
      curcontext=\${curcontext%:*:*}:${p}-$words[1]:
      case $words[1] in
${perCommand.join('\n')}
      esac
      ;;
  esac
}

if [[ $zsh_eval_context[-1] == loadautofunc ]]; then
  _${p} "$@"
else
  compdef _${p} ${p}
fi
`;
}

/** `'(-o --output)'{-o,--output}'[write to a file]:file:_files'` */
function optionSpec(o: OptionSpec, p: string): string {
  const description = `[${o.description.replace(/[\\\]]/g, '\\$&')}]`;
  const value = o.value ? `:${valueName(o.value)}:${action(o.value, p)}` : '';
  if (!o.short) return quote(`${o.long}${description}${value}`);
  return `${quote(`(${o.short} ${o.long})`)}{${o.short},${o.long}}${quote(`${description}${value}`)}`;
}

function valueName(value: ValueSpec): string {
  return value.kind === 'data' ? value.values : value.kind === 'free' || value.kind === 'choices' ? value.name : value.kind;
}

function action(value: ValueSpec, p: string): string {
  switch (value.kind) {
    case 'choices':
      return `(${value.choices.join(' ')})`;
    case 'data':
      return `_${p}_values ${value.values}`;
    case 'file':
      return '_files';
    case 'folder':
      return '_files -/';
    case 'free':
      return ' ';
  }
}

/** Single-quoted for zsh. */
function quote(text: string): string {
  return `'${text.replaceAll("'", "'\\''")}'`;
}
