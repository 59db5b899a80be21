export const id = 685;
export const ids = [685];
export const modules = {

/***/ 1685:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Km: () => (/* binding */ MARKER_PREFIX),
/* harmony export */   aX: () => (/* binding */ ACTIONS_BOT),
/* harmony export */   fL: () => (/* binding */ identityLine),
/* harmony export */   markerFor: () => (/* binding */ markerFor),
/* harmony export */   renderComment: () => (/* binding */ renderComment),
/* harmony export */   upsertStickyComment: () => (/* binding */ upsertStickyComment)
/* harmony export */ });
/* unused harmony export COMMENT_LIMIT */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _i18n_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4908);
/* harmony import */ var _report_encode_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4622);
/* harmony import */ var _report_model_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6867);
/* harmony import */ var _report_summary_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6200);
/* harmony import */ var _report_chain_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2463);
// One sticky pull-request comment per job target, found by its marker, its author and its key, and updated
// in place. The runner does not mask text sent through the API: every word of theirs is redacted in the
// view and encoded by forMarkdownCell, so no reply can open HTML, an image, a link or a mention.






const MARKER_PREFIX = '<!-- email-deploy-check';
/** GitHub refuses comment bodies over 65,536 characters. */
const COMMENT_LIMIT = 60_000;
/** The author of comments made with a workflow's GITHUB_TOKEN, which cannot ask who it is. */
const ACTIONS_BOT = 'github-actions[bot]';
/** The identity as one line of text, the same for the comment's marker and the alert issue's key. */
const identityLine = (t) => [t.provider, t.host, String(t.port), t.secure ? 'tls' : 'starttls', t.user, t.checks].join('\n');
/**
 * The hidden first line of our comment for one job target: two matrix jobs keep two comments. The key is a hash,
 * so the comment does not spell out the user.
 */
function markerFor(target) {
    const key = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(identityLine(target)).digest('hex').slice(0, 16);
    return `${MARKER_PREFIX} key=${key} -->`;
}
/** Who the token is: a personal or app token can say; a workflow's GITHUB_TOKEN is the Actions bot. */
async function identityOf(api) {
    try {
        return (await api.rest.users.getAuthenticated()).data.login;
    }
    catch {
        return ACTIONS_BOT;
    }
}
/**
 * Updates our comment for this target, or creates it. A comment counts as ours only when its first line is
 * this target's marker and the token's own identity wrote it: a marker planted by someone else is never touched.
 */
