export const id = 839;
export const ids = [839,695];
export const modules = {

/***/ 1839:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCli: () => (/* binding */ runCli)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/evaluate.ts + 23 modules
var evaluate = __webpack_require__(9308);
// EXTERNAL MODULE: ./src/report/model.ts
var model = __webpack_require__(6867);
// EXTERNAL MODULE: ./src/report/encode.ts
var encode = __webpack_require__(4622);
// EXTERNAL MODULE: ./src/settings/settings.ts
var settings_settings = __webpack_require__(7100);
// EXTERNAL MODULE: ./src/safe-file.ts
var safe_file = __webpack_require__(1809);
// EXTERNAL MODULE: ./src/i18n/index.ts + 1 modules
var i18n = __webpack_require__(4908);
// EXTERNAL MODULE: ./src/types.ts
var types = __webpack_require__(8522);
// EXTERNAL MODULE: ./src/i18n/causes.ts + 13 modules
var causes = __webpack_require__(1609);
// EXTERNAL MODULE: ./src/untrusted.ts
var untrusted = __webpack_require__(873);
// EXTERNAL MODULE: ./src/report/chain.ts
var chain = __webpack_require__(2463);
;// CONCATENATED MODULE: ./src/report/terminal.ts
// The CLI's report: one line a result, the fix under each problem, colour only on a TTY. What a peer said
// reaches the terminal only through forTerminal/terminalLine: no escape sequence of theirs is ever written.







const MARK = { pass: '✔', warn: '!', fail: '✖', skip: '-' };
const COLOR = { pass: 32, warn: 33, fail: 31, skip: 90 };
function renderTerminal(report, options) {
    const lang = report.language;
    const paint = (code, text) => (options.color ? `\u001b[${code}m${text}\u001b[0m` : text);
    const bold = (text) => (options.color ? `\u001b[1m${text}\u001b[22m` : text);
    const words = (text) => (0,encode/* forTerminal */.Qf)(text, options.color);
    const labelled = (label, text) => (0,i18n/* interpolate */.GW)((0,i18n/* pick */.Up)(i18n.UI.labelled, lang), { label, text });
    const lines = [];
    const t = report.target;
    const target = untrusted/* Text */.E.join([t.provider, untrusted/* Text */.E.theirs(`${t.host.plain || '?'}:${t.port}`), untrusted/* Text */.E.ours(t.secure ? 'TLS' : 'STARTTLS'), t.user], ' ');
    lines.push((0,model/* hasSmtpTarget */.ub)(report) && !report.chain ? `${bold((0,i18n/* pick */.Up)(i18n.UI.heading, lang))}  ${words(target)}` : bold((0,i18n/* pick */.Up)(i18n.UI.heading, lang)));
    if (report.chain) {
        lines.push(bold(words((0,chain/* chainHeadline */.I6)(report.chain, lang))));
        for (const t of report.chain.targets)
            lines.push(`  ${paint(COLOR[t.status], MARK[t.status])} ${words((0,chain/* chainLine */.Cm)(t, lang))}`);
    }
    if (report.path)
        lines.push(words(report.path));
    const groupLines = (results) => {
        for (const group of types/* GROUPS */.fd) {
            const rows = results.filter((r) => r.group === group);
            if (rows.length === 0)
                continue;
            lines.push('', bold((0,i18n/* pick */.Up)(i18n/* GROUP_TITLES */.Cx[group], lang)));
            for (const r of rows) {
                lines.push(`  ${paint(COLOR[r.status], MARK[r.status])} ${labelled(words(r.title), words(r.message))} ${paint(90, `(${r.durationMs} ms)`)}`);
                if (r.fix)
                    lines.push(`      ${labelled(paint(COLOR[r.status], (0,i18n/* pick */.Up)(i18n.UI.fix, lang)), words(r.fix))}`);
                if (options.verbose)
                    lines.push(...r.details.map((d) => `      ${paint(90, (0,encode/* terminalLine */.tL)(d))}`));
            }
        }
    };
    // In a chain, each mail server's results under its own name, then the app's.
    const sections = report.chain
        ? [
            ...report.chain.targets.map((t) => ({
                heading: (0,chain/* chainSection */.JS)(t, lang),
                rows: report.results.filter((r) => r.target?.plain === t.name.plain),
            })),
            { heading: untrusted/* Text */.E.ours((0,i18n/* pick */.Up)(i18n.UI.chainAppSection, lang)), rows: report.results.filter((r) => r.target === undefined) },
        ]
        : [{ rows: report.results }];
    for (const section of sections) {
        if (section.rows.length === 0)
            continue;
        if (section.heading)
            lines.push('', bold(words(section.heading)));
        groupLines(section.rows);
    }
    lines.push('', words(untrusted/* Text */.E.ours((0,i18n/* whereText */.ZF)(report.where.runner, lang))));
    // The verdict names what is wrong, one line per area; all is well only when nothing failed or warned.
    const areas = (0,model/* areaVerdicts */.sw)(report);
    lines.push('');
    for (const { area, status, titles } of areas) {
        const what = untrusted/* Text */.E.join(titles.slice(0, 4), (0,i18n/* pick */.Up)(i18n.UI.listSeparator, lang));
        lines.push(labelled(paint(COLOR[status], bold((0,i18n/* pick */.Up)(i18n.UI.area[area][status], lang))), words(what)));
    }
    if (areas.length === 0 && !report.chain)
        lines.push(paint(32, bold((0,i18n/* pick */.Up)(i18n.UI.verdict.pass, lang))));
    if (report.chain)
        lines.push(paint(COLOR[report.status], bold(words((0,chain/* chainHeadline */.I6)(report.chain, lang)))));
    lines.push((0,i18n/* interpolate */.GW)((0,i18n/* pick */.Up)(i18n.UI.counts, lang), report.counts));
    return `${lines.join('\n')}\n`;
}
/**
 * The CLI on a terminal, live: each result as it completes, and one status line saying what it waits for
 * (rewritten in place with our own escape codes). The full report follows when the run ends.
 */
class LiveTerminal {
    out;
    language;
    color;
    waiting = new Map();
    constructor(out, language, color) {
        this.out = out;
        this.language = language;
        this.color = color;
    }
    status() {
        const [first] = this.waiting.values();
        this.out.write(`\r\u001b[2K${first ? (this.color ? `\u001b[90m${first}\u001b[0m` : first) : ''}`);
    }
    /** `name`: the mail server it is about, in a run of several. */
    start(id, budgetMs, target, name) {
        const title = (name ? `${name} · ` : '') + (0,i18n/* pick */.Up)((0,causes/* checkTitle */.Tq)(id), this.language);
        this.waiting.set(name ? `${name}/${id}` : id, (0,i18n/* interpolate */.GW)((0,i18n/* pick */.Up)(i18n.UI.waitingFor, this.language), { title, target, seconds: Math.ceil(budgetMs / 1000) }));
        this.status();
    }
    result(id, status, words, name) {
        const key = id.split(':')[0] ?? id;
        this.waiting.delete(name ? `${name}/${key}` : key);
        const mark = this.color ? `\u001b[${COLOR[status]}m${MARK[status]}\u001b[0m` : MARK[status];
        const line = (0,i18n/* interpolate */.GW)((0,i18n/* pick */.Up)(i18n.UI.labelled, this.language), {
            label: (0,encode/* forTerminal */.Qf)(words.title, this.color),
            text: (0,encode/* forTerminal */.Qf)(words.text, this.color),
        });
        this.out.write(`\r\u001b[2K  ${mark} ${line}\n`);
        this.status();
    }
    /** Clears the status line before the final report. */
    end() {
        this.out.write('\r\u001b[2K');
    }
}

;// CONCATENATED MODULE: ./src/i18n/cli.ts
/** `{version}`, `{providers}`, `{flags}` are filled in by the CLI. */
const CLI_HELP = {
    en: `email-deploy-check {version}: prove that this machine can send the app's email.

Usage: email-deploy-check [options]

Reads EMAIL_PROVIDER, EMAIL_USER, EMAIL_PASSWORD, SMTP_HOST, SMTP_PORT, SMTP_SECURE, EMAIL_FROM
from the environment, and from ./.env (or --dotenv) for any not set there.

Options:
  --dotenv <path>       read variables from this file (a regular file under 1 MiB); the real environment
                        wins. (--env-file works too, but Node reads that file itself before we run.)
  --provider <name>     {providers},
                        any nodemailer well-known service, or custom
  --user <address>      SMTP user (EMAIL_USER)
  --host <host>         SMTP host (SMTP_HOST)      --port <n>  SMTP port (SMTP_PORT)
  --secure <mode>       auto | true (implicit TLS) | false (STARTTLS)
  --from <address>      sender (EMAIL_FROM; default: the user)
  --to <address>        send a test mail to this address
  --checks <list>       env,dns,tcp,tls,smtp,send,delivery,health,app,server,deliverability,logs,lint
                        (default: all)
  --imap-host <host>    with IMAP_PASSWORD set and --to: find the test mail in that mailbox (IMAP_HOST;
                        default: the mailbox provider's), --imap-user (default: --to), --imap-port,
                        --imap-secure, --delivery-timeout <seconds> (default 60)
  --logs <globs>        application logs to scan for mail errors (default: ~/.pm2/logs/*.log when present)
  --timeout <seconds>   per network step (default 10)
  --fail-on <level>     critical (default) | warning | never
  --targets <file>      several mail servers, the primary first (YAML or JSON list; EMAIL_TARGETS holds the
                        list itself); --require all fails a chain whose primary or a backup is down
  --lang <en|zh>        language of the report (and of this help: --lang zh --help)
  --json                print the report as JSON
  --verbose             show raw details (SMTP transcript, certificate)
  --no-color            plain output
  --help, --version

Every input as a flag (the action's input names):
{flags}
  TLS: --tls-ca <pem file> (a private CA), --tls-reject-unauthorized false (warn instead of fail),
       --allow-plaintext-auth true (AUTH without TLS, on a trusted network only).
  Passwords are read from EMAIL_PASSWORD and IMAP_PASSWORD only, never from a flag; OAuth2 (XOAUTH2)
  from OAUTH2_CLIENT_ID, OAUTH2_CLIENT_SECRET, OAUTH2_REFRESH_TOKEN (or OAUTH2_ACCESS_TOKEN), with
  --oauth2-token-url for a provider other than Gmail or Microsoft.
  Alerts: NOTIFY_DINGTALK (+ NOTIFY_DINGTALK_SECRET), NOTIFY_FEISHU (+ _SECRET), NOTIFY_WECOM, NOTIFY_SLACK,
  NOTIFY_WEBHOOK (+ _SECRET) are told of every run that does not pass; --notify-test true sends a test message.

Exit codes: 0 pass or warnings, 1 critical problems, 2 usage error.
`,
    zh: `email-deploy-check {version}：验证本机能否发送应用的邮件。

用法：email-deploy-check [选项]

从环境变量读取 EMAIL_PROVIDER、EMAIL_USER、EMAIL_PASSWORD、SMTP_HOST、SMTP_PORT、SMTP_SECURE、
EMAIL_FROM；环境中未设置的，再从 ./.env（或 --dotenv 指定的文件）读取。

选项：
  --dotenv <路径>       从该文件读取变量（小于 1 MiB 的普通文件）；真实环境变量优先。
                        （--env-file 也可用，但 Node 会在本工具运行前自行读取该文件。）
  --provider <名称>     {providers}，
                        任一 nodemailer 内置服务，或 custom
  --user <地址>         SMTP 用户名（EMAIL_USER）
  --host <主机>         SMTP 主机（SMTP_HOST）     --port <端口>  SMTP 端口（SMTP_PORT）
  --secure <模式>       auto | true（直接 TLS）| false（STARTTLS）
  --from <地址>         发件人（EMAIL_FROM；默认与用户名相同）
  --to <地址>           向该地址发送一封测试邮件
  --checks <列表>       env,dns,tcp,tls,smtp,send,delivery,health,app,server,deliverability,logs,lint
                        （默认：全部）
  --imap-host <主机>    设置了 IMAP_PASSWORD 和 --to 时，在该邮箱中查找测试邮件（IMAP_HOST；默认为
                        收件邮箱服务商的服务器），另有 --imap-user（默认同 --to）、--imap-port、
                        --imap-secure、--delivery-timeout <秒>（默认 60）
  --logs <通配符>       要扫描邮件错误的应用日志（默认：存在时为 ~/.pm2/logs/*.log）
  --timeout <秒>        每个网络步骤的超时（默认 10）
  --fail-on <级别>      critical（默认）| warning | never
  --targets <文件>      多个邮件服务器，主服务商在前（YAML 或 JSON 列表；EMAIL_TARGETS 可直接写列表）；
                        --require all 时，主服务商或任一备用服务商不可用即判为失败
  --lang <en|zh>        报告语言（也是本帮助的语言：--lang zh --help）
  --json                以 JSON 输出报告
  --verbose             显示原始细节（SMTP 会话记录、证书）
  --no-color            不使用颜色
  --help, --version

所有输入都可作为选项（名称与 Action 的输入相同）：
{flags}
  TLS：--tls-ca <pem 文件>（私有 CA），--tls-reject-unauthorized false（证书问题只警告不失败），
       --allow-plaintext-auth true（不加密登录，仅限可信网络）。
  密码只从 EMAIL_PASSWORD 和 IMAP_PASSWORD 读取，从不通过选项传入；OAuth2（XOAUTH2）从
  OAUTH2_CLIENT_ID、OAUTH2_CLIENT_SECRET、OAUTH2_REFRESH_TOKEN（或 OAUTH2_ACCESS_TOKEN）读取，
  Gmail 和微软以外的服务商另需 --oauth2-token-url。
  告警：NOTIFY_DINGTALK（及 NOTIFY_DINGTALK_SECRET）、NOTIFY_FEISHU（及 _SECRET）、NOTIFY_WECOM、NOTIFY_SLACK、
  NOTIFY_WEBHOOK（及 _SECRET）会在每次未通过时收到通知；--notify-test true 发送一条测试消息。

退出码：0 通过或仅有警告，1 有严重问题，2 用法错误。
`,
};
const CLI_USAGE = {
    unknownFlag: { en: 'unknown flag {flag}.', zh: '未知选项 {flag}。' },
    didYouMean: { en: ' Did you mean {flag}?', zh: '是否想用 {flag}？' },
    missingValue: { en: '{flag} needs a value.', zh: '{flag} 需要一个值。' },
    secretFlag: {
        en: '{flag} is not a flag: a secret on the command line shows in `ps` and the shell history. Set {env} in the environment or the .env file.',
        zh: '{flag} 不是选项：命令行中的密钥会出现在 `ps` 和 shell 历史中。请在环境变量或 .env 文件中设置 {env}。',
    },
    unexpectedArgument: { en: 'unexpected argument "{argument}".', zh: '多余的参数 "{argument}"。' },
    seeHelp: { en: 'Run with --help for every flag.', zh: '运行 --help 查看所有选项。' },
    envFileMissing: { en: 'env file {file} does not exist.', zh: '环境变量文件 {file} 不存在。' },
    envFileRefused: { en: 'env file {file} {because}.', zh: '环境变量文件 {file}{because}。' },
};

// EXTERNAL MODULE: ./src/i18n/text.ts
var i18n_text = __webpack_require__(641);
// EXTERNAL MODULE: ./src/i18n/targets.ts
var targets = __webpack_require__(690);
// EXTERNAL MODULE: ./src/settings/targets.ts
var settings_targets = __webpack_require__(9695);
// EXTERNAL MODULE: ./src/secrets.ts
var secrets = __webpack_require__(7194);
// EXTERNAL MODULE: ./src/runtime.ts
var runtime = __webpack_require__(3683);
// EXTERNAL MODULE: ./src/settings/inputs.ts
var settings_inputs = __webpack_require__(7428);
// EXTERNAL MODULE: ./src/settings/read.ts
var read = __webpack_require__(6765);
// EXTERNAL MODULE: ./src/settings/parse.ts
var parse = __webpack_require__(6894);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: ./src/providers.ts + 1 modules
var providers = __webpack_require__(913);
;// CONCATENATED MODULE: ./src/cli-app.ts
// The CLI: the same engine on a server. Flags and environment in, a terminal report (or JSON) out.
// Exit codes: 0 pass/warn, 1 critical (per --fail-on), 2 usage error.






















/** Secrets come from the environment only: a flag would show in `ps` and shell history. */
const SHORTHANDS = {
    provider: 'email-provider',
    user: 'email-user',
    host: 'smtp-host',
    port: 'smtp-port',
    secure: 'smtp-secure',
    to: 'test-recipient',
    lang: 'language',
    logs: 'log-files',
};
/** The help in the language asked for, with the provider list and every input flag filled in. */
function helpText(language) {
    return (0,i18n/* say */.cv)(CLI_HELP, language, {
        version: version/* VERSION */.x,
        providers: providers/* PROFILES */.jI.map((p) => p.id).join(', '),
        flags: wrap(settings_inputs/* INPUT_NAMES */.Qh.filter((n) => !settings_inputs/* SECRET_INPUTS */.pH.includes(n)).map((n) => `--${n}`)),
    });
}
/** Flags in lines of at most 100 characters, indented. */
function wrap(flags) {
    const lines = [];
    let line = ' ';
    for (const flag of flags) {
        if (line.length + flag.length + 1 > 100) {
            lines.push(line);
            line = ' ';
        }
        line += ` ${flag}`;
    }
    return [...lines, line].join('\n');
}
/** A usage error in words of both languages: said in the one the user asked for. */
class UsageError extends Error {
    words;
    params;
    constructor(words, params = {}) {
        super(words.en);
        this.words = words;
        this.params = params;
    }
}
/**
 * The language of the CLI's own messages, read from argv before it is parsed (a usage error can come first):
 * the last `--lang`/`--language`, as the parser would take it.
 */
function argvLanguage(argv) {
    let value = '';
    argv.forEach((arg, i) => {
        const inline = /^--(?:lang|language)=(.*)$/.exec(arg);
        if (inline)
            value = inline[1] ?? '';
        else if ((arg === '--lang' || arg === '--language') && argv[i + 1] !== undefined)
            value = argv[i + 1] ?? '';
    });
    return (0,parse/* languageOf */.eX)(value);
}
/** Every flag the CLI knows, for "did you mean". */
const KNOWN_FLAGS = () => [
    ...settings_inputs/* INPUT_NAMES */.Qh.filter((n) => !settings_inputs/* SECRET_INPUTS */.pH.includes(n)),
    ...Object.keys(SHORTHANDS),
    'env-file',
    'dotenv',
    'json',
    'verbose',
    'no-color',
    'help',
    'version',
];
/** Our words for what node:util refused (an unknown flag, with the nearest one we know; a missing value). */
function usageMessage(error, language) {
    if (error instanceof UsageError)
        return (0,i18n/* say */.cv)(error.words, language, error.params);
    const text = error instanceof Error ? error.message : String(error);
    const missing = /Option '(-{1,2}[^' ]+)[^']*' argument missing/.exec(text);
    if (missing?.[1])
        return (0,i18n/* say */.cv)(CLI_USAGE.missingValue, language, { flag: missing[1] });
    const unknown = /Unknown option '(-{1,2})([^']+)'/.exec(text);
    if (!unknown?.[2])
        return text;
    const name = unknown[2].replace(/=.*$/, '');
    const secret = settings_inputs/* SECRET_INPUTS */.pH.find((input) => input === name);
    if (secret)
        return (0,i18n/* say */.cv)(CLI_USAGE.secretFlag, language, { flag: `--${secret}`, env: (0,settings_inputs/* specOf */.rI)(secret).env ?? '' });
    const nearest = KNOWN_FLAGS()
        .map((flag) => [flag, (0,providers/* editDistance */.YC)(flag, name)])
        .sort((a, b) => a[1] - b[1])[0];
    const close = nearest && nearest[1] <= Math.max(2, Math.floor(name.length / 3));
    return ((0,i18n/* say */.cv)(CLI_USAGE.unknownFlag, language, { flag: `${unknown[1]}${name}` }) +
        (close ? (0,i18n/* say */.cv)(CLI_USAGE.didYouMean, language, { flag: `--${nearest[0]}` }) : ''));
}
async function runCli(argv, env) {
    const language = argvLanguage(argv);
    let parsed;
    try {
        parsed = parseCliArgs(argv);
    }
    catch (error) {
        process.stderr.write(`email-deploy-check: ${usageMessage(error, language)}\n${(0,i18n/* say */.cv)(CLI_USAGE.seeHelp, language)}\n`);
        return 2;
    }
    const { flags, values } = parsed;
    if (flags.help)
        return (void process.stdout.write(helpText(language)), 0);
    if (flags.version)
        return (void process.stdout.write(`${version/* VERSION */.x}\n`), 0);
    let merged;
    try {
        merged = { ...readEnvFile(flags.envFile), ...env };
    }
    catch (error) {
        if (!(error instanceof UsageError))
            throw error;
        process.stderr.write(`email-deploy-check: ${usageMessage(error, language)}\n`);
        return 2;
    }
    // `--targets FILE`: the list is read from the file (a regular file under 64 KiB); EMAIL_TARGETS holds the list itself.
    if (values.targets !== undefined) {
        try {
            values.targets = readTargetsFile(values.targets);
        }
        catch (error) {
            if (!(error instanceof UsageError))
                throw error;
            process.stderr.write(`email-deploy-check: ${usageMessage(error, language)}\n`);
            return 2;
        }
    }
    const raw = (0,read/* readRawInputs */.y)((name) => values[name], merged);
    const color = !flags.json && !flags.noColor && process.stdout.isTTY === true && !env.NO_COLOR;
    // On a terminal, results show as they come, and a line says what the run waits for.
    const live = !flags.json && process.stdout.isTTY === true ? new LiveTerminal(process.stdout, (0,parse/* languageOf */.eX)(raw.values.language), color) : undefined;
    const redactor = (0,secrets/* createRedactor */.lY)((0,evaluate/* secretsOf */.Fj)(raw));
    let evaluation;
    try {
        evaluation = await (0,evaluate/* evaluate */._3)(raw, (0,runtime/* cliRuntime */.F)(merged), {
            redactor,
            onResult: live &&
                ((r, s, target) => {
                    const words = (0,i18n/* describe */.q0)(r, s.language, 'cli');
                    const title = target ? untrusted/* Text */.E.fill('{target} · {title}', { target, title: words.title }) : words.title;
                    live.result(r.id, r.status, { title: title.mapTheirs(redactor.redact), text: words.text.mapTheirs(redactor.redact) }, target);
                }),
            onStart: live &&
                ((check, s, target) => {
                    // Only what waits on the network earns a status line; the configuration checks answer at once.
                    if (check.group === 'health')
                        live.start(check.id, check.budgetMs, s.health.url);
                    else if (['dns', 'tcp', 'tls', 'smtp', 'send'].includes(check.group))
                        live.start(check.id, check.budgetMs, `${s.host || '?'}:${s.port}`, target);
                    // The wait for the test mail can last a minute: it says which mailbox it watches.
                    else if (check.group === 'delivery')
                        live.start(check.id, check.budgetMs, `${s.imap.host || '?'}:${s.imap.port}`, target);
                }),
        });
    }
    catch (error) {
        // A list of targets the run cannot use: its own words, never a value of it.
        if (!(error instanceof settings_targets/* TargetsError */.x))
            throw error;
        live?.end();
        process.stderr.write(`email-deploy-check: ${error.say(language)}\n`);
        return 2;
    }
    const { report, settings, unusedInputs } = evaluation;
    if (unusedInputs)
        process.stderr.write(`email-deploy-check: ${(0,i18n/* say */.cv)(i18n.UI.targetsUnusedInputs, settings.language, { inputs: unusedInputs.map((n) => `--${n}`).join(', ') })}\n`);
    live?.end();
    // The report's human text is redacted where it is built; toJson escapes every control character, C1 and bidi included.
    const output = flags.json ? `${(0,encode/* toJson */.aB)(report, 2)}\n` : renderTerminal((0,model/* viewOf */.du)(report, redactor), { color, verbose: flags.verbose });
    process.stdout.write(output);
    await notifyFromCli((0,model/* viewOf */.du)(report, redactor), settings, redactor);
    return (0,types/* shouldFail */.W9)(report.status, settings.failOn) ? 1 : 0;
}
/**
 * On a server (a cron job), the team's channels hear of every run that does not pass, and `--notify-test` sends one
 * test message; their addresses and secrets come from the environment (NOTIFY_DINGTALK, ...). What each answered is
 * said on stderr: the exit code is the mail's.
 */
