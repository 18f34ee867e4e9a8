import { flags, valueOptions, type ProgramSpec, type ValueSpec } from './spec.js';

/**
 * A bash completion script: commands, options and their values from the program; owners,
 * countries and ids from the data through `intl __complete`, which reads the cache. Option
 * values are completed after `--option ` (bash splits `--option=value` at the `=`).
 */
export function bashScript(spec: ProgramSpec): string {
  const p = spec.name;
  const globalFlags = spec.options.flatMap(flags);
  const words = (list: readonly string[]) => list.join(' ');
  const cases = valueOptions(spec).map(({ command, option, value }) => {
    const patterns = flags(option).map((f) => (command ? `"${command} ${f}"` : `*" ${f}"`));
    return `    ${patterns.join('|')}) ${action(value, p)}; return ;;`;
  });
  const commandOptions = spec.commands.map((c) => `      ${c.name}) _${p}_words "${words([...c.options.flatMap(flags), ...globalFlags])}" ;;`);
  const commandArgs = spec.commands.flatMap((c) => (c.args[0] && c.args[0].kind !== 'free' ? [`    ${c.name}) ${action(c.args[0], p)} ;;`] : []));
  return `# bash completion for ${p}, written by \`${p} completion bash\`.
# Values from the data (owners, countries, ids) come from ${p}'s cache of the data folder.

_${p}_words() {
  COMPREPLY=($(compgen -W "$1" -- "$cur"))
}

# Data values that start with the word typed (ignoring case and accents), quoted for the line.
_${p}_values() {
  local data=() i value quoted c
  for ((i = 1; i < COMP_CWORD - 1; i++)); do
    [[ \${COMP_WORDS[i]} == --data ]] && data=(--data "\${COMP_WORDS[i + 1]/#\\~/$HOME}")
  done
  COMPREPLY=()
  while IFS= read -r value; do
    # A backslash before each character the shell would read (not printf %q, which writes
    # $'Hel\\303\\251n' for Helén in the C locale).
    quoted=$value
    for c in '\\' ' ' "'" '"' '(' ')' '&' ';' '|' '<' '>' '$' '\`' '!' '*' '?' '[' ']' '#' '~' '{' '}'; do
      quoted=\${quoted//"$c"/\\\\$c}
    done
    COMPREPLY+=("$quoted")
  done < <(${p} "\${data[@]}" __complete "$1" "\${cur#[\\"\\']}" 2>/dev/null)
}

_${p}() {
  local cur=\${COMP_WORDS[COMP_CWORD]} prev=\${COMP_WORDS[COMP_CWORD - 1]} command= i
  for ((i = 1; i < COMP_CWORD; i++)); do
    case \${COMP_WORDS[i]} in
      ${words(valueOptions(spec).filter((o) => !o.command).flatMap((o) => flags(o.option))).replaceAll(' ', '|')}) ((i++)) ;;
      -*) ;;
      *) command=\${COMP_WORDS[i]}; break ;;
    esac
  done
  case "$command $prev" in
${cases.join('\n')}
  esac
  if [[ $cur == -* ]]; then
    case $command in
${commandOptions.join('\n')}
      *) _${p}_words "${words(globalFlags)}" ;;
    esac
    return
  fi
  case $command in
    '') _${p}_words "${words(spec.commands.map((c) => c.name))}" ;;
${commandArgs.join('\n')}
  esac
}

complete -F _${p} ${p}
`;
}

function action(value: ValueSpec, p: string): string {
  switch (value.kind) {
    case 'choices':
      return `_${p}_words "${value.choices.join(' ')}"`;
    case 'data':
      return `_${p}_values ${value.values}`;
    case 'file':
      return 'compopt -o filenames; COMPREPLY=($(compgen -f -- "$cur"))';
    case 'folder':
      return 'compopt -o filenames; COMPREPLY=($(compgen -d -- "$cur"))';
    case 'free':
      return 'COMPREPLY=()';
  }
}
