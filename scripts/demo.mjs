// A first look without credentials: runs the built CLI on a sample configuration.
// (The network checks demo against a local SMTP server replaces this once they land.)
import { spawnSync } from 'node:child_process';

const env = { PATH: process.env.PATH, EMAIL_PROVIDER: 'qq', EMAIL_USER: 'demo@qq.com', EMAIL_PASSWORD: 'my-qq-password', SMTP_PORT: '465', SMTP_SECURE: 'false', NODE_ENV: 'production' };
const run = spawnSync(process.execPath, ['dist/cli/index.js', '--checks', 'env', ...process.argv.slice(2)], { env, stdio: 'inherit' });
console.log(`\n(exit code ${run.status}: 1 means critical items were found, as expected for this sample)`);
