import { t } from './index.js';

/**
 * commander's own error messages, in the run's language and in intl's words. Matched by their
 * English text (commander 14), from the message without its `error: ` prefix; a message not
 * known here passes through as it is.
 */
export function translateCommanderError(text: string): string {
  const u = t().usage;
  const [first = '', ...rest] = text.replace(/^error: /, '').split('\n');
  const suggestion = /^\(Did you mean (.*)\?\)$/.exec(rest.join(' ').trim());
  const tail = suggestion ? `\n${u.didYouMean(suggestion[1]!)}` : rest.length ? `\n${rest.join('\n')}` : '';
  let m: RegExpExecArray | null;
  if ((m = /^unknown option '(.*)'$/.exec(first))) return u.unknownOption(m[1]!) + tail;
  if ((m = /^unknown command '(.*)'$/.exec(first))) return u.unknownCommand(m[1]!) + tail;
  if ((m = /^option '(\S+)[^']*' argument '(.*)' is invalid\. Allowed choices are (.*)\.$/.exec(first))) {
    const choices = m[3]!.split(', ');
    return u.badChoice(m[1]!, m[2]!, `${choices.slice(0, -1).join(', ')} ${u.or} ${choices.at(-1)}`) + tail;
  }
  if ((m = /^option '(\S+)[^']*' argument '(.*)' is invalid\. (.*)$/.exec(first))) return u.badValue(m[1]!, m[2]!, m[3]!) + tail;
  if ((m = /^option '(\S+)[^']*' argument missing$/.exec(first))) return u.missingValue(m[1]!) + tail;
  if ((m = /^required option '(\S+)[^']*' not specified$/.exec(first))) return u.missingOption(m[1]!) + tail;
  if ((m = /^command-argument value '(.*)' is invalid for argument '(.*)'\. Allowed choices are (.*)\.$/.exec(first))) {
    const choices = m[3]!.split(', ');
    return u.badArgument(m[2]!, m[1]!, `${choices.slice(0, -1).join(', ')} ${u.or} ${choices.at(-1)}`) + tail;
  }
  if ((m = /^command-argument value '(.*)' is invalid for argument '(.*)'\. (.*)$/.exec(first))) return u.badArgumentValue(m[2]!, m[1]!, m[3]!) + tail;
  if ((m = /^missing required argument '(.*)'$/.exec(first))) return u.missingArgument(m[1]!) + tail;
  if ((m = /^too many arguments for '(.*)'\. Expected (\d+) arguments? but got \d+\.$/.exec(first))) {
    return u.tooManyArguments(m[1]!, Number(m[2])) + tail;
  }
  return first + tail;
}
