export { runAction as run } from './action.js';
