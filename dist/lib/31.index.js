export const id = 31;
export const ids = [31,695];
export const modules = {

/***/ 690:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ TARGETS_WORDS)
/* harmony export */ });
const TARGETS_WORDS = {
    notYaml: {
        en: '`targets` is not YAML or JSON ({where}). Write a list, one mapping per mail server: `- name: primary` then `email-provider: qq` and so on, indented under it.',
        zh: '`targets` 不是合法的 YAML 或 JSON（{where}）。请写成列表，每个邮件服务器一项：先写 `- name: primary`，再在其下缩进写 `email-provider: qq` 等。',
    },
    notList: {
        en: '`targets` must be a list of mappings (`- name: primary`, `  email-provider: qq`, ...), one item per mail server, the primary first.',
        zh: '`targets` 必须是映射的列表（`- name: primary`、`  email-provider: qq` ……），每个邮件服务器一项，主服务商在前。',
    },
    tooMany: {
        en: '`targets` has {count} items; at most {max} mail servers are checked in one run.',
        zh: '`targets` 有 {count} 项；一次最多检查 {max} 个邮件服务器。',
    },
    tooLarge: { en: '`targets` is larger than {limit}.', zh: '`targets` 超过 {limit}。' },
    notMapping: {
        en: 'Item {item} of `targets` is not a mapping: write `name:`, `email-provider:` and the other inputs as `key: value` lines under its `-`.',
        zh: '`targets` 的第 {item} 项不是映射：请在它的 `-` 下以 `键: 值` 写出 `name:`、`email-provider:` 等输入。',
    },
    unknownKey: {
        en: "Item {item} of `targets` sets `{key}`, which is not an input a target can set. A target sets: {allowed}; every other input is the step's own.",
        zh: '`targets` 的第 {item} 项设置了 `{key}`，这不是单个目标可设置的输入。目标可设置：{allowed}；其余输入都取自步骤本身。',
    },
    unnamedKey: {
        en: 'Item {item} of `targets` sets a key that is not an input a target can set. A target sets: {allowed}.',
        zh: '`targets` 的第 {item} 项设置了一个目标不可设置的键。目标可设置：{allowed}。',
    },
    notScalar: {
        en: 'Item {item} of `targets`: `{key}` must be one value (text or a number), not a list or a mapping.',
        zh: '`targets` 的第 {item} 项：`{key}` 必须是单个值（文字或数字），不能是列表或映射。',
    },
    badName: {
        en: 'Item {item} of `targets`: `name` must be 1 to 40 letters, digits, `-`, `_` or `.` (it names the target in the report and in alerts).',
        zh: '`targets` 的第 {item} 项：`name` 须为 1 到 40 个字母、数字、`-`、`_` 或 `.`（它在报告和告警中代表该目标）。',
    },
    duplicateName: {
        en: 'Two items of `targets` are named `{name}`: give each mail server its own name.',
        zh: '`targets` 中有两项都叫 `{name}`：请给每个邮件服务器一个不同的名字。',
    },
    empty: {
        en: 'Item {item} of `targets` names no mail server: set `email-provider` or `smtp-host`.',
        zh: '`targets` 的第 {item} 项没有指定邮件服务器：请设置 `email-provider` 或 `smtp-host`。',
    },
    fileRefused: { en: 'The targets file {file} {because}.', zh: '目标列表文件 {file}{because}。' },
    fileMissing: {
        en: 'The targets file {file} does not exist.',
        zh: '目标列表文件 {file} 不存在。',
    },
};


/***/ }),

/***/ 6031:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* reexport */ runAction)
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./src/runner/commands.ts
// The runner's side of the action: inputs, workflow commands, outputs and the job summary, in exactly the forms
// @actions/core 3.x writes them (a unit test holds them byte for byte to the library's). Written here rather than
// imported because @actions/core loads its OIDC client, @actions/http-client and undici when it is imported: the
// action's first check waited for about a megabyte of modules it never uses. The runner's contract is small and
// documented (workflow commands, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY); what we write into it is ours to encode
// (report/encode.ts), and this module only frames it.



