export const id = 478;
export const ids = [478];
export const modules = {

/***/ 8478:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   alertMessage: () => (/* binding */ alertMessage)
/* harmony export */ });
/* unused harmony export MAX_ITEMS */
/* harmony import */ var _i18n_notify_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5883);
/* harmony import */ var _i18n_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4908);
/* harmony import */ var _report_chain_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2463);
/* harmony import */ var _report_model_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6867);
/* harmony import */ var _untrusted_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(873);
// What a team-chat alert says, before any channel's format: the event, the verdict's headline, each failing
// item with its fix (in a chain, which mail server), and the run's page. Every word of theirs stays a Text.





/** Items a message lists; the rest are counted. A chat message is read on a phone. */
const MAX_ITEMS = 5;
function alertMessage(view, event, repository, runUrl) {
    const lang = view.language;
    const problems = event === 'recovered' || event === 'test' ? [] : (0,_report_model_js__WEBPACK_IMPORTED_MODULE_3__/* .bySeverity */ .Np)(view.results).filter((r) => r.status === 'fail');
    const shown = (problems.length ? problems : (0,_report_model_js__WEBPACK_IMPORTED_MODULE_3__/* .bySeverity */ .Np)(view.results).filter((r) => r.status === 'warn')).filter((r) => r.status === 'fail' || r.status === 'warn');
    const items = event === 'recovered' || event === 'test' ? [] : shown;
    return {
        event,
        language: lang,
        status: view.status,
        title: (0,_i18n_index_js__WEBPACK_IMPORTED_MODULE_1__/* .interpolate */ .GW)((0,_i18n_index_js__WEBPACK_IMPORTED_MODULE_1__/* .pick */ .Up)(_i18n_notify_js__WEBPACK_IMPORTED_MODULE_0__/* .NOTIFY_WORDS */ .g.title, lang), { repository: repository || '-' }),
        label: (0,_i18n_index_js__WEBPACK_IMPORTED_MODULE_1__/* .pick */ .Up)(_i18n_notify_js__WEBPACK_IMPORTED_MODULE_0__/* .NOTIFY_WORDS */ .g[event], lang),
        headline: headlineOf(view, event),
        items: items.slice(0, MAX_ITEMS).map((r) => ({
            title: (0,_report_model_js__WEBPACK_IMPORTED_MODULE_3__/* .titleInContext */ .he)(r, lang),
            message: r.message,
            ...(r.fix ? { fix: r.fix } : {}),
            id: r.id,
            cause: r.cause,
            status: r.status,
            ...(r.target ? { target: r.target.plain } : {}),
        })),
        more: Math.max(0, items.length - MAX_ITEMS),
        ...(runUrl ? { runUrl } : {}),
    };
}
function headlineOf(view, event) {
    const lang = view.language;
    if (event === 'test')
        return _untrusted_js__WEBPACK_IMPORTED_MODULE_4__/* .Text */ .E.ours((0,_i18n_index_js__WEBPACK_IMPORTED_MODULE_1__/* .pick */ .Up)(_i18n_notify_js__WEBPACK_IMPORTED_MODULE_0__/* .NOTIFY_WORDS */ .g.test, lang));
    if (view.chain)
        return (0,_report_chain_js__WEBPACK_IMPORTED_MODULE_2__/* .chainHeadline */ .I6)(view.chain, lang);
    return _untrusted_js__WEBPACK_IMPORTED_MODULE_4__/* .Text */ .E.ours((0,_i18n_index_js__WEBPACK_IMPORTED_MODULE_1__/* .pick */ .Up)(_i18n_index_js__WEBPACK_IMPORTED_MODULE_1__.UI.verdict[view.status], lang));
}


/***/ })

};
