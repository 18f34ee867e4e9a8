// Preloaded by the harness: writes the process's peak resident memory (KB) when it exits, and
// after a space the processor time it used (µs, user and system): on a shared machine the
// processor time varies less than the wall time.
import { writeFileSync } from 'node:fs';

process.on('exit', () => {
  const usage = process.resourceUsage();
  writeFileSync(process.env.INTL_BENCH_RSS_FILE, `${usage.maxRSS} ${usage.userCPUTime + usage.systemCPUTime}`);
});
