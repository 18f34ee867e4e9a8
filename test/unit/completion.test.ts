import { Command, Option } from 'commander';
import { describe, expect, it } from 'vitest';
import { programSpec } from '../../src/commands/completion.js';
import { bashScript } from '../../src/completion/bash.js';
import { fishScript } from '../../src/completion/fish.js';
import { zshScript } from '../../src/completion/zsh.js';

const program = () => {
  const p = new Command('tool').option('--data <dir>', 'data folder').helpOption('-h, --help', 'help');
  p.addCommand(new Command('remove').description("remove a record's entry").argument('<id>', 'the record').helpOption('-h, --help', 'help'));
  p.addCommand(
    new Command('list')
      .description('list [things]')
      .addOption(new Option('--kind <kind>', 'which: a or b').choices(['a', 'b']))
      .option('--owner <name>', "someone's name")
      .option('-o, --output <file>', 'write it')
      .helpOption('-h, --help', 'help'),
  );
  p.addCommand(new Command('hidden'), { hidden: true });
  return p;
};

describe('programSpec', () => {
  it('reads commands, options and their values, each option once, hidden commands left out', () => {
    const spec = programSpec(program());
    expect(spec.commands.map((c) => c.name)).toEqual(['remove', 'list', 'help']);
    expect(spec.commands[0]!.args).toEqual([{ kind: 'data', values: 'ids' }]);
    expect(spec.commands[1]!.options.map((o) => [o.short, o.long, o.value])).toEqual([
      [undefined, '--kind', { kind: 'choices', name: 'kind', choices: ['a', 'b'] }],
      [undefined, '--owner', { kind: 'data', values: 'owners' }],
      ['-o', '--output', { kind: 'file' }],
    ]);
    expect(spec.options.map((o) => o.long)).toEqual(['--data', '--help']);
    expect(spec.commands[2]!.args).toEqual([{ kind: 'choices', name: 'command', choices: ['remove', 'list'] }]);
  });
});

describe('the scripts', () => {
  const spec = programSpec(program());

  it('complete record ids for an argument named id', () => {
    expect(bashScript(spec)).toContain('    remove) _tool_values ids ;;');
    expect(zshScript(spec)).toContain("'1::ids:_tool_values ids'");
    expect(fishScript(spec)).toContain("complete -c tool -n '__fish_seen_subcommand_from remove' -x -a '(__tool_values ids)'");
  });

  it('quote descriptions for each shell', () => {
    expect(zshScript(spec)).toContain("'--owner[someone'\\''s name]:owners:_tool_values owners'");
    expect(zshScript(spec)).toContain("'list:list [things]'");
    expect(fishScript(spec)).toContain("-d 'someone\\'s name'");
  });
});
