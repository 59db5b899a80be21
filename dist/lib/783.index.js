export const id = 783;
export const ids = [783];
export const modules = {

/***/ 8783:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   isReference: () => (/* binding */ isReference),
/* harmony export */   parseJavaScript: () => (/* binding */ parseJavaScript),
/* harmony export */   readCompose: () => (/* binding */ readCompose),
/* harmony export */   readDotenv: () => (/* binding */ readDotenv),
/* harmony export */   readEcosystemJson: () => (/* binding */ readEcosystemJson),
/* harmony export */   readJavaScript: () => (/* binding */ readJavaScript),
/* harmony export */   readWorkflow: () => (/* binding */ readWorkflow),
/* harmony export */   readYaml: () => (/* binding */ readYaml)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var acorn__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4559);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8815);
// Reading config files into one shape the rules understand: blocks of KEY → value with line numbers.
// Real parsers only: Node's .env parser, the yaml library (also for JSON), acorn for JavaScript.



// ---------- .env ----------
function readDotenv(file, text) {
    const values = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseEnv)(text);
    const entries = new Map();
    text.split(/\r?\n/).forEach((line, index) => {
        const match = /^\s*(?:export\s+)?([A-Za-z_][\w.-]*)\s*=/.exec(line);
        if (match && !entries.has(match[1]))
            entries.set(match[1], { value: values[match[1]], line: index + 1 });
    });
    const base = file.split('/').pop() ?? file;
    return { file, name: base, production: /\.env\.prod(uction)?$/i.test(base), entries };
}
function readYaml(text) {
    const counter = new yaml__WEBPACK_IMPORTED_MODULE_2__.LineCounter();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_2__.parseDocument)(text, { lineCounter: counter, uniqueKeys: false });
    const line = (node) => {
        const target = node && 'key' in node && !('range' in node) ? node.key : node;
        const offset = target?.range?.[0];
        return offset === undefined ? 1 : counter.linePos(offset).line;
    };
    return { root: doc.contents, line };
}
/** The text of a string, number or boolean; nothing for anything else. */
const primitiveText = (value) => typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint'
    ? String(value)
    : undefined;
