// The GitHub Action: inputs in, outputs/log/annotations/summary/comment out. All logic lives in the engine.
// Outputs are written first, from the verdict alone, so no reporter can leave `status` unwritten; every
// word of theirs reaches the log, annotations, summary and comment only through that channel's encoder.
import { EOL } from 'node:os';
import * as core from './runner/commands.js';
import { errorText } from './text.js';
import { evaluate, secretsOf } from './evaluate.js';
import type { GithubApi } from './github/api.js';
import type { AlertAction } from './github/alert-issue.js';
import type { TargetIdentity } from './github/pr-comment.js';
import { describe, GROUP_TITLES, say, UI } from './i18n/index.js';
import { annotationFile, escapeHtml, forAnnotation, forLog, toJson } from './report/encode.js';
import { bySeverity, titleInContext, viewOf, type Report, type ReportView } from './report/model.js';
import { composeSummary, STATUS_ICON } from './report/summary.js';
import { actionRuntime } from './runtime.js';
import { createRedactor, type Redactor } from './secrets.js';
import { isRawInput } from './settings/inputs.js';
import { readRawInputs } from './settings/read.js';
import { TargetsError } from './settings/targets.js';
import { languageOf } from './settings/parse.js';
import { hasNotifyChannel, type Settings } from './settings/settings.js';
import { GROUPS, shouldFail, type CheckResult, type Language } from './types.js';
import { Text } from './untrusted.js';

export async function runAction(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  // Secrets are registered before anything else can print.
  const raw = readRawInputs((name) => core.getInput(name, env, !isRawInput(name)), env);
  const redactor = createRedactor(secretsOf(raw));
  for (const secret of redactor.secrets) core.setSecret(secret);

  let failed = false;
  try {
    const { report, settings, unusedInputs } = await evaluate(raw, actionRuntime(env), {
      redactor,
      onResult: (r, s) => core.info(logLine(r, s.language, redactor)),
      onSecretForms: (forms) => forms.forEach((form) => core.setSecret(form)),
    });
    // The verdict first: status, report and message id are written before any reporter runs.
    core.setOutput('status', report.status);
    core.setOutput('report', reportOutput(report));
    core.setOutput('message-id', report.messageId ?? '');
    core.setOutput('delivery-seconds', report.delivery ? String(report.delivery.seconds) : '');
    const appMail = report.results.find((r) => r.id === 'app.mail' && (r.status === 'pass' || r.status === 'warn'));
    core.setOutput('app-mail-seconds', appMail ? String(appMail.params.seconds) : '');
    core.setOutput('targets', report.chain ? toJson(targetsOutput(report)) : '');
    failed = shouldFail(report.status, settings.failOn);
    const view = viewOf(report, redactor);
    const lang = settings.language;
    if (failed) core.setFailed(forAnnotation(failureLine(view)));
    if (unusedInputs)
      core.warning(say(UI.targetsUnusedInputs, settings.language, { inputs: unusedInputs.map((n) => `\`${n}\``).join(', ') }));
    if (settings.secretsWithheld) core.notice(say(UI.secretsWithheldNotice, lang), { title: 'email-deploy-check' });
    logDetails(view);
    annotate(view);
    await writeSummary(view, redactor);
    if (settings.prComment) await commentOnPullRequest(view, report, settings, redactor, env);
    const alerted = settings.alertIssue ? await raiseAlert(view, report, settings, redactor, env) : undefined;
    await notifyTeam(view, settings, redactor, env, alerted);
  } catch (error) {
    // Never a stack trace: the message, redacted, in the log and the summary, and a failed step. A list of targets
    // the run cannot use says what is wrong with it in the step's language.
    const lang = languageOf(raw.values.language);
    const message =
      error instanceof TargetsError
        ? Text.ours(error.say(lang))
        : Text.fill(UI.actionStopped[lang], { error: redactor.redact(errorText(error)) });
    if (!failed) {
      try {
        core.setOutput('status', 'fail');
      } catch {
        // The outputs file itself is what failed: the failed step below still says so.
      }
    }
    core.setFailed(forAnnotation(message));
    if (process.env.GITHUB_STEP_SUMMARY) {
      await core.appendSummary(`<p>❌ ${escapeHtml(forAnnotation(message))}</p>${EOL}`).catch(() => undefined);
    }
  }
}

/** Outputs share 1 MB per job: past a budget the raw details (transcripts) are left out of the output. */
const REPORT_OUTPUT_BUDGET = 512 * 1024;
export function reportOutput(report: Report): string {
  const full = toJson(report);
  if (full.length <= REPORT_OUTPUT_BUDGET) return full;
  return toJson({ ...report, results: report.results.map(({ details: _details, ...rest }) => rest) });
}

