/**
 * Phrases of zod's (v4, English locale) and yaml's own error messages. intl says every problem in
 * its own words, in the run's language: none of these may reach the person running it.
 */
export const STOCK_PHRASES = [
  // zod
  'Invalid input',
  'Invalid option',
  'Too big',
  'Too small',
  'expected number to be',
  'Invalid string',
  'Invalid number',
  'Unrecognized key',
  'Invalid key in',
  'Invalid value in',
  'Invalid discriminator',
  'received',
  // yaml
  'Nested mappings',
  'compact mappings',
  'Implicit keys',
  'Implicit map keys',
  'Unexpected scalar',
  'Unexpected flow',
  'YAML stream',
  'token',
  'Map keys must be unique',
  'Sequence item without',
  'All mapping items',
  'All sequence items',
  'sufficiently indented',
  'Missing closing',
  'Tabs are not allowed',
  'Plain value cannot',
  'Block scalar',
  'block-seq-ind',
  'at line',
  'Excessive alias count',
];
