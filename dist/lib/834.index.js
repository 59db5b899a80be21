export const id = 834;
export const ids = [834];
export const modules = {

/***/ 834:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   blockFindings: () => (/* binding */ blockFindings),
/* harmony export */   isExampleFile: () => (/* binding */ isExampleFile),
/* harmony export */   productionFindings: () => (/* binding */ productionFindings),
/* harmony export */   transportFindings: () => (/* binding */ transportFindings),
/* harmony export */   workflowFindings: () => (/* binding */ workflowFindings)
/* harmony export */ });
/* harmony import */ var _settings_placeholder_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8260);
/* harmony import */ var _providers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(913);
/* harmony import */ var _settings_address_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6697);
// The config rules: each finding has a stable cause (its rule id), a file and line, and a severity.



const PASSWORD_KEY = /(PASS(WORD)?|PWD|SECRET|AUTH_?CODE|API_?KEY|TOKEN)$/i;
const MAIL_KEY = /^(EMAIL|SMTP|MAIL)_/i;
const PORT_KEYS = ['SMTP_PORT', 'EMAIL_PORT', 'MAIL_PORT'];
const SECURE_KEYS = ['SMTP_SECURE', 'EMAIL_SECURE', 'MAIL_SECURE'];
const isExampleFile = (file) => /\.(example|sample|template|dist|defaults?)$/i.test(file);
const finding = (cause, status, file, line, params = {}) => ({
    cause,
    status,
    file,
    line,
    params: { file, line, ...params },
});
/** 465 with STARTTLS, or a STARTTLS port with implicit TLS, written as config values. */
function portSecureMismatch(port, secure) {
    const p = Number(port);
    const s = secure?.toLowerCase();
    if (!Number.isInteger(p) || (s !== 'true' && s !== 'false'))
        return false;
    return (0,_providers_js__WEBPACK_IMPORTED_MODULE_0__/* .portModeMismatch */ .B4)(p, s === 'true') !== undefined;
}
function blockFindings(block, kind, tracked) {
    const out = [];
    const example = isExampleFile(block.file);
    for (const [key, entry] of block.entries) {
        const value = entry.value;
        if (value === undefined || value.trim() === '')
            continue;
        const placeholder = (0,_settings_placeholder_js__WEBPACK_IMPORTED_MODULE_2__/* .isPlaceholder */ .w)(value);
        if (PASSWORD_KEY.test(key) && !placeholder && !example) {
            if (kind === 'dotenv' && tracked)
                out.push(finding('lint-env-secret-committed', 'fail', block.file, entry.line, { key }));
            if (kind === 'config')
                out.push(finding('lint-literal-password', 'fail', block.file, entry.line, { key, block: block.name }));
        }
        if (block.production && placeholder && (MAIL_KEY.test(key) || PASSWORD_KEY.test(key))) {
            out.push(finding('lint-placeholder-production', 'fail', block.file, entry.line, { key, block: block.name }));
        }
    }
    const portKey = PORT_KEYS.find((k) => block.entries.get(k)?.value !== undefined);
    const secureKey = SECURE_KEYS.find((k) => block.entries.get(k)?.value !== undefined);
    if (portKey && secureKey) {
        const port = block.entries.get(portKey).value;
        const secure = block.entries.get(secureKey);
        if (portSecureMismatch(port, secure.value)) {
            out.push(finding('lint-port-secure-mismatch', 'fail', block.file, secure.line, {
                port: port ?? '',
                secure: secure.value ?? '',
                key: secureKey,
            }));
        }
    }
    const provider = block.entries.get('EMAIL_PROVIDER');
    if (provider?.value) {
        const found = (0,_providers_js__WEBPACK_IMPORTED_MODULE_0__/* .lookupProvider */ .o4)(provider.value);
        const domain = (0,_settings_address_js__WEBPACK_IMPORTED_MODULE_1__/* .domainOf */ .Ow)(block.entries.get('EMAIL_USER')?.value ?? '');
        const owner = found.kind === 'known' ? (0,_providers_js__WEBPACK_IMPORTED_MODULE_0__/* .conflictingOwner */ .Om)(found.provider.id, domain) : undefined;
        if (found.kind === 'unknown') {
            out.push(finding('lint-provider-unknown', 'fail', block.file, provider.line, {
                value: provider.value,
                suggestion: found.suggestion ?? '',
                providers: (0,_providers_js__WEBPACK_IMPORTED_MODULE_0__/* .PROVIDER_LIST */ .Pj)(),
            }));
        }
        else if (found.kind === 'known' && owner) {
            out.push(finding('lint-provider-mismatch', 'fail', block.file, provider.line, { provider: found.provider.id, domain, expected: owner.id }));
        }
    }
    return out;
}
/** PM2: env_production should set what the other environments set, and NODE_ENV=production. */
function productionFindings(blocks) {
    const out = [];
    for (const production of blocks.filter((b) => b.name === 'env_production')) {
        const siblings = blocks.filter((b) => b.file === production.file && b !== production && !b.production);
        const expected = new Set(siblings.flatMap((b) => [...b.entries.keys()].filter((k) => MAIL_KEY.test(k))));
        const missing = [...expected].filter((k) => !production.entries.has(k));
        const firstLine = Math.max(1, Math.min(...[...production.entries.values()].map((e) => e.line)) - 1);
        if (missing.length)
            out.push(finding('lint-production-missing-keys', 'warn', production.file, firstLine, { keys: missing.join(', ') }));
        const nodeEnv = production.entries.get('NODE_ENV');
        // A value computed at run time (not a literal) cannot be judged here.
        if (!nodeEnv)
            out.push(finding('lint-production-node-env-unset', 'warn', production.file, firstLine, {}));
        else if (nodeEnv.value !== undefined && nodeEnv.value !== 'production')
            out.push(finding('lint-production-node-env', 'warn', production.file, nodeEnv.line, { value: nodeEnv.value }));
    }
    return out;
}
function transportFindings(transport) {
    const out = [];
    const pass = transport.pass?.value;
    if (pass && pass.trim() !== '' && !(0,_settings_placeholder_js__WEBPACK_IMPORTED_MODULE_2__/* .isPlaceholder */ .w)(pass))
        out.push(finding('lint-literal-password', 'fail', transport.file, transport.pass.line, { key: 'auth.pass', block: 'createTransport' }));
    if (transport.secure && portSecureMismatch(transport.port?.value, transport.secure.value)) {
        out.push(finding('lint-port-secure-mismatch', 'fail', transport.file, transport.secure.line, {
            port: transport.port?.value ?? '',
            secure: transport.secure.value ?? '',
            key: 'secure',
        }));
    }
    return out;
}
function workflowFindings(use) {
    return use.literal ? [finding('lint-workflow-literal-secret', 'fail', use.file, use.line, { key: use.key })] : [];
}


/***/ })

};
