export const id = 472;
export const ids = [472];
export const modules = {

/***/ 472:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SourceNotRead: () => (/* binding */ SourceNotRead),
/* harmony export */   codeFindings: () => (/* binding */ codeFindings),
/* harmony export */   linkImports: () => (/* binding */ linkImports),
/* harmony export */   moduleFacts: () => (/* binding */ moduleFacts),
/* harmony export */   parseSource: () => (/* binding */ parseSource)
/* harmony export */ });
/* harmony import */ var acorn__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4559);
/* harmony import */ var acorn_jsx__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3637);
/* harmony import */ var acorn_jsx__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(acorn_jsx__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _providers_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(913);
/* harmony import */ var _settings_placeholder_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8260);
// The app's own mail code, read with a real parser: acorn (with acorn-jsx) for JavaScript, and TypeScript after
// Node's own type stripping, which blanks the types in place so every line stays where it was. It finds
// nodemailer's calls through simple bindings (an import or a require of nodemailer, a transport kept in a
// variable or a property, a transport exported by one module and imported directly by another) and reports the
// mistakes that make "the API says sent, nothing arrives". Nothing here runs the code.




const JsxParser = acorn__WEBPACK_IMPORTED_MODULE_0__/* .Parser */ .iX.extend(acorn_jsx__WEBPACK_IMPORTED_MODULE_1___default()());
/** Node's type stripper (Node ≥ 22.13 and 24), or undefined on an older Node: TypeScript files are then not read. */
function stripper() {
    const mod = process.getBuiltinModule('node:module');
    return mod.stripTypeScriptTypes;
}
class SourceNotRead extends Error {
    reason;
    constructor(reason) {
        super(reason);
        this.reason = reason;
    }
}
/** The code as JavaScript with every position kept: TypeScript's types blanked, TSX refused (Node cannot strip it). */
function asJavaScript(file, text) {
    if (/\.tsx$/i.test(file))
        throw new SourceNotRead('tsx');
    if (!/\.[mc]?ts$/i.test(file))
        return text;
    const strip = stripper();
    if (!strip)
        throw new SourceNotRead('typescript-unavailable');
    // The stripper warns once that it is experimental; that line is not ours to print into a workflow log.
    const original = Reflect.get(process, 'emitWarning');
    const emit = process.emitWarning.bind(process);
    Reflect.set(process, 'emitWarning', (warning, ...rest) => {
        const name = typeof rest[0] === 'string' ? rest[0] : rest[0]?.type;
        if (name === 'ExperimentalWarning' && /stripTypeScriptTypes/.test(String(warning)))
            return;
        emit(warning, ...rest);
    });
    try {
        return strip(text, { mode: 'strip' });
    }
    catch {
        // `enum`, `namespace` and parameter properties need code generation: such a file is not guessed at.
        throw new SourceNotRead('syntax');
    }
    finally {
        Reflect.set(process, 'emitWarning', original);
    }
}
function parseSource(file, text) {
    const code = asJavaScript(file, text);
    const options = { ecmaVersion: 'latest', locations: true, allowHashBang: true, allowReturnOutsideFunction: true };
    for (const sourceType of ['module', 'script']) {
        try {
            return (/\.[jt]sx$/i.test(file) || /\.js$/i.test(file) ? JsxParser : acorn__WEBPACK_IMPORTED_MODULE_0__/* .Parser */ .iX).parse(code, {
                ...options,
                sourceType,
            });
        }
        catch {
            // A CommonJS file may use what a module may not (`with`, octal literals): tried again as a script.
        }
    }
    throw new SourceNotRead('syntax');
}
// ---------- walking ----------
const isNode = (value) => typeof value === 'object' && value !== null && typeof value.type === 'string';
/** Every node with its ancestors, nearest last. */
function walk(root, visit) {
    const stack = [];
    const go = (node) => {
        visit(node, stack);
        stack.push(node);
        for (const key of Object.keys(node)) {
            if (key === 'loc' || key === 'start' || key === 'end')
                continue;
            const child = node[key];
            if (Array.isArray(child)) {
                for (const c of child)
                    if (isNode(c))
                        go(c);
            }
            else if (isNode(child))
                go(child);
        }
        stack.pop();
    };
    go(root);
}
const FUNCTION = new Set(['FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression']);
const lineOf = (node) => node.loc?.start.line ?? 1;
const nearestFunction = (ancestors) => [...ancestors].reverse().find((a) => FUNCTION.has(a.type));
const idName = (node) => (isNode(node) && node.type === 'Identifier' ? node.name : undefined);
const propName = (node) => {
    const key = node.key ?? node.property;
    if (!isNode(key))
        return undefined;
    if (key.type === 'Identifier' && !node.computed)
        return key.name;
    if (key.type === 'Literal' && typeof key.value === 'string')
        return key.value;
    return undefined;
};
const isRequireOf = (node, what) => isNode(node) &&
    node.type === 'CallExpression' &&
    idName(node.callee) === 'require' &&
    isNode(node.arguments[0]) &&
    typeof node.arguments[0]?.value === 'string' &&
    what(node.arguments[0]?.value);
