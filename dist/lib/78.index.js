export const id = 78;
export const ids = [78];
export const modules = {

/***/ 7078:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* reexport */ runAction)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(6421);
// EXTERNAL MODULE: ./src/i18n/index.ts + 1 modules
var i18n = __webpack_require__(4908);
// EXTERNAL MODULE: ./src/evaluate.ts + 20 modules
var evaluate = __webpack_require__(8981);
// EXTERNAL MODULE: ./src/report/model.ts
var model = __webpack_require__(6867);
// EXTERNAL MODULE: ./src/types.ts
var types = __webpack_require__(8522);
// EXTERNAL MODULE: ./src/text.ts
var src_text = __webpack_require__(8992);
;// CONCATENATED MODULE: ./src/report/summary.ts
// The job summary, built with @actions/core's summary API from the (already redacted) report.





/** GitHub refuses a step summary over 1 MiB; stay well below it. */
const SUMMARY_BUDGET_BYTES = 900 * 1024;
const DETAIL_LIMIT_BYTES = 16 * 1024;
const STATUS_ICON = { pass: '✅', warn: '⚠️', fail: '❌', skip: '⏭️' };
const VERDICT_ICON = { pass: '✅', warn: '⚠️', fail: '❌' };
/** Message text uses `code` spans; table cells are HTML, where markdown is not rendered. */
const toHtml = (text) => (0,src_text/* escapeHtml */.Z)(text).replace(/`([^`]+)`/g, '<code>$1</code>');
const seconds = (ms) => (ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`);
/** Composes the summary markdown/HTML for a report. Pure apart from the summary buffer it fills. */
function composeSummary(report, extraSections = []) {
    const lang = report.language;
    const buffer = core/* summary */.z.emptyBuffer();
    buffer.addHeading(`${VERDICT_ICON[report.status]} ${(0,i18n/* pick */.Up)(i18n.UI.heading, lang)}: ${(0,i18n/* pick */.Up)(i18n.UI.verdict[report.status], lang)}`, 2);
    const t = report.target;
    buffer.addRaw(`<p>${(0,src_text/* escapeHtml */.Z)((0,i18n/* interpolate */.GW)((0,i18n/* pick */.Up)(i18n.UI.counts, lang), report.counts))}<br><code>${(0,src_text/* escapeHtml */.Z)(t.provider)}</code> · ` +
        `<code>${(0,src_text/* escapeHtml */.Z)(`${t.host || '?'}:${t.port}`)}</code> (${t.secure ? 'TLS' : 'STARTTLS'}) · <code>${(0,src_text/* escapeHtml */.Z)(t.user || '-')}</code></p>`, true);
    for (const group of types/* GROUPS */.fd) {
        const rows = report.results.filter((r) => r.group === group);
        if (rows.length === 0)
            continue;
        buffer.addHeading((0,i18n/* pick */.Up)(i18n/* GROUP_TITLES */.Cx[group], lang), 3);
        buffer.addTable([
            [
                { data: ' ', header: true },
                { data: (0,i18n/* pick */.Up)(i18n.UI.check, lang), header: true },
                { data: (0,i18n/* pick */.Up)(i18n.UI.result, lang), header: true },
                { data: (0,i18n/* pick */.Up)(i18n.UI.detail, lang), header: true },
                { data: (0,i18n/* pick */.Up)(i18n.UI.time, lang), header: true },
            ],
            ...rows.map((r) => [
                STATUS_ICON[r.status],
                (0,src_text/* escapeHtml */.Z)(r.title),
                (0,i18n/* pick */.Up)(i18n.UI.status[r.status], lang),
                toHtml(r.message),
                seconds(r.durationMs),
            ]),
        ]);
        const fixes = (0,model/* bySeverity */.N)(rows).filter((r) => r.fix);
        if (fixes.length) {
            buffer.addRaw(`<p><b>${(0,i18n/* pick */.Up)(i18n.UI.fixes, lang)}</b></p>`, true);
            buffer.addList(fixes.map((r) => `${STATUS_ICON[r.status]} <b>${(0,src_text/* escapeHtml */.Z)(r.title)}</b>: ${toHtml(r.fix ?? '')}`));
        }
    }
    for (const section of extraSections)
        buffer.addRaw(section, true);
    buffer.addHeading((0,i18n/* pick */.Up)(i18n.UI.where, lang), 3);
    buffer.addRaw(`<p>${toHtml((0,i18n/* whereText */.ZF)(report.where.runner, lang))}</p>`, true);
    const head = buffer.stringify();
    const details = rawDetails(report.results, lang, SUMMARY_BUDGET_BYTES - Buffer.byteLength(head));
    buffer.emptyBuffer();
    return head + details;
}
function rawDetails(results, lang, budget) {
    const blocks = [];
    let used = 0;
    for (const r of results) {
        if (!r.details?.length)
            continue;
        let body = r.details.join('\n');
        if (Buffer.byteLength(body) > DETAIL_LIMIT_BYTES)
            body = `${Buffer.from(body).subarray(0, DETAIL_LIMIT_BYTES).toString()}\n…`;
        const block = `<details><summary>${(0,src_text/* escapeHtml */.Z)(r.title)}</summary>\n\n<pre>${(0,src_text/* escapeHtml */.Z)(body)}</pre>\n</details>\n`;
        if (used + Buffer.byteLength(block) > budget)
            break;
        blocks.push(block);
        used += Buffer.byteLength(block);
    }
    return blocks.length ? `<h3>${(0,i18n/* pick */.Up)(i18n.UI.raw, lang)}</h3>\n${blocks.join('')}` : '';
}

