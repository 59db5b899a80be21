export const id = 695;
export const ids = [695];
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