const stripAwait = (node) => (isNode(node) && node.type === 'AwaitExpression' ? node.argument : node);
const fromNodemailer = (s) => s === 'nodemailer';
const relative = (s) => s.startsWith('./') || s.startsWith('../');
function moduleFacts(file, ast) {
    const facts = {
        file,
        ast,
        nodemailer: new Set(),
        createTransport: new Set(),
        transports: new Set(),
        transportProps: new Set(),
        exportsTransport: new Set(),
        imports: [],
        reexports: [],
        localExports: new Map(),
        objects: new Map(),
    };
    // Bindings first (imports, requires), then what is made from them.
    walk(ast, (node, ancestors) => {
        if (node.type === 'ImportDeclaration' && isNode(node.source)) {
            const specifier = String(node.source.value);
            for (const s of node.specifiers) {
                const local = idName(s.local) ?? '';
                const imported = s.type === 'ImportSpecifier'
                    ? (idName(s.imported) ?? String(s.imported.value))
                    : s.type === 'ImportDefaultSpecifier'
                        ? 'default'
                        : '*';
                if (fromNodemailer(specifier))
                    (imported === 'createTransport' ? facts.createTransport : facts.nodemailer).add(local);
                else if (relative(specifier))
                    facts.imports.push({ specifier, imported, local });
            }
        }
        if (node.type === 'VariableDeclarator') {
            const init = stripAwait(node.init);
            const id = node.id;
            if (isRequireOf(init, fromNodemailer))
                bindPattern(id, facts.nodemailer, facts.createTransport);
            else if (isRequireOf(init, relative)) {
                const specifier = String(init.arguments[0]?.value);
                if (id.type === 'Identifier')
                    facts.imports.push({ specifier, imported: 'default', local: id.name });
                else if (id.type === 'ObjectPattern')
                    for (const p of id.properties) {
                        const local = idName(p.value);
                        const imported = propName(p);
                        if (local && imported)
                            facts.imports.push({ specifier, imported, local });
                    }
            }
            else if (id.type === 'Identifier' && isNode(init) && init.type === 'ObjectExpression' && !nearestFunction(ancestors)) {
                facts.objects.set(id.name, init);
            }
        }
    });
    walk(ast, (node) => {
        if (node.type === 'VariableDeclarator' && isCreate(facts, stripAwait(node.init))) {
            const name = idName(node.id);
            if (name)
                facts.transports.add(name);
        }
        if (node.type === 'AssignmentExpression' && isCreate(facts, stripAwait(node.right))) {
            const left = node.left;
            const name = idName(left) ?? (left.type === 'MemberExpression' ? propName(left) : undefined);
            if (name)
                (left.type === 'Identifier' ? facts.transports : facts.transportProps).add(name);
            if (left.type === 'MemberExpression')
                exportedBy(left, facts);
        }
    });
    // Exports of a transport: `export const t = ...`, `export { t }`, `export default t`, `module.exports = t`, `exports.t = t`.
    walk(ast, (node) => {
        if (node.type === 'ExportNamedDeclaration') {
            const declaration = node.declaration;
            if (declaration?.type === 'VariableDeclaration')
                for (const d of declaration.declarations) {
                    const name = idName(d.id);
                    if (name && facts.transports.has(name))
                        facts.exportsTransport.add(name);
                }
            const source = isNode(node.source) ? String(node.source.value) : undefined;
            for (const s of node.specifiers ?? []) {
                const local = idName(s.local) ?? '';
                const exported = idName(s.exported) ?? local;
                if (source !== undefined) {
                    if (relative(source))
                        facts.reexports.push({ specifier: source, imported: local, exported });
                }
                else {
                    facts.localExports.set(local, exported);
                    if (facts.transports.has(local))
                        facts.exportsTransport.add(exported);
                }
            }
        }
        if (node.type === 'ExportAllDeclaration' && isNode(node.source) && relative(String(node.source.value)) && !node.exported)
            facts.reexports.push({ specifier: String(node.source.value), imported: '*', exported: '*' });
        if (node.type === 'ExportDefaultDeclaration') {
            const d = node.declaration;
            if (isCreate(facts, d) || (idName(d) !== undefined && facts.transports.has(idName(d) ?? '')))
                facts.exportsTransport.add('default');
        }
        if (node.type === 'AssignmentExpression' && node.left.type === 'MemberExpression') {
            const right = node.right;
            const holds = isCreate(facts, right) || facts.transports.has(idName(right) ?? '');
            if (holds)
                exportedBy(node.left, facts);
            // `module.exports = { transporter }`
            if (isModuleExports(node.left) && right.type === 'ObjectExpression')
                for (const p of right.properties) {
                    const value = idName(p.value);
                    const key = propName(p);
                    if (key && value && facts.transports.has(value))
                        facts.exportsTransport.add(key);
                }
        }
    });
    return facts;
}
function bindPattern(id, namespace, create) {
    if (id.type === 'Identifier')
        namespace.add(id.name);
    else if (id.type === 'ObjectPattern')
        for (const p of id.properties)
            if (propName(p) === 'createTransport' && idName(p.value))
                create.add(idName(p.value) ?? '');
}
const isModuleExports = (node) => node.type === 'MemberExpression' && idName(node.object) === 'module' && propName(node) === 'exports';
/** `module.exports = x` exports the default; `exports.t = x` and `module.exports.t = x` export `t`. */
function exportedBy(left, facts) {
    if (isModuleExports(left))
        return void facts.exportsTransport.add('default');
    const object = left.object;
    if (idName(object) === 'exports' || isModuleExports(object)) {
        const name = propName(left);
        if (name)
            facts.exportsTransport.add(name);
    }
}
/** `nodemailer.createTransport(...)`, `createTransport(...)`, `require('nodemailer').createTransport(...)`. */
function isCreate(facts, node) {
    if (!isNode(node) || node.type !== 'CallExpression')
        return false;
    const callee = node.callee;
    if (callee.type === 'Identifier')
        return facts.createTransport.has(callee.name);
    if (callee.type !== 'MemberExpression' || propName(callee) !== 'createTransport')
        return false;
    const object = callee.object;
    return facts.nodemailer.has(idName(object) ?? '') || isRequireOf(object, fromNodemailer);
}
/** A transport's `sendMail(...)`: on a name or a property that holds one, or on a transport made in place. */
function isSend(facts, node) {
    if (node.type !== 'CallExpression')
        return false;
    const callee = node.callee;
    if (callee.type !== 'MemberExpression' || propName(callee) !== 'sendMail')
        return false;
    const object = callee.object;
    if (object.type === 'Identifier')
        return facts.transports.has(object.name);
    if (object.type === 'MemberExpression')
        return facts.transportProps.has(propName(object) ?? '');
    return isCreate(facts, object);
}
/**
 * Names another module's transport is known by here: each direct import of a module (resolved by the caller) that
 * exports one. A namespace import (`const mailer = require('./mailer')`) makes its exported names transport properties.
 * Re-exports pass a transport on (`export { transporter } from './mailer'`, `export *`). Returns whether anything
 * was learned: the caller repeats until nothing is (a chain of re-exports).
 */