async function upsertStickyComment(api, target, marker, body) {
    const [me, comments] = await Promise.all([
        identityOf(api),
        api.paginate(api.rest.issues.listComments, {
            owner: target.owner,
            repo: target.repo,
            issue_number: target.number,
            per_page: 100,
        }),
    ]);
    const full = `${marker}\n${body}`;
    const marked = comments.filter((c) => (c.body ?? '').split('\n', 1)[0] === marker);
    const existing = marked.find((c) => c.user?.login === me);
    const lookAlikes = marked.filter((c) => c !== existing).map((c) => ({ id: c.id, author: c.user?.login ?? '?' }));
    if (existing) {
        const { data } = await api.rest.issues.updateComment({ owner: target.owner, repo: target.repo, comment_id: existing.id, body: full });
        return { action: 'updated', id: data.id, lookAlikes };
    }
    const { data } = await api.rest.issues.createComment({ owner: target.owner, repo: target.repo, issue_number: target.number, body: full });
    return { action: 'created', id: data.id, lookAlikes };
}
/** The title; one about a repository line (its subject names file and line) links to it at the run's commit. */
function titleCell(report, r) {
    const title = (0,_report_encode_js__WEBPACK_IMPORTED_MODULE_2__/* .forMarkdownCell */ .BO)((0,_report_model_js__WEBPACK_IMPORTED_MODULE_3__/* .titleInContext */ .he)(r, report.language));
    const href = r.file === undefined ? undefined : (0,_report_model_js__WEBPACK_IMPORTED_MODULE_3__/* .sourceLink */ ._o)(report.where, r.file, r.line);
    // Every character a link destination could end on is percent-encoded in `href`; <…> holds the rest literal.
    return href ? `[${title}](<${href}>)` : title;
}
/** The verdict and every critical item and warning, most severe first, within GitHub's size limit. */
function renderComment(report, runUrl) {
    const lang = report.language;
    const icon = report.status === 'pass' ? '✅' : report.status === 'warn' ? '⚠️' : '❌';
    // A chain says which mail server is down and which one carries the mail, then one line per server.
    const verdict = report.chain ? (0,_report_encode_js__WEBPACK_IMPORTED_MODULE_2__/* .forMarkdownCell */ .BO)((0,_report_chain_js__WEBPACK_IMPORTED_MODULE_5__/* .chainHeadline */ .I6)(report.chain, lang)) : (0,_i18n_index_js__WEBPACK_IMPORTED_MODULE_1__/* .pick */ .Up)(_i18n_index_js__WEBPACK_IMPORTED_MODULE_1__.UI.verdict[report.status], lang);
    const chainLines = report.chain
        ? [...report.chain.targets.map((t) => `- ${_report_summary_js__WEBPACK_IMPORTED_MODULE_4__/* .STATUS_ICON */ .tW[t.status]} ${(0,_report_encode_js__WEBPACK_IMPORTED_MODULE_2__/* .forMarkdownCell */ .BO)((0,_report_chain_js__WEBPACK_IMPORTED_MODULE_5__/* .chainLine */ .Cm)(t, lang))}`), '']
        : [];
    const head = [
        `### ${icon} ${(0,_i18n_index_js__WEBPACK_IMPORTED_MODULE_1__/* .pick */ .Up)(_i18n_index_js__WEBPACK_IMPORTED_MODULE_1__.UI.heading, lang)}: ${verdict}`,
        '',
        ...chainLines,
        (0,_i18n_index_js__WEBPACK_IMPORTED_MODULE_1__/* .interpolate */ .GW)((0,_i18n_index_js__WEBPACK_IMPORTED_MODULE_1__/* .pick */ .Up)(_i18n_index_js__WEBPACK_IMPORTED_MODULE_1__.UI.counts, lang), report.counts) + (runUrl ? ` · [${(0,_i18n_index_js__WEBPACK_IMPORTED_MODULE_1__/* .say */ .cv)(_i18n_index_js__WEBPACK_IMPORTED_MODULE_1__.UI.commentRunLink, lang)}](${runUrl})` : ''),
        '',
    ];
    const problems = (0,_report_model_js__WEBPACK_IMPORTED_MODULE_3__/* .bySeverity */ .Np)(report.results).filter((r) => r.status === 'fail' || r.status === 'warn');
    if (problems.length === 0)
        return head.join('\n');
    const rows = [`| | ${(0,_i18n_index_js__WEBPACK_IMPORTED_MODULE_1__/* .pick */ .Up)(_i18n_index_js__WEBPACK_IMPORTED_MODULE_1__.UI.check, lang)} | ${(0,_i18n_index_js__WEBPACK_IMPORTED_MODULE_1__/* .pick */ .Up)(_i18n_index_js__WEBPACK_IMPORTED_MODULE_1__.UI.detail, lang)} | ${(0,_i18n_index_js__WEBPACK_IMPORTED_MODULE_1__/* .pick */ .Up)(_i18n_index_js__WEBPACK_IMPORTED_MODULE_1__.UI.fix, lang)} |`, '|---|---|---|---|'];
    let size = head.join('\n').length + rows.join('\n').length;
    let shown = 0;
    for (const r of problems) {
        const row = `| ${_report_summary_js__WEBPACK_IMPORTED_MODULE_4__/* .STATUS_ICON */ .tW[r.status]} | ${titleCell(report, r)} | ${(0,_report_encode_js__WEBPACK_IMPORTED_MODULE_2__/* .forMarkdownCell */ .BO)(r.message)} | ${r.fix ? (0,_report_encode_js__WEBPACK_IMPORTED_MODULE_2__/* .forMarkdownCell */ .BO)(r.fix) : ''} |`;
        if (size + row.length + 200 > COMMENT_LIMIT)
            break;
        rows.push(row);
        size += row.length + 1;
        shown++;
    }
    if (shown < problems.length)
        rows.push('', (0,_i18n_index_js__WEBPACK_IMPORTED_MODULE_1__/* .say */ .cv)(_i18n_index_js__WEBPACK_IMPORTED_MODULE_1__.UI.commentMore, lang, { count: problems.length - shown }));
    return [...head, ...rows].join('\n');
}


/***/ })

};