// EXTERNAL MODULE: ./src/runtime.ts
var runtime = __webpack_require__(3683);
;// CONCATENATED MODULE: ./src/github/pr-comment.ts
// One sticky pull-request comment, found by a hidden marker and updated in place.
// The runner does not mask text sent through the API: the body is redacted by the caller.



const MARKER = '<!-- email-deploy-check -->';
/** GitHub refuses comment bodies over 65,536 characters. */
const COMMENT_LIMIT = 60_000;
async function upsertStickyComment(api, target, body) {
    const comments = await api.paginate(api.rest.issues.listComments, {
        owner: target.owner,
        repo: target.repo,
        issue_number: target.number,
        per_page: 100,
    });
    const existing = comments.find((c) => c.body?.includes(MARKER));
    if (existing) {
        const { data } = await api.rest.issues.updateComment({ owner: target.owner, repo: target.repo, comment_id: existing.id, body });
        return { action: 'updated', id: data.id };
    }
    const { data } = await api.rest.issues.createComment({ owner: target.owner, repo: target.repo, issue_number: target.number, body });
    return { action: 'created', id: data.id };
}
const cell = (text) => text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
/** The verdict and every critical item and warning, most severe first, within GitHub's size limit. */
function renderComment(report, runUrl) {
    const lang = report.language;
    const icon = report.status === 'pass' ? '✅' : report.status === 'warn' ? '⚠️' : '❌';
    const head = [
        MARKER,
        `### ${icon} ${(0,i18n/* pick */.Up)(i18n.UI.heading, lang)}: ${(0,i18n/* pick */.Up)(i18n.UI.verdict[report.status], lang)}`,
        '',
        (0,i18n/* interpolate */.GW)((0,i18n/* pick */.Up)(i18n.UI.counts, lang), report.counts) + (runUrl ? ` · [${(0,i18n/* say */.cv)(i18n.UI.commentRunLink, lang)}](${runUrl})` : ''),
        '',
    ];
    const problems = (0,model/* bySeverity */.N)(report.results).filter((r) => r.status === 'fail' || r.status === 'warn');
    if (problems.length === 0)
        return head.join('\n');
    const rows = [`| | ${(0,i18n/* pick */.Up)(i18n.UI.check, lang)} | ${(0,i18n/* pick */.Up)(i18n.UI.detail, lang)} | ${(0,i18n/* pick */.Up)(i18n.UI.fix, lang)} |`, '|---|---|---|---|'];
    let size = head.join('\n').length + rows.join('\n').length;
    let shown = 0;
    for (const r of problems) {
        const where = r.file ? ` \`${r.file}:${r.line}\`` : '';
        const row = `| ${STATUS_ICON[r.status]} | ${cell(r.title)}${where} | ${cell(r.message)} | ${cell(r.fix ?? '')} |`;
        if (size + row.length + 200 > COMMENT_LIMIT)
            break;
        rows.push(row);
        size += row.length + 1;
        shown++;
    }
    if (shown < problems.length)
        rows.push('', (0,i18n/* say */.cv)(i18n.UI.commentMore, lang, { count: problems.length - shown }));
    return [...head, ...rows].join('\n');
}