/** The runner's own escaping of a command's message (`%`, CR, LF). */
const escapeData = (text) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
/** The runner's escaping of a command's property value (`:` and `,` too). */
const escapeProperty = (text) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
function issue(command, message, properties = {}) {
    // As the library: a space after the command whenever properties were given, set ones only after it.
    const given = Object.keys(properties).length > 0;
    const props = Object.entries(properties)
        .filter(([, value]) => value !== undefined && value !== '' && value !== 0)
        .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
        .join(',');
    process.stdout.write(`::${command}${given ? ` ${props}` : ''}::${escapeData(message)}${external_node_os_.EOL}`);
}
/** `INPUT_<NAME>` as the runner sets it (upper-cased, spaces as underscores, dashes kept); trimmed unless asked not to. */
function getInput(name, env, trim = true) {
    const value = env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '';
    return trim ? value.trim() : value;
}
const setSecret = (secret) => issue('add-mask', secret);
const info = (line) => void process.stdout.write(`${line}${external_node_os_.EOL}`);
const startGroup = (name) => issue('group', name);
const endGroup = () => issue('endgroup', '');
const annotation = (kind) => (message, where = {}) => issue(kind, message, Object.keys(where).length ? { title: where.title, file: where.file, line: where.startLine } : {});
const error = annotation('error');
const warning = annotation('warning');
const notice = annotation('notice');
function setFailed(message) {
    process.exitCode = 1;
    error(message);
}
/** 32 random hex digits in the 8-4-4-4-12 shape of a UUID. */
function uuidShaped() {
    const hex = Array.from({ length: 32 }, () => Math.floor(Math.random() * 16).toString(16)).join('');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
/** One output, appended to GITHUB_OUTPUT between random delimiters (the old `::set-output` command without it). */
function setOutput(name, value, env = process.env) {
    const file = env.GITHUB_OUTPUT ?? '';
    if (file === '') {
        process.stdout.write(external_node_os_.EOL);
        return issue('set-output', value, { name });
    }
    // The delimiter needs no secrecy, only absence: one the value contains is never used (the library throws instead;
    // we pick another). So it comes from Math.random, and node:crypto is not loaded for it (about 8 ms at start-up).
    let delimiter = `ghadelimiter_${uuidShaped()}`;
    while (name.includes(delimiter) || value.includes(delimiter))
        delimiter = `ghadelimiter_${uuidShaped()}`;
    if (!(0,external_node_fs_.existsSync)(file))
        throw new Error(`Missing file at path: ${file}`);
    (0,external_node_fs_.appendFileSync)(file, `${name}<<${delimiter}${external_node_os_.EOL}${value}${external_node_os_.EOL}${delimiter}${external_node_os_.EOL}`, { encoding: 'utf8' });
}
/** Appends to the job summary (GITHUB_STEP_SUMMARY), as `core.summary.write()` does. */
async function appendSummary(html, env = process.env) {
    const file = env.GITHUB_STEP_SUMMARY ?? '';
    if (file === '')
        throw new Error('Unable to find environment variable for $GITHUB_STEP_SUMMARY.');
    await (0,promises_.access)(file, external_node_fs_.constants.R_OK | external_node_fs_.constants.W_OK);
    await (0,promises_.appendFile)(file, html, { encoding: 'utf8' });
}

// EXTERNAL MODULE: ./src/text.ts
var src_text = __webpack_require__(8992);
// EXTERNAL MODULE: ./src/evaluate.ts + 23 modules
var evaluate = __webpack_require__(9308);
// EXTERNAL MODULE: ./src/i18n/index.ts + 1 modules
var i18n = __webpack_require__(4908);
// EXTERNAL MODULE: ./src/report/encode.ts
var encode = __webpack_require__(4622);
// EXTERNAL MODULE: ./src/report/model.ts
var model = __webpack_require__(6867);
// EXTERNAL MODULE: ./src/report/summary.ts + 1 modules
var summary = __webpack_require__(6200);
// EXTERNAL MODULE: ./src/runtime.ts
var runtime = __webpack_require__(3683);
// EXTERNAL MODULE: ./src/secrets.ts
var secrets = __webpack_require__(7194);
// EXTERNAL MODULE: ./src/settings/inputs.ts
var inputs = __webpack_require__(7428);
// EXTERNAL MODULE: ./src/settings/read.ts
var read = __webpack_require__(6765);
// EXTERNAL MODULE: ./src/settings/targets.ts
var targets = __webpack_require__(9695);
// EXTERNAL MODULE: ./src/settings/parse.ts
var parse = __webpack_require__(6894);
// EXTERNAL MODULE: ./src/settings/settings.ts
var settings_settings = __webpack_require__(7100);
// EXTERNAL MODULE: ./src/types.ts
var types = __webpack_require__(8522);
// EXTERNAL MODULE: ./src/untrusted.ts
var untrusted = __webpack_require__(873);
;// CONCATENATED MODULE: ./src/action.ts
// The GitHub Action: inputs in, outputs/log/annotations/summary/comment out. All logic lives in the engine.
// Outputs are written first, from the verdict alone, so no reporter can leave `status` unwritten; every
// word of theirs reaches the log, annotations, summary and comment only through that channel's encoder.

















async function runAction(env = process.env) {
    // Secrets are registered before anything else can print.
    const raw = (0,read/* readRawInputs */.y)((name) => getInput(name, env, !(0,inputs/* isRawInput */.X_)(name)), env);
    const redactor = (0,secrets/* createRedactor */.lY)((0,evaluate/* secretsOf */.Fj)(raw));
    for (const secret of redactor.secrets)
        setSecret(secret);
    let failed = false;
    try {
        const { report, settings, unusedInputs } = await (0,evaluate/* evaluate */._3)(raw, (0,runtime/* actionRuntime */.h)(env), {
            redactor,
            onResult: (r, s) => info(logLine(r, s.language, redactor)),
            onSecretForms: (forms) => forms.forEach((form) => setSecret(form)),
        });
        // The verdict first: status, report and message id are written before any reporter runs.
        setOutput('status', report.status);
        setOutput('report', reportOutput(report));
        setOutput('message-id', report.messageId ?? '');
        setOutput('delivery-seconds', report.delivery ? String(report.delivery.seconds) : '');
        const appMail = report.results.find((r) => r.id === 'app.mail' && (r.status === 'pass' || r.status === 'warn'));
        setOutput('app-mail-seconds', appMail ? String(appMail.params.seconds) : '');
        setOutput('targets', report.chain ? (0,encode/* toJson */.aB)(targetsOutput(report)) : '');
        failed = (0,types/* shouldFail */.W9)(report.status, settings.failOn);
        const view = (0,model/* viewOf */.du)(report, redactor);
        const lang = settings.language;
        if (failed)
            setFailed((0,encode/* forAnnotation */.Jc)(failureLine(view)));
        if (unusedInputs)
            warning((0,i18n/* say */.cv)(i18n.UI.targetsUnusedInputs, settings.language, { inputs: unusedInputs.map((n) => `\`${n}\``).join(', ') }));
        if (settings.secretsWithheld)
            notice((0,i18n/* say */.cv)(i18n.UI.secretsWithheldNotice, lang), { title: 'email-deploy-check' });
        logDetails(view);
        annotate(view);
        await writeSummary(view, redactor);
        if (settings.prComment)
            await commentOnPullRequest(view, report, settings, redactor, env);
        const alerted = settings.alertIssue ? await raiseAlert(view, report, settings, redactor, env) : undefined;
        await notifyTeam(view, settings, redactor, env, alerted);
    }
    catch (error) {
        // Never a stack trace: the message, redacted, in the log and the summary, and a failed step. A list of targets
        // the run cannot use says what is wrong with it in the step's language.
        const lang = (0,parse/* languageOf */.eX)(raw.values.language);
        const message = error instanceof targets/* TargetsError */.x
            ? untrusted/* Text */.E.ours(error.say(lang))
            : untrusted/* Text */.E.fill(i18n.UI.actionStopped[lang], { error: redactor.redact((0,src_text/* errorText */.kc)(error)) });
        if (!failed) {
            try {
                setOutput('status', 'fail');
            }
            catch {
                // The outputs file itself is what failed: the failed step below still says so.
            }
        }
        setFailed((0,encode/* forAnnotation */.Jc)(message));
        if (process.env.GITHUB_STEP_SUMMARY) {
            await appendSummary(`<p>❌ ${(0,encode/* escapeHtml */.ZD)((0,encode/* forAnnotation */.Jc)(message))}</p>${external_node_os_.EOL}`).catch(() => undefined);
        }
    }
}
/** Outputs share 1 MB per job: past a budget the raw details (transcripts) are left out of the output. */
const REPORT_OUTPUT_BUDGET = 512 * 1024;
function reportOutput(report) {
    const full = (0,encode/* toJson */.aB)(report);
    if (full.length <= REPORT_OUTPUT_BUDGET)
        return full;
    return (0,encode/* toJson */.aB)({ ...report, results: report.results.map(({ details: _details, ...rest }) => rest) });
}
/** A result as it completes: one log line, whatever the server said. */
function logLine(r, language, redactor) {
    const words = (0,i18n/* describe */.q0)(r, language);
    const line = untrusted/* Text */.E.ours(`${summary/* STATUS_ICON */.tW[r.status]} [${r.group}] `).concat(untrusted/* Text */.E.fill(i18n.UI.labelled[language], { label: words.title, text: words.text }), ` (${r.durationMs} ms)`);
    return (0,encode/* forLog */.Ig)(line.mapTheirs(redactor.redact));
}
/** Raw evidence per layer, collapsed in the log: each line of theirs encoded on its own. */
function logDetails(report) {
    for (const group of types/* GROUPS */.fd) {
        const withDetails = report.results.filter((r) => r.group === group && r.details.length);
        if (withDetails.length === 0)
            continue;
        startGroup((0,i18n/* say */.cv)(i18n.UI.details, report.language, { group: (0,i18n/* say */.cv)(i18n/* GROUP_TITLES */.Cx[group], report.language) }));
        for (const r of withDetails)
            info([(0,encode/* forLog */.Ig)(r.title), ...r.details.map((d) => (0,encode/* forLog */.Ig)(untrusted/* Text */.E.theirs(d)))].join('\n'));
        endGroup();
    }
}
/** Most severe first: the runner shows only 10 errors and 10 warnings per step. */
function annotate(report) {
    for (const r of (0,model/* bySeverity */.Np)(report.results)) {
        const text = (0,encode/* forAnnotation */.Jc)(r.fix ? r.message.concat((0,i18n/* say */.cv)(i18n.UI.thenFix, report.language), r.fix) : r.message);
        const file = r.file === undefined ? undefined : (0,encode/* annotationFile */.yl)(r.file);
        const where = file ? { file, startLine: r.line } : {};
        const title = (0,encode/* forAnnotation */.Jc)(untrusted/* Text */.E.ours('email-deploy-check: ').concat((0,model/* titleInContext */.he)(r, report.language)));
        if (r.status === 'fail')
            error(text, { title, ...where });
        else if (r.status === 'warn')
            warning(text, { title, ...where });
    }
}
async function writeSummary(report, redactor) {
    if (!process.env.GITHUB_STEP_SUMMARY)
        return;
    try {
        await appendSummary((0,summary/* composeSummary */.lA)(report));
    }
    catch (error) {
        warning((0,encode/* forAnnotation */.Jc)(untrusted/* Text */.E.fill(i18n.UI.summaryFailed[report.language], { error: redactor.redact((0,src_text/* errorText */.kc)(error)) })));
    }
}
/** The sticky comment; a read-only token (fork PRs, no `pull-requests: write`) is a warning, never a failure. */
/** The run's page on GitHub, when the runner says where it is. */
function runUrlOf(settings, env) {
    return env.GITHUB_SERVER_URL && env.GITHUB_RUN_ID
        ? `${env.GITHUB_SERVER_URL}/${settings.runtime.repository}/actions/runs/${env.GITHUB_RUN_ID}`
        : undefined;
}
/** What makes this job's target distinct, for the sticky comment's marker and the alert issue's key; a chain is its targets in order. */
function identityOf(report, settings) {
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
function targetsOutput(report) {
    return (report.chain?.targets ?? []).map((t) => ({
        name: t.name,
        role: t.role,
        status: t.status,
        ...(t.first ? { cause: t.first.cause, ...(t.first.category ? { category: t.first.category } : {}) } : {}),
    }));
}
/** The GitHub API the runner names (GITHUB_API_URL: GitHub Enterprise, or a stand-in in tests), bounded by the run's timeout. */
async function githubFor(settings, env) {
    // The GitHub modules load only in runs that comment or alert.
    const { GITHUB_BOUNDS, githubApi } = await __webpack_require__.e(/* import() */ 943).then(__webpack_require__.bind(__webpack_require__, 8943));
    return githubApi(settings.githubToken, env.GITHUB_API_URL || 'https://api.github.com', GITHUB_BOUNDS(settings.timeoutMs));
}
/** A token without the right to write (a fork, missing `permissions:`) gets a warning that says so, never a failed step. */
function isReadOnly(error) {
    const status = error.status;
    return status === 403 || status === 404 || /not accessible by integration/i.test((0,src_text/* errorText */.kc)(error));
}
/** The alert issue's action, or undefined when it could not be brought in line (then the channels are told of every run that does not pass). */
async function raiseAlert(view, report, settings, redactor, env) {
    const lang = settings.language;
    const [owner, repo] = settings.runtime.repository.split('/');
    if (!owner || !repo)
        return void warning((0,i18n/* say */.cv)(i18n.UI.alertNoRepository, lang));
    if (!settings.githubToken)
        return void warning((0,i18n/* say */.cv)(i18n.UI.alertNoToken, lang));
    const runUrl = runUrlOf(settings, env);
    const thisRun = runUrl ? `[${(0,i18n/* say */.cv)(i18n.UI.alertThisRun, lang)}](${runUrl})` : (0,i18n/* say */.cv)(i18n.UI.alertThisRun, lang);
    const t = report.target;
    try {
        const { alertKey, syncAlertIssue } = await __webpack_require__.e(/* import() */ 271).then(__webpack_require__.bind(__webpack_require__, 8271));
        const { renderComment } = await __webpack_require__.e(/* import() */ 685).then(__webpack_require__.bind(__webpack_require__, 1685));
        const api = await githubFor(settings, env);
        // A chain's failing set names each row's target: the primary breaking is a change even when a backup broke the same way.
        const failing = report.results.filter((r) => r.status === 'fail').map((r) => (r.target ? `${r.target}/${r.id}` : r.id));
        const { action, lookAlikes } = await syncAlertIssue(api, { owner, repo, key: alertKey(identityOf(report, settings)) }, failing, {
            // A chain's issue is named by its servers in order (its body says which one is down and which carries the mail).
            title: report.chain
                ? (0,i18n/* say */.cv)(i18n.UI.alertTitleChain, lang, { names: report.chain.targets.map((c) => `${c.name} (${c.provider})`).join(' → ') })
                : (0,i18n/* say */.cv)(i18n.UI.alertTitle, lang, { provider: t.provider, host: t.host || '?', domain: t.user.replace(/^.*@/, '') || '-' }),
            body: renderComment(view, runUrl),
            changed: (0,i18n/* say */.cv)(i18n.UI.alertChanged, lang),
            recovered: (0,i18n/* say */.cv)(i18n.UI.alertRecovered, lang, { run: thisRun }),
        });
        info((0,i18n/* say */.cv)(i18n.UI.alertDone, lang, { action: (0,i18n/* say */.cv)(i18n.UI.alertActions[action], lang) }));
        for (const { number, author } of lookAlikes)
            warning((0,encode/* forAnnotation */.Jc)(untrusted/* Text */.E.fill(i18n.UI.alertLookAlike[lang], { number: String(number), author })));
        return action;
    }
    catch (error) {
        warning((0,encode/* forAnnotation */.Jc)(isReadOnly(error)
            ? untrusted/* Text */.E.ours((0,i18n/* say */.cv)(i18n.UI.alertReadOnly, lang))
            : untrusted/* Text */.E.fill(i18n.UI.alertFailed[lang], { error: redactor.redact((0,src_text/* errorText */.kc)(error)) })));
    }
}
/** The team's channels (src/notify/team.ts decides what they hear); a channel's refusal is a warning: the verdict is the mail's. */
async function notifyTeam(view, settings, redactor, env, alerted) {
    if (!(0,settings_settings/* hasNotifyChannel */.t)(settings.notify))
        return;
    const { notifyTeam: tell } = await __webpack_require__.e(/* import() */ 227).then(__webpack_require__.bind(__webpack_require__, 2227));
    const lines = await tell(view, settings.notify, {
        repository: settings.runtime.repository,
        timeoutMs: settings.timeoutMs,
        redact: redactor.redact,
        runUrl: runUrlOf(settings, env),
        alerted,
    });
    for (const { level, text } of lines) {
        if (level === 'info')
            info((0,encode/* forLog */.Ig)(text));
        else
            warning((0,encode/* forAnnotation */.Jc)(text));
    }
}
async function commentOnPullRequest(view, report, settings, redactor, env) {
    const lang = settings.language;
    const number = settings.runtime.pullRequestNumber;
    const [owner, repo] = settings.runtime.repository.split('/');
    if (!number || !owner || !repo)
        return void info((0,i18n/* say */.cv)(i18n.UI.commentNotPullRequest, lang));
    if (!settings.githubToken)
        return void warning((0,i18n/* say */.cv)(i18n.UI.commentNoToken, lang));
    try {
        const { markerFor, renderComment, upsertStickyComment } = await __webpack_require__.e(/* import() */ 685).then(__webpack_require__.bind(__webpack_require__, 1685));
        const runUrl = runUrlOf(settings, env);
        const api = await githubFor(settings, env);
        const marker = markerFor(identityOf(report, settings));
        const { action, lookAlikes } = await upsertStickyComment(api, { owner, repo, number }, marker, renderComment(view, runUrl));
        info((0,i18n/* say */.cv)(i18n.UI.commentDone, lang, { action: (0,i18n/* say */.cv)(action === 'created' ? i18n.UI.commentCreated : i18n.UI.commentUpdated, lang), number }));
        for (const { id, author } of lookAlikes)
            warning((0,encode/* forAnnotation */.Jc)(untrusted/* Text */.E.fill(i18n.UI.commentLookAlike[lang], { id: String(id), author })));
    }
    catch (error) {
        const why = isReadOnly(error)
            ? untrusted/* Text */.E.ours((0,i18n/* say */.cv)(i18n.UI.commentReadOnly, lang))
            : untrusted/* Text */.E.fill(i18n.UI.commentFailed[lang], { error: redactor.redact((0,src_text/* errorText */.kc)(error)) });
        warning((0,encode/* forAnnotation */.Jc)(why));
    }
}
function failureLine(report) {
    const critical = report.results.filter((r) => r.status === 'fail').map((r) => (0,model/* titleInContext */.he)(r, report.language));
    if (critical.length === 0)
        return untrusted/* Text */.E.ours((0,i18n/* say */.cv)(i18n.UI.failedWarnings, report.language));
    return untrusted/* Text */.E.fill(i18n.UI.failedCritical[report.language], {
        count: String(critical.length),
        titles: untrusted/* Text */.E.join(critical, (0,i18n/* say */.cv)(i18n.UI.listSeparator, report.language)),
    });
}

;// CONCATENATED MODULE: ./src/main.ts
// The action's logic as a function, as the actions/typescript-action template has it: `run()` is what
// `@github/local-action` and the bundled entry (dist/index.js) call. Loaded lazily by the library
// entry, so the CLI and the health route never load @actions/core.



/***/ }),

