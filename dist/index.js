// The GitHub Action (action.yml runs this file).
import { run } from './lib/index.js';

await run();
process.exit();
