// The built action on a throwaway repository: annotations at the right files and lines,
// the cleaned-up repository passes, and a fork pull request without secrets does not fail.
import { expect, test } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Report } from '../src/report/model.js';
import { selfSigned } from '../test-support/certs.js';
import { startSmtpServer } from '../test-support/servers.js';
import { makeRepo } from './helpers/repo.js';
import { runAction } from './helpers/run-dist.js';

const BROKEN = {
  '.gitignore': 'node_modules\n',
  '.env': 'EMAIL_PROVIDER=qq\nEMAIL_USER=dev@qq.com\nEMAIL_PASSWORD=abcdefghijklmnop\n',
  'ecosystem.config.js':
    "module.exports = {\n  apps: [{\n    name: 'api',\n    env: {\n      SMTP_PORT: 465,\n      SMTP_SECURE: false,\n    },\n  }],\n};\n",
  '.github/workflows/deploy.yml':
    'on: push\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: owner/email-deploy-check@v1\n        with:\n          email-password: hunter2hunter2\n',
};
const CLEAN = {
  '.gitignore': 'node_modules\n.env\n',
  '.env.example': 'EMAIL_PROVIDER=qq\nEMAIL_USER=dev@qq.com\nEMAIL_PASSWORD=your-auth-code\n',
  'ecosystem.config.js':
    "module.exports = {\n  apps: [{\n    name: 'api',\n    env: {\n      SMTP_PORT: 465,\n      SMTP_SECURE: true,\n    },\n  }],\n};\n",
  '.github/workflows/deploy.yml':
    'on: push\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: owner/email-deploy-check@v1\n        with:\n          email-password: ${{ secrets.EMAIL_PASSWORD }}\n',
};

test('a broken repository: error annotations at each file and line, and the step fails', async () => {
  const root = makeRepo(BROKEN);
  const sha = 'a'.repeat(40);
  const run = await runAction(
    { checks: 'lint' },
    { GITHUB_WORKSPACE: root, GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'owner/app', GITHUB_SHA: sha },
  );
  expect(run.code).toBe(1);
  const errors = run.visibleStdout.split('\n').filter((l) => l.startsWith('::error '));
  expect(errors).toEqual(
    expect.arrayContaining([
      expect.stringMatching(
        /^::error title=email-deploy-check%3A Secret committed \(\.env%3A3\),file=\.env,line=3::\.env is committed and holds a value for `EMAIL_PASSWORD`/,
      ),
      expect.stringMatching(
        /^::error title=email-deploy-check%3A Port and TLS mode disagree \(ecosystem\.config\.js%3A6\),file=ecosystem\.config\.js,line=6::Port 465 with `SMTP_SECURE` = false/,
      ),
      expect.stringMatching(
        /^::error title=email-deploy-check%3A Secret written in workflow \(\.github\/workflows\/deploy\.yml%3A8\),file=\.github\/workflows\/deploy\.yml,line=8::`email-password` is a literal/,
      ),
    ]),
  );
  expect(run.visibleStdout).toMatch(
    /^::warning title=email-deploy-check%3A \.env not ignored \(\.gitignore%3A1\),file=\.gitignore,line=1::/m,
  );
  // Most severe first: every error annotation comes before any warning annotation.
  const kinds = run.visibleStdout
    .split('\n')
    .filter((l) => /^::(error|warning) /.test(l))
    .map((l) => l.slice(2, 7));
  expect(kinds.indexOf('warni')).toBeGreaterThan(kinds.lastIndexOf('error'));
  const report = JSON.parse(run.outputs.report!) as Report;
  expect(report.results.filter((r) => r.id.startsWith('lint.config')).map((r) => `${r.cause}@${r.file}:${r.line}`)).toEqual([
    'lint-env-secret-committed@.env:3',
    'lint-workflow-literal-secret@.github/workflows/deploy.yml:8',
    'lint-port-secure-mismatch@ecosystem.config.js:6',
    'lint-env-not-ignored@.gitignore:1',
  ]);
  // The summary lists every finding by its rule, linked to the line at the run's commit; the committed values never appear.
  expect(run.summary).toContain(`<a href="https://github.com/owner/app/blob/${sha}/.env#L3">Secret committed (.env:3)</a>`);
  expect(run.summary).toContain(
    `<a href="https://github.com/owner/app/blob/${sha}/.github/workflows/deploy.yml#L8">Secret written in workflow (.github/workflows/deploy.yml:8)</a>`,
  );
  expect(run.visibleStdout + run.summary).not.toContain('abcdefghijklmnop');
});

test('the same repository cleaned up passes', async () => {
  const root = makeRepo(CLEAN);
  const run = await runAction({ checks: 'lint' }, { GITHUB_WORKSPACE: root });
  expect(run.code).toBe(0);
  expect(run.outputs.status).toBe('pass');
});

test('a fork pull request with empty secrets lints, skips the login checks with a notice, and does not fail', async () => {
  const root = makeRepo(CLEAN);
  const dir = mkdtempSync(join(tmpdir(), 'edc-fork-'));
  const event = join(dir, 'event.json');
  writeFileSync(
    event,
    JSON.stringify({
      pull_request: { number: 3, head: { repo: { full_name: 'someone/fork', fork: true } }, base: { repo: { full_name: 'owner/app' } } },
    }),
  );
  const pem = selfSigned();
  const smtp = await startSmtpServer({ secure: true, key: pem.key, cert: pem.cert });
  const run = await runAction(
    {
      'smtp-host': '127.0.0.1',
      'smtp-port': String(smtp.port),
      'smtp-secure': 'true',
      'tls-reject-unauthorized': 'false',
      checks: 'env,dns,tcp,tls,smtp,lint',
    },
    { GITHUB_WORKSPACE: root, GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event },
  );
  await smtp.close();
  expect(smtp.logins).toEqual([]);
  expect(run.code).toBe(0);
  expect(run.visibleStdout).toMatch(/^::notice title=email-deploy-check::GitHub gives no secrets to this pull request/m);
  const report = JSON.parse(run.outputs.report!) as Report;
  const byId = Object.fromEntries(report.results.map((r) => [r.id, r]));
  expect(byId['env.password']).toMatchObject({ status: 'skip', cause: 'password-missing-fork' });
  expect(byId['env.user']).toMatchObject({ status: 'skip', cause: 'user-missing-fork' });
  expect(byId['smtp.greeting']).toMatchObject({ status: 'pass' });
  expect(byId['smtp.auth']).toMatchObject({ status: 'skip', cause: 'secrets-withheld' });
  expect(byId['smtp.envelope']).toMatchObject({ status: 'skip', cause: 'secrets-withheld' });
  expect(byId['lint.config']).toMatchObject({ status: 'pass', cause: 'lint-clean' });
});
