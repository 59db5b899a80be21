// Each lint rule against a fixture repository with the mistake, and a clean counterpart.
import { describe, expect, test } from '@jest/globals';
import { runAll } from './helpers/network.js';
import { makeRepo } from './helpers/repo.js';

const GITIGNORE = { '.gitignore': 'node_modules\n.env\n.env.*\n!.env.example\n' };

async function lint(files: Record<string, string>, options: { commit?: boolean; configFiles?: string } = {}) {
  const root = makeRepo(files, options);
  const run = await runAll(
    { checks: 'lint', ...(options.configFiles ? { 'config-files': options.configFiles } : {}) },
    { workspace: root },
  );
  // The config lint's rows (the code lint, beside it in the group, has its own suite).
  return run.results.filter((r) => r.id.startsWith('lint.config'));
}
const causes = (results: Awaited<ReturnType<typeof lint>>) => results.map((r) => `${r.cause}@${r.location?.file}:${r.location?.line}`);

describe.each([
  [
    'a committed .env with a password',
    { ...GITIGNORE, '.env': 'EMAIL_USER=a@qq.com\nEMAIL_PASSWORD=abcdefghijklmnop\n' },
    { ...GITIGNORE, '.env.example': 'EMAIL_USER=a@qq.com\nEMAIL_PASSWORD=your-auth-code\n' },
    'lint-env-secret-committed@.env:2',
  ],
  [
    'a literal password in ecosystem.config.js',
    { 'ecosystem.config.js': "module.exports = { apps: [{ name: 'api', env: { EMAIL_PASSWORD: 'abcdefghijklmnop' } }] };\n" },
    { 'ecosystem.config.js': "module.exports = { apps: [{ name: 'api', env: { EMAIL_PASSWORD: process.env.EMAIL_PASSWORD } }] };\n" },
    'lint-literal-password@ecosystem.config.js:1',
  ],
  [
    'a literal password in compose environment (list form)',
    {
      'docker-compose.yml':
        'services:\n  web:\n    image: app\n    environment:\n      - EMAIL_USER=a@qq.com\n      - EMAIL_PASSWORD=abcdefghijklmnop\n',
    },
    {
      'docker-compose.yml':
        'services:\n  web:\n    image: app\n    environment:\n      - EMAIL_USER=a@qq.com\n      - EMAIL_PASSWORD=${EMAIL_PASSWORD}\n',
    },
    'lint-literal-password@docker-compose.yml:6',
  ],
  [
    'a nodemailer createTransport with a literal pass',
    {
      'src/mail.js':
        "import nodemailer from 'nodemailer';\nexport const t = nodemailer.createTransport({\n  host: 'smtp.qq.com',\n  auth: { user: 'a@qq.com', pass: 'abcdefghijklmnop' },\n});\n",
    },
    {
      'src/mail.js':
        "import nodemailer from 'nodemailer';\nexport const t = nodemailer.createTransport({\n  host: 'smtp.qq.com',\n  auth: { user: 'a@qq.com', pass: process.env.EMAIL_PASSWORD },\n});\n",
    },
    'lint-literal-password@src/mail.js:4',
    'src/**/*.js',
  ],
  [
    'port 465 with secure false in ecosystem.config.js',
    {
      'ecosystem.config.js':
        "module.exports = {\n  apps: [{\n    env: {\n      SMTP_PORT: 465,\n      SMTP_SECURE: 'false',\n    },\n  }],\n};\n",
    },
    {
      'ecosystem.config.js':
        "module.exports = {\n  apps: [{\n    env: {\n      SMTP_PORT: 465,\n      SMTP_SECURE: 'true',\n    },\n  }],\n};\n",
    },
    'lint-port-secure-mismatch@ecosystem.config.js:5',
  ],
  [
    'port 587 with secure: true in a transport',
    { 'src/mail.js': 'createTransport({\n  port: 587,\n  secure: true,\n});\n' },
    { 'src/mail.js': 'createTransport({\n  port: 587,\n  secure: false,\n});\n' },
    'lint-port-secure-mismatch@src/mail.js:3',
    'src/**/*.js',
  ],
  [
    'an unknown provider in .env.example',
    { ...GITIGNORE, '.env.example': 'EMAIL_PROVIDER=gmial\n' },
    { ...GITIGNORE, '.env.example': 'EMAIL_PROVIDER=gmail\n' },
    'lint-provider-unknown@.env.example:1',
  ],
  [
    'provider qq with a 163 address',
    {
      'ecosystem.config.json':
        '{\n  "apps": [{\n    "env": {\n      "EMAIL_PROVIDER": "qq",\n      "EMAIL_USER": "a@163.com"\n    }\n  }]\n}\n',
    },
    {
      'ecosystem.config.json':
        '{\n  "apps": [{\n    "env": {\n      "EMAIL_PROVIDER": "163",\n      "EMAIL_USER": "a@163.com"\n    }\n  }]\n}\n',
    },
    'lint-provider-mismatch@ecosystem.config.json:4',
  ],
  [
    'a placeholder in env_production',
    {
      'ecosystem.config.js':
        "module.exports = { apps: [{\n  env_production: {\n    NODE_ENV: 'production',\n    EMAIL_PASSWORD: 'your-auth-code',\n  },\n}] };\n",
    },
    {
      'ecosystem.config.js':
        "module.exports = { apps: [{\n  env_production: {\n    NODE_ENV: 'production',\n    EMAIL_PASSWORD: process.env.EMAIL_PASSWORD,\n  },\n}] };\n",
    },
    'lint-placeholder-production@ecosystem.config.js:4',
  ],
  [
    'a placeholder in .env.production (untracked)',
    { ...GITIGNORE, '.env.production': 'EMAIL_USER=a@qq.com\nEMAIL_PASSWORD=changeme\n' },
    { ...GITIGNORE, '.env.production': 'EMAIL_USER=a@qq.com\n' },
    'lint-placeholder-production@.env.production:2',
  ],
  [
    'env_production missing keys and NODE_ENV',
    {
      'ecosystem.config.js':
        "module.exports = { apps: [{\n  env: { EMAIL_USER: 'a@qq.com', EMAIL_PROVIDER: 'qq' },\n  env_production: {\n    NODE_ENV: 'development',\n    EMAIL_USER: 'a@qq.com',\n  },\n}] };\n",
    },
    {
      'ecosystem.config.js':
        "module.exports = { apps: [{\n  env: { EMAIL_USER: 'a@qq.com', EMAIL_PROVIDER: 'qq' },\n  env_production: {\n    NODE_ENV: 'production',\n    EMAIL_USER: 'a@qq.com',\n    EMAIL_PROVIDER: 'qq',\n  },\n}] };\n",
    },
    'lint-production-node-env@ecosystem.config.js:4',
  ],
  [
    'env_production without NODE_ENV',
    {
      'ecosystem.config.js':
        "module.exports = { apps: [{\n  env: { EMAIL_USER: 'a@qq.com' },\n  env_production: {\n    EMAIL_USER: 'a@qq.com',\n  },\n}] };\n",
    },
    {
      'ecosystem.config.js':
        "module.exports = { apps: [{\n  env: { EMAIL_USER: 'a@qq.com' },\n  env_production: {\n    NODE_ENV: process.env.NODE_ENV,\n    EMAIL_USER: 'a@qq.com',\n  },\n}] };\n",
    },
    'lint-production-node-env-unset@ecosystem.config.js:3',
  ],
  [
    'a workflow passing a literal password',
    {
      '.github/workflows/deploy.yml':
        'on: push\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: owner/email-deploy-check@v1\n        with:\n          email-user: a@qq.com\n          email-password: abcdefghijklmnop\n',
    },
    {
      '.github/workflows/deploy.yml':
        'on: push\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: owner/email-deploy-check@v1\n        with:\n          email-user: a@qq.com\n          email-password: ${{ secrets.EMAIL_PASSWORD }}\n',
    },
    'lint-workflow-literal-secret@.github/workflows/deploy.yml:9',
  ],
  [
    'a workflow env with a literal EMAIL_PASSWORD',
    { '.github/workflows/ci.yml': 'on: push\nenv:\n  EMAIL_PASSWORD: hunter2hunter2\njobs: {}\n' },
    { '.github/workflows/ci.yml': 'on: push\nenv:\n  EMAIL_PASSWORD: ${{ secrets.EMAIL_PASSWORD }}\njobs: {}\n' },
    'lint-workflow-literal-secret@.github/workflows/ci.yml:3',
  ],
] as [string, Record<string, string>, Record<string, string>, string, string?][])('%s', (_, bad, good, expected, configFiles) => {
  test('is found at its file and line', async () => {
    expect(causes(await lint(bad, { configFiles }))).toContain(expected);
  });
  test('the clean counterpart passes', async () => {
    const results = await lint(good, { configFiles });
    expect(results.filter((r) => r.status === 'fail' || r.status === 'warn')).toEqual([]);
    expect(results[0]).toMatchObject({ status: 'pass', cause: 'lint-clean' });
  });
});

