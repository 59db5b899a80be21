// The GitHub Action: inputs in, summary/outputs/annotations out. All logic lives in the engine.
import * as core from '@actions/core';
import { describe, say, UI } from './i18n/index.js';
import { evaluate, secretsOf } from './evaluate.js';
import { bySeverity, type Report } from './report/model.js';
import { composeSummary, STATUS_ICON } from './report/summary.js';
import { actionRuntime } from './runtime.js';
import { renderComment, upsertStickyComment, type CommentsApi } from './github/pr-comment.js';
import { createRedactor, type Redactor } from './secrets.js';
import { isRawInput } from './settings/inputs.js';
import { readRawInputs } from './settings/read.js';
import type { Settings } from './settings/settings.js';
import { GROUPS, shouldFail, type CheckResult, type Language } from './types.js';
import { errorText } from './engine.js';

export async function runAction(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  // Secrets are registered before anything else can print.
  const raw = readRawInputs((name) => core.getInput(name, { trimWhitespace: !isRawInput(name) }), env);
  const redactor = createRedactor(secretsOf(raw));
  for (const secret of redactor.secrets) core.setSecret(secret);

  try {
    const { report, settings } = await evaluate(
      raw,
      actionRuntime(env),
      (r, s) => core.info(redactor.redact(logLine(r, s.language))),
      redactor,
    );
    const lang = settings.language;
    if (settings.secretsWithheld) core.notice(say(UI.secretsWithheldNotice, lang), { title: 'email-deploy-check' });
    logDetails(report);
    core.setOutput('status', report.status);
    core.setOutput('report', reportOutput(report));
    core.setOutput('message-id', report.messageId ?? '');
    annotate(report, redactor);
    await writeSummary(report, redactor, lang);
    if (settings.prComment) await commentOnPullRequest(report, settings, redactor, env);
    if (shouldFail(report.status, settings.failOn)) core.setFailed(redactor.redact(failureLine(report)));
  } catch (error) {
    // Never a stack trace: the message, redacted, in the log and the summary, and a failed step.
    const message = redactor.redact(say(UI.actionStopped, languageOf(raw.values.language), { error: errorText(error) }));
    core.setFailed(message);
    if (process.env.GITHUB_STEP_SUMMARY)
      await core.summary
        .addRaw(`<p>❌ ${message.replace(/</g, '&lt;')}</p>`, true)
        .write()
        .catch(() => undefined);
  }
}

/** Outputs share 1 MB per job: past a budget the raw details (transcripts) are left out of the output. */
const REPORT_OUTPUT_BUDGET = 512 * 1024;
export function reportOutput(report: Report): string {
  const full = JSON.stringify(report);
  if (full.length <= REPORT_OUTPUT_BUDGET) return full;
  return JSON.stringify({ ...report, results: report.results.map(({ details: _details, ...rest }) => rest) });
}

function logLine(r: CheckResult, language: Language): string {
  const words = describe(r, language);
  return `${STATUS_ICON[r.status]} [${r.group}] ${words.title}: ${words.text} (${r.durationMs} ms)`;
}

/** Raw evidence per layer, collapsed in the log. */
function logDetails(report: Report): void {
  for (const group of GROUPS) {
    const withDetails = report.results.filter((r) => r.group === group && r.details?.length);
    if (withDetails.length === 0) continue;
    core.startGroup(say(UI.details, report.language, { group }));
    for (const r of withDetails) core.info(`${r.title}\n${r.details!.join('\n')}`);
    core.endGroup();
  }
}

/** Most severe first: the runner shows only 10 errors and 10 warnings per step. */
function annotate(report: Report, redactor: Redactor): void {
  for (const r of bySeverity(report.results)) {
    const text = redactor.redact(r.fix ? `${r.message} ${r.fix}` : r.message);
    const where = r.file ? { file: r.file, startLine: r.line } : {};
    if (r.status === 'fail') core.error(text, { title: `email-deploy-check: ${r.title}`, ...where });
    else if (r.status === 'warn') core.warning(text, { title: `email-deploy-check: ${r.title}`, ...where });
  }
}

async function writeSummary(report: Report, redactor: Redactor, lang: Language): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  try {
    await core.summary.addRaw(redactor.redact(composeSummary(report))).write();
  } catch (error) {
    core.warning(redactor.redact(say(UI.summaryFailed, lang, { error: errorText(error) })));
  }
}

/** The sticky comment; a read-only token (fork PRs, no `pull-requests: write`) is a warning, never a failure. */
async function commentOnPullRequest(report: Report, settings: Settings, redactor: Redactor, env: NodeJS.ProcessEnv): Promise<void> {
  const lang = settings.language;
  const number = settings.runtime.pullRequestNumber;
  const [owner, repo] = settings.runtime.repository.split('/');
  if (!number || !owner || !repo) return void core.info(say(UI.commentNotPullRequest, lang));
  if (!settings.githubToken) return void core.warning(say(UI.commentNoToken, lang));
  try {
    // Loaded only here: Octokit is the heaviest dependency and most runs never need it.
    const { getOctokit } = await import('@actions/github');
    const runUrl =
      env.GITHUB_SERVER_URL && env.GITHUB_RUN_ID
        ? `${env.GITHUB_SERVER_URL}/${settings.runtime.repository}/actions/runs/${env.GITHUB_RUN_ID}`
        : undefined;
    const body = redactor.redact(renderComment(report, runUrl));
    const api = getOctokit(settings.githubToken) as unknown as CommentsApi;
    const { action } = await upsertStickyComment(api, { owner, repo, number }, body);
    core.info(say(UI.commentDone, lang, { action: say(action === 'created' ? UI.commentCreated : UI.commentUpdated, lang), number }));
  } catch (error) {
    const status = (error as { status?: number }).status;
    const readOnly = status === 403 || status === 404 || /not accessible by integration/i.test((error as Error).message);
    core.warning(redactor.redact(readOnly ? say(UI.commentReadOnly, lang) : say(UI.commentFailed, lang, { error: errorText(error) })));
  }
}

function failureLine(report: Report): string {
  const critical = report.results.filter((r) => r.status === 'fail').map((r) => r.title);
  return critical.length
    ? say(UI.failedCritical, report.language, { count: critical.length, titles: critical.join(', ') })
    : say(UI.failedWarnings, report.language);
}

/** The language asked for, before the settings are parsed (a crash can happen before). */
function languageOf(value: string): Language {
  return /^(zh|cn|chinese|中文)/i.test(value.trim()) ? 'zh' : 'en';
}