async function notifyFromCli(view, settings, redactor) {
    if (!(0,settings_settings/* hasNotifyChannel */.t)(settings.notify))
        return;
    const { notifyTeam } = await __webpack_require__.e(/* import() */ 227).then(__webpack_require__.bind(__webpack_require__, 2227));
    const lines = await notifyTeam(view, settings.notify, {
        repository: settings.runtime.repository,
        timeoutMs: settings.timeoutMs,
        redact: redactor.redact,
    });
    for (const { text } of lines)
        process.stderr.write(`${(0,encode/* forTerminal */.Qf)(text, false)}\n`);
}
function parseCliArgs(argv) {
    const inputOptions = Object.fromEntries(settings_inputs/* INPUT_NAMES */.Qh.filter((n) => !settings_inputs/* SECRET_INPUTS */.pH.includes(n)).map((n) => [n, { type: 'string' }]));
    const shorthandOptions = Object.fromEntries(Object.keys(SHORTHANDS).map((n) => [n, { type: 'string' }]));
    const { values, positionals } = (0,external_node_util_.parseArgs)({
        args: argv,
        allowPositionals: true,
        strict: true,
        options: {
            ...inputOptions,
            ...shorthandOptions,
            'env-file': { type: 'string' },
            dotenv: { type: 'string' },
            json: { type: 'boolean' },
            verbose: { type: 'boolean' },
            'no-color': { type: 'boolean' },
            help: { type: 'boolean', short: 'h' },
            version: { type: 'boolean', short: 'v' },
        },
    });
    if (positionals.length)
        throw new UsageError(CLI_USAGE.unexpectedArgument, { argument: positionals[0] ?? '' });
    const inputs = {};
    for (const [key, value] of Object.entries(values)) {
        if (typeof value !== 'string')
            continue;
        const input = SHORTHANDS[key] ?? (settings_inputs/* INPUT_NAMES */.Qh.includes(key) ? key : undefined);
        if (input)
            inputs[input] = value;
    }
    return {
        values: inputs,
        flags: {
            envFile: values['env-file'] ?? values.dotenv,
            json: values.json === true,
            verbose: values.verbose === true,
            noColor: values['no-color'] === true,
            help: values.help === true,
            version: values.version === true,
        },
    };
}
/**
 * A file the CLI is pointed at (`--dotenv`, `--targets`): bounded and regular only (a FIFO would hang the CLI, a
 * 300 MB file would fill memory), a missing or refused one a usage error in the refusal's words. Never quoted back.
 */
