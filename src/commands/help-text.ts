import { Help, type Argument, type Command, type HelpConfiguration, type Option } from 'commander';
import { t } from '../i18n/index.js';

/** commander's help in the run's language: titles, the usage line, choices and defaults. */
export function helpConfiguration(): HelpConfiguration {
  const h = t().help;
  return {
    showGlobalOptions: true,
    styleTitle: (title: string) => h.titles[title] ?? title,
    commandUsage(this: Help, cmd: Command): string {
      return Help.prototype.commandUsage.call(this, cmd).replace('[options]', h.usageOptions).replace('[command]', h.usageCommand);
    },
    subcommandTerm(this: Help, cmd: Command): string {
      return Help.prototype.subcommandTerm.call(this, cmd).replace('[options]', h.usageOptions);
    },
    optionDescription: (option: Option): string =>
      withChoices(option.description, option.argChoices, option.required || option.optional ? option.defaultValue : undefined),
    argumentDescription: (argument: Argument): string => withChoices(argument.description, argument.argChoices, argument.defaultValue),
  };
}

/** A description with the values it takes and its default, in the run's language. */
function withChoices(description: string, choices: string[] | undefined, defaultValue: unknown): string {
  const h = t().help;
  const extra: string[] = [];
  if (choices) extra.push(`${h.choices}: ${choices.join(', ')}`);
  if (defaultValue !== undefined) extra.push(`${h.default}: ${String(defaultValue)}`);
  return extra.length > 0 ? `${description} (${extra.join('; ')})` : description;
}