/***/ 6200:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  tW: () => (/* binding */ STATUS_ICON),
  lA: () => (/* binding */ composeSummary)
});

// UNUSED EXPORTS: SUMMARY_BUDGET_BYTES

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./src/report/html.ts
// The job summary's markup, written as @actions/core's summary builder writes it (`<h2>`, `<ul><li>`, `<table><tr>`
// with `<th>` for header cells, a line end after each block), without loading @actions/core: the action starts
// faster without its HTTP and OIDC modules. A unit test holds the markup equal to the library's.
// Everything given here is already HTML: the callers encode every word of a peer with forHtml/escapeHtml first.

class HtmlBuffer {
    text = '';
    addRaw(html, addEol = false) {
        this.text += html;
        if (addEol)
            this.text += external_node_os_.EOL;
        return this;
    }
    addHeading(html, level = 1) {
        return this.addRaw(`<h${level}>${html}</h${level}>`, true);
    }
    addList(items) {
        return this.addRaw(`<ul>${items.map((item) => `<li>${item}</li>`).join('')}</ul>`, true);
    }
    addTable(rows) {
        const cell = (c) => {
            if (typeof c === 'string')
                return `<td>${c}</td>`;
            const tag = c.header ? 'th' : 'td';
            return `<${tag}>${c.data}</${tag}>`;
        };
        return this.addRaw(`<table>${rows.map((row) => `<tr>${row.map(cell).join('')}</tr>`).join('')}</table>`, true);
    }
    toString() {
        return this.text;
    }
}

