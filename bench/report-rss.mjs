// Preloaded by the harness: writes the process's peak resident memory (KB) when it exits.
import { writeFileSync } from 'node:fs';

process.on('exit', () => writeFileSync(process.env.INTL_BENCH_RSS_FILE, String(process.resourceUsage().maxRSS)));
