// The action's logic as a function, as the actions/typescript-action template has it: `run()` is what
// `@github/local-action` and the bundled entry (dist/index.js) call. Loaded lazily by the library
// entry, so the CLI and the health route never load @actions/core.
export { runAction as run } from './action.js';