function readCliFile(file, maxBytes, limit, words) {
    if (!(0,external_node_fs_.existsSync)(file))
        throw new UsageError(words.missing, { file });
    try {
        return (0,safe_file/* readSafelySync */.O4)(file, { within: [], maxBytes });
    }
    catch (error) {
        if (!(error instanceof safe_file/* FileRefused */.rV))
            throw error;
        // The same words as a refused config file; {within} cannot occur here (the CLI reads from anywhere).
        const because = i18n_text/* REFUSED_BECAUSE */.MF[error.reason];
        throw new UsageError({ en: words.refused.en.replace('{because}', because.en), zh: words.refused.zh.replace('{because}', because.zh) }, { file, limit, detail: error.detail, within: '' });
    }
}
/** The targets file's text (it holds passwords). */
const readTargetsFile = (file) => readCliFile(file, 64 * 1024, '64 KiB', { missing: targets/* TARGETS_WORDS */.b.fileMissing, refused: targets/* TARGETS_WORDS */.b.fileRefused });
function readEnvFile(path) {
    const file = path ?? ((0,external_node_fs_.existsSync)('.env') ? '.env' : undefined);
    if (!file)
        return {};
    const text = readCliFile(file, safe_file/* CONFIG_FILE_MAX_BYTES */.hj, '1 MiB', { missing: CLI_USAGE.envFileMissing, refused: CLI_USAGE.envFileRefused });
    return (0,external_node_util_.parseEnv)(text);
}


/***/ }),

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