// EXTERNAL MODULE: ./src/secrets.ts
var secrets = __webpack_require__(7194);
// EXTERNAL MODULE: ./src/settings/inputs.ts
var inputs = __webpack_require__(7428);
// EXTERNAL MODULE: ./src/settings/read.ts
var read = __webpack_require__(6765);
// EXTERNAL MODULE: ./src/engine.ts
var engine = __webpack_require__(825);
;// CONCATENATED MODULE: ./src/action.ts
// The GitHub Action: inputs in, summary/outputs/annotations out. All logic lives in the engine.












async function runAction(env = process.env) {
    // Secrets are registered before anything else can print.
    const raw = (0,read/* readRawInputs */.y)((name) => core/* getInput */.V4(name, { trimWhitespace: !(0,inputs/* isRawInput */.X_)(name) }), env);
    const redactor = (0,secrets/* createRedactor */.l)((0,evaluate/* secretsOf */.F)(raw));
    for (const secret of redactor.secrets)
        core/* setSecret */.Pq(secret);
    try {
        const { report, settings } = await (0,evaluate/* evaluate */._)(raw, (0,runtime/* actionRuntime */.h)(env), (r, s) => core/* info */.pq(redactor.redact(logLine(r, s.language))), redactor);
        const lang = settings.language;
        if (settings.secretsWithheld)
            core/* notice */.lm((0,i18n/* say */.cv)(i18n.UI.secretsWithheldNotice, lang), { title: 'email-deploy-check' });
        logDetails(report);
        core/* setOutput */.uH('status', report.status);
        core/* setOutput */.uH('report', reportOutput(report));
        core/* setOutput */.uH('message-id', report.messageId ?? '');
        annotate(report, redactor);
        await writeSummary(report, redactor, lang);
        if (settings.prComment)
            await commentOnPullRequest(report, settings, redactor, env);
        if ((0,types/* shouldFail */.W9)(report.status, settings.failOn))
            core/* setFailed */.C1(redactor.redact(failureLine(report)));
    }
    catch (error) {
        // Never a stack trace: the message, redacted, in the log and the summary, and a failed step.
        const message = redactor.redact((0,i18n/* say */.cv)(i18n.UI.actionStopped, languageOf(raw.values.language), { error: (0,engine/* errorText */.kc)(error) }));
        core/* setFailed */.C1(message);
        if (process.env.GITHUB_STEP_SUMMARY)
            await core/* summary */.z
                .addRaw(`<p>❌ ${message.replace(/</g, '&lt;')}</p>`, true)
                .write()
                .catch(() => undefined);
    }
}
/** Outputs share 1 MB per job: past a budget the raw details (transcripts) are left out of the output. */
const REPORT_OUTPUT_BUDGET = 512 * 1024;
function reportOutput(report) {
    const full = JSON.stringify(report);
    if (full.length <= REPORT_OUTPUT_BUDGET)
        return full;
    return JSON.stringify({ ...report, results: report.results.map(({ details: _details, ...rest }) => rest) });
}
function logLine(r, language) {
    const words = (0,i18n/* describe */.q0)(r, language);
    return `${STATUS_ICON[r.status]} [${r.group}] ${words.title}: ${words.text} (${r.durationMs} ms)`;
}
/** Raw evidence per layer, collapsed in the log. */
function logDetails(report) {
    for (const group of types/* GROUPS */.fd) {
        const withDetails = report.results.filter((r) => r.group === group && r.details?.length);
        if (withDetails.length === 0)
            continue;
        core/* startGroup */.Oh((0,i18n/* say */.cv)(i18n.UI.details, report.language, { group }));
        for (const r of withDetails)
            core/* info */.pq(`${r.title}\n${r.details.join('\n')}`);
        core/* endGroup */.N4();
    }
}
/** Most severe first: the runner shows only 10 errors and 10 warnings per step. */
function annotate(report, redactor) {
    for (const r of (0,model/* bySeverity */.N)(report.results)) {
        const text = redactor.redact(r.fix ? `${r.message} ${r.fix}` : r.message);
        const where = r.file ? { file: r.file, startLine: r.line } : {};
        if (r.status === 'fail')
            core/* error */.z3(text, { title: `email-deploy-check: ${r.title}`, ...where });
        else if (r.status === 'warn')
            core/* warning */.$e(text, { title: `email-deploy-check: ${r.title}`, ...where });
    }
}
async function writeSummary(report, redactor, lang) {
    if (!process.env.GITHUB_STEP_SUMMARY)
        return;
    try {
        await core/* summary */.z.addRaw(redactor.redact(composeSummary(report))).write();
    }
    catch (error) {
        core/* warning */.$e(redactor.redact((0,i18n/* say */.cv)(i18n.UI.summaryFailed, lang, { error: (0,engine/* errorText */.kc)(error) })));
    }
}
/** The sticky comment; a read-only token (fork PRs, no `pull-requests: write`) is a warning, never a failure. */
async function commentOnPullRequest(report, settings, redactor, env) {
    const lang = settings.language;
    const number = settings.runtime.pullRequestNumber;
    const [owner, repo] = settings.runtime.repository.split('/');
    if (!number || !owner || !repo)
        return void core/* info */.pq((0,i18n/* say */.cv)(i18n.UI.commentNotPullRequest, lang));
    if (!settings.githubToken)
        return void core/* warning */.$e((0,i18n/* say */.cv)(i18n.UI.commentNoToken, lang));
    try {
        // Loaded only here: Octokit is the heaviest dependency and most runs never need it.
        const { getOctokit } = await __webpack_require__.e(/* import() */ 413).then(__webpack_require__.bind(__webpack_require__, 2413));
        const runUrl = env.GITHUB_SERVER_URL && env.GITHUB_RUN_ID
            ? `${env.GITHUB_SERVER_URL}/${settings.runtime.repository}/actions/runs/${env.GITHUB_RUN_ID}`
            : undefined;
        const body = redactor.redact(renderComment(report, runUrl));
        const api = getOctokit(settings.githubToken);
        const { action } = await upsertStickyComment(api, { owner, repo, number }, body);
        core/* info */.pq((0,i18n/* say */.cv)(i18n.UI.commentDone, lang, { action: (0,i18n/* say */.cv)(action === 'created' ? i18n.UI.commentCreated : i18n.UI.commentUpdated, lang), number }));
    }
    catch (error) {
        const status = error.status;
        const readOnly = status === 403 || status === 404 || /not accessible by integration/i.test(error.message);
        core/* warning */.$e(redactor.redact(readOnly ? (0,i18n/* say */.cv)(i18n.UI.commentReadOnly, lang) : (0,i18n/* say */.cv)(i18n.UI.commentFailed, lang, { error: (0,engine/* errorText */.kc)(error) })));
    }
}
function failureLine(report) {
    const critical = report.results.filter((r) => r.status === 'fail').map((r) => r.title);
    return critical.length
        ? (0,i18n/* say */.cv)(i18n.UI.failedCritical, report.language, { count: critical.length, titles: critical.join(', ') })
        : (0,i18n/* say */.cv)(i18n.UI.failedWarnings, report.language);
}
/** The language asked for, before the settings are parsed (a crash can happen before). */
function languageOf(value) {
    return /^(zh|cn|chinese|中文)/i.test(value.trim()) ? 'zh' : 'en';
}

;// CONCATENATED MODULE: ./src/main.ts
// The action's logic as a function, as the actions/typescript-action template has it: `run()` is what
// `@github/local-action` and the bundled entry (dist/index.js) call. Loaded lazily by the library
// entry, so the CLI and the health route never load @actions/core.



/***/ })

};
