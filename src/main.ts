// Action entry point: wiring only.
import { runAction } from './action.js';

await runAction();