/** A result as it completes: one log line, whatever the server said. */
function logLine(r: CheckResult, language: Language, redactor: Redactor): string {
  const words = describe(r, language);
  const line = Text.ours(`${STATUS_ICON[r.status]} [${r.group}] `).concat(
    Text.fill(UI.labelled[language], { label: words.title, text: words.text }),
    ` (${r.durationMs} ms)`,
  );
  return forLog(line.mapTheirs(redactor.redact));
}

/** Raw evidence per layer, collapsed in the log: each line of theirs encoded on its own. */
function logDetails(report: ReportView): void {
  for (const group of GROUPS) {
    const withDetails = report.results.filter((r) => r.group === group && r.details.length);
    if (withDetails.length === 0) continue;
    core.startGroup(say(UI.details, report.language, { group: say(GROUP_TITLES[group], report.language) }));
    for (const r of withDetails) core.info([forLog(r.title), ...r.details.map((d) => forLog(Text.theirs(d)))].join('\n'));
    core.endGroup();
  }
}

/** Most severe first: the runner shows only 10 errors and 10 warnings per step. */
function annotate(report: ReportView): void {
  for (const r of bySeverity(report.results)) {
    const text = forAnnotation(r.fix ? r.message.concat(say(UI.thenFix, report.language), r.fix) : r.message);
    const file = r.file === undefined ? undefined : annotationFile(r.file);
    const where = file ? { file, startLine: r.line } : {};
    const title = forAnnotation(Text.ours('email-deploy-check: ').concat(titleInContext(r, report.language)));
    if (r.status === 'fail') core.error(text, { title, ...where });
    else if (r.status === 'warn') core.warning(text, { title, ...where });
  }
}

async function writeSummary(report: ReportView, redactor: Redactor): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  try {
    await core.appendSummary(composeSummary(report));
  } catch (error) {
    core.warning(forAnnotation(Text.fill(UI.summaryFailed[report.language], { error: redactor.redact(errorText(error)) })));
  }
}

/** The sticky comment; a read-only token (fork PRs, no `pull-requests: write`) is a warning, never a failure. */
/** The run's page on GitHub, when the runner says where it is. */
function runUrlOf(settings: Settings, env: NodeJS.ProcessEnv): string | undefined {
  return env.GITHUB_SERVER_URL && env.GITHUB_RUN_ID
    ? `${env.GITHUB_SERVER_URL}/${settings.runtime.repository}/actions/runs/${env.GITHUB_RUN_ID}`
    : undefined;
}

/** What makes this job's target distinct, for the sticky comment's marker and the alert issue's key; a chain is its targets in order. */
function identityOf(report: Report, settings: Settings): TargetIdentity {
  const t = report.target;
  const checks = settings.checksExplicit ? [...settings.checks].sort().join(',') : 'all';
  if (report.chain) {
    const chain = report.chain.targets;
    const provider = `chain:${chain.map((c) => `${c.name}=${c.provider}`).join(',')}`;
    return { provider, host: chain.map((c) => `${c.host}:${c.port}`).join(','), port: t.port, secure: t.secure, user: t.user, checks };
  }
  return { provider: t.provider, host: t.host, port: t.port, secure: t.secure, user: t.user, checks };
}

/** The `targets` output: each mail server's name, verdict and first problem (cause and family). */
function targetsOutput(report: Report): { name: string; role: string; status: string; cause?: string; category?: string }[] {
  return (report.chain?.targets ?? []).map((t) => ({
    name: t.name,
    role: t.role,
    status: t.status,
    ...(t.first ? { cause: t.first.cause, ...(t.first.category ? { category: t.first.category } : {}) } : {}),
  }));
}

/** The GitHub API the runner names (GITHUB_API_URL: GitHub Enterprise, or a stand-in in tests), bounded by the run's timeout. */
async function githubFor(settings: Settings, env: NodeJS.ProcessEnv): Promise<GithubApi> {
  // The GitHub modules load only in runs that comment or alert.
  const { GITHUB_BOUNDS, githubApi } = await import('./github/api.js');
  return githubApi(settings.githubToken, env.GITHUB_API_URL || 'https://api.github.com', GITHUB_BOUNDS(settings.timeoutMs));
}

/** A token without the right to write (a fork, missing `permissions:`) gets a warning that says so, never a failed step. */
function isReadOnly(error: unknown): boolean {
  const status = (error as { status?: number }).status;
  return status === 403 || status === 404 || /not accessible by integration/i.test(errorText(error));
}