function linkImports(facts, exportsOf) {
    const before = facts.transports.size + facts.transportProps.size + facts.exportsTransport.size;
    for (const { specifier, imported, local } of facts.imports) {
        const exported = exportsOf(specifier);
        if (!exported)
            continue;
        if (imported === '*' || (imported === 'default' && !exported.has('default')))
            for (const name of exported)
                facts.transportProps.add(name);
        else if (exported.has(imported))
            facts.transports.add(local);
    }
    // What this module passes on: an imported transport exported again, or another module's re-exported.
    for (const [local, exported] of facts.localExports)
        if (facts.transports.has(local))
            facts.exportsTransport.add(exported);
    for (const { specifier, imported, exported } of facts.reexports) {
        const theirs = exportsOf(specifier);
        if (!theirs)
            continue;
        if (imported === '*') {
            for (const name of theirs)
                if (name !== 'default')
                    facts.exportsTransport.add(name);
        }
        else if (theirs.has(imported))
            facts.exportsTransport.add(exported);
    }
    return facts.transports.size + facts.transportProps.size + facts.exportsTransport.size !== before;
}
// ---------- the rules ----------
/** A function that answers a request: `(req, res)`, `(request, reply)`, Koa's `(ctx)`, a serverless `(event, context)`. */
function isRequestHandler(fn) {
    const names = fn.params.map((p) => idName(p) ?? '');
    const [first = '', second = ''] = names;
    return ((/^req(uest)?$/.test(first) && /^(res(ponse)?|reply|h)$/.test(second)) ||
        first === 'ctx' ||
        (first === 'event' && second === 'context') ||
        (/^req(uest)?$/.test(first) && names.length === 1 && fn.async === true));
}
/** A handler that only logs: empty, or nothing but `console.x(...)`/`logger.x(...)` calls, also under an `if (err)`. */
function onlyLogs(body) {
    if (!body)
        return true;
    if (body.type === 'BlockStatement')
        return body.body.every((s) => onlyLogs(s));
    if (body.type === 'EmptyStatement')
        return true;
    if (body.type === 'ExpressionStatement')
        return isLogCall(body.expression);
    if (body.type === 'IfStatement')
        return onlyLogs(body.consequent) && onlyLogs(body.alternate);
    return isLogCall(body);
}
function isLogCall(node) {
    return node.type === 'CallExpression' && isLogFunction(node.callee);
}
/** `console.error`, `logger.warn`, `this.logger.info`, ...: a logging function, called or passed. */
function isLogFunction(callee) {
    if (callee.type !== 'MemberExpression')
        return false;
    const object = callee.object;
    const owner = idName(object) ?? (object.type === 'MemberExpression' ? propName(object) : undefined) ?? '';
    return (/^(console|logger|log|logging|winston|pino|fastify\.log|app\.log)$/i.test(owner) &&
        /^(log|info|warn|error|debug|trace|fatal)$/.test(propName(callee) ?? ''));
}
/** The options object of a createTransport call: given in place, or a module-level constant. */
function optionsOf(facts, call) {
    const arg = call.arguments[0];
    if (!arg)
        return undefined;
    if (arg.type === 'ObjectExpression')
        return arg;
    const name = idName(arg);
    return name ? facts.objects.get(name) : undefined;
}
const property = (object, name) => object.properties.find((p) => p.type === 'Property' && propName(p) === name);
const literal = (p) => {
    const value = p?.value;
    if (!value)
        return undefined;
    if (value.type === 'Literal')
        return value.value;
    // A template without expressions is a literal too (`pass: \`abc\``).
    if (value.type === 'TemplateLiteral' && value.expressions.length === 0)
        return value.quasis[0]?.value?.cooked;
    return undefined;
};
function optionFindings(facts, call, out) {
    const options = optionsOf(facts, call);
    if (!options)
        return;
    const file = facts.file;
    const port = literal(property(options, 'port'));
    const secureProp = property(options, 'secure');
    const secure = literal(secureProp);
    const portNumber = typeof port === 'number' ? port : typeof port === 'string' && /^\d+$/.test(port) ? Number(port) : undefined;
    if (portNumber !== undefined && typeof secure === 'boolean' && secureProp && (0,_providers_js__WEBPACK_IMPORTED_MODULE_2__/* .portModeMismatch */ .B4)(portNumber, secure))
        out.push({
            rule: 'code-port-secure-mismatch',
            status: 'fail',
            file,
            line: lineOf(secureProp),
            params: { port: portNumber, secure: String(secure) },
        });
    const tls = property(options, 'tls')?.value;
    const reject = tls?.type === 'ObjectExpression' ? property(tls, 'rejectUnauthorized') : undefined;
    if (reject && literal(reject) === false)
        out.push({ rule: 'code-tls-verify-off', status: 'warn', file, line: lineOf(reject), params: {} });
    const auth = property(options, 'auth')?.value;
    const pass = auth?.type === 'ObjectExpression' ? property(auth, 'pass') : undefined;
    const secret = literal(pass);
    if (pass && typeof secret === 'string' && secret.trim() !== '' && !(0,_settings_placeholder_js__WEBPACK_IMPORTED_MODULE_3__/* .isPlaceholder */ .w)(secret))
        out.push({ rule: 'code-literal-password', status: 'fail', file, line: lineOf(pass), params: {} });
}
const isPooled = (facts, call) => {
    const options = optionsOf(facts, call);
    return options !== undefined && literal(property(options, 'pool')) === true;
};
/** Names declared inside a function (its parameters and its `const`/`let`/`var`), nested functions left out. */
function declaredIn(fn) {
    const names = new Set(fn.params.map((p) => idName(p) ?? ''));
    walk(fn.body, (node, ancestors) => {
        if (node.type === 'VariableDeclarator' && nearestFunction(ancestors) === undefined) {
            const name = idName(node.id);
            if (name)
                names.add(name);
        }
    });
    return names;
}
/** How a function is named in a finding: its own name, the variable or property it is, or the route it handles. */
const functionName = (fn, ancestors) => {
    const own = idName(fn.id);
    if (own)
        return own;
    const parent = ancestors[ancestors.lastIndexOf(fn) - 1];
    if (parent?.type === 'VariableDeclarator')
        return idName(parent.id) ?? '(anonymous)';
    if (parent?.type === 'Property' || parent?.type === 'MethodDefinition')
        return propName(parent) ?? '(anonymous)';
    if (parent?.type === 'CallExpression') {
        const callee = parent.callee;
        const route = callee.type === 'MemberExpression' ? propName(callee) : undefined;
        return route ? `${route} handler` : '(anonymous)';
    }
    return '(anonymous)';
};
function codeFindings(facts) {
    const out = [];
    const file = facts.file;
    walk(facts.ast, (node, ancestors) => {
        if (isCreate(facts, node)) {
            optionFindings(facts, node, out);
            const fn = nearestFunction(ancestors);
            if (fn && !isPooled(facts, node))
                transportPerRequest(facts, node, fn, ancestors, out);
        }
        if (isSend(facts, node)) {
            const parent = ancestors.at(-1);
            const fn = nearestFunction(ancestors);
            const args = node.arguments;
            const callback = args.length > 1 && FUNCTION.has(args.at(-1)?.type ?? '');
            const discarded = parent?.type === 'ExpressionStatement' ||
                (parent?.type === 'UnaryExpression' && parent.operator === 'void' && ancestors.at(-2)?.type === 'ExpressionStatement');
            // The tutorials' callback, `(err, info) => { if (err) console.log(err) }`: the failure is seen only by the log.
            const last = args.at(-1);
            if (callback && last && last.params.length > 0 && onlyLogs(last.body))
                out.push({ rule: 'code-send-error-swallowed', status: 'warn', file, line: lineOf(last), params: {} });
            if (fn && discarded && !callback) {
                out.push({
                    rule: 'code-send-not-awaited',
                    status: 'fail',
                    file,
                    line: lineOf(node),
                    params: { function: functionName(fn, ancestors) },
                });
            }
            // `.catch(e => console.error(e))` on the send: handled in name, swallowed in fact.
            if (parent?.type === 'MemberExpression' && propName(parent) === 'catch') {
                const call = ancestors.at(-2);
                const handler = call?.type === 'CallExpression' ? call.arguments[0] : undefined;
                // `.catch((e) => console.error(e))`, or the logger itself: `.catch(console.error)`.
                const logs = handler && (FUNCTION.has(handler.type) ? onlyLogs(handler.body) : isLogFunction(handler));
                if (handler && logs)
                    out.push({ rule: 'code-send-error-swallowed', status: 'warn', file, line: lineOf(handler), params: {} });
            }
        }
        if (node.type === 'TryStatement' && node.handler && containsSend(facts, node.block)) {
            const handler = node.handler;
            if (onlyLogs(handler.body))
                out.push({ rule: 'code-send-error-swallowed', status: 'warn', file, line: lineOf(handler), params: {} });
        }
    });
    return out;
}
/** A send in this block, not inside a function defined there (that one has its own error path). */
function containsSend(facts, block) {
    let found = false;
    walk(block, (node, ancestors) => {
        if (!found && isSend(facts, node) && nearestFunction(ancestors) === undefined)
            found = true;
    });
    return found;
}
/**
 * A transport made inside a function: kept in a variable of the outer scope (made once, then reused) is fine, and so
 * is a factory that only returns it. Made in a request handler, or made and used for a send in the same function,
 * it is one connection and one login per mail.
 */
function transportPerRequest(facts, call, fn, ancestors, out) {
    const parent = ancestors.at(-1);
    const target = parent?.type === 'AwaitExpression' ? ancestors.at(-2) : parent;
    const local = declaredIn(fn);
    if (target?.type === 'AssignmentExpression') {
        const left = target.left;
        if (left.type === 'MemberExpression' || !local.has(idName(left) ?? ''))
            return;
    }
    const bound = target?.type === 'VariableDeclarator' ? idName(target.id) : target?.type === 'AssignmentExpression' ? idName(target.left) : undefined;
    const sendsHere = () => {
        let sends = false;
        walk(fn.body, (node) => {
            if (sends || node.type !== 'CallExpression')
                return;
            const callee = node.callee;
            if (callee.type !== 'MemberExpression' || propName(callee) !== 'sendMail')
                return;
            const object = callee.object;
            sends = (bound !== undefined && idName(object) === bound) || object === call;
        });
        return sends;
    };
    if (isRequestHandler(fn) || sendsHere()) {
        out.push({
            rule: 'code-transport-per-request',
            status: 'warn',
            file: facts.file,
            line: lineOf(call),
            params: { function: functionName(fn, ancestors) },
        });
    }
}


/***/ })

};
