import { afterEach, describe, expect, it, vi } from 'vitest';
import { DataError, OperationError, UsageError } from '../../src/errors.js';
import { report } from '../../src/report.js';

describe('report', () => {
  const written: string[] = [];
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    written.push(String(chunk));
    return true;
  });
  afterEach(() => {
    written.length = 0;
  });

  it('gives usage errors exit 2 and failed operations exit 1, without a stack', () => {
    expect(report(new UsageError('bad option'))).toBe(2);
    expect(report(new OperationError('cannot write x'))).toBe(1);
    expect(written.join('')).toBe('intl: bad option\nintl: cannot write x\n');
  });

  it('lists every data problem and a count', () => {
    const e = new DataError([{ file: 'a.yaml', line: 2, col: 3, field: 'cities[0].id', message: 'bad' }]);
    expect(report(e)).toBe(1);
    expect(written.join('')).toBe('a.yaml:2:3: cities[0].id: bad\n1 problem in the data\n');
  });

  it('says an unexpected error is a bug in intl, with no stack unless INTL_DEBUG is set', () => {
    expect(report(new TypeError('x is undefined'))).toBe(1);
    expect(written.join('')).toBe(
      'intl: internal error: TypeError: x is undefined\nThis is a bug in intl. Please report it with the command you ran (INTL_DEBUG=1 shows details).\n',
    );
  });
});
