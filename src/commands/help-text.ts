import { Help, type Command, type HelpConfiguration, type Option } from 'commander';
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
    optionDescription: (option: Option): string => {
      const extra: string[] = [];
      if (option.argChoices) extra.push(`${h.choices}: ${option.argChoices.join(', ')}`);
      if (option.defaultValue !== undefined && (option.required || option.optional)) extra.push(`${h.default}: ${String(option.defaultValue)}`);
      return extra.length > 0 ? `${option.description} (${extra.join('; ')})` : option.description;
    },
  };
}