test('env_production missing keys is a warning that names them', async () => {
  const results = await lint({
    'ecosystem.config.js':
      "module.exports = { apps: [{\n  env: { EMAIL_USER: 'a@qq.com', EMAIL_PROVIDER: 'qq' },\n  env_production: {\n    NODE_ENV: 'production',\n  },\n}] };\n",
  });
  expect(results.find((r) => r.cause === 'lint-production-missing-keys')).toMatchObject({
    status: 'warn',
    params: { keys: 'EMAIL_USER, EMAIL_PROVIDER' },
  });
});

test('.env not ignored by .gitignore is a warning; an untracked .env is not a committed secret', async () => {
  const results = await lint({ '.gitignore': 'node_modules\n', '.env': 'EMAIL_PASSWORD=abcdefghijklmnop\n' }, { commit: false });
  expect(causes(results)).toEqual(['lint-env-not-ignored@.gitignore:1']);
  expect(results[0]?.status).toBe('warn');
});

test('node_modules and dist are never read; findings are most severe first', async () => {
  const results = await lint({
    ...GITIGNORE,
    'node_modules/x/.env': 'EMAIL_PASSWORD=abcdefghijklmnop\n',
    'dist/ecosystem.config.js': "module.exports = { apps: [{ env: { EMAIL_PASSWORD: 'abcdefghijklmnop' } }] };",
    'ecosystem.config.js':
      "module.exports = { apps: [{\n  env: { SMTP_PORT: 587, SMTP_SECURE: 'true' },\n  env_production: { NODE_ENV: 'staging', SMTP_PORT: 587, SMTP_SECURE: 'false' },\n}] };\n",
  });
  expect(results.map((r) => r.location?.file)).not.toContain('dist/ecosystem.config.js');
  expect(results.map((r) => r.status)).toEqual(['fail', 'warn']);
});

test('a file that does not parse is reported, not a crash', async () => {
  const results = await lint({ 'ecosystem.config.js': 'module.exports = { apps: [ ' });
  expect(results[0]).toMatchObject({ status: 'warn', cause: 'lint-parse-error', location: { file: 'ecosystem.config.js', line: 1 } });
});
