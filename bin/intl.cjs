#!/usr/bin/env node
// Starts intl from a clone; the installed package runs dist/intl.cjs itself.
try {
  require.resolve('../dist/intl.cjs');
} catch {
  process.stderr.write('intl: not built yet: run `npm run build` in the clone first\n');
  process.exit(1);
}
require('../dist/intl.cjs');