// EXTERNAL MODULE: ./src/i18n/index.ts + 1 modules
var i18n = __webpack_require__(4908);
// EXTERNAL MODULE: ./src/types.ts
var types = __webpack_require__(8522);
// EXTERNAL MODULE: ./src/untrusted.ts
var untrusted = __webpack_require__(873);
// EXTERNAL MODULE: ./src/report/encode.ts
var encode = __webpack_require__(4622);
// EXTERNAL MODULE: ./src/report/chain.ts
var chain = __webpack_require__(2463);
// EXTERNAL MODULE: ./src/report/model.ts
var model = __webpack_require__(6867);
;// CONCATENATED MODULE: ./src/report/summary.ts
// The job summary, composed from the report's view in the markup of @actions/core's summary builder (report/html.ts). Every word a peer,
// a file or a server said reaches it only through forHtml/forHtmlPre.







/** GitHub refuses a step summary over 1 MiB; stay well below it, counted after escaping. */
const SUMMARY_BUDGET_BYTES = 900 * 1024;
const DETAIL_LIMIT_BYTES = 16 * 1024;
/** Rows shown per group; the rest are counted in one line. */
const MAX_ROWS_PER_GROUP = 100;
const STATUS_ICON = { pass: '✅', warn: '⚠️', fail: '❌', skip: '⏭️' };
const VERDICT_ICON = { pass: '✅', warn: '⚠️', fail: '❌' };
/** A duration that never wraps inside its narrow column: a no-break space between number and unit. */
const seconds = (ms) => (ms < 1000 ? `${ms}\u00a0ms` : `${(ms / 1000).toFixed(1)}\u00a0s`);
const bytes = (text) => Buffer.byteLength(text);
/** One line for each area that failed or warned, most severe first: what is wrong, before any table. */
function verdictLines(report) {
    const lang = report.language;
    return (0,model/* areaVerdicts */.sw)(report).map(({ area, status, titles }) => {
        const label = `${STATUS_ICON[status]} ${(0,encode/* escapeHtml */.ZD)((0,i18n/* pick */.Up)(i18n.UI.area[area][status], lang))}`;
        const separator = (0,i18n/* pick */.Up)(i18n.UI.listSeparator, lang);
        const shown = titles.slice(0, 4).map(encode/* forHtml */.B2).join(separator) + (titles.length > 4 ? `${separator}…` : '');
        return { status, label, text: (0,i18n/* interpolate */.GW)((0,i18n/* pick */.Up)(i18n.UI.labelled, lang), { label: `<b>${label}</b>`, text: shown }) };
    });
}
/** A title as HTML: a result about a repository line links to that line at the run's commit. */
function titleHtml(report, r, title) {
    const href = r.file === undefined ? undefined : (0,model/* sourceLink */._o)(report.where, r.file, r.line);
    return href ? `<a href="${(0,encode/* escapeHtml */.ZD)(href)}">${(0,encode/* forHtml */.B2)(title)}</a>` : (0,encode/* forHtml */.B2)(title);
}
/** The item, its evidence (what the server or file said, in the message) and its fix, as one list entry. */
const fixEntry = (report, r) => {
    const lang = report.language;
    const line = (label, text) => (0,i18n/* interpolate */.GW)((0,i18n/* pick */.Up)(i18n.UI.labelled, lang), { label, text });
    const fix = r.fix ? `<br>${line((0,encode/* escapeHtml */.ZD)((0,i18n/* pick */.Up)(i18n.UI.fix, lang)), (0,encode/* forHtml */.B2)(r.fix))}` : '';
    return `${STATUS_ICON[r.status]} ${line(`<b>${titleHtml(report, r, (0,model/* titleInContext */.he)(r, lang))}</b>`, (0,encode/* forHtml */.B2)(r.message))}${fix}`;
};
/** Composes the summary HTML for a report: verdict, what to fix first, then the tables. Pure apart from the summary buffer it fills. */
function composeSummary(report) {
    const lang = report.language;
    const buffer = new HtmlBuffer();
    const lines = verdictLines(report);
    // The headline names what is wrong (the most severe area); all is well only when nothing failed or warned. A
    // chain's headline is the chain's: which mail server is down and which one carries the mail.
    const headline = report.chain
        ? `${VERDICT_ICON[report.status]} ${(0,encode/* forHtml */.B2)((0,chain/* chainHeadline */.I6)(report.chain, lang))}`
        : (lines[0]?.label ?? `${VERDICT_ICON.pass} ${(0,encode/* escapeHtml */.ZD)((0,i18n/* pick */.Up)(i18n.UI.verdict.pass, lang))}`);
    buffer.addHeading((0,i18n/* interpolate */.GW)((0,i18n/* pick */.Up)(i18n.UI.headline, lang), { heading: (0,encode/* escapeHtml */.ZD)((0,i18n/* pick */.Up)(i18n.UI.heading, lang)), verdict: headline }), 2);
    const t = report.target;
    const where = untrusted/* Text */.E.theirs(`${t.host.plain || '?'}:${t.port}`);
    const targetLine = (0,model/* hasSmtpTarget */.ub)(report) && !report.chain
        ? `<br><code>${(0,encode/* forHtml */.B2)(t.provider)}</code> · <code>${(0,encode/* forHtml */.B2)(where)}</code> (${t.secure ? 'TLS' : 'STARTTLS'}) · ` +
            `<code>${t.user.isEmpty ? '-' : (0,encode/* forHtml */.B2)(t.user)}</code>`
        : '';
    buffer.addRaw(`<p>${(0,encode/* escapeHtml */.ZD)((0,i18n/* interpolate */.GW)((0,i18n/* pick */.Up)(i18n.UI.counts, lang), report.counts))}${targetLine}</p>`, true);
    if (report.chain) {
        buffer.addHeading((0,encode/* escapeHtml */.ZD)((0,i18n/* pick */.Up)(i18n.UI.chainHeading, lang)), 3);
        buffer.addList(report.chain.targets.map((t) => `${STATUS_ICON[t.status]} ${(0,encode/* forHtml */.B2)((0,chain/* chainLine */.Cm)(t, lang))}`));
    }
    if (report.path)
        buffer.addRaw(`<p>${(0,encode/* forHtml */.B2)(report.path)}</p>`, true);
    if (lines.length)
        buffer.addList(lines.map((l) => l.text));
    // Every critical item with its evidence and fix, then the warnings: before any table.
    const failing = report.results.filter((r) => r.status === 'fail');
    const warning = report.results.filter((r) => r.status === 'warn');
    if (failing.length) {
        buffer.addHeading((0,encode/* escapeHtml */.ZD)((0,i18n/* pick */.Up)(i18n.UI.fixFirst, lang)), 3);
        buffer.addList(failing.slice(0, MAX_ROWS_PER_GROUP).map((r) => fixEntry(report, r)));
    }
    if (warning.length) {
        buffer.addHeading((0,encode/* escapeHtml */.ZD)((0,i18n/* pick */.Up)(failing.length ? i18n.UI.thenReview : i18n.UI.fixFirst, lang)), 3);
        buffer.addList(warning.slice(0, MAX_ROWS_PER_GROUP).map((r) => fixEntry(report, r)));
    }
    if (report.chain) {
        // Each mail server's own section, in failover order, then the app's checks that ran once beside them.
        for (const t of report.chain.targets) {
            buffer.addHeading(`${STATUS_ICON[t.status]} ${(0,encode/* forHtml */.B2)((0,chain/* chainSection */.JS)(t, lang))}`, 3);
            groupTables(buffer, report, report.results.filter((r) => r.target?.plain === t.name.plain));
        }
        const app = report.results.filter((r) => r.target === undefined);
        if (app.length) {
            buffer.addHeading((0,encode/* escapeHtml */.ZD)((0,i18n/* pick */.Up)(i18n.UI.chainAppSection, lang)), 3);
            groupTables(buffer, report, app, 4);
        }
    }
    else
        groupTables(buffer, report, report.results);
    buffer.addHeading((0,encode/* escapeHtml */.ZD)((0,i18n/* pick */.Up)(i18n.UI.where, lang)), 3);
    buffer.addRaw(`<p>${(0,encode/* forHtml */.B2)(untrusted/* Text */.E.ours((0,i18n/* whereText */.ZF)(report.where.runner, lang)))}</p>`, true);
    const head = fitted(buffer.toString(), lang);
    return head + rawDetails(report.results, lang, SUMMARY_BUDGET_BYTES - bytes(head));
}
/** The results of each group in a table; a group that passed folds into one line. */
function groupTables(buffer, report, results, level = 3) {
    const lang = report.language;
    for (const group of types/* GROUPS */.fd) {
        const all = results.filter((r) => r.group === group);
        if (all.length === 0)
            continue;
        const rows = all.slice(0, MAX_ROWS_PER_GROUP);
        const table = [
            [
                { data: ' ', header: true },
                { data: (0,encode/* escapeHtml */.ZD)((0,i18n/* pick */.Up)(i18n.UI.check, lang)), header: true },
                { data: (0,encode/* escapeHtml */.ZD)((0,i18n/* pick */.Up)(i18n.UI.detail, lang)), header: true },
                { data: (0,encode/* escapeHtml */.ZD)((0,i18n/* pick */.Up)(i18n.UI.time, lang)), header: true },
            ],
            ...rows.map((r) => [STATUS_ICON[r.status], titleHtml(report, r, r.title), (0,encode/* forHtml */.B2)(r.message), seconds(r.durationMs)]),
        ];
        const groupTitle = (0,i18n/* pick */.Up)(i18n/* GROUP_TITLES */.Cx[group], lang);
        if (rows.every((r) => r.status === 'pass' || r.status === 'skip')) {
            // A group that passed folds into one line; its table is one click away.
            const passed = rows.filter((r) => r.status === 'pass').length;
            const fold = (0,i18n/* interpolate */.GW)((0,i18n/* pick */.Up)(passed ? i18n.UI.passedFold : i18n.UI.skippedFold, lang), { title: groupTitle, count: passed });
            buffer.addRaw(`<details><summary>${STATUS_ICON[passed ? 'pass' : 'skip']} ${(0,encode/* escapeHtml */.ZD)(fold)}</summary>`, true);
            buffer.addTable(table);
            buffer.addRaw('</details>', true);
        }
        else {
            buffer.addHeading((0,encode/* escapeHtml */.ZD)(groupTitle), level);
            buffer.addTable(table);
        }
        if (all.length > rows.length)
            buffer.addRaw(`<p>${(0,encode/* escapeHtml */.ZD)((0,i18n/* interpolate */.GW)((0,i18n/* pick */.Up)(i18n.UI.moreRows, lang), { count: all.length - rows.length }))}</p>`, true);
    }
}
/** The head alone past the budget (thousands of rows): cut at a line end, and say so. */
function fitted(head, lang) {
    if (bytes(head) <= SUMMARY_BUDGET_BYTES)
        return head;
    const note = `<p>${(0,encode/* escapeHtml */.ZD)((0,i18n/* pick */.Up)(i18n.UI.summaryCut, lang))}</p>\n`;
    const cut = Buffer.from(head)
        .subarray(0, SUMMARY_BUDGET_BYTES - bytes(note))
        .toString();
    // Whole lines only: a cut inside a tag would leave an HTML block open.
    return `${cut.slice(0, cut.lastIndexOf('\n') + 1)}${note}`;
}
function rawDetails(results, lang, budget) {
    const blocks = [];
    let used = 0;
    let left = 0;
    for (const r of results) {
        if (r.details.length === 0)
            continue;
        let body = (0,encode/* forHtmlPre */.mj)(r.details);
        if (bytes(body) > DETAIL_LIMIT_BYTES)
            body = `${Buffer.from(body)
                .subarray(0, DETAIL_LIMIT_BYTES)
                .toString()
                .replace(/&[^;]*$/, '')}\n…`;
        const block = `<details><summary>${(0,encode/* forHtml */.B2)((0,model/* titleInContext */.he)(r, lang))}</summary>\n\n<pre>${body}</pre>\n</details>\n`;
        if (used + bytes(block) > budget - 512) {
            left++;
            continue;
        }
        blocks.push(block);
        used += bytes(block);
    }
    if (left > 0)
        blocks.push(`<p>${(0,encode/* escapeHtml */.ZD)((0,i18n/* interpolate */.GW)((0,i18n/* pick */.Up)(i18n.UI.detailsCut, lang), { count: left }))}</p>\n`);
    return blocks.length ? `<h3>${(0,encode/* escapeHtml */.ZD)((0,i18n/* pick */.Up)(i18n.UI.raw, lang))}</h3>\n${blocks.join('')}` : '';
}