const scalarText = (node) => ((0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isScalar */ .jn)(node) ? primitiveText(node.value) : undefined);
/** A YAML map as entries; `${{ }}` and `${VAR}` values count as computed, not literal. */
function yamlEntries(y, node) {
    const entries = new Map();
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isMap */ .jh)(node)) {
        for (const pair of node.items) {
            const key = scalarText(pair.key);
            if (!key)
                continue;
            const text = scalarText(pair.value);
            entries.set(key, { value: text === undefined || isReference(text) ? undefined : text, line: y.line(pair.key) });
        }
    }
    else if ((0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isSeq */ .oP)(node)) {
        // compose's list form: - KEY=value
        for (const item of node.items) {
            const text = scalarText(item);
            const match = text ? /^([^=]+)=(.*)$/s.exec(text) : null;
            if (match)
                entries.set(match[1].trim(), { value: isReference(match[2]) ? undefined : match[2], line: y.line(item) });
        }
    }
    return entries;
}
/** A value filled in elsewhere: `${{ secrets.X }}`, `${VAR}`, `$VAR`. */
const isReference = (value) => /\$\{\{.*\}\}|^\$\{?\w+(:?-[^}]*)?\}?$/.test(value.trim());
const child = (node, key) => ((0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isMap */ .jh)(node) ? node.get(key, true) : undefined);
function readCompose(file, text) {
    const y = readYaml(text);
    const services = child(y.root, 'services');
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isMap */ .jh)(services))
        return [];
    return services.items.flatMap((pair) => {
        const environment = child(pair.value, 'environment');
        if (!environment)
            return [];
        return [{ file, name: `service ${scalarText(pair.key) ?? '?'}`, production: /prod/i.test(file), entries: yamlEntries(y, environment) }];
    });
}
const SECRET_KEYS_IN_WORKFLOWS = /^(email-password|EMAIL_PASSWORD|SMTP_PASSWORD|SMTP_PASS|MAIL_PASSWORD)$/;
/** Every place a workflow passes the email password: a `with:` input or an `env:` variable. */
function readWorkflow(file, text) {
    const y = readYaml(text);
    const uses = [];
    const scan = (map) => {
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isMap */ .jh)(map))
            return;
        for (const pair of map.items) {
            const key = scalarText(pair.key);
            if (!key || !SECRET_KEYS_IN_WORKFLOWS.test(key))
                continue;
            const value = scalarText(pair.value) ?? '';
            uses.push({ file, line: y.line(pair.key), key, literal: value !== '' && !value.includes('${{') });
        }
    };
    scan(child(y.root, 'env'));
    const jobs = child(y.root, 'jobs');
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isMap */ .jh)(jobs)) {
        for (const job of jobs.items) {
            scan(child(job.value, 'env'));
            const steps = child(job.value, 'steps');
            if (!(0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isSeq */ .oP)(steps))
                continue;
            for (const step of steps.items) {
                scan(child(step, 'env'));
                scan(child(step, 'with'));
            }
        }
    }
    return uses;
}
function readEcosystemJson(file, text) {
    const y = readYaml(text);
    const apps = child(y.root, 'apps');
    const list = (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isSeq */ .oP)(apps) ? apps.items : (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isMap */ .jh)(y.root) ? [y.root] : [];
    return list.flatMap((app) => (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isMap */ .jh)(app)
        ? app.items
            .filter((pair) => /^env(_\w+)?$/.test(scalarText(pair.key) ?? ''))
            .map((pair) => {
            const name = scalarText(pair.key);
            return { file, name, production: /prod/i.test(name), entries: yamlEntries(y, pair.value) };
        })
        : []);
}
function literalOf(node) {
    if (!node)
        return undefined;
    if (node.type === 'Literal')
        return primitiveText(node.value);
    if (node.type === 'TemplateLiteral' && node.expressions.length === 0) {
        return String(node.quasis[0]?.value?.cooked ?? '');
    }
    return undefined;
}
function propertyName(prop) {
    const key = prop.key;
    if (!key)
        return undefined;
    if (key.type === 'Identifier')
        return key.name;
    return literalOf(key);
}
function objectEntries(object) {
    const entries = new Map();
    for (const prop of object.properties ?? []) {
        if (prop.type !== 'Property')
            continue;
        const name = propertyName(prop);
        const value = prop.value;
        if (name)
            entries.set(name, { value: literalOf(value), line: prop.loc?.start.line ?? 1, node: value });
    }
    return entries;
}
function walk(node, visit) {
    if (!node || typeof node !== 'object')
        return;
    if (Array.isArray(node))
        return node.forEach((n) => walk(n, visit));
    const js = node;
    if (typeof js.type !== 'string')
        return;
    visit(js);
    for (const [key, value] of Object.entries(js))
        if (key !== 'loc' && value && typeof value === 'object')
            walk(value, visit);
}
function parseJavaScript(text) {
    const options = { ecmaVersion: 'latest', locations: true, allowHashBang: true, allowReturnOutsideFunction: true };
    try {
        return (0,acorn__WEBPACK_IMPORTED_MODULE_1__/* .parse */ .qg)(text, { ...options, sourceType: 'module' });
    }
    catch {
        return (0,acorn__WEBPACK_IMPORTED_MODULE_1__/* .parse */ .qg)(text, { ...options, sourceType: 'script' });
    }
}
function readJavaScript(file, text) {
    const ast = parseJavaScript(text);
    const blocks = [];
    const transports = [];
    walk(ast, (node) => {
        if (node.type !== 'ObjectExpression')
            return;
        const entries = objectEntries(node);
        // PM2: { env: {...}, env_production: {...} }
        for (const [name, entry] of entries) {
            if (/^env(_\w+)?$/.test(name) && entry.node.type === 'ObjectExpression') {
                const env = new Map([...objectEntries(entry.node)].map(([k, e]) => [k, { value: e.value, line: e.line }]));
                blocks.push({ file, name, production: /prod/i.test(name), entries: env });
            }
        }
        // nodemailer: { port, secure, auth: { pass } }
        const auth = entries.get('auth');
        const pass = auth?.node.type === 'ObjectExpression' ? objectEntries(auth.node).get('pass') : undefined;
        const port = entries.get('port');
        const secure = entries.get('secure');
        if (pass || (port && secure)) {
            transports.push({
                file,
                line: node.loc?.start.line ?? 1,
                port,
                secure,
                pass: pass ? { value: pass.value, line: pass.line } : undefined,
            });
        }
    });
    return { blocks, transports };
}


/***/ })

};
