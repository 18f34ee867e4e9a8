import { describe, expect, it } from 'vitest';
import { buildProgram } from '../../src/cli.js';
import { commandName, VALUE_OPTIONS } from '../../src/command-name.js';

describe('the command a run names', () => {
  it('is the first argument that is neither an option nor the value of one', () => {
    expect(commandName(['cities', '--since', '1946'])).toBe('cities');
    expect(commandName(['--lang', 'nb', '--data', 'x', 'calendar', '2017'])).toBe('calendar');
    expect(commandName(['--lang=nb', '-q', '--no-cache', 'validate'])).toBe('validate');
    expect(commandName(['--data', 'cities'])).toBeUndefined();
    expect(commandName(['--', 'cities'])).toBeUndefined();
    expect(commandName(['--help'])).toBeUndefined();
  });

  it('skips the value of every program option that takes one', () => {
    const taking = buildProgram().options.filter((o) => o.required || o.optional).map((o) => o.long);
    expect([...VALUE_OPTIONS].sort()).toEqual(taking.sort());
  });
});
