// Preloaded with --import by the benchmark: writes the process's peak resident memory (KiB) at exit.
import { writeFileSync } from 'node:fs';

process.on('exit', () => {
  if (process.env.EDC_RSS_FILE) writeFileSync(process.env.EDC_RSS_FILE, String(process.resourceUsage().maxRSS));
});