/***/ }),

/***/ 9695:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TARGET_INPUTS: () => (/* binding */ TARGET_INPUTS),
/* harmony export */   parseTargets: () => (/* binding */ parseTargets),
/* harmony export */   targetInputs: () => (/* binding */ targetInputs),
/* harmony export */   targetSecrets: () => (/* binding */ targetSecrets),
/* harmony export */   x: () => (/* binding */ TargetsError)
/* harmony export */ });
/* unused harmony export MAX_TARGETS */
/* harmony import */ var _i18n_targets_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(690);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7194);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7428);
// The `targets` list: several mail servers in one run, the primary first, the backups after it in order. Each
// item is a mapping of the input table's names for one mail server; everything else is the step's own.



/** What one item may set: the mail server and its credentials. Checks, timeouts, TLS policy, the recipient and the language are the step's. */
const TARGET_INPUTS = [
    'email-provider',
    'email-user',
    'email-password',
    'smtp-host',
    'smtp-port',
    'smtp-secure',
    'from',
    'dkim-selector',
    'oauth2-client-id',
    'oauth2-client-secret',
    'oauth2-refresh-token',
    'oauth2-access-token',
    'oauth2-token-url',
];
const MAX_TARGETS = 8;
const MAX_TARGETS_BYTES = 64 * 1024;
const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/;
/** A list the run cannot use: said in the step's language, never quoting a value of the list (it holds passwords). */
class TargetsError extends Error {
    words;
    constructor(problem, params = {}) {
        const fill = (template) => template.replace(/\{(\w+)\}/g, (whole, key) => String(params[key] ?? whole));
        const words = _i18n_targets_js__WEBPACK_IMPORTED_MODULE_0__/* .TARGETS_WORDS */ .b[problem];
        super(fill(words.en));
        this.words = { en: fill(words.en), zh: fill(words.zh) };
    }
    say(language) {
        return this.words[language];
    }
}
const isTargetInput = (key) => TARGET_INPUTS.includes(key);
/**
 * Reads the list (YAML, of which JSON is a part). Throws a TargetsError for a list the run cannot use; an empty
 * text is no list. The parser's own messages are not passed on: they quote the offending line.
 */