/** The alert issue's action, or undefined when it could not be brought in line (then the channels are told of every run that does not pass). */
async function raiseAlert(
  view: ReportView,
  report: Report,
  settings: Settings,
  redactor: Redactor,
  env: NodeJS.ProcessEnv,
): Promise<AlertAction | undefined> {
  const lang = settings.language;
  const [owner, repo] = settings.runtime.repository.split('/');
  if (!owner || !repo) return void core.warning(say(UI.alertNoRepository, lang));
  if (!settings.githubToken) return void core.warning(say(UI.alertNoToken, lang));
  const runUrl = runUrlOf(settings, env);
  const thisRun = runUrl ? `[${say(UI.alertThisRun, lang)}](${runUrl})` : say(UI.alertThisRun, lang);
  const t = report.target;
  try {
    const { alertKey, syncAlertIssue } = await import('./github/alert-issue.js');
    const { renderComment } = await import('./github/pr-comment.js');
    const api = await githubFor(settings, env);
    // A chain's failing set names each row's target: the primary breaking is a change even when a backup broke the same way.
    const failing = report.results.filter((r) => r.status === 'fail').map((r) => (r.target ? `${r.target}/${r.id}` : r.id));
    const { action, lookAlikes } = await syncAlertIssue(api, { owner, repo, key: alertKey(identityOf(report, settings)) }, failing, {
      // A chain's issue is named by its servers in order (its body says which one is down and which carries the mail).
      title: report.chain
        ? say(UI.alertTitleChain, lang, { names: report.chain.targets.map((c) => `${c.name} (${c.provider})`).join(' → ') })
        : say(UI.alertTitle, lang, { provider: t.provider, host: t.host || '?', domain: t.user.replace(/^.*@/, '') || '-' }),
      body: renderComment(view, runUrl),
      changed: say(UI.alertChanged, lang),
      recovered: say(UI.alertRecovered, lang, { run: thisRun }),
    });
    core.info(say(UI.alertDone, lang, { action: say(UI.alertActions[action], lang) }));
    for (const { number, author } of lookAlikes)
      core.warning(forAnnotation(Text.fill(UI.alertLookAlike[lang], { number: String(number), author })));
    return action;
  } catch (error) {
    core.warning(
      forAnnotation(
        isReadOnly(error)
          ? Text.ours(say(UI.alertReadOnly, lang))
          : Text.fill(UI.alertFailed[lang], { error: redactor.redact(errorText(error)) }),
      ),
    );
  }
}

/** The team's channels (src/notify/team.ts decides what they hear); a channel's refusal is a warning: the verdict is the mail's. */
async function notifyTeam(
  view: ReportView,
  settings: Settings,
  redactor: Redactor,
  env: NodeJS.ProcessEnv,
  alerted: AlertAction | undefined,
): Promise<void> {
  if (!hasNotifyChannel(settings.notify)) return;
  const { notifyTeam: tell } = await import('./notify/team.js');
  const lines = await tell(view, settings.notify, {
    repository: settings.runtime.repository,
    timeoutMs: settings.timeoutMs,
    redact: redactor.redact,
    runUrl: runUrlOf(settings, env),
    alerted,
  });
  for (const { level, text } of lines) {
    if (level === 'info') core.info(forLog(text));
    else core.warning(forAnnotation(text));
  }
}

async function commentOnPullRequest(
  view: ReportView,
  report: Report,
  settings: Settings,
  redactor: Redactor,
  env: NodeJS.ProcessEnv,
): Promise<void> {
  const lang = settings.language;
  const number = settings.runtime.pullRequestNumber;
  const [owner, repo] = settings.runtime.repository.split('/');
  if (!number || !owner || !repo) return void core.info(say(UI.commentNotPullRequest, lang));
  if (!settings.githubToken) return void core.warning(say(UI.commentNoToken, lang));
  try {
    const { markerFor, renderComment, upsertStickyComment } = await import('./github/pr-comment.js');
    const runUrl = runUrlOf(settings, env);
    const api = await githubFor(settings, env);
    const marker = markerFor(identityOf(report, settings));
    const { action, lookAlikes } = await upsertStickyComment(api, { owner, repo, number }, marker, renderComment(view, runUrl));
    core.info(say(UI.commentDone, lang, { action: say(action === 'created' ? UI.commentCreated : UI.commentUpdated, lang), number }));
    for (const { id, author } of lookAlikes) core.warning(forAnnotation(Text.fill(UI.commentLookAlike[lang], { id: String(id), author })));
  } catch (error) {
    const why = isReadOnly(error)
      ? Text.ours(say(UI.commentReadOnly, lang))
      : Text.fill(UI.commentFailed[lang], { error: redactor.redact(errorText(error)) });
    core.warning(forAnnotation(why));
  }
}

function failureLine(report: ReportView): Text {
  const critical = report.results.filter((r) => r.status === 'fail').map((r) => titleInContext(r, report.language));
  if (critical.length === 0) return Text.ours(say(UI.failedWarnings, report.language));
  return Text.fill(UI.failedCritical[report.language], {
    count: String(critical.length),
    titles: Text.join(critical, say(UI.listSeparator, report.language)),
  });
}
