// Our runner commands and summary markup against @actions/core's own, byte for byte: the action writes them
// itself (it starts faster without the library's HTTP and OIDC modules), and this keeps it to the library's forms.
import { afterEach, expect, jest, test } from '@jest/globals';
import * as core from '@actions/core';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as ours from '../src/runner/commands.js';
import { HtmlBuffer } from '../src/report/html.js';

const HOSTILE = 'a%b\r\nc::error::x,y:z\u0085';

afterEach(() => {
  jest.restoreAllMocks();
});

/** What a call printed on stdout. */
function printed(call: () => void): string {
  let out = '';
  jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  });
  call();
  jest.restoreAllMocks();
  return out;
}

test.each([
  ['add-mask', () => core.setSecret(HOSTILE), () => ours.setSecret(HOSTILE)],
  ['info', () => core.info(HOSTILE), () => ours.info(HOSTILE)],
  ['group', () => core.startGroup(HOSTILE), () => ours.startGroup(HOSTILE)],
  ['endgroup', () => core.endGroup(), () => ours.endGroup()],
  [
    'error with a title, a file and a line',
    () => core.error(HOSTILE, { title: HOSTILE, file: 'src/a,b:c.ts', startLine: 12 }),
    () => ours.error(HOSTILE, { title: HOSTILE, file: 'src/a,b:c.ts', startLine: 12 }),
  ],
  ['warning without properties', () => core.warning(HOSTILE), () => ours.warning(HOSTILE)],
  [
    'notice with a title',
    () => core.notice(HOSTILE, { title: 'email-deploy-check' }),
    () => ours.notice(HOSTILE, { title: 'email-deploy-check' }),
  ],
  ['an empty title is left out', () => core.warning('m', { title: '' }), () => ours.warning('m', { title: '' })],
])('%s is written as @actions/core writes it', (_name, theirs, mine) => {
  const expected = printed(theirs);
  expect(expected.length).toBeGreaterThan(0);
  expect(printed(mine)).toBe(expected);
});

test('setFailed sets the exit code and writes the error', () => {
  const before = process.exitCode;
  const expected = printed(() => core.setFailed(HOSTILE));
  process.exitCode = undefined;
  expect(printed(() => ours.setFailed(HOSTILE))).toBe(expected);
  expect(process.exitCode).toBe(1);
  process.exitCode = before;
});

test('inputs are read as getInput reads them: upper-cased, dashes kept, trimmed unless asked not to', () => {
  const env = { 'INPUT_EMAIL-PASSWORD': '  s p  ', INPUT_TIMEOUT: ' 3 ' };
  const saved = { ...process.env };
  Object.assign(process.env, env);
  try {
    expect(ours.getInput('email-password', env, false)).toBe(core.getInput('email-password', { trimWhitespace: false }));
    expect(ours.getInput('timeout', env)).toBe(core.getInput('timeout'));
    expect(ours.getInput('missing', env)).toBe(core.getInput('missing'));
  } finally {
    process.env = saved;
  }
});

test('an output and the summary land in the runner files as the library writes them', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'edc-runner-'));
  const saved = { ...process.env };
  try {
    const files = { theirs: join(dir, 'theirs'), mine: join(dir, 'mine') };
    for (const file of Object.values(files)) writeFileSync(file, '');
    process.env.GITHUB_OUTPUT = files.theirs;
    core.setOutput('report', HOSTILE);
    ours.setOutput('report', HOSTILE, { GITHUB_OUTPUT: files.mine });
    const shape = (file: string): string => readFileSync(file, 'utf8').replace(/ghadelimiter_[0-9a-f-]{36}/g, 'DELIMITER');
    expect(shape(files.mine)).toBe(shape(files.theirs));
    expect(shape(files.mine)).toContain(`report<<DELIMITER`);

    const summaries = { theirs: join(dir, 'sum-theirs'), mine: join(dir, 'sum-mine') };
    for (const file of Object.values(summaries)) writeFileSync(file, 'before\n');
    process.env.GITHUB_STEP_SUMMARY = summaries.theirs;
    await core.summary.addRaw('<p>x</p>', true).write();
    await ours.appendSummary(new HtmlBuffer().addRaw('<p>x</p>', true).toString(), { GITHUB_STEP_SUMMARY: summaries.mine });
    expect(readFileSync(summaries.mine, 'utf8')).toBe(readFileSync(summaries.theirs, 'utf8'));
    await expect(ours.appendSummary('x', { GITHUB_STEP_SUMMARY: join(dir, 'missing', 'file') })).rejects.toThrow();
  } finally {
    process.env = saved;
    rmSync(dir, { recursive: true, force: true });
  }
});

test("the summary markup is the library builder's", () => {
  const rows = [
    [
      { data: ' ', header: true },
      { data: 'Check', header: true },
    ],
    ['✅', '<code>a</code>'],
  ];
  const build = <B extends { addHeading: (t: string, l: 2) => B; addList: (i: string[]) => B; addTable: (r: typeof rows) => B }>(b: B) =>
    b.addHeading('Verdict', 2).addList(['one', 'two']).addTable(rows);
  const theirs = build(core.summary.emptyBuffer()).stringify();
  core.summary.emptyBuffer();
  expect(theirs).toContain('<table>');
  expect(build(new HtmlBuffer()).addRaw('</details>', true).toString()).toBe(`${theirs}</details>\n`);
});