async function parseTargets(text) {
    if (text.trim() === '')
        return [];
    if (Buffer.byteLength(text) > MAX_TARGETS_BYTES)
        throw new TargetsError('tooLarge', { limit: '64 KiB' });
    const { LineCounter, parseDocument } = await __webpack_require__.e(/* import() */ 815).then(__webpack_require__.t.bind(__webpack_require__, 8815, 19));
    const lines = new LineCounter();
    const document = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
    const error = document.errors[0];
    if (error) {
        const at = lines.linePos(error.pos[0]);
        throw new TargetsError('notYaml', { where: `line ${at.line}, column ${at.col}` });
    }
    const list = document.toJS({ maxAliasCount: 0 });
    if (!Array.isArray(list) || list.length === 0)
        throw new TargetsError('notList');
    if (list.length > MAX_TARGETS)
        throw new TargetsError('tooMany', { count: list.length, max: MAX_TARGETS });
    const targets = list.map((item, index) => targetOf(item, index));
    const seen = new Set();
    for (const t of targets) {
        if (seen.has(t.name.toLowerCase()))
            throw new TargetsError('duplicateName', { name: t.name });
        seen.add(t.name.toLowerCase());
    }
    return targets;
}
function targetOf(item, index) {
    const at = { item: index + 1 };
    if (typeof item !== 'object' || item === null || Array.isArray(item))
        throw new TargetsError('notMapping', at);
    const values = {};
    let name;
    for (const [key, value] of Object.entries(item)) {
        if (value !== null && typeof value === 'object')
            throw new TargetsError('notScalar', { ...at, key: NAME.test(key) ? key : '?' });
        const text = typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : '';
        if (key === 'name') {
            if (!NAME.test(text.trim()))
                throw new TargetsError('badName', at);
            name = text.trim();
        }
        else if (isTargetInput(key)) {
            values[key] = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .specOf */ .rI)(key).kind === 'secret' ? text : text.trim();
        }
        else {
            const allowed = ['name', ...TARGET_INPUTS].join(', ');
            // A key is quoted only when it looks like an input name: a value pasted as a key must not be printed.
            throw /^[a-z][a-z0-9-]{0,39}$/.test(key) && _inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .INPUT_NAMES */ .Qh.includes(key)
                ? new TargetsError('unknownKey', { ...at, key, allowed })
                : new TargetsError('unnamedKey', { ...at, allowed });
        }
    }
    if (!values['email-provider'] && !values['smtp-host'])
        throw new TargetsError('empty', at);
    return { name: name ?? defaultName(values, index), values };
}
function defaultName(values, index) {
    const base = (values['email-provider'] || values['smtp-host'] || 'target').replace(/[^A-Za-z0-9._-]/g, '').slice(0, 30);
    return `${base || 'target'}-${index + 1}`;
}
/**
 * The step's inputs as one target sees them: its own mail server and credentials, nothing of the step's (an item
 * that sets no password has none: a backup never logs in with the primary's secret), and the step's everything else.
 */
function targetInputs(step, target) {
    const values = { ...step.values };
    const sources = { ...step.sources };
    for (const name of TARGET_INPUTS) {
        const own = target.values[name];
        if (own !== undefined && own.trim() !== '')
            [values[name], sources[name]] = [own, 'input'];
        else
            [values[name], sources[name]] = [(0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .specOf */ .rI)(name).default ?? '', 'default'];
    }
    values.targets = '';
    return { values, sources };
}
/** Every secret inside the list, in every form, each password with the login it belongs to. */
function targetSecrets(targets) {
    return targets.flatMap((t) => TARGET_INPUTS.filter((name) => (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .specOf */ .rI)(name).kind === 'secret').flatMap((name) => (0,_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .secretVariants */ .J5)(t.values[name] ?? '', name === 'email-password' ? (t.values['email-user'] ?? '') : undefined)));
}


/***/ })

};
