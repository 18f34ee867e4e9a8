import { afterEach, describe, expect, it, vi } from 'vitest';
import { DataError, OperationError, UsageError } from '../../src/errors.js';
import { report } from '../../src/report.js';

// What report writes to stderr, which it writes through writeStderr.
const written = vi.hoisted(() => [] as string[]);
vi.mock('../../src/output/write-stderr.js', () => ({ writeStderr: (text: string) => written.push(text) }));

describe('report', () => {
  afterEach(() => {
    written.length = 0;
  });

  it('gives usage errors exit 2 and failed operations exit 1, without a stack', () => {
    expect(report(new UsageError('bad option'))).toBe(2);
    expect(report(new OperationError('cannot write x'))).toBe(1);
    expect(written.join('')).toBe('intl: bad option\nintl: cannot write x\n');
  });

  it('lists every data problem with its line and what to do, and a count of causes', () => {
    const record = { kind: 'cities' as const, index: 0, line: 2, name: 'oslo' };
    const follower = { file: 'b.yaml', line: 4, col: 5, message: 'follows' };
    const e = new DataError([
      { file: 'a.yaml', line: 2, col: 9, field: 'cities[0].id', record, message: 'bad', hint: 'fix it', source: '  - id: Oslo', followers: [follower] },
    ]);
    expect(report(e)).toBe(1);
    expect(written.join('')).toBe(
      [
        'a.yaml:2:9: city "oslo" (line 2), id: bad; fix it',
        '  2 |   - id: Oslo',
        '    |         ^',
        '  and 1 problem that follows from it (intl validate --all lists it)',
        '1 problem in the data, and 1 that follows from it',
        '',
      ].join('\n'),
    );
  });

  it('says an unexpected error is a bug in intl, with no stack unless INTL_DEBUG is set', () => {
    expect(report(new TypeError('x is undefined'))).toBe(1);
    expect(written.join('')).toBe(
      'intl: internal error: TypeError: x is undefined\nThis is a bug in intl. Please report it with the command you ran (INTL_DEBUG=1 shows details).\n',
    );
  });
});
