// Preloaded with `node --import` by the interruption tests: stops the CLI between writing its
// temporary file and renaming it, and says so in a marker file, so a test can kill it right there.
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';

const rename = fs.renameSync;
fs.renameSync = (from, to) => {
  fs.writeFileSync(process.env.INTL_TEST_MARKER, String(from));
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, Number(process.env.INTL_TEST_PAUSE_MS));
  return rename(from, to);
};
syncBuiltinESMExports();
