import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 9308:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  _3: () => (/* binding */ evaluate),
  Fj: () => (/* binding */ secretsOf)
});

// UNUSED EXPORTS: urlSecrets

// EXTERNAL MODULE: ./src/text.ts
var src_text = __nccwpck_require__(8992);
;// CONCATENATED MODULE: ./src/engine.ts

const produce = (outcomes, value) => ({ outcomes, value });
class CheckGraphError extends Error {
}
/**
 * Refuses a graph the engine cannot run: a prerequisite that is not among the checks (a typo would
 * otherwise let the dependent run early), a repeated id, or a cycle (which would wait forever).
 */
function validateGraph(checks) {
    const known = new Set(checks);
    const ids = new Set();
    for (const check of checks) {
        if (ids.has(check.id))
            throw new CheckGraphError(`two checks have the id ${check.id}`);
        ids.add(check.id);
        for (const need of check.needs ?? []) {
            if (!known.has(need))
                throw new CheckGraphError(`${check.id} needs ${need.id}, which is not one of the checks`);
        }
    }
    const state = new Map();
    const visit = (check, path) => {
        if (state.get(check) === 'done')
            return;
        if (state.get(check) === 'visiting')
            throw new CheckGraphError(`the checks wait for each other: ${[...path, check.id].join(' → ')}`);
        state.set(check, 'visiting');
        for (const need of check.needs ?? [])
            visit(need, [...path, check.id]);
        state.set(check, 'done');
    };
    for (const check of checks)
        visit(check, []);
    for (const check of checks) {
        const unreachable = (check.reads ?? []).find((read) => !ancestorsOf(check).has(read));
        if (unreachable)
            throw new CheckGraphError(`${check.id} reads ${unreachable.id}, which is not among its prerequisites`);
    }
}
/** Every check `check` waits for, directly or further up. */
function ancestorsOf(check) {
    const found = new Set();
    const walk = (c) => {
        for (const need of c.needs ?? []) {
            if (found.has(need))
                continue;
            found.add(need);
            walk(need);
        }
    };
    walk(check);
    return found;
}
/** Grace past a check's own budget before the engine gives up on it. */
const HARD_STOP_GRACE_MS = 500;
async function runChecks(checks, settings, options = {}) {
    validateGraph(checks);
    // Under the default `checks: all`, a check whose input is absent is left out; asked for by name, it fails.
    const withheld = (c) => settings.secretsWithheld && c.needsSecrets === true;
    const planned = checks.filter((c) => (c.always === true || settings.checks.includes(c.group)) &&
        (c.relevant?.(settings) ?? true) &&
        (settings.checksExplicit || !c.requires?.(settings) || withheld(c)));
    // A group named alone pulls in what it cannot do without (the connection and greeting for `tls`).
    const pull = (check) => {
        for (const need of check.needs ?? []) {
            if (planned.includes(need) || !need.pulledIn || !(need.relevant?.(settings) ?? true))
                continue;
            planned.push(need);
            pull(need);
        }
    };
    [...planned].forEach(pull);
    planned.sort((a, b) => checks.indexOf(a) - checks.indexOf(b));
    const inPlan = new Set(planned);
    const ancestors = new Map(planned.map((c) => [c, ancestorsOf(c)]));
    const values = new Map();
    const running = new Map();
    const releases = releaseSchedule(planned, ancestors, values);
    const start = (check) => {
        const existing = running.get(check);
        if (existing)
            return existing;
        const promise = (async () => {
            const needs = (check.needs ?? []).filter((c) => inPlan.has(c));
            const prerequisites = (await Promise.all(needs.map(start))).flatMap((f) => f.results);
            // A skipped prerequisite blocks only when it was itself blocked; "nothing to inspect" (no TLS session) does not.
            const blocker = prerequisites.find((r) => r.status === 'fail' || (r.status === 'skip' && r.cause === 'prerequisite-failed'));
            const get = (wanted) => {
                if (!mayRead(check, wanted, ancestors))
                    throw new Error(`${check.id} reads ${wanted.id}, which it does not need`);
                return values.get(wanted);
            };
            const finished = withheld(check)
                ? { results: [finish(check, { status: 'skip', cause: 'secrets-withheld' }, 0)] }
                : blocker
                    ? { results: [finish(check, { status: 'skip', cause: 'prerequisite-failed', params: { check: blocker.id } }, 0)] }
                    : await execute(check, settings, get, options.now ?? Date.now, options.onStart, options.onSecret);
            if (finished.value !== undefined)
                values.set(check, finished.value);
            finished.results.forEach((r) => options.onResult?.(r));
            releases.finished(check);
            return finished;
        })();
        running.set(check, promise);
        return promise;
    };
    const all = await Promise.all(planned.map(start));
    return all.flatMap((f) => f.results);
}
/** Whether `reader` may read what `producer` made: a prerequisite, among those it `reads` when it names them. */
function mayRead(reader, producer, ancestors) {
    return (ancestors.get(reader)?.has(producer) ?? false) && (reader.reads?.includes(producer) ?? true);
}
/**
 * Releases each produced value as soon as the producer and every planned check below it have finished:
 * a session lives exactly as long as something may still read it.
 */
function releaseSchedule(planned, ancestors, values) {
    const waiting = new Map();
    for (const check of planned) {
        if (!check.release)
            continue;
        waiting.set(check, 1 + planned.filter((c) => mayRead(c, check, ancestors)).length);
    }
    const tick = (producer) => {
        const left = (waiting.get(producer) ?? 0) - 1;
        waiting.set(producer, left);
        if (left !== 0 || !values.has(producer))
            return;
        try {
            producer.release?.(values.get(producer));
        }
        catch {
            // Releasing is best effort: a socket that is already gone is fine.
        }
    };
    return {
        finished(check) {
            for (const producer of waiting.keys())
                if (producer === check || mayRead(check, producer, ancestors))
                    tick(producer);
        },
    };
}
async function execute(check, settings, get, now, onStart, onSecret) {
    const began = performance.now();
    const elapsed = () => Math.round(performance.now() - began);
    const missing = check.requires?.(settings);
    if (missing)
        return { results: [finish(check, { status: 'fail', cause: 'input-missing', params: { input: missing, group: check.group } }, 0)] };
    const budget = check.budgetMs?.(settings) ?? settings.timeoutMs;
    onStart?.({ id: check.id, group: check.group, budgetMs: budget });
    const controller = new AbortController();
    let timer;
    const hardStop = new Promise((resolve) => {
        timer = setTimeout(() => {
            controller.abort();
            resolve({ status: 'fail', cause: 'check-timeout', params: { seconds: (0,src_text/* round1 */.Qq)(budget / 1000) } });
        }, budget + HARD_STOP_GRACE_MS);
    });
    try {
        const work = Promise.resolve().then(() => check.run({ settings, signal: controller.signal, get, now, secret: (value) => onSecret?.(value) }));
        // Work that ends after the hard stop still hands back what it opened: release it, nobody will read it.
        void work.then((late) => controller.signal.aborted && isProduced(late) && check.release?.(late.value), () => undefined);
        const output = await Promise.race([work, hardStop]);
        const produced = isProduced(output) ? output : undefined;
        const outcomes = produced ? produced.outcomes : output;
        const results = (Array.isArray(outcomes) ? outcomes : [outcomes]).map((o) => finish(check, o, elapsed()));
        const passed = results.every((r) => r.status === 'pass' || r.status === 'warn');
        if (produced && !passed)
            check.release?.(produced.value);
        return { results, value: produced && passed ? produced.value : undefined };
    }
    catch (error) {
        return { results: [finish(check, { status: 'fail', cause: 'internal', params: { error: (0,src_text/* errorText */.kc)(error) } }, elapsed())] };
    }
    finally {
        // No abort on success: a produced value (a live session) is released by the schedule instead.
        clearTimeout(timer);
    }
}
function isProduced(output) {
    return typeof output === 'object' && output !== null && 'outcomes' in output && 'value' in output;
}
function finish(check, outcome, durationMs) {
    const { subject, durationMs: theirs, ...rest } = outcome;
    return {
        ...rest,
        id: subject ? `${check.id}:${subject}` : check.id,
        group: check.group,
        params: outcome.params ?? {},
        durationMs: theirs ?? durationMs,
    };
}

// EXTERNAL MODULE: ./src/providers.ts + 1 modules
var providers = __nccwpck_require__(913);
// EXTERNAL MODULE: ./src/settings/address.ts
var address = __nccwpck_require__(6697);
;// CONCATENATED MODULE: ./src/imap/outcome.ts


/** A delivered copy is read up to this size (a test or verification mail is a few KB). */
const MAX_COPY_BYTES = 1024 * 1024;
/** A login refusal's fix depends on what the mailbox's provider wants for IMAP: by its domain, else by its IMAP host. */
function loginCause(s) {
    const profile = (0,providers/* providerForDomain */.B3)((0,address/* domainOf */.Ow)(s.imap.user))?.profile ?? providers/* PROFILES */.jI.find((p) => p.imapHost === s.imap.host.toLowerCase());
    if (profile?.vendor === 'microsoft')
        return { cause: 'imap-auth-failed-microsoft', help: profile.help };
    if (profile?.credential === 'auth-code')
        return { cause: 'imap-auth-failed-code', help: profile.help };
    if (profile?.credential === 'app-password')
        return { cause: 'imap-auth-failed-app-password', help: profile.help };
    return { cause: 'imap-auth-failed', help: '' };
}
function imapFailure(failure, s) {
    const params = { host: s.imap.host, port: s.imap.port, user: s.imap.user, secure: String(s.imap.secure), error: failure.detail };
    if (failure.reason === 'imap-auth-failed') {
        const { cause, help } = loginCause(s);
        return { status: 'fail', cause, params: { ...params, help } };
    }
    return { status: 'fail', cause: failure.reason, params };
}

// EXTERNAL MODULE: ./src/net/http.ts
var http = __nccwpck_require__(9663);
// EXTERNAL MODULE: ./src/secrets.ts
var secrets = __nccwpck_require__(7194);
// EXTERNAL MODULE: ./src/net/resolve.ts
var net_resolve = __nccwpck_require__(6551);
// EXTERNAL MODULE: ./src/net/timeout.ts
var timeout = __nccwpck_require__(9376);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
;// CONCATENATED MODULE: ./src/smtp/oauth2.ts


/** The token endpoint refused or could not be reached; `detail` is its words (untrusted, never a secret of ours). */
class OAuth2Failure extends Error {
    reason;
    detail;
    constructor(reason, detail) {
        super(detail);
        this.reason = reason;
        this.detail = detail;
    }
}
/** RFC 6749 error codes and Microsoft's AADSTS numbers, as token endpoints answer them. */
function classifyTokenError(error) {
    const text = error instanceof Error ? error.message : String(error);
    const code = error.code ?? '';
    if (/AADSTS700082|AADSTS700084/.test(text))
        return new OAuth2Failure('oauth2-refresh-token-inactive', text);
    if (/invalid_client|unauthorized_client|AADSTS7000215|AADSTS7000222|AADSTS700016/.test(text))
        return new OAuth2Failure('oauth2-invalid-client', text);
    if (/invalid_scope|AADSTS65001|AADSTS70011|AADSTS650053/.test(text))
        return new OAuth2Failure('oauth2-scope', text);
    if (/invalid_grant|AADSTS70000|AADSTS70008|AADSTS50173/.test(text))
        return new OAuth2Failure('oauth2-invalid-grant', text);
    if (/^(ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|ECONNRESET|ETIMEOUT|CERT_|DEPTH_ZERO|SELF_SIGNED|UNABLE_TO)/.test(code) ||
        /timed? ?out|no answer within/i.test(text))
        return new OAuth2Failure('oauth2-endpoint-unreachable', text);
    return new OAuth2Failure('oauth2-token-error', text);
}
/** What the server's XOAUTH2 refusal said (the JSON of its 334 challenge): HTTP-like status and the scope it wants. */
function xoauth2Refusal(reply) {
    const json = /\{.*\}/s.exec(reply)?.[0];
    try {
        const parsed = json ? JSON.parse(json) : {};
        return { status: typeof parsed.status === 'string' ? parsed.status : '', scope: typeof parsed.scope === 'string' ? parsed.scope : '' };
    }
    catch {
        return { status: '', scope: '' };
    }
}
/** A token endpoint's answer is a small JSON object: more than this is not one. */
const MAX_TOKEN_ANSWER_BYTES = 64 * 1024;
/**
 * The access token to log in with: as given, or fetched now with the refresh token (RFC 6749 section 6), through
 * the one HTTP door: bounded by `timeoutMs` and in bytes, `tls-ca` trusted, no redirect followed (a token endpoint
 * that redirects would carry the client secret elsewhere). Its refusals are read as RFC 6749 section 5.2 writes them.
 */
async function accessToken(o, options) {
    if (o.accessToken !== '')
        return o.accessToken;
    const form = new URLSearchParams({
        client_id: o.clientId,
        client_secret: o.clientSecret,
        refresh_token: o.refreshToken,
        grant_type: 'refresh_token',
    });
    let answer;
    try {
        answer = await (0,http/* request */.Em)(o.tokenUrl, {
            method: 'POST',
            headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
            body: form.toString(),
            timeoutMs: options.timeoutMs,
            maxBytes: MAX_TOKEN_ANSWER_BYTES,
            overflow: 'fail',
            ca: options.ca,
        });
    }
    catch (error) {
        const detail = error instanceof http/* HttpError */.j$ ? error.detail : String(error);
        const code = error instanceof http/* HttpError */.j$ && error.failure === 'timeout'
            ? 'ETIMEDOUT'
            : error instanceof http/* HttpError */.j$
                ? error.detail.split(' ')[0]
                : '';
        throw classifyTokenError(Object.assign(new Error(detail), { code }));
    }
    let data;
    try {
        data = JSON.parse(answer.body);
    }
    catch {
        throw new OAuth2Failure('oauth2-token-error', `the token endpoint answered ${answer.status} with a body that is not JSON`);
    }
    const fields = (typeof data === 'object' && data !== null ? data : {});
    const text = (value) => (typeof value === 'string' ? value : '');
    if (text(fields.error) !== '') {
        const description = text(fields.error_description);
        throw classifyTokenError(new Error(`${text(fields.error)}${description ? `: ${description}` : ''}`));
    }
    const token = fields.access_token;
    if (token === undefined)
        throw new OAuth2Failure('oauth2-token-error', `the token endpoint answered ${answer.status} without an access_token`);
    // The endpoint's answer is untrusted: a token that is not text, or too short to be one (masking a short word
    // would hide that word everywhere in the log), is a failed fetch, never a secret to register.
    if (typeof token !== 'string')
        throw new OAuth2Failure('oauth2-token-error', `the token endpoint's access_token is a ${typeof token}, not text`);
    if (token.trim().length < secrets/* MIN_REDACTABLE_LENGTH */.qX)
        throw new OAuth2Failure('oauth2-token-error', `the token endpoint's access_token has ${token.trim().length} characters: too short to be a token`);
    return token;
}
/** A refused XOAUTH2 login: the server's JSON says whether the token or its scope is the problem. */
function diagnoseXoauth2(error, s) {
    if (error.code === 'ENOAUTH')
        return { cause: 'auth-xoauth2-not-offered', params: { methods: error.response ?? '' } };
    const { status, scope } = xoauth2Refusal(error.response ?? '');
    const params = { user: s.user, status: status || '-', scope: scope || '-', reply: error.response ?? '' };
    if (status === '401' && s.oauth2?.accessToken)
        return { cause: 'oauth2-access-token-expired', params };
    return { cause: 'auth-xoauth2-rejected', params };
}

;// CONCATENATED MODULE: ./src/checks/oauth2.ts
// OAuth2 (XOAUTH2) logins: the access token, got while the connection opens, and what a refused XOAUTH2 login
// says. The login itself is the auth check's (checks/smtp.ts), on the one session.


/**
 * The OAuth2 access token, fetched from the token endpoint while the connection is being opened (it needs
 * nothing from it), or taken as given. Planned only when OAuth2 is configured.
 */
const oauth2TokenCheck = {
    id: 'smtp.oauth2',
    group: 'smtp',
    needsSecrets: true,
    pulledIn: true,
    relevant: (s) => s.oauth2 !== undefined,
    run: async ({ settings: s, secret }) => {
        const o = s.oauth2;
        if (!o)
            return { status: 'skip', cause: 'prerequisite-failed', params: { check: 'env.password' } };
        const endpoint = o.tokenUrl === '' ? '-' : new URL(o.tokenUrl).host;
        if (o.accessToken !== '')
            return produce({ status: 'pass', cause: 'oauth2-token-given' }, o.accessToken);
        if (o.tokenUrl === '' || o.clientId === '' || o.clientSecret === '')
            return { status: 'fail', cause: 'oauth2-not-configured' };
        try {
            const token = await accessToken(o, { timeoutMs: s.timeoutMs, ca: s.tlsCa });
            secret(token);
            return produce({ status: 'pass', cause: 'oauth2-token-fetched', params: { endpoint } }, token);
        }
        catch (error) {
            if (!(error instanceof OAuth2Failure))
                throw error;
            return { status: 'fail', cause: error.reason, params: { endpoint, error: error.detail } };
        }
    },
};
const OAUTH2_CHECKS = [oauth2TokenCheck];

;// CONCATENATED MODULE: ./src/net/tcp.ts
class TcpError extends Error {
    reason;
    detail;
    constructor(reason, detail) {
        super(detail);
        this.reason = reason;
        this.detail = detail;
    }
}
function connectTcp(address, port, timeoutMs, signal) {
    return new Promise((resolve, reject) => {
        const socket = process.getBuiltinModule('node:net').connect({ host: address, port });
        const fail = (error) => {
            clearTimeout(timer);
            socket.destroy();
            reject(error);
        };
        const timer = setTimeout(() => fail(new TcpError('tcp-timeout', `no answer from ${address}:${port} within ${timeoutMs} ms`)), timeoutMs);
        signal?.addEventListener('abort', () => fail(new TcpError('tcp-timeout', 'stopped')), { once: true });
        socket.once('connect', () => {
            clearTimeout(timer);
            socket.removeAllListeners('error');
            resolve(socket);
        });
        socket.once('error', (error) => fail(classifyTcpError(error)));
    });
}
function classifyTcpError(error) {
    const detail = `${error.code ?? ''} ${error.message}`.trim();
    switch (error.code) {
        case 'ECONNREFUSED':
            return new TcpError('tcp-refused', detail);
        case 'ETIMEDOUT':
            return new TcpError('tcp-timeout', detail);
        case 'EHOSTUNREACH':
        case 'ENETUNREACH':
        case 'EADDRNOTAVAIL':
            return new TcpError('tcp-unreachable', detail);
        default:
            return new TcpError('tcp-error', detail);
    }
}
/** Tries each port at once: how a person learns that their host blocks one port but not another. */
async function probePorts(address, ports, timeoutMs, signal) {
    const states = await Promise.all(ports.map(async (port) => {
        try {
            (await connectTcp(address, port, timeoutMs, signal)).destroy();
            return 'open';
        }
        catch (error) {
            return error.reason === 'tcp-refused' ? 'refused' : 'no answer';
        }
    }));
    return Object.fromEntries(ports.map((p, i) => [p, states[i]]));
}

// EXTERNAL MODULE: ./src/smtp/wire.ts
var smtp_wire = __nccwpck_require__(7327);
;// CONCATENATED MODULE: ./src/smtp/capabilities.ts
// The EHLO reply, read once where it enters (as nodemailer's smtp-connection does): every consumer reads these
// fields, none parses the lines again.
/** Reads the lines of an EHLO reply after the first (the server's name). */
function parseEhlo(lines) {
    const trimmed = lines.map((line) => line.trim()).filter(Boolean);
    const keyword = (line) => (line.split(/[ =]/)[0] ?? '').toUpperCase();
    const keywords = trimmed.map(keyword);
    const has = (name) => keywords.includes(name);
    const auth = new Set();
    for (const line of trimmed) {
        if (keyword(line) !== 'AUTH')
            continue;
        for (const mechanism of line.slice(5).split(/\s+/))
            if (mechanism)
                auth.add(mechanism.toUpperCase());
    }
    const sizeLine = trimmed.find((line) => keyword(line) === 'SIZE');
    const sizeValue = sizeLine === undefined ? undefined : Number(/^SIZE\s+(\d+)/i.exec(sizeLine)?.[1] ?? 0);
    return {
        lines: trimmed,
        keywords,
        auth: [...auth],
        authAdvertised: has('AUTH'),
        starttls: has('STARTTLS'),
        pipelining: has('PIPELINING'),
        size: sizeValue,
        eightBitMime: has('8BITMIME'),
        smtpUtf8: has('SMTPUTF8'),
        enhancedStatusCodes: has('ENHANCEDSTATUSCODES'),
        chunking: has('CHUNKING'),
        dsn: has('DSN'),
    };
}
/** Nothing advertised (before EHLO, or a server that answered only HELO). */
const NO_CAPABILITIES = parseEhlo([]);

;// CONCATENATED MODULE: ./src/smtp/probe.ts
// The wire probe: connect, greeting, EHLO, STARTTLS, TLS inspection, EHLO again, QUIT.
// It never authenticates; it tells what the server is and catches port/TLS-mode mismatches on the wire.




class ProbeError extends Error {
    reason;
    params;
    transcript;
    constructor(reason, params, transcript) {
        super(reason);
        this.reason = reason;
        this.params = params;
        this.transcript = transcript;
    }
}
/** nodemailer's rule: the machine name when it is a FQDN, else an address literal servers accept. */
function ehloName() {
    const name = (0,external_node_os_.hostname)();
    return name.includes('.') ? name : '[127.0.0.1]';
}
function tlsOptions(host, ca) {
    return {
        servername: process.getBuiltinModule('node:net').isIP(host) ? undefined : host,
        // Accept old protocols here so that we can name them; the AUTH connection keeps Node's defaults.
        minVersion: 'TLSv1',
        ciphers: 'DEFAULT:@SECLEVEL=0',
        ...(ca?.length ? { ca } : {}),
    };
}
const WRONG_VERSION = /wrong version number|packet length too long|unknown protocol|record layer failure|http request/i;
async function probeSmtp(options) {
    const transcript = [];
    const fail = (reason, params = {}) => {
        throw new ProbeError(reason, params, transcript);
    };
    const seconds = Math.round(options.timeoutMs / 100) / 10;
    const started = performance.now();
    let wire;
    let tls;
    if (options.secure) {
        transcript.push(`-- TLS handshake with ${options.address}:${options.port}`);
        const target = options.socket ? { socket: options.socket } : { host: options.address, port: options.port };
        const socket = await (0,smtp_wire/* handshake */.gk)({ ...target, ...tlsOptions(options.host, options.ca) }, options.timeoutMs).catch((error) => {
            if (error.code === 'ERR_SSL_WRONG_VERSION_NUMBER' || WRONG_VERSION.test(error.message))
                return fail('tls-on-plaintext-port', { port: options.port });
            if (error.code === 'ETLSTIMEOUT')
                return fail('tls-handshake-timeout', { seconds });
            if (error.code === 'ECONNREFUSED')
                return fail('tcp-refused', { port: options.port });
            return fail('tls-handshake-failed', { error: error.message });
        });
        tls = inspectTls(socket, options.host);
        wire = new smtp_wire/* SmtpWire */.Cy(socket, transcript, options.timeoutMs);
    }
    else {
        const socket = options.socket ??
            (await connectTcp(options.address, options.port, options.timeoutMs, options.signal).catch((error) => fail(error.reason, { port: options.port })));
        wire = new smtp_wire/* SmtpWire */.Cy(socket, transcript, options.timeoutMs);
    }
    options.signal?.addEventListener('abort', () => wire.close(), { once: true });
    try {
        const greeting = await (options.secure ? wire.read() : greetingOrTlsPort(wire, options)).catch((error) => {
            if (error instanceof ProbeError)
                throw new ProbeError(error.reason, error.params, transcript);
            const failure = error.failure;
            if (failure === 'timeout')
                return fail('greeting-timeout', { seconds, port: options.port });
            if (failure === 'garbage')
                return fail('greeting-garbage', { line: error.detail });
            if (failure === 'too-long')
                return fail('smtp-reply-too-long', { stage: 'greeting', lines: smtp_wire/* MAX_REPLY_LINES */.Gh });
            return fail('greeting-closed', { port: options.port });
        });
        const greetingMs = Math.round(performance.now() - started);
        if (greeting.code === 421)
            fail('greeting-421', { reply: greeting.text });
        if (greeting.code !== 220)
            fail('greeting-rejected', { reply: greeting.text, code: greeting.code });
        const step = async (stage, run) => run().catch((error) => fail(error.failure === 'timeout' ? 'smtp-timeout' : error.failure === 'too-long' ? 'smtp-reply-too-long' : 'smtp-closed', {
            stage,
            seconds,
            lines: smtp_wire/* MAX_REPLY_LINES */.Gh,
        }));
        let ehlo = await step('EHLO', () => wire.command(`EHLO ${ehloName()}`));
        if (ehlo.code === 421)
            fail('greeting-421', { reply: ehlo.text });
        if (ehlo.code !== 250)
            fail('ehlo-rejected', { reply: ehlo.text });
        let capabilities = parseEhlo(ehlo.lines.slice(1));
        const starttlsOffered = capabilities.starttls;
        if (!options.secure && starttlsOffered) {
            const reply = await step('STARTTLS', () => wire.command('STARTTLS'));
            if (reply.code !== 220)
                fail('starttls-refused', { reply: reply.text });
            transcript.push('-- TLS handshake (STARTTLS)');
            const upgraded = await wire
                .upgrade(tlsOptions(options.host, options.ca))
                .catch((error) => fail(error.code === 'ETLSTIMEOUT' ? 'tls-handshake-timeout' : 'tls-handshake-failed', { error: error.message, seconds }));
            wire = upgraded.wire;
            tls = inspectTls(upgraded.socket, options.host);
            ehlo = await step('EHLO', () => wire.command(`EHLO ${ehloName()}`));
            if (ehlo.code !== 250)
                fail('ehlo-rejected', { reply: ehlo.text });
            capabilities = parseEhlo(ehlo.lines.slice(1));
        }
        // No QUIT: the session goes on on this connection (the check that produced it sends QUIT when all are done).
        return { greeting, greetingMs, capabilities, starttlsOffered, tls, transcript, wire };
    }
    catch (error) {
        wire.close();
        throw error;
    }
}
/**
 * Waits for the plaintext greeting. If the server stays silent for a moment, a second connection
 * tries TLS: a server that completes a handshake is an implicit-TLS port (465) addressed as STARTTLS.
 */
async function greetingOrTlsPort(wire, options) {
    const silenceMs = Math.min(1000, Math.floor(options.timeoutMs / 3));
    const greeting = wire.read(options.timeoutMs);
    let timer;
    const tlsPort = new Promise((_, reject) => {
        timer = setTimeout(() => {
            (0,smtp_wire/* handshake */.gk)({ host: options.address, port: options.port, ...tlsOptions(options.host, options.ca) }, options.timeoutMs - silenceMs).then((socket) => {
                socket.destroy();
                reject(new ProbeError('plaintext-on-tls-port', { port: options.port }, []));
            }, () => undefined);
        }, silenceMs);
    });
    try {
        return await Promise.race([greeting, tlsPort]);
    }
    finally {
        clearTimeout(timer);
    }
}
function inspectTls(socket, host) {
    const cert = socket.getPeerCertificate();
    const identity = cert && Object.keys(cert).length ? process.getBuiltinModule('node:tls').checkServerIdentity(host, cert) : new Error('no certificate');
    const name = (field) => field
        ? Object.entries(field)
            .map(([k, v]) => `${k}=${Array.isArray(v) ? v.join('+') : v}`)
            .join(', ')
        : '';
    return {
        protocol: socket.getProtocol() ?? 'unknown',
        cipher: socket.getCipher()?.name ?? 'unknown',
        authorized: socket.authorized,
        authorizationError: socket.authorizationError
            ? String(socket.authorizationError.code ?? socket.authorizationError)
            : undefined,
        hostnameError: identity?.message,
        subject: name(cert.subject),
        issuer: name(cert.issuer),
        validFrom: cert.valid_from ?? '',
        validTo: cert.valid_to ?? '',
        altNames: cert.subjectaltname ?? '',
        fingerprint: cert.fingerprint256 ?? '',
    };
}

// EXTERNAL MODULE: ./src/smtp/session.ts
var session = __nccwpck_require__(5524);
// EXTERNAL MODULE: ./src/settings/placeholder.ts
var placeholder = __nccwpck_require__(8260);
;// CONCATENATED MODULE: ./src/checks/env.ts




const pass = (cause, params) => ({ status: 'pass', cause, params });
const warn = (cause, params) => ({ status: 'warn', cause, params });
const fail = (cause, params) => ({ status: 'fail', cause, params });
const profileOf = (s) => (s.provider.kind === 'known' ? s.provider.provider.profile : undefined);
const providerName = (s) => s.provider.kind === 'known' ? s.provider.provider.id : s.provider.kind === 'custom' ? 'custom' : s.provider.name;
const inputsCheck = {
    id: 'env.inputs',
    group: 'env',
    always: true,
    run: ({ settings }) => settings.problems.length === 0
        ? pass('inputs-valid')
        : settings.problems.map((p) => ({ ...fail(p.cause, p.params), subject: p.input })),
};
const providerCheck = {
    id: 'env.provider',
    group: 'env',
    run: ({ settings: s }) => {
        if (s.provider.kind === 'unknown') {
            return fail(s.provider.suggestion ? 'provider-unknown-suggest' : 'provider-unknown', {
                provider: s.provider.name,
                suggestion: s.provider.suggestion ?? '',
                providers: (0,providers/* PROVIDER_LIST */.Pj)(),
            });
        }
        if (s.provider.kind === 'custom')
            return pass('provider-custom');
        const { provider, inferred } = s.provider;
        const domain = (0,address/* domainOf */.Ow)(s.user);
        const conflict = (0,providers/* conflictingOwner */.Om)(provider.id, domain);
        if (conflict)
            return fail('provider-domain-mismatch', { provider: provider.id, domain, expected: conflict.id });
        if (provider.profile?.personalOnly && domain && !(0,providers/* providerForDomain */.B3)(domain)) {
            return warn('provider-personal-domain', { provider: provider.id, domain });
        }
        return pass(inferred ? 'provider-inferred' : 'provider-known', {
            provider: provider.id,
            domain,
            host: provider.host,
            port: provider.port,
        });
    },
};
const userCheck = {
    id: 'env.user',
    group: 'env',
    run: ({ settings: s }) => {
        if (s.user === '') {
            if (s.secretsWithheld)
                return { status: 'skip', cause: 'user-missing-fork', params: { input: 'email-user' } };
            return fail('user-missing', { input: 'email-user', env: 'EMAIL_USER' });
        }
        const profile = profileOf(s);
        if (profile?.fixedUser) {
            return s.user === profile.fixedUser
                ? pass('user-ok', { user: s.user })
                : fail('user-not-fixed', { provider: profile.id, expected: profile.fixedUser });
        }
        // Relays (SES, custom servers) use generated user names; mailbox providers log in with the address.
        const wantsAddress = profile !== undefined && profile.credential !== 'smtp-credentials';
        if (wantsAddress && !(0,address/* isEmailAddress */.Z6)(s.user))
            return fail('user-not-address', { value: s.user, provider: profile.id });
        return pass('user-ok', { user: s.user });
    },
};
/** What a credential of the provider's kind should look like, said when it does not. */
const WRONG_SHAPE = {
    'auth-code': 'password-not-auth-code',
    'app-password': 'password-not-app-password',
    'api-key': 'password-not-api-key',
    password: 'password-short',
    'smtp-credentials': 'password-short',
    'smtp-password': 'password-short',
};
const passwordCheck = {
    id: 'env.password',
    group: 'env',
    run: ({ settings: s }) => {
        const value = s.password;
        if (s.oauth2 && value.trim() === '')
            return pass('password-oauth2', { source: s.oauth2.accessToken ? 'oauth2-access-token' : 'oauth2-refresh-token' });
        if (value.trim() === '') {
            if (s.secretsWithheld)
                return { status: 'skip', cause: 'password-missing-fork', params: { input: 'email-password' } };
            return fail('password-missing', { input: 'email-password', env: 'EMAIL_PASSWORD' });
        }
        if ((0,placeholder/* isPlaceholder */.w)(value))
            return fail('password-placeholder');
        if (value.trim().length < secrets/* MIN_REDACTABLE_LENGTH */.qX)
            return fail('password-too-short-to-protect', { length: value.trim().length, min: secrets/* MIN_REDACTABLE_LENGTH */.qX });
        if (/[\r\n]/.test(value))
            return fail('password-newline');
        if (value !== value.trim())
            return warn('password-whitespace');
        const profile = profileOf(s);
        const shape = profile?.credentialShape;
        // Gmail shows app passwords in four groups of four; the spaces are not part of it.
        const compact = profile?.credential === 'app-password' ? value.replace(/ /g, '') : value;
        if (profile && shape && !shape.test(compact)) {
            return warn(WRONG_SHAPE[profile.credential], { provider: profile.id, length: compact.length, help: profile.help });
        }
        if (value.length < 6 && profile?.credential !== 'api-key')
            return warn('password-short', { length: value.length });
        return pass('password-present', { length: compact.length });
    },
};
const fromCheck = {
    id: 'env.from',
    group: 'env',
    run: ({ settings: s }) => {
        if (s.fromHeader === '')
            return s.secretsWithheld ? { status: 'skip', cause: 'secrets-withheld' } : fail('from-missing');
        if (!(0,address/* isEmailAddress */.Z6)(s.from))
            return fail('from-invalid', { value: s.fromHeader, input: s.sources.from === 'default' ? 'email-user' : 'from' });
        const profile = profileOf(s);
        if (profile?.personalOnly && (0,address/* isEmailAddress */.Z6)(s.user) && s.from.toLowerCase() !== s.user.toLowerCase()) {
            return (profile.strictFrom ? fail : warn)('from-not-user', { from: s.from, user: s.user, provider: profile.id });
        }
        return pass('from-ok', { from: s.from });
    },
};
const recipientCheck = {
    id: 'env.recipient',
    group: 'env',
    relevant: (s) => s.testRecipient !== '',
    run: ({ settings: s }) => (0,address/* isEmailAddress */.Z6)(s.testRecipient) ? pass('recipient-ok', { to: s.testRecipient }) : fail('recipient-invalid', { value: s.testRecipient }),
};
const serverCheck = {
    id: 'env.server',
    group: 'env',
    pulledIn: true,
    run: ({ settings: s }) => {
        if (s.host === '')
            return fail(s.provider.kind === 'custom' ? 'host-missing' : 'host-unresolved', { provider: providerName(s) });
        const mismatch = (0,providers/* portModeMismatch */.B4)(s.port, s.secure);
        if (mismatch)
            return fail(mismatch === 'plaintext-on-465' ? 'port-secure-mismatch-plain' : 'port-secure-mismatch-tls', {
                port: s.port,
                host: s.host,
            });
        if (s.port === 25)
            return warn('port-25-blocked', { host: s.host });
        return pass(s.secure ? 'server-ok-tls' : 'server-ok-starttls', { host: s.host, port: s.port });
    },
};
const tlsVerifyCheck = {
    id: 'env.tls-verify',
    group: 'env',
    relevant: (s) => !s.tlsRejectUnauthorized,
    run: () => warn('tls-verify-off'),
};
/** Exchange Online keeps basic SMTP AUTH until the end of December 2026 (MC786329). */
const EXCHANGE_BASIC_AUTH_END = '2026-12-31';
const basicAuthRetirementCheck = {
    id: 'env.basic-auth',
    group: 'env',
    relevant: (s) => profileOf(s)?.basicAuthRetirement !== undefined,
    run: ({ settings: s, now }) => {
        if (s.oauth2)
            return pass('basic-auth-oauth2');
        if (profileOf(s)?.basicAuthRetirement === 'outlook-consumer')
            return warn('outlook-consumer-modern-auth');
        const today = new Date(now()).toISOString().slice(0, 10);
        return warn(today > EXCHANGE_BASIC_AUTH_END ? 'exchange-basic-auth-disabled' : 'exchange-basic-auth-retiring', {
            date: EXCHANGE_BASIC_AUTH_END,
        });
    },
};
const nodeEnvCheck = {
    id: 'env.node-env',
    group: 'env',
    relevant: (s) => s.runtime.mode !== 'action',
    run: ({ settings: s }) => s.runtime.nodeEnv === 'production'
        ? pass('node-env-production')
        : s.runtime.nodeEnv === ''
            ? warn('node-env-unset')
            : warn('node-env-not-production', { value: s.runtime.nodeEnv }),
};
const ENV_CHECKS = [
    inputsCheck,
    providerCheck,
    userCheck,
    passwordCheck,
    fromCheck,
    recipientCheck,
    serverCheck,
    tlsVerifyCheck,
    basicAuthRetirementCheck,
    nodeEnvCheck,
];

;// CONCATENATED MODULE: ./src/checks/network.ts




/** Submission ports worth trying when the configured one fails. */
const ALTERNATIVE_PORTS = [465, 587, 25, 2525];
const PORT_PROBE_MAX_MS = 5000;
function reached(address, socket) {
    let held = socket;
    // Idle until the greeting check takes it: an error now must not crash the process.
    socket.on('error', () => undefined);
    return {
        address,
        claim: () => {
            const taken = held;
            held = undefined;
            return taken;
        },
    };
}
const resolveCheck = {
    id: 'dns.resolve',
    group: 'dns',
    pulledIn: true,
    needs: [inputsCheck, serverCheck],
    run: async ({ settings: s, signal }) => {
        const host = s.host;
        if (process.getBuiltinModule('node:net').isIP(host))
            return produce({ status: 'pass', cause: 'dns-ip-literal', params: { host } }, { addresses: [host] });
        const resolver = s.dnsServers.length ? s.dnsServers.join(', ') : 'system';
        try {
            const { v4, v6 } = await (0,net_resolve/* resolveHost */.p0)(host, s.dnsServers, s.timeoutMs, signal);
            const ipv6 = (0,net_resolve/* hasGlobalIpv6 */.Px)();
            if (v4.length === 0 && !ipv6) {
                return { status: 'fail', cause: 'dns-ipv6-only', params: { host, addresses: v6.slice(0, 4).join(', ') } };
            }
            const addresses = ipv6 ? [...v4, ...v6] : v4;
            return produce({ status: 'pass', cause: 'dns-resolved', params: { host, addresses: [...v4, ...v6].slice(0, 4).join(', '), resolver } }, { addresses });
        }
        catch (error) {
            const e = error;
            return { status: 'fail', cause: e.reason, params: { host, resolver, detail: e.detail } };
        }
    },
};
/**
 * Where to connect: the address TCP reached, else the first one DNS found (`dns-servers` honoured),
 * else the host itself when neither group was asked for.
 */
const connectCheck = {
    id: 'tcp.connect',
    group: 'tcp',
    pulledIn: true,
    needs: [resolveCheck],
    budgetMs: (s) => s.timeoutMs + Math.min(s.timeoutMs, PORT_PROBE_MAX_MS),
    run: async ({ settings: s, signal, get }) => {
        const address = get(resolveCheck)?.addresses[0] ?? s.host;
        const started = performance.now();
        try {
            const socket = await connectTcp(address, s.port, s.timeoutMs, signal);
            return produce({ status: 'pass', cause: 'tcp-connected', params: { address, port: s.port, ms: Math.round(performance.now() - started) } }, reached(address, socket));
        }
        catch (error) {
            const e = error;
            // Which other submission ports answer tells a blocked port from a dead server.
            const also = s.provider.kind === 'known' ? (s.provider.provider.profile?.alsoPorts ?? []) : [];
            const others = [...ALTERNATIVE_PORTS, ...also].filter((p) => p !== s.port);
            const states = await probePorts(address, others, Math.min(s.timeoutMs, PORT_PROBE_MAX_MS), signal);
            const open = others.filter((p) => states[p] === 'open');
            const cause = open.length ? `${e.reason}-other-ports-open` : e.reason;
            const failed = {
                status: 'fail',
                cause,
                // Only submission ports are offered to an app: 25 is for servers talking to servers.
                params: {
                    address,
                    port: s.port,
                    open: open.join(', '),
                    submission: open.filter((p) => p === 465 || p === 587 || also.includes(p)).join(', ') || '-',
                    detail: e.detail,
                },
                details: others.map((p) => `port ${p}: ${states[p]}`),
            };
            return failed;
        }
    },
    // Nobody took the connection (the SMTP checks were not run, or failed first): close it.
    release: (value) => value.claim()?.destroy(),
};
const NETWORK_CHECKS = [resolveCheck, connectCheck];

// EXTERNAL MODULE: ./src/settings/settings.ts
var settings = __nccwpck_require__(7100);
// EXTERNAL MODULE: ./src/smtp/categories.ts
var categories = __nccwpck_require__(9366);
;// CONCATENATED MODULE: ./src/smtp/diagnose.ts
async function diagnosed(...args) {
    const { diagnoseSession: diagnose } = await __nccwpck_require__.e(/* import() */ 680).then(__nccwpck_require__.bind(__nccwpck_require__, 9680));
    return diagnose(...args);
}
/** A reply the client met outside a command of its session (the greeting), diagnosed by the same families. */
async function diagnosedReply(failure) {
    const { diagnose } = await __nccwpck_require__.e(/* import() */ 680).then(__nccwpck_require__.bind(__nccwpck_require__, 9680));
    return diagnose(failure);
}

;// CONCATENATED MODULE: ./src/checks/smtp.ts
// tls and smtp: what the server says, whether its TLS can be trusted, whether our login and
// sender are accepted. Only the probe and the session touch the network; the rest judge facts.











const DAY_MS = 86_400_000;
/** Warn this many days before a certificate expires. */
const CERT_EXPIRY_WARNING_DAYS = 14;
/** A short grace for the server's goodbye: QUIT is sent, not waited on. */
const QUIT_GRACE_MS = 200;
/** The greeted connection: probed, upgraded and inspected, then the login, envelope and test mail run on it. */
const greetingCheck = {
    id: 'smtp.greeting',
    group: 'smtp',
    pulledIn: true,
    needs: [connectCheck],
    // connect, greeting, EHLO, STARTTLS, handshake, EHLO: each step bounded by `timeout`.
    budgetMs: (s) => s.timeoutMs * 3,
    run: async (context) => {
        const { settings: s, signal, get } = context;
        const socket = get(connectCheck)?.claim();
        try {
            const probe = await probeSmtp({
                socket,
                address: get(connectCheck)?.address ?? get(resolveCheck)?.addresses[0] ?? s.host,
                host: s.host,
                port: s.port,
                secure: s.secure,
                timeoutMs: s.timeoutMs,
                ca: s.tlsCa,
                signal,
            });
            const greeted = {
                status: 'pass',
                cause: 'smtp-greeting',
                params: { banner: (0,src_text/* clip */.$Q)(probe.greeting.lines[0] ?? '', 160), ms: probe.greetingMs },
                details: probe.transcript,
            };
            return produce(greeted, { ...probe, session: new session/* SmtpSession */.fg(probe.wire, probe.capabilities) });
        }
        catch (error) {
            socket?.destroy();
            if (!(error instanceof ProbeError))
                throw error;
            const failed = {
                status: 'fail',
                cause: error.reason,
                params: { ...error.params, port: s.port, host: s.host },
                details: error.transcript,
            };
            if (error.reason !== 'greeting-rejected')
                return failed;
            // A refusal at the greeting says why in its words (a block list, the server's own trouble): the same
            // families as every other reply name it; a greeting they cannot name stays a refused greeting.
            const reply = `${String(error.params.code)} ${String(error.params.reply ?? '')}`;
            const named = await diagnosedReply({
                responseCode: Number(error.params.code),
                response: reply,
                command: 'CONN',
                provider: (0,settings/* providerIdOf */.u)(s),
            });
            const same = categories/* GENERIC_CAUSES */.LC.has(named.cause) || (0,categories.categoryOf)(named.cause) === (0,categories.categoryOf)(error.reason);
            return same ? failed : { ...failed, cause: named.cause, params: { ...named.params, ...failed.params } };
        }
    },
    release: (greeted) => void greeted.wire.quit(QUIT_GRACE_MS),
};
const tlsVersionCheck = {
    id: 'tls.version',
    group: 'tls',
    needs: [greetingCheck],
    run: ({ settings: s, get }) => {
        const tls = get(greetingCheck)?.tls;
        if (!tls)
            return {
                status: s.allowPlaintextAuth ? 'warn' : 'fail',
                cause: s.allowPlaintextAuth ? 'tls-none-allowed' : 'starttls-not-offered',
                params: { port: s.port },
            };
        const old = tls.protocol === 'TLSv1' || tls.protocol === 'TLSv1.1' || /^SSL/.test(tls.protocol);
        return {
            status: old ? 'warn' : 'pass',
            cause: old ? 'tls-old-protocol' : 'tls-version-ok',
            params: { protocol: tls.protocol, cipher: tls.cipher },
        };
    },
};
const tlsCertificateCheck = {
    id: 'tls.certificate',
    group: 'tls',
    needs: [greetingCheck],
    run: ({ settings: s, get, now }) => {
        const tls = get(greetingCheck)?.tls;
        if (!tls)
            return { status: 'skip', cause: 'tls-none', params: {} };
        return { ...judgeCertificate(tls, s, now()), details: certificateDetails(tls) };
    },
};
/** Expired, untrusted or for another name: critical unless `tls-reject-unauthorized: false`. */
function judgeCertificate(tls, s, now) {
    const untrusted = s.tlsRejectUnauthorized ? 'fail' : 'warn';
    const validTo = Date.parse(tls.validTo);
    const validFrom = Date.parse(tls.validFrom);
    const date = Number.isNaN(validTo) ? tls.validTo : new Date(validTo).toISOString().slice(0, 10);
    const issuer = tls.issuer;
    if (validTo < now)
        return { status: untrusted, cause: 'tls-cert-expired', params: { date, issuer } };
    if (validFrom > now)
        return { status: untrusted, cause: 'tls-cert-not-yet-valid', params: { date: new Date(validFrom).toISOString().slice(0, 10) } };
    // Node reports a name mismatch as an authorization error once the chain itself is fine.
    const wrongHost = tls.authorizationError === 'ERR_TLS_CERT_ALTNAME_INVALID' || (tls.authorized && tls.hostnameError);
    if (!tls.authorized && !wrongHost)
        return { status: untrusted, cause: 'tls-cert-untrusted', params: { error: tls.authorizationError ?? 'unknown', issuer } };
    if (wrongHost)
        return { status: untrusted, cause: 'tls-cert-wrong-host', params: { host: s.host, names: tls.altNames || tls.subject } };
    const days = Math.floor((validTo - now) / DAY_MS);
    if (days < CERT_EXPIRY_WARNING_DAYS)
        return { status: 'warn', cause: 'tls-cert-expiring', params: { date, days, issuer } };
    return { status: 'pass', cause: 'tls-cert-ok', params: { date, days, issuer } };
}
function certificateDetails(tls) {
    return [
        `protocol: ${tls.protocol} (${tls.cipher})`,
        `subject: ${tls.subject}`,
        `issuer: ${tls.issuer}`,
        `names: ${tls.altNames}`,
        `valid: ${tls.validFrom} .. ${tls.validTo}`,
        `sha256: ${tls.fingerprint}`,
        `trusted: ${tls.authorized ? 'yes' : `no (${tls.authorizationError})`}`,
    ];
}
/**
 * A server of ours (no provider profile) that offers no AUTH is a relay: nodemailer then sends without logging in,
 * and whether it relays for this sender is the envelope probe's to say. A provider's server always wants a login.
 */
const isRelay = (s, capabilities) => s.provider.kind !== 'known' && !capabilities.authAdvertised;
const ehloCheck = {
    id: 'smtp.ehlo',
    group: 'smtp',
    needs: [greetingCheck],
    run: ({ settings: s, get }) => {
        const capabilities = get(greetingCheck)?.capabilities ?? NO_CAPABILITIES;
        const extensions = capabilities.keywords.join(' ');
        if (isRelay(s, capabilities))
            return { status: 'warn', cause: 'auth-not-advertised-relay', params: { extensions } };
        if (!capabilities.authAdvertised)
            return { status: 'fail', cause: 'auth-not-advertised', params: { extensions } };
        return { status: 'pass', cause: 'ehlo-ok', params: { auth: capabilities.auth.join(' '), extensions } };
    },
};
/** One login per run, on the connection the probe greeted and whose certificate the TLS checks judged. */
const authCheck = {
    id: 'smtp.auth',
    group: 'smtp',
    needs: [tlsVersionCheck, tlsCertificateCheck, ehloCheck, oauth2TokenCheck],
    needsSecrets: true,
    requires: (s) => (s.user === '' ? 'email-user' : s.password === '' && !s.oauth2 ? 'email-password' : undefined),
    // AUTH PLAIN is one round trip, LOGIN three.
    budgetMs: (s) => s.timeoutMs * 3,
    run: async ({ settings: s, get }) => {
        const open = get(greetingCheck);
        if (!open)
            return { status: 'skip', cause: 'prerequisite-failed', params: { check: greetingCheck.id } };
        // A relay: no login, as nodemailer does; the envelope probe says whether it takes mail from this sender.
        if (isRelay(s, get(greetingCheck)?.capabilities ?? NO_CAPABILITIES))
            return { status: 'skip', cause: 'auth-relay-no-login', params: { user: s.user } };
        const token = s.oauth2 ? get(oauth2TokenCheck) : undefined;
        if (s.oauth2 && token === undefined)
            return { status: 'skip', cause: 'prerequisite-failed', params: { check: oauth2TokenCheck.id } };
        const mark = open.transcript.length;
        try {
            const method = token !== undefined ? await open.session.loginXoauth2(s.user, token) : await open.session.login(s.user, s.password);
            return { status: 'pass', cause: 'auth-ok', params: { user: s.user, method }, details: open.transcript.slice(mark) };
        }
        catch (error) {
            const { cause, params } = error instanceof session/* SmtpFailure */.h0 && error.command === 'AUTH XOAUTH2' ? diagnoseXoauth2(error, s) : await diagnosed(error, s);
            return { status: 'fail', cause, params, details: open.transcript.slice(mark) };
        }
    },
};
/** MAIL FROM and RCPT TO, then RSET, in one round trip where the server pipelines: the server judges the sender and recipient, nothing is sent. */
const envelopeCheck = {
    id: 'smtp.envelope',
    group: 'smtp',
    needs: [authCheck],
    needsSecrets: true,
    budgetMs: (s) => s.timeoutMs * 3,
    run: async ({ settings: s, get }) => {
        const open = get(greetingCheck);
        if (!open)
            return { status: 'skip', cause: 'prerequisite-failed', params: { check: authCheck.id } };
        const mark = open.transcript.length;
        const recipient = s.testRecipient || s.user;
        try {
            await open.session.probeEnvelope(s.from, recipient);
            return { status: 'pass', cause: 'envelope-ok', params: { from: s.from, to: recipient }, details: open.transcript.slice(mark) };
        }
        catch (error) {
            const { cause, params } = await diagnosed(error, s, { to: recipient });
            return { status: 'fail', cause, params, details: open.transcript.slice(mark) };
        }
    },
};
const SMTP_CHECKS = [greetingCheck, tlsVersionCheck, tlsCertificateCheck, ehloCheck, authCheck, envelopeCheck];

;// CONCATENATED MODULE: ./src/checks/send.ts
// send: one small, real test mail, only when `test-recipient` is set.






function testMessage(s, now = new Date()) {
    const where = s.runtime.repository ? `${s.runtime.repository} run ${s.runtime.runId || '-'}` : `host ${(0,external_node_os_.hostname)()}`;
    const stamp = now.toISOString();
    const messageId = `<edc.${process.getBuiltinModule('node:crypto').randomUUID()}@${(0,address/* domainOf */.Ow)(s.from) || 'email-deploy-check.invalid'}>`;
    const lines = [
        'This is a test message from email-deploy-check.',
        `It proves that ${s.host}:${s.port} accepts mail from ${s.from} for ${s.testRecipient}.`,
        `Sent from ${where} at ${stamp}.`,
        'No action is needed.',
    ];
    return {
        messageId,
        subject: `email-deploy-check test: ${where} at ${stamp}`,
        text: lines.join('\n'),
        html: `<p>${lines.map(src_text/* escapeHtml */.ZD).join('<br>')}</p>`,
    };
}
/** The message as nodemailer composes it (MIME, encodings, headers), sent on the session that already logged in. */
async function compose(s, message) {
    const { default: MailComposer } = await __nccwpck_require__.e(/* import() */ 836).then(__nccwpck_require__.bind(__nccwpck_require__, 2836));
    const mail = new MailComposer({
        from: s.fromHeader,
        to: s.testRecipient,
        subject: message.subject,
        text: message.text,
        html: message.html,
        messageId: message.messageId,
    });
    return mail.compile().build();
}
const sendCheck = {
    id: 'send.mail',
    group: 'send',
    needs: [envelopeCheck],
    needsSecrets: true,
    requires: (s) => (s.testRecipient === '' ? 'test-recipient' : undefined),
    budgetMs: (s) => s.timeoutMs * 4,
    run: async ({ settings: s, get, now }) => {
        const open = get(greetingCheck);
        if (!open)
            return { status: 'skip', cause: 'prerequisite-failed', params: { check: envelopeCheck.id } };
        const mark = open.transcript.length;
        const message = testMessage(s);
        try {
            const final = await open.session.send(s.from, s.testRecipient, await compose(s, message));
            const reply = final.text;
            const acceptedAt = now();
            const queueId = /queued as\s+(\S+)/i.exec(reply)?.[1] ?? /\bid=?\s*(\S+)/i.exec(reply)?.[1] ?? '';
            const outcome = {
                status: 'pass',
                cause: 'send-ok',
                params: { to: s.testRecipient, reply: reply.slice(0, 200), queueId, messageId: message.messageId },
                messageId: message.messageId,
                details: open.transcript.slice(mark),
            };
            return produce(outcome, { messageId: message.messageId, to: s.testRecipient, acceptedAt, queueId, host: s.host });
        }
        catch (error) {
            const { cause, params } = await diagnosed(error, s, { to: s.testRecipient });
            const outcome = { status: 'fail', cause, params, details: open.transcript.slice(mark) };
            return outcome;
        }
    },
};
const SEND_CHECKS = [sendCheck];

;// CONCATENATED MODULE: ./src/checks/delivery.ts








/** The delivered copy is read for its headers and signatures; a test mail is a few kilobytes. */
const LOGOUT_GRACE_MS = 2000;
async function leave(client) {
    let timer;
    await Promise.race([
        client.logout().catch(() => undefined),
        new Promise((resolve) => (timer = setTimeout(resolve, LOGOUT_GRACE_MS))),
    ]).finally(() => clearTimeout(timer));
    client.close();
}
/**
 * The test mailbox: its settings judged, then the login, while the SMTP checks run (it needs nothing from them).
 * A wrong IMAP password is known before the test mail is sent, and the wait after the 250 measures delivery, not
 * our login. The logged-in client is handed to the inbox check and logged out by the engine after it.
 */
/** The input without which there is no mailbox to look in. The mailbox check reports it (once); the checks after it are left out. */
const mailboxInput = (s) => s.imap.user === '' ? (s.app.mail ? 'imap-user' : 'test-recipient') : s.imap.password === '' ? 'imap-password' : undefined;
/** Our own test mail is looked for only when it is sent to the mailbox (`test-recipient`) and the mailbox can be read. */
const hasMailbox = (s) => s.testRecipient !== '' && mailboxInput(s) === undefined;
const mailboxCheck = {
    id: 'delivery.mailbox',
    group: 'delivery',
    // The app-mail checks read the same mailbox, whatever groups were chosen.
    pulledIn: true,
    needsSecrets: true,
    requires: mailboxInput,
    // Connect, TLS, login, then the server's capabilities: a few round trips, each bounded by `timeout`.
    budgetMs: (s) => s.timeoutMs * 3,
    run: async ({ settings: s, signal }) => {
        if (s.imap.host === '')
            return { status: 'fail', cause: 'delivery-no-imap-host', params: { user: s.imap.user } };
        if (s.imap.password.trim().length < secrets/* MIN_REDACTABLE_LENGTH */.qX)
            return { status: 'fail', cause: 'imap-password-too-short', params: { length: s.imap.password.trim().length } };
        const params = { host: s.imap.host, port: s.imap.port, user: s.imap.user, mode: s.imap.secure ? 'TLS' : 'STARTTLS' };
        // 993 is implicit TLS and 143 STARTTLS everywhere: the other way round waits out a timeout, then fails.
        if ((s.imap.port === 993 && !s.imap.secure) || (s.imap.port === 143 && s.imap.secure))
            return { status: 'fail', cause: 'imap-port-mode-mismatch', params };
        // The mailbox code (imapflow and ours) is loaded only by runs that read a mailbox.
        const { classifyImapError, encrypted, openMailbox } = await __nccwpck_require__.e(/* import() */ 221).then(__nccwpck_require__.bind(__nccwpck_require__, 7221));
        try {
            const client = await openMailbox({
                host: s.imap.host,
                port: s.imap.port,
                secure: s.imap.secure,
                user: s.imap.user,
                password: s.imap.password,
                rejectUnauthorized: s.tlsRejectUnauthorized,
                ca: s.tlsCa,
                allowPlaintext: s.allowPlaintextAuth,
                timeoutMs: s.timeoutMs,
            }, signal);
            const idle = client.capabilities.has('IDLE') ? 'IDLE' : 'polling';
            // The mode said is the one used: a STARTTLS port whose server offered none logged in in the clear (allowed).
            if (!encrypted(client))
                return produce({ status: 'warn', cause: 'imap-login-plaintext', params: { ...params, mode: 'plaintext', idle } }, client);
            return produce({ status: 'pass', cause: 'imap-login-ok', params: { ...params, idle } }, client);
        }
        catch (error) {
            return imapFailure(classifyImapError(error), s);
        }
    },
    release: (client) => void leave(client),
};
const deliveryInboxCheck = {
    id: 'delivery.inbox',
    group: 'delivery',
    needs: [sendCheck, mailboxCheck],
    // It waits up to a minute: the SMTP session above the send check is not held open for it.
    reads: [sendCheck, mailboxCheck],
    needsSecrets: true,
    relevant: hasMailbox,
    budgetMs: (s) => s.imap.deliveryTimeoutMs + s.timeoutMs * 3,
    run: async ({ settings: s, get, signal, now }) => {
        // Asked for alone, there is no test mail to look for: say what to add rather than "not run".
        if (!s.checks.includes('send'))
            return { status: 'fail', cause: 'delivery-needs-send', params: { checks: s.checks.join(',') } };
        const sent = get(sendCheck);
        const client = get(mailboxCheck);
        if (!sent || !client)
            return { status: 'skip', cause: 'prerequisite-failed', params: { check: sent ? mailboxCheck.id : sendCheck.id } };
        // Past the budget, the connection ends: a server that stops answering mid-command cannot hold the run.
        const onAbort = () => client.close();
        signal.addEventListener('abort', onAbort, { once: true });
        const { failureOf } = await __nccwpck_require__.e(/* import() */ 221).then(__nccwpck_require__.bind(__nccwpck_require__, 7221));
        const { deleteMessage, fetchSource, foldersToSearch, messageIdOf, waitForMessage } = await __nccwpck_require__.e(/* import() */ 984).then(__nccwpck_require__.bind(__nccwpck_require__, 4984));
        try {
            const folders = await foldersToSearch(client);
            const deadline = sent.acceptedAt + s.imap.deliveryTimeoutMs;
            const found = await waitForMessage(client, folders, sent.messageId, { deadline, now, signal });
            const base = { user: s.imap.user, host: sent.host, queueId: sent.queueId || '-', messageId: sent.messageId };
            if (!found) {
                return {
                    status: 'fail',
                    cause: 'delivery-not-arrived',
                    params: {
                        ...base,
                        acceptedAt: new Date(sent.acceptedAt).toISOString(),
                        seconds: (0,src_text/* round1 */.Qq)((now() - sent.acceptedAt) / 1000),
                        folders: folders.map((f) => f.path).join(', '),
                    },
                };
            }
            const seconds = (0,src_text/* round1 */.Qq)((found.at - sent.acceptedAt) / 1000);
            const fetched = await fetchSource(client, found, MAX_COPY_BYTES).catch(() => undefined);
            // Read before delete: the copy read must be ours (its UID was checked against our Message-ID when found).
            const raw = fetched && messageIdOf(fetched) === sent.messageId ? fetched : undefined;
            const deleted = s.imap.cleanup && (fetched === undefined || raw !== undefined) ? await deleteMessage(client, found).catch(() => false) : false;
            const outcome = {
                status: found.folder.kind === 'inbox' ? 'pass' : 'warn',
                cause: found.folder.kind === 'inbox' ? 'delivery-inbox' : 'delivery-junk',
                params: { ...base, folder: found.folder.path, seconds },
                details: [
                    `accepted by ${sent.host} at ${new Date(sent.acceptedAt).toISOString()}${sent.queueId ? ` (queue id ${sent.queueId})` : ''}`,
                    `found in ${found.folder.path} (${found.folder.kind}) after ${seconds} s, UID ${found.uid}`,
                    s.imap.cleanup
                        ? deleted
                            ? 'deleted after reading (delivery-cleanup)'
                            : 'could not be deleted'
                        : 'left in the mailbox (delivery-cleanup: false)',
                ],
            };
            return produce(outcome, { folder: found.folder, seconds, ...(raw ? { raw } : {}) });
        }
        catch (error) {
            return imapFailure(failureOf(client, error), s);
        }
        finally {
            signal.removeEventListener('abort', onAbort);
        }
    },
};
const PASSING = new Set(['pass']);
const ABSENT = new Set(['none', 'neutral', 'skipped', 'declined']);
/** A lookup failed on the way (RFC 8601 temperror): nothing is known about the record itself. */
const UNKNOWN = new Set(['temperror', 'temperr']);
function judged(mechanism, judgement, judge) {
    const params = { result: judgement.result, domain: judgement.domain || '-', judge, mechanism: mechanism.toUpperCase() };
    if (UNKNOWN.has(judgement.result))
        return { status: 'warn', cause: 'delivered-auth-temperror', subject: mechanism, params };
    const kind = PASSING.has(judgement.result) ? 'pass' : ABSENT.has(judgement.result) ? 'none' : 'fail';
    const status = kind === 'pass' ? 'pass' : 'warn';
    return { status, cause: `delivered-${mechanism}-${kind}`, subject: mechanism, params };
}
const describeAll = (mechanisms, who, judgements) => `${who}: ${mechanisms.map((m) => `${m}=${judgements[m]?.result ?? '?'}`).join(' ')}`;
const deliveryAuthenticationCheck = {
    id: 'delivery.authentication',
    group: 'delivery',
    needs: [deliveryInboxCheck],
    reads: [deliveryInboxCheck],
    relevant: hasMailbox,
    // Our verification makes a few DNS lookups in a row; it is bounded below, and a slow resolver only costs it.
    budgetMs: (s) => s.timeoutMs * 3,
    run: async ({ settings: s, get }) => {
        const delivered = get(deliveryInboxCheck);
        if (!delivered?.raw)
            return { status: 'skip', cause: 'delivery-no-copy' };
        const { MECHANISMS, ourJudgements, receiverJudgements } = await __nccwpck_require__.e(/* import() */ 407).then(__nccwpck_require__.bind(__nccwpck_require__, 4407));
        const receiver = receiverJudgements(delivered.raw.toString('utf8'));
        let ours = {};
        let oursFailed = '';
        try {
            ours = await (0,timeout/* withTimeout */.wj)(ourJudgements(delivered.raw, (0,net_resolve/* resolveFn */.RD)(s.dnsServers, s.timeoutMs)), s.timeoutMs * 2);
        }
        catch (error) {
            oursFailed = (0,src_text/* errorText */.kc)(error);
        }
        const details = [
            ...(receiver
                ? [describeAll(MECHANISMS, `receiver (${receiver.authservId})`, receiver.judgements)]
                : ['receiver: no Authentication-Results header']),
            oursFailed ? `email-deploy-check: verification failed: ${oursFailed}` : describeAll(MECHANISMS, 'email-deploy-check', ours),
        ];
        // The receiver's verdict is the one that decided where the mail went; ours stands in where it said nothing.
        return MECHANISMS.flatMap((mechanism) => {
            const theirs = receiver?.judgements[mechanism];
            const judgement = theirs ?? ours[mechanism];
            if (!judgement)
                return [];
            return [{ ...judged(mechanism, judgement, theirs ? receiver?.authservId || 'receiver' : 'email-deploy-check'), details }];
        });
    },
};
/** Where our test mail came from, as the receiver recorded it: the same facts the app's mail gets (mail/origin.ts). */
const deliveryOriginCheck = {
    id: 'delivery.origin',
    group: 'delivery',
    needs: [deliveryInboxCheck],
    reads: [deliveryInboxCheck],
    relevant: hasMailbox,
    // A PTR, its forward lookup and three lists, side by side: a few network steps.
    budgetMs: (s) => s.timeoutMs * 3,
    run: async ({ settings: s, get }) => {
        const delivered = get(deliveryInboxCheck);
        if (!delivered?.raw)
            return { status: 'skip', cause: 'delivery-no-copy' };
        const { originOutcomes } = await __nccwpck_require__.e(/* import() */ 305).then(__nccwpck_require__.bind(__nccwpck_require__, 8305));
        return originOutcomes(delivered.raw, s, { compareSender: false });
    },
};
const DELIVERY_CHECKS = [mailboxCheck, deliveryInboxCheck, deliveryAuthenticationCheck, deliveryOriginCheck];

;// CONCATENATED MODULE: ./src/checks/app.ts
// The app's own mail: the smoke request asks the deployed app to send (its send-code endpoint), the test mailbox is
// watched from just before that request, and the mail the app sent is found, read for its code, and the code posted
// back. No SMTP secret is needed: the app sends with its own. The code is a secret from the moment it is read.






const isJsonText = (text) => {
    try {
        JSON.parse(text);
        return true;
    }
    catch {
        return false;
    }
};
/** The headers given, with a JSON content type when the body is JSON (the given headers win). */
const withContentType = (body, headers) => ({
    ...(body !== '' && isJsonText(body) ? { 'content-type': 'application/json' } : {}),
    ...headers,
});
/** The mailbox as it stands before the app is asked to send: every message at or above these UIDs is new. */
const appWatchCheck = {
    id: 'app.watch',
    group: 'app',
    needs: [mailboxCheck],
    reads: [mailboxCheck],
    needsSecrets: true,
    relevant: (s) => s.app.mail,
    requires: (s) => s.smoke.url === '' ? 'smoke-url' : s.imap.user === '' ? 'imap-user' : s.imap.password === '' ? 'imap-password' : undefined,
    run: async ({ settings: s, get }) => {
        const client = get(mailboxCheck);
        if (!client)
            return { status: 'skip', cause: 'prerequisite-failed', params: { check: mailboxCheck.id } };
        const { foldersToSearch, markFolders } = await __nccwpck_require__.e(/* import() */ 984).then(__nccwpck_require__.bind(__nccwpck_require__, 4984));
        try {
            const mark = await markFolders(client, await foldersToSearch(client));
            const { logSizes } = await Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 2964));
            const logs = s.logFiles.length ? await logSizes(s.logFiles) : {};
            const params = {
                user: s.imap.user,
                folders: mark.folders.map((f) => f.path).join(', '),
                uids: mark.folders.map((f) => `${f.path} ${mark.uidNext[f.path] ?? '?'}`).join(', '),
            };
            return produce({ status: 'pass', cause: 'app-watch', params }, { mailbox: mark, logs });
        }
        catch (error) {
            const { failureOf } = await __nccwpck_require__.e(/* import() */ 221).then(__nccwpck_require__.bind(__nccwpck_require__, 7221));
            return imapFailure(failureOf(client, error), s);
        }
    },
};
/**
 * One request after the deploy (the app's send-code endpoint, say): 2xx passes. Never retried, it has side effects;
 * a 429 is the app's own limit, a warning. With `app-mail`, it waits for the mailbox to be watched first, and is not
 * made at all when the mailbox cannot be read (the code it sends would be wasted).
 */
const smokeCheck = {
    id: 'health.smoke',
    group: 'health',
    // Asked for by the app-mail checks, whatever groups were chosen (`checks: app`).
    pulledIn: true,
    needs: [appWatchCheck],
    relevant: (s) => s.smoke.url !== '',
    run: async ({ settings: s, signal, now }) => {
        const { url, method, body, headers } = s.smoke;
        // A body with GET is an input problem (env.inputs says so): the request is not made at all.
        if (method === 'GET' && body !== '')
            return { status: 'skip', cause: 'prerequisite-failed', params: { check: 'env.inputs:smoke-body' } };
        const sent = withContentType(body, headers);
        const startedAt = now();
        try {
            const answer = await (0,http/* request */.Em)(url, { method, headers: sent, body: body || undefined, timeoutMs: s.timeoutMs, signal, ca: s.tlsCa });
            if (answer.status >= 200 && answer.status < 300)
                return produce({ status: 'pass', cause: 'smoke-ok', params: { url, method, status: answer.status, ms: answer.ms } }, { startedAt, status: answer.status, body: (0,src_text/* clip */.$Q)(answer.body, 200) });
            if (answer.status === 429) {
                const retry = answer.retryAfter;
                return {
                    status: 'warn',
                    cause: 'smoke-rate-limited',
                    params: { url, method, status: 429, retry: retry ? `, retry after ${retry}` : '' },
                };
            }
            return { status: 'fail', cause: 'smoke-status', params: { url, method, status: answer.status, body: (0,src_text/* clip */.$Q)(answer.body, 200) } };
        }
        catch (error) {
            if (!(error instanceof http/* HttpError */.j$))
                throw error;
            return { status: 'fail', cause: 'smoke-error', params: { url, method, failure: error.failure, detail: error.detail } };
        }
    },
};
/** The first mail failure in what the app's logs gained since the mark: its cause, family, time and example. */
async function loggedSince(s, sizes) {
    if (Object.keys(sizes).length === 0)
        return undefined;
    const { contextOf, writtenSince } = await Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 2964));
    const { scanLogText } = await Promise.all(/* import() */[__nccwpck_require__.e(680), __nccwpck_require__.e(550)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9550));
    const { categoryOf } = await Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 9366));
    for (const text of await writtenSince(s.logFiles, sizes)) {
        const finding = scanLogText(text, contextOf(s))[0];
        if (!finding)
            continue;
        const firstLine = finding.text.split('\n').find((line) => line.trim() !== '') ?? finding.text;
        return {
            logged: (0,src_text/* clip */.$Q)(firstLine.trim(), 200),
            loggedCause: finding.cause,
            category: categoryOf(finding.cause) ?? 'other',
            event: finding.text,
        };
    }
    return undefined;
}
/** The first critical item of the server's own report (`health-url`), asked for after the wait, or undefined. */
async function serverSays(s, signal) {
    if (s.health.url === '')
        return undefined;
    try {
        const answer = await (0,http/* request */.Em)(s.health.url, { headers: s.health.headers, timeoutMs: s.timeoutMs, signal, ca: s.tlsCa });
        const { readServerReport } = await Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 855));
        const item = readServerReport(answer.body)?.items.find((i) => i.status === 'fail');
        return item ? { serverItem: (0,src_text/* clip */.$Q)(`${item.title}: ${item.message}`, 300), serverCause: item.cause } : undefined;
    }
    catch {
        return undefined;
    }
}
/** A message the app sent for this run: addressed to the test mailbox, not our own test mail, the subject asked for. */
function isTheAppsMail(s, arrival) {
    const mailbox = [s.imap.user, s.testRecipient].filter(Boolean).map((a) => a.toLowerCase());
    if (arrival.messageId.startsWith('<edc.'))
        return false;
    if (!arrival.recipients.some((r) => mailbox.includes(r)))
        return false;
    return s.app.subject ? s.app.subject.test(arrival.subject) : true;
}
/** The mail the app sent after the smoke request, in the inbox (pass) or junk (warning), read back and checked. */
const appMailCheck = {
    id: 'app.mail',
    group: 'app',
    needs: [smokeCheck, appWatchCheck, mailboxCheck],
    reads: [smokeCheck, appWatchCheck, mailboxCheck],
    needsSecrets: true,
    relevant: (s) => s.app.mail,
    budgetMs: (s) => s.imap.deliveryTimeoutMs + s.timeoutMs * 3,
    run: async ({ settings: s, get, signal, now }) => {
        const answer = get(smokeCheck);
        const watch = get(appWatchCheck);
        const client = get(mailboxCheck);
        if (!answer || !watch || !client)
            return { status: 'skip', cause: 'prerequisite-failed', params: { check: !answer ? smokeCheck.id : appWatchCheck.id } };
        const onAbort = () => client.close();
        signal.addEventListener('abort', onAbort, { once: true });
        const { failureOf } = await __nccwpck_require__.e(/* import() */ 221).then(__nccwpck_require__.bind(__nccwpck_require__, 7221));
        const { deleteMessage, fetchSource, messageIdOf, waitForArrival } = await __nccwpck_require__.e(/* import() */ 984).then(__nccwpck_require__.bind(__nccwpck_require__, 4984));
        try {
            const deadline = answer.startedAt + s.imap.deliveryTimeoutMs;
            const mark = watch.mailbox;
            const found = await waitForArrival(client, mark, (arrival) => isTheAppsMail(s, arrival), { deadline, now, signal });
            if (!found) {
                const params = {
                    user: s.imap.user,
                    status: answer.status,
                    at: new Date(answer.startedAt).toISOString(),
                    seconds: (0,src_text/* round1 */.Qq)((now() - answer.startedAt) / 1000),
                    folders: mark.folders.map((f) => f.path).join(', '),
                    body: answer.body || '-',
                };
                // Why, first: a mail failure the app logged after the request (what its log gained since the mark).
                const logged = await loggedSince(s, watch.logs);
                if (logged)
                    return { status: 'fail', cause: 'app-mail-not-arrived-logged', params: { ...params, ...logged }, details: [logged.event] };
                // Else what the server's own report says now (`health-url`, asked once more: a read without side effects).
                const server = await serverSays(s, signal);
                if (server)
                    return { status: 'fail', cause: 'app-mail-not-arrived-server', params: { ...params, ...server } };
                return { status: 'fail', cause: 'app-mail-not-arrived', params };
            }
            const seconds = (0,src_text/* round1 */.Qq)((found.at - answer.startedAt) / 1000);
            const copy = await fetchSource(client, found, MAX_COPY_BYTES).catch(() => undefined);
            // Read before use and before delete: the copy must be the message the envelope named.
            const raw = copy && messageIdOf(copy) === found.arrival.messageId ? copy : undefined;
            const deleted = s.imap.cleanup && raw !== undefined ? await deleteMessage(client, found).catch(() => false) : false;
            const junk = found.folder.kind === 'junk';
            const params = { folder: found.folder.path, seconds, subject: (0,src_text/* clip */.$Q)(found.arrival.subject, 120), from: found.arrival.from || '-' };
            const outcome = {
                status: junk ? 'warn' : 'pass',
                cause: junk ? 'app-mail-junk' : 'app-mail-inbox',
                params,
                details: [
                    `requested at ${new Date(answer.startedAt).toISOString()}, answered ${answer.status}`,
                    `found in ${found.folder.path} after ${seconds} s, UID ${found.uid}, Message-ID ${found.arrival.messageId || '-'}`,
                    s.imap.cleanup
                        ? deleted
                            ? 'deleted after reading (delivery-cleanup)'
                            : 'not deleted'
                        : 'left in the mailbox (delivery-cleanup: false)',
                ],
            };
            return produce(outcome, { ...found, seconds, ...(raw ? { raw } : {}) });
        }
        catch (error) {
            return imapFailure(failureOf(client, error), s);
        }
        finally {
            signal.removeEventListener('abort', onAbort);
        }
    },
};
/** A verification mail's text is short: the code pattern reads at most this much of it. */
const MAX_TEXT_CHARS = 64 * 1024;
/** The verification code in the app's mail: registered as a secret at once, never printed (only its length). */
const appCodeCheck = {
    id: 'app.code',
    group: 'app',
    needs: [appMailCheck],
    reads: [appMailCheck],
    relevant: (s) => s.app.mail && s.app.code !== undefined,
    run: async ({ settings: s, get, secret }) => {
        const mail = get(appMailCheck);
        const pattern = s.app.code;
        if (!mail || !pattern)
            return { status: 'skip', cause: 'prerequisite-failed', params: { check: appMailCheck.id } };
        if (!mail.raw)
            return { status: 'fail', cause: 'app-no-copy', params: { error: 'the copy read back was not the message found' } };
        try {
            const { messageText } = await __nccwpck_require__.e(/* import() */ 16).then(__nccwpck_require__.bind(__nccwpck_require__, 9016));
            // The pattern is the user's and runs synchronously: it reads a bounded text, so no mail can hold the run.
            const match = pattern.exec(messageText(mail.raw).slice(0, MAX_TEXT_CHARS));
            const code = (match?.[1] ?? match?.[0] ?? '').trim();
            if (code === '')
                return { status: 'fail', cause: 'app-code-missing', params: { pattern: pattern.source, subject: mail.arrival.subject } };
            if (code.length < secrets/* MIN_REDACTABLE_LENGTH */.qX)
                return { status: 'fail', cause: 'app-code-too-short', params: { length: code.length } };
            secret(code);
            return produce({ status: 'pass', cause: 'app-code-found', params: { length: code.length } }, code);
        }
        catch (error) {
            return { status: 'fail', cause: 'app-no-copy', params: { error: (0,src_text/* errorText */.kc)(error) } };
        }
    },
};
/** The code as it goes into a URL (encoded) or a body (escaped for JSON when the body is JSON). */
function withCode(template, code, into) {
    const value = into === 'url' ? encodeURIComponent(code) : isJsonText(template) ? JSON.stringify(code).slice(1, -1) : code;
    // A function, not a string: `$&` or `$'` in a code the mail carried must not expand into the template.
    return template.replaceAll('{{code}}', () => value);
}
/** The code posted back to the app: 2xx means sign-up works end to end. */
const appVerifyCheck = {
    id: 'app.verify',
    group: 'app',
    needs: [appCodeCheck],
    reads: [appCodeCheck],
    relevant: (s) => s.app.mail && s.app.verify.url !== '',
    run: async ({ settings: s, get, signal }) => {
        const code = get(appCodeCheck);
        if (code === undefined)
            return { status: 'skip', cause: 'prerequisite-failed', params: { check: appCodeCheck.id } };
        const { url: template, method, body: bodyTemplate, headers } = s.app.verify;
        const url = withCode(template, code, 'url');
        const body = withCode(bodyTemplate, code, 'body');
        const sent = withContentType(body, headers);
        // The URL is shown as configured (with `{{code}}`), never with the code in it.
        const params = { url: template, method };
        try {
            const answer = await (0,http/* request */.Em)(url, { method, headers: sent, body: body || undefined, timeoutMs: s.timeoutMs, signal, ca: s.tlsCa });
            if (answer.status >= 200 && answer.status < 300)
                return { status: 'pass', cause: 'app-verify-ok', params: { ...params, status: answer.status } };
            return { status: 'fail', cause: 'app-verify-refused', params: { ...params, status: answer.status, body: (0,src_text/* clip */.$Q)(answer.body, 200) } };
        }
        catch (error) {
            if (!(error instanceof http/* HttpError */.j$))
                throw error;
            return { status: 'fail', cause: 'app-verify-error', params: { ...params, failure: error.failure, detail: error.detail } };
        }
    },
};
/**
 * Where the app's mail came from, from the delivered copy: its From, the host and address that handed it to the
 * receiver, the receiver's SPF/DKIM/DMARC verdict; compared with what this run was told (a workflow checking other
 * secrets than production uses). Then the sending address's reverse name and its block-list listings, through
 * `dns-servers`.
 */
const appOriginCheck = {
    id: 'app.origin',
    group: 'app',
    needs: [appMailCheck],
    reads: [appMailCheck],
    relevant: (s) => s.app.mail,
    // A PTR, its forward lookup and three lists, side by side: a few network steps.
    budgetMs: (s) => s.timeoutMs * 3,
    run: async ({ settings: s, get }) => {
        const mail = get(appMailCheck);
        if (!mail?.raw)
            return { status: 'skip', cause: 'prerequisite-failed', params: { check: appMailCheck.id } };
        const { originOutcomes } = await __nccwpck_require__.e(/* import() */ 305).then(__nccwpck_require__.bind(__nccwpck_require__, 8305));
        return originOutcomes(mail.raw, s, { compareSender: true });
    },
};
const APP_CHECKS = [appWatchCheck, smokeCheck, appMailCheck, appCodeCheck, appVerifyCheck, appOriginCheck];

;// CONCATENATED MODULE: ./src/net/dns-check.ts



const senderDomain = (s) => ((0,address/* isEmailAddress */.Z6)(s.from) ? (0,address/* domainOf */.Ow)(s.from) : '');
/** The provider owns the DNS of a public mailbox domain: there is nothing for the user to fix there. */
function publicDomainSkip(domain) {
    const owner = (0,providers/* providerForDomain */.B3)(domain);
    return owner ? { status: 'skip', cause: 'deliverability-public-domain', params: { domain, provider: owner.id } } : undefined;
}
function deliverabilityCheck(id, run, relevant) {
    return {
        id,
        group: 'deliverability',
        relevant: (s) => senderDomain(s) !== '' && (relevant?.(s) ?? true),
        // A few lookups in a row (SPF follows includes): a budget of several network steps.
        budgetMs: (s) => s.timeoutMs * 3,
        run: async ({ settings: s }) => {
            const domain = senderDomain(s);
            const skip = publicDomainSkip(domain);
            if (skip)
                return skip;
            try {
                return await run(domain, (0,net_resolve/* resolveFn */.RD)(s.dnsServers, s.timeoutMs), s);
            }
            catch (error) {
                return {
                    status: 'fail',
                    cause: 'deliverability-dns-error',
                    params: { domain, detail: `${error.code ?? ''} ${error.message}`.trim() },
                };
            }
        },
    };
}

;// CONCATENATED MODULE: ./src/net/dns-records.ts
const txt = (records) => records.map((chunks) => chunks.join(''));
const isNoData = (error) => ['ENODATA', 'ENOTFOUND'].includes(error.code ?? '');
/** TXT records of a name; none is an empty list, a failing resolver is an error. */
async function txtRecords(resolve, name) {
    try {
        return txt(await resolve(name, 'TXT'));
    }
    catch (error) {
        if (isNoData(error))
            return [];
        throw error;
    }
}
/** The MX hosts of a domain, most preferred first; none is an empty list, a failing resolver is an error. */
async function mxHosts(resolve, domain) {
    try {
        const exchanges = (await resolve(domain, 'MX'));
        return exchanges.sort((a, b) => a.priority - b.priority).map((mx) => mx.exchange);
    }
    catch (error) {
        if (isNoData(error))
            return [];
        throw error;
    }
}
/** `tag=value; ...` records (DKIM, TLS-RPT, BIMI): tags lower-cased, values trimmed (a value may hold `=`). */
function tagList(record) {
    const tags = {};
    for (const part of record.split(';')) {
        const eq = part.indexOf('=');
        if (eq > 0)
            tags[part.slice(0, eq).trim().toLowerCase()] = part.slice(eq + 1).trim();
    }
    return tags;
}

;// CONCATENATED MODULE: ./src/checks/deliverability.ts
// deliverability: what decides inbox or spam for the sender's own domain: MX, SPF, DKIM, DMARC.
// SPF evaluation and DMARC policy discovery are mailauth's; we add the linting it does not do.



const SPF_LOOKUP_LIMIT = 10;
const SPF_VOID_LIMIT = 2;
const mxCheck = deliverabilityCheck('deliverability.mx', async (domain, resolve) => {
    const hosts = await mxHosts(resolve, domain);
    if (hosts.length === 0)
        return { status: 'warn', cause: 'mx-missing', params: { domain } };
    const unresolvable = [];
    await Promise.all(hosts.map(async (host) => {
        const [a, aaaa] = await Promise.allSettled([resolve(host, 'A'), resolve(host, 'AAAA')]);
        const found = [a, aaaa].some((r) => r.status === 'fulfilled' && r.value.length > 0);
        if (!found)
            unresolvable.push(host);
    }));
    if (unresolvable.length)
        return { status: 'warn', cause: 'mx-unresolvable', params: { domain, hosts: unresolvable.join(', ') } };
    return { status: 'pass', cause: 'mx-ok', params: { domain, hosts: hosts.slice(0, 5).join(', ') } };
});
const spfCheck = deliverabilityCheck('deliverability.spf', async (domain, resolve, s) => {
    const records = (await txtRecords(resolve, domain)).filter((r) => /^v=spf1(\s|$)/i.test(r.trim()));
    if (records.length === 0)
        return { status: 'fail', cause: 'spf-missing', params: { domain } };
    if (records.length > 1)
        return { status: 'fail', cause: 'spf-multiple', params: { domain, count: records.length, records: records.join(' | ') } };
    const record = records[0].trim();
    const findings = [];
    const terms = record.split(/\s+/).slice(1);
    const all = terms.find((t) => /^[+\-~?]?all$/i.test(t));
    if (all && /^\+?all$/i.test(all))
        findings.push({ status: 'fail', cause: 'spf-pass-all', params: { domain, record }, subject: 'all' });
    else if (all?.startsWith('?'))
        findings.push({ status: 'warn', cause: 'spf-neutral-all', params: { domain, record }, subject: 'all' });
    else if (!all && !terms.some((t) => /^redirect=/i.test(t)))
        findings.push({ status: 'warn', cause: 'spf-no-all', params: { domain, record }, subject: 'all' });
    if (terms.some((t) => /^[+\-~?]?ptr(:|$)/i.test(t)))
        findings.push({ status: 'warn', cause: 'spf-ptr', params: { domain }, subject: 'ptr' });
    // Evaluate with generous limits to count every lookup, then hold the count against the RFC's.
    const { spf } = await Promise.all(/* import() */[__nccwpck_require__.e(135), __nccwpck_require__.e(594), __nccwpck_require__.e(697)]).then(__nccwpck_require__.t.bind(__nccwpck_require__, 4697, 23));
    const ip = await (0,net_resolve/* resolveHost */.p0)(s.host, s.dnsServers, s.timeoutMs).then((r) => r.v4[0] ?? r.v6[0], () => undefined);
    const result = await spf({
        sender: s.from,
        ip: ip ?? '192.0.2.1',
        helo: s.host || domain,
        mta: 'email-deploy-check',
        resolver: resolve,
        maxResolveCount: 50,
        maxVoidCount: 50,
        maxElapsedTime: s.timeoutMs * 2,
    });
    const lookups = result.lookups?.count ?? 0;
    const voids = result.lookups?.void ?? 0;
    if (lookups > SPF_LOOKUP_LIMIT)
        findings.push({
            status: 'fail',
            cause: 'spf-too-many-lookups',
            params: { domain, lookups, limit: SPF_LOOKUP_LIMIT },
            subject: 'lookups',
        });
    if (voids > SPF_VOID_LIMIT)
        findings.push({
            status: 'fail',
            cause: 'spf-too-many-void-lookups',
            params: { domain, voids, limit: SPF_VOID_LIMIT },
            subject: 'void',
        });
    const verdict = result.status?.result ?? 'none';
    if (['permerror', 'temperror'].includes(verdict) && findings.every((f) => f.status !== 'fail')) {
        findings.push({
            status: 'fail',
            cause: 'spf-error',
            params: { domain, result: verdict, comment: String(result.status?.comment ?? '') },
            subject: 'eval',
        });
    }
    if (ip && (verdict === 'fail' || verdict === 'softfail')) {
        findings.push({ status: 'warn', cause: 'spf-host-not-listed', params: { domain, host: s.host, ip, result: verdict }, subject: 'host' });
    }
    return findings.length ? findings : { status: 'pass', cause: 'spf-ok', params: { domain, record, lookups, result: verdict } };
});
const dkimCheck = deliverabilityCheck('deliverability.dkim', async (domain, resolve, s) => {
    const name = `${s.dkimSelector}._domainkey.${domain}`;
    const records = await txtRecords(resolve, name);
    const record = records.find((r) => /(^|;)\s*p\s*=/i.test(r));
    if (!record)
        return { status: 'fail', cause: 'dkim-missing', params: { name } };
    const tags = tagList(record);
    const key = (tags.p ?? '').replace(/\s+/g, '');
    if (key === '')
        return { status: 'fail', cause: 'dkim-revoked', params: { name } };
    const type = (tags.k ?? 'rsa').toLowerCase();
    if (type === 'ed25519')
        return { status: 'pass', cause: 'dkim-ok-ed25519', params: { name } };
    let bits;
    try {
        bits =
            process.getBuiltinModule('node:crypto').createPublicKey({ key: Buffer.from(key, 'base64'), format: 'der', type: 'spki' })
                .asymmetricKeyDetails?.modulusLength ?? 0;
    }
    catch {
        return { status: 'fail', cause: 'dkim-invalid-key', params: { name } };
    }
    if (bits < 1024)
        return { status: 'fail', cause: 'dkim-weak-key', params: { name, bits } };
    if (bits < 2048)
        return { status: 'warn', cause: 'dkim-short-key', params: { name, bits } };
    return { status: 'pass', cause: 'dkim-ok', params: { name, bits } };
}, (s) => s.dkimSelector !== '');
/** rua/ruf take comma-separated mailto: URIs, each optionally with a size limit (!10m). */
const isValidRua = (value) => value.split(',').every((uri) => /^mailto:[^\s@,;!]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}(![0-9]+[kmgt]?)?$/i.test(uri.trim()));
const dmarcCheck = deliverabilityCheck('deliverability.dmarc', async (domain, resolve) => {
    const name = `_dmarc.${domain}`;
    const records = (await txtRecords(resolve, name)).filter((r) => /^v\s*=\s*DMARC1/i.test(r.trim()));
    if (records.length > 1)
        return { status: 'fail', cause: 'dmarc-multiple', params: { name, count: records.length } };
    const { default: getDmarcRecord } = await Promise.all(/* import() */[__nccwpck_require__.e(135), __nccwpck_require__.e(594), __nccwpck_require__.e(313)]).then(__nccwpck_require__.t.bind(__nccwpck_require__, 313, 23));
    const policy = await getDmarcRecord(domain, resolve);
    if (!policy) {
        return records.length
            ? { status: 'fail', cause: 'dmarc-invalid', params: { name, record: records[0] } }
            : { status: 'warn', cause: 'dmarc-missing', params: { name, domain } };
    }
    const where = policy.isOrgRecord ? `_dmarc.${policy.recordDomain}` : name;
    const findings = [];
    if (!policy.p || !['none', 'quarantine', 'reject'].includes(policy.p))
        findings.push({
            status: 'fail',
            cause: 'dmarc-invalid',
            params: { name: where, record: String(policy.rr ?? records[0] ?? '') },
            subject: 'p',
        });
    else if (policy.p === 'none')
        findings.push({ status: 'warn', cause: 'dmarc-p-none', params: { name: where }, subject: 'p' });
    if (typeof policy.rua === 'string' && policy.rua !== '' && !isValidRua(policy.rua))
        findings.push({ status: 'warn', cause: 'dmarc-bad-rua', params: { name: where, rua: policy.rua }, subject: 'rua' });
    return findings.length
        ? findings
        : { status: 'pass', cause: 'dmarc-ok', params: { name: where, policy: policy.p ?? '', rua: String(policy.rua ?? '-') } };
});
const DELIVERABILITY_CHECKS = [mxCheck, spfCheck, dkimCheck, dmarcCheck];

;// CONCATENATED MODULE: ./src/checks/transport-policy.ts


/** RFC 8461 3.2: a max_age under a day makes the policy nearly useless against a downgrade. */
const MTA_STS_MIN_MAX_AGE = 86_400;
const MAX_POLICY_BYTES = 64 * 1024;
const mtaStsCheck = deliverabilityCheck('deliverability.mta-sts', async (domain, resolve, s) => {
    const { getPolicy, validateMx } = await Promise.all(/* import() */[__nccwpck_require__.e(135), __nccwpck_require__.e(594), __nccwpck_require__.e(56)]).then(__nccwpck_require__.t.bind(__nccwpck_require__, 9056, 23));
    const result = await getPolicy(domain, null, { resolver: resolve, timeout: s.timeoutMs, maxPolicySize: MAX_POLICY_BYTES });
    const details = result.warnings?.length ? [`mailauth warnings: ${result.warnings.join(', ')}`] : undefined;
    if (result.status === 'not_found') {
        // A sender treats a policy host without an address as no policy; for the domain's owner it is a broken setup.
        const announced = (await txtRecords(resolve, `_mta-sts.${domain}`)).some((r) => /^v=STSv1\s*;/i.test(r.trim()));
        return announced
            ? { status: 'warn', cause: 'mta-sts-unreachable', params: { domain, error: `mta-sts.${domain} has no address record` }, details }
            : { status: 'skip', cause: 'mta-sts-absent', params: { domain } };
    }
    const { policy } = result;
    if (result.status === 'errored' || policy.error) {
        return { status: 'warn', cause: 'mta-sts-unreachable', params: { domain, error: policy.error?.message ?? 'no policy' }, details };
    }
    const findings = [];
    const maxAge = policy.maxAge ?? 0;
    if (policy.mode !== 'enforce')
        findings.push({ status: 'warn', cause: 'mta-sts-not-enforced', params: { domain, mode: policy.mode }, subject: 'mode' });
    if (maxAge < MTA_STS_MIN_MAX_AGE)
        findings.push({
            status: 'warn',
            cause: 'mta-sts-max-age-short',
            params: { domain, maxAge, min: MTA_STS_MIN_MAX_AGE },
            subject: 'max_age',
        });
    const hosts = await mxHosts(resolve, domain);
    const unmatched = hosts.filter((host) => !validateMx(host, policy).valid);
    if (unmatched.length) {
        findings.push({
            status: policy.mode === 'enforce' ? 'fail' : 'warn',
            cause: 'mta-sts-mx-mismatch',
            params: { domain, hosts: unmatched.join(', '), patterns: (policy.mx ?? []).join(', ') || '-' },
            subject: 'mx',
        });
    }
    if (findings.length)
        return findings.map((f) => ({ ...f, details }));
    return {
        status: 'pass',
        cause: 'mta-sts-ok',
        params: { domain, mode: policy.mode, patterns: (policy.mx ?? []).join(', '), maxAge },
        details,
    };
});
const tlsRptCheck = deliverabilityCheck('deliverability.tls-rpt', async (domain, resolve) => {
    const name = `_smtp._tls.${domain}`;
    const records = (await txtRecords(resolve, name)).filter((r) => /^v\s*=\s*TLSRPTv1\b/i.test(r.trim()));
    if (records.length === 0)
        return { status: 'skip', cause: 'tls-rpt-absent', params: { name } };
    if (records.length > 1)
        return { status: 'warn', cause: 'tls-rpt-invalid', params: { name, record: records.join(' | ') } };
    const record = records[0] ?? '';
    const rua = tagList(record).rua ?? '';
    const uris = rua.split(',').map((u) => u.trim());
    const valid = rua !== '' && uris.every((u) => /^mailto:[^\s@]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$/i.test(u) || /^https:\/\/[^\s]+$/i.test(u));
    return valid
        ? { status: 'pass', cause: 'tls-rpt-ok', params: { name, rua } }
        : { status: 'warn', cause: 'tls-rpt-invalid', params: { name, record } };
});
const bimiCheck = deliverabilityCheck('deliverability.bimi', async (domain, resolve) => {
    const name = `default._bimi.${domain}`;
    const records = (await txtRecords(resolve, name)).filter((r) => /^v\s*=\s*BIMI1\b/i.test(r.trim()));
    if (records.length === 0)
        return { status: 'skip', cause: 'bimi-absent', params: { name } };
    const record = records[0] ?? '';
    const tags = tagList(record);
    const logo = tags.l ?? '';
    if (records.length > 1 || (logo !== '' && !/^https:\/\/\S+\.svg$/i.test(logo)) || (logo === '' && (tags.a ?? '') === ''))
        return { status: 'warn', cause: 'bimi-invalid', params: { name, record } };
    // BIMI shows a logo only when DMARC is enforced (quarantine or reject at 100%): the policy as the DMARC check
    // finds it (mailauth's discovery, the organizational domain's record included).
    const { default: getDmarcRecord } = await Promise.all(/* import() */[__nccwpck_require__.e(135), __nccwpck_require__.e(594), __nccwpck_require__.e(313)]).then(__nccwpck_require__.t.bind(__nccwpck_require__, 313, 23));
    const dmarc = await getDmarcRecord(domain, resolve);
    const policy = dmarc ? (dmarc.p ?? '').toLowerCase() : '';
    const enforced = ['quarantine', 'reject'].includes(policy) && Number(dmarc ? (dmarc.pct ?? 100) : 0) === 100;
    if (!enforced)
        return { status: 'warn', cause: 'bimi-dmarc-not-enforced', params: { name, policy: policy || '-' } };
    return { status: 'pass', cause: 'bimi-ok', params: { name, logo: logo || '-', certificate: tags.a || '-' } };
});
const TRANSPORT_POLICY_CHECKS = [mtaStsCheck, tlsRptCheck, bimiCheck];

// EXTERNAL MODULE: ./src/net/server-report.ts
var server_report = __nccwpck_require__(855);
// EXTERNAL MODULE: ./src/i18n/causes.ts + 13 modules
var causes = __nccwpck_require__(1609);
;// CONCATENATED MODULE: ./src/checks/health.ts
// health and server: the deployed app answers, and (when its health route uses checkEmailHealth)
// the app's own view of its email path, from its own network and with its own secrets.






/** One wait between attempts never exceeds this. */
const MAX_BACKOFF_MS = 60_000;
const MAX_SERVER_RESULTS = 200;
const MAX_JSON_FIELDS = 30;
const backoffMs = (s, retry) => Math.min(MAX_BACKOFF_MS, s.health.intervalSeconds * 1000 * 2 ** (retry - 1));
/** The longest the health check can take: every attempt timing out, plus every wait. */
function healthDeadlineMs(s) {
    let total = s.health.attempts * s.timeoutMs;
    for (let retry = 1; retry < s.health.attempts; retry++)
        total += backoffMs(s, retry);
    return total;
}
/** Top-level JSON fields, for the summary. */
function jsonFields(body) {
    try {
        const value = JSON.parse(body);
        if (!value || typeof value !== 'object' || Array.isArray(value))
            return [];
        return Object.entries(value)
            .slice(0, MAX_JSON_FIELDS)
            .map(([k, v]) => `${k}: ${(0,src_text/* clip */.$Q)(typeof v === 'object' ? JSON.stringify(v) : String(v), 120)}`);
    }
    catch {
        return [];
    }
}
const retryable = (answer) => answer.status >= 500 || answer.status === 404;
/** A report finished this close to the request was made for it; an older one came from the route's cache. */
const FRESH_MS = 2000;
/** What the server checked and how old its report is, when the report says (older versions do not). */
function targetOutcome(answer) {
    const { target, finishedAt, durationMs } = answer.report;
    if (!target)
        return undefined;
    // The row's time is the server's whole run.
    const took = durationMs !== undefined ? { durationMs } : {};
    const params = { provider: target.provider || 'SMTP', host: target.host, port: target.port, mode: target.secure ? 'TLS' : 'STARTTLS' };
    // Clocks differ between hosts: a report "from the future" is taken as fresh.
    const ageMs = finishedAt === undefined ? 0 : Math.max(0, answer.receivedAt - finishedAt);
    if (ageMs < FRESH_MS)
        return { status: 'pass', cause: 'server-report-target', params, ...took };
    return { status: 'pass', cause: 'server-report-target-cached', params: { ...params, age: ageText(ageMs) }, ...took };
}
/** An age in the largest unit that keeps it readable: `40 s`, `12 min`, `3 h`, `2 d`. */
function ageText(ms) {
    const s = Math.round(ms / 1000);
    if (s < 120)
        return `${s} s`;
    if (s < 7200)
        return `${Math.round(s / 60)} min`;
    if (s < 172_800)
        return `${Math.round(s / 3600)} h`;
    return `${Math.round(s / 86_400)} d`;
}
/** The health request neither follows redirects nor fails on size (it cuts): those two never come from it. */
const healthFailure = (error) => error.failure === 'too-large' || error.failure === 'redirects' ? 'error' : error.failure;
const healthCheck = {
    id: 'health.endpoint',
    group: 'health',
    requires: (s) => (s.health.url === '' ? 'health-url' : undefined),
    budgetMs: healthDeadlineMs,
    run: async ({ settings: s, signal, now }) => {
        const { url, attempts, expect, headers } = s.health;
        const deadline = Math.round(healthDeadlineMs(s) / 100) / 10;
        const log = [];
        let last;
        for (let attempt = 1; attempt <= attempts; attempt++) {
            const base = { url, attempts: attempt, deadline };
            try {
                const answer = await (0,http/* request */.Em)(url, { headers, timeoutMs: s.timeoutMs, signal, ca: s.tlsCa });
                log.push(`attempt ${attempt}: HTTP ${answer.status} in ${answer.ms} ms${answer.location ? ` → ${answer.location}` : ''}`);
                const report = (0,server_report.readServerReport)(answer.body);
                if (report) {
                    const params = { ...base, status: answer.status, verdict: report.status };
                    return produce({ status: 'pass', cause: 'health-report', params, details: log }, {
                        report,
                        httpStatus: answer.status,
                        receivedAt: now(),
                    });
                }
                if (answer.status >= 300 && answer.status < 400)
                    return {
                        status: 'fail',
                        cause: 'health-redirect',
                        params: { ...base, status: answer.status, location: answer.location ?? '' },
                        details: log,
                    };
                if (answer.status === 401 || answer.status === 403)
                    return { status: 'fail', cause: 'health-unauthorized', params: { ...base, status: answer.status }, details: log };
                if (answer.status >= 200 && answer.status < 300) {
                    const details = [...log, ...jsonFields(answer.body)];
                    if (expect && !answer.body.includes(expect))
                        return { status: 'fail', cause: 'health-body-mismatch', params: { ...base, expect, body: (0,src_text/* clip */.$Q)(answer.body, 200) }, details };
                    return {
                        status: 'pass',
                        cause: attempt > 1 ? 'health-ok-after-retries' : 'health-ok',
                        params: { ...base, status: answer.status, ms: answer.ms },
                        details,
                    };
                }
                if (!retryable(answer))
                    return {
                        status: 'fail',
                        cause: 'health-status',
                        params: { ...base, status: answer.status, body: (0,src_text/* clip */.$Q)(answer.body, 200) },
                        details: log,
                    };
                last = answer;
            }
            catch (error) {
                if (!(error instanceof http/* HttpError */.j$))
                    throw error;
                log.push(`attempt ${attempt}: ${error.failure} (${error.detail})`);
                last = error;
            }
            if (attempt < attempts)
                await (0,timeout/* sleep */.yy)(backoffMs(s, attempt), signal);
        }
        const params = { url, attempts, deadline };
        if (last instanceof http/* HttpError */.j$)
            return { status: 'fail', cause: `health-${healthFailure(last)}`, params: { ...params, detail: last.detail }, details: log };
        return {
            status: 'fail',
            cause: 'health-status',
            params: { ...params, status: last?.status ?? 0, body: (0,src_text/* clip */.$Q)(last?.body ?? '', 200) },
            details: log,
        };
    },
};
/**
 * The server's own report, item by item. Both its HTTP status and its own verdict count: either one failing
 * fails the run, even when no item it lists explains why. An item that cannot be read is critical, and so is a
 * failure among the items past the display cap.
 */
const serverReportCheck = {
    id: 'server.report',
    group: 'server',
    needs: [healthCheck],
    relevant: (s) => s.health.url !== '',
    run: ({ settings: s, get }) => {
        const answer = get(healthCheck);
        if (!answer)
            return { status: 'skip', cause: 'server-report-absent', params: { url: s.health.url } };
        const { report, httpStatus } = answer;
        const shown = report.items.slice(0, MAX_SERVER_RESULTS);
        const hidden = report.items.slice(MAX_SERVER_RESULTS);
        const outcomes = shown.map((r) => ({
            subject: r.id,
            status: r.status,
            ...(r.durationMs !== undefined ? { durationMs: r.durationMs } : {}),
            // A cause this version knows is told in our words and language; another is shown in the server's own.
            ...((0,causes/* isCause */.Aj)(r.cause)
                ? { cause: r.cause, params: r.params }
                : { cause: 'server-item-foreign', params: { serverCause: r.cause, message: r.message, fix: r.fix ?? '' } }),
            ...(r.details ? { details: r.details } : {}),
        }));
        const url = s.health.url;
        if (report.problem !== undefined) {
            outcomes.push({
                status: 'fail',
                cause: 'server-report-unreadable',
                params: { url, problem: report.problem, count: report.unreadable },
            });
        }
        const hiddenFailing = hidden.filter((r) => r.status === 'fail').length;
        if (hidden.length > 0) {
            const params = { left: hidden.length, failing: hiddenFailing };
            outcomes.push(hiddenFailing > 0
                ? { status: 'fail', cause: 'server-report-cut-failing', params }
                : { status: 'skip', cause: 'server-report-cut', params });
        }
        const serverFails = report.status === 'fail' || httpStatus >= 400;
        if (serverFails && !outcomes.some((o) => o.status === 'fail')) {
            outcomes.push({ status: 'fail', cause: 'server-report-failing', params: { url, status: httpStatus, verdict: report.status } });
        }
        const target = targetOutcome(answer);
        if (target)
            outcomes.unshift(target);
        return outcomes.length ? outcomes : { status: 'pass', cause: 'server-report-empty', params: { url } };
    },
};
const HEALTH_CHECKS = [healthCheck, serverReportCheck];

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
;// CONCATENATED MODULE: ./src/lint/files.ts
// Which config files to lint, and what git says about them (tracked? ignored?).


const DEFAULT_CONFIG_FILES = [
    '**/.env',
    '**/.env.*',
    '**/ecosystem.config.{js,cjs,mjs,json}',
    '**/docker-compose*.{yml,yaml}',
    '**/compose.{yml,yaml}',
    '.github/workflows/*.{yml,yaml}',
];
const NEVER = /(^|\/)(node_modules|dist|\.git)$/;
const MAX_FILES = 200;
async function findConfigFiles(root, patterns) {
    const found = new Set();
    for await (const path of (0,promises_.glob)([...patterns], { cwd: root, exclude: (p) => NEVER.test(p) })) {
        if (NEVER.test(path.split('/').slice(0, -1).join('/')))
            continue;
        found.add(path);
        if (found.size >= MAX_FILES)
            break;
    }
    return [...found].sort();
}
/** git, when a lint run asks it (child_process is loaded then, not at start-up: most runs never lint). */
async function git(root, args) {
    const { execFile } = await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 1421, 23));
    return new Promise((resolve) => {
        execFile('git', args, { cwd: root, timeout: 5000 }, (error) => {
            if (!error)
                return resolve(0);
            const code = error.code;
            resolve(typeof code === 'number' ? code : 'unavailable');
        });
    });
}
/** Whether `root` is inside a git work tree: outside one (an app's folder on a server) nothing is "committed". */
async function inWorkTree(root) {
    return (await git(root, ['rev-parse', '--is-inside-work-tree'])) === 0;
}
/** Tracked by git. Outside a work tree (or without git) nothing is: a server's `.env` is not in any repository. */
async function isTracked(root, file) {
    return (await git(root, ['ls-files', '--error-unmatch', '--', file])) === 0;
}
/** Whether `.gitignore` covers `.env`, by git's own rules, or by reading .gitignore when git cannot tell. */
async function isEnvIgnored(root) {
    const result = await git(root, ['check-ignore', '-q', '--no-index', '.env']);
    if (result === 0)
        return true;
    if (result === 1)
        return false;
    const text = await (0,promises_.readFile)((0,external_node_path_.join)(root, '.gitignore'), 'utf8').catch(() => '');
    return text.split(/\r?\n/).some((l) => /^\/?\.env(\*|\.\*)?$/.test(l.trim()) || l.trim() === '*.env');
}
/** The app's own sources, for the code lint. Config files (ecosystem.config.*) are the config lint's. */
const SOURCE = /\.(?:[cm]?[jt]s|[jt]sx)$/i;
const NOT_SOURCE = /(^|\/)(?:node_modules|dist|build|out|coverage|vendor|\.next|\.nuxt|\.output|\.svelte-kit|\.git)(\/|$)|\.min\.js$|\.d\.[cm]?ts$|(^|\/)ecosystem\.config\./;
const MAX_SOURCE_FILES = 2000;
/**
 * JavaScript and TypeScript sources under `root`: inside a git work tree, the files git would commit (tracked, or
 * new and not ignored: `.gitignore` is git's to read); elsewhere every source file. Dependencies and build output
 * are left out either way; at most MAX_SOURCE_FILES, and `truncated` says when there were more.
 */
async function findSourceFiles(root) {
    const listed = (await inWorkTree(root)) ? await gitSources(root) : undefined;
    const found = [];
    const consider = (path) => {
        if (SOURCE.test(path) && !NOT_SOURCE.test(path))
            found.push(path);
        return found.length > MAX_SOURCE_FILES;
    };
    if (listed) {
        for (const path of listed)
            if (consider(path))
                break;
    }
    else {
        for await (const path of (0,promises_.glob)('**/*.{js,mjs,cjs,ts,mts,cts,jsx,tsx}', { cwd: root, exclude: (p) => NOT_SOURCE.test(p) }))
            if (consider(path))
                break;
    }
    const truncated = found.length > MAX_SOURCE_FILES;
    return { files: found.slice(0, MAX_SOURCE_FILES).sort(), truncated };
}
/** `git ls-files --cached --others --exclude-standard`, bounded in time and bytes; undefined when git cannot say. */
async function gitSources(root) {
    const { execFile } = await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 1421, 23));
    return new Promise((resolve) => {
        execFile('git', [
            'ls-files',
            '-z',
            '--cached',
            '--others',
            '--exclude-standard',
            '--',
            '*.js',
            '*.mjs',
            '*.cjs',
            '*.ts',
            '*.mts',
            '*.cts',
            '*.jsx',
            '*.tsx',
        ], { cwd: root, timeout: 10_000, maxBuffer: 16 * 1024 * 1024 }, (error, stdout) => resolve(error ? undefined : stdout.split('\0').filter((p) => p !== '')));
    });
}

// EXTERNAL MODULE: ./src/safe-file.ts
var safe_file = __nccwpck_require__(1809);
;// CONCATENATED MODULE: ./src/checks/lint.ts
// lint: configuration mistakes in the repository's files, each at its file and line. No secrets needed.



// The parsers (yaml, acorn) load only when there is something to lint: most runs never need them.
const loadLint = async () => ({ ...(await __nccwpck_require__.e(/* import() */ 834).then(__nccwpck_require__.bind(__nccwpck_require__, 834))), ...(await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(559), __nccwpck_require__.e(783)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8783))) });
const SEVERITY = { fail: 0, warn: 1 };
async function lintFile(lint, root, file, blocks) {
    const { blockFindings, transportFindings, workflowFindings, readCompose, readDotenv, readEcosystemJson, readJavaScript, readWorkflow } = lint;
    // A planted symlink, FIFO or huge file is refused (and reported by the caller), never followed or read whole.
    const { text } = await (0,safe_file/* readSafely */.FD)((0,external_node_path_.join)(root, file), { within: [root], maxBytes: safe_file/* CONFIG_FILE_MAX_BYTES */.hj });
    const base = file.split('/').pop() ?? file;
    if (/^\.env/.test(base)) {
        const block = readDotenv(file, text);
        blocks.push(block);
        return blockFindings(block, 'dotenv', await isTracked(root, file));
    }
    if (file.startsWith('.github/workflows/'))
        return readWorkflow(file, text).flatMap(workflowFindings);
    if (/compose/.test(base)) {
        const found = readCompose(file, text);
        blocks.push(...found);
        return found.flatMap((b) => blockFindings(b, 'config', true));
    }
    if (base.endsWith('.json')) {
        const found = readEcosystemJson(file, text);
        blocks.push(...found);
        return found.flatMap((b) => blockFindings(b, 'config', true));
    }
    const { blocks: found, transports } = readJavaScript(file, text);
    blocks.push(...found);
    return [...found.flatMap((b) => blockFindings(b, 'config', true)), ...transports.flatMap(transportFindings)];
}
const lintCheck = {
    id: 'lint.config',
    group: 'lint',
    budgetMs: (s) => Math.max(s.timeoutMs, 10_000),
    run: async ({ settings: s }) => {
        const root = s.runtime.workspace;
        const files = await findConfigFiles(root, s.configFiles.length ? s.configFiles : DEFAULT_CONFIG_FILES);
        if (files.length === 0)
            return { status: 'skip', cause: 'lint-no-files', params: { root } };
        const lint = await loadLint();
        const blocks = [];
        const findings = [];
        const unreadable = [];
        for (const file of files) {
            try {
                findings.push(...(await lintFile(lint, root, file, blocks)));
            }
            catch (error) {
                if (error instanceof safe_file/* FileRefused */.rV) {
                    const params = { file, within: root, limit: '1 MiB', detail: error.detail };
                    unreadable.push({ status: 'warn', cause: `lint-file-${error.reason}`, subject: file, params, location: { file, line: 1 } });
                    continue;
                }
                unreadable.push({
                    status: 'warn',
                    cause: 'lint-parse-error',
                    subject: file,
                    params: { file, error: error.message.slice(0, 200) },
                    location: { file, line: 1 },
                });
            }
        }
        findings.push(...lint.productionFindings(blocks));
        // Git's rules only inside a git work tree: on a server, an app's `.env` beside it is where it belongs.
        if (files.some((f) => /(^|\/)\.env$/.test(f)) && (await inWorkTree(root)) && !(await isEnvIgnored(root))) {
            findings.push({
                cause: 'lint-env-not-ignored',
                status: 'warn',
                file: '.gitignore',
                line: 1,
                params: { file: '.gitignore', line: 1 },
            });
        }
        const outcomes = findings
            .sort((a, b) => SEVERITY[a.status] - SEVERITY[b.status] || a.file.localeCompare(b.file) || a.line - b.line)
            .map((f) => ({
            status: f.status,
            cause: f.cause,
            params: f.params,
            subject: `${f.file}:${f.line}`,
            location: { file: f.file, line: f.line },
        }));
        const all = [...outcomes, ...unreadable];
        return all.length ? all : { status: 'pass', cause: 'lint-clean', params: { files: files.length, list: files.slice(0, 10).join(', ') } };
    },
};
/** The code lint's bounds: bytes read in all (each file at most 1 MiB), and its share of the run's time. */
const CODE_MAX_TOTAL_BYTES = 32 * 1024 * 1024;
const loadCode = () => Promise.all(/* import() */[__nccwpck_require__.e(559), __nccwpck_require__.e(637), __nccwpck_require__.e(472)]).then(__nccwpck_require__.bind(__nccwpck_require__, 472));
/**
 * lint.code: the app's own mail code. Every source file is parsed (nothing runs), nodemailer's calls are found
 * through simple bindings, across modules where one imports another's transport directly, and each mistake is
 * reported at its line.
 */
const codeLintCheck = {
    id: 'lint.code',
    group: 'lint',
    budgetMs: (s) => Math.max(s.timeoutMs, 20_000),
    run: async ({ settings: s, signal }) => {
        const root = s.runtime.workspace;
        const { files, truncated } = await findSourceFiles(root);
        if (files.length === 0)
            return { status: 'skip', cause: 'code-no-files', params: { root } };
        const code = await loadCode();
        const modules = new Map();
        const notRead = { tsx: 0, 'typescript-unavailable': 0, syntax: 0, large: 0 };
        let bytes = 0;
        let read = 0;
        let stopped = false;
        for (const file of files) {
            if (signal.aborted || bytes > CODE_MAX_TOTAL_BYTES) {
                stopped = true;
                break;
            }
            // Only files that name nodemailer or import a sibling are parsed: most of a repository never sends mail.
            let text;
            try {
                ({ text } = await (0,safe_file/* readSafely */.FD)((0,external_node_path_.join)(root, file), { within: [root], maxBytes: safe_file/* CONFIG_FILE_MAX_BYTES */.hj }));
            }
            catch (error) {
                if (!(error instanceof safe_file/* FileRefused */.rV))
                    throw error;
                notRead.large++;
                continue;
            }
            bytes += text.length;
            read++;
            if (!/nodemailer|sendMail|require\(|\bimport\b|\bfrom\s*["'`]/.test(text))
                continue;
            try {
                modules.set(file, code.moduleFacts(file, code.parseSource(file, text)));
            }
            catch (error) {
                if (!(error instanceof code.SourceNotRead))
                    throw error;
                notRead[error.reason]++;
            }
        }
        // Imports and re-exports, until nothing new is learned (a chain of re-exports is followed; at most 8 links).
        const exportsOf = (from) => (specifier) => modules.get(resolveImport(from, specifier, modules))?.exportsTransport;
        for (let round = 0; round < 8; round++) {
            let learned = false;
            for (const facts of modules.values())
                learned = code.linkImports(facts, exportsOf(facts.file)) || learned;
            if (!learned)
                break;
        }
        const findings = [...modules.values()].flatMap((facts) => code.codeFindings(facts));
        const outcomes = findings
            .sort((a, b) => SEVERITY[a.status] - SEVERITY[b.status] || a.file.localeCompare(b.file) || a.line - b.line)
            .map((f) => ({
            status: f.status,
            cause: f.rule,
            params: { file: f.file, line: f.line, ...f.params },
            subject: `${f.file}:${f.line}`,
            location: { file: f.file, line: f.line },
        }));
        const partial = stopped || truncated
            ? [
                {
                    status: 'warn',
                    cause: 'code-partial',
                    params: { read, files: truncated ? `${files.length}+` : files.length, max: MAX_SOURCE_FILES },
                },
            ]
            : [];
        const mailModules = [...modules.values()].filter((m) => m.nodemailer.size + m.createTransport.size + m.transports.size + m.transportProps.size > 0);
        const skipped = notRead.tsx + notRead['typescript-unavailable'] + notRead.syntax + notRead.large;
        const summary = {
            files: files.length,
            mail: mailModules.length,
            list: mailModules
                .slice(0, 10)
                .map((m) => m.file)
                .join(', ') || '-',
            skipped,
            tsx: notRead.tsx,
        };
        const all = [...outcomes, ...partial];
        return all.length ? all : { status: 'pass', cause: mailModules.length ? 'code-clean' : 'code-no-mail', params: summary };
    },
};
/** A relative import as a file we read: `./mailer`, `./mailer.js` (a TypeScript source), `./mailer/index`. */
function resolveImport(from, specifier, known) {
    const base = external_node_path_.posix.normalize(external_node_path_.posix.join(external_node_path_.posix.dirname(from), specifier));
    const stem = base.replace(/\.[cm]?js$/, '');
    const candidates = [
        base,
        ...['.ts', '.js', '.mts', '.mjs', '.cts', '.cjs', '.tsx', '.jsx'].flatMap((ext) => [stem + ext, `${base}/index${ext}`]),
    ];
    return candidates.find((c) => known.has(c)) ?? base;
}
const LINT_CHECKS = [lintCheck, codeLintCheck];

// EXTERNAL MODULE: ./src/logs/files.ts
var logs_files = __nccwpck_require__(2964);
;// CONCATENATED MODULE: ./src/checks/logs.ts
// logs: the app's own record of mail failures (PM2 and friends), read as events (one error is many lines),
// explained with the same diagnosis table as the live SMTP checks, and grouped by category, then cause.



const logsCheck = {
    id: 'logs.scan',
    group: 'logs',
    requires: (s) => (s.logFiles.length === 0 ? 'log-files' : undefined),
    run: async ({ settings: s }) => {
        const files = await (0,logs_files/* expand */.fT)(s.logFiles);
        if (files.length === 0)
            return { status: 'warn', cause: 'logs-none-found', params: { patterns: s.logFiles.join(', ') } };
        // The scanner (events, failures, diagnosis) is loaded only when there are logs to read.
        const { scanLogText } = await Promise.all(/* import() */[__nccwpck_require__.e(680), __nccwpck_require__.e(550)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9550));
        const context = (0,logs_files.contextOf)(s);
        const groups = new Map();
        let lines = 0;
        const folders = s.logFiles.map(safe_file/* globBase */.EI);
        const refused = [];
        for (const file of files) {
            const content = await (0,logs_files/* tail */.RT)(file, folders).catch((error) => {
                if (!(error instanceof safe_file/* FileRefused */.rV))
                    throw error;
                const params = { file, within: folders.join(', '), limit: `${logs_files/* LOG_TAIL_BYTES */.mU} bytes`, detail: error.detail };
                refused.push({ status: 'warn', cause: `logs-file-${error.reason}`, subject: file, params });
                return '';
            });
            lines += content === '' ? 0 : content.split('\n').length;
            for (const finding of scanLogText(content, context)) {
                const group = groups.get(finding.cause) ?? { example: finding, count: 0, files: new Set() };
                group.count++;
                group.files.add(file);
                const at = finding.timestamp;
                if (at && (!group.first || at < group.first))
                    group.first = at;
                if (at && (!group.last || at >= group.last)) {
                    group.last = at;
                    group.example = finding; // the latest example
                }
                groups.set(finding.cause, group);
            }
        }
        if (groups.size === 0 && refused.length === 0)
            return { status: 'pass', cause: 'logs-clean', params: { files: files.length, lines } };
        // By category (the family people act on), then by cause, most frequent first within a category.
        const found = [...groups.entries()]
            .map(([cause, group]) => ({ cause, group, category: (0,categories.categoryOf)(cause) ?? 'other' }))
            .sort((a, b) => a.category.localeCompare(b.category) || b.group.count - a.group.count)
            .map(({ cause, group, category }) => ({
            status: 'warn',
            cause,
            subject: `${category}:${cause}`,
            params: { ...group.example.params, count: group.count, first: group.first ?? '-', last: group.last ?? '-' },
            details: [
                `${group.count} event(s) in ${[...group.files].join(', ')}; first seen ${group.first ?? 'unknown'}, last seen ${group.last ?? 'unknown'}`,
                ...group.example.text.split('\n'),
            ],
        }));
        return [...found, ...refused];
    },
};
const LOGS_CHECKS = [logsCheck];

;// CONCATENATED MODULE: ./src/checks/index.ts












const ALL_CHECKS = [
    ...ENV_CHECKS,
    ...NETWORK_CHECKS,
    ...OAUTH2_CHECKS,
    ...SMTP_CHECKS,
    ...SEND_CHECKS,
    ...DELIVERY_CHECKS,
    ...HEALTH_CHECKS,
    ...APP_CHECKS,
    ...DELIVERABILITY_CHECKS,
    ...TRANSPORT_POLICY_CHECKS,
    ...LOGS_CHECKS,
    ...LINT_CHECKS,
];

// EXTERNAL MODULE: ./src/report/model.ts
var model = __nccwpck_require__(6867);
// EXTERNAL MODULE: ./src/settings/parse.ts
var parse = __nccwpck_require__(6894);
// EXTERNAL MODULE: ./src/settings/inputs.ts
var inputs = __nccwpck_require__(7428);
;// CONCATENATED MODULE: ./src/evaluate.ts
// The engine's front door, shared by the action, the CLI and the server health route:
// raw inputs in, a redacted report out. It knows nothing of GitHub or terminals.






/**
 * Every secret among the inputs, in every form it could be printed in, from the input table: each `secret` input
 * (with the login it belongs to), the values of `headers` inputs and the credentials inside `url` inputs.
 */
function secretsOf(raw) {
    const v = raw.values;
    const value = (name) => (inputs/* INPUT_NAMES */.Qh.includes(name) ? v[name] : '');
    return inputs/* INPUT_NAMES */.Qh.flatMap((name) => {
        const spec = (0,inputs/* specOf */.rI)(name);
        if (spec.kind === 'secret')
            return [
                ...(0,secrets/* secretVariants */.J5)(v[name], spec.login?.map(value).find((login) => login !== '')),
                ...(spec.webhook ? webhookSecrets(v[name]).flatMap((secret) => (0,secrets/* secretVariants */.J5)(secret)) : []),
            ];
        if (spec.kind === 'headers')
            return headerSecrets(v[name]).flatMap((secret) => (0,secrets/* secretVariants */.J5)(secret));
        if (spec.kind === 'url')
            return urlSecrets(v[name]).flatMap((secret) => (0,secrets/* secretVariants */.J5)(secret));
        return [];
    });
}
/** The values of `Name: value` lines; a line that is not one may be a pasted token: all of it is secret. */
function headerSecrets(text) {
    return [
        ...Object.values((0,parse/* parseHeaders */.QG)(text)).flatMap(headerValueSecrets),
        ...text
            .split(/\r?\n/)
            .map((line) => line.trim())
            .filter((line) => line !== '' && !/^[!#$%&'*+.^_`|~0-9A-Za-z-]+:/.test(line)),
    ];
}
/** A header value, and its credential alone (`Bearer X`, `Basic X`, `token X`): the token may be printed without its scheme. */
function headerValueSecrets(value) {
    const scheme = /^(?:bearer|basic|token|apikey|api-key)\s+(\S+)$/i.exec(value);
    return scheme?.[1] ? [value, scheme[1]] : [value];
}
/** The password of user-info and query values that look like credentials, in a health or smoke URL. */
function urlSecrets(text) {
    let url;
    try {
        url = new URL(text);
    }
    catch {
        return [];
    }
    const query = [...url.searchParams]
        .filter(([key]) => /token|key|secret|pass|auth|sig|code|credential/i.test(key))
        .map(([, value]) => value);
    return [decodeURIComponent(url.password), ...query].filter((s) => s !== '');
}
/** The tokens inside a webhook address: its credential query values and its long path segments (Slack's, Feishu's hook ids). */
function webhookSecrets(text) {
    let url;
    try {
        url = new URL(text.trim());
    }
    catch {
        return [];
    }
    // A token, not a word of the path (`open-apis`, `webhook`): it holds a digit, or it is long.
    const segments = url.pathname.split('/').filter((s) => s.length >= 8 && (/\d/.test(s) || s.length >= 16));
    return [...urlSecrets(text.trim()), ...[...url.searchParams.values()].filter((s) => s.length >= 8), ...segments];
}
async function evaluate(raw, runtime, hooks = {}) {
    const redactor = hooks.redactor ?? (0,secrets/* createRedactor */.lY)(secretsOf(raw));
    const startedAt = new Date();
    const settings = (0,parse/* parseSettings */.P$)(raw, runtime);
    if (raw.values.targets.trim() === '') {
        const { results } = await runOne(raw, runtime, redactor, hooks, { settings });
        return { settings, results, report: (0,model/* buildReport */.FK)(results, settings, startedAt, redactor), redactor };
    }
    // A list of mail servers: read before anything runs, its secrets masked before any check can print.
    const { TARGET_INPUTS, parseTargets, targetInputs, targetSecrets } = await __nccwpck_require__.e(/* import() */ 695).then(__nccwpck_require__.bind(__nccwpck_require__, 9695));
    const targets = await parseTargets(raw.values.targets);
    hooks.onSecretForms?.(redactor.addForms(targetSecrets(targets)));
    // Side by side: each target on its own connection, the app's own checks once beside them.
    const appGroups = settings.checks.filter((g) => APP_GROUPS.includes(g));
    const [app, ...parts] = await Promise.all([
        appGroups.length ? runOne(raw, runtime, redactor, hooks, { settings, groups: APP_GROUPS }) : undefined,
        ...targets.map((t) => runOne(targetInputs(raw, t), runtime, redactor, hooks, { groups: MAIL_GROUPS, target: t.name })),
    ]);
    const reportOf = (results, own) => (0,model/* buildReport */.FK)(results, own, startedAt, redactor);
    const report = (0,model/* joinChain */.UW)(targets.map((t, i) => ({ name: t.name, report: reportOf(parts[i]?.results ?? [], parts[i]?.settings ?? settings) })), app && reportOf(app.results, settings), settings.require);
    const results = [...parts.flatMap((p) => p?.results ?? []), ...(app?.results ?? [])];
    const unusedInputs = TARGET_INPUTS.filter((name) => raw.sources[name] === 'input');
    return { settings, results, report, redactor, ...(unusedInputs.length ? { unusedInputs } : {}) };
}
/** The groups each mail server of a chain runs; the app's own (its endpoints, logs and repository) run once. */
const MAIL_GROUPS = ['env', 'dns', 'tcp', 'tls', 'smtp', 'send', 'delivery', 'deliverability'];
const APP_GROUPS = ['health', 'app', 'server', 'logs', 'lint'];
/**
 * One run of the check graph: `settings` when the caller parsed them already, `groups` narrowing what `checks`
 * selects (a chain's target, or the app beside it), `target` the name of the chain's server.
 */
async function runOne(raw, runtime, redactor, hooks, { settings: given, groups, target } = {}) {
    const { onResult, onStart, onSecretForms } = hooks;
    const parsed = given ?? (0,parse/* parseSettings */.P$)(raw, runtime);
    const settings = groups ? { ...parsed, checks: parsed.checks.filter((g) => groups.includes(g)) } : parsed;
    // Beside a chain, the app's run leaves the configuration checks to the targets (they report the same inputs).
    const keep = (r) => target !== undefined || !groups || r.group !== 'env';
    const results = await runChecks(ALL_CHECKS, settings, {
        onResult: (r) => keep(r) && onResult?.(r, settings, target),
        ...(onStart ? { onStart: (check) => onStart(check, settings, target) } : {}),
        onSecret: (value) => onSecretForms?.(redactor.add(value)),
    });
    return { settings, results: results.filter(keep) };
}


/***/ }),

/***/ 1609:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Zt: () => (/* binding */ CHECK_TITLES),
  pQ: () => (/* binding */ causeWords),
  Tq: () => (/* binding */ checkTitle),
  Aj: () => (/* binding */ isCause),
  K3: () => (/* binding */ isCheckId)
});

// UNUSED EXPORTS: CAUSES

// EXTERNAL MODULE: ./src/i18n/text.ts
var i18n_text = __nccwpck_require__(641);
;// CONCATENATED MODULE: ./src/i18n/deliverability.ts
// Text for the deliverability checks (checks/deliverability.ts).

const DELIVERABILITY_TITLES = {
    'deliverability.mx': { en: 'MX records', zh: 'MX 记录' },
    'deliverability.spf': { en: 'SPF', zh: 'SPF' },
    'deliverability.dkim': { en: 'DKIM key', zh: 'DKIM 公钥' },
    'deliverability.dmarc': { en: 'DMARC', zh: 'DMARC' },
};
const DELIVERABILITY = {
    'deliverability-public-domain': {
        en: { text: '{domain} belongs to `{provider}`, which manages its SPF, DKIM and DMARC.' },
        zh: { text: '{domain} 属于 `{provider}`，其 SPF、DKIM、DMARC 由服务商管理。' },
    },
    'deliverability-dns-error': {
        en: { text: 'DNS lookups for {domain} failed: {detail}', fix: "Check the resolver (`dns-servers`) and the domain's name servers." },
        zh: { text: '{domain} 的 DNS 查询失败：{detail}', fix: '检查解析器（`dns-servers`）和域名的 DNS 服务器。' },
    },
    'mx-ok': { en: { text: '{domain} receives mail at {hosts}.' }, zh: { text: '{domain} 的收信服务器：{hosts}。' } },
    'mx-missing': {
        en: {
            text: '{domain} has no MX record: bounces and replies cannot reach it, and some receivers distrust such senders.',
            fix: 'Publish an MX record for {domain} (your provider documents the value).',
        },
        zh: {
            text: '{domain} 没有 MX 记录：退信和回复无法送达，部分收件方也会降低信任。',
            fix: '为 {domain} 添加 MX 记录（值见服务商文档）。',
        },
    },
    'mx-unresolvable': {
        en: { text: 'The MX host(s) {hosts} of {domain} do not resolve.', fix: 'Fix the MX target names or their A/AAAA records.' },
        zh: { text: '{domain} 的 MX 主机 {hosts} 无法解析。', fix: '修正 MX 目标主机名或其 A/AAAA 记录。' },
    },
    'spf-ok': {
        en: { text: '`{record}` ({lookups} DNS lookups; result for the SMTP host: {result}).' },
        zh: { text: '`{record}`（{lookups} 次 DNS 查询；对 SMTP 主机的结果：{result}）。' },
    },
    'spf-missing': {
        en: {
            text: '{domain} publishes no SPF record, so receivers cannot tell your mail from forgery and file it as spam.',
            fix: 'Add one TXT record at {domain}, e.g. `v=spf1 include:<your provider> -all` (QQ Exmail: include:spf.mail.qq.com; Aliyun: include:spf.qiye.aliyun.com).',
        },
        zh: {
            text: '{domain} 没有 SPF 记录，收件方无法区分你的邮件与伪造邮件，会归入垃圾箱。',
            fix: '在 {domain} 添加一条 TXT 记录，例如 `v=spf1 include:<服务商> -all`（腾讯企业邮：include:spf.mail.qq.com；阿里企业邮：include:spf.qiye.aliyun.com）。',
        },
    },
    'spf-multiple': {
        en: {
            text: '{domain} has {count} SPF records; more than one makes SPF fail (permerror) everywhere: {records}',
            fix: 'Merge them into one `v=spf1 ...` record.',
        },
        zh: {
            text: '{domain} 有 {count} 条 SPF 记录；多于一条会导致 SPF 处处失败（permerror）：{records}',
            fix: '合并为一条 `v=spf1 ...` 记录。',
        },
    },
    'spf-pass-all': {
        en: { text: '`{record}` ends in `+all`: anyone may send as {domain}.', fix: 'End the record with `-all` (or `~all`).' },
        zh: { text: '`{record}` 以 `+all` 结尾：任何人都能以 {domain} 名义发信。', fix: '把结尾改为 `-all`（或 `~all`）。' },
    },
    'spf-neutral-all': {
        en: { text: '`{record}` ends in `?all`, which tells receivers nothing.', fix: 'End the record with `-all` or `~all`.' },
        zh: { text: '`{record}` 以 `?all` 结尾，对收件方没有意义。', fix: '把结尾改为 `-all` 或 `~all`。' },
    },
    'spf-no-all': {
        en: { text: '`{record}` has no `all` term, so mail from other hosts is neutral.', fix: 'End the record with `-all` or `~all`.' },
        zh: { text: '`{record}` 没有 `all` 项，其他主机发出的邮件结果为中性。', fix: '在记录末尾加上 `-all` 或 `~all`。' },
    },
    'spf-ptr': {
        en: {
            text: 'The SPF record of {domain} uses `ptr`, which is slow, unreliable and discouraged (RFC 7208).',
            fix: 'Replace `ptr` with `ip4:`/`ip6:` or `include:`.',
        },
        zh: { text: '{domain} 的 SPF 使用了 `ptr`，它慢且不可靠，RFC 7208 不建议使用。', fix: '用 `ip4:`/`ip6:` 或 `include:` 替换 `ptr`。' },
    },
    'spf-too-many-lookups': {
        en: {
            text: 'The SPF record of {domain} needs {lookups} DNS lookups; over {limit} makes SPF fail (permerror).',
            fix: 'Remove unused `include:`s, or replace some with `ip4:` ranges (flattening).',
        },
        zh: {
            text: '{domain} 的 SPF 需要 {lookups} 次 DNS 查询，超过 {limit} 次会导致 SPF 失败（permerror）。',
            fix: '删除无用的 `include:`，或把部分替换为 `ip4:` 网段（扁平化）。',
        },
    },
    'spf-too-many-void-lookups': {
        en: {
            text: 'The SPF record of {domain} has {voids} lookups that find nothing; over {limit} makes SPF fail.',
            fix: 'Remove `include:`/`a:`/`mx:` terms that point at names without records.',
        },
        zh: {
            text: '{domain} 的 SPF 有 {voids} 次查询没有结果；超过 {limit} 次会导致 SPF 失败。',
            fix: '删除指向不存在记录的 `include:`/`a:`/`mx:` 项。',
        },
    },
    'spf-error': {
        en: { text: 'SPF for {domain} cannot be evaluated ({result}): {comment}', fix: "Fix the record's syntax and the domains it includes." },
        zh: { text: '{domain} 的 SPF 无法评估（{result}）：{comment}', fix: '修正记录语法及其包含的域名。' },
    },
    'spf-host-not-listed': {
        en: {
            text: 'SPF of {domain} gives `{result}` for the SMTP host {host} ({ip}).',
            fix: 'If the provider sends from other servers this can be fine; otherwise add its `include:` (see its SPF documentation).',
        },
        zh: {
            text: '{domain} 的 SPF 对 SMTP 主机 {host}（{ip}）的结果为 `{result}`。',
            fix: '若服务商从其他服务器发出可能无碍；否则请按服务商文档加入其 `include:`。',
        },
    },
    'dkim-ok': { en: { text: '{name}: RSA {bits}-bit key.' }, zh: { text: '{name}：RSA {bits} 位密钥。' } },
    'dkim-ok-ed25519': { en: { text: '{name}: Ed25519 key.' }, zh: { text: '{name}：Ed25519 密钥。' } },
    'dkim-missing': {
        en: { text: 'No DKIM key at {name}.', fix: 'Publish the TXT record your provider gives for DKIM, or check `dkim-selector`.' },
        zh: { text: '{name} 没有 DKIM 公钥。', fix: '按服务商提供的值发布 DKIM 的 TXT 记录，或检查 `dkim-selector`。' },
    },
    'dkim-revoked': {
        en: { text: 'The DKIM key at {name} is empty (revoked).', fix: 'Publish the current key from your provider.' },
        zh: { text: '{name} 的 DKIM 公钥为空（已吊销）。', fix: '发布服务商提供的当前公钥。' },
    },
    'dkim-invalid-key': {
        en: { text: 'The DKIM key at {name} does not parse.', fix: 'Copy the `p=` value again, without line breaks or quotes inside it.' },
        zh: { text: '{name} 的 DKIM 公钥无法解析。', fix: '重新复制 `p=` 的值，注意不要夹带换行或引号。' },
    },
    'dkim-weak-key': {
        en: { text: 'The DKIM key at {name} has only {bits} bits; receivers ignore keys under 1024.', fix: 'Rotate to a 2048-bit key.' },
        zh: { text: '{name} 的 DKIM 公钥只有 {bits} 位，收件方会忽略低于 1024 位的密钥。', fix: '更换为 2048 位密钥。' },
    },
    'dkim-short-key': {
        en: { text: 'The DKIM key at {name} has {bits} bits; 2048 is recommended.', fix: 'Rotate to a 2048-bit key when convenient.' },
        zh: { text: '{name} 的 DKIM 公钥为 {bits} 位，建议 2048 位。', fix: '择机更换为 2048 位密钥。' },
    },
    'dmarc-ok': { en: { text: '{name}: p={policy}, reports to {rua}.' }, zh: { text: '{name}：p={policy}，报告发送至 {rua}。' } },
    'dmarc-missing': {
        en: {
            text: 'No DMARC record at {name}; Gmail and Yahoo expect one from bulk senders.',
            fix: 'Start with `v=DMARC1; p=none; rua=mailto:dmarc@{domain}`, then tighten to quarantine or reject.',
        },
        zh: {
            text: '{name} 没有 DMARC 记录；Gmail 和 Yahoo 要求批量发件人配置。',
            fix: '先添加 `v=DMARC1; p=none; rua=mailto:dmarc@{domain}`，再逐步收紧为 quarantine 或 reject。',
        },
    },
    'dmarc-multiple': {
        en: { text: '{name} has {count} DMARC records; receivers then ignore DMARC.', fix: 'Keep exactly one `v=DMARC1` record.' },
        zh: { text: '{name} 有 {count} 条 DMARC 记录，收件方会因此忽略 DMARC。', fix: '只保留一条 `v=DMARC1` 记录。' },
    },
    'dmarc-invalid': {
        en: { text: 'The DMARC record at {name} does not parse: `{record}`', fix: 'Use `v=DMARC1; p=none|quarantine|reject; rua=mailto:...`.' },
        zh: { text: '{name} 的 DMARC 记录无法解析：`{record}`', fix: '格式为 `v=DMARC1; p=none|quarantine|reject; rua=mailto:...`。' },
    },
    'dmarc-p-none': {
        en: {
            text: '{name} has `p=none`: receivers are told to do nothing with forged mail.',
            fix: 'After reading the reports, move to `p=quarantine`, then `p=reject`.',
        },
        zh: { text: '{name} 设置为 `p=none`：收件方对伪造邮件不做任何处理。', fix: '查看报告后改为 `p=quarantine`，再到 `p=reject`。' },
    },
    'dmarc-bad-rua': {
        en: {
            text: 'The `rua` of {name} is not a list of mailto: addresses: `{rua}`',
            fix: 'Write `rua=mailto:dmarc@example.com` (comma-separate several).',
        },
        zh: { text: '{name} 的 `rua` 不是 mailto: 地址列表：`{rua}`', fix: '写成 `rua=mailto:dmarc@example.com`（多个用逗号分隔）。' },
    },
};
const DELIVERABILITY_CAUSES = DELIVERABILITY;

;// CONCATENATED MODULE: ./src/i18n/delivery.ts
// Text for the delivery checks (checks/delivery.ts): the test mail looked up in the mailbox over IMAP.

const DELIVERY_TITLES = {
    'delivery.mailbox': { en: 'Test mailbox (IMAP)', zh: '测试邮箱（IMAP）' },
    'delivery.inbox': { en: 'Test mail in the mailbox', zh: '测试邮件到达邮箱' },
    'delivery.authentication': { en: 'How the receiver judged it', zh: '收件方的验证结果' },
    'delivery.origin': { en: 'Where the test mail came from', zh: '测试邮件的来源' },
};
const ARRIVAL = {
    'delivery-inbox': {
        en: { text: 'Delivered to `{folder}` of `{user}` {seconds} s after `{host}` accepted it (queue id `{queueId}`).' },
        zh: { text: '`{host}` 接受后 {seconds} 秒，测试邮件已送达 `{user}` 的 `{folder}`（队列号 `{queueId}`）。' },
    },
    'delivery-junk': {
        en: {
            text: 'Delivered {seconds} s after `{host}` accepted it, but filed as spam: it is in `{folder}` of `{user}`, not in the inbox.',
            fix: 'Real recipients will not see it either. Likely causes: SPF, DKIM or DMARC missing or failing for the sender domain (see the results below), a sending domain or address without reputation yet, or a From that does not match the login. Fix the authentication first; marking the test mail as not spam only teaches this one mailbox.',
        },
        zh: {
            text: '`{host}` 接受后 {seconds} 秒已送达，但被判为垃圾邮件：它在 `{user}` 的 `{folder}`，而不在收件箱。',
            fix: '真实收件人同样看不到它。常见原因：发件域名的 SPF、DKIM 或 DMARC 缺失或未通过（见下方结果）、发件域名或地址尚无信誉、From 与登录账号不一致。先修复验证问题；在邮箱里标记“非垃圾邮件”只对这一个邮箱有效。',
        },
    },
    'delivery-not-arrived': {
        en: {
            text: '`{host}` accepted the test mail at {acceptedAt} (queue id `{queueId}`, {messageId}), but it was not in {folders} of `{user}` after {seconds} s.',
            fix: 'Look for a bounce in the sending mailbox (`from`); look the queue id up in the provider’s sending log; make sure `test-recipient` is the mailbox `imap-user` reads; if the provider is just slow, raise `delivery-timeout`.',
        },
        zh: {
            text: '`{host}` 于 {acceptedAt} 接受了测试邮件（队列号 `{queueId}`，{messageId}），但 {seconds} 秒后 `{user}` 的 {folders} 中仍没有它。',
            fix: '查看发件邮箱（`from`）是否收到退信；在服务商的发送日志中按队列号查找；确认 `test-recipient` 正是 `imap-user` 登录的邮箱；如果只是服务商较慢，请调大 `delivery-timeout`。',
        },
    },
    'delivery-no-imap-host': {
        en: {
            text: 'No IMAP host is known for the mailbox `{user}`.',
            fix: 'Set `imap-host` to the IMAP server of the test mailbox (for example imap.qq.com, imap.163.com, imap.gmail.com).',
        },
        zh: {
            text: '不知道邮箱 `{user}` 的 IMAP 服务器。',
            fix: '请把 `imap-host` 设为测试邮箱的 IMAP 服务器（例如 imap.qq.com、imap.163.com、imap.gmail.com）。',
        },
    },
    'delivery-needs-send': {
        en: {
            text: 'The delivery check looks for the test mail this run sends, but `checks` is `{checks}`.',
            fix: 'Use `checks: env,dns,tcp,tls,smtp,send,delivery` (or leave `checks` at `all`).',
        },
        zh: {
            text: '投递检查要查找本次运行发送的测试邮件，但 `checks` 为 `{checks}`。',
            fix: '请使用 `checks: env,dns,tcp,tls,smtp,send,delivery`（或保留 `checks: all`）。',
        },
    },
    'delivery-no-copy': {
        en: { text: 'The delivered copy could not be read, so its authentication results are unknown.' },
        zh: { text: '无法读取已送达的邮件，因此不知道其验证结果。' },
    },
};
const LOGIN = {
    'imap-login-ok': {
        en: { text: 'Logged in to `{user}` at `{host}:{port}` ({mode}); new mail is noticed by {idle}.' },
        zh: { text: '已登录 `{host}:{port}`（{mode}）上的 `{user}`；新邮件通过 {idle} 发现。' },
    },
    'imap-login-plaintext': {
        en: {
            text: 'Logged in to `{user}` at `{host}:{port}` WITHOUT encryption: the server offers no STARTTLS, and `allow-plaintext-auth: true` let the password cross the network in clear text.',
            fix: 'Use the IMAPS port (993, `imap-secure: true`) or a server with STARTTLS, and change this mailbox password: anyone on the path could read it.',
        },
        zh: {
            text: '以明文登录了 `{host}:{port}` 上的 `{user}`：服务器不提供 STARTTLS，`allow-plaintext-auth: true` 让密码以明文经过网络。',
            fix: '改用 IMAPS 端口（993，`imap-secure: true`）或支持 STARTTLS 的服务器，并更换此邮箱密码：链路上任何人都可能读到它。',
        },
    },
    'imap-port-mode-mismatch': {
        en: {
            text: 'Port {port} with {mode} at `{host}`: IMAP port 993 is implicit TLS and 143 is STARTTLS.',
            fix: 'Use `imap-secure: true` with port 993, or `imap-secure: false` with port 143 (or leave `imap-secure` at `auto`).',
        },
        zh: {
            text: '`{host}` 的 {port} 端口配了 {mode}：IMAP 的 993 端口为直接 TLS，143 端口为 STARTTLS。',
            fix: '993 端口请设 `imap-secure: true`，143 端口请设 `imap-secure: false`（或保留 `imap-secure: auto`）。',
        },
    },
    'imap-password-too-short': {
        en: {
            text: '`imap-password` is {length} characters long: too short to be kept out of the logs reliably.',
            fix: 'Use the mailbox’s real authorization code or app password; a value this short cannot be a working one.',
        },
        zh: {
            text: '`imap-password` 只有 {length} 个字符，太短，无法可靠地从日志中隐去。',
            fix: '请使用邮箱真正的授权码或应用专用密码；这么短的值不可能有效。',
        },
    },
    'imap-auth-failed': {
        en: {
            text: 'The IMAP server refused the login for `{user}`: {error}',
            fix: 'Check `imap-user` (usually the full address) and `imap-password`. Many providers want an app password or authorization code for IMAP too, and IMAP enabled in the mailbox settings.',
        },
        zh: {
            text: 'IMAP 服务器拒绝了 `{user}` 的登录：{error}',
            fix: '检查 `imap-user`（通常为完整地址）和 `imap-password`。很多服务商的 IMAP 同样要求应用专用密码或授权码，并需在邮箱设置中开启 IMAP。',
        },
    },
    'imap-auth-failed-code': {
        en: {
            text: 'The IMAP server refused the login for `{user}`: {error}',
            fix: 'Turn on the IMAP/SMTP service in the mailbox settings and put its authorization code (授权码) in `imap-password`, not the login password: {help}',
        },
        zh: {
            text: 'IMAP 服务器拒绝了 `{user}` 的登录：{error}',
            fix: '在邮箱设置中开启 IMAP/SMTP 服务，并把授权码（而不是登录密码）填入 `imap-password`：{help}',
        },
    },
    'imap-auth-failed-app-password': {
        en: {
            text: 'The IMAP server refused the login for `{user}`: {error}',
            fix: 'Use an app password in `imap-password` (2-step verification must be on), and make sure IMAP access is enabled for the mailbox: {help}',
        },
        zh: {
            text: 'IMAP 服务器拒绝了 `{user}` 的登录：{error}',
            fix: '请在 `imap-password` 中使用应用专用密码（需开启两步验证），并确认该邮箱已允许 IMAP 访问：{help}',
        },
    },
    'imap-auth-failed-microsoft': {
        en: {
            text: 'The IMAP server refused the login for `{user}`: {error}',
            fix: 'Microsoft has turned off password (basic) logins for IMAP in Exchange Online and Outlook.com; they take OAuth2 only. Read the test mail from a mailbox at a provider that allows IMAP passwords or authorization codes (a dedicated test mailbox).',
        },
        zh: {
            text: 'IMAP 服务器拒绝了 `{user}` 的登录：{error}',
            fix: '微软已在 Exchange Online 和 Outlook.com 关闭 IMAP 的密码（基本身份验证）登录，只接受 OAuth2。请改用允许 IMAP 密码或授权码登录的邮箱（建议专用测试邮箱）接收测试邮件。',
        },
    },
    'imap-unsafe-login': {
        en: {
            text: 'The IMAP server refused access to the mailbox of `{user}` as an unsafe login: {error}',
            fix: 'NetEase asks for the client’s identity (sent) and an authorization code: turn on IMAP/SMTP in the mailbox settings, use its authorization code in `imap-password`, and log in on the web once if the block stays.',
        },
        zh: {
            text: 'IMAP 服务器以“不安全登录”为由拒绝访问 `{user}` 的邮箱：{error}',
            fix: '网易要求客户端表明身份（已发送 ID）并使用授权码：在邮箱设置中开启 IMAP/SMTP，在 `imap-password` 中填写授权码；若仍被拦截，先在网页端登录一次。',
        },
    },
};
const CONNECTION = {
    'imap-cert-untrusted': {
        en: {
            text: 'The certificate of `{host}:{port}` is not trusted: {error}',
            fix: 'Use a certificate from a public CA, or trust your private CA with `tls-ca`.',
        },
        zh: { text: '`{host}:{port}` 的证书不受信任：{error}', fix: '使用公共 CA 签发的证书，或用 `tls-ca` 信任私有 CA。' },
    },
    'imap-cert-name': {
        en: {
            text: 'The certificate of `{host}:{port}` is for another name: {error}',
            fix: 'Set `imap-host` to a name the certificate carries (the provider’s IMAP host name, not an address).',
        },
        zh: {
            text: '`{host}:{port}` 的证书属于另一个域名：{error}',
            fix: '把 `imap-host` 设为证书上的域名（服务商的 IMAP 主机名，而不是 IP 地址）。',
        },
    },
    'imap-cert-expired': {
        en: { text: 'The certificate of `{host}:{port}` is expired or not yet valid: {error}', fix: 'Renew the IMAP server’s certificate.' },
        zh: { text: '`{host}:{port}` 的证书已过期或尚未生效：{error}', fix: '请更新 IMAP 服务器的证书。' },
    },
    'imap-tls-mismatch': {
        en: {
            text: 'TLS mode and port do not match at `{host}:{port}` (implicit TLS: {secure}): {error}',
            fix: 'Port 993 is implicit TLS (`imap-secure: true`); port 143 is STARTTLS (`imap-secure: false`).',
        },
        zh: {
            text: '`{host}:{port}` 的 TLS 模式与端口不匹配（直接 TLS：{secure}）：{error}',
            fix: '993 端口为直接 TLS（`imap-secure: true`）；143 端口为 STARTTLS（`imap-secure: false`）。',
        },
    },
    'imap-no-starttls': {
        en: {
            text: '`{host}:{port}` offers no STARTTLS, and the password is not sent in the clear.',
            fix: 'Use port 993 with `imap-secure: true`. Only on a trusted network: `allow-plaintext-auth: true`.',
        },
        zh: {
            text: '`{host}:{port}` 不支持 STARTTLS，密码不会以明文发送。',
            fix: '请改用 993 端口并设 `imap-secure: true`。仅在可信网络中可设 `allow-plaintext-auth: true`。',
        },
    },
    'imap-refused': {
        en: {
            text: 'Nothing accepts connections at `{host}:{port}`.',
            fix: 'Check `imap-host` and `imap-port`, and that IMAP is enabled for the mailbox.',
        },
        zh: { text: '`{host}:{port}` 拒绝连接。', fix: '检查 `imap-host` 和 `imap-port`，并确认邮箱已开启 IMAP。' },
    },
    'imap-timeout': {
        en: {
            text: '`{host}:{port}` did not answer in time: {error}',
            fix: 'A firewall may block outgoing IMAP (993/143) here; check `imap-port` and `imap-secure`.',
        },
        zh: {
            text: '`{host}:{port}` 未及时响应：{error}',
            fix: '可能有防火墙拦截了出站 IMAP（993/143）；请检查 `imap-port` 和 `imap-secure`。',
        },
    },
    'imap-dns': {
        en: { text: 'The IMAP host `{host}` does not resolve: {error}', fix: 'Check the spelling of `imap-host`.' },
        zh: { text: 'IMAP 主机 `{host}` 无法解析：{error}', fix: '检查 `imap-host` 的拼写。' },
    },
    'imap-closed': {
        en: {
            text: '`{host}:{port}` closed the connection: {error}',
            fix: 'The server dropped us: check `imap-port` and `imap-secure`; a provider may also cut connections it finds suspicious or too frequent.',
        },
        zh: {
            text: '`{host}:{port}` 关闭了连接：{error}',
            fix: '服务器断开了连接：检查 `imap-port` 和 `imap-secure`；服务商也可能切断它认为可疑或过于频繁的连接。',
        },
    },
    'imap-too-large': {
        en: {
            text: '`{host}:{port}` sent an answer larger than a test mailbox needs, and the connection was ended: {error}',
            fix: 'The server (or something between us) sent an endless line, a huge literal or a very long search result. Use a dedicated, nearly empty test mailbox, and check that `imap-host` is the mail server you mean.',
        },
        zh: {
            text: '`{host}:{port}` 发来的应答超出测试邮箱所需的大小，连接已中止：{error}',
            fix: '服务器（或中间的设备）发来了无尽的行、巨大的字面量或极长的搜索结果。请使用专用的、几乎为空的测试邮箱，并确认 `imap-host` 确实是你要用的邮件服务器。',
        },
    },
    'imap-error': {
        en: { text: 'Reading the mailbox at `{host}:{port}` failed: {error}', fix: 'Check the IMAP settings of the test mailbox.' },
        zh: { text: '读取 `{host}:{port}` 上的邮箱失败：{error}', fix: '检查测试邮箱的 IMAP 设置。' },
    },
};
const JUDGED = '(judged by `{judge}`)';
const JUDGED_ZH = '（由 `{judge}` 判定）';
const AUTHENTICATION = {
    'delivered-auth-temperror': {
        en: {
            title: 'Authentication of the delivered mail',
            text: `{mechanism} could not be evaluated for \`{domain}\` ${JUDGED}: a DNS lookup failed on the way (temperror).`,
            fix: 'Usually passing: run again. If it stays, check that the domain’s name servers answer (and `dns-servers`, when set).',
        },
        zh: {
            title: '送达邮件的验证',
            text: `无法评估 \`{domain}\` 的 {mechanism}${JUDGED_ZH}：查询途中 DNS 失败（temperror）。`,
            fix: '通常是暂时的：请重新运行。若持续出现，请检查该域名的权威 DNS 是否正常应答（以及设置了的 `dns-servers`）。',
        },
    },
    'delivered-spf-pass': {
        en: { title: 'SPF of the delivered mail', text: `SPF {result} for \`{domain}\` ${JUDGED}.` },
        zh: { title: '送达邮件的 SPF', text: `SPF 结果 {result}，域名 \`{domain}\`${JUDGED_ZH}。` },
    },
    'delivered-spf-none': {
        en: {
            title: 'SPF of the delivered mail',
            text: `SPF {result} for \`{domain}\` ${JUDGED}: the domain says nothing about which servers send its mail.`,
            fix: 'Publish an SPF record for the envelope sender’s domain with the provider’s include (for example `v=spf1 include:spf.mail.qq.com ~all`).',
        },
        zh: {
            title: '送达邮件的 SPF',
            text: `SPF 结果 {result}，域名 \`{domain}\`${JUDGED_ZH}：该域名没有声明哪些服务器可以代发邮件。`,
            fix: '为信封发件人的域名发布包含服务商 include 的 SPF 记录（例如 `v=spf1 include:spf.mail.qq.com ~all`）。',
        },
    },
    'delivered-spf-fail': {
        en: {
            title: 'SPF of the delivered mail',
            text: `SPF {result} for \`{domain}\` ${JUDGED}: the server that sent it is not among those the domain allows.`,
            fix: 'Add the sending provider to the SPF record of the envelope sender’s domain (its `include:`), and keep the record under 10 DNS lookups.',
        },
        zh: {
            title: '送达邮件的 SPF',
            text: `SPF 结果 {result}，域名 \`{domain}\`${JUDGED_ZH}：发信服务器不在该域名允许的范围内。`,
            fix: '把发信服务商加入信封发件人域名的 SPF 记录（其 `include:`），并保持 DNS 查询不超过 10 次。',
        },
    },
    'delivered-dkim-pass': {
        en: { title: 'DKIM of the delivered mail', text: `DKIM {result} for \`{domain}\` ${JUDGED}.` },
        zh: { title: '送达邮件的 DKIM', text: `DKIM 结果 {result}，域名 \`{domain}\`${JUDGED_ZH}。` },
    },
    'delivered-dkim-none': {
        en: {
            title: 'DKIM of the delivered mail',
            text: `DKIM {result} ${JUDGED}: the mail arrived without a signature.`,
            fix: 'Turn on DKIM signing for the sender domain at the provider and publish the key it gives you at `<selector>._domainkey.<domain>`.',
        },
        zh: {
            title: '送达邮件的 DKIM',
            text: `DKIM 结果 {result}${JUDGED_ZH}：邮件没有签名。`,
            fix: '在服务商处为发件域名开启 DKIM 签名，并把它给出的公钥发布在 `<selector>._domainkey.<domain>`。',
        },
    },
    'delivered-dkim-fail': {
        en: {
            title: 'DKIM of the delivered mail',
            text: `DKIM {result} for \`{domain}\` ${JUDGED}: the signature does not verify.`,
            fix: 'Publish the provider’s current public key at the selector it signs with (a rotated or mistyped key fails), and make sure nothing rewrites the mail after signing.',
        },
        zh: {
            title: '送达邮件的 DKIM',
            text: `DKIM 结果 {result}，域名 \`{domain}\`${JUDGED_ZH}：签名验证失败。`,
            fix: '在签名所用的 selector 下发布服务商当前的公钥（已轮换或抄错的公钥会失败），并确认签名后没有环节改写邮件。',
        },
    },
    'delivered-dmarc-pass': {
        en: { title: 'DMARC of the delivered mail', text: `DMARC {result} for \`{domain}\` ${JUDGED}.` },
        zh: { title: '送达邮件的 DMARC', text: `DMARC 结果 {result}，域名 \`{domain}\`${JUDGED_ZH}。` },
    },
    'delivered-dmarc-none': {
        en: {
            title: 'DMARC of the delivered mail',
            text: `DMARC {result} for \`{domain}\` ${JUDGED}: the From domain publishes no DMARC policy.`,
            fix: 'Publish `_dmarc.<domain>` (start with `v=DMARC1; p=none; rua=mailto:...`): Gmail and Yahoo require it from bulk senders.',
        },
        zh: {
            title: '送达邮件的 DMARC',
            text: `DMARC 结果 {result}，域名 \`{domain}\`${JUDGED_ZH}：From 域名没有发布 DMARC 策略。`,
            fix: '发布 `_dmarc.<domain>`（可从 `v=DMARC1; p=none; rua=mailto:...` 开始）：Gmail 和 Yahoo 要求批量发件人提供。',
        },
    },
    'delivered-dmarc-fail': {
        en: {
            title: 'DMARC of the delivered mail',
            text: `DMARC {result} for \`{domain}\` ${JUDGED}: neither SPF nor DKIM passed for the From domain.`,
            fix: 'Send with a From at a domain the provider signs for (DKIM `d=` equal to the From domain) or whose SPF covers the provider; under `p=reject` other receivers will refuse this mail.',
        },
        zh: {
            title: '送达邮件的 DMARC',
            text: `DMARC 结果 {result}，域名 \`{domain}\`${JUDGED_ZH}：SPF 和 DKIM 都没有为 From 域名通过。`,
            fix: '使用服务商为其签名（DKIM `d=` 与 From 域名一致）或其 SPF 覆盖服务商的域名作为 From；在 `p=reject` 下其他收件方会拒收此邮件。',
        },
    },
};
const DELIVERY_CAUSES = { ...ARRIVAL, ...LOGIN, ...CONNECTION, ...AUTHENTICATION };

;// CONCATENATED MODULE: ./src/i18n/transport-policy.ts
// Text for the sender domain's transport policy (checks/transport-policy.ts): MTA-STS, TLS-RPT, BIMI.

const TRANSPORT_POLICY_TITLES = {
    'deliverability.mta-sts': { en: 'MTA-STS', zh: 'MTA-STS' },
    'deliverability.tls-rpt': { en: 'TLS reporting (TLS-RPT)', zh: 'TLS 报告（TLS-RPT）' },
    'deliverability.bimi': { en: 'BIMI', zh: 'BIMI' },
};
const TRANSPORT_POLICY_CAUSES = {
    'mta-sts-absent': {
        en: { text: '`{domain}` publishes no MTA-STS policy (optional: it makes other servers insist on TLS when they send to it).' },
        zh: { text: '`{domain}` 没有发布 MTA-STS 策略（可选：它让其他服务器向该域名投递时必须使用 TLS）。' },
    },
    'mta-sts-unreachable': {
        en: {
            text: '`{domain}` has an `_mta-sts` record, but its policy could not be read: {error}',
            fix: 'Serve the policy at https://mta-sts.{domain}/.well-known/mta-sts.txt (text/plain, a certificate valid for mta-sts.{domain}), or remove the `_mta-sts` record.',
        },
        zh: {
            text: '`{domain}` 有 `_mta-sts` 记录，但无法读取其策略：{error}',
            fix: '请在 https://mta-sts.{domain}/.well-known/mta-sts.txt 提供策略（text/plain，证书对 mta-sts.{domain} 有效），或删除 `_mta-sts` 记录。',
        },
    },
    'mta-sts-not-enforced': {
        en: {
            text: 'The MTA-STS policy of `{domain}` is in mode `{mode}`: TLS failures are reported, not prevented.',
            fix: 'Once the TLS reports are clean, switch to `mode: enforce` and change the `id` in the `_mta-sts` record.',
        },
        zh: {
            text: '`{domain}` 的 MTA-STS 策略为 `{mode}` 模式：TLS 故障只会被报告，不会被阻止。',
            fix: 'TLS 报告无异常后，改为 `mode: enforce`，并更新 `_mta-sts` 记录中的 `id`。',
        },
    },
    'mta-sts-max-age-short': {
        en: {
            text: 'The MTA-STS policy of `{domain}` has max_age {maxAge} s, under {min} s: senders forget it almost at once.',
            fix: 'Use a max_age of weeks (604800 or more) once the policy is stable.',
        },
        zh: {
            text: '`{domain}` 的 MTA-STS 策略 max_age 为 {maxAge} 秒，少于 {min} 秒：发件方几乎立即就会忘记它。',
            fix: '策略稳定后，请把 max_age 设为数周（604800 或更长）。',
        },
    },
    'mta-sts-mx-mismatch': {
        en: {
            text: 'MX hosts of `{domain}` not covered by its MTA-STS policy (`{patterns}`): {hosts}.',
            fix: 'Add `mx:` lines for them to the policy file and change the `id` in the `_mta-sts` record; in enforce mode, senders refuse to deliver to an MX the policy does not list.',
        },
        zh: {
            text: '`{domain}` 的以下 MX 主机不在其 MTA-STS 策略（`{patterns}`）范围内：{hosts}。',
            fix: '在策略文件中为它们添加 `mx:` 行，并更新 `_mta-sts` 记录中的 `id`；enforce 模式下，发件方会拒绝向策略未列出的 MX 投递。',
        },
    },
    'mta-sts-ok': {
        en: { text: 'MTA-STS `{mode}` for `{domain}`: MX {patterns}, max_age {maxAge} s.' },
        zh: { text: '`{domain}` 的 MTA-STS 为 `{mode}`：MX {patterns}，max_age {maxAge} 秒。' },
    },
    'tls-rpt-absent': {
        en: { text: 'No TLS-RPT record at `{name}` (optional: daily reports of TLS failures from other servers).' },
        zh: { text: '`{name}` 没有 TLS-RPT 记录（可选：其他服务器每天发送 TLS 失败报告）。' },
    },
    'tls-rpt-invalid': {
        en: {
            text: 'The TLS-RPT record at `{name}` is not valid: `{record}`',
            fix: 'Publish one record `v=TLSRPTv1; rua=mailto:tls-reports@your-domain` (or an https:// URI).',
        },
        zh: {
            text: '`{name}` 的 TLS-RPT 记录无效：`{record}`',
            fix: '请只发布一条 `v=TLSRPTv1; rua=mailto:tls-reports@your-domain`（或 https:// 地址）。',
        },
    },
    'tls-rpt-ok': {
        en: { text: 'TLS reports for `{name}` go to {rua}.' },
        zh: { text: '`{name}` 的 TLS 报告发送到 {rua}。' },
    },
    'bimi-absent': {
        en: { text: 'No BIMI record at `{name}` (optional: a brand logo next to your mail in some inboxes).' },
        zh: { text: '`{name}` 没有 BIMI 记录（可选：在部分邮箱中显示品牌标志）。' },
    },
    'bimi-invalid': {
        en: {
            text: 'The BIMI record at `{name}` is not valid: `{record}`',
            fix: 'Publish one record `v=BIMI1; l=https://.../logo.svg; a=https://.../vmc.pem` (an SVG Tiny PS logo over HTTPS).',
        },
        zh: {
            text: '`{name}` 的 BIMI 记录无效：`{record}`',
            fix: '请只发布一条 `v=BIMI1; l=https://.../logo.svg; a=https://.../vmc.pem`（通过 HTTPS 提供 SVG Tiny PS 标志）。',
        },
    },
    'bimi-dmarc-not-enforced': {
        en: {
            text: 'BIMI is published at `{name}`, but DMARC is `p={policy}`: no inbox shows the logo without an enforced DMARC.',
            fix: 'Move DMARC to `p=quarantine` or `p=reject` (at pct=100) once reports show your mail aligned.',
        },
        zh: {
            text: '`{name}` 发布了 BIMI，但 DMARC 为 `p={policy}`：DMARC 未强制时任何邮箱都不会显示标志。',
            fix: '在报告显示邮件已对齐后，把 DMARC 改为 `p=quarantine` 或 `p=reject`（pct=100）。',
        },
    },
    'bimi-ok': {
        en: { text: 'BIMI at `{name}`: logo {logo}, certificate {certificate}.' },
        zh: { text: '`{name}` 的 BIMI：标志 {logo}，证书 {certificate}。' },
    },
};

;// CONCATENATED MODULE: ./src/i18n/engine.ts
const ENGINE_CAUSES = {
    'check-timeout': {
        en: {
            text: 'Gave up after {seconds} s.',
            fix: 'Something on the path does not answer. Raise `timeout` only if the server is known to be slow.',
        },
        zh: { text: '{seconds} 秒内没有结果，已放弃。', fix: '链路上有环节没有响应。只有确认服务器本身较慢时才调大 `timeout`。' },
    },
    internal: {
        en: { text: 'The check itself failed: {error}', fix: 'This is a bug in email-deploy-check; please report it with this line.' },
        zh: { text: '检查程序自身出错：{error}', fix: '这是 email-deploy-check 的缺陷，请附上此行反馈。' },
    },
    'prerequisite-failed': {
        en: { text: 'Not run: {checkTitle} did not pass.' },
        zh: { text: '未执行：前置检查「{checkTitle}」未通过。' },
    },
    'input-missing': {
        en: { text: 'The `{group}` checks were requested but `{input}` is empty.', fix: 'Set `{input}`, or remove `{group}` from `checks`.' },
        zh: { text: '要求运行 `{group}` 检查，但 `{input}` 为空。', fix: '设置 `{input}`，或从 `checks` 中去掉 `{group}`。' },
    },
    'secrets-withheld': {
        en: {
            text: 'Not run: GitHub gives no secrets to this pull request (a fork, or a bot), so there is nothing to log in with.',
            fix: 'Expected here; these checks run on the base repository after merge. The lint results above need no secrets.',
        },
        zh: {
            text: '未执行：GitHub 不向此 Pull Request（fork 或机器人）提供 Secret，无法登录。',
            fix: '这是预期行为；合并后在主仓库中会运行这些检查。上方的配置检查不需要 Secret。',
        },
    },
};

;// CONCATENATED MODULE: ./src/i18n/env.ts
// Text for the env checks (checks/env.ts) and the input problems they report.

const ENV_TITLES = {
    'env.inputs': { en: 'Inputs', zh: '输入参数' },
    'env.provider': { en: 'Provider', zh: '邮件服务商' },
    'env.user': { en: 'SMTP user', zh: 'SMTP 账号' },
    'env.password': { en: 'Password / authorization code', zh: '密码/授权码' },
    'env.from': { en: 'Sender (From)', zh: '发件人' },
    'env.recipient': { en: 'Test recipient', zh: '测试收件人' },
    'env.server': { en: 'Host, port and TLS mode', zh: '主机、端口与加密方式' },
    'env.tls-verify': { en: 'Certificate verification', zh: '证书校验' },
    'env.basic-auth': { en: 'Password login retirement', zh: '密码登录停用' },
    'env.node-env': { en: 'NODE_ENV', zh: 'NODE_ENV' },
};
const INPUTS_PROVIDER_SENDER_SERVER = {
    // ---- input problems ----
    'inputs-valid': { en: { text: 'Every input is well-formed.' }, zh: { text: '所有输入格式正确。' } },
    'input-not-boolean': {
        en: { text: '`{input}` is `{value}`, not true or false.', fix: 'Set `{input}` to `true` or `false`.' },
        zh: { text: '`{input}` 的值是 `{value}`，不是 true 或 false。', fix: '把 `{input}` 设为 `true` 或 `false`。' },
    },
    'input-not-integer': {
        en: {
            text: '`{input}` is `{value}`, not a whole number from {min} to {max}.',
            fix: 'Set `{input}` to a whole number from {min} to {max}.',
        },
        zh: { text: '`{input}` 的值是 `{value}`，不是 {min} 到 {max} 之间的整数。', fix: '把 `{input}` 设为 {min} 到 {max} 之间的整数。' },
    },
    'input-not-number': {
        en: {
            text: '`{input}` is `{value}`, not a number from {min} to {max}.',
            fix: 'Set `{input}` to a number from {min} to {max} (seconds).',
        },
        zh: {
            text: '`{input}` 的值是 `{value}`，不是 {min} 到 {max} 之间的数字。',
            fix: '把 `{input}` 设为 {min} 到 {max} 之间的数字（秒）。',
        },
    },
    'input-not-enum': {
        en: { text: '`{input}` is `{value}`; it takes one of: {allowed}.', fix: 'Set `{input}` to one of: {allowed}.' },
        zh: { text: '`{input}` 的值是 `{value}`，只能是：{allowed}。', fix: '把 `{input}` 设为以下之一：{allowed}。' },
    },
    'input-unknown-check': {
        en: { text: '`checks` names an unknown group `{value}`.', fix: 'Use `all` or a comma list of: {allowed}.' },
        zh: { text: '`checks` 中有未知的检查组 `{value}`。', fix: '使用 `all`，或用逗号分隔以下组名：{allowed}。' },
    },
    'input-not-regex': {
        en: {
            text: '`{input}` is `{value}`, which is not a regular expression: {error}',
            fix: 'Write it as JavaScript reads it, e.g. `(\\d{6})` for a six-digit code or `/验证码|code/i` with flags.',
        },
        zh: {
            text: '`{input}` 的值 `{value}` 不是正则表达式：{error}',
            fix: '按 JavaScript 的写法填写，例如六位验证码写 `(\\d{6})`，带标志写 `/验证码|code/i`。',
        },
    },
    'input-app-mail-needs-smoke': {
        en: {
            text: '`app-mail: true` looks for the mail the app sends when `smoke-url` is called, and `smoke-url` is not set.',
            fix: "Set `smoke-url` to the app's send-code endpoint (with `smoke-body` naming the test mailbox), or remove `app-mail`.",
        },
        zh: {
            text: '`app-mail: true` 要查找调用 `smoke-url` 后应用发出的邮件，但没有设置 `smoke-url`。',
            fix: '把 `smoke-url` 设为应用的发送验证码接口（`smoke-body` 中写测试邮箱地址），或去掉 `app-mail`。',
        },
    },
    'input-app-mail-needs-mailbox': {
        en: {
            text: "`app-mail: true` reads the app's mail from the test mailbox, and `{input}` is not set.",
            fix: 'Set `imap-user` (the address the app mails) and `imap-password` (its IMAP password, authorization code or app password), from secrets.',
        },
        zh: {
            text: '`app-mail: true` 需要从测试邮箱读取应用的邮件，但没有设置 `{input}`。',
            fix: '设置 `imap-user`（应用发信的目标地址）和 `imap-password`（其 IMAP 密码、授权码或应用专用密码），均从 Secrets 读取。',
        },
    },
    'input-app-mail-off': {
        en: { text: '`{input}` is set but `app-mail` is not `true`: there is no app mail to read it from.', fix: 'Add `app-mail: true`.' },
        zh: { text: '设置了 `{input}`，但 `app-mail` 不是 `true`：没有应用邮件可供读取。', fix: '加上 `app-mail: true`。' },
    },
    'input-verify-needs-code': {
        en: {
            text: '`verify-url` is set without `app-mail-code`: there is no code to post back.',
            fix: 'Set `app-mail-code` to a regular expression that finds the code in the mail, e.g. `(\\d{6})`.',
        },
        zh: {
            text: '设置了 `verify-url` 却没有 `app-mail-code`：没有验证码可以回传。',
            fix: '把 `app-mail-code` 设为能在邮件中找到验证码的正则表达式，例如 `(\\d{6})`。',
        },
    },
    'input-not-url': {
        en: {
            text: '`{input}` is `{value}`, not an http(s) URL.',
            fix: 'Give the full URL, for example `https://example.com/api/email/health`.',
        },
        zh: { text: '`{input}` 的值 `{value}` 不是 http(s) 地址。', fix: '填写完整地址，例如 `https://example.com/api/email/health`。' },
    },
    'input-not-ip': {
        en: {
            text: '`{input}` holds `{value}`, which is not an IP address.',
            fix: 'List resolver IP addresses, optionally with a port: `1.1.1.1, 127.0.0.1:5353`.',
        },
        zh: { text: '`{input}` 中的 `{value}` 不是 IP 地址。', fix: '填写 DNS 服务器的 IP，可带端口：`223.5.5.5, 127.0.0.1:5353`。' },
    },
    'input-bad-selector': {
        en: { text: '`{input}` is `{value}`, not a DKIM selector.', fix: 'Give only the selector, e.g. `s1` for `s1._domainkey.example.com`.' },
        zh: { text: '`{input}` 的值 `{value}` 不是 DKIM 选择器。', fix: '只填写选择器，例如 `s1._domainkey.example.com` 中的 `s1`。' },
    },
    'input-host-has-scheme': {
        en: {
            text: '`smtp-host` is `{value}`: a URL, not a host name.',
            fix: 'Set `smtp-host` to the bare host, `{host}`, and the port in `smtp-port`.',
        },
        zh: { text: '`smtp-host` 的值 `{value}` 是网址，不是主机名。', fix: '`smtp-host` 只填主机名 `{host}`，端口写在 `smtp-port`。' },
    },
    'input-host-has-port': {
        en: { text: '`smtp-host` is `{value}`: it includes a port.', fix: 'Set `smtp-host` to `{host}` and put the port in `smtp-port`.' },
        zh: { text: '`smtp-host` 的值 `{value}` 带了端口。', fix: '`smtp-host` 填 `{host}`，端口写在 `smtp-port`。' },
    },
    'input-not-host': {
        en: {
            text: '`smtp-host` is `{value}`, not a valid host name or IP address.',
            fix: "Use the provider's SMTP host, for example `smtp.qq.com`.",
        },
        zh: { text: '`smtp-host` 的值 `{value}` 不是有效的主机名或 IP。', fix: '填写服务商的 SMTP 主机，例如 `smtp.qq.com`。' },
    },
    ...(0,i18n_text/* refusedFile */.Fe)('input-file', (because) => ({
        en: {
            text: `\`{input}\` names \`{value}\`, which ${because.en}.`,
            fix: 'Give the path of a PEM file (a regular file, under 1 MiB) in the workspace.',
        },
        zh: { text: `\`{input}\` 指向 \`{value}\`，该文件${because.zh}。`, fix: '请指定工作区内的 PEM 文件（普通文件，小于 1 MiB）。' },
    })),
    'input-not-pem': {
        en: {
            text: '`{input}` names `{value}`, which holds no PEM certificate.',
            fix: 'The file must contain `-----BEGIN CERTIFICATE-----` blocks.',
        },
        zh: { text: '`{input}` 指定的 `{value}` 中没有 PEM 证书。', fix: '文件需包含 `-----BEGIN CERTIFICATE-----` 证书块。' },
    },
    'input-bad-header': {
        en: {
            text: 'Line {line} of `{input}` is not `Name: value` (its text is not shown: it may hold a secret).',
            fix: 'Write one header per line, e.g. `Authorization: Bearer ${{ secrets.HEALTH_TOKEN }}`.',
        },
        zh: {
            text: '`{input}` 的第 {line} 行不是 `名称: 值` 格式（可能含有密钥，因此不显示内容）。',
            fix: '每行一个请求头，例如 `Authorization: Bearer ${{ secrets.HEALTH_TOKEN }}`。',
        },
    },
    'input-several-recipients': {
        en: {
            text: '`{input}` holds more than one address: `{value}`.',
            fix: 'The test mail goes to one address: give exactly one in `test-recipient`.',
        },
        zh: { text: '`{input}` 含有多个地址：`{value}`。', fix: '测试邮件只发给一个地址：`test-recipient` 中只填一个地址。' },
    },
    'input-body-with-get': {
        en: {
            text: '`smoke-body` is set, but `smoke-method` is {method}, which sends no body.',
            fix: 'Use `smoke-method: POST` (or PUT, PATCH) with a body, or remove `smoke-body`.',
        },
        zh: {
            text: '设置了 `smoke-body`，但 `smoke-method` 为 {method}，不会发送请求体。',
            fix: '带请求体时使用 `smoke-method: POST`（或 PUT、PATCH），否则删除 `smoke-body`。',
        },
    },
    'input-has-newline': {
        en: {
            text: '`{input}` contains a line break; it could inject mail headers.',
            fix: 'Remove the line break from `{input}` (often a trailing newline pasted into a secret).',
        },
        zh: { text: '`{input}` 含有换行符，可能被用来注入邮件头。', fix: '删除 `{input}` 中的换行（常见于粘贴密钥时带入的末尾换行）。' },
    },
    // ---- provider ----
    'provider-custom': {
        en: { text: 'Custom SMTP server (no provider preset).' },
        zh: { text: '自定义 SMTP 服务器（未使用服务商预设）。' },
    },
    'provider-known': {
        en: { text: 'Provider `{provider}`: {host}:{port}.' },
        zh: { text: '服务商 `{provider}`：{host}:{port}。' },
    },
    'provider-inferred': {
        en: { text: 'Provider `{provider}` inferred from the domain {domain}: {host}:{port}.' },
        zh: { text: '根据域名 {domain} 推断服务商为 `{provider}`：{host}:{port}。' },
    },
    'provider-unknown': {
        en: {
            text: 'Unknown provider `{provider}`.',
            fix: 'Use one of {providers}, any nodemailer well-known service, or `custom` with `smtp-host`.',
        },
        zh: {
            text: '未知的服务商 `{provider}`。',
            fix: '使用 {providers} 或 nodemailer 内置服务名之一，或用 `custom` 并设置 `smtp-host`。',
        },
    },
    'provider-unknown-suggest': {
        en: { text: 'Unknown provider `{provider}`. Did you mean `{suggestion}`?', fix: 'Set `email-provider` to `{suggestion}`.' },
        zh: { text: '未知的服务商 `{provider}`，是否想用 `{suggestion}`？', fix: '把 `email-provider` 设为 `{suggestion}`。' },
    },
    'provider-domain-mismatch': {
        en: {
            text: 'Provider `{provider}` does not host addresses at {domain}; that domain belongs to `{expected}`.',
            fix: 'Set `email-provider` to `{expected}`, or use an account of `{provider}`.',
        },
        zh: {
            text: '服务商 `{provider}` 不托管 {domain} 的邮箱，该域名属于 `{expected}`。',
            fix: '把 `email-provider` 改为 `{expected}`，或换用 `{provider}` 的账号。',
        },
    },
    'provider-personal-domain': {
        en: {
            text: '`{provider}` is a personal mailbox service, but the user is at {domain}.',
            fix: 'For a company domain use its business service (for QQ: `exmail`; for Aliyun: `aliyunqiye`) or set `smtp-host`.',
        },
        zh: {
            text: '`{provider}` 是个人邮箱服务，但账号属于 {domain}。',
            fix: '企业域名请使用对应的企业邮箱（QQ 对应 `exmail`，阿里对应 `aliyunqiye`），或直接设置 `smtp-host`。',
        },
    },
    // ---- user / password / from ----
    'user-ok': { en: { text: 'User `{user}`.' }, zh: { text: '账号 `{user}`。' } },
    'user-missing': {
        en: {
            text: '`{input}` is empty.',
            fix: 'Set the `{input}` input or the `{env}` environment variable (usually from a repository secret).',
        },
        zh: { text: '`{input}` 为空。', fix: '设置 `{input}` 输入或 `{env}` 环境变量（通常来自仓库 Secret）。' },
    },
    'user-missing-fork': {
        en: {
            text: '`{input}` is empty: this is a pull request from a fork, where GitHub gives no secrets.',
            fix: 'Expected on fork pull requests; the checks that need secrets run after merge.',
        },
        zh: {
            text: '`{input}` 为空：这是来自 fork 的 Pull Request，GitHub 不向其提供 Secret。',
            fix: 'fork PR 中这是正常的；需要密钥的检查会在合并后运行。',
        },
    },
    'user-not-address': {
        en: {
            text: '`email-user` is `{value}`, not an email address; `{provider}` logs in with the full address.',
            fix: 'Set `email-user` to the full address, e.g. `name@qq.com`.',
        },
        zh: {
            text: '`email-user` 的值 `{value}` 不是邮箱地址，`{provider}` 需要用完整邮箱地址登录。',
            fix: '把 `email-user` 设为完整邮箱地址，例如 `name@qq.com`。',
        },
    },
    'user-not-fixed': {
        en: {
            text: '`{provider}` expects the SMTP user to be `{expected}`.',
            fix: 'Set `email-user` to `{expected}` and put the API key in `email-password`.',
        },
        zh: {
            text: '`{provider}` 要求 SMTP 用户名为 `{expected}`。',
            fix: '把 `email-user` 设为 `{expected}`，API Key 填在 `email-password`。',
        },
    },
    'password-present': { en: { text: 'Password set ({length} characters).' }, zh: { text: '已设置密码（{length} 个字符）。' } },
    'password-missing': {
        en: {
            text: '`{input}` is empty.',
            fix: "Set the `{input}` input or the `{env}` environment variable from a secret: the provider's authorization code or app password, not the login password.",
        },
        zh: {
            text: '`{input}` 为空。',
            fix: '通过 Secret 设置 `{input}` 输入或 `{env}` 环境变量：填写服务商的授权码或应用专用密码，而不是登录密码。',
        },
    },
    'password-missing-fork': {
        en: {
            text: '`{input}` is empty: this is a pull request from a fork, where GitHub gives no secrets.',
            fix: 'Expected on fork pull requests; the checks that need secrets run after merge.',
        },
        zh: {
            text: '`{input}` 为空：这是来自 fork 的 Pull Request，GitHub 不向其提供 Secret。',
            fix: 'fork PR 中这是正常的；需要密钥的检查会在合并后运行。',
        },
    },
    'password-placeholder': {
        en: {
            text: '`email-password` holds a placeholder or an unexpanded variable, not a credential.',
            fix: 'Store the real authorization code / app password as a secret and pass `${{ secrets.EMAIL_PASSWORD }}`.',
        },
        zh: {
            text: '`email-password` 是占位符或未展开的变量，不是真实凭据。',
            fix: '把真实的授权码/应用专用密码存为 Secret，并传入 `${{ secrets.EMAIL_PASSWORD }}`。',
        },
    },
    'password-newline': {
        en: {
            text: '`email-password` contains a line break.',
            fix: 'Re-create the secret without the trailing newline (`printf %s`, not `echo`).',
        },
        zh: { text: '`email-password` 含有换行符。', fix: '重新创建 Secret，去掉末尾换行（用 `printf %s` 而不是 `echo`）。' },
    },
    'password-whitespace': {
        en: { text: '`email-password` starts or ends with spaces.', fix: 'Remove the surrounding spaces from the secret.' },
        zh: { text: '`email-password` 首尾有空格。', fix: '去掉 Secret 首尾的空格。' },
    },
    'password-too-short-to-protect': {
        en: {
            text: '`email-password` is {length} characters long: too short to be a real credential, and too short to hide in any output.',
            fix: 'Store the whole password, authorization code or app password in the secret (at least {min} characters).',
        },
        zh: {
            text: '`email-password` 只有 {length} 个字符：不可能是有效凭据，也无法在输出中隐藏。',
            fix: '在 Secret 中保存完整的密码、授权码或应用专用密码（至少 {min} 个字符）。',
        },
    },
    'password-short': {
        en: { text: '`email-password` is only {length} characters long.', fix: 'Check that the whole credential was copied into the secret.' },
        zh: { text: '`email-password` 只有 {length} 个字符。', fix: '确认凭据已完整复制到 Secret 中。' },
    },
    'password-not-auth-code': {
        en: {
            text: '`email-password` does not look like a `{provider}` authorization code (16 letters); it may be the login password, which SMTP refuses.',
            fix: 'Enable SMTP in the mailbox settings and generate an authorization code (授权码): {help}',
        },
        zh: {
            text: '`email-password` 不像 `{provider}` 的授权码（16 位字母），可能是登录密码，SMTP 会拒绝。',
            fix: '在邮箱设置中开启 SMTP 服务并生成授权码：{help}',
        },
    },
    'password-not-app-password': {
        en: {
            text: '`email-password` does not look like a `{provider}` app password (16 letters); the account password is refused.',
            fix: 'Turn on 2-step verification and create an app password: {help}',
        },
        zh: {
            text: '`email-password` 不像 `{provider}` 的应用专用密码（16 位字母），账号密码会被拒绝。',
            fix: '开启两步验证并创建应用专用密码：{help}',
        },
    },
    'password-not-api-key': {
        en: {
            text: '`email-password` does not look like a `{provider}` API key (`SG.` followed by two parts).',
            fix: 'Create an API key with Mail Send permission: {help}',
        },
        zh: { text: '`email-password` 不像 `{provider}` 的 API Key（以 `SG.` 开头）。', fix: '创建具有 Mail Send 权限的 API Key：{help}' },
    },
    'from-ok': { en: { text: 'From `{from}`.' }, zh: { text: '发件人 `{from}`。' } },
    'from-missing': {
        en: { text: 'No sender: `from` and `email-user` are both empty.', fix: 'Set `from` (or `email-user` when it is an address).' },
        zh: { text: '缺少发件人：`from` 与 `email-user` 都为空。', fix: '设置 `from`（或把 `email-user` 设为邮箱地址）。' },
    },
    'from-invalid': {
        en: {
            text: 'The sender `{value}` (from `{input}`) is not a valid address.',
            fix: 'Set `from` to an address such as `App <noreply@example.com>`.',
        },
        zh: { text: '发件人 `{value}`（来自 `{input}`）不是有效地址。', fix: '把 `from` 设为有效地址，例如 `App <noreply@example.com>`。' },
    },
    'from-not-user': {
        en: {
            text: 'From `{from}` differs from the login `{user}`; `{provider}` rejects that (550/553).',
            fix: 'Send from `{user}`, or use a service that lets you send as other addresses.',
        },
        zh: {
            text: '发件人 `{from}` 与登录账号 `{user}` 不一致，`{provider}` 会拒绝（550/553）。',
            fix: '使用 `{user}` 作为发件人，或改用允许代发的服务。',
        },
    },
    'recipient-ok': { en: { text: 'Test mail goes to `{to}`.' }, zh: { text: '测试邮件将发送到 `{to}`。' } },
    'recipient-invalid': {
        en: { text: '`test-recipient` is `{value}`, not a valid address.', fix: 'Set `test-recipient` to one mailbox address you can read.' },
        zh: { text: '`test-recipient` 的值 `{value}` 不是有效地址。', fix: '把 `test-recipient` 设为一个你能查看的邮箱地址。' },
    },
    // ---- server / port ----
    'server-ok-tls': { en: { text: '{host}:{port} with implicit TLS.' }, zh: { text: '{host}:{port}，直接 TLS（SSL）。' } },
    'server-ok-starttls': { en: { text: '{host}:{port} with STARTTLS.' }, zh: { text: '{host}:{port}，STARTTLS。' } },
    'host-missing': {
        en: {
            text: 'No SMTP host: the provider is custom and `smtp-host` is empty.',
            fix: 'Set `email-provider` (qq, 163, gmail, ...) or `smtp-host` (`SMTP_HOST`).',
        },
        zh: {
            text: '缺少 SMTP 主机：服务商为 custom 且 `smtp-host` 为空。',
            fix: '设置 `email-provider`（qq、163、gmail 等）或 `smtp-host`（`SMTP_HOST`）。',
        },
    },
    'host-unresolved': {
        en: { text: 'No SMTP host could be derived from `{provider}`.', fix: 'Set `smtp-host` explicitly.' },
        zh: { text: '无法从 `{provider}` 得到 SMTP 主机。', fix: '直接设置 `smtp-host`。' },
    },
    'port-secure-mismatch-tls': {
        en: {
            text: 'Port {port} with `smtp-secure: true`: port {port} speaks plain SMTP then STARTTLS, so a TLS handshake fails ("wrong version number").',
            fix: 'Use `smtp-secure: false` with port {port} (STARTTLS), or port 465 with `smtp-secure: true`.',
        },
        zh: {
            text: '端口 {port} 却设置了 `smtp-secure: true`：该端口先明文再 STARTTLS，直接 TLS 握手会失败（"wrong version number"）。',
            fix: '端口 {port} 请用 `smtp-secure: false`（STARTTLS），或改用 465 端口并设 `smtp-secure: true`。',
        },
    },
    'port-secure-mismatch-plain': {
        en: {
            text: 'Port 465 with `smtp-secure: false`: 465 expects TLS from the first byte, so the client waits for a greeting that never comes ("Greeting never received").',
            fix: 'Use `smtp-secure: true` (or `auto`) with port 465, or port 587 with `smtp-secure: false`.',
        },
        zh: {
            text: '465 端口却设置了 `smtp-secure: false`：465 要求一开始就 TLS，客户端会一直等不到欢迎语（"Greeting never received"）。',
            fix: '465 端口请用 `smtp-secure: true`（或 `auto`），或改用 587 端口并设 `smtp-secure: false`。',
        },
    },
    'port-25-blocked': {
        en: {
            text: 'Port 25 is blocked for outbound mail by default on GitHub-hosted runners (Azure), AWS, GCP, Aliyun and Tencent Cloud.',
            fix: 'Use port 465 (implicit TLS) or 587 (STARTTLS) for submission.',
        },
        zh: {
            text: 'GitHub 托管运行器（Azure）、AWS、GCP、阿里云、腾讯云默认封禁出站 25 端口。',
            fix: '改用 465（SSL）或 587（STARTTLS）端口提交邮件。',
        },
    },
    'tls-verify-off': {
        en: {
            text: 'Certificate verification is off (`tls-reject-unauthorized: false`): an untrusted certificate is only a warning.',
            fix: 'Turn it back on once the server has a certificate from a trusted CA, or trust your CA with NODE_EXTRA_CA_CERTS.',
        },
        zh: {
            text: '已关闭证书校验（`tls-reject-unauthorized: false`），不受信任的证书只会警告。',
            fix: '服务器换上受信任 CA 的证书后请重新开启，或通过 NODE_EXTRA_CA_CERTS 信任自有 CA。',
        },
    },
    'exchange-basic-auth-retiring': {
        en: {
            text: 'Exchange Online disables basic SMTP AUTH by default after {date}; then logins answer `550 5.7.30`.',
            fix: 'Move to OAuth2 before {date}: set `oauth2-client-id`, `oauth2-client-secret` and `oauth2-refresh-token` (an app registered in Entra ID with the SMTP.Send permission), or use a relay such as Azure Communication Services.',
        },
        zh: {
            text: 'Exchange Online 将在 {date} 之后默认关闭 SMTP 基本认证，届时登录会返回 `550 5.7.30`。',
            fix: '请在 {date} 之前迁移到 OAuth2：设置 `oauth2-client-id`、`oauth2-client-secret` 和 `oauth2-refresh-token`（在 Entra ID 中注册带 SMTP.Send 权限的应用），或改用其他发信服务（如 Azure Communication Services）。',
        },
    },
    'exchange-basic-auth-disabled': {
        en: {
            text: 'Exchange Online disabled basic SMTP AUTH by default after {date}; password logins answer `550 5.7.30` unless the tenant re-enabled it.',
            fix: 'Move to OAuth2 (`oauth2-client-id`, `oauth2-client-secret`, `oauth2-refresh-token`: an app registered in Entra ID with the SMTP.Send permission) or a relay service.',
        },
        zh: {
            text: 'Exchange Online 已在 {date} 之后默认关闭 SMTP 基本认证，除非租户重新开启，否则密码登录会返回 `550 5.7.30`。',
            fix: '迁移到 OAuth2（`oauth2-client-id`、`oauth2-client-secret`、`oauth2-refresh-token`：在 Entra ID 中注册带 SMTP.Send 权限的应用）或其他发信服务。',
        },
    },
    'outlook-consumer-modern-auth': {
        en: {
            text: 'Outlook.com personal accounts require modern auth (OAuth2) since 2024-09-16; password logins are refused.',
            fix: 'Use OAuth2 (`oauth2-client-id`, `oauth2-client-secret`, `oauth2-refresh-token`), or send through another provider.',
        },
        zh: {
            text: '自 2024-09-16 起 Outlook.com 个人账号只支持现代认证（OAuth2），密码登录会被拒绝。',
            fix: '改用 OAuth2（`oauth2-client-id`、`oauth2-client-secret`、`oauth2-refresh-token`），或换用其他发信服务。',
        },
    },
    'basic-auth-oauth2': {
        en: { text: 'Logging in with OAuth2 (XOAUTH2): the retirement of password logins does not touch this setup.' },
        zh: { text: '使用 OAuth2（XOAUTH2）登录：密码登录的停用不影响当前配置。' },
    },
    'password-oauth2': {
        en: { text: 'OAuth2 login ({source}): `email-password` is not needed.' },
        zh: { text: 'OAuth2 登录（{source}）：不需要 `email-password`。' },
    },
    'oauth2-incomplete': {
        en: {
            text: '`oauth2-refresh-token` is set without `{missing}`: a refresh token is exchanged for an access token with the client id and secret.',
            fix: 'Set `oauth2-client-id` and `oauth2-client-secret` from the app registration (or give `oauth2-access-token` alone).',
        },
        zh: {
            text: '设置了 `oauth2-refresh-token` 但缺少 `{missing}`：刷新令牌需要配合客户端 ID 和密钥才能换取访问令牌。',
            fix: '请从应用注册处设置 `oauth2-client-id` 和 `oauth2-client-secret`（或只提供 `oauth2-access-token`）。',
        },
    },
    'oauth2-no-token-url': {
        en: {
            text: 'No token endpoint is known for this provider.',
            fix: 'Set `oauth2-token-url` (Google: https://oauth2.googleapis.com/token; Microsoft: https://login.microsoftonline.com/<tenant>/oauth2/v2.0/token).',
        },
        zh: {
            text: '不知道该服务商的令牌端点。',
            fix: '请设置 `oauth2-token-url`（Google：https://oauth2.googleapis.com/token；微软：https://login.microsoftonline.com/<tenant>/oauth2/v2.0/token）。',
        },
    },
    'oauth2-token-url-insecure': {
        en: {
            text: '`oauth2-token-url` `{value}` is not HTTPS: the client secret and refresh token would cross the network in the clear.',
            fix: 'Use the https:// token endpoint of the provider.',
        },
        zh: { text: '`oauth2-token-url` `{value}` 不是 HTTPS：客户端密钥和刷新令牌会以明文传输。', fix: '请使用服务商的 https:// 令牌端点。' },
    },
    'node-env-production': { en: { text: 'NODE_ENV is production.' }, zh: { text: 'NODE_ENV 为 production。' } },
    'node-env-unset': {
        en: {
            text: 'NODE_ENV is not set here, so this run may read other settings than the app in production.',
            fix: 'Run the check with the same environment as the app: `NODE_ENV=production`.',
        },
        zh: {
            text: '此处未设置 NODE_ENV，本次检查读取的配置可能与生产环境的应用不同。',
            fix: '用与应用相同的环境运行检查：`NODE_ENV=production`。',
        },
    },
    'node-env-not-production': {
        en: {
            text: 'NODE_ENV is `{value}`, not production.',
            fix: 'Run the check with the same environment as the app: `NODE_ENV=production`.',
        },
        zh: { text: 'NODE_ENV 为 `{value}`，不是 production。', fix: '用与应用相同的环境运行检查：`NODE_ENV=production`。' },
    },
};
const ENV_CAUSES = INPUTS_PROVIDER_SENDER_SERVER;

;// CONCATENATED MODULE: ./src/i18n/app.ts
// Text for the app's own mail (checks/app.ts): the smoke request that asks the app to send, the mailbox watched for
// its mail, the code read from it and posted back.

const APP_TITLES = {
    'app.watch': { en: "Watching the mailbox for the app's mail", zh: '监视测试邮箱' },
    'health.smoke': { en: 'Smoke request', zh: '冒烟请求' },
    'app.mail': { en: "The app's mail in the mailbox", zh: '应用邮件是否到达' },
    'app.code': { en: 'Verification code in the mail', zh: '邮件中的验证码' },
    'app.verify': { en: 'Code posted back (sign-up works)', zh: '回传验证码（注册流程）' },
    'app.origin': { en: "Where the app's mail came from", zh: '应用邮件的来源' },
};
const APP = {
    'smoke-ok': {
        en: { text: '{method} {url} answered {status} in {ms} ms.' },
        zh: { text: '{method} {url} 返回 {status}，用时 {ms} ms。' },
    },
    'smoke-status': {
        en: {
            text: '{method} {url} answered {status}: `{body}`',
            fix: "The app's mail route fails: read its logs for the nodemailer error (or scan them with `log-files`).",
        },
        zh: {
            text: '{method} {url} 返回 {status}：`{body}`',
            fix: '应用的发信接口失败：查看日志中的 nodemailer 错误（或用 `log-files` 扫描）。',
        },
    },
    'smoke-error': {
        en: { text: '{method} {url} failed ({failure}): {detail}', fix: 'Check `smoke-url` and that the app is up.' },
        zh: { text: '{method} {url} 失败（{failure}）：{detail}', fix: '检查 `smoke-url`，并确认应用已启动。' },
    },
    'smoke-rate-limited': {
        en: {
            text: '{method} {url} answered {status} (rate limited{retry}): the app refused to send, so no mail was looked for.',
            fix: 'Use a test address of its own and raise its limit for that address (or exempt the deploy check): the check calls the endpoint once per run and never retries it.',
        },
        zh: {
            text: '{method} {url} 返回 {status}（频率限制{retry}）：应用拒绝发送，因此未查找邮件。',
            fix: '为部署检查使用专用测试地址，并为它放宽限制（或豁免）：检查每次运行只调用该接口一次，且从不重试。',
        },
    },
    'app-watch': {
        en: { text: "Watching {folders} of `{user}` for the app's mail (from UID {uids})." },
        zh: { text: '正在监视 `{user}` 的 {folders}，等待应用的邮件（从 UID {uids} 起）。' },
    },
    'app-mail-inbox': {
        en: { text: "The app's mail reached {folder} {seconds} s after the request: `{subject}` from `{from}`." },
        zh: { text: '应用的邮件在请求后 {seconds} 秒到达 {folder}：`{subject}`，发件人 `{from}`。' },
    },
    'app-mail-junk': {
        en: {
            text: "The app's mail arrived {seconds} s after the request, but in {folder} (spam): `{subject}` from `{from}`.",
            fix: "Users may never see their code. Check the sender domain's SPF, DKIM and DMARC (the deliverability checks), send from the domain the app's links point to, and keep the text plain.",
        },
        zh: {
            text: '应用的邮件在请求后 {seconds} 秒到达，但进了 {folder}（垃圾邮件）：`{subject}`，发件人 `{from}`。',
            fix: '用户可能看不到验证码。检查发件域名的 SPF、DKIM 和 DMARC（见送达率检查），用应用链接所在的域名发信，内容保持简洁。',
        },
    },
    'app-mail-not-arrived': {
        en: {
            text: 'The app answered {status} at {at}, but no mail reached `{user}` in {seconds} s (searched {folders}). It answered: `{body}`',
            fix: "The app says it sent and nothing came: an unawaited `sendMail` that failed, production secrets that differ from what works elsewhere, or a provider that took the mail and dropped it. Read the app's log around {at} (`log-files` scans it) and check `smoke-body` names `{user}`.",
        },
        zh: {
            text: '应用在 {at} 返回了 {status}，但 {seconds} 秒内 `{user}` 没有收到任何邮件（已查找 {folders}）。应用返回：`{body}`',
            fix: '应用声称已发送却没有收到：可能是未等待的 `sendMail` 失败了，生产环境的密钥与其他环境不同，或服务商收下后丢弃了。查看应用在 {at} 前后的日志（`log-files` 可扫描），并确认 `smoke-body` 中写的是 `{user}`。',
        },
    },
    'app-mail-not-arrived-logged': {
        en: {
            text: 'The app answered {status} at {at}, but its log then recorded a mail failure ({category}): `{logged}`. No mail reached `{user}` in {seconds} s.',
            fix: "The app's send failed after it answered: await `sendMail` and answer an error when it fails (the user is told the code was sent), then fix the failure its log names (run the SMTP checks with the app's own settings to see why).",
        },
        zh: {
            text: '应用在 {at} 返回了 {status}，但随后日志记录了发信失败（{category}）：`{logged}`。{seconds} 秒内 `{user}` 没有收到任何邮件。',
            fix: '应用在返回之后才发信失败：请 await `sendMail`，失败时返回错误（否则用户以为验证码已发出），再修复日志中记录的错误（用应用自己的配置运行 SMTP 检查可查明原因）。',
        },
    },
    'app-mail-not-arrived-server': {
        en: {
            text: "The app answered {status} at {at}, but no mail reached `{user}` in {seconds} s, and the server's own report says: `{serverItem}`.",
            fix: "The app's server cannot send: fix the item its own report names (the route of `checkEmailHealth()` runs the same checks there), then make the send-code route answer an error when the send fails.",
        },
        zh: {
            text: '应用在 {at} 返回了 {status}，但 {seconds} 秒内 `{user}` 没有收到任何邮件；服务器自身的报告显示：`{serverItem}`。',
            fix: '应用所在的服务器无法发信：按其报告中指出的问题修复（`checkEmailHealth()` 接口在服务器上运行同样的检查），并让发送验证码的接口在发送失败时返回错误。',
        },
    },
    'app-code-found': {
        en: { text: 'The mail holds a code ({length} characters); it is masked and never shown.' },
        zh: { text: '邮件中含有验证码（{length} 个字符），已屏蔽，不会显示。' },
    },
    'app-code-missing': {
        en: {
            text: "No code matching `{pattern}` in the app's mail (`{subject}`).",
            fix: "Check `app-mail-code` against the mail's text (the first group, or the whole match, is taken); the template may have changed.",
        },
        zh: {
            text: '应用的邮件（`{subject}`）中没有匹配 `{pattern}` 的验证码。',
            fix: '对照邮件正文检查 `app-mail-code`（取第一个分组，否则取整个匹配）；邮件模板可能已改动。',
        },
    },
    'app-code-too-short': {
        en: {
            text: 'The code found has {length} characters: too short to be hidden in every output, so it is not used.',
            fix: 'Widen `app-mail-code` to the whole code (codes of 4 or more characters are masked).',
        },
        zh: {
            text: '找到的验证码只有 {length} 个字符：太短，无法在所有输出中屏蔽，因此不使用。',
            fix: '扩大 `app-mail-code` 以匹配完整验证码（4 个字符及以上才会被屏蔽）。',
        },
    },
    'app-no-copy': {
        en: {
            text: "The app's mail could not be read back from the mailbox: {error}",
            fix: 'The mailbox dropped the connection or the message changed; run again.',
        },
        zh: { text: '无法从邮箱读回应用的邮件：{error}', fix: '邮箱断开了连接或邮件已变化；请重新运行。' },
    },
    'app-verify-ok': {
        en: { text: '{method} {url} took the code: {status}. Sign-up works end to end.' },
        zh: { text: '{method} {url} 接受了验证码：{status}。注册流程端到端可用。' },
    },
    'app-verify-refused': {
        en: {
            text: '{method} {url} refused the code from the mail: {status} `{body}`',
            fix: 'The app sent one code and accepts another: check that it stores the code it mails (and for the same address), and its expiry.',
        },
        zh: {
            text: '{method} {url} 拒绝了邮件中的验证码：{status} `{body}`',
            fix: '应用发出的验证码与它接受的不一致：检查它保存的是否就是发出的验证码（且针对同一地址），以及有效期。',
        },
    },
    'app-verify-error': {
        en: { text: '{method} {url} failed ({failure}): {detail}', fix: 'Check `verify-url` and that the app is up.' },
        zh: { text: '{method} {url} 失败（{failure}）：{detail}', fix: '检查 `verify-url`，并确认应用已启动。' },
    },
    'origin-ok': {
        en: { text: 'Sent as `{from}` from `{helo}` [{ip}]; the receiver says SPF {spf}, DKIM {dkim}, DMARC {dmarc}.' },
        zh: { text: '发件人 `{from}`，发送主机 `{helo}` [{ip}]；收件方判定 SPF {spf}、DKIM {dkim}、DMARC {dmarc}。' },
    },
    'origin-differs': {
        en: {
            text: 'The app sends as `{from}` from `{helo}` [{ip}]; this run was told `{told}` at `{host}`.',
            fix: "The secrets in this workflow are not the ones production uses: check the production `.env` (or the host's variables), or point this run at the same account.",
        },
        zh: {
            text: '应用以 `{from}` 的身份从 `{helo}` [{ip}] 发信；本次运行配置的是 `{host}` 上的 `{told}`。',
            fix: '工作流中的密钥与生产环境使用的不同：检查生产环境的 `.env`（或主机变量），或让本次运行检查同一账号。',
        },
    },
    'origin-private': {
        en: { text: 'The sending address {ip} is private or local: no public block list or reverse name applies.' },
        zh: { text: '发送地址 {ip} 是内网或本机地址：不适用公共黑名单和反向解析。' },
    },
    'origin-ptr-ok': {
        en: { text: '{ip} has the reverse name `{name}`, which points back to it.' },
        zh: { text: '{ip} 的反向解析为 `{name}`，且正向解析指回该地址。' },
    },
    'origin-ptr-missing': {
        en: {
            text: '{ip}, which sent the mail, has no reverse name (PTR).',
            fix: 'Many receivers distrust a sender without one: ask the host of the sending server (or the provider) for a PTR record that names it.',
        },
        zh: {
            text: '发信地址 {ip} 没有反向解析（PTR）。',
            fix: '许多收件方不信任没有 PTR 的发送方：请发信服务器的托管方（或服务商）为其设置 PTR 记录。',
        },
    },
    'origin-ptr-unconfirmed': {
        en: {
            text: "{ip}'s reverse name `{name}` does not point back to it.",
            fix: 'Make the name resolve to {ip} (forward-confirmed reverse DNS), or set the PTR to a name that does.',
        },
        zh: { text: '{ip} 的反向解析 `{name}` 没有指回该地址。', fix: '让该名称解析到 {ip}（正反向一致），或把 PTR 设为能解析回来的名称。' },
    },
    'origin-ptr-unknown': {
        en: { text: 'The reverse name of {ip} could not be looked up.' },
        zh: { text: '无法查询 {ip} 的反向解析。' },
    },
    'origin-listed': {
        en: {
            text: '{ip}, which sent the mail, is listed on {list} (answer {answer}).',
            fix: "Receivers that use {list} refuse or file this mail as spam. Look the address up on the list's site for the reason and the delisting steps; on a shared provider address, tell the provider.",
        },
        zh: {
            text: '发信地址 {ip} 在 {list} 黑名单中（返回 {answer}）。',
            fix: '使用 {list} 的收件方会拒收或将邮件归为垃圾邮件。到该名单网站查询原因并申请移除；若为服务商的共享地址，请联系服务商。',
        },
    },
    'origin-not-listed': {
        en: { text: '{ip} is not listed on {list}.' },
        zh: { text: '{ip} 不在 {list} 黑名单中。' },
    },
    'origin-list-unknown': {
        en: { text: 'Could not check {ip} on {list}: {why}.' },
        zh: { text: '无法在 {list} 上检查 {ip}：{why}。' },
    },
};
const APP_CAUSES = APP;

;// CONCATENATED MODULE: ./src/i18n/health.ts
// Text for the health and server-report checks (checks/health.ts).

const HEALTH_TITLES = {
    'health.endpoint': { en: 'Health endpoint', zh: '健康检查接口' },
    'server.report': { en: 'Server report', zh: '服务器报告' },
};
const HEALTH = {
    'health-ok': { en: { text: '{url} answered {status} in {ms} ms.' }, zh: { text: '{url} 返回 {status}，用时 {ms} ms。' } },
    'health-ok-after-retries': {
        en: { text: '{url} answered {status} on attempt {attempts}.' },
        zh: { text: '{url} 在第 {attempts} 次尝试时返回 {status}。' },
    },
    'health-report': {
        en: { text: '{url} returned a server report (HTTP {status}, verdict {verdict}); see "From your server".' },
        zh: { text: '{url} 返回了服务器报告（HTTP {status}，结论 {verdict}），见"来自你的服务器"。' },
    },
    'health-status': {
        en: {
            text: '{url} answered {status} after {attempts} attempt(s) (deadline {deadline} s).',
            fix: 'The app is not healthy after the deploy: read its logs; raise `health-attempts` if it needs longer to start.',
        },
        zh: {
            text: '{url} 在 {attempts} 次尝试后仍返回 {status}（时限 {deadline} 秒）。',
            fix: '部署后应用不健康：查看应用日志；若启动较慢可调大 `health-attempts`。',
        },
    },
    'health-redirect': {
        en: {
            text: '{url} redirects ({status}) to `{location}`: a login page answering 200 is not a healthy app.',
            fix: 'Point `health-url` at the final URL, and let the health route answer without a login (or send `health-headers`).',
        },
        zh: {
            text: '{url} 重定向（{status}）到 `{location}`：登录页返回 200 并不代表应用健康。',
            fix: '把 `health-url` 设为最终地址，并让健康检查接口无需登录（或通过 `health-headers` 传递认证）。',
        },
    },
    'health-unauthorized': {
        en: {
            text: '{url} answered {status}: the route wants credentials.',
            fix: 'Send them with `health-headers` (e.g. `Authorization: Bearer ${{ secrets.HEALTH_TOKEN }}`).',
        },
        zh: {
            text: '{url} 返回 {status}：该接口需要认证。',
            fix: '通过 `health-headers` 传递（如 `Authorization: Bearer ${{ secrets.HEALTH_TOKEN }}`）。',
        },
    },
    'health-body-mismatch': {
        en: {
            text: 'The body of {url} does not contain `{expect}`.',
            fix: 'The app answers but not as expected; check the route, or `health-expect`.',
        },
        zh: { text: '{url} 的响应内容不包含 `{expect}`。', fix: '应用有响应但内容不符：检查接口或 `health-expect`。' },
    },
    'health-refused': {
        en: {
            text: '{url} refused the connection on all {attempts} attempt(s) (deadline {deadline} s).',
            fix: 'The app is not listening: check that it started, its port, and the proxy in front of it.',
        },
        zh: {
            text: '{url} 在全部 {attempts} 次尝试中都拒绝连接（时限 {deadline} 秒）。',
            fix: '应用没有在监听：确认已启动、端口正确以及前置代理配置。',
        },
    },
    'health-timeout': {
        en: {
            text: '{url} did not answer in time on all {attempts} attempt(s) (deadline {deadline} s).',
            fix: 'The app hangs or the route does slow work; keep the health route fast (checkEmailHealth caches its result).',
        },
        zh: {
            text: '{url} 在全部 {attempts} 次尝试中都超时（时限 {deadline} 秒）。',
            fix: '应用卡住或接口执行了耗时操作；保持健康检查接口快速（checkEmailHealth 会缓存结果）。',
        },
    },
    'health-dns': {
        en: { text: 'The host of {url} does not resolve: {detail}', fix: 'Check the domain in `health-url` and its DNS.' },
        zh: { text: '{url} 的主机无法解析：{detail}', fix: '检查 `health-url` 中的域名及其解析。' },
    },
    'health-tls': {
        en: { text: 'TLS to {url} failed: {detail}', fix: "Fix the site's certificate (expired, wrong name, untrusted chain)." },
        zh: { text: '访问 {url} 的 TLS 失败：{detail}', fix: '修复站点证书（过期、名称不符或证书链不受信任）。' },
    },
    'health-reset': {
        en: {
            text: 'The connection to {url} was reset: {detail}',
            fix: 'The app or its proxy crashed or closed the connection; read its logs.',
        },
        zh: { text: '到 {url} 的连接被重置：{detail}', fix: '应用或代理崩溃或主动断开，请查看日志。' },
    },
    'health-error': {
        en: { text: 'Requesting {url} failed: {detail}', fix: 'Check `health-url`.' },
        zh: { text: '请求 {url} 失败：{detail}', fix: '检查 `health-url`。' },
    },
    'server-report-absent': {
        en: {
            text: "{url} does not return an email-deploy-check report, so the server's own view is not shown.",
            fix: 'Return checkEmailHealth() from the route (README: "The server\'s view") to see the production host\'s email path here.',
        },
        zh: {
            text: '{url} 没有返回 email-deploy-check 报告，因此无法展示服务器自身的检查结果。',
            fix: '在接口中返回 checkEmailHealth() 的结果（见 README："服务器视角"），即可在此看到生产主机的邮件链路。',
        },
    },
    'server-report-unreadable': {
        en: {
            text: '{url} returned a report that cannot be fully read ({problem}; {count} item(s) unreadable).',
            fix: "Return `checkEmailHealth()`'s report unchanged from the route, with the same email-deploy-check version; a report that cannot be read counts as failing.",
        },
        zh: {
            text: '{url} 返回的报告无法完整读取（{problem}；{count} 项无法读取）。',
            fix: '在接口中原样返回 `checkEmailHealth()` 的报告，并使用相同版本的 email-deploy-check；无法读取的报告按失败处理。',
        },
    },
    'server-report-failing': {
        en: {
            text: 'The server reports a failure (HTTP {status}, verdict {verdict}), but no item it lists says which.',
            fix: 'Open the route in a browser on the server, or run `npx email-deploy-check` there, to see the failing item.',
        },
        zh: {
            text: '服务器报告失败（HTTP {status}，结论 {verdict}），但列出的项目中没有说明原因。',
            fix: '在服务器上打开该接口，或运行 `npx email-deploy-check`，查看失败的具体项目。',
        },
    },
    'server-report-cut': {
        en: { text: '{left} more item(s) not shown; none of them failing.' },
        zh: { text: '另有 {left} 项未显示，均未失败。' },
    },
    'server-report-cut-failing': {
        en: {
            text: '{left} more item(s) not shown, {failing} of them failing.',
            fix: 'Run `npx email-deploy-check` on the server to see every item.',
        },
        zh: { text: '另有 {left} 项未显示，其中 {failing} 项失败。', fix: '在服务器上运行 `npx email-deploy-check` 查看全部项目。' },
    },
    'server-report-target': {
        en: { text: 'Your server checked {provider} at {host}:{port} ({mode}) just now.' },
        zh: { text: '你的服务器刚刚检查了 {provider}（{host}:{port}，{mode}）。' },
    },
    'server-report-target-cached': {
        en: {
            text: "Your server checked {provider} at {host}:{port} ({mode}); this report is {age} old, from the route's cache.",
        },
        zh: { text: '你的服务器检查了 {provider}（{host}:{port}，{mode}）；该报告来自接口缓存，生成于 {age} 前。' },
    },
    'server-report-empty': {
        en: { text: '{url} returned a passing report with no items.' },
        zh: { text: '{url} 返回了通过的报告，但没有任何检查项。' },
    },
    // An item of the server's report whose cause this version does not know: the server's own words.
    'server-item-foreign': { en: { text: '{message}', fix: '{fix}' }, zh: { text: '{message}', fix: '{fix}' } },
};
const HEALTH_CAUSES = HEALTH;

;// CONCATENATED MODULE: ./src/i18n/lint.ts
// Text for the config lint rules (checks/lint.ts, lint/rules.ts).

const LINT_TITLES = {
    'lint.config': { en: 'Config', zh: '配置文件' },
    'lint.code': { en: 'Mail code', zh: '邮件代码' },
};
const LINT = {
    'lint-clean': { en: { text: 'No problems in {files} file(s): {list}.' }, zh: { text: '{files} 个文件未发现问题：{list}。' } },
    'lint-no-files': { en: { text: 'No config files to lint under {root}.' }, zh: { text: '{root} 下没有可检查的配置文件。' } },
    ...(0,i18n_text/* refusedFile */.Fe)('lint-file', (because) => ({
        en: {
            title: 'File not read',
            text: `{file} ${because.en}.`,
            fix: 'Config files are read only when they are regular files under 1 MiB inside the repository; replace the link or special file with the real file.',
        },
        zh: {
            title: '文件未读取',
            text: `{file}${because.zh}。`,
            fix: '只读取仓库内小于 1 MiB 的普通配置文件；请用真实文件替换该链接或特殊文件。',
        },
    })),
    'lint-parse-error': {
        en: {
            title: 'File does not parse',
            text: '{file} could not be parsed: {error}',
            fix: 'Fix the syntax error; the app would fail to read it too.',
        },
        zh: { title: '文件无法解析', text: '{file} 无法解析：{error}', fix: '修正语法错误，否则应用同样无法读取。' },
    },
    'lint-env-secret-committed': {
        en: {
            title: 'Secret committed',
            text: '{file} is committed and holds a value for `{key}`: the secret is in the repository history.',
            fix: 'Rotate the credential now, remove the file from git (`git rm --cached {file}`), add it to .gitignore, and commit a `.env.example` with placeholders.',
        },
        zh: {
            title: '密钥已提交',
            text: '{file} 已提交到仓库且包含 `{key}` 的值：密钥已进入仓库历史。',
            fix: '立即更换该凭据，从 git 中移除文件（`git rm --cached {file}`），加入 .gitignore，并提交带占位符的 `.env.example`。',
        },
    },
    'lint-literal-password': {
        en: {
            title: 'Password written in config',
            text: '`{key}` is written literally in {file} ({block}).',
            fix: 'Read it from the environment (`process.env.EMAIL_PASSWORD`, compose `${EMAIL_PASSWORD}`) and keep the value in a secret store; rotate it if it was committed.',
        },
        zh: {
            title: '配置中写死密码',
            text: '{file}（{block}）中直接写入了 `{key}`。',
            fix: '改为从环境变量读取（`process.env.EMAIL_PASSWORD`、compose 中的 `${EMAIL_PASSWORD}`），把值放在密钥管理中；如已提交请更换。',
        },
    },
    'lint-env-not-ignored': {
        en: {
            title: '.env not ignored',
            text: '`.env` is not ignored by .gitignore: the next `git add .` commits your secrets.',
            fix: 'Add a line `.env` (and `.env.*` with `!.env.example`) to .gitignore.',
        },
        zh: {
            title: '.env 未被忽略',
            text: '.gitignore 没有忽略 `.env`：下一次 `git add .` 就会提交密钥。',
            fix: '在 .gitignore 中加入 `.env`（以及 `.env.*` 和 `!.env.example`）。',
        },
    },
    'lint-port-secure-mismatch': {
        en: {
            title: 'Port and TLS mode disagree',
            text: 'Port {port} with `{key}` = {secure} in {file}: 465 is implicit TLS, 587/25 are STARTTLS.',
            fix: 'Use port 465 with secure true, or port 587 with secure false.',
        },
        zh: {
            title: '端口与 TLS 模式不符',
            text: '{file} 中端口 {port} 搭配 `{key}` = {secure}：465 为直接 TLS，587/25 为 STARTTLS。',
            fix: '465 端口配 secure true，或 587 端口配 secure false。',
        },
    },
    'lint-provider-unknown': {
        en: {
            title: 'Unknown provider',
            text: 'EMAIL_PROVIDER `{value}` is not a known provider.',
            fix: 'Use one of {providers}, or custom. Did you mean `{suggestion}`?',
        },
        zh: {
            title: '未知服务商',
            text: 'EMAIL_PROVIDER `{value}` 不是已知服务商。',
            fix: '使用 {providers} 之一，或 custom。是否想用 `{suggestion}`？',
        },
    },
    'lint-provider-mismatch': {
        en: {
            title: 'Provider does not host the address',
            text: 'EMAIL_PROVIDER `{provider}` does not host {domain}; that is `{expected}`.',
            fix: 'Set EMAIL_PROVIDER to `{expected}`.',
        },
        zh: {
            title: '服务商与邮箱域名不符',
            text: 'EMAIL_PROVIDER `{provider}` 不托管 {domain}，该域名属于 `{expected}`。',
            fix: '把 EMAIL_PROVIDER 设为 `{expected}`。',
        },
    },
    'lint-placeholder-production': {
        en: {
            title: 'Placeholder in production',
            text: '`{key}` in the production configuration ({block}) is a placeholder.',
            fix: "Set the real value through the server's environment or a secret store.",
        },
        zh: {
            title: '生产配置含占位符',
            text: '生产配置（{block}）中的 `{key}` 仍是占位符。',
            fix: '通过服务器环境变量或密钥管理设置真实值。',
        },
    },
    'lint-production-missing-keys': {
        en: {
            title: 'Production lacks keys',
            text: 'env_production does not set {keys}, which the other environments set.',
            fix: 'Add them to env_production (PM2 only applies it with `--env production`), or export them on the server.',
        },
        zh: {
            title: '生产配置缺少变量',
            text: 'env_production 缺少其他环境已设置的 {keys}。',
            fix: '把它们加入 env_production（PM2 仅在 `--env production` 时使用），或在服务器上导出。',
        },
    },
    'lint-production-node-env': {
        en: {
            title: 'NODE_ENV not production',
            text: 'env_production sets NODE_ENV to `{value}`, not production.',
            fix: "Set `NODE_ENV: 'production'` in env_production.",
        },
        zh: {
            title: 'NODE_ENV 不是 production',
            text: 'env_production 中 NODE_ENV 为 `{value}`，不是 production。',
            fix: "在 env_production 中设置 `NODE_ENV: 'production'`。",
        },
    },
    'lint-production-node-env-unset': {
        en: {
            title: 'NODE_ENV not production',
            text: 'env_production does not set NODE_ENV: the app starts as development in production.',
            fix: "Set `NODE_ENV: 'production'` in env_production.",
        },
        zh: {
            title: 'NODE_ENV 不是 production',
            text: 'env_production 没有设置 NODE_ENV：应用在生产环境中以开发模式启动。',
            fix: "在 env_production 中设置 `NODE_ENV: 'production'`。",
        },
    },
    'lint-workflow-literal-secret': {
        en: {
            title: 'Secret written in workflow',
            text: '`{key}` is a literal in the workflow: anyone who can read the repository can read it.',
            fix: 'Store it as a repository secret and pass `${{ secrets.EMAIL_PASSWORD }}`; rotate the exposed value.',
        },
        zh: {
            title: '工作流中写死密钥',
            text: '工作流中 `{key}` 是明文：能读取仓库的人都能看到。',
            fix: '存为仓库 Secret 并传入 `${{ secrets.EMAIL_PASSWORD }}`；同时更换已暴露的值。',
        },
    },
    'code-no-files': {
        en: { text: 'No JavaScript or TypeScript sources under {root}.' },
        zh: { text: '{root} 下没有 JavaScript 或 TypeScript 源文件。' },
    },
    'code-no-mail': {
        en: {
            text: 'Read {files} source file(s): none of them calls nodemailer. Not read: {skipped} (TSX, TypeScript that needs code generation, syntax errors, files over 1 MiB).',
        },
        zh: {
            text: '已读取 {files} 个源文件：没有调用 nodemailer 的代码。未读取：{skipped} 个（TSX、需要代码生成的 TypeScript、语法错误、超过 1 MiB 的文件）。',
        },
    },
    'code-clean': {
        en: {
            text: 'Read {files} source file(s); the {mail} that use nodemailer ({list}) make none of the known mistakes. Not read: {skipped} (TSX, TypeScript that needs code generation, syntax errors, files over 1 MiB).',
        },
        zh: {
            text: '已读取 {files} 个源文件；使用 nodemailer 的 {mail} 个文件（{list}）没有发现已知问题。未读取：{skipped} 个（TSX、需要代码生成的 TypeScript、语法错误、超过 1 MiB 的文件）。',
        },
    },
    'code-partial': {
        en: {
            title: 'Mail code read in part',
            text: 'Only {read} of {files} source file(s) were read (at most {max} files, 32 MiB, within the time budget): mistakes in the rest are not reported.',
            fix: "Run `npx email-deploy-check --checks lint` in the app's own folder (the one with its mail code), not the repository root.",
        },
        zh: {
            title: '邮件代码仅部分读取',
            text: '{files} 个源文件中只读取了 {read} 个（最多 {max} 个文件、32 MiB，且受时间限制）：其余文件中的问题不会报告。',
            fix: '请在应用自己的目录（包含邮件代码的目录）中运行 `npx email-deploy-check --checks lint`，而不是仓库根目录。',
        },
    },
    'code-send-not-awaited': {
        en: {
            title: 'sendMail not awaited',
            text: '`sendMail` in `{function}` is neither awaited, returned nor handled: the function goes on (and the request is answered) before the send fails or succeeds, its error is never seen, and on a serverless platform the send is cut off when the response ends.',
            fix: 'Write `await transporter.sendMail(...)` inside `try`/`catch` and answer an error when it throws (or return the promise to a caller that does).',
        },
        zh: {
            title: 'sendMail 未等待',
            text: '`{function}` 中的 `sendMail` 既没有 await、没有 return，也没有处理结果：函数在发送成功或失败之前就继续执行（并已响应请求），错误永远不会被发现；在 Serverless 平台上，响应结束后发送会被中断。',
            fix: '写成 `await transporter.sendMail(...)` 并放在 `try`/`catch` 中，出错时返回错误响应（或把 promise 返回给会处理它的调用方）。',
        },
    },
    'code-transport-per-request': {
        en: {
            title: 'A transport per mail',
            text: '`createTransport` runs inside `{function}`, once per call: every mail opens a new connection and logs in again, and providers answer with connection and rate limits (421, 432, 454) under load.',
            fix: 'Create the transport once at module level and reuse it (or pass `pool: true` to keep a few connections open).',
        },
        zh: {
            title: '每封邮件新建一个 transport',
            text: '`createTransport` 在 `{function}` 内执行，每次调用都会新建：每封邮件都重新连接并登录一次，负载升高时服务商会以连接数或频率限制拒绝（421、432、454）。',
            fix: '在模块顶层只创建一次 transport 并复用（或设置 `pool: true` 保持少量长连接）。',
        },
    },
    'code-port-secure-mismatch': {
        en: {
            title: 'Port and secure disagree',
            text: '`port: {port}` with `secure: {secure}` in the transport options: 465 starts with TLS (`secure: true`), 587 and 25 start in plain text and upgrade with STARTTLS (`secure: false`). The connection hangs or fails with a TLS error.',
            fix: 'Use `port: 465, secure: true`, or `port: 587, secure: false`.',
        },
        zh: {
            title: '端口与 secure 不匹配',
            text: 'transport 选项中 `port: {port}` 却配置了 `secure: {secure}`：465 端口一开始就是 TLS（`secure: true`），587 和 25 端口先明文再通过 STARTTLS 升级（`secure: false`）。连接会卡住或报 TLS 错误。',
            fix: '使用 `port: 465, secure: true`，或 `port: 587, secure: false`。',
        },
    },
    'code-tls-verify-off': {
        en: {
            title: 'Certificate checks off in code',
            text: '`tls: { rejectUnauthorized: false }` accepts any certificate: anyone on the path can read the login and the mail.',
            fix: 'Remove it; if the server uses a private CA, pass that CA as `tls: { ca }` instead.',
        },
        zh: {
            title: '代码中关闭了证书校验',
            text: '`tls: { rejectUnauthorized: false }` 会接受任何证书：链路上的任何人都能读取登录信息和邮件。',
            fix: '删除该配置；如果服务器使用私有 CA，请改为通过 `tls: { ca }` 传入该 CA。',
        },
    },
    'code-literal-password': {
        en: {
            title: 'Password written in code',
            text: '`auth.pass` is a literal in the code: anyone who can read the repository can send mail as you (the value is not shown here).',
            fix: 'Read it from the environment (`process.env.EMAIL_PASSWORD`) and keep the value in a secret store; rotate it, since it was committed.',
        },
        zh: {
            title: '代码中写死密码',
            text: '代码中的 `auth.pass` 是明文：能读取仓库的人都能以你的身份发信（此处不显示其值）。',
            fix: '改为从环境变量读取（`process.env.EMAIL_PASSWORD`），把值放进密钥管理；它已被提交，请立即更换。',
        },
    },
    'code-send-error-swallowed': {
        en: {
            title: 'Send failure swallowed',
            text: 'The failure of `sendMail` is caught and only logged: the code goes on as if the mail was sent, and the user is told the code is on its way.',
            fix: 'Answer an error (or rethrow) when the send fails, or retry with backoff or a queue, with a backup provider behind it: see the README\'s "The backup plan" and "Mail mistakes in the app\'s code".',
        },
        zh: {
            title: '发送失败被吞掉',
            text: '`sendMail` 的失败被捕获后只记录了日志：代码照常执行，仿佛邮件已发出，用户会被告知验证码已发送。',
            fix: '发送失败时返回错误（或重新抛出），或者带退避地重试、放入队列，并准备备用服务商：见 README 的 "The backup plan" 与 "Mail mistakes in the app\'s code"。',
        },
    },
};
const LINT_CAUSES = LINT;

;// CONCATENATED MODULE: ./src/i18n/logs.ts
// Text for the log scan (checks/logs.ts); the errors it finds are diagnoses (smtp.ts).

const LOGS_TITLES = {
    'logs.scan': { en: 'Mail errors in logs', zh: '日志中的邮件错误' },
};
const LOGS = {
    'logs-clean': {
        en: { text: 'No mail errors in {lines} lines of {files} file(s).' },
        zh: { text: '{files} 个文件的 {lines} 行中没有邮件错误。' },
    },
    ...(0,i18n_text/* refusedFile */.Fe)('logs-file', (because) => ({
        en: {
            text: `{file} ${because.en}.`,
            fix: 'Logs are read only when they are regular files inside the folders `log-files` names; point it at the real log files.',
        },
        zh: { text: `{file}${because.zh}。`, fix: '只读取 `log-files` 所指目录内的普通日志文件；请指向真实的日志文件。' },
    })),
    'log-mail-error': {
        en: {
            text: 'A mail error that no rule names: {reply}',
            fix: 'Read the event below: it names mail but no known reply or error; rerun the send with the CLI (`npx email-deploy-check`) to see the server say it.',
        },
        zh: {
            text: '一条无法归类的邮件错误：{reply}',
            fix: '查看下方的日志事件：它与邮件有关，但没有可识别的服务器回复或错误；用命令行（`npx email-deploy-check`）重试发送，看服务器的原话。',
        },
    },
    'logs-none-found': {
        en: { text: 'No log file matches {patterns}.', fix: "Point `log-files` (`--logs`) at the app's logs, e.g. `~/.pm2/logs/*-error.log`." },
        zh: { text: '没有日志文件匹配 {patterns}。', fix: '把 `log-files`（`--logs`）指向应用日志，例如 `~/.pm2/logs/*-error.log`。' },
    },
};
const LOGS_CAUSES = LOGS;

;// CONCATENATED MODULE: ./src/i18n/network.ts
const NETWORK_TITLES = {
    'dns.resolve': { en: 'Host lookup', zh: '主机解析' },
    'tcp.connect': { en: 'TCP connection', zh: 'TCP 连接' },
};
const DNS = {
    'dns-ip-literal': { en: { text: '{host} is an IP address: no lookup needed.' }, zh: { text: '{host} 是 IP 地址，无需解析。' } },
    'dns-resolved': {
        en: { text: '{host} → {addresses} (resolver: {resolver}).' },
        zh: { text: '{host} → {addresses}（解析器：{resolver}）。' },
    },
    'dns-nxdomain': {
        en: {
            text: '{host} does not exist (NXDOMAIN, resolver: {resolver}).',
            fix: "Check the spelling of the SMTP host; use the provider's host, e.g. `smtp.qq.com`.",
        },
        zh: {
            text: '{host} 不存在（NXDOMAIN，解析器：{resolver}）。',
            fix: '检查 SMTP 主机拼写，使用服务商提供的主机名，例如 `smtp.qq.com`。',
        },
    },
    'dns-servfail': {
        en: {
            text: 'The resolver failed to answer for {host} (SERVFAIL, resolver: {resolver}).',
            fix: "The resolver or the domain's name servers are broken: try another resolver with `dns-servers` (e.g. `223.5.5.5`), or check the host's DNS.",
        },
        zh: {
            text: '解析器无法给出 {host} 的结果（SERVFAIL，解析器：{resolver}）。',
            fix: '解析器或该域名的 DNS 服务器异常：用 `dns-servers` 换一个解析器（如 `223.5.5.5`），或检查域名解析配置。',
        },
    },
    'dns-timeout': {
        en: {
            text: 'No DNS answer for {host} in time (resolver: {resolver}).',
            fix: 'This machine cannot reach its resolver: check /etc/resolv.conf, the firewall for UDP 53, or set `dns-servers`.',
        },
        zh: {
            text: '{host} 的 DNS 查询超时（解析器：{resolver}）。',
            fix: '本机无法访问解析器：检查 /etc/resolv.conf、防火墙的 UDP 53，或设置 `dns-servers`。',
        },
    },
    'dns-refused': {
        en: {
            text: 'The resolver refused the query for {host} (resolver: {resolver}).',
            fix: 'Use a resolver that serves this machine (`dns-servers`).',
        },
        zh: { text: '解析器拒绝了 {host} 的查询（解析器：{resolver}）。', fix: '换用允许本机查询的解析器（`dns-servers`）。' },
    },
    'dns-no-address': {
        en: { text: '{host} exists but has no A or AAAA record.', fix: "That name is not an SMTP host; use the provider's SMTP host." },
        zh: { text: '{host} 存在，但没有 A/AAAA 记录。', fix: '这不是 SMTP 主机名，请使用服务商的 SMTP 主机。' },
    },
    'dns-error': {
        en: { text: 'Looking up {host} failed: {detail}', fix: "Check the host name and this machine's DNS settings." },
        zh: { text: '解析 {host} 失败：{detail}', fix: '检查主机名和本机 DNS 设置。' },
    },
    'dns-ipv6-only': {
        en: {
            text: '{host} has only IPv6 addresses ({addresses}) and this machine has no IPv6 route (GitHub-hosted runners have none).',
            fix: 'Use a host name with an IPv4 (A) record, or run where IPv6 works.',
        },
        zh: {
            text: '{host} 只有 IPv6 地址（{addresses}），本机没有 IPv6 网络（GitHub 托管运行器不支持 IPv6）。',
            fix: '使用带 IPv4（A 记录）的主机名，或在支持 IPv6 的环境运行。',
        },
    },
};
const TCP_BASE = {
    'tcp-refused': {
        en: { text: '{address}:{port} refused the connection.', fix: 'Nothing listens there: check `smtp-port` (465 or 587) and `smtp-host`.' },
        zh: { text: '{address}:{port} 拒绝连接。', fix: '该端口没有服务：检查 `smtp-port`（465 或 587）和 `smtp-host`。' },
    },
    'tcp-timeout': {
        en: {
            text: 'No answer from {address}:{port}: the packets are dropped.',
            fix: "A firewall or the cloud provider's security group blocks outbound SMTP. Open the port, or use another submission port.",
        },
        zh: {
            text: '{address}:{port} 没有响应：数据包被丢弃。',
            fix: '防火墙或云服务商安全组拦截了出站 SMTP。请放行该端口，或改用其他提交端口。',
        },
    },
    'tcp-unreachable': {
        en: {
            text: '{address} is unreachable from this machine ({detail}).',
            fix: 'This machine has no route to the server: check its network and proxy settings.',
        },
        zh: { text: '本机无法到达 {address}（{detail}）。', fix: '本机没有到服务器的路由：检查网络和代理设置。' },
    },
    'tcp-error': {
        en: { text: 'Connecting to {address}:{port} failed: {detail}', fix: "Check `smtp-host`, `smtp-port` and this machine's network." },
        zh: { text: '连接 {address}:{port} 失败：{detail}', fix: '检查 `smtp-host`、`smtp-port` 和本机网络。' },
    },
};
const TCP = {
    'tcp-connected': { en: { text: 'Connected to {address}:{port} in {ms} ms.' }, zh: { text: '已连接 {address}:{port}，用时 {ms} ms。' } },
    ...TCP_BASE,
    // What the other ports say, from facts: a refusal means nothing listens there; a drop means a filter.
    'tcp-refused-other-ports-open': {
        en: {
            text: 'Nothing listens on port {port} at {address} (refused), while port(s) {open} answer: a wrong port, not a blocked one.',
            fix: 'Use a submission port: 465 with implicit TLS or 587 with STARTTLS (open here: {submission}). Port 25 is for servers, not apps.',
        },
        zh: {
            text: '{address} 的 {port} 端口没有服务（连接被拒绝），而端口 {open} 有响应：端口配置错误，并非被封禁。',
            fix: '改用提交端口：465（直接 TLS）或 587（STARTTLS）（此处可用：{submission}）。25 端口用于服务器之间，不适合应用。',
        },
    },
    'tcp-timeout-other-ports-open': {
        en: {
            text: 'Port {port} at {address} does not answer (packets dropped) while port(s) {open} do: a firewall or the cloud host blocks port {port}.',
            fix: 'Use an open submission port ({submission}: 465 with implicit TLS, 587 with STARTTLS), or ask the host to open port {port}.',
        },
        zh: {
            text: '{address} 的 {port} 端口无响应（数据包被丢弃），而端口 {open} 可以连通：防火墙或云主机封禁了 {port} 端口。',
            fix: '改用可连通的提交端口（{submission}：465 直接 TLS，587 STARTTLS），或请服务商开放 {port} 端口。',
        },
    },
    'tcp-unreachable-other-ports-open': {
        en: {
            text: '{address} is unreachable on port {port} ({detail}) while port(s) {open} answer.',
            fix: 'Use an open submission port ({submission}), and check the route to the server.',
        },
        zh: {
            text: '{address} 的 {port} 端口不可达（{detail}），而端口 {open} 可以连通。',
            fix: '改用可连通的提交端口（{submission}），并检查到服务器的路由。',
        },
    },
    'tcp-error-other-ports-open': {
        en: {
            text: 'Connecting to {address}:{port} failed ({detail}) while port(s) {open} answer.',
            fix: 'Use an open submission port ({submission}): 465 with implicit TLS, 587 with STARTTLS.',
        },
        zh: {
            text: '连接 {address}:{port} 失败（{detail}），而端口 {open} 可以连通。',
            fix: '改用可连通的提交端口（{submission}）：465 直接 TLS，587 STARTTLS。',
        },
    },
};
const NETWORK_CAUSES = { ...DNS, ...TCP };

;// CONCATENATED MODULE: ./src/i18n/oauth2.ts
// Text for OAuth2 (XOAUTH2) logins (checks/oauth2.ts): the token endpoint's answers and the server's refusals.

const OAUTH2_TITLES = {
    'smtp.oauth2': { en: 'OAuth2 access token', zh: 'OAuth2 访问令牌' },
};
const OAUTH2_CAUSES = {
    'oauth2-token-given': {
        en: { text: 'Logging in with the access token given in `oauth2-access-token`.' },
        zh: { text: '使用 `oauth2-access-token` 中给出的访问令牌登录。' },
    },
    'oauth2-token-fetched': {
        en: { text: 'An access token was issued by `{endpoint}` for the refresh token.' },
        zh: { text: '`{endpoint}` 已用刷新令牌签发访问令牌。' },
    },
    'oauth2-not-configured': {
        en: {
            text: 'OAuth2 needs a client id, a client secret and a token endpoint besides the refresh token.',
            fix: 'Set `oauth2-client-id`, `oauth2-client-secret` and, for a provider we do not know, `oauth2-token-url`.',
        },
        zh: {
            text: 'OAuth2 除刷新令牌外还需要客户端 ID、客户端密钥和令牌端点。',
            fix: '请设置 `oauth2-client-id`、`oauth2-client-secret`；我们不认识的服务商还需设置 `oauth2-token-url`。',
        },
    },
    'oauth2-invalid-grant': {
        en: {
            text: '`{endpoint}` refused the refresh token: {error}',
            fix: 'The refresh token expired or was revoked (a password change, the user or an admin revoking access, Google test apps expire tokens after 7 days). Run the consent flow again and store the new refresh token in `oauth2-refresh-token`.',
        },
        zh: {
            text: '`{endpoint}` 拒绝了刷新令牌：{error}',
            fix: '刷新令牌已过期或被撤销（修改密码、用户或管理员撤销授权，Google 测试状态的应用 7 天后令牌失效）。请重新走一遍授权流程，把新的刷新令牌存入 `oauth2-refresh-token`。',
        },
    },
    'oauth2-refresh-token-inactive': {
        en: {
            text: '`{endpoint}` says the refresh token expired from inactivity: {error}',
            fix: 'Microsoft refresh tokens lapse after 90 days unused. Sign in again to get a new one for `oauth2-refresh-token`; a scheduled run keeps it alive.',
        },
        zh: {
            text: '`{endpoint}` 表示刷新令牌因长期未使用而过期：{error}',
            fix: '微软的刷新令牌 90 天未使用即失效。请重新登录获取新的刷新令牌填入 `oauth2-refresh-token`；定时运行可保持其有效。',
        },
    },
    'oauth2-invalid-client': {
        en: {
            text: '`{endpoint}` refused the client: {error}',
            fix: 'Check `oauth2-client-id` and `oauth2-client-secret` against the app registration; a client secret has an expiry date (Entra ID: Certificates & secrets).',
        },
        zh: {
            text: '`{endpoint}` 拒绝了客户端：{error}',
            fix: '对照应用注册检查 `oauth2-client-id` 和 `oauth2-client-secret`；客户端密钥有过期时间（Entra ID：证书和密码）。',
        },
    },
    'oauth2-scope': {
        en: {
            text: '`{endpoint}` refused the requested permission: {error}',
            fix: 'Grant the app the mail scope and consent again: Google `https://mail.google.com/`, Microsoft `https://outlook.office.com/SMTP.Send` (plus `offline_access` for a refresh token).',
        },
        zh: {
            text: '`{endpoint}` 拒绝了所请求的权限：{error}',
            fix: '为应用授予邮件权限后重新授权：Google 为 `https://mail.google.com/`，微软为 `https://outlook.office.com/SMTP.Send`（刷新令牌还需 `offline_access`）。',
        },
    },
    'oauth2-endpoint-unreachable': {
        en: {
            text: 'The token endpoint `{endpoint}` could not be reached: {error}',
            fix: 'Check `oauth2-token-url` and that this machine may reach it over HTTPS (proxy, firewall).',
        },
        zh: {
            text: '无法连接令牌端点 `{endpoint}`：{error}',
            fix: '检查 `oauth2-token-url`，并确认本机可以通过 HTTPS 访问它（代理、防火墙）。',
        },
    },
    'oauth2-token-error': {
        en: {
            text: 'The token endpoint `{endpoint}` gave no access token: {error}',
            fix: 'Check the OAuth2 inputs against the app registration.',
        },
        zh: { text: '令牌端点 `{endpoint}` 没有给出访问令牌：{error}', fix: '对照应用注册检查 OAuth2 相关输入。' },
    },
    'auth-xoauth2-not-offered': {
        en: {
            text: 'The server does not offer XOAUTH2 ({methods}).',
            fix: 'This server takes no OAuth2 logins: use a password (`email-password`) here, or the provider’s OAuth2-capable host (smtp.gmail.com, smtp.office365.com).',
        },
        zh: {
            text: '服务器不支持 XOAUTH2（{methods}）。',
            fix: '该服务器不接受 OAuth2 登录：请改用密码（`email-password`），或使用服务商支持 OAuth2 的主机（smtp.gmail.com、smtp.office365.com）。',
        },
    },
    'auth-xoauth2-rejected': {
        en: {
            text: 'The server refused the OAuth2 login for `{user}` (status {status}, scope {scope}): `{reply}`',
            fix: 'The token must belong to `email-user` and carry the mail scope (Google `https://mail.google.com/`, Microsoft `https://outlook.office.com/SMTP.Send`); at Microsoft 365, SMTP AUTH must also be enabled for the mailbox.',
        },
        zh: {
            text: '服务器拒绝了 `{user}` 的 OAuth2 登录（状态 {status}，范围 {scope}）：`{reply}`',
            fix: '令牌必须属于 `email-user` 并带有邮件权限（Google 为 `https://mail.google.com/`，微软为 `https://outlook.office.com/SMTP.Send`）；在 Microsoft 365 中还需为该邮箱开启 SMTP AUTH。',
        },
    },
    'oauth2-access-token-expired': {
        en: {
            text: 'The server refused the access token for `{user}` (status {status}): it has expired or was revoked.',
            fix: 'Access tokens last about an hour: give `oauth2-refresh-token` with `oauth2-client-id` and `oauth2-client-secret` instead of a fixed `oauth2-access-token`, so a fresh one is fetched each run.',
        },
        zh: {
            text: '服务器拒绝了 `{user}` 的访问令牌（状态 {status}）：令牌已过期或被撤销。',
            fix: '访问令牌约一小时有效：请改为提供 `oauth2-refresh-token` 以及 `oauth2-client-id`、`oauth2-client-secret`，每次运行都会获取新的访问令牌。',
        },
    },
};

;// CONCATENATED MODULE: ./src/i18n/send.ts
// Text for the test mail (checks/send.ts); its failures are diagnoses (smtp.ts).

const SEND_TITLES = {
    'send.mail': { en: 'Test mail', zh: '测试邮件' },
};
const SEND = {
    'send-ok': {
        en: { text: 'Test mail accepted for `{to}`: `{reply}` (Message-ID {messageId}).' },
        zh: { text: '测试邮件已被接受，收件人 `{to}`：`{reply}`（Message-ID {messageId}）。' },
    },
};
const SEND_CAUSES = SEND;

;// CONCATENATED MODULE: ./src/i18n/smtp.ts
// Text for the greeting, tls and smtp checks (checks/smtp.ts), and every diagnosis of a server reply (smtp/diagnosis.ts).

const SMTP_TITLES = {
    'smtp.greeting': { en: 'Greeting', zh: '欢迎语' },
    'smtp.ehlo': { en: 'Capabilities (EHLO)', zh: '服务能力（EHLO）' },
    'smtp.auth': { en: 'Login (AUTH)', zh: '登录（AUTH）' },
    'smtp.envelope': { en: 'Sender and recipient', zh: '发件人与收件人' },
    'tls.version': { en: 'TLS version', zh: 'TLS 版本' },
    'tls.certificate': { en: 'Certificate', zh: '证书' },
};
const PROBE = {
    'smtp-greeting': { en: { text: 'Greeting `{banner}` after {ms} ms.' }, zh: { text: '{ms} ms 后收到欢迎语 `{banner}`。' } },
    'tls-on-plaintext-port': {
        en: {
            text: 'Port {port} speaks plain SMTP, but implicit TLS was used (`smtp-secure: true`): the TLS handshake fails with "wrong version number".',
            fix: 'Set `smtp-secure: false` for port {port} (STARTTLS), or use port 465 with `smtp-secure: true`.',
        },
        zh: {
            text: '端口 {port} 是明文 SMTP，却按直接 TLS（`smtp-secure: true`）连接，TLS 握手报 "wrong version number"。',
            fix: '端口 {port} 请设 `smtp-secure: false`（STARTTLS），或改用 465 端口并设 `smtp-secure: true`。',
        },
    },
    'plaintext-on-tls-port': {
        en: {
            text: 'Port {port} expects TLS from the first byte (implicit TLS), but a plain connection was used (`smtp-secure: false`): nodemailer would wait for a greeting that never comes.',
            fix: 'Set `smtp-secure: true` (or `auto`) for port {port}, or use port 587 with `smtp-secure: false`.',
        },
        zh: {
            text: '端口 {port} 要求一开始就 TLS（直接 TLS），却用明文连接（`smtp-secure: false`），nodemailer 会一直等不到欢迎语。',
            fix: '端口 {port} 请设 `smtp-secure: true`（或 `auto`），或改用 587 端口并设 `smtp-secure: false`。',
        },
    },
    'tls-handshake-failed': {
        en: {
            text: 'The TLS handshake failed: {error}',
            fix: "The server's TLS setup is broken or too old for this client; check the port and the server's TLS configuration.",
        },
        zh: { text: 'TLS 握手失败：{error}', fix: '服务器 TLS 配置有误或过旧：检查端口和服务器的 TLS 设置。' },
    },
    'tls-handshake-timeout': {
        en: {
            text: 'The TLS handshake did not finish within {seconds} s.',
            fix: 'Something between here and the server swallows TLS: check proxies and firewalls, and that the port is right.',
        },
        zh: { text: 'TLS 握手在 {seconds} 秒内未完成。', fix: '链路上有设备拦截了 TLS：检查代理和防火墙，以及端口是否正确。' },
    },
    'greeting-timeout': {
        en: {
            text: 'Connected, but the server sent no greeting within {seconds} s.',
            fix: 'The server is overloaded or something intercepts SMTP. If this is port 465, set `smtp-secure: true`.',
        },
        zh: {
            text: '已连接，但服务器在 {seconds} 秒内没有发送欢迎语。',
            fix: '服务器过载或 SMTP 被拦截。如果是 465 端口，请设 `smtp-secure: true`。',
        },
    },
    'greeting-closed': {
        en: {
            text: 'The server closed the connection before greeting.',
            fix: 'The server refuses this client (IP blocklist, connection limit) or is not an SMTP server.',
        },
        zh: { text: '服务器在发送欢迎语前关闭了连接。', fix: '服务器拒绝了本机（IP 黑名单、连接数限制），或这不是 SMTP 服务器。' },
    },
    'greeting-garbage': {
        en: { text: 'This is not an SMTP server; it said `{line}`.', fix: 'Check `smtp-host` and `smtp-port`: they point at another service.' },
        zh: { text: '这不是 SMTP 服务器，它返回了 `{line}`。', fix: '检查 `smtp-host` 和 `smtp-port`：它们指向了别的服务。' },
    },
    'smtp-closed': {
        en: {
            text: 'The server closed the connection at {stage}.',
            fix: 'The server dropped this client after greeting: it may block this IP or limit connections; retry later or ask the provider.',
        },
        zh: {
            text: '服务器在 {stage} 阶段关闭了连接。',
            fix: '服务器在欢迎语后断开了本机：可能封禁了该 IP 或限制了连接数，稍后重试或联系服务商。',
        },
    },
    'smtp-reply-too-long': {
        en: {
            text: "The server's reply to {stage} exceeded {lines} lines (or 64 KiB): the connection was ended.",
            fix: 'A mail server answers in a few lines: this one is broken, or something between us (a proxy, a captive portal) answers instead. Check `smtp-host` and `smtp-port`.',
        },
        zh: {
            text: '服务器对 {stage} 的应答超过了 {lines} 行（或 64 KiB），连接已中止。',
            fix: '邮件服务器的应答只有几行：这台服务器有问题，或中间有代理、认证网关在代答。检查 `smtp-host` 和 `smtp-port`。',
        },
    },
    'smtp-timeout': {
        en: {
            text: 'No reply to {stage} within {seconds} s.',
            fix: 'The server or the network stalls mid-session; retry, and check for a proxy that inspects SMTP.',
        },
        zh: { text: '{stage} 在 {seconds} 秒内没有回应。', fix: '服务器或网络在会话中途停滞：请重试，并检查是否有代理在检查 SMTP 流量。' },
    },
};
const PROBE_REPLIES = (0,i18n_text/* withReply */.NZ)({
    'greeting-421': {
        en: {
            text: 'The server is refusing connections now (421).',
            fix: 'Too many connections or a temporary block of this IP: retry later, lower the sending rate, or ask the provider.',
        },
        zh: { text: '服务器暂时拒绝连接（421）。', fix: '连接过多或本机 IP 被临时限制：稍后重试、降低发送频率，或联系服务商。' },
    },
    'greeting-rejected': {
        en: {
            text: 'The server refused this client at greeting ({code}).',
            fix: "This IP is on a blocklist or not allowed to relay: use the provider's submission host, or ask them to allow this IP.",
        },
        zh: { text: '服务器在欢迎阶段拒绝了本机（{code}）。', fix: '本机 IP 在黑名单中或不被允许：使用服务商的提交服务器，或请其放行该 IP。' },
    },
    'ehlo-rejected': {
        en: { text: 'The server rejected EHLO.', fix: "The server refuses this client's name or address; ask the provider." },
        zh: { text: '服务器拒绝了 EHLO。', fix: '服务器不接受本机名称或地址，请联系服务商。' },
    },
    'starttls-refused': {
        en: {
            text: 'The server advertised STARTTLS but refused it.',
            fix: "The server's TLS is misconfigured; use port 465 with `smtp-secure: true` if it offers it.",
        },
        zh: { text: '服务器声明支持 STARTTLS 却拒绝执行。', fix: '服务器 TLS 配置有误；如支持，改用 465 端口并设 `smtp-secure: true`。' },
    },
});
const TLS = {
    'tls-version-ok': { en: { text: '{protocol} ({cipher}).' }, zh: { text: '{protocol}（{cipher}）。' } },
    'tls-old-protocol': {
        en: {
            text: 'The server negotiates {protocol}, below TLS 1.2.',
            fix: 'Node.js refuses TLS below 1.2 by default, so the app cannot connect; the server must enable TLS 1.2 or later.',
        },
        zh: {
            text: '服务器使用 {protocol}，低于 TLS 1.2。',
            fix: 'Node.js 默认拒绝 TLS 1.2 以下版本，应用将无法连接；服务器需启用 TLS 1.2 及以上。',
        },
    },
    'starttls-not-offered': {
        en: {
            text: 'The server on port {port} offers no STARTTLS: AUTH would send the password in plain text, so it was not attempted.',
            fix: "Use the provider's TLS port (465 with `smtp-secure: true`, or 587 with STARTTLS). Only for a server on a trusted network: `allow-plaintext-auth: true`.",
        },
        zh: {
            text: '端口 {port} 的服务器不支持 STARTTLS：AUTH 会明文发送密码，因此未尝试登录。',
            fix: '使用服务商的加密端口（465 配 `smtp-secure: true`，或 587 STARTTLS）。仅限可信内网服务器：`allow-plaintext-auth: true`。',
        },
    },
    'tls-none-allowed': {
        en: {
            text: 'No TLS on port {port}; plaintext AUTH allowed by `allow-plaintext-auth`.',
            fix: 'Credentials cross the network in clear text; enable TLS on the server.',
        },
        zh: { text: '端口 {port} 没有 TLS；已通过 `allow-plaintext-auth` 允许明文认证。', fix: '凭据会以明文传输，请在服务器上启用 TLS。' },
    },
    'tls-none': { en: { text: 'No TLS session to inspect.' }, zh: { text: '没有可检查的 TLS 会话。' } },
    'tls-cert-ok': {
        en: { text: 'Trusted, matches the host, valid until {date} ({days} days); issuer {issuer}.' },
        zh: { text: '证书受信任、与主机匹配，有效期至 {date}（剩 {days} 天）；签发者 {issuer}。' },
    },
    'tls-cert-expiring': {
        en: {
            text: 'The certificate expires on {date}, in {days} days.',
            fix: 'Renew the server certificate before {date}; after that, every TLS connection fails.',
        },
        zh: { text: '证书将于 {date} 过期（剩 {days} 天）。', fix: '请在 {date} 前更新服务器证书，过期后所有 TLS 连接都会失败。' },
    },
    'tls-cert-expired': {
        en: {
            text: 'The server certificate expired on {date}.',
            fix: 'Renew the server certificate (or ask the provider). `tls-reject-unauthorized: false` only hides the problem.',
        },
        zh: { text: '服务器证书已于 {date} 过期。', fix: '更新服务器证书（或联系服务商）。`tls-reject-unauthorized: false` 只会掩盖问题。' },
    },
    'tls-cert-not-yet-valid': {
        en: { text: 'The server certificate is valid only from {date}.', fix: "Check this machine's clock, and the certificate's start date." },
        zh: { text: '服务器证书从 {date} 才生效。', fix: '检查本机时间和证书的生效日期。' },
    },
    'tls-cert-untrusted': {
        en: {
            text: 'The certificate is not trusted ({error}); issuer {issuer}.',
            fix: 'Use a certificate from a public CA, or trust your private CA with `tls-ca` (or NODE_EXTRA_CA_CERTS). `tls-reject-unauthorized: false` makes this a warning.',
        },
        zh: {
            text: '证书不受信任（{error}）；签发者 {issuer}。',
            fix: '使用公共 CA 签发的证书，或用 `tls-ca`（或 NODE_EXTRA_CA_CERTS）信任私有 CA。设 `tls-reject-unauthorized: false` 可降为警告。',
        },
    },
    'tls-cert-wrong-host': {
        en: {
            text: 'The certificate is not for {host}; it names {names}.',
            fix: "Set `smtp-host` to a name the certificate covers (the provider's documented host), not an IP or alias.",
        },
        zh: {
            text: '证书不属于 {host}，证书上的名称是 {names}。',
            fix: '把 `smtp-host` 设为证书包含的名称（服务商文档中的主机名），不要用 IP 或别名。',
        },
    },
};
const SMTP = {
    'ehlo-ok': { en: { text: 'AUTH {auth}; extensions: {extensions}.' }, zh: { text: '认证方式 {auth}；扩展：{extensions}。' } },
    'auth-not-advertised': {
        en: {
            text: "The server does not offer AUTH, so the credentials cannot be checked (nodemailer's verify() would still report success). Extensions: {extensions}.",
            fix: "This is not a submission server for your account: use the provider's submission host and port (465/587).",
        },
        zh: {
            text: '服务器未提供 AUTH，无法验证凭据（nodemailer 的 verify() 此时仍会报告成功）。扩展：{extensions}。',
            fix: '这不是你账号的提交服务器：请使用服务商的提交主机和端口（465/587）。',
        },
    },
    'auth-not-advertised-relay': {
        en: {
            text: 'The server offers no AUTH: it is a relay that takes mail without a login (nodemailer then skips the login), so the credentials are not checked here. Extensions: {extensions}.',
            fix: 'Fine for a local or internal relay (the envelope check below says whether it relays for this sender). If you meant a provider’s submission server, use its host and port (465/587) and `email-provider`.',
        },
        zh: {
            text: '服务器未提供 AUTH：它是无需登录即可转发邮件的中继（nodemailer 此时会跳过登录），因此这里无法验证凭据。扩展：{extensions}。',
            fix: '对本机或内网中继来说没有问题（下方的发件人/收件人检查会说明它是否为该发件人转发）。如果你要用的是服务商的提交服务器，请使用其主机和端口（465/587）并设置 `email-provider`。',
        },
    },
    'auth-relay-no-login': {
        en: { text: 'No login: the server is a relay without AUTH (as nodemailer would send).' },
        zh: { text: '未登录：服务器是不需要 AUTH 的中继（与 nodemailer 的发送方式一致）。' },
    },
    'auth-ok': { en: { text: 'Logged in as `{user}` ({method}).' }, zh: { text: '已以 `{user}` 登录（{method}）。' } },
    'envelope-ok': {
        en: { text: 'The server accepts mail from `{from}` to `{to}` (checked with MAIL FROM/RCPT TO, then RSET: nothing sent).' },
        zh: { text: '服务器接受从 `{from}` 发往 `{to}` 的邮件（用 MAIL FROM/RCPT TO 检查后 RSET，未实际发送）。' },
    },
    'smtp-error': {
        en: {
            text: 'The SMTP session failed: {reply}',
            fix: 'Check the host, port and TLS mode; rerun with `--verbose` (CLI) or open the raw details for the transcript.',
        },
        zh: { text: 'SMTP 会话失败：{reply}', fix: '检查主机、端口和加密方式；用 `--verbose`（命令行）或展开原始详情查看会话记录。' },
    },
};
const DIAGNOSES = (0,i18n_text/* withReply */.NZ)({
    'auth-qq-authorization-code': {
        en: {
            text: 'QQ Mail refused the login: it accepts only the 16-letter authorization code (授权码), never the QQ password.',
            fix: 'QQ Mail → Settings → Account → enable POP3/SMTP, generate an authorization code, and store it as `EMAIL_PASSWORD`.',
        },
        zh: {
            text: 'QQ 邮箱拒绝登录：只接受 16 位授权码，不接受 QQ 密码。',
            fix: 'QQ 邮箱 → 设置 → 账户 → 开启 POP3/SMTP 服务并生成授权码，保存为 `EMAIL_PASSWORD`。',
        },
    },
    'auth-qq-account-blocked': {
        en: {
            text: 'QQ Mail refused the login because of the account state (abnormal, SMTP off, or too many logins; logins from overseas runners are often flagged).',
            fix: 'Log in on the web to clear the warning, check that SMTP is on, and verify from your server with `npx email-deploy-check` instead of an overseas runner.',
        },
        zh: {
            text: 'QQ 邮箱因账号状态拒绝登录（账号异常、未开启 SMTP 或登录过于频繁；海外运行器的登录常被判为异地）。',
            fix: '先在网页端登录解除提示，确认已开启 SMTP，并在服务器上用 `npx email-deploy-check` 验证，而非海外运行器。',
        },
    },
    'sender-from-header-invalid': {
        en: {
            text: 'The provider rejects the From header: it must be the logged-in address.',
            fix: 'Set `from` to the login address (`email-user`), optionally with a display name.',
        },
        zh: { text: '服务商拒绝了 From 头：必须是登录账号本身。', fix: '把 `from` 设为登录账号（`email-user`），可带显示名称。' },
    },
    'auth-netease-authorization-code': {
        en: {
            text: 'NetEase Mail refused the login: SMTP is off, or the password is not the client authorization code.',
            fix: 'Mailbox settings → POP3/SMTP/IMAP → enable SMTP and create an authorization code (授权码); use it as `EMAIL_PASSWORD`.',
        },
        zh: {
            text: '网易邮箱拒绝登录：未开启 SMTP，或密码不是客户端授权码。',
            fix: '邮箱设置 → POP3/SMTP/IMAP → 开启 SMTP 并新增授权码，作为 `EMAIL_PASSWORD`。',
        },
    },
    'auth-netease-no-permission': {
        en: {
            text: 'NetEase refuses this account: no client authorization code is set, or sending is banned for it.',
            fix: 'Set a client authorization code in the mailbox settings; if it is set, the account may be restricted: log in on the web.',
        },
        zh: {
            text: '网易拒绝该账号：未设置客户端授权码，或该账号被禁止发信。',
            fix: '在邮箱设置中设置客户端授权码；若已设置，账号可能受限，请登录网页端查看。',
        },
    },
    'sender-must-equal-user': {
        en: { text: 'The sender must be the logged-in account.', fix: 'Set `from` (EMAIL_FROM) to the `email-user` address.' },
        zh: { text: '发件人必须与登录账号一致。', fix: '把 `from`（EMAIL_FROM）设为 `email-user` 的地址。' },
    },
    'message-spam': {
        en: {
            text: 'The provider classed the message as spam.',
            fix: 'Change the content (fewer links, a real subject, a plain-text part), and check SPF/DKIM of the sender domain.',
        },
        zh: { text: '服务商把邮件判定为垃圾邮件。', fix: '调整内容（减少链接、使用正常主题、包含纯文本部分），并检查发件域名的 SPF/DKIM。' },
    },
    'auth-gmail-app-password-required': {
        en: {
            text: 'Gmail wants an app password, not the account password.',
            fix: 'Turn on 2-step verification, create an app password (https://support.google.com/accounts/answer/185833) and use it as `EMAIL_PASSWORD`.',
        },
        zh: {
            text: 'Gmail 需要应用专用密码，而不是账号密码。',
            fix: '开启两步验证，创建应用专用密码（https://support.google.com/accounts/answer/185833），作为 `EMAIL_PASSWORD`。',
        },
    },
    'auth-gmail-bad-credentials': {
        en: {
            text: 'Gmail did not accept the user name and password.',
            fix: 'Use the full address and a current app password (16 letters; revoked if you changed the Google password).',
        },
        zh: { text: 'Gmail 不接受该用户名和密码。', fix: '使用完整邮箱地址和有效的应用专用密码（16 位字母；修改 Google 密码后会失效）。' },
    },
    'auth-o365-smtp-auth-disabled': {
        en: {
            text: 'Microsoft 365 has SMTP AUTH turned off for this tenant or mailbox.',
            fix: 'An admin enables "Authenticated SMTP" for the mailbox (Microsoft 365 admin center → user → Mail → Manage email apps), or move to OAuth2.',
        },
        zh: {
            text: 'Microsoft 365 在该租户或邮箱上关闭了 SMTP AUTH。',
            fix: '由管理员为邮箱开启"经过身份验证的 SMTP"（Microsoft 365 管理中心 → 用户 → 邮件 → 管理电子邮件应用），或改用 OAuth2。',
        },
    },
    'auth-o365-basic-auth-disabled': {
        en: {
            text: 'Exchange Online no longer accepts password (basic) authentication for client submission.',
            fix: 'Move to OAuth2, or send through a relay service.',
        },
        zh: { text: 'Exchange Online 已不再接受密码（基本）认证提交邮件。', fix: '改用 OAuth2，或通过其他发信服务发送。' },
    },
    'server-busy': {
        en: {
            text: 'The server is temporarily refusing service (421).',
            fix: 'Retry later; lower the sending rate or the number of connections.',
        },
        zh: { text: '服务器暂时拒绝服务（421）。', fix: '稍后重试；降低发送频率或并发连接数。' },
    },
    'starttls-unavailable': {
        en: {
            text: 'The server cannot start TLS right now (454).',
            fix: 'A temporary server problem; retry, or use port 465 with `smtp-secure: true`.',
        },
        zh: { text: '服务器暂时无法启动 TLS（454）。', fix: '服务器临时故障：稍后重试，或改用 465 端口并设 `smtp-secure: true`。' },
    },
    'auth-temporary-failure': {
        en: {
            text: 'Authentication failed temporarily (454).',
            fix: 'Retry later; if it persists, the provider has a problem with this account.',
        },
        zh: { text: '认证临时失败（454）。', fix: '稍后重试；若持续出现，说明服务商对该账号有限制。' },
    },
    'auth-required': {
        en: {
            text: 'The server requires authentication (or TLS first) before this command (530).',
            fix: 'Set `email-user`/`email-password`; use STARTTLS on 587 or implicit TLS on 465.',
        },
        zh: {
            text: '服务器要求先认证（或先建立 TLS）（530）。',
            fix: '设置 `email-user`/`email-password`；587 端口用 STARTTLS，465 端口用直接 TLS。',
        },
    },
    'auth-app-password-required': {
        en: {
            text: 'The provider wants an app-specific password (534).',
            fix: "Create an app password or authorization code in the account's security settings.",
        },
        zh: { text: '服务商要求使用应用专用密码（534）。', fix: '在账号安全设置中创建应用专用密码或授权码。' },
    },
    'auth-failed': {
        en: {
            text: 'The server rejected the login for `{user}`.',
            fix: 'Check `email-user` (full address) and `email-password`: most providers want an authorization code or app password, not the login password.',
        },
        zh: {
            text: '服务器拒绝了 `{user}` 的登录。',
            fix: '检查 `email-user`（完整地址）和 `email-password`：大多数服务商需要授权码或应用专用密码，而不是登录密码。',
        },
    },
    'auth-missing-credentials': {
        en: { text: 'No credentials to log in with.', fix: 'Set `email-user` and `email-password`.' },
        zh: { text: '没有用于登录的凭据。', fix: '设置 `email-user` 和 `email-password`。' },
    },
    'sender-rejected': {
        en: {
            text: 'The server refused the sender `{from}` (MAIL FROM).',
            fix: 'Send from the logged-in address or a sender the provider has verified for this account.',
        },
        zh: { text: '服务器拒绝了发件人 `{from}`（MAIL FROM）。', fix: '使用登录账号或服务商已为该账号验证的发件地址。' },
    },
    'sender-deferred': {
        en: {
            text: 'The server deferred the sender `{from}` (temporary).',
            fix: 'Retry later; a rate limit or a temporary check is in place.',
        },
        zh: { text: '服务器暂缓接受发件人 `{from}`（临时）。', fix: '稍后重试，可能触发了频率限制或临时检查。' },
    },
    'recipient-rejected': {
        en: {
            text: 'The server refused the recipient `{to}` (RCPT TO).',
            fix: 'Check the recipient address; if it is right, the provider does not let this account send to it (quota, relay rules).',
        },
        zh: {
            text: '服务器拒绝了收件人 `{to}`（RCPT TO）。',
            fix: '检查收件地址；如果无误，说明服务商不允许该账号向其发送（额度或转发规则）。',
        },
    },
    'recipient-deferred': {
        en: {
            text: 'The server deferred the recipient `{to}` (temporary).',
            fix: "Retry later; the recipient's mailbox or a rate limit is the cause.",
        },
        zh: { text: '服务器暂缓接受收件人 `{to}`（临时）。', fix: '稍后重试，原因可能是收件箱或频率限制。' },
    },
    'message-rejected': {
        en: {
            text: 'The server refused the message after DATA.',
            fix: 'Content or headers were rejected (spam filter, From header, size): check the reply.',
        },
        zh: { text: '服务器在 DATA 之后拒收了邮件。', fix: '内容或邮件头被拒（垃圾过滤、From 头、大小）：请查看服务器返回。' },
    },
    'message-deferred': {
        en: { text: 'The server deferred the message (temporary).', fix: 'Retry later.' },
        zh: { text: '服务器暂缓接收邮件（临时）。', fix: '稍后重试。' },
    },
    'session-auth-not-offered': {
        en: { text: 'The server offered no AUTH to log in with.', fix: "Use the provider's submission host and port (465/587)." },
        zh: { text: '服务器没有提供可用的 AUTH 登录方式。', fix: '使用服务商的提交主机和端口（465/587）。' },
    },
    'session-tls-wrong-version': {
        en: {
            text: 'TLS was attempted on a port that speaks plain SMTP ("wrong version number").',
            fix: 'Use `smtp-secure: false` on 587/25 (STARTTLS), or port 465 with `smtp-secure: true`.',
        },
        zh: {
            text: '在明文 SMTP 端口上尝试了 TLS（"wrong version number"）。',
            fix: '587/25 端口用 `smtp-secure: false`（STARTTLS），或 465 端口配 `smtp-secure: true`。',
        },
    },
    'session-timeout': {
        en: {
            text: 'The SMTP session timed out.',
            fix: 'The server or network stalls; on port 465 make sure `smtp-secure` is `true` ("Greeting never received").',
        },
        zh: { text: 'SMTP 会话超时。', fix: '服务器或网络停滞；如果是 465 端口，确认 `smtp-secure` 为 `true`（"Greeting never received"）。' },
    },
    'tls-certificate-rejected': {
        en: { text: 'The TLS certificate was rejected.', fix: 'See the certificate check above; trust a private CA with `tls-ca`.' },
        zh: { text: 'TLS 证书被拒绝。', fix: '参见上面的证书检查；私有 CA 可通过 `tls-ca` 信任。' },
    },
    'tls-upgrade-failed': {
        en: {
            text: 'STARTTLS or the TLS handshake failed.',
            fix: 'Check the TLS mode for the port (465 implicit, 587 STARTTLS) and the server certificate.',
        },
        zh: { text: 'STARTTLS 或 TLS 握手失败。', fix: '检查端口对应的加密方式（465 直接 TLS，587 STARTTLS）和服务器证书。' },
    },
    'tls-required-not-offered': {
        en: {
            text: 'TLS was required but the server did not offer STARTTLS, so no credentials were sent.',
            fix: "Use the provider's TLS port (465 or 587).",
        },
        zh: { text: '要求 TLS 但服务器不支持 STARTTLS，因此未发送凭据。', fix: '使用服务商的加密端口（465 或 587）。' },
    },
    'smtp-connection-closed': {
        en: {
            text: 'The server closed the connection unexpectedly.',
            fix: 'The server dropped the session (often after a refused login or a blocked IP); retry and check the transcript.',
        },
        zh: { text: '服务器意外关闭了连接。', fix: '服务器中断了会话（常见于登录被拒或 IP 被封）：重试并查看会话记录。' },
    },
    'smtp-connection-refused': {
        en: {
            text: 'The SMTP server refused the connection.',
            fix: 'Check `smtp-host` and `smtp-port`, and that the host may reach it (firewall, security group).',
        },
        zh: { text: 'SMTP 服务器拒绝连接。', fix: '检查 `smtp-host` 和 `smtp-port`，以及本机能否访问（防火墙、安全组）。' },
    },
    'smtp-socket-error': {
        en: { text: 'A network error ended the SMTP session.', fix: 'Check the network path to the server and the port/TLS mode.' },
        zh: { text: '网络错误中断了 SMTP 会话。', fix: '检查到服务器的网络和端口/加密方式。' },
    },
    'smtp-dns-error': {
        en: { text: 'The SMTP client could not resolve the host.', fix: 'See the DNS check.' },
        zh: { text: 'SMTP 客户端无法解析主机。', fix: '参见 DNS 检查。' },
    },
    'smtp-protocol-error': {
        en: {
            text: 'The server answered outside the SMTP protocol.',
            fix: 'Check that `smtp-host`/`smtp-port` point at an SMTP submission service.',
        },
        zh: { text: '服务器的回应不符合 SMTP 协议。', fix: '确认 `smtp-host`/`smtp-port` 指向 SMTP 提交服务。' },
    },
    'auth-exmail-password': {
        en: {
            text: 'Tencent Exmail refused the login: the password is wrong, SMTP is off for this mailbox, or a client-specific password is required (secure login on).',
            fix: 'Exmail (exmail.qq.com) → Settings → Client settings: enable IMAP/SMTP; with secure login (安全登录) on, create a client-specific password and use it as the password. An administrator may have turned SMTP off for the domain.',
        },
        zh: {
            text: '腾讯企业邮箱拒绝登录：密码错误、该邮箱未开启 SMTP，或开启了安全登录需要客户端专用密码。',
            fix: '企业邮箱（exmail.qq.com）→ 设置 → 客户端设置：开启 IMAP/SMTP 服务；若开启了安全登录，请生成客户端专用密码作为密码使用。管理员也可能为整个域关闭了 SMTP。',
        },
    },
    'auth-gmail-web-login': {
        en: {
            text: 'Google refused the login and asks for a sign-in in a browser (534 5.7.14): it saw a login it does not trust.',
            fix: 'Sign in to the account in a browser from the same network, confirm the activity, then use an app password (2-Step Verification on) as the password.',
        },
        zh: {
            text: 'Google 拒绝登录，要求先在浏览器中登录（534 5.7.14）：它认为这次登录不可信。',
            fix: '在同一网络的浏览器中登录该账号并确认活动，然后开启两步验证并使用应用专用密码。',
        },
    },
    'auth-o365-tenant-auth-disabled': {
        en: {
            text: 'Microsoft 365 refused the login: SMTP AUTH (or basic authentication) is turned off for the whole tenant, not just this mailbox.',
            fix: 'A tenant administrator must allow SMTP AUTH (Exchange admin center → Settings → Mail flow, or Set-TransportConfig -SmtpClientAuthenticationDisabled $false; security defaults block it too), or move to OAuth2. Enabling it on the mailbox alone does not help.',
        },
        zh: {
            text: 'Microsoft 365 拒绝登录：整个租户关闭了 SMTP AUTH（或基本认证），而不只是这个邮箱。',
            fix: '需要租户管理员允许 SMTP AUTH（Exchange 管理中心 → 设置 → 邮件流，或 Set-TransportConfig -SmtpClientAuthenticationDisabled $false；"安全默认值"也会阻止），或改用 OAuth2。只在邮箱上开启无效。',
        },
    },
    'auth-method-unsupported': {
        en: {
            text: 'The server does not accept this login method, or has authentication turned off ({code}).',
            fix: "Use the provider's submission host and port (465/587), where AUTH is offered; check that SMTP is enabled for the account.",
        },
        zh: {
            text: '服务器不接受该登录方式，或未开启认证（{code}）。',
            fix: '使用服务商的提交服务器和端口（465/587），并确认账号已开启 SMTP。',
        },
    },
    'sender-not-verified': {
        en: {
            text: 'The service refused the sender: the From address or its domain is not a verified identity.',
            fix: 'Verify the sender address or domain with the provider (Amazon SES: Verified identities, and leave the sandbox to send to anyone; SendGrid: Sender Authentication; Alibaba Cloud DirectMail and Tencent Cloud SES: the sender domain and sender address in the console, DNS records verified), or send from an address that is verified.',
        },
        zh: {
            text: '服务拒绝了发件人：发件地址或其域名未经过验证。',
            fix: '在服务商处验证发件地址或域名（Amazon SES：已验证身份，并申请移出沙箱；SendGrid：Sender Authentication；阿里云邮件推送、腾讯云邮件推送：在控制台配置发信域名与发信地址，并通过 DNS 验证），或改用已验证的地址发件。',
        },
    },
    'ses-not-authorized': {
        en: {
            text: 'Amazon SES refused: the IAM user behind the SMTP credentials may not send from this identity (ses:SendRawEmail).',
            fix: "Give the IAM user `ses:SendRawEmail` on the sender's identity (or regenerate SMTP credentials for a user that has it), and send from a verified identity in the same region.",
        },
        zh: {
            text: 'Amazon SES 拒绝：SMTP 凭据对应的 IAM 用户无权以该身份发送（ses:SendRawEmail）。',
            fix: '为该 IAM 用户授予发件身份上的 `ses:SendRawEmail` 权限（或为有权限的用户重新生成 SMTP 凭据），并在同一区域使用已验证的身份发件。',
        },
    },
    'sender-send-as-denied': {
        en: {
            text: 'Microsoft refused the sender: this mailbox may not send as `{from}` (SendAsDenied / 5.7.60).',
            fix: 'Send from the logged-in address, or have an administrator grant this mailbox Send As permission for that address.',
        },
        zh: {
            text: 'Microsoft 拒绝了发件人：该邮箱无权以 `{from}` 的身份发送（SendAsDenied / 5.7.60）。',
            fix: '用登录账号本身发件，或请管理员为该邮箱授予此地址的"代理发送"（Send As）权限。',
        },
    },
    'rate-limited': {
        en: {
            text: 'The server refused because of a sending limit: too many messages, recipients or logins in a period.',
            fix: "Slow down: send in batches, retry later with backoff, and check the provider's sending limits for your account.",
        },
        zh: {
            text: '服务器因发送限制而拒绝：一段时间内邮件、收件人或登录次数过多。',
            fix: '降低发送速度：分批发送、稍后退避重试，并查看服务商对该账号的发送限额。',
        },
    },
    'rate-limited-netease': {
        en: {
            text: 'NetEase refused because of its sending limits (the RP:/MI: code in the reply names which one).',
            fix: 'Send fewer messages and recipients per hour from this account; wait before retrying. For bulk mail, use a transactional mail service.',
        },
        zh: {
            text: '网易因发送频率或数量限制而拒绝（回复中的 RP:/MI: 代码说明具体原因）。',
            fix: '降低该账号每小时的邮件和收件人数量，等待一段时间再试；群发请改用专门的邮件推送服务。',
        },
    },
    'rate-limited-gmail': {
        en: {
            text: 'Google refused because of a sending limit (the daily quota, or an unusual rate).',
            fix: 'Wait until the quota resets (a rolling 24 hours), send less per day, or move bulk sending to a mail service; Workspace accounts have higher limits than consumer Gmail.',
        },
        zh: {
            text: 'Google 因发送限额拒绝（每日配额或异常频率）。',
            fix: '等待配额恢复（滚动 24 小时），减少每日发送量，或把群发迁移到专门的邮件服务；Workspace 账号的限额高于个人 Gmail。',
        },
    },
    'rate-limited-ses': {
        en: {
            text: "Amazon SES throttled the message: the account's sending rate or daily quota is used up.",
            fix: 'Retry with backoff and keep under the maximum send rate; request a quota increase in the SES console (an account still in the sandbox has very low limits).',
        },
        zh: {
            text: 'Amazon SES 限制了发送：账号的发送速率或每日配额已用完。',
            fix: '退避重试并控制在最大发送速率以内；在 SES 控制台申请提高配额（仍在沙箱中的账号限额很低）。',
        },
    },
    'rate-limited-microsoft': {
        en: {
            text: 'Microsoft refused because of a sending limit (recipient or message rate, or concurrent submissions).',
            fix: 'Send fewer messages at once (one connection at a time) and fewer recipients per day; Exchange Online limits are per mailbox.',
        },
        zh: {
            text: 'Microsoft 因发送限制拒绝（收件人或邮件速率，或并发提交）。',
            fix: '减少同时发送的邮件（一次一个连接）和每日收件人数；Exchange Online 的限额按邮箱计算。',
        },
    },
    'starttls-required': {
        en: {
            text: 'The server requires TLS (STARTTLS) before it accepts this command.',
            fix: 'On port 587 use STARTTLS (`smtp-secure: false`, with TLS required), or port 465 with `smtp-secure: true`; in nodemailer set `requireTLS: true` or `secure: true` to match the port.',
        },
        zh: {
            text: '服务器要求先建立 TLS（STARTTLS）才接受该命令。',
            fix: '587 端口使用 STARTTLS（`smtp-secure: false`，并要求 TLS），或 465 端口设 `smtp-secure: true`；nodemailer 中按端口设置 `requireTLS: true` 或 `secure: true`。',
        },
    },
    'message-too-large': {
        en: {
            text: 'The server refused the message for its size ({code}).',
            fix: 'Send smaller messages: link to large attachments instead of attaching them.',
        },
        zh: { text: '服务器因邮件过大而拒绝（{code}）。', fix: '减小邮件大小：大附件改为链接。' },
    },
    'session-tls-port-mismatch': {
        en: {
            text: 'The connection to port 465 went silent or closed before any greeting: port 465 speaks TLS from the first byte, and the client spoke plain SMTP.',
            fix: 'For port 465 set `smtp-secure: true` (nodemailer `secure: true`); for STARTTLS use port 587 with `smtp-secure: false`.',
        },
        zh: {
            text: '连接 465 端口后没有欢迎语就中断或关闭：465 端口从第一个字节起就是 TLS，而客户端使用了明文 SMTP。',
            fix: '465 端口请设 `smtp-secure: true`（nodemailer 为 `secure: true`）；使用 STARTTLS 请改用 587 端口并设 `smtp-secure: false`。',
        },
    },
    'tls-version-refused': {
        en: {
            text: 'The server refuses the TLS version the client offered (TLS 1.0 and 1.1 are retired).',
            fix: 'Update the runtime or mail library so that it speaks TLS 1.2 or later (Node 12+, .NET 4.7+, Java 8u261+, OpenSSL 1.0.1+), and do not pin an old `minVersion`.',
        },
        zh: {
            text: '服务器拒绝客户端提供的 TLS 版本（TLS 1.0 和 1.1 已停用）。',
            fix: '升级运行环境或邮件库以支持 TLS 1.2 及以上（Node 12+、.NET 4.7+、Java 8u261+、OpenSSL 1.0.1+），不要固定旧的 `minVersion`。',
        },
    },
    'smtp-connection-reset': {
        en: {
            text: 'The connection was reset or closed in the middle of the session.',
            fix: 'Often a TLS-mode mismatch (465 needs `smtp-secure: true`), a firewall or proxy cutting SMTP, or the server dropping an idle or untrusted client; check the port and TLS mode first.',
        },
        zh: {
            text: '会话中连接被重置或关闭。',
            fix: '常见原因：加密方式不匹配（465 端口需 `smtp-secure: true`）、防火墙或代理切断 SMTP、服务器断开空闲或不受信任的客户端；先检查端口和加密方式。',
        },
    },
    'smtp-reply': {
        en: {
            text: 'The server refused ({code}).',
            fix: "Read the server's reply: it names the reason; search the provider's help for the code.",
        },
        zh: { text: '服务器拒绝（{code}）。', fix: '查看服务器返回的原因，并在服务商帮助中搜索该代码。' },
    },
});
const SMTP_CAUSES = { ...PROBE, ...PROBE_REPLIES, ...TLS, ...SMTP, ...DIAGNOSES };

;// CONCATENATED MODULE: ./src/i18n/causes.ts
// Every cause and every check title, gathered from the text module of each check module.
// The types below come from these tables: a cause or check id without English and Chinese text
// does not compile.













const CAUSES = {
    ...ENGINE_CAUSES,
    ...ENV_CAUSES,
    ...NETWORK_CAUSES,
    ...SMTP_CAUSES,
    ...OAUTH2_CAUSES,
    ...SEND_CAUSES,
    ...DELIVERY_CAUSES,
    ...HEALTH_CAUSES,
    ...APP_CAUSES,
    ...DELIVERABILITY_CAUSES,
    ...TRANSPORT_POLICY_CAUSES,
    ...LOGS_CAUSES,
    ...LINT_CAUSES,
};
const CHECK_TITLES = {
    ...ENV_TITLES,
    ...NETWORK_TITLES,
    ...SMTP_TITLES,
    ...OAUTH2_TITLES,
    ...SEND_TITLES,
    ...DELIVERY_TITLES,
    ...HEALTH_TITLES,
    ...APP_TITLES,
    ...DELIVERABILITY_TITLES,
    ...TRANSPORT_POLICY_TITLES,
    ...LOGS_TITLES,
    ...LINT_TITLES,
};
const causeWords = (cause) => CAUSES[cause];
const checkTitle = (id) => CHECK_TITLES[id];
/** A cause code from outside (a server report of another version): ours when we know it. */
function isCause(code) {
    return Object.hasOwn(CAUSES, code);
}
function isCheckId(id) {
    return Object.hasOwn(CHECK_TITLES, id);
}


/***/ }),

/***/ 4908:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Cx: () => (/* reexport */ GROUP_TITLES),
  UI: () => (/* reexport */ UI),
  q0: () => (/* binding */ describe),
  GW: () => (/* binding */ interpolate),
  Up: () => (/* binding */ pick),
  cv: () => (/* binding */ say),
  ZF: () => (/* binding */ whereText)
});

// UNUSED EXPORTS: forAudience

// EXTERNAL MODULE: ./src/untrusted.ts
var untrusted = __nccwpck_require__(873);
// EXTERNAL MODULE: ./src/i18n/causes.ts + 13 modules
var causes = __nccwpck_require__(1609);
;// CONCATENATED MODULE: ./src/i18n/ui.ts
const GROUP_TITLES = {
    env: { en: 'Configuration', zh: '配置' },
    dns: { en: 'DNS', zh: 'DNS 解析' },
    tcp: { en: 'Network (TCP)', zh: '网络连接（TCP）' },
    tls: { en: 'TLS', zh: 'TLS 加密' },
    smtp: { en: 'SMTP', zh: 'SMTP 会话' },
    send: { en: 'Test mail', zh: '测试邮件' },
    delivery: { en: 'Delivery to the mailbox', zh: '投递到邮箱' },
    health: { en: 'Deployed app', zh: '已部署的应用' },
    app: { en: "The app's own mail", zh: '应用自己发出的邮件' },
    server: { en: 'From your server', zh: '来自你的服务器' },
    deliverability: { en: 'Deliverability (SPF, DKIM, DMARC)', zh: '送达率（SPF、DKIM、DMARC）' },
    logs: { en: 'Application logs', zh: '应用日志' },
    lint: { en: 'Repository config', zh: '仓库配置文件' },
};
const UI = {
    verdict: {
        pass: { en: 'Email is ready: every check passed.', zh: '邮件配置就绪：所有检查均通过。' },
        warn: { en: 'Email should work, with warnings to review.', zh: '邮件基本可用，但有需要关注的警告。' },
        fail: { en: 'Email will fail: fix the critical items below.', zh: '邮件将会发送失败：请修复下面的严重问题。' },
    },
    /** What is wrong, said first: one line for each area that failed or warned. */
    area: {
        mail: {
            fail: { en: 'Mail will not send', zh: '邮件无法发送' },
            warn: { en: 'Mail should send, with warnings', zh: '邮件可以发送，但有警告' },
        },
        delivery: {
            fail: { en: 'The test mail did not arrive', zh: '测试邮件没有送达' },
            warn: { en: 'The test mail arrived, with warnings', zh: '测试邮件已送达，但有警告' },
        },
        app: {
            fail: { en: "The app's own mail does not work", zh: '应用自己的邮件没有送达或无法验证' },
            warn: { en: "The app's own mail works, with warnings", zh: '应用自己的邮件可以送达，但有警告' },
        },
        deployment: {
            fail: { en: 'The deployed app is not healthy', zh: '已部署的应用不健康' },
            warn: { en: 'The deployed app answered with warnings', zh: '已部署的应用有警告' },
        },
        deliverability: {
            fail: { en: 'Mail may land in spam', zh: '邮件可能进入垃圾箱' },
            warn: { en: 'Deliverability can be improved', zh: '送达率有待改进' },
        },
        logs: {
            fail: { en: 'The app logged mail failures', zh: '应用日志中有邮件发送失败' },
            warn: { en: 'The application logs need a look', zh: '应用日志需要关注' },
        },
        lint: {
            fail: { en: 'A security problem in the repository', zh: '仓库中有安全问题' },
            warn: { en: 'Repository config to review', zh: '仓库配置需要检查' },
        },
    },
    headline: { en: '{heading}: {verdict}', zh: '{heading}：{verdict}' },
    labelled: { en: '{label}: {text}', zh: '{label}：{text}' },
    /** Between the items of a list in running text. */
    listSeparator: { en: ', ', zh: '、' },
    /** Between a message and its fix on one line (an annotation). */
    thenFix: { en: ' ', zh: '' },
    fixFirst: { en: 'Fix first', zh: '优先修复' },
    deliveryPath: {
        en: 'Test mail: accepted by {host} (queue id {queueId}) → in {folder} after {seconds} s → {judged}',
        zh: '测试邮件：{host} 已接受（队列号 {queueId}）→ {seconds} 秒后到达 {folder} → {judged}',
    },
    deliveryPathJunk: {
        en: 'Test mail: accepted by {host} (queue id {queueId}) → in {folder} (spam) after {seconds} s → {judged}',
        zh: '测试邮件：{host} 已接受（队列号 {queueId}）→ {seconds} 秒后进入 {folder}（垃圾邮件）→ {judged}',
    },
    waitingFor: { en: '… {title}: waiting for {target}, up to {seconds} s', zh: '…… {title}：正在等待 {target}，最多 {seconds} 秒' },
    thenReview: { en: 'Then review', zh: '其次检查' },
    passedFold: { en: '{title}: {count} passed', zh: '{title}：{count} 项通过' },
    skippedFold: { en: '{title}: skipped', zh: '{title}：已跳过' },
    status: {
        pass: { en: 'pass', zh: '通过' },
        warn: { en: 'warning', zh: '警告' },
        fail: { en: 'critical', zh: '严重' },
        skip: { en: 'skipped', zh: '跳过' },
    },
    actionStopped: { en: 'email-deploy-check stopped: {error}', zh: 'email-deploy-check 意外停止：{error}' },
    secretsWithheldNotice: {
        en: 'GitHub gives no secrets to this pull request (a fork or a bot): the checks that log in are skipped, the config lint still runs.',
        zh: 'GitHub 不向此 Pull Request（fork 或机器人）提供 Secret：需要登录的检查已跳过，配置检查照常运行。',
    },
    summaryFailed: { en: 'Could not write the job summary: {error}', zh: '无法写入作业摘要：{error}' },
    failedCritical: {
        en: 'Email check failed: {count} critical ({titles}). See the job summary for the fixes.',
        zh: '邮件检查失败：{count} 个严重问题（{titles}）。修复方法见作业摘要。',
    },
    failedWarnings: {
        en: 'Email check reported warnings and fail-on is "warning". See the job summary.',
        zh: '邮件检查有警告，且 fail-on 为 "warning"。详见作业摘要。',
    },
    details: { en: '{group}: details', zh: '{group}：详情' },
    moreRows: {
        en: '… and {count} more results in this group (see the report output).',
        zh: '……本组另有 {count} 项结果（见 report 输出）。',
    },
    summaryCut: {
        en: "The summary was cut here to stay under GitHub's 1 MiB limit; the full report is in the `report` output.",
        zh: '摘要在此截断，以免超过 GitHub 的 1 MiB 上限；完整报告见 `report` 输出。',
    },
    detailsCut: { en: '{count} more raw details left out to stay under the size limit.', zh: '为控制大小，另有 {count} 项原始详情未显示。' },
    commentNotPullRequest: { en: 'pr-comment: not a pull_request event; no comment.', zh: 'pr-comment：不是 pull_request 事件，不发评论。' },
    commentNoToken: { en: 'pr-comment: no github-token; no comment.', zh: 'pr-comment：没有 github-token，不发评论。' },
    commentDone: { en: 'pr-comment: {action} the comment on #{number}.', zh: 'pr-comment：已{action} #{number} 上的评论。' },
    commentCreated: { en: 'created', zh: '创建' },
    commentUpdated: { en: 'updated', zh: '更新' },
    commentReadOnly: {
        en: 'Could not comment on the pull request: the token is read-only here (a fork pull request, or the workflow lacks `permissions: pull-requests: write`).',
        zh: '无法在 Pull Request 上评论：此处的 token 只读（fork 的 Pull Request，或工作流缺少 `permissions: pull-requests: write`）。',
    },
    commentFailed: { en: 'Could not comment on the pull request: {error}', zh: '无法在 Pull Request 上评论：{error}' },
    commentRunLink: { en: 'run', zh: '查看运行' },
    alertTitle: { en: 'Email is failing: {provider} {host} ({domain})', zh: '邮件发送失败：{provider} {host}（{domain}）' },
    alertTitleChain: { en: 'Email failover chain is broken: {names}', zh: '邮件故障切换链异常：{names}' },
    alertChanged: { en: 'The failing checks changed:', zh: '失败的检查项有变化：' },
    alertRecovered: { en: '✅ Email works again: {run} passed. Closing.', zh: '✅ 邮件已恢复：{run} 通过。关闭此 issue。' },
    alertThisRun: { en: 'this run', zh: '本次运行' },
    alertDone: { en: 'alert-issue: {action}.', zh: 'alert-issue：{action}。' },
    alertLookAlike: {
        en: "alert-issue: issue #{number} carries this target's label, key and marker but was written by `{author}`, not by this token's identity: it was left alone. Close it if it is not yours.",
        zh: 'alert-issue：issue #{number} 带有本目标的标签、键和标记，但作者是 `{author}` 而不是本令牌的身份，已保持不动。如非你所建，请关闭它。',
    },
    commentLookAlike: {
        en: "pr-comment: comment {id} carries this target's marker but was written by `{author}`, not by this token's identity: it was left alone.",
        zh: 'pr-comment：评论 {id} 带有本目标的标记，但作者是 `{author}` 而不是本令牌的身份，已保持不动。',
    },
    alertActions: {
        opened: { en: 'opened an issue', zh: '已创建 issue' },
        unchanged: { en: 'the same checks still fail; the issue stays as it is', zh: '失败的检查项未变，issue 保持不变' },
        commented: { en: 'the failing checks changed; commented on the issue', zh: '失败的检查项有变化，已在 issue 中评论' },
        closed: { en: 'mail works again; closed the issue', zh: '邮件已恢复，已关闭 issue' },
        none: { en: 'mail works; no issue open', zh: '邮件正常，没有未关闭的 issue' },
    },
    alertNoToken: { en: 'alert-issue: no github-token; no issue.', zh: 'alert-issue：没有 github-token，不创建 issue。' },
    alertNoRepository: {
        en: 'alert-issue: not running in a repository (GITHUB_REPOSITORY); no issue.',
        zh: 'alert-issue：不在仓库中运行（无 GITHUB_REPOSITORY），不创建 issue。',
    },
    alertReadOnly: {
        en: 'alert-issue: the token may not write issues here. Give the job `permissions: issues: write` (a fork pull request never can).',
        zh: 'alert-issue：此处的 token 无权写 issue。请为该 job 设置 `permissions: issues: write`（fork 的 Pull Request 无法获得）。',
    },
    alertFailed: { en: 'alert-issue: could not update the issue: {error}', zh: 'alert-issue：无法更新 issue：{error}' },
    commentMore: { en: '… {count} more in the job summary.', zh: '……另有 {count} 项，见作业摘要。' },
    chainPass: { en: 'All {count} mail servers work.', zh: '全部 {count} 个邮件服务器均可用。' },
    chainFail: { en: 'No mail server works: {names}.', zh: '没有可用的邮件服务器：{names}。' },
    chainPrimaryDown: {
        en: 'Degraded: the primary {primary} fails ({problem}); mail goes through the backup {carrier}.',
        zh: '降级运行：主服务商 {primary} 失败（{problem}）；邮件改由备用服务商 {carrier} 发送。',
    },
    chainPrimaryDownRequired: {
        en: 'The primary {primary} fails ({problem}); the backup {carrier} works, but `require: all` wants every mail server.',
        zh: '主服务商 {primary} 失败（{problem}）；备用服务商 {carrier} 可用，但 `require: all` 要求所有邮件服务器都可用。',
    },
    chainBackupDown: {
        en: 'Degraded: the backup {names} fails ({problem}); the primary {carrier} carries the mail, with no working fallback behind it.',
        zh: '降级运行：备用服务商 {names} 失败（{problem}）；主服务商 {carrier} 仍在发送，但身后没有可用的备份。',
    },
    chainBackupDownRequired: {
        en: 'The backup {names} fails ({problem}); `require: all` wants every mail server to work.',
        zh: '备用服务商 {names} 失败（{problem}）；`require: all` 要求所有邮件服务器都可用。',
    },
    targetsUnusedInputs: {
        en: "`targets` is set, so these inputs of the step are not used: {inputs}. Each item of the list names its own mail server and credentials (a backup never logs in with another server's secret).",
        zh: '已设置 `targets`，因此步骤本身的这些输入不会被使用：{inputs}。列表中每一项都各自指定邮件服务器和凭据（备用服务商绝不会使用其他服务器的密钥登录）。',
    },
    chainHeading: { en: 'Mail servers, in failover order', zh: '邮件服务器（按故障切换顺序）' },
    chainLine: {
        en: '{role} {name} · {provider} · {where}: {verdict}',
        zh: '{role} {name} · {provider} · {where}：{verdict}',
    },
    chainPrimary: { en: 'Primary', zh: '主' },
    chainBackup: { en: 'Backup', zh: '备用' },
    chainStatusWord: {
        pass: { en: 'works', zh: '可用' },
        warn: { en: 'works, with warnings', zh: '可用，有警告' },
        fail: { en: 'fails', zh: '失败' },
    },
    chainProblem: { en: ' ({problem})', zh: '（{problem}）' },
    chainTargetSection: { en: '{role} {name}: {provider} · {where}', zh: '{role} {name}：{provider} · {where}' },
    chainAppSection: { en: 'The app (checked once)', zh: '应用本身（只检查一次）' },
    heading: { en: 'Email deploy check', zh: '邮件部署检查' },
    check: { en: 'Check', zh: '检查项' },
    result: { en: 'Result', zh: '结果' },
    detail: { en: 'Detail', zh: '详情' },
    time: { en: 'Time', zh: '耗时' },
    fixes: { en: 'How to fix', zh: '修复方法' },
    fix: { en: 'Fix', zh: '修复' },
    counts: {
        en: '{pass} passed, {warn} warnings, {fail} critical, {skip} skipped',
        zh: '通过 {pass}，警告 {warn}，严重 {fail}，跳过 {skip}',
    },
    raw: { en: 'Raw details', zh: '原始详情' },
    where: { en: 'Where the checks ran', zh: '检查运行位置' },
    runner: {
        'github-hosted': {
            en: 'A GitHub-hosted runner (Azure, outside mainland China). Network results describe that network, not your server: port 25 is blocked there, and Chinese providers may treat the login as unusual. Run `npx email-deploy-check` on the server, or expose a health endpoint, to see your production path.',
            zh: 'GitHub 托管运行器（Azure，位于中国大陆以外）。网络结果反映的是运行器的网络，而非你的服务器：那里封禁 25 端口，国内服务商也可能把该登录视为异地登录。请在服务器上运行 `npx email-deploy-check`，或提供健康检查接口，以验证生产环境链路。',
        },
        'self-hosted': {
            en: "A self-hosted runner: network results describe that machine's network.",
            zh: '自托管运行器：网络结果反映该机器所在的网络。',
        },
        server: {
            en: "This machine (CLI): network results describe this host's own path to the mail server.",
            zh: '本机（命令行）：网络结果反映本机到邮件服务器的实际链路。',
        },
    },
};

// EXTERNAL MODULE: ./src/settings/inputs.ts
var inputs = __nccwpck_require__(7428);
;// CONCATENATED MODULE: ./src/i18n/index.ts





function pick(text, language) {
    return text[language];
}
/** What the results describe, given where the checks ran. */
function whereText(runner, language) {
    const known = runner === 'github-hosted' || runner === 'self-hosted' || runner === 'server' ? runner : 'self-hosted';
    return pick(UI.runner[known], language);
}
function interpolate(template, params) {
    return template.replace(/\{(\w+)\}/g, (_, name) => (params[name] === undefined ? '' : String(params[name])));
}
/** `pick` and `interpolate` in one: a phrase in the report's language with its values filled in. */
function say(text, language, params = {}) {
    return interpolate(text[language], params);
}
/**
 * A title for a check id. The part after `:` names what the result is about (a file and line, an input, an
 * item of the server's report): it may come from a file or a server, so it is theirs.
 */
function titleOf(id, language, own) {
    const [baseId = id, ...rest] = id.split(':');
    const subjectId = rest.join(':');
    // An item of the server's report keeps its own title: it is shown in the server's section, without a prefix.
    if (baseId === 'server.report' && subjectId) {
        const [innerId = subjectId] = subjectId.split(':');
        return (0,causes/* isCheckId */.K3)(innerId) ? untrusted/* Text */.E.ours(causes/* CHECK_TITLES */.Zt[innerId][language]) : untrusted/* Text */.E.theirs(subjectId);
    }
    const title = untrusted/* Text */.E.ours(own ?? ((0,causes/* isCheckId */.K3)(baseId) ? causes/* CHECK_TITLES */.Zt[baseId][language] : baseId));
    return subjectId ? title.concat(' (', untrusted/* Text */.E.theirs(subjectId), ')') : title;
}
/**
 * Our texts name settings as action inputs (`email-password`, `smtp-secure: true`). On a server the same
 * setting is an environment variable or a flag (`EMAIL_PASSWORD`, `SMTP_SECURE=true`, `--tls-ca`): the words
 * of where the person is, taken from the input table.
 */
function forAudience(template, audience) {
    if (audience === 'action')
        return template;
    return template.replace(/`([a-z][a-z-]*[a-z])(?:: ([^`]+))?`/g, (whole, name, value) => {
        if (!inputs/* INPUT_NAMES */.Qh.includes(name))
            return whole;
        const env = (0,inputs/* specOf */.rI)(name).env;
        if (env)
            return value === undefined ? `\`${env}\`` : `\`${env}=${value}\``;
        return value === undefined ? `\`--${name}\`` : `\`--${name} ${value}\``;
    });
}
/**
 * A param that names one of our checks (`check: 'smtp.greeting'`, or a result of one, `env.inputs:smtp-port`) is
 * said by its title, `{checkTitle}`, in the language; anything else by itself, never by nothing.
 */
function withTitles(params, language) {
    if (typeof params.check !== 'string')
        return params;
    const [id = '', subject] = params.check.split(':');
    if (!(0,causes/* isCheckId */.K3)(id))
        return { ...params, checkTitle: params.check };
    return { ...params, checkTitle: subject ? `${causes/* CHECK_TITLES */.Zt[id][language]} (${subject})` : causes/* CHECK_TITLES */.Zt[id][language] };
}
function describe(result, language, audience = 'action') {
    const words = (0,causes/* causeWords */.pQ)(result.cause)[language];
    const params = withTitles(result.params, language);
    const fix = 'fix' in words && words.fix !== undefined ? untrusted/* Text */.E.fill(forAudience(words.fix, audience), params) : undefined;
    return {
        title: titleOf(result.id, language, words.title),
        text: untrusted/* Text */.E.fill(forAudience(words.text, audience), params),
        ...(fix && !fix.isEmpty ? { fix } : {}),
    };
}


/***/ }),

/***/ 641:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Fe: () => (/* binding */ refusedFile),
/* harmony export */   MF: () => (/* binding */ REFUSED_BECAUSE),
/* harmony export */   NZ: () => (/* binding */ withReply)
/* harmony export */ });
/* unused harmony export derive */
// The shape of our words. A leaf: the text tables import it, and it imports nothing.
/** The server's reply, quoted after the text of every cause that diagnoses one. */
const SERVER_SAID = { en: ' Reply: `{reply}`', zh: ' 服务器返回：`{reply}`' };
/** The same causes, each text followed by the server's reply. Keys are kept, so the cause type still sees them. */
function withReply(texts) {
    return derive(texts, '', (t) => ({
        en: { ...t.en, text: t.en.text + SERVER_SAID.en },
        zh: { ...t.zh, text: t.zh.text + SERVER_SAID.zh },
    }));
}
/** A family of causes made from another, each key with `suffix` added; the keys stay visible to the compiler. */
function derive(texts, suffix, make) {
    return Object.fromEntries(Object.entries(texts).map(([cause, t]) => [`${cause}${suffix}`, make(t)]));
}
/** Why a file was not read (src/safe-file.ts): the words for each reason, to build a family of causes from. */
const REFUSED_BECAUSE = {
    'not-regular': {
        en: 'is not a regular file (a FIFO, a device or a socket), so it was not read',
        zh: '不是普通文件（FIFO、设备或套接字），因此未读取',
    },
    outside: { en: 'resolves to a path outside {within}, so it was not read', zh: '实际路径位于 {within} 之外，因此未读取' },
    'too-large': { en: 'is larger than {limit}, so it was not read', zh: '超过 {limit}，因此未读取' },
    unreadable: { en: 'cannot be read ({detail})', zh: '无法读取（{detail}）' },
};
/** One cause per refusal reason, `${prefix}-not-regular` and so on, each said with `make`. */
function refusedFile(prefix, make) {
    return Object.fromEntries(Object.entries(REFUSED_BECAUSE).map(([reason, because]) => [`${prefix}-${reason}`, make(because)]));
}


/***/ }),

/***/ 2964:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   RT: () => (/* binding */ tail),
/* harmony export */   contextOf: () => (/* binding */ contextOf),
/* harmony export */   fT: () => (/* binding */ expand),
/* harmony export */   logSizes: () => (/* binding */ logSizes),
/* harmony export */   mU: () => (/* binding */ LOG_TAIL_BYTES),
/* harmony export */   writtenSince: () => (/* binding */ writtenSince)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _safe_file_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1809);
/* harmony import */ var _settings_settings_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(7100);
// The app's log files as the log check and the app-mail check read them: the files the patterns name (at most 50,
// regular files only, inside the folders named), the end of each, and who the app is for the words of a fix.



/** Only the end of each file is read: recent errors matter, and logs can be huge. */
const LOG_TAIL_BYTES = 512 * 1024;
const MAX_FILES = 50;
/** The end of a log: only regular files inside the folders the patterns name, never more than the tail. */
async function tail(path, folders) {
    return (await (0,_safe_file_js__WEBPACK_IMPORTED_MODULE_1__/* .readSafely */ .FD)(path, { within: folders, maxBytes: LOG_TAIL_BYTES, tail: true })).text;
}
async function expand(patterns) {
    const files = new Set();
    for await (const path of (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.glob)([...patterns])) {
        if (files.size >= MAX_FILES)
            break;
        // Anything but a folder: a FIFO or a link out of the folder is refused by the reader, and reported.
        if ((await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(path).catch(() => undefined))?.isDirectory() !== true)
            files.add(path);
    }
    return [...files].sort();
}
/** The context of a scan from the settings: the provider configured, the user and sender when set. */
const contextOf = (s) => ({
    ...((0,_settings_settings_js__WEBPACK_IMPORTED_MODULE_2__/* .providerIdOf */ .u)(s) ? { provider: (0,_settings_settings_js__WEBPACK_IMPORTED_MODULE_2__/* .providerIdOf */ .u)(s) } : {}),
    ...(s.user ? { user: s.user } : {}),
    ...(s.from ? { from: s.from } : {}),
    ...(s.host ? { host: s.host } : {}),
});
/** How long each log is now (bytes), to read later only what was written since (no clock is compared). */
async function logSizes(patterns) {
    const sizes = {};
    for (const file of await expand(patterns))
        sizes[file] = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(file).catch(() => undefined))?.size ?? 0;
    return sizes;
}
/** What each log gained since `sizes` were taken (at most the tail's worth); a log that shrank was rotated: none. */
async function writtenSince(patterns, sizes) {
    const folders = patterns.map(_safe_file_js__WEBPACK_IMPORTED_MODULE_1__/* .globBase */ .EI);
    const texts = [];
    for (const [file, before] of Object.entries(sizes)) {
        const now = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(file).catch(() => undefined))?.size ?? 0;
        if (now <= before)
            continue;
        // One byte more than was written: the tail reader starts after the first line end, which is the old end's.
        const maxBytes = Math.min(now - before + (before > 0 ? 1 : 0), LOG_TAIL_BYTES);
        const read = await (0,_safe_file_js__WEBPACK_IMPORTED_MODULE_1__/* .readSafely */ .FD)(file, { within: folders, maxBytes, tail: true }).catch(() => undefined);
        if (read)
            texts.push(read.text);
    }
    return texts;
}


/***/ }),

/***/ 9663:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Em: () => (/* binding */ request),
/* harmony export */   j$: () => (/* binding */ HttpError)
/* harmony export */ });
/* unused harmony export DEFAULT_MAX_BYTES */
/* harmony import */ var _timeout_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9376);
// The one door for HTTP: every request the product makes (health and smoke URLs, the GitHub API, token endpoints
// through nodemailer aside) goes through `request`, bounded by one rule: a deadline for the whole exchange (the
// body included, so an answer dripping a byte a second ends with it), a cap on the bytes read (streamed and
// counted, never buffered whole), and a cap on redirects, none by default: a redirect to a login page answering
// 200 must not pass for a healthy app. Credentials never cross origins on a redirect.

class HttpError extends Error {
    failure;
    detail;
    constructor(failure, detail) {
        super(detail);
        this.failure = failure;
        this.detail = detail;
    }
}
/** What a health page or an error body needs; an API page sets its own cap. */
const DEFAULT_MAX_BYTES = 256 * 1024;
/** Headers that carry a credential: dropped when a redirect leaves the origin. */
const CREDENTIAL_HEADERS = /^(authorization|cookie|proxy-authorization|x-api-key)$/i;
async function request(url, options) {
    const started = performance.now();
    const deadline = AbortSignal.timeout(options.timeoutMs);
    const signal = options.signal ? AbortSignal.any([deadline, options.signal]) : deadline;
    const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
    const maxRedirects = options.maxRedirects ?? 0;
    let method = options.method ?? 'GET';
    let body = options.body;
    let headers = { ...options.headers };
    let current = new URL(url);
    try {
        for (let redirects = 0;; redirects++) {
            const answer = await exchange(current, {
                method,
                headers,
                body,
                signal,
                ca: options.ca,
                maxBytes,
                overflow: options.overflow ?? 'cut',
            });
            const location = answer.headers.location;
            if (answer.status >= 300 && answer.status < 400 && location && maxRedirects > 0) {
                if (redirects >= maxRedirects)
                    throw new HttpError('redirects', `more than ${maxRedirects} redirects`);
                const next = new URL(location, current);
                if (next.protocol !== 'https:' && next.protocol !== 'http:')
                    throw new HttpError('redirects', `a redirect to ${next.protocol}`);
                if (next.origin !== current.origin)
                    headers = Object.fromEntries(Object.entries(headers).filter(([name]) => !CREDENTIAL_HEADERS.test(name)));
                // 303, and 301/302 after a POST, turn into a GET without a body, as browsers and fetch do.
                if (answer.status === 303 || ((answer.status === 301 || answer.status === 302) && method === 'POST')) {
                    method = 'GET';
                    body = undefined;
                }
                current = next;
                continue;
            }
            return {
                status: answer.status,
                location,
                contentType: answer.headers['content-type'] ?? '',
                link: answer.headers.link,
                retryAfter: answer.headers['retry-after'],
                body: answer.text,
                truncated: answer.truncated,
                ms: Math.round(performance.now() - started),
                url: current.href,
            };
        }
    }
    catch (error) {
        if (error instanceof HttpError)
            throw error;
        throw classify(error, deadline.aborted);
    }
}
/**
 * One request and its answer over node:http(s) (not fetch: a `tls-ca` of the user's reaches the TLS layer, and
 * the body is counted as it arrives, before any of it is kept). The signal ends it, body included.
 */
async function exchange(url, options) {
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
        throw new HttpError('error', `${url.protocol} is not HTTP`);
    const transport = url.protocol === 'https:' ? await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 4708, 23)) : await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 7067, 23));
    return new Promise((resolve, reject) => {
        const headers = {
            ...options.headers,
            ...(options.body !== undefined ? { 'content-length': String(Buffer.byteLength(options.body)) } : {}),
        };
        const req = transport.request(url, 
        // A connection of its own, closed after the answer: nothing of a run outlives it (Node's global agent keeps
        // sockets alive), and nothing of one request's peer is reused for another's.
        { method: options.method, headers, signal: options.signal, agent: false, ...(options.ca?.length ? { ca: [...options.ca] } : {}) }, (res) => {
            const single = (value) => (Array.isArray(value) ? value.join(', ') : value);
            const answerHeaders = Object.fromEntries(Object.entries(res.headers).map(([name, value]) => [name, single(value)]));
            const declared = Number(res.headers['content-length'] ?? Number.NaN);
            if (options.overflow === 'fail' && declared > options.maxBytes) {
                res.destroy();
                return reject(new HttpError('too-large', `the answer is ${declared} bytes, more than ${options.maxBytes}`));
            }
            const chunks = [];
            let size = 0;
            const done = (truncated) => resolve({
                status: res.statusCode ?? 0,
                headers: answerHeaders,
                text: Buffer.concat(chunks).subarray(0, options.maxBytes).toString('utf8'),
                truncated,
            });
            res.on('data', (chunk) => {
                size += chunk.length;
                chunks.push(chunk);
                if (size <= options.maxBytes)
                    return;
                // Past the cap nothing more is read: the connection ends here.
                res.destroy();
                if (options.overflow === 'fail')
                    reject(new HttpError('too-large', `the answer exceeded ${options.maxBytes} bytes`));
                else
                    done(true);
            });
            res.on('end', () => done(false));
            res.on('error', reject);
            res.on('close', () => {
                if (!res.complete)
                    reject(Object.assign(new Error('the answer was cut off'), { code: 'ECONNRESET' }));
            });
        });
        req.on('error', reject);
        req.end(options.body);
    });
}
function classify(error, timedOut) {
    if (timedOut || error instanceof _timeout_js__WEBPACK_IMPORTED_MODULE_0__/* .TimeoutError */ .MU || error.name === 'TimeoutError')
        return new HttpError('timeout', 'no answer in time');
    const failure = (error.cause ?? error);
    const code = failure.code ?? '';
    const detail = `${code} ${failure.message}`.trim();
    if (code === 'ECONNREFUSED')
        return new HttpError('refused', detail);
    if (code === 'ENOTFOUND' || code === 'EAI_AGAIN')
        return new HttpError('dns', detail);
    if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET')
        return new HttpError('reset', detail);
    if (/CERT|SSL|TLS/i.test(code) || /certificate/i.test(detail))
        return new HttpError('tls', detail);
    return new HttpError('error', detail);
}


/***/ }),

/***/ 6551:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Px: () => (/* binding */ hasGlobalIpv6),
/* harmony export */   RD: () => (/* binding */ resolveFn),
/* harmony export */   p0: () => (/* binding */ resolveHost)
/* harmony export */ });
/* unused harmony exports ResolveError, makeResolver, utf8 */
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _timeout_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9376);


/** Why a name did not resolve; the code is the cause code reported. */
class ResolveError extends Error {
    reason;
    detail;
    constructor(reason, detail) {
        super(detail);
        this.reason = reason;
        this.detail = detail;
    }
}
/** A resolver that honours `dns-servers` (IP or IP:port; the system's servers when empty), one try per server, bounded by timeoutMs. */
function makeResolver(servers, timeoutMs) {
    const resolver = new (process.getBuiltinModule('node:dns/promises').Resolver)({
        timeout: Math.max(100, Math.floor(timeoutMs / Math.max(1, servers.length))),
        tries: 1,
    });
    if (servers.length)
        resolver.setServers(servers);
    return resolver;
}
function resolveFn(servers, timeoutMs) {
    const resolver = makeResolver(servers, timeoutMs);
    return async (name, rrtype) => {
        const answer = await (0,_timeout_js__WEBPACK_IMPORTED_MODULE_1__/* .withTimeout */ .wj)(resolver.resolve(name, rrtype), timeoutMs, undefined, () => resolver.cancel());
        return rrtype === 'TXT' ? answer.map((chunks) => chunks.map(utf8)) : answer;
    };
}
/**
 * A TXT string as its bytes meant it. Node hands TXT data over byte for byte as Latin-1; a record written in UTF-8
 * (a DMARC or BIMI record with a non-ASCII comment, a TXT a user typed) would show as mojibake. Bytes that are not
 * valid UTF-8 stay as they came.
 */
function utf8(text) {
    // Only a string of byte values can be bytes read as Latin-1; anything above U+00FF is already text.
    if (!/[\u0080-\u00ff]/.test(text) || /[^\t\n\r\u0020-\u00ff]/.test(text))
        return text;
    try {
        return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.from(text, 'latin1'));
    }
    catch {
        return text;
    }
}
async function resolveHost(host, servers, timeoutMs, signal) {
    const family = process.getBuiltinModule('node:net').isIP(host);
    if (family === 4)
        return { v4: [host], v6: [] };
    if (family === 6)
        return { v4: [], v6: [host] };
    try {
        const resolution = servers.length ? await viaResolver(host, servers, timeoutMs, signal) : await viaSystem(host, timeoutMs, signal);
        if (resolution.v4.length === 0 && resolution.v6.length === 0)
            throw new ResolveError('dns-no-address', 'no A or AAAA record');
        return resolution;
    }
    catch (error) {
        throw classify(error);
    }
}
/** getaddrinfo, as net.connect and nodemailer use it: /etc/hosts and the system's resolver. */
async function viaSystem(host, timeoutMs, signal) {
    const answers = await (0,_timeout_js__WEBPACK_IMPORTED_MODULE_1__/* .withTimeout */ .wj)(process.getBuiltinModule('node:dns/promises').lookup(host, { all: true, order: 'ipv4first' }), timeoutMs, signal);
    return {
        v4: answers.filter((a) => a.family === 4).map((a) => a.address),
        v6: answers.filter((a) => a.family === 6).map((a) => a.address),
    };
}
async function viaResolver(host, servers, timeoutMs, signal) {
    const resolver = makeResolver(servers, timeoutMs);
    signal?.addEventListener('abort', () => resolver.cancel(), { once: true });
    const [v4, v6] = await (0,_timeout_js__WEBPACK_IMPORTED_MODULE_1__/* .withTimeout */ .wj)(Promise.allSettled([resolver.resolve4(host), resolver.resolve6(host)]), timeoutMs, signal, () => resolver.cancel());
    if (v4.status === 'rejected' && v6.status === 'rejected') {
        // NODATA for one family and a real failure for the other: report the failure.
        const errors = [v4.reason, v6.reason];
        throw errors.find((e) => e.code !== 'ENODATA') ?? errors[0] ?? new Error('no address');
    }
    return { v4: v4.status === 'fulfilled' ? v4.value : [], v6: v6.status === 'fulfilled' ? v6.value : [] };
}
function classify(error) {
    if (error instanceof ResolveError)
        return error;
    if (error instanceof _timeout_js__WEBPACK_IMPORTED_MODULE_1__/* .TimeoutError */ .MU)
        return new ResolveError('dns-timeout', 'no answer in time');
    const code = error.code ?? '';
    const detail = `${code} ${error.message ?? ''}`.trim();
    switch (code) {
        case 'ENOTFOUND':
            return new ResolveError('dns-nxdomain', detail);
        case 'ESERVFAIL':
            return new ResolveError('dns-servfail', detail);
        case 'ETIMEOUT':
        case 'ECANCELLED':
            return new ResolveError('dns-timeout', detail);
        case 'EAI_AGAIN':
            // getaddrinfo folds SERVFAIL and timeouts into "try again".
            return new ResolveError('dns-servfail', detail);
        case 'ECONNREFUSED':
        case 'EREFUSED':
            return new ResolveError('dns-refused', detail);
        case 'ENODATA':
            return new ResolveError('dns-no-address', detail);
        default:
            return new ResolveError('dns-error', detail);
    }
}
/** Whether this machine has a global IPv6 address (GitHub-hosted runners have none). */
function hasGlobalIpv6() {
    return Object.values((0,node_os__WEBPACK_IMPORTED_MODULE_0__.networkInterfaces)())
        .flat()
        .some((i) => i !== undefined && i.family === 'IPv6' && !i.internal && !/^fe80:/i.test(i.address));
}


/***/ }),

/***/ 855:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   readServerReport: () => (/* binding */ readServerReport)
/* harmony export */ });
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8522);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(311);
// A report from the deployed app's health route is untrusted: another version wrote it, or anyone who
// controls that route. It is read against the schema, item by item; what cannot be read is counted, never
// trusted, and never crashes the run.


/** More than this is not a health report: the rest is counted, not read. */
const MAX_ITEMS = 1000;
const MAX_TEXT = 4000;
const MAX_DETAILS = 200;
const VERDICTS = ['pass', 'warn', 'fail'];
const STATUSES = ['pass', 'warn', 'fail', 'skip'];
const isRecord = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value) => (typeof value === 'string' ? value.slice(0, MAX_TEXT) : undefined);
/** A duration in ms as a server may claim it: a finite, non-negative number below a day, or nothing. */
const duration = (value) => typeof value === 'number' && Number.isFinite(value) && value >= 0 && value < 86_400_000 ? Math.round(value) : undefined;
const durationField = (value) => {
    const ms = duration(value);
    return ms === undefined ? {} : { durationMs: ms };
};
function readTarget(value) {
    if (!isRecord(value))
        return undefined;
    const { provider, host, port, secure } = value;
    if (typeof host !== 'string' || host === '' || host.length > 255)
        return undefined;
    if (typeof port !== 'number' || !Number.isInteger(port) || port < 1 || port > 65_535 || typeof secure !== 'boolean')
        return undefined;
    return { provider: typeof provider === 'string' ? provider.slice(0, 100) : '', host, port, secure };
}
function readFinishedAt(startedAt, durationMs) {
    const start = typeof startedAt === 'string' ? Date.parse(startedAt) : NaN;
    return Number.isFinite(start) ? start + (duration(durationMs) ?? 0) : undefined;
}
function readItem(value) {
    if (!isRecord(value))
        return 'an item is not an object';
    const id = text(value.id);
    const cause = text(value.cause);
    const message = text(value.message);
    if (!id || !cause || message === undefined)
        return 'an item lacks id, cause or message';
    if (typeof value.status !== 'string' || !STATUSES.includes(value.status))
        return `item ${id} has the status ${JSON.stringify(value.status)}`;
    const group = _types_js__WEBPACK_IMPORTED_MODULE_0__/* .GROUPS */ .fd.find((g) => g === value.group) ?? 'server';
    if (value.fix !== undefined && typeof value.fix !== 'string')
        return `item ${id} has a fix that is not text`;
    if (value.details !== undefined && !(Array.isArray(value.details) && value.details.every((d) => typeof d === 'string'))) {
        return `item ${id} has details that are not a list of lines`;
    }
    if (value.params !== undefined && !isRecord(value.params))
        return `item ${id} has params that are not an object`;
    const params = Object.fromEntries(Object.entries(value.params ?? {}).filter((entry) => typeof entry[1] === 'string' || typeof entry[1] === 'number'));
    return {
        id,
        group,
        status: value.status,
        cause,
        title: text(value.title) ?? id,
        message,
        ...(typeof value.fix === 'string' ? { fix: value.fix.slice(0, MAX_TEXT) } : {}),
        params,
        ...(Array.isArray(value.details) ? { details: value.details.slice(0, MAX_DETAILS).map((d) => d.slice(0, MAX_TEXT)) } : {}),
        ...durationField(value.durationMs),
    };
}
/**
 * The body as our report, or undefined when it does not claim to be one. A body that claims to be one but
 * breaks the schema comes back with `problem` set and what could be read of it.
 */
function readServerReport(body) {
    let value;
    try {
        value = JSON.parse(body);
    }
    catch {
        return undefined;
    }
    if (!isRecord(value) || value.tool !== _version_js__WEBPACK_IMPORTED_MODULE_1__/* .TOOL */ .j)
        return undefined;
    if (value.schemaVersion !== 1)
        return { status: 'fail', items: [], unreadable: 0, problem: `schema version ${JSON.stringify(value.schemaVersion)}` };
    const status = typeof value.status === 'string' && VERDICTS.includes(value.status) ? value.status : undefined;
    if (!Array.isArray(value.results))
        return { status: 'fail', items: [], unreadable: 0, problem: 'results is not a list' };
    const items = [];
    let unreadable = Math.max(0, value.results.length - MAX_ITEMS);
    let problem = status ? undefined : `the verdict ${JSON.stringify(value.status)}`;
    for (const raw of value.results.slice(0, MAX_ITEMS)) {
        const item = readItem(raw);
        if (typeof item === 'string') {
            unreadable++;
            problem ??= item;
        }
        else
            items.push(item);
    }
    if (unreadable > 0)
        problem ??= `more than ${MAX_ITEMS} items`;
    const target = readTarget(value.target);
    const finishedAt = readFinishedAt(value.startedAt, value.durationMs);
    return {
        status: status ?? 'fail',
        items,
        unreadable,
        ...(problem ? { problem } : {}),
        ...(target ? { target } : {}),
        ...(finishedAt !== undefined ? { finishedAt } : {}),
        ...durationField(value.durationMs),
    };
}


/***/ }),

/***/ 9376:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   MU: () => (/* binding */ TimeoutError),
/* harmony export */   wj: () => (/* binding */ withTimeout),
/* harmony export */   yy: () => (/* binding */ sleep)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
// One way to bound any promise by a time limit and an abort signal.

class TimeoutError extends Error {
    ms;
    constructor(ms) {
        super(`no answer within ${ms} ms`);
        this.ms = ms;
    }
}
function withTimeout(work, ms, signal, onTimeout) {
    return new Promise((resolve, reject) => {
        const stop = () => {
            clearTimeout(timer);
            signal?.removeEventListener('abort', abort);
        };
        const abort = () => {
            stop();
            onTimeout?.();
            reject(new TimeoutError(ms));
        };
        const timer = setTimeout(abort, ms);
        signal?.addEventListener('abort', abort, { once: true });
        work.then((value) => {
            stop();
            resolve(value);
        }, (error) => {
            stop();
            // isNativeError, not instanceof: errors from Node's own modules may come from another realm (a VM context).
            reject(node_util__WEBPACK_IMPORTED_MODULE_0__.types.isNativeError(error) ? error : new Error(String(error)));
        });
    });
}
const sleep = (ms, signal) => new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
});


/***/ }),

/***/ 913:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  jI: () => (/* binding */ PROFILES),
  Pj: () => (/* binding */ PROVIDER_LIST),
  Om: () => (/* binding */ conflictingOwner),
  YC: () => (/* binding */ editDistance),
  o4: () => (/* binding */ lookupProvider),
  B4: () => (/* binding */ portModeMismatch),
  B3: () => (/* binding */ providerForDomain),
  Ci: () => (/* binding */ providerInText),
  AK: () => (/* binding */ vendorOf)
});

// UNUSED EXPORTS: PLAINTEXT_SUBMISSION_PORTS, findProfile, isPublicMailboxDomain

;// CONCATENATED MODULE: ./node_modules/nodemailer/dist/esm/well-known/services.js
// Generated by scripts/build.js from services.json. Do not edit by hand.
const services = {
    "126": {
        "description": "126 Mail (NetEase)",
        "host": "smtp.126.com",
        "port": 465,
        "secure": true
    },
    "163": {
        "description": "163 Mail (NetEase)",
        "host": "smtp.163.com",
        "port": 465,
        "secure": true
    },
    "1und1": {
        "description": "1&1 Mail (German hosting provider)",
        "host": "smtp.1und1.de",
        "port": 465,
        "secure": true,
        "authMethod": "LOGIN"
    },
    "Aliyun": {
        "description": "Alibaba Cloud Mail",
        "domains": [
            "aliyun.com"
        ],
        "host": "smtp.aliyun.com",
        "port": 465,
        "secure": true
    },
    "AliyunQiye": {
        "description": "Alibaba Cloud Enterprise Mail",
        "host": "smtp.qiye.aliyun.com",
        "port": 465,
        "secure": true
    },
    "AOL": {
        "description": "AOL Mail",
        "domains": [
            "aol.com"
        ],
        "host": "smtp.aol.com",
        "port": 587
    },
    "Aruba": {
        "description": "Aruba PEC (Italian email provider)",
        "domains": [
            "aruba.it",
            "pec.aruba.it"
        ],
        "aliases": [
            "Aruba PEC"
        ],
        "host": "smtps.aruba.it",
        "port": 465,
        "secure": true,
        "authMethod": "LOGIN"
    },
    "Bluewin": {
        "description": "Bluewin (Swiss email provider)",
        "host": "smtpauths.bluewin.ch",
        "domains": [
            "bluewin.ch"
        ],
        "port": 465
    },
    "BOL": {
        "description": "BOL Mail (Brazilian provider)",
        "domains": [
            "bol.com.br"
        ],
        "host": "smtp.bol.com.br",
        "port": 587,
        "requireTLS": true
    },
    "DebugMail": {
        "description": "DebugMail (email testing service)",
        "host": "debugmail.io",
        "port": 25
    },
    "Disroot": {
        "description": "Disroot (privacy-focused provider)",
        "domains": [
            "disroot.org"
        ],
        "host": "disroot.org",
        "port": 587,
        "secure": false,
        "authMethod": "LOGIN"
    },
    "DynectEmail": {
        "description": "Dyn Email Delivery",
        "aliases": [
            "Dynect"
        ],
        "host": "smtp.dynect.net",
        "port": 25
    },
    "ElasticEmail": {
        "description": "Elastic Email",
        "aliases": [
            "Elastic Email"
        ],
        "host": "smtp.elasticemail.com",
        "port": 465,
        "secure": true
    },
    "Ethereal": {
        "description": "Ethereal Email (email testing service)",
        "aliases": [
            "ethereal.email"
        ],
        "host": "smtp.ethereal.email",
        "port": 587
    },
    "FastMail": {
        "description": "FastMail",
        "domains": [
            "fastmail.com",
            "fastmail.fm"
        ],
        "host": "smtp.fastmail.com",
        "port": 465,
        "secure": true
    },
    "Feishu Mail": {
        "description": "Feishu Mail (Lark)",
        "aliases": [
            "Feishu",
            "FeishuMail"
        ],
        "domains": [
            "www.feishu.cn"
        ],
        "host": "smtp.feishu.cn",
        "port": 465,
        "secure": true
    },
    "Forward Email": {
        "description": "Forward Email (email forwarding service)",
        "aliases": [
            "FE",
            "ForwardEmail"
        ],
        "domains": [
            "forwardemail.net"
        ],
        "host": "smtp.forwardemail.net",
        "port": 465,
        "secure": true
    },
    "GandiMail": {
        "description": "Gandi Mail",
        "aliases": [
            "Gandi",
            "Gandi Mail"
        ],
        "host": "mail.gandi.net",
        "port": 587
    },
    "Gmail": {
        "description": "Gmail",
        "aliases": [
            "Google Mail"
        ],
        "domains": [
            "gmail.com",
            "googlemail.com"
        ],
        "host": "smtp.gmail.com",
        "port": 465,
        "secure": true
    },
    "GmailWorkspace": {
        "description": "Gmail Workspace",
        "aliases": [
            "Google Workspace Mail"
        ],
        "host": "smtp-relay.gmail.com",
        "port": 465,
        "secure": true
    },
    "GMX": {
        "description": "GMX Mail",
        "domains": [
            "gmx.com",
            "gmx.net",
            "gmx.de"
        ],
        "host": "mail.gmx.com",
        "port": 587
    },
    "Godaddy": {
        "description": "GoDaddy Email (US)",
        "host": "smtpout.secureserver.net",
        "port": 25
    },
    "GodaddyAsia": {
        "description": "GoDaddy Email (Asia)",
        "host": "smtp.asia.secureserver.net",
        "port": 25
    },
    "GodaddyEurope": {
        "description": "GoDaddy Email (Europe)",
        "host": "smtp.europe.secureserver.net",
        "port": 25
    },
    "Groundmail": {
        "description": "Groundmail",
        "host": "smtp.groundmail.dev",
        "port": 587,
        "secure": false,
        "requireTLS": true
    },
    "hot.ee": {
        "description": "Hot.ee (Estonian email provider)",
        "host": "mail.hot.ee"
    },
    "Hotmail": {
        "description": "Outlook.com / Hotmail",
        "aliases": [
            "Outlook",
            "Outlook.com",
            "Hotmail.com"
        ],
        "domains": [
            "hotmail.com",
            "outlook.com"
        ],
        "host": "smtp-mail.outlook.com",
        "port": 587
    },
    "iCloud": {
        "description": "iCloud Mail",
        "aliases": [
            "Me",
            "Mac"
        ],
        "domains": [
            "icloud.com",
            "me.com",
            "mac.com"
        ],
        "host": "smtp.mail.me.com",
        "port": 587
    },
    "Infomaniak": {
        "description": "Infomaniak Mail (Swiss hosting provider)",
        "host": "mail.infomaniak.com",
        "domains": [
            "ik.me",
            "ikmail.com",
            "etik.com"
        ],
        "port": 587
    },
    "KolabNow": {
        "description": "KolabNow (secure email service)",
        "domains": [
            "kolabnow.com"
        ],
        "aliases": [
            "Kolab"
        ],
        "host": "smtp.kolabnow.com",
        "port": 465,
        "secure": true,
        "authMethod": "LOGIN"
    },
    "Loopia": {
        "description": "Loopia (Swedish hosting provider)",
        "host": "mailcluster.loopia.se",
        "port": 465
    },
    "Loops": {
        "description": "Loops",
        "host": "smtp.loops.so",
        "port": 587
    },
    "mail.ee": {
        "description": "Mail.ee (Estonian email provider)",
        "host": "smtp.mail.ee"
    },
    "Mail.ru": {
        "description": "Mail.ru",
        "host": "smtp.mail.ru",
        "port": 465,
        "secure": true
    },
    "Mailcatch.app": {
        "description": "Mailcatch (email testing service)",
        "host": "sandbox-smtp.mailcatch.app",
        "port": 2525
    },
    "Maildev": {
        "description": "MailDev (local email testing)",
        "port": 1025,
        "ignoreTLS": true
    },
    "MailerSend": {
        "description": "MailerSend",
        "host": "smtp.mailersend.net",
        "port": 587
    },
    "Mailgun": {
        "description": "Mailgun",
        "host": "smtp.mailgun.org",
        "port": 465,
        "secure": true
    },
    "Mailjet": {
        "description": "Mailjet",
        "host": "in.mailjet.com",
        "port": 587
    },
    "Mailosaur": {
        "description": "Mailosaur (email testing service)",
        "host": "mailosaur.io",
        "port": 25
    },
    "MailSenpai": {
        "description": "MailSenpai (SMTP Senpai, EU)",
        "host": "relay.mailsenpai.com",
        "port": 2525,
        "secure": false
    },
    "Mailtrap": {
        "description": "Mailtrap",
        "host": "live.smtp.mailtrap.io",
        "port": 587
    },
    "Mandrill": {
        "description": "Mandrill (by Mailchimp)",
        "host": "smtp.mandrillapp.com",
        "port": 587
    },
    "Naver": {
        "description": "Naver Mail (Korean email provider)",
        "host": "smtp.naver.com",
        "port": 587
    },
    "OhMySMTP": {
        "description": "OhMySMTP (email delivery service)",
        "host": "smtp.ohmysmtp.com",
        "port": 587,
        "secure": false
    },
    "One": {
        "description": "One.com Email",
        "host": "send.one.com",
        "port": 465,
        "secure": true
    },
    "OpenMailBox": {
        "description": "OpenMailBox",
        "aliases": [
            "OMB",
            "openmailbox.org"
        ],
        "host": "smtp.openmailbox.org",
        "port": 465,
        "secure": true
    },
    "Outlook365": {
        "description": "Microsoft 365 / Office 365",
        "host": "smtp.office365.com",
        "port": 587,
        "secure": false
    },
    "Oveyon": {
        "description": "Oveyon",
        "host": "smtp.oveyon.com",
        "port": 587,
        "secure": false,
        "requireTLS": true
    },
    "Postmark": {
        "description": "Postmark",
        "aliases": [
            "PostmarkApp"
        ],
        "host": "smtp.postmarkapp.com",
        "port": 2525
    },
    "Proton": {
        "description": "Proton Mail",
        "aliases": [
            "ProtonMail",
            "Proton.me",
            "Protonmail.com",
            "Protonmail.ch"
        ],
        "domains": [
            "proton.me",
            "protonmail.com",
            "pm.me",
            "protonmail.ch"
        ],
        "host": "smtp.protonmail.ch",
        "port": 587,
        "requireTLS": true
    },
    "qiye.aliyun": {
        "description": "Alibaba Mail Enterprise Edition",
        "host": "smtp.mxhichina.com",
        "port": "465",
        "secure": true
    },
    "QQ": {
        "description": "QQ Mail",
        "domains": [
            "qq.com"
        ],
        "host": "smtp.qq.com",
        "port": 465,
        "secure": true
    },
    "QQex": {
        "description": "QQ Enterprise Mail",
        "aliases": [
            "QQ Enterprise"
        ],
        "domains": [
            "exmail.qq.com"
        ],
        "host": "smtp.exmail.qq.com",
        "port": 465,
        "secure": true
    },
    "Resend": {
        "description": "Resend",
        "host": "smtp.resend.com",
        "port": 465,
        "secure": true
    },
    "Runbox": {
        "description": "Runbox (Norwegian email provider)",
        "domains": [
            "runbox.com"
        ],
        "host": "smtp.runbox.com",
        "port": 465,
        "secure": true
    },
    "SendCloud": {
        "description": "SendCloud (Chinese email delivery)",
        "host": "smtp.sendcloud.net",
        "port": 2525
    },
    "SendGrid": {
        "description": "SendGrid",
        "host": "smtp.sendgrid.net",
        "port": 587
    },
    "SendinBlue": {
        "description": "Brevo (formerly Sendinblue)",
        "aliases": [
            "Brevo"
        ],
        "host": "smtp-relay.brevo.com",
        "port": 587
    },
    "Sendora": {
        "description": "Sendora",
        "host": "smtp.sendora.se",
        "port": 465,
        "secure": true
    },
    "SendPulse": {
        "description": "SendPulse",
        "host": "smtp-pulse.com",
        "port": 465,
        "secure": true
    },
    "SES": {
        "description": "AWS SES US East (N. Virginia)",
        "host": "email-smtp.us-east-1.amazonaws.com",
        "port": 465,
        "secure": true
    },
    "SES-AP-NORTHEAST-1": {
        "description": "AWS SES Asia Pacific (Tokyo)",
        "host": "email-smtp.ap-northeast-1.amazonaws.com",
        "port": 465,
        "secure": true
    },
    "SES-AP-NORTHEAST-2": {
        "description": "AWS SES Asia Pacific (Seoul)",
        "host": "email-smtp.ap-northeast-2.amazonaws.com",
        "port": 465,
        "secure": true
    },
    "SES-AP-NORTHEAST-3": {
        "description": "AWS SES Asia Pacific (Osaka)",
        "host": "email-smtp.ap-northeast-3.amazonaws.com",
        "port": 465,
        "secure": true
    },
    "SES-AP-SOUTH-1": {
        "description": "AWS SES Asia Pacific (Mumbai)",
        "host": "email-smtp.ap-south-1.amazonaws.com",
        "port": 465,
        "secure": true
    },
    "SES-AP-SOUTHEAST-1": {
        "description": "AWS SES Asia Pacific (Singapore)",
        "host": "email-smtp.ap-southeast-1.amazonaws.com",
        "port": 465,
        "secure": true
    },
    "SES-AP-SOUTHEAST-2": {
        "description": "AWS SES Asia Pacific (Sydney)",
        "host": "email-smtp.ap-southeast-2.amazonaws.com",
        "port": 465,
        "secure": true
    },
    "SES-CA-CENTRAL-1": {
        "description": "AWS SES Canada (Central)",
        "host": "email-smtp.ca-central-1.amazonaws.com",
        "port": 465,
        "secure": true
    },
    "SES-EU-CENTRAL-1": {
        "description": "AWS SES Europe (Frankfurt)",
        "host": "email-smtp.eu-central-1.amazonaws.com",
        "port": 465,
        "secure": true
    },
    "SES-EU-NORTH-1": {
        "description": "AWS SES Europe (Stockholm)",
        "host": "email-smtp.eu-north-1.amazonaws.com",
        "port": 465,
        "secure": true
    },
    "SES-EU-WEST-1": {
        "description": "AWS SES Europe (Ireland)",
        "host": "email-smtp.eu-west-1.amazonaws.com",
        "port": 465,
        "secure": true
    },
    "SES-EU-WEST-2": {
        "description": "AWS SES Europe (London)",
        "host": "email-smtp.eu-west-2.amazonaws.com",
        "port": 465,
        "secure": true
    },
    "SES-EU-WEST-3": {
        "description": "AWS SES Europe (Paris)",
        "host": "email-smtp.eu-west-3.amazonaws.com",
        "port": 465,
        "secure": true
    },
    "SES-SA-EAST-1": {
        "description": "AWS SES South America (São Paulo)",
        "host": "email-smtp.sa-east-1.amazonaws.com",
        "port": 465,
        "secure": true
    },
    "SES-US-EAST-1": {
        "description": "AWS SES US East (N. Virginia)",
        "host": "email-smtp.us-east-1.amazonaws.com",
        "port": 465,
        "secure": true
    },
    "SES-US-EAST-2": {
        "description": "AWS SES US East (Ohio)",
        "host": "email-smtp.us-east-2.amazonaws.com",
        "port": 465,
        "secure": true
    },
    "SES-US-GOV-EAST-1": {
        "description": "AWS SES GovCloud (US-East)",
        "host": "email-smtp.us-gov-east-1.amazonaws.com",
        "port": 465,
        "secure": true
    },
    "SES-US-GOV-WEST-1": {
        "description": "AWS SES GovCloud (US-West)",
        "host": "email-smtp.us-gov-west-1.amazonaws.com",
        "port": 465,
        "secure": true
    },
    "SES-US-WEST-1": {
        "description": "AWS SES US West (N. California)",
        "host": "email-smtp.us-west-1.amazonaws.com",
        "port": 465,
        "secure": true
    },
    "SES-US-WEST-2": {
        "description": "AWS SES US West (Oregon)",
        "host": "email-smtp.us-west-2.amazonaws.com",
        "port": 465,
        "secure": true
    },
    "Seznam": {
        "description": "Seznam Email (Czech email provider)",
        "aliases": [
            "Seznam Email"
        ],
        "domains": [
            "seznam.cz",
            "email.cz",
            "post.cz",
            "spoluzaci.cz"
        ],
        "host": "smtp.seznam.cz",
        "port": 465,
        "secure": true
    },
    "SMTP2GO": {
        "description": "SMTP2GO",
        "host": "mail.smtp2go.com",
        "port": 2525
    },
    "SpacePost": {
        "description": "SpacePost",
        "host": "smtp.spacepost.dev",
        "port": 25976,
        "secure": false,
        "requireTLS": true
    },
    "Sparkpost": {
        "description": "SparkPost",
        "aliases": [
            "SparkPost",
            "SparkPost Mail"
        ],
        "domains": [
            "sparkpost.com"
        ],
        "host": "smtp.sparkpostmail.com",
        "port": 587,
        "secure": false
    },
    "Tipimail": {
        "description": "Tipimail (email delivery service)",
        "host": "smtp.tipimail.com",
        "port": 587
    },
    "TurboSMTP": {
        "description": "TurboSMTP",
        "host": "pro.turbo-smtp.com",
        "port": 465,
        "secure": true
    },
    "TurboSMTP-EU": {
        "description": "TurboSMTP (EU region)",
        "host": "pro.eu.turbo-smtp.com",
        "port": 465,
        "secure": true
    },
    "Tutanota": {
        "description": "Tutanota (Tuta Mail)",
        "domains": [
            "tutanota.com",
            "tuta.com",
            "tutanota.de",
            "tuta.io"
        ],
        "host": "smtp.tutanota.com",
        "port": 465,
        "secure": true
    },
    "Yahoo": {
        "description": "Yahoo Mail",
        "domains": [
            "yahoo.com"
        ],
        "host": "smtp.mail.yahoo.com",
        "port": 465,
        "secure": true
    },
    "Yandex": {
        "description": "Yandex Mail",
        "domains": [
            "yandex.ru"
        ],
        "host": "smtp.yandex.ru",
        "port": 465,
        "secure": true
    },
    "Zimbra": {
        "description": "Zimbra Mail Server",
        "aliases": [
            "Zimbra Collaboration"
        ],
        "host": "smtp.zimbra.com",
        "port": 587,
        "requireTLS": true
    },
    "Zoho": {
        "description": "Zoho Mail",
        "host": "smtp.zoho.com",
        "port": 465,
        "secure": true,
        "authMethod": "LOGIN"
    }
};

;// CONCATENATED MODULE: ./src/providers.ts
// Provider knowledge. Hosts and ports come from nodemailer's well-known services table;
// this module adds what people type, which domains a provider owns, and which credential it wants.

const SIXTEEN_LETTERS = /^[A-Za-z]{16}$/;
const PROFILE_TABLE = [
    {
        id: 'qq',
        vendor: 'tencent',
        service: 'QQ',
        nameEn: 'QQ Mail',
        nameZh: 'QQ 邮箱',
        aliases: ['qq', 'qqmail', 'qq邮箱', 'foxmail'],
        domains: ['qq.com', 'vip.qq.com', 'foxmail.com'],
        personalOnly: true,
        strictFrom: true,
        credential: 'auth-code',
        credentialShape: SIXTEEN_LETTERS,
        textMarks: ['smtp.qq.com', 'mail.qq.com', 'service.mail.qq.com'],
        imapHost: 'imap.qq.com',
        help: 'https://service.mail.qq.com/detail/0/75',
    },
    {
        id: '163',
        vendor: 'netease',
        service: '163',
        nameEn: 'NetEase 163 Mail',
        nameZh: '网易 163 邮箱',
        aliases: ['163', '163mail', '163.com', 'netease', 'wangyi', '网易'],
        domains: ['163.com', 'vip.163.com'],
        personalOnly: true,
        strictFrom: true,
        credential: 'auth-code',
        credentialShape: SIXTEEN_LETTERS,
        textMarks: ['smtp.163.com', 'mail.163.com', 'dt:spm'],
        imapHost: 'imap.163.com',
        help: 'https://help.mail.163.com/',
    },
    {
        id: '126',
        vendor: 'netease',
        service: '126',
        nameEn: 'NetEase 126 Mail',
        nameZh: '网易 126 邮箱',
        aliases: ['126', '126mail', '126.com'],
        domains: ['126.com', 'vip.126.com'],
        personalOnly: true,
        strictFrom: true,
        credential: 'auth-code',
        credentialShape: SIXTEEN_LETTERS,
        textMarks: ['smtp.126.com'],
        imapHost: 'imap.126.com',
        help: 'https://help.mail.163.com/',
    },
    {
        id: 'gmail',
        vendor: 'google',
        service: 'Gmail',
        nameEn: 'Gmail / Google Workspace',
        nameZh: 'Gmail / Google Workspace',
        aliases: ['gmail', 'googlemail', 'google', 'gsuite', 'googleworkspace', 'workspace'],
        domains: ['gmail.com', 'googlemail.com'],
        personalOnly: false,
        credential: 'app-password',
        credentialShape: SIXTEEN_LETTERS,
        textMarks: ['smtp.gmail.com', 'gsmtp', 'support.google.com/mail', 'aspmx.l.google.com'],
        imapHost: 'imap.gmail.com',
        oauth2TokenUrl: 'https://oauth2.googleapis.com/token',
        help: 'https://support.google.com/accounts/answer/185833',
    },
    {
        id: 'outlook',
        vendor: 'microsoft',
        service: 'Outlook365',
        nameEn: 'Microsoft 365 / Exchange Online',
        nameZh: 'Microsoft 365 / Exchange Online',
        aliases: ['outlook', 'outlook365', 'office365', 'o365', 'microsoft365', 'm365', 'exchange', 'exchangeonline'],
        domains: [],
        accountFamily: 'microsoft',
        personalOnly: false,
        credential: 'password',
        basicAuthRetirement: 'exchange-online',
        textMarks: [
            'smtp.office365.com',
            'outlook.office365.com',
            'protection.outlook.com',
            'prod.outlook.com',
            'storedrv',
            'smtpclientauthentication',
        ],
        imapHost: 'outlook.office365.com',
        oauth2TokenUrl: 'https://login.microsoftonline.com/common/oauth2/v2.0/token',
        help: 'https://learn.microsoft.com/exchange/clients-and-mobile-in-exchange-online/authenticated-client-smtp-submission',
    },
    {
        id: 'hotmail',
        vendor: 'microsoft',
        service: 'Hotmail',
        nameEn: 'Outlook.com / Hotmail',
        nameZh: 'Outlook.com / Hotmail',
        aliases: ['hotmail', 'outlook.com', 'live', 'msn'],
        domains: ['outlook.com', 'hotmail.com', 'live.com', 'msn.com'],
        accountFamily: 'microsoft',
        personalOnly: true,
        credential: 'password',
        basicAuthRetirement: 'outlook-consumer',
        textMarks: ['smtp-mail.outlook.com', 'smtp.live.com'],
        imapHost: 'outlook.office365.com',
        oauth2TokenUrl: 'https://login.microsoftonline.com/consumers/oauth2/v2.0/token',
        help: 'https://support.microsoft.com/office/pop-imap-and-smtp-settings-for-outlook-com-d088b986-291d-42b8-9564-9c414e2aa040',
    },
    {
        id: 'exmail',
        vendor: 'tencent',
        service: 'QQex',
        nameEn: 'Tencent Exmail',
        nameZh: '腾讯企业邮箱',
        aliases: ['exmail', 'qqex', 'tencentexmail', 'qqexmail', '腾讯企业邮', '腾讯企业邮箱'],
        domains: [],
        personalOnly: false,
        credential: 'password',
        textMarks: ['smtp.exmail.qq.com', 'exmail.qq.com'],
        imapHost: 'imap.exmail.qq.com',
        help: 'https://open.work.weixin.qq.com/help2/pc/19886',
    },
    {
        id: 'aliyun',
        vendor: 'alibaba',
        service: 'Aliyun',
        nameEn: 'Alibaba Cloud Mail',
        nameZh: '阿里邮箱（个人版）',
        aliases: ['aliyun', 'aliyunmail', 'alimail'],
        domains: ['aliyun.com'],
        personalOnly: true,
        credential: 'password',
        textMarks: ['smtp.aliyun.com'],
        imapHost: 'imap.aliyun.com',
        help: 'https://help.aliyun.com/product/35466.html',
    },
    {
        id: 'aliyunqiye',
        vendor: 'alibaba',
        service: 'AliyunQiye',
        nameEn: 'Alibaba Cloud Enterprise Mail',
        nameZh: '阿里企业邮箱',
        aliases: ['aliyunqiye', 'qiyealiyun', 'aliqiye', '阿里企业邮箱'],
        domains: [],
        personalOnly: false,
        credential: 'password',
        textMarks: ['smtp.qiye.aliyun.com', 'qiye.aliyun.com'],
        imapHost: 'imap.qiye.aliyun.com',
        help: 'https://help.aliyun.com/product/35466.html',
    },
    {
        id: 'aliyun-directmail',
        vendor: 'alibaba-cloud',
        service: 'AliyunDirectMail',
        nameEn: 'Alibaba Cloud DirectMail',
        nameZh: '阿里云邮件推送',
        aliases: ['directmail', 'aliyundirectmail', 'aliyundm', 'alidm', 'alidirectmail', '邮件推送', '阿里云邮件推送'],
        domains: [],
        personalOnly: false,
        credential: 'smtp-password',
        // Implicit TLS on 465; 25 and 80 also answer (plain, then STARTTLS): cloud servers block 25, so 80 or 465.
        server: { host: 'smtpdm.aliyun.com', port: 465, secure: true },
        alsoPorts: [80],
        textMarks: ['smtpdm.aliyun.com', 'smtpdm-', 'directmail', 'dm.aliyuncs.com'],
        help: 'https://help.aliyun.com/zh/direct-mail/',
    },
    {
        id: 'tencent-ses',
        vendor: 'tencent-cloud',
        service: 'TencentCloudSES',
        nameEn: 'Tencent Cloud SES',
        nameZh: '腾讯云邮件推送',
        aliases: ['tencentses', 'tencentcloudses', 'qcloudses', 'qcloudmail', '腾讯云邮件推送', '腾讯云邮件'],
        domains: [],
        personalOnly: false,
        credential: 'smtp-password',
        // 465 only: Tencent Cloud disables 25.
        server: { host: 'smtp.qcloudmail.com', port: 465, secure: true },
        textMarks: ['qcloudmail.com', 'qcloudmail'],
        help: 'https://cloud.tencent.com/document/product/1288',
    },
    {
        id: 'ses',
        vendor: 'amazon',
        service: 'SES',
        nameEn: 'Amazon SES',
        nameZh: 'Amazon SES',
        aliases: ['ses', 'amazonses', 'awsses'],
        domains: [],
        personalOnly: false,
        credential: 'smtp-credentials',
        textMarks: ['amazonaws.com', 'amazon ses', 'email-smtp.'],
        help: 'https://docs.aws.amazon.com/ses/latest/dg/smtp-credentials.html',
    },
    {
        id: 'sendgrid',
        vendor: 'twilio',
        service: 'SendGrid',
        nameEn: 'SendGrid',
        nameZh: 'SendGrid',
        aliases: ['sendgrid'],
        domains: [],
        personalOnly: false,
        credential: 'api-key',
        credentialShape: /^SG\.[\w-]{10,}\.[\w-]{10,}$/,
        fixedUser: 'apikey',
        textMarks: ['smtp.sendgrid.net', 'sendgrid'],
        help: 'https://www.twilio.com/docs/sendgrid/for-developers/sending-email/integrating-with-the-smtp-api',
    },
    {
        id: 'yahoo',
        vendor: 'yahoo',
        service: 'Yahoo',
        nameEn: 'Yahoo Mail',
        nameZh: '雅虎邮箱',
        aliases: ['yahoo', 'yahoomail'],
        domains: ['yahoo.com'],
        personalOnly: true,
        credential: 'app-password',
        credentialShape: SIXTEEN_LETTERS,
        textMarks: ['smtp.mail.yahoo.com'],
        imapHost: 'imap.mail.yahoo.com',
        help: 'https://help.yahoo.com/kb/SLN15241.html',
    },
];
/** Every provider profile, as the rest of the code reads them. */
const PROFILES = PROFILE_TABLE;
const normalize = (name) => name
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '');
const serviceKeys = Object.keys(services);
function serviceEntry(key) {
    return services[key];
}
function findServiceKey(name) {
    const wanted = normalize(name);
    return serviceKeys.find((key) => {
        const entry = serviceEntry(key);
        return normalize(key) === wanted || (entry?.aliases ?? []).some((alias) => normalize(alias) === wanted);
    });
}
function toResolved(serviceKey, profile) {
    if (profile?.server)
        return { id: profile.id, service: serviceKey, ...profile.server, profile };
    const entry = serviceEntry(serviceKey);
    if (!entry?.host)
        return undefined;
    const port = Number(entry.port ?? (entry.secure ? 465 : 587));
    return { id: profile?.id ?? serviceKey, service: serviceKey, host: entry.host, port, secure: entry.secure ?? port === 465, profile };
}
/** Ports that start in plain text (then STARTTLS); 465 starts with TLS. Other ports may be either. */
const PLAINTEXT_SUBMISSION_PORTS = [25, 587, 2525];
/** A port and TLS mode that cannot work together, or undefined. */
function portModeMismatch(port, secure) {
    if (secure && PLAINTEXT_SUBMISSION_PORTS.includes(port))
        return 'tls-on-plaintext-port';
    if (!secure && port === 465)
        return 'plaintext-on-465';
    return undefined;
}
/** The provider that owns `domain` when it is not `providerId` (nor of its family): a certain login failure. */
function conflictingOwner(providerId, domain) {
    const owner = providerForDomain(domain);
    if (!owner || owner.id === providerId)
        return undefined;
    const family = findProfile(providerId)?.accountFamily;
    return family !== undefined && owner.profile?.accountFamily === family ? undefined : owner;
}
function findProfile(id) {
    return PROFILES.find((p) => p.id === id);
}
/** The vendor of a provider id, for replies that mean the same at every provider of one company. */
function vendorOf(id) {
    return id === undefined ? undefined : PROFILE_TABLE.find((p) => p.id === id)?.vendor;
}
function lookupProvider(name) {
    const wanted = normalize(name);
    if (wanted === 'custom' || wanted === 'smtp')
        return { kind: 'custom' };
    const profile = PROFILES.find((p) => p.id === wanted || p.aliases.some((a) => normalize(a) === wanted));
    const serviceKey = profile?.service ?? findServiceKey(name);
    const resolved = serviceKey ? toResolved(serviceKey, profile ?? PROFILES.find((p) => p.service === serviceKey)) : undefined;
    if (resolved)
        return { kind: 'known', provider: resolved };
    return { kind: 'unknown', suggestion: suggestProvider(wanted) };
}
/**
 * The provider a text names by its SMTP host or its wording (a log line that says `smtp.exmail.qq.com`, or
 * `email-smtp.us-east-1.amazonaws.com`), for a diagnosis that has no configured provider. Hosts come from
 * nodemailer's table through the profiles; the most specific mark wins (Exmail's host before QQ's).
 */
function providerInText(text) {
    const lower = text.toLowerCase();
    const marks = PROFILES.flatMap((p) => {
        const host = toResolved(p.service, p)?.host ?? '';
        return [...(host ? [host] : []), ...p.textMarks].map((mark) => [mark.toLowerCase(), p.id]);
    }).sort(([a], [b]) => b.length - a.length);
    return marks.find(([mark]) => lower.includes(mark))?.[1];
}
/** The provider that owns a public mailbox domain, from our profiles or nodemailer's table. */
function providerForDomain(domain) {
    const wanted = domain.trim().toLowerCase();
    if (!wanted)
        return undefined;
    const profile = PROFILES.find((p) => p.domains.includes(wanted));
    if (profile)
        return toResolved(profile.service, profile);
    const key = serviceKeys.find((k) => (serviceEntry(k)?.domains ?? []).some((d) => d.toLowerCase() === wanted));
    return key
        ? toResolved(key, PROFILES.find((p) => p.service === key))
        : undefined;
}
/** Domains whose DNS belongs to a mailbox provider, not to the sender. */
function isPublicMailboxDomain(domain) {
    return providerForDomain(domain) !== undefined;
}
function suggestProvider(wanted) {
    const candidates = [...PROFILES.flatMap((p) => [p.id, ...p.aliases]), ...serviceKeys].map((c) => [c, normalize(c)]);
    let best;
    for (const [name, norm] of candidates) {
        const distance = editDistance(wanted, norm);
        if (!best || distance < best.distance)
            best = { name, distance };
    }
    const limit = wanted.length <= 4 ? 1 : 2;
    if (!best || best.distance > limit)
        return undefined;
    const profile = PROFILES.find((p) => p.id === best.name || p.aliases.includes(best.name));
    return profile?.id ?? best.name;
}
function editDistance(a, b) {
    const row = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        let diagonal = row[0];
        row[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const above = row[j];
            row[j] = Math.min(above + 1, row[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
            diagonal = above;
        }
    }
    return row[b.length];
}
/** Every provider id, for the texts that list them (`qq, 163, ...`): derived, never typed out again. */
const PROVIDER_LIST = () => PROFILES.map((p) => p.id).join(', ');


/***/ }),

/***/ 2463:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   AX: () => (/* binding */ firstProblem),
/* harmony export */   Cm: () => (/* binding */ chainLine),
/* harmony export */   I6: () => (/* binding */ chainHeadline),
/* harmony export */   JS: () => (/* binding */ chainSection),
/* harmony export */   Jt: () => (/* binding */ chainVerdict),
/* harmony export */   QZ: () => (/* binding */ worst),
/* harmony export */   Qf: () => (/* binding */ chainStatus),
/* harmony export */   sc: () => (/* binding */ chainViewOf)
/* harmony export */ });
/* unused harmony export problemWords */
/* harmony import */ var _i18n_index_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4908);
/* harmony import */ var _untrusted_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(873);
// One verdict for a failover chain: each target's own report, the primary first, joined into the run's report.
// All work: pass. Some work: degraded (a warning, or a failure under `require: all`), naming the broken ones
// and the one that carries the mail. None works: fail. The app's own checks (health, app, logs, lint) ran once,
// beside the chain, and their verdict joins it as it is.


const WORSE = { pass: 0, warn: 1, fail: 2 };
const worst = (...verdicts) => verdicts.reduce((a, b) => (WORSE[b] > WORSE[a] ? b : a), 'pass');
/** The first result that failed, else the first that warned: what the chain line names. */
function firstProblem(results) {
    return results.find((r) => r.status === 'fail') ?? results.find((r) => r.status === 'warn');
}
/** The chain's verdict from its targets' verdicts alone: a warning still carries mail. */
function chainStatus(verdicts) {
    const working = verdicts.filter((v) => v !== 'fail').length;
    return working === verdicts.length ? 'pass' : working > 0 ? 'degraded' : 'fail';
}
/** The mail's verdict for a chain: degraded is a warning, or a failure when every target is required. */
function chainVerdict(chain, verdicts, require) {
    if (chain === 'fail')
        return 'fail';
    if (chain === 'degraded')
        return require === 'all' ? 'fail' : 'warn';
    return worst(...verdicts);
}
/** The chain in words: each line's first problem is the view's own row (already redacted, ours and theirs apart). */
function chainViewOf(chain, rows) {
    return {
        status: chain.status,
        require: chain.require,
        ...(chain.carrier ? { carrier: _untrusted_js__WEBPACK_IMPORTED_MODULE_1__/* .Text */ .E.theirs(chain.carrier) } : {}),
        targets: chain.targets.map((t) => {
            const first = t.first && rows.find((r) => r.target?.plain === t.name && r.id === t.first?.id);
            return {
                name: _untrusted_js__WEBPACK_IMPORTED_MODULE_1__/* .Text */ .E.theirs(t.name),
                role: t.role,
                status: t.status,
                provider: _untrusted_js__WEBPACK_IMPORTED_MODULE_1__/* .Text */ .E.theirs(t.provider),
                where: _untrusted_js__WEBPACK_IMPORTED_MODULE_1__/* .Text */ .E.theirs(`${t.host || '?'}:${t.port}`),
                secure: t.secure,
                ...(first ? { first } : {}),
            };
        }),
    };
}
/** A problem as one phrase: its title, then what it says (the server's reply is in there). */
const problemWords = (r, language) => _untrusted_js__WEBPACK_IMPORTED_MODULE_1__/* .Text */ .E.fill((0,_i18n_index_js__WEBPACK_IMPORTED_MODULE_0__/* .pick */ .Up)(_i18n_index_js__WEBPACK_IMPORTED_MODULE_0__.UI.labelled, language), { label: r.title, text: r.message });
/**
 * The chain's headline: all work; the broken primary with its problem and the backup that carries the mail; the
 * broken backups while the primary carries it; or none works.
 */
function chainHeadline(chain, language) {
    const broken = chain.targets.filter((t) => t.status === 'fail');
    const names = _untrusted_js__WEBPACK_IMPORTED_MODULE_1__/* .Text */ .E.join(broken.map((t) => t.name), (0,_i18n_index_js__WEBPACK_IMPORTED_MODULE_0__/* .pick */ .Up)(_i18n_index_js__WEBPACK_IMPORTED_MODULE_0__.UI.listSeparator, language));
    if (chain.status === 'pass')
        return _untrusted_js__WEBPACK_IMPORTED_MODULE_1__/* .Text */ .E.ours((0,_i18n_index_js__WEBPACK_IMPORTED_MODULE_0__/* .interpolate */ .GW)((0,_i18n_index_js__WEBPACK_IMPORTED_MODULE_0__/* .pick */ .Up)(_i18n_index_js__WEBPACK_IMPORTED_MODULE_0__.UI.chainPass, language), { count: chain.targets.length }));
    if (chain.status === 'fail')
        return _untrusted_js__WEBPACK_IMPORTED_MODULE_1__/* .Text */ .E.fill((0,_i18n_index_js__WEBPACK_IMPORTED_MODULE_0__/* .pick */ .Up)(_i18n_index_js__WEBPACK_IMPORTED_MODULE_0__.UI.chainFail, language), { names });
    const [primary] = chain.targets;
    const problem = (t) => (t.first ? problemWords(t.first, language) : _untrusted_js__WEBPACK_IMPORTED_MODULE_1__/* .Text */ .E.ours('-'));
    if (primary && primary.status === 'fail')
        return _untrusted_js__WEBPACK_IMPORTED_MODULE_1__/* .Text */ .E.fill((0,_i18n_index_js__WEBPACK_IMPORTED_MODULE_0__/* .pick */ .Up)(chain.require === 'all' ? _i18n_index_js__WEBPACK_IMPORTED_MODULE_0__.UI.chainPrimaryDownRequired : _i18n_index_js__WEBPACK_IMPORTED_MODULE_0__.UI.chainPrimaryDown, language), {
            primary: primary.name,
            problem: problem(primary),
            carrier: chain.carrier ?? _untrusted_js__WEBPACK_IMPORTED_MODULE_1__/* .Text */ .E.ours('-'),
        });
    const [firstBroken] = broken;
    return _untrusted_js__WEBPACK_IMPORTED_MODULE_1__/* .Text */ .E.fill((0,_i18n_index_js__WEBPACK_IMPORTED_MODULE_0__/* .pick */ .Up)(chain.require === 'all' ? _i18n_index_js__WEBPACK_IMPORTED_MODULE_0__.UI.chainBackupDownRequired : _i18n_index_js__WEBPACK_IMPORTED_MODULE_0__.UI.chainBackupDown, language), {
        names,
        problem: firstBroken ? problem(firstBroken) : _untrusted_js__WEBPACK_IMPORTED_MODULE_1__/* .Text */ .E.ours('-'),
        carrier: chain.carrier ?? _untrusted_js__WEBPACK_IMPORTED_MODULE_1__/* .Text */ .E.ours('-'),
    });
}
/** One line per target: role, name, provider, server, verdict and first problem. */
function chainLine(t, language) {
    const line = _untrusted_js__WEBPACK_IMPORTED_MODULE_1__/* .Text */ .E.fill((0,_i18n_index_js__WEBPACK_IMPORTED_MODULE_0__/* .pick */ .Up)(_i18n_index_js__WEBPACK_IMPORTED_MODULE_0__.UI.chainLine, language), {
        role: _untrusted_js__WEBPACK_IMPORTED_MODULE_1__/* .Text */ .E.ours((0,_i18n_index_js__WEBPACK_IMPORTED_MODULE_0__/* .pick */ .Up)(t.role === 'primary' ? _i18n_index_js__WEBPACK_IMPORTED_MODULE_0__.UI.chainPrimary : _i18n_index_js__WEBPACK_IMPORTED_MODULE_0__.UI.chainBackup, language)),
        name: t.name,
        provider: t.provider,
        where: t.where,
        verdict: _untrusted_js__WEBPACK_IMPORTED_MODULE_1__/* .Text */ .E.ours((0,_i18n_index_js__WEBPACK_IMPORTED_MODULE_0__/* .pick */ .Up)(_i18n_index_js__WEBPACK_IMPORTED_MODULE_0__.UI.chainStatusWord[t.status], language)),
    });
    return t.first ? line.concat(_untrusted_js__WEBPACK_IMPORTED_MODULE_1__/* .Text */ .E.fill((0,_i18n_index_js__WEBPACK_IMPORTED_MODULE_0__/* .pick */ .Up)(_i18n_index_js__WEBPACK_IMPORTED_MODULE_0__.UI.chainProblem, language), { problem: problemWords(t.first, language) })) : line;
}
/** A server's section heading: role, name, provider and where. */
function chainSection(t, language) {
    return _untrusted_js__WEBPACK_IMPORTED_MODULE_1__/* .Text */ .E.fill((0,_i18n_index_js__WEBPACK_IMPORTED_MODULE_0__/* .pick */ .Up)(_i18n_index_js__WEBPACK_IMPORTED_MODULE_0__.UI.chainTargetSection, language), {
        role: _untrusted_js__WEBPACK_IMPORTED_MODULE_1__/* .Text */ .E.ours((0,_i18n_index_js__WEBPACK_IMPORTED_MODULE_0__/* .pick */ .Up)(t.role === 'primary' ? _i18n_index_js__WEBPACK_IMPORTED_MODULE_0__.UI.chainPrimary : _i18n_index_js__WEBPACK_IMPORTED_MODULE_0__.UI.chainBackup, language)),
        name: t.name,
        provider: t.provider,
        where: t.where,
    });
}


/***/ }),

/***/ 4622:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $$: () => (/* binding */ forChatText),
/* harmony export */   B2: () => (/* binding */ forHtml),
/* harmony export */   BO: () => (/* binding */ forMarkdownCell),
/* harmony export */   Co: () => (/* binding */ forSlack),
/* harmony export */   Ig: () => (/* binding */ forLog),
/* harmony export */   Jc: () => (/* binding */ forAnnotation),
/* harmony export */   Nt: () => (/* binding */ forChatMarkdown),
/* harmony export */   Qf: () => (/* binding */ forTerminal),
/* harmony export */   ZD: () => (/* binding */ escapeHtml),
/* harmony export */   aB: () => (/* binding */ toJson),
/* harmony export */   mj: () => (/* binding */ forHtmlPre),
/* harmony export */   tL: () => (/* binding */ terminalLine),
/* harmony export */   yl: () => (/* binding */ annotationFile)
/* harmony export */ });
// Built from code points so that this file holds no raw control characters.
const range = (from, to) => `\\u${from.toString(16).padStart(4, '0')}-\\u${to.toString(16).padStart(4, '0')}`;
/** CR, LF and the other line ends a reader may split on (NEL, LS, PS). */
const LINE_END = /\r\n|[\r\n\u0085\u2028\u2029]/g;
/** ANSI escape sequences: CSI (colours, cursor, erase), OSC (titles, links), and two-byte escapes. */
const ANSI = new RegExp(`\\u001b\\[[0-?]*[ -/]*[@-~]|\\u001b\\][^\\u0007\\u001b]*(?:\\u0007|\\u001b\\\\)?|\\u001b[@-_]?`, 'g');
/** Every other control character (C0, DEL, C1) and the bidirectional overrides that reorder what is shown. */
const CONTROL = new RegExp(`[${range(0, 0x1f)}${range(0x7f, 0x9f)}${range(0x202a, 0x202e)}${range(0x2066, 0x2069)}]`, 'g');
/** U+2060 WORD JOINER: invisible, and breaks a token a parser would otherwise act on. */
const JOIN = '\u2060';
/** Their text on one line, with nothing that steers a terminal or a parser: line ends shown as ↵. */
function oneLine(text) {
    return text.replace(ANSI, '').replace(LINE_END, ' ↵ ').replace(/\t/g, ' ').replace(CONTROL, '');
}
/** Our parts split at their backticks: runs of text and whether each run is inside a code span. */
function spans(parts) {
    const out = [{ code: false, parts: [] }];
    for (const part of parts) {
        if (!part.ours) {
            out.at(-1)?.parts.push(part);
            continue;
        }
        part.text.split('`').forEach((piece, i) => {
            if (i > 0)
                out.push({ code: !(out.at(-1)?.code ?? false), parts: [] });
            if (piece !== '')
                out.at(-1)?.parts.push({ ours: true, text: piece });
        });
    }
    return out.filter((s) => s.parts.length > 0);
}
// ---- the workflow log (core.info) ----
/**
 * One log line. The runner splits its input on CR and LF, trims leading blanks and runs any line that starts
 * with `::` (and the old `##[` form anywhere): their line ends are gone, and neither form can appear.
 */
function forLog(text) {
    const line = text.parts.map((p) => (p.ours ? p.text : oneLine(p.text))).join('');
    const defused = line.replace(/##\[/g, `##${JOIN}[`);
    return /^\s*::/.test(defused) ? `${JOIN}${defused}` : defused;
}
// ---- annotations (core.error / warning / notice, whose data @actions/core escapes) ----
/** An annotation's message or title: one line, no control characters, no `##[` (the runner escapes the rest). */
function forAnnotation(text) {
    return text.parts
        .map((p) => (p.ours ? p.text : oneLine(p.text)))
        .join('')
        .replace(/##\[/g, `##${JOIN}[`);
}
/**
 * A repository path as an annotation's `file` property, or nothing: a path with control characters or `##[`
 * cannot be passed unchanged (the annotation then goes without a location; the message still names it).
 */
function annotationFile(path) {
    const clean = path.replace(ANSI, '').replace(LINE_END, '').replace(CONTROL, '');
    return clean !== path || path.includes('##[') ? undefined : path;
}
// ---- the terminal ----
function forTerminal(text, color) {
    return spans(text.parts)
        .map((span) => {
        const body = span.parts.map((p) => (p.ours ? p.text : oneLine(p.text))).join('');
        return span.code && color ? `\u001b[36m${body}\u001b[39m` : body;
    })
        .join('');
}
/** A line of raw evidence (a transcript line) on the terminal: their characters only, nothing that moves the cursor. */
function terminalLine(line) {
    return oneLine(line);
}
// ---- the job summary (HTML blocks inside GitHub-flavoured markdown) ----
const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
/** A web address in our own words (a provider's help page), up to the punctuation that ends a sentence. */
const OUR_URL = /https:\/\/[\w\-.~:/?#@!$&*+,;=%]+[\w\-~/#=%]/g;
/** Our words with their web addresses as links: only ours, a server's or a file's addresses stay text. */
function linked(text) {
    let out = '';
    let at = 0;
    for (const match of text.matchAll(OUR_URL)) {
        const url = escapeHtml(match[0]);
        out += `${escapeHtml(text.slice(at, match.index))}<a href="${url}">${url}</a>`;
        at = match.index + match[0].length;
    }
    return out + escapeHtml(text.slice(at));
}
/**
 * Inline HTML for a table cell or list item: everything escaped, our code spans as <code>, our web addresses
 * as links, and their line ends as <br>, so no blank line can end the HTML block and let markdown render what follows.
 */
function forHtml(text) {
    return spans(text.parts)
        .map((span) => {
        const body = span.parts
            .map((p) => {
            if (p.ours && !span.code)
                return linked(p.text);
            // Line ends become <br>; each line is cleaned on its own (CONTROL would take the line end itself).
            return p.text
                .replace(ANSI, '')
                .split(LINE_END)
                .map((line) => escapeHtml(line.replace(CONTROL, '')))
                .join('<br>');
        })
            .join('');
        return span.code ? `<code>${body}</code>` : body;
    })
        .join('');
}
/** Raw evidence inside <pre>: escaped, line ends kept (a <pre> block runs to its closing tag), nothing else. */
function forHtmlPre(lines) {
    return lines.map((line) => escapeHtml(line.replace(ANSI, '').replace(LINE_END, '\n').replace(CONTROL, ''))).join('\n');
}
// ---- the pull-request comment (markdown that GitHub links, mentions and renders) ----
/** Every ASCII punctuation character, which a backslash makes literal in CommonMark. */
const MARKDOWN_PUNCTUATION = /[!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~]/g;
/** Their words outside a code span: literal, and nothing GitHub turns into a mention, a reference or a link. */
function markdownLiteral(text) {
    const flat = oneLine(text)
        .replace(/@/g, `@${JOIN}`)
        .replace(/#(?=\w)/g, `#${JOIN}`)
        .replace(/(https?|ftp|mailto|www)(?=[:.])/gi, `$1${JOIN}`);
    return flat.replace(MARKDOWN_PUNCTUATION, (c) => `\\${c}`);
}
/** A code span that holds any text: a fence longer than any backtick run inside it. */
function codeSpan(content) {
    const longest = Math.max(0, ...(content.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longest + 1);
    const padded = /^`|`$|^ .* $/.test(content) || content.trim() === '' ? ` ${content} ` : content;
    return `${fence}${padded}${fence}`;
}
/**
 * Markdown for a table cell of the PR comment: their text never opens HTML, an image, a link or a mention,
 * and never closes our code spans; `|` and line ends cannot split the row.
 */
function forMarkdownCell(text) {
    return spans(text.parts)
        .map((span) => {
        if (span.code)
            return codeSpan(span.parts.map((p) => oneLine(p.text)).join('')).replace(/\|/g, '\\|');
        return span.parts.map((p) => (p.ours ? p.text.replace(/\|/g, '\\|') : markdownLiteral(p.text))).join('');
    })
        .join('');
}
// ---- JSON (the CLI's --json, the `report` output, the health route's body) ----
/**
 * What JSON.stringify leaves raw but a terminal, a log viewer or a JavaScript parser acts on: DEL, C1 (with the
 * single-byte CSI, U+009B), the bidirectional marks and overrides, and the line separators U+2028/U+2029.
 * (C0 and lone surrogates JSON.stringify escapes itself.)
 */
const JSON_UNSAFE = new RegExp(`[${range(0x7f, 0x9f)}\\u061c\\u200e\\u200f${range(0x2028, 0x202e)}${range(0x2066, 0x2069)}]`, 'g');
/** JSON text whose every string is as clean as the terminal: those code points as `\\uXXXX` escapes, the value unchanged. */
function toJson(value, indent) {
    return JSON.stringify(value, null, indent).replace(JSON_UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
// ---- team chat (DingTalk and WeCom markdown, Slack mrkdwn, Feishu's plain text elements) ----
/** Breaks a web address, a mention or a reference in their words: chat apps link and notify on these. */
const unlinked = (text) => text
    .replace(/(https?|ftp|mailto|www)(?=[:.])/gi, `$1${JOIN}`)
    .replace(/@/g, `@${JOIN}`)
    .replace(/#(?=\w)/g, `#${JOIN}`);
/** Characters a robot's markdown acts on (links, images, emphasis, headings, tables, HTML such as `<font>` and `<@id>`), as their full-width forms. */
const CHAT_MARKUP = {
    '<': '＜',
    '>': '＞',
    '[': '［',
    ']': '］',
    '(': '（',
    ')': '）',
    '*': '＊',
    _: '＿',
    '~': '～',
    '`': '｀',
    '#': '＃',
    '|': '｜',
    '!': '！',
    '\\': '＼',
};
/**
 * Markdown for a DingTalk or WeCom robot: their words on one line, every character the robot's renderer acts on
 * replaced by its full-width form (their backslash escapes are not documented, so nothing of theirs relies on one),
 * and no link or mention; our code spans keep their backticks.
 */
function forChatMarkdown(text) {
    return text.parts
        .map((p) => (p.ours ? p.text : unlinked(oneLine(p.text)).replace(/[<>[\]()*_~`#|!\\]/g, (c) => CHAT_MARKUP[c] ?? c)))
        .join('');
}
/** Slack's mrkdwn: `&`, `<` and `>` escaped as Slack asks (no link, mention or command of theirs), emphasis marks broken, no autolink. */
function forSlack(text) {
    return text.parts
        .map((p) => p.ours
        ? p.text
        : unlinked(oneLine(p.text))
            .replace(/&/g, '&amp;')
            .replace(/</g, '&lt;')
            .replace(/>/g, '&gt;')
            .replace(/[*_~`]/g, (c) => `${c}${JOIN}`))
        .join('');
}
/** Plain text for a channel that renders none (Feishu's `text` elements): one line, no control characters, no autolink; our backticks dropped. */
function forChatText(text) {
    return text.parts.map((p) => (p.ours ? p.text.replace(/`/g, '') : unlinked(oneLine(p.text)))).join('');
}


/***/ }),

/***/ 6867:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   FK: () => (/* binding */ buildReport),
/* harmony export */   Np: () => (/* binding */ bySeverity),
/* harmony export */   UW: () => (/* binding */ joinChain),
/* harmony export */   _o: () => (/* binding */ sourceLink),
/* harmony export */   du: () => (/* binding */ viewOf),
/* harmony export */   he: () => (/* binding */ titleInContext),
/* harmony export */   sw: () => (/* binding */ areaVerdicts),
/* harmony export */   ub: () => (/* binding */ hasSmtpTarget)
/* harmony export */ });
/* unused harmony export AREA_GROUPS */
/* harmony import */ var _i18n_causes_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1609);
/* harmony import */ var _i18n_index_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4908);
/* harmony import */ var _untrusted_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(873);
/* harmony import */ var _smtp_categories_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(9366);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(8522);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(311);
/* harmony import */ var _chain_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(2463);
// The report: one JSON shape for the `report` output, the CLI's --json and the server health route.







/** The delivery check's findings in one place, or undefined when it did not find the mail. */
function deliveryPath(results, redactor) {
    const found = results.find((r) => r.id === 'delivery.inbox' && (r.status === 'pass' || r.status === 'warn'));
    if (!found || typeof found.params.seconds !== 'number')
        return undefined;
    const authentication = {};
    for (const mechanism of ['spf', 'dkim', 'dmarc']) {
        const judged = results.find((r) => r.id === `delivery.authentication:${mechanism}`);
        if (judged)
            authentication[mechanism] = String(judged.params.result);
    }
    return {
        host: redactor.redact(String(found.params.host)),
        queueId: redactor.redact(String(found.params.queueId)),
        folder: redactor.redact(String(found.params.folder)),
        junk: found.status === 'warn',
        seconds: found.params.seconds,
        authentication,
    };
}
function buildReport(results, settings, startedAt, redactor, now = Date.now()) {
    const language = settings.language;
    const counts = { pass: 0, warn: 0, fail: 0, skip: 0 };
    for (const r of results)
        counts[r.status]++;
    const provider = settings.provider;
    const delivery = deliveryPath(results, redactor);
    const report = {
        schemaVersion: 1,
        tool: _version_js__WEBPACK_IMPORTED_MODULE_4__/* .TOOL */ .j,
        version: _version_js__WEBPACK_IMPORTED_MODULE_4__/* .VERSION */ .x,
        status: (0,_types_js__WEBPACK_IMPORTED_MODULE_5__/* .overallStatus */ .gX)(results),
        language,
        startedAt: startedAt.toISOString(),
        durationMs: now - startedAt.getTime(),
        where: {
            mode: settings.runtime.mode,
            runner: settings.runtime.runner,
            ...(settings.runtime.sourceUrl ? { source: settings.runtime.sourceUrl } : {}),
        },
        target: {
            provider: provider.kind === 'known' ? provider.provider.id : provider.kind === 'custom' ? 'custom' : provider.name,
            host: settings.host,
            port: settings.port,
            secure: settings.secure,
            user: settings.user,
            from: settings.from,
        },
        counts,
        messageId: results.find((r) => r.messageId)?.messageId,
        ...(delivery ? { delivery } : {}),
        results: results.map((r) => {
            const words = redactWords((0,_i18n_index_js__WEBPACK_IMPORTED_MODULE_1__/* .describe */ .q0)(r, language, audienceOf(settings.runtime.mode)), redactor);
            return {
                id: r.id,
                group: r.group,
                status: r.status,
                cause: r.cause,
                title: words.title.plain,
                message: words.text.plain,
                ...(words.fix && (r.status === 'fail' || r.status === 'warn') ? { fix: words.fix.plain } : {}),
                params: redactParams(r.params, redactor),
                durationMs: r.durationMs,
                ...(r.details?.length ? { details: r.details.map((d) => redactor.redact(d)) } : {}),
                ...(r.location ? { file: r.location.file, line: r.location.line } : {}),
                ...categoryField(r),
            };
        }),
    };
    // Machine fields (status, cause, ids, keys, counts) are never redacted: a short secret must not bend the verdict.
    report.target.user = redactor.redact(report.target.user);
    report.target.from = redactor.redact(report.target.from);
    return report;
}
/** The action speaks of inputs; the CLI and a health route (read on a server) of variables and flags. */
const audienceOf = (mode) => (mode === 'action' ? 'action' : 'cli');
/** Groups whose failures are mail failures; a failure or warning there carries its family. */
const MAIL_GROUPS = ['dns', 'tcp', 'tls', 'smtp', 'send', 'logs'];
function categoryField(r) {
    if (!MAIL_GROUPS.includes(r.group) || (r.status !== 'fail' && r.status !== 'warn'))
        return {};
    const category = (0,_smtp_categories_js__WEBPACK_IMPORTED_MODULE_2__.categoryOf)(r.cause);
    return category ? { category } : {};
}
/** Values are human text: redacted. Keys are ours and stay as they are. */
function redactParams(params, redactor) {
    return Object.fromEntries(Object.entries(params).map(([key, value]) => [key, typeof value === 'string' ? redactor.redact(value) : value]));
}
function redactWords(words, redactor) {
    const redact = (t) => t.mapTheirs(redactor.redact);
    return { title: redact(words.title), text: redact(words.text), ...(words.fix ? { fix: redact(words.fix) } : {}) };
}
function pathWords(path, language) {
    const judged = ['spf', 'dkim', 'dmarc']
        .filter((m) => path.authentication[m] !== undefined)
        .map((m) => _untrusted_js__WEBPACK_IMPORTED_MODULE_6__/* .Text */ .E.fill(`${m.toUpperCase()} {result}`, { result: path.authentication[m] ?? '' }));
    return _untrusted_js__WEBPACK_IMPORTED_MODULE_6__/* .Text */ .E.fill((0,_i18n_index_js__WEBPACK_IMPORTED_MODULE_1__/* .pick */ .Up)(path.junk ? _i18n_index_js__WEBPACK_IMPORTED_MODULE_1__.UI.deliveryPathJunk : _i18n_index_js__WEBPACK_IMPORTED_MODULE_1__.UI.deliveryPath, language), {
        host: path.host,
        queueId: path.queueId,
        folder: path.folder,
        seconds: path.seconds,
        judged: judged.length ? _untrusted_js__WEBPACK_IMPORTED_MODULE_6__/* .Text */ .E.join(judged, ', ') : _untrusted_js__WEBPACK_IMPORTED_MODULE_6__/* .Text */ .E.ours('-'),
    });
}
/**
 * The report as reporters see it. Words are drawn again from cause and params (a server report's item from
 * another version keeps its own words, as theirs), and every part that is theirs is redacted once more.
 */
function viewOf(report, redactor) {
    const results = resultViews(report, redactor);
    return {
        status: report.status,
        language: report.language,
        counts: report.counts,
        where: report.where,
        target: {
            provider: _untrusted_js__WEBPACK_IMPORTED_MODULE_6__/* .Text */ .E.theirs(report.target.provider),
            host: _untrusted_js__WEBPACK_IMPORTED_MODULE_6__/* .Text */ .E.theirs(report.target.host),
            port: report.target.port,
            secure: report.target.secure,
            user: _untrusted_js__WEBPACK_IMPORTED_MODULE_6__/* .Text */ .E.theirs(redactor.redact(report.target.user)),
        },
        ...(report.delivery ? { path: pathWords(report.delivery, report.language) } : {}),
        ...(report.chain ? { chain: (0,_chain_js__WEBPACK_IMPORTED_MODULE_3__/* .chainViewOf */ .sc)(report.chain, results) } : {}),
        results,
    };
}
function resultViews(report, redactor) {
    return report.results.map((r) => {
        const words = redactWords((0,_i18n_causes_js__WEBPACK_IMPORTED_MODULE_0__/* .isCause */ .Aj)(r.cause)
            ? (0,_i18n_index_js__WEBPACK_IMPORTED_MODULE_1__/* .describe */ .q0)({ id: r.id, cause: r.cause, params: r.params }, report.language, audienceOf(report.where.mode))
            : foreignWords(r), redactor);
        return {
            id: r.id,
            group: r.group,
            status: r.status,
            cause: r.cause,
            durationMs: r.durationMs,
            title: words.title,
            message: words.text,
            ...(words.fix && r.fix !== undefined ? { fix: words.fix } : {}),
            details: (r.details ?? []).map((d) => redactor.redact(d)),
            ...(r.file !== undefined ? { file: r.file, line: r.line } : {}),
            ...(r.target !== undefined ? { target: _untrusted_js__WEBPACK_IMPORTED_MODULE_6__/* .Text */ .E.theirs(r.target) } : {}),
        };
    });
}
/** A result whose cause this version does not know: its own words, all of them theirs. */
function foreignWords(r) {
    return { title: _untrusted_js__WEBPACK_IMPORTED_MODULE_6__/* .Text */ .E.theirs(r.title), text: _untrusted_js__WEBPACK_IMPORTED_MODULE_6__/* .Text */ .E.theirs(r.message), ...(r.fix ? { fix: _untrusted_js__WEBPACK_IMPORTED_MODULE_6__/* .Text */ .E.theirs(r.fix) } : {}) };
}
/**
 * A repository file at the run's commit: each path segment percent-encoded, `#L<line>` for the line. Nothing
 * off GitHub, and nothing for a path that climbs out of the repository.
 */
function sourceLink(where, file, line) {
    if (!where.source?.startsWith('https://'))
        return undefined;
    const segments = file.split('/');
    if (segments.some((s) => s === '' || s === '.' || s === '..'))
        return undefined;
    return `${where.source}${segments.map(encodeURIComponent).join('/')}${line ? `#L${line}` : ''}`;
}
const SEVERITY = { fail: 0, warn: 1, skip: 2, pass: 3 };
/** Most severe first, stable within a severity. */
function bySeverity(items) {
    return [...items].sort((a, b) => SEVERITY[a.status] - SEVERITY[b.status]);
}
/** The areas a verdict speaks of, each with the groups it covers. */
const AREAS = {
    mail: ['env', 'dns', 'tcp', 'tls', 'smtp', 'send', 'server'],
    delivery: ['delivery'],
    app: ['app'],
    deployment: ['health'],
    deliverability: ['deliverability'],
    logs: ['logs'],
    lint: ['lint'],
};
/**
 * Whether the run looked at an SMTP server at all: a run of only the deployment (health, the app's own mail, logs,
 * lint) has no mail server target to name, and the reporters leave the target line out.
 */
const hasSmtpTarget = (report) => report.results.some((r) => ['dns', 'tcp', 'tls', 'smtp', 'send', 'deliverability'].includes(r.group));
/** Every group belongs to one area: a group left out would never reach the headline (a test holds this). */
const AREA_GROUPS = Object.values(AREAS).flat();
/**
 * A result's title where it stands outside its group's section (the verdict line, the fix-first list): an item
 * of the server's report says it is the server's.
 */
function titleInContext(r, language) {
    const title = r.group === 'server' && r.id.startsWith('server.report:')
        ? _untrusted_js__WEBPACK_IMPORTED_MODULE_6__/* .Text */ .E.fill((0,_i18n_index_js__WEBPACK_IMPORTED_MODULE_1__/* .pick */ .Up)(_i18n_index_js__WEBPACK_IMPORTED_MODULE_1__.UI.labelled, language), { label: _untrusted_js__WEBPACK_IMPORTED_MODULE_6__/* .Text */ .E.ours((0,_i18n_index_js__WEBPACK_IMPORTED_MODULE_1__/* .pick */ .Up)(_i18n_index_js__WEBPACK_IMPORTED_MODULE_1__/* .GROUP_TITLES */ .Cx.server, language)), text: r.title })
        : r.title;
    // In a chain, which mail server it is about comes first.
    return r.target ? _untrusted_js__WEBPACK_IMPORTED_MODULE_6__/* .Text */ .E.fill('{target} · {title}', { target: r.target, title }) : title;
}
/** Each area that failed or warned, failures first, with the titles of what did: separate verdicts for separate things. */
function areaVerdicts(report) {
    const found = [];
    for (const [area, groups] of Object.entries(AREAS)) {
        // A chain's mail verdict is its headline and its lines: an area line would call a degraded chain broken.
        if (area === 'mail' && report.chain)
            continue;
        const rows = report.results.filter((r) => groups.includes(r.group));
        const worst = rows.some((r) => r.status === 'fail') ? 'fail' : rows.some((r) => r.status === 'warn') ? 'warn' : undefined;
        if (worst) {
            const titles = rows.filter((r) => r.status === worst).map((r) => titleInContext(r, report.language));
            found.push({ area, status: worst, titles });
        }
    }
    return found.sort((a, b) => (a.status === b.status ? 0 : a.status === 'fail' ? -1 : 1));
}
/**
 * The run's report from each target's (named, in order) and the app's own, when it ran. Rows keep their target's
 * name; the target, message id and delivery path are the primary's.
 */
function joinChain(parts, app, require, now = Date.now()) {
    const [primary] = parts;
    if (!primary)
        throw new Error('a chain has at least one target');
    const verdicts = parts.map((p) => p.report.status);
    const status = (0,_chain_js__WEBPACK_IMPORTED_MODULE_3__/* .chainStatus */ .Qf)(verdicts);
    const carrier = parts.find((p) => p.report.status !== 'fail')?.name;
    const chain = {
        status,
        require,
        ...(carrier ? { carrier } : {}),
        targets: parts.map(({ name, report }, index) => {
            const first = (0,_chain_js__WEBPACK_IMPORTED_MODULE_3__/* .firstProblem */ .AX)(report.results);
            return {
                name,
                role: index === 0 ? 'primary' : 'backup',
                status: report.status,
                provider: report.target.provider,
                host: report.target.host,
                port: report.target.port,
                secure: report.target.secure,
                ...(first ? { first: { id: first.id, cause: first.cause, ...(first.category ? { category: first.category } : {}) } } : {}),
            };
        }),
    };
    const results = [
        ...parts.flatMap(({ name, report }) => report.results.map((r) => ({ ...r, target: name }))),
        ...(app?.results ?? []),
    ];
    const counts = { pass: 0, warn: 0, fail: 0, skip: 0 };
    for (const r of results)
        counts[r.status]++;
    const startedAt = primary.report.startedAt;
    return {
        ...primary.report,
        status: (0,_chain_js__WEBPACK_IMPORTED_MODULE_3__/* .worst */ .QZ)((0,_chain_js__WEBPACK_IMPORTED_MODULE_3__/* .chainVerdict */ .Jt)(status, verdicts, require), app?.status ?? 'pass'),
        durationMs: now - Date.parse(startedAt),
        counts,
        chain,
        results,
    };
}


/***/ }),

/***/ 3683:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ cliRuntime),
/* harmony export */   h: () => (/* binding */ actionRuntime)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
// Where we run: read once from the environment the process was given.



function actionRuntime(env) {
    const eventName = env.GITHUB_EVENT_NAME ?? '';
    return {
        mode: 'action',
        runner: env.RUNNER_ENVIRONMENT || 'github-hosted',
        eventName,
        ...pullRequestOf(eventName, env.GITHUB_EVENT_PATH, env.GITHUB_ACTOR ?? ''),
        nodeEnv: env.NODE_ENV ?? '',
        repository: env.GITHUB_REPOSITORY ?? '',
        runId: env.GITHUB_RUN_ID ?? '',
        eventPath: env.GITHUB_EVENT_PATH ?? '',
        defaultLogFiles: [],
        workspace: env.GITHUB_WORKSPACE || process.cwd(),
        fileRoots: [env.GITHUB_WORKSPACE || process.cwd(), env.RUNNER_TEMP ?? ''].filter(Boolean),
        sourceUrl: sourceUrlOf(env),
    };
}
/**
 * The files the run checked out, on GitHub: the commit it ran on (for a pull request, the merge commit that
 * actions/checkout checks out), so a line number points at the line that was read. Only well-formed values.
 */
function sourceUrlOf(env) {
    const server = env.GITHUB_SERVER_URL || 'https://github.com';
    const repository = env.GITHUB_REPOSITORY ?? '';
    const sha = env.GITHUB_SHA ?? '';
    if (!/^https:\/\/[a-z0-9.-]+(:\d+)?$/i.test(server) || !/^[\w.-]+\/[\w.-]+$/.test(repository) || !/^[0-9a-f]{40,64}$/.test(sha))
        return '';
    return `${server}/${repository}/blob/${sha}/`;
}
/** On a server, the CLI and the health route read PM2's logs when no `log-files` are given. */
function cliRuntime(env, mode = 'cli') {
    const pm2Logs = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(env.PM2_HOME ?? (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(env.HOME ?? (0,node_os__WEBPACK_IMPORTED_MODULE_1__.homedir)(), '.pm2'), 'logs');
    return {
        mode,
        runner: 'server',
        eventName: '',
        forkPullRequest: false,
        pullRequestNumber: 0,
        nodeEnv: env.NODE_ENV ?? '',
        repository: '',
        runId: '',
        eventPath: '',
        defaultLogFiles: (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(pm2Logs) ? [(0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(pm2Logs, '*.log')] : [],
        workspace: process.cwd(),
        fileRoots: [],
        sourceUrl: '',
    };
}
/**
 * The pull request of the event, and whether GitHub withholds secrets from it: only when its head lives in
 * another repository (a real fork), or when Dependabot runs it. A same-repository pull request gets secrets,
 * so an empty one there is a misnamed or unset secret, not a fork. `pull_request_target` runs with secrets.
 */
function pullRequestOf(eventName, eventPath, actor) {
    const none = { forkPullRequest: false, pullRequestNumber: 0 };
    if (!eventName.startsWith('pull_request') || !eventPath)
        return none;
    try {
        const event = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(eventPath, 'utf8'));
        const pr = event.pull_request;
        if (!pr)
            return none;
        const head = pr.head?.repo;
        // A deleted head repository is null: it was another repository, and secrets are withheld all the same.
        const otherRepository = !head || (head.full_name !== undefined && head.full_name !== pr.base?.repo?.full_name);
        const dependabot = actor === 'dependabot[bot]' || pr.user?.login === 'dependabot[bot]';
        const withheld = eventName !== 'pull_request_target' && (otherRepository || dependabot);
        return { forkPullRequest: withheld, pullRequestNumber: pr.number ?? 0 };
    }
    catch {
        return none;
    }
}


/***/ }),

/***/ 1809:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   EI: () => (/* binding */ globBase),
/* harmony export */   FD: () => (/* binding */ readSafely),
/* harmony export */   O4: () => (/* binding */ readSafelySync),
/* harmony export */   hj: () => (/* binding */ CONFIG_FILE_MAX_BYTES),
/* harmony export */   rV: () => (/* binding */ FileRefused)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
// Reading a file someone else may have planted: a symlink out of the workspace, a FIFO that never ends,
// a device that never stops (/dev/zero), a 300 MB file. Only regular files whose real path is inside
// an allowed folder are read, never more than a cap, and a refusal is a reason to report, not a crash.



/** A config file (a CA bundle, `.env`, a workflow) larger than this is not one. */
const CONFIG_FILE_MAX_BYTES = 1024 * 1024;
class FileRefused extends Error {
    reason;
    path;
    detail;
    constructor(reason, path, detail = '') {
        super(`${path}: ${reason}${detail ? ` (${detail})` : ''}`);
        this.reason = reason;
        this.path = path;
        this.detail = detail;
    }
}
/** O_NONBLOCK: opening a FIFO returns at once instead of waiting for a writer; fstat then refuses it. */
const OPEN_FLAGS = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK;
const inside = (path, folder) => {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(folder, path);
    return rel === '' || (!rel.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_2__.sep}`) && rel !== '..' && !(0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(rel));
};
const errnoOf = (error) => error.code ?? 'error';
function checkInside(real, path, folders) {
    if (folders.length > 0 && !folders.some((folder) => inside(real, folder)))
        throw new FileRefused('outside', path);
}
/** Reads a file within the limits, or throws FileRefused. */
async function readSafely(path, limits) {
    let real;
    let folders;
    try {
        real = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(path);
        folders = await Promise.all(limits.within.map((f) => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(f).catch(() => (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(f))));
    }
    catch (error) {
        throw new FileRefused('unreadable', path, errnoOf(error));
    }
    checkInside(real, path, folders);
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(real, OPEN_FLAGS).catch((error) => {
        throw new FileRefused('unreadable', path, errnoOf(error));
    });
    try {
        const stat = await handle.stat();
        if (!stat.isFile())
            throw new FileRefused('not-regular', path);
        if (stat.size > limits.maxBytes && !limits.tail)
            throw new FileRefused('too-large', path, `${stat.size} bytes`);
        const length = Math.min(stat.size, limits.maxBytes);
        const start = stat.size - length;
        const buffer = Buffer.alloc(length);
        const { bytesRead } = await handle.read(buffer, 0, length, start);
        let bytes = buffer.subarray(0, bytesRead);
        // A tail starts mid-line (and perhaps mid-character): from the first line end on.
        if (start > 0)
            bytes = bytes.subarray(bytes.indexOf(0x0a) + 1);
        return { text: decodeText(bytes), cut: start > 0 };
    }
    finally {
        await handle.close();
    }
}
/** UTF-8 when the bytes are UTF-8; else GBK, which apps on Chinese servers (and QQ and NetEase replies) write. */
function decodeText(bytes) {
    try {
        return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    }
    catch {
        return new TextDecoder('gbk').decode(bytes);
    }
}
/** The same, synchronously, for the settings parser (`tls-ca`), which never awaits. */
function readSafelySync(path, limits) {
    let real;
    let folders;
    try {
        real = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(path);
        folders = limits.within.map((f) => {
            try {
                return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(f);
            }
            catch {
                return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(f);
            }
        });
    }
    catch (error) {
        throw new FileRefused('unreadable', path, errnoOf(error));
    }
    checkInside(real, path, folders);
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(real, OPEN_FLAGS);
    }
    catch (error) {
        throw new FileRefused('unreadable', path, errnoOf(error));
    }
    try {
        const stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd);
        if (!stat.isFile())
            throw new FileRefused('not-regular', path);
        if (stat.size > limits.maxBytes)
            throw new FileRefused('too-large', path, `${stat.size} bytes`);
        const buffer = Buffer.alloc(stat.size);
        const bytesRead = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buffer, 0, stat.size, 0);
        return buffer.subarray(0, bytesRead).toString('utf8');
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
/** The folder part of a glob, before its first wildcard: the folder the pattern means to read. */
function globBase(pattern) {
    const parts = pattern.split('/');
    const fixed = [];
    for (const part of parts) {
        if (/[*?[\]{}]/.test(part))
            break;
        fixed.push(part);
    }
    if (fixed.length === parts.length)
        fixed.pop();
    const base = fixed.join('/');
    return base === '' ? (pattern.startsWith('/') ? '/' : '.') : base;
}


/***/ }),

/***/ 7194:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   J5: () => (/* binding */ secretVariants),
/* harmony export */   lY: () => (/* binding */ createRedactor),
/* harmony export */   qX: () => (/* binding */ MIN_REDACTABLE_LENGTH)
/* harmony export */ });
// Every form in which a secret could leave the process, and the one redaction every reporter applies.
// The runner masks registered values in logs, but not PR comments or CLI output, so we redact ourselves.
const MASK = '***';
/**
 * A secret shorter than this is not redacted: masking one or two letters would shred every word (and
 * once turned `fail` into `f***il`). The env check reports such a password as critical instead.
 */
const MIN_REDACTABLE_LENGTH = 4;
/** URL form encoding (application/x-www-form-urlencoded): spaces as `+`, and `!'()*~` escaped too. */
const formEncode = (text) => encodeURIComponent(text)
    .replace(/[!'()*~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
    .replace(/%20/g, '+');
/** The encodings a password can travel in: plain, trimmed, base64 (also inside larger blobs), URL, hex, JSON, AUTH PLAIN. */
function secretVariants(secret, user = '') {
    if (secret.trim().length < MIN_REDACTABLE_LENGTH)
        return [];
    const forms = new Set();
    for (const plain of [secret, secret.trim(), secret.replace(/\s+/g, '')]) {
        if (plain === '')
            continue;
        const bytes = Buffer.from(plain, 'utf8');
        forms.add(plain);
        forms.add(bytes.toString('base64'));
        forms.add(bytes.toString('base64url'));
        // URLSearchParams (WHATWG form encoding) keeps `*`, `-`, `.`, `_` and writes a space as `+`: a form of its own.
        const searchParams = new URLSearchParams({ s: plain }).toString().slice(2);
        for (const encoded of [encodeURIComponent(plain), formEncode(plain), searchParams]) {
            forms.add(encoded);
            forms.add(encoded.replace(/%[0-9A-F]{2}/g, (c) => c.toLowerCase()));
        }
        forms.add(bytes.toString('hex'));
        forms.add(bytes.toString('hex').toUpperCase());
        forms.add(JSON.stringify(plain).slice(1, -1));
        for (const shifted of shiftedBase64(bytes))
            forms.add(shifted);
        // AUTH PLAIN sends base64("\0user\0password") in one token.
        forms.add(Buffer.from(`\u0000${user}\u0000${plain}`, 'utf8').toString('base64'));
        forms.add(Buffer.from(`${user}\u0000${user}\u0000${plain}`, 'utf8').toString('base64'));
    }
    // Short fragments would shred unrelated text.
    return [...forms].filter((f) => f.length >= MIN_REDACTABLE_LENGTH);
}
/** The stable middle of base64(prefix + secret) for 0, 1 and 2 prefix bytes: the secret inside a larger base64 blob. */
function shiftedBase64(bytes) {
    const out = [];
    for (const offset of [0, 1, 2]) {
        const encoded = Buffer.concat([Buffer.alloc(offset), bytes]).toString('base64');
        const start = Math.ceil((offset * 8) / 6);
        const end = Math.floor(((offset + bytes.length) * 8) / 6);
        if (end - start >= 4)
            out.push(encoded.slice(start, end));
    }
    return out;
}
function createRedactor(secrets) {
    const forms = [];
    const add = (found) => {
        const fresh = [...new Set(found.filter((s) => s !== '' && !forms.includes(s)))];
        forms.push(...fresh);
        // Longest first, so a form that contains another is replaced whole.
        forms.sort((a, b) => b.length - a.length);
        return fresh;
    };
    add(secrets);
    const redact = (text) => {
        let out = text;
        for (const form of forms)
            if (out.includes(form))
                out = out.split(form).join(MASK);
        return out;
    };
    const redactDeep = (value) => {
        if (typeof value === 'string')
            return redact(value);
        if (Array.isArray(value))
            return value.map((item) => redactDeep(item));
        if (value && typeof value === 'object') {
            return Object.fromEntries(Object.entries(value).map(([k, item]) => [k, redactDeep(item)]));
        }
        return value;
    };
    return { redact, redactDeep, secrets: forms, add: (secret) => add(secretVariants(secret)), addForms: add };
}


/***/ }),

/***/ 6697:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   MI: () => (/* binding */ extractAddress),
/* harmony export */   Ow: () => (/* binding */ domainOf),
/* harmony export */   Z6: () => (/* binding */ isEmailAddress)
/* harmony export */ });
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_url__WEBPACK_IMPORTED_MODULE_0__);
// Mail addresses: what From and the login look like, and whose domain they are.

/** The bare address of `Name <addr>` or `addr`. */
function extractAddress(header) {
    const angle = /<([^<>]*)>\s*$/.exec(header);
    return (angle?.[1] ?? header).trim();
}
/** A practical check for an addr-spec: one @, a dotted domain, no spaces or header syntax. */
function isEmailAddress(text) {
    if (text.length > 254 || /[\s<>(),;:"\\[\]]/.test(text))
        return false;
    const at = text.lastIndexOf('@');
    if (at < 1 || at !== text.indexOf('@'))
        return false;
    const local = text.slice(0, at);
    if (/[/?#]/.test(text.slice(at + 1)))
        return false;
    const domain = (0,node_url__WEBPACK_IMPORTED_MODULE_0__.domainToASCII)(text.slice(at + 1));
    if (local.length > 64 || local.startsWith('.') || local.endsWith('.') || local.includes('..'))
        return false;
    const labels = domain.split('.');
    return labels.length >= 2 && labels.every((l) => /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i.test(l)) && /[a-z]/i.test(labels.at(-1) ?? '');
}
function domainOf(address) {
    const at = address.lastIndexOf('@');
    return at >= 0 ? address.slice(at + 1).toLowerCase() : '';
}


/***/ }),

/***/ 7428:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   FZ: () => (/* binding */ defaultNumber),
/* harmony export */   Qh: () => (/* binding */ INPUT_NAMES),
/* harmony export */   W4: () => (/* binding */ isMultiline),
/* harmony export */   X_: () => (/* binding */ isRawInput),
/* harmony export */   pH: () => (/* binding */ SECRET_INPUTS),
/* harmony export */   rI: () => (/* binding */ specOf)
/* harmony export */ });
/* unused harmony export INPUTS */
// The input table: every input of action.yml, once. The action, the CLI (as --flags) and the library
// read the same names; a test holds action.yml's inputs and defaults equal to this table.
const WEBHOOK = (env) => ({ kind: 'secret', env, webhook: true });
const SIGNING = (env) => ({ kind: 'secret', env });
const BOOLEAN = (value) => ({ kind: 'boolean', default: value });
const INPUTS = {
    'email-provider': { kind: 'text', env: 'EMAIL_PROVIDER' },
    'email-user': { kind: 'text', env: 'EMAIL_USER' },
    'email-password': { kind: 'secret', env: 'EMAIL_PASSWORD', login: ['email-user'] },
    'smtp-host': { kind: 'text', env: 'SMTP_HOST' },
    'smtp-port': { kind: 'integer', env: 'SMTP_PORT', min: 1, max: 65535 },
    'smtp-secure': { kind: 'enum', env: 'SMTP_SECURE', default: 'auto', values: ['auto', 'true', 'false'] },
    'tls-reject-unauthorized': BOOLEAN('true'),
    'tls-ca': { kind: 'text' },
    'allow-plaintext-auth': BOOLEAN('false'),
    from: { kind: 'text', env: 'EMAIL_FROM' },
    'test-recipient': { kind: 'text' },
    'health-url': { kind: 'url' },
    'health-attempts': { kind: 'integer', default: '1', min: 1, max: 50 },
    'health-interval': { kind: 'number', default: '3', min: 0, max: 300 },
    'health-expect': { kind: 'text' },
    'health-headers': { kind: 'headers' },
    'smoke-url': { kind: 'url' },
    'smoke-method': { kind: 'enum', default: 'POST', values: ['GET', 'POST', 'PUT', 'PATCH'] },
    'smoke-body': { kind: 'body' },
    'smoke-headers': { kind: 'headers' },
    'app-mail': BOOLEAN('false'),
    'app-mail-subject': { kind: 'text' },
    'app-mail-code': { kind: 'text' },
    'verify-url': { kind: 'url' },
    'verify-method': { kind: 'enum', default: 'POST', values: ['GET', 'POST', 'PUT', 'PATCH'] },
    'verify-body': { kind: 'body' },
    'verify-headers': { kind: 'headers' },
    'log-files': { kind: 'list' },
    timeout: { kind: 'number', default: '10', min: 1, max: 300 },
    'fail-on': { kind: 'enum', default: 'critical', values: ['critical', 'warning', 'never'] },
    language: { kind: 'enum', default: 'en', values: ['en', 'zh'] },
    checks: { kind: 'list', default: 'all' },
    'config-files': { kind: 'list' },
    'dns-servers': { kind: 'list' },
    'dkim-selector': { kind: 'text' },
    'oauth2-client-id': { kind: 'secret', env: 'OAUTH2_CLIENT_ID' },
    'oauth2-client-secret': { kind: 'secret', env: 'OAUTH2_CLIENT_SECRET' },
    'oauth2-refresh-token': { kind: 'secret', env: 'OAUTH2_REFRESH_TOKEN' },
    'oauth2-access-token': { kind: 'secret', env: 'OAUTH2_ACCESS_TOKEN' },
    'oauth2-token-url': { kind: 'url', env: 'OAUTH2_TOKEN_URL' },
    'imap-host': { kind: 'text', env: 'IMAP_HOST' },
    'imap-port': { kind: 'integer', env: 'IMAP_PORT', min: 1, max: 65535 },
    'imap-secure': { kind: 'enum', env: 'IMAP_SECURE', default: 'auto', values: ['auto', 'true', 'false'] },
    'imap-user': { kind: 'text', env: 'IMAP_USER' },
    'imap-password': { kind: 'secret', env: 'IMAP_PASSWORD', login: ['imap-user', 'test-recipient'] },
    'delivery-timeout': { kind: 'number', default: '60', min: 1, max: 600 },
    'delivery-cleanup': BOOLEAN('true'),
    'github-token': { kind: 'secret', env: 'GITHUB_TOKEN', actionDefault: '${{ github.token }}' },
    'pr-comment': BOOLEAN('false'),
    'alert-issue': BOOLEAN('false'),
    targets: { kind: 'targets', env: 'EMAIL_TARGETS' },
    require: { kind: 'enum', default: 'any', values: ['any', 'all'] },
    'notify-dingtalk': WEBHOOK('NOTIFY_DINGTALK'),
    'notify-dingtalk-secret': SIGNING('NOTIFY_DINGTALK_SECRET'),
    'notify-feishu': WEBHOOK('NOTIFY_FEISHU'),
    'notify-feishu-secret': SIGNING('NOTIFY_FEISHU_SECRET'),
    'notify-wecom': WEBHOOK('NOTIFY_WECOM'),
    'notify-slack': WEBHOOK('NOTIFY_SLACK'),
    'notify-webhook': WEBHOOK('NOTIFY_WEBHOOK'),
    'notify-webhook-secret': SIGNING('NOTIFY_WEBHOOK_SECRET'),
    'notify-test': BOOLEAN('false'),
};
const INPUT_NAMES = Object.keys(INPUTS);
const specOf = (name) => INPUTS[name];
/** The inputs that hold a secret: declared here once, by kind; the redactor, the runner's masking and the CLI (which refuses them as flags) read this. */
const SECRET_INPUTS = INPUT_NAMES.filter((name) => specOf(name).kind === 'secret');
/** Inputs read with their whitespace intact (a stray space in a secret is itself a finding). */
const isRawInput = (name) => specOf(name).kind === 'secret';
/** Inputs that may span lines; every other value may reach a header or the SMTP envelope and must stay on one line. */
const isMultiline = (name) => ['secret', 'list', 'headers', 'body', 'targets'].includes(specOf(name).kind);
/** The default as a number, for the parser's fallback when a value is empty or out of bounds (NaN: none). */
const defaultNumber = (name) => Number(specOf(name).default ?? Number.NaN);


/***/ }),

/***/ 6894:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   P$: () => (/* binding */ parseSettings),
/* harmony export */   QG: () => (/* binding */ parseHeaders),
/* harmony export */   eX: () => (/* binding */ languageOf)
/* harmony export */ });
/* unused harmony export parseExpression */
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_url__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(8522);
/* harmony import */ var _providers_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(913);
/* harmony import */ var _address_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6697);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(7428);
/* harmony import */ var _safe_file_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(1809);
// The parser: raw input strings into typed settings. It never throws; a bad value becomes an input
// problem that the env checks report, so the summary is always written.






const BOOLEAN_WORDS = {
    true: true,
    yes: true,
    on: true,
    '1': true,
    false: false,
    no: false,
    off: false,
    '0': false,
};
const LANGUAGE_WORDS = { en: 'en', english: 'en', zh: 'zh', cn: 'zh', chinese: 'zh', 中文: 'zh' };
/** The language a value asks for, also before the settings are parsed (a crash can happen before); English otherwise. */
function languageOf(value) {
    return (LANGUAGE_WORDS[value
        .trim()
        .toLowerCase()
        .replace(/[-_].*$/, '')] ?? 'en');
}
const enumValues = (name) => (0,_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .specOf */ .rI)(name).values ?? [];
/** Inputs that say the run is about an SMTP account, and the groups that need one. */
const SMTP_INPUTS = [
    'email-provider',
    'email-user',
    'email-password',
    'smtp-host',
    'smtp-port',
    'from',
    'test-recipient',
];
const SMTP_GROUPS = ['env', 'dns', 'tcp', 'tls', 'smtp', 'send', 'deliverability'];
/** Inputs that say the run is about a deployment: the app's endpoints and logs, the repository's config. */
const DEPLOYMENT_INPUTS = ['health-url', 'smoke-url', 'log-files', 'config-files', 'app-mail'];
function parseSettings(raw, runtime) {
    const problems = [];
    const problem = (input, cause, params) => {
        problems.push({ input, cause, params: { input, ...params } });
    };
    const bool = (name) => {
        const word = BOOLEAN_WORDS[v[name].toLowerCase()];
        if (word === undefined) {
            problem(name, 'input-not-boolean', { value: v[name] });
            return (0,_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .specOf */ .rI)(name).default === 'true';
        }
        return word;
    };
    /** The value within the table's bounds; out of them, a problem and the table's default. */
    const number = (name) => {
        const { kind, min = -Infinity, max = Infinity } = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .specOf */ .rI)(name);
        const integer = kind === 'integer';
        const text = v[name];
        if (text === '')
            return undefined;
        const n = Number(text);
        if (!/^[+]?\d+(\.\d+)?$/.test(text) || !Number.isFinite(n) || n < min || n > max || (integer && !Number.isInteger(n))) {
            problem(name, integer ? 'input-not-integer' : 'input-not-number', { value: v[name], min, max });
            return undefined;
        }
        return n;
    };
    // A line end in a one-line value could smuggle a header or an SMTP command: reported, and the value dropped,
    // so it reaches no header and no envelope whichever groups run.
    const v = { ...raw.values };
    for (const name of _inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .INPUT_NAMES */ .Qh) {
        if ((0,_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .isMultiline */ .W4)(name) || !(/[\r\n]/.test(v[name]) || v[name].includes('\u0000')))
            continue;
        problem(name, 'input-has-newline');
        v[name] = '';
    }
    if (/[,;]|@.*@/.test(v['test-recipient'])) {
        problem('test-recipient', 'input-several-recipients', { value: v['test-recipient'] });
        v['test-recipient'] = '';
    }
    const user = v['email-user'].trim();
    const userDomain = (0,_address_js__WEBPACK_IMPORTED_MODULE_2__/* .domainOf */ .Ow)(user);
    let provider;
    if (v['email-provider'] === '') {
        const owner = (0,_providers_js__WEBPACK_IMPORTED_MODULE_1__/* .providerForDomain */ .B3)(userDomain);
        provider = owner ? { kind: 'known', provider: owner, inferred: true } : { kind: 'custom' };
    }
    else {
        const found = (0,_providers_js__WEBPACK_IMPORTED_MODULE_1__/* .lookupProvider */ .o4)(v['email-provider']);
        provider =
            found.kind === 'known'
                ? { kind: 'known', provider: found.provider, inferred: false }
                : found.kind === 'custom'
                    ? found
                    : { kind: 'unknown', name: v['email-provider'], suggestion: found.suggestion };
    }
    const preset = provider.kind === 'known' ? provider.provider : undefined;
    const host = parseHost(v['smtp-host'], (cause, params) => problem('smtp-host', cause, params)) || preset?.host || '';
    /** `auto` or a boolean word; anything else is a problem and `auto`. */
    const tlsMode = (name) => {
        const word = v[name].toLowerCase();
        if (word === 'auto' || word === '')
            return 'auto';
        const value = BOOLEAN_WORDS[word];
        if (value === undefined)
            problem(name, 'input-not-enum', { value: v[name], allowed: enumValues(name).join(', ') });
        return value ?? 'auto';
    };
    const secureSetting = tlsMode('smtp-secure');
    const givenPort = number('smtp-port');
    const port = givenPort ?? preset?.port ?? (secureSetting === true ? 465 : 587);
    const secure = secureSetting === 'auto' ? port === 465 : secureSetting;
    const timeoutSeconds = number('timeout') ?? (0,_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .defaultNumber */ .FZ)('timeout');
    const failOn = enumValues('fail-on').includes(v['fail-on'].toLowerCase()) ? v['fail-on'].toLowerCase() : undefined;
    const requirement = v.require.trim().toLowerCase();
    if (!enumValues('require').includes(requirement))
        problem('require', 'input-not-enum', { value: v.require, allowed: enumValues('require').join(', ') });
    if (!failOn)
        problem('fail-on', 'input-not-enum', { value: v['fail-on'], allowed: enumValues('fail-on').join(', ') });
    const language = LANGUAGE_WORDS[v.language.toLowerCase().replace(/[-_].*$/, '')];
    if (!language)
        problem('language', 'input-not-enum', { value: v.language, allowed: enumValues('language').join(', ') });
    const parsedChecks = parseChecks(v.checks, (cause, params) => problem('checks', cause, params));
    const { explicit } = parsedChecks;
    // `checks: all` means the groups whose inputs are present: a post-deploy step with only `health-url` checks the
    // deployment, and says nothing of SMTP secrets a runner was never meant to have.
    const smtpGiven = SMTP_INPUTS.some((name) => raw.sources[name] !== 'default');
    const deploymentGiven = DEPLOYMENT_INPUTS.some((name) => raw.sources[name] !== 'default') || runtime.defaultLogFiles.length > 0;
    const groups = explicit || smtpGiven || !deploymentGiven ? parsedChecks.groups : parsedChecks.groups.filter((g) => !SMTP_GROUPS.includes(g));
    // A URL that does not parse is reported once, here, and not requested.
    const url = (name) => {
        if (v[name] === '' || isHttpUrl(v[name]))
            return v[name];
        problem(name, 'input-not-url', { value: v[name] });
        return '';
    };
    const healthUrl = url('health-url');
    const smokeUrl = url('smoke-url');
    const smokeMethod = v['smoke-method'].toUpperCase();
    if (!enumValues('smoke-method').includes(smokeMethod)) {
        problem('smoke-method', 'input-not-enum', { value: v['smoke-method'], allowed: enumValues('smoke-method').join(', ') });
    }
    if (smokeMethod === 'GET' && v['smoke-body'] !== '')
        problem('smoke-body', 'input-body-with-get', { method: smokeMethod });
    const headers = (name) => parseHeaders(v[name], (cause, params) => problem(name, cause, params));
    // A resolver that is not an address is reported and left out: setServers() would throw on it.
    const dnsServers = splitList(v['dns-servers']).filter((server) => {
        if (isResolverAddress(server))
            return true;
        problem('dns-servers', 'input-not-ip', { value: server });
        return false;
    });
    const selector = v['dkim-selector'];
    if (selector !== '' && (!/^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*$/.test(selector) || /_domainkey/i.test(selector))) {
        problem('dkim-selector', 'input-bad-selector', { value: v['dkim-selector'] });
    }
    // The test mailbox: its own provider's IMAP host, or the sender's when it is the same domain (a company mailbox).
    const imapUser = v['imap-user'].trim() || (0,_address_js__WEBPACK_IMPORTED_MODULE_2__/* .extractAddress */ .MI)(v['test-recipient']);
    const imapDomain = (0,_address_js__WEBPACK_IMPORTED_MODULE_2__/* .domainOf */ .Ow)(imapUser);
    const mailboxProfile = (0,_providers_js__WEBPACK_IMPORTED_MODULE_1__/* .providerForDomain */ .B3)(imapDomain)?.profile ?? (imapDomain !== '' && imapDomain === userDomain ? preset?.profile : undefined);
    const imapSecureSetting = tlsMode('imap-secure');
    const imapPort = number('imap-port') ?? (imapSecureSetting === false ? 143 : 993);
    const imap = {
        host: parseHost(v['imap-host'], (cause, params) => problem('imap-host', cause, params)) || mailboxProfile?.imapHost || '',
        port: imapPort,
        secure: imapSecureSetting === 'auto' ? imapPort === 993 : imapSecureSetting,
        user: imapUser,
        password: v['imap-password'],
        deliveryTimeoutMs: Math.round((number('delivery-timeout') ?? (0,_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .defaultNumber */ .FZ)('delivery-timeout')) * 1000),
        cleanup: bool('delivery-cleanup'),
    };
    const oauth2 = parseOAuth2(v, preset?.profile?.oauth2TokenUrl ?? '', problem);
    const verifyMethod = v['verify-method'].toUpperCase();
    if (!enumValues('verify-method').includes(verifyMethod)) {
        problem('verify-method', 'input-not-enum', { value: v['verify-method'], allowed: enumValues('verify-method').join(', ') });
    }
    if (verifyMethod === 'GET' && v['verify-body'] !== '')
        problem('verify-body', 'input-body-with-get', { method: verifyMethod });
    const expression = (name, plainIsText) => parseExpression(v[name], plainIsText, (cause, params) => problem(name, cause, params));
    const app = {
        mail: bool('app-mail'),
        ...optional('subject', expression('app-mail-subject', true)),
        ...optional('code', expression('app-mail-code', false)),
        verify: { url: url('verify-url'), method: verifyMethod, body: v['verify-body'], headers: headers('verify-headers') },
    };
    if (app.mail && smokeUrl === '' && v['smoke-url'] === '')
        problem('smoke-url', 'input-app-mail-needs-smoke', {});
    // Without a mailbox to read, the app would be asked to send for nothing: said once, here, never a quiet skip.
    if (app.mail && (imap.user === '' || imap.password === ''))
        problem(imap.user === '' ? 'imap-user' : 'imap-password', 'input-app-mail-needs-mailbox', {});
    if ((app.code || app.verify.url) && !app.mail)
        problem('app-mail', 'input-app-mail-off', { input: app.code ? 'app-mail-code' : 'verify-url' });
    if (app.verify.url && !app.code)
        problem('app-mail-code', 'input-verify-needs-code', {});
    const fromHeader = v.from || user;
    return {
        provider,
        user,
        password: v['email-password'],
        ...(oauth2 ? { oauth2 } : {}),
        host,
        port,
        secure,
        secureExplicit: secureSetting !== 'auto',
        tlsRejectUnauthorized: bool('tls-reject-unauthorized'),
        tlsCa: readCaFile(v['tls-ca'], runtime.fileRoots, (cause, params) => problem('tls-ca', cause, params)),
        allowPlaintextAuth: bool('allow-plaintext-auth'),
        fromHeader,
        from: (0,_address_js__WEBPACK_IMPORTED_MODULE_2__/* .extractAddress */ .MI)(fromHeader),
        testRecipient: v['test-recipient'],
        health: {
            url: healthUrl,
            attempts: number('health-attempts') ?? (0,_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .defaultNumber */ .FZ)('health-attempts'),
            intervalSeconds: number('health-interval') ?? (0,_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .defaultNumber */ .FZ)('health-interval'),
            expect: v['health-expect'],
            headers: headers('health-headers'),
        },
        smoke: { url: smokeUrl, method: smokeMethod, body: v['smoke-body'], headers: headers('smoke-headers') },
        app,
        logFiles: v['log-files'] ? splitList(v['log-files']) : runtime.defaultLogFiles,
        timeoutMs: Math.round(timeoutSeconds * 1000),
        failOn: failOn ?? 'critical',
        language: language ?? 'en',
        checks: groups,
        checksExplicit: explicit,
        configFiles: splitList(v['config-files']),
        dnsServers,
        dkimSelector: v['dkim-selector'],
        imap,
        githubToken: v['github-token'],
        prComment: bool('pr-comment'),
        alertIssue: bool('alert-issue'),
        require: requirement === 'all' ? 'all' : 'any',
        notify: {
            dingtalk: { url: v['notify-dingtalk'].trim(), secret: v['notify-dingtalk-secret'].trim() },
            feishu: { url: v['notify-feishu'].trim(), secret: v['notify-feishu-secret'].trim() },
            wecom: { url: v['notify-wecom'].trim() },
            slack: { url: v['notify-slack'].trim() },
            webhook: { url: v['notify-webhook'].trim(), secret: v['notify-webhook-secret'].trim() },
            test: bool('notify-test'),
        },
        runtime,
        secretsWithheld: v['email-password'].trim() === '' && runtime.forkPullRequest,
        problems,
        sources: raw.sources,
    };
}
/** OAuth2 settings when a refresh or access token is given; what cannot work is reported on its input. */
function parseOAuth2(v, providerTokenUrl, problem) {
    const value = (name) => v[name].trim();
    const refreshToken = value('oauth2-refresh-token');
    const accessToken = value('oauth2-access-token');
    if (refreshToken === '' && accessToken === '')
        return undefined;
    const clientId = value('oauth2-client-id');
    const clientSecret = value('oauth2-client-secret');
    let tokenUrl = value('oauth2-token-url') || providerTokenUrl;
    if (refreshToken !== '' && accessToken === '') {
        const missing = [clientId === '' ? 'oauth2-client-id' : '', clientSecret === '' ? 'oauth2-client-secret' : ''].filter(Boolean);
        if (missing.length)
            problem('oauth2-refresh-token', 'oauth2-incomplete', { missing: missing.join(', ') });
        if (tokenUrl === '')
            problem('oauth2-token-url', 'oauth2-no-token-url');
    }
    if (tokenUrl !== '' && !isHttpsOrLoopback(tokenUrl)) {
        problem('oauth2-token-url', 'oauth2-token-url-insecure', { value: tokenUrl });
        tokenUrl = '';
    }
    return { clientId, clientSecret, refreshToken, accessToken, tokenUrl };
}
/** HTTPS, or plain HTTP to this machine (a local token service): a secret never crosses a network in the clear. */
function isHttpsOrLoopback(text) {
    try {
        const url = new URL(text);
        return url.protocol === 'https:' || (url.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname));
    }
    catch {
        return false;
    }
}
/** PEM certificates from a file, added to the system's trusted roots (tls.rootCertificates). */
function readCaFile(path, roots, problem) {
    if (path === '')
        return [];
    let text;
    try {
        text = (0,_safe_file_js__WEBPACK_IMPORTED_MODULE_4__/* .readSafelySync */ .O4)(path, { within: roots, maxBytes: _safe_file_js__WEBPACK_IMPORTED_MODULE_4__/* .CONFIG_FILE_MAX_BYTES */ .hj });
    }
    catch (error) {
        if (!(error instanceof _safe_file_js__WEBPACK_IMPORTED_MODULE_4__/* .FileRefused */ .rV))
            throw error;
        problem(`input-file-${error.reason}`, { value: path, within: roots.join(', '), limit: '1 MiB', detail: error.detail });
        return [];
    }
    const certificates = text.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? [];
    if (certificates.length === 0)
        problem('input-not-pem', { value: path });
    return certificates.length ? [...process.getBuiltinModule('node:tls').rootCertificates, ...certificates] : [];
}
/** `Name: value` lines. Values are secrets (auth headers): the caller registers them for masking. */
function parseHeaders(text, problem) {
    const headers = {};
    for (const [index, raw] of text.split(/\r?\n/).entries()) {
        const line = raw.trim();
        if (line === '')
            continue;
        const colon = line.indexOf(':');
        const name = line.slice(0, colon).trim();
        if (colon < 1 || !/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(name)) {
            // By its number only: a malformed line may be a pasted token.
            problem?.('input-bad-header', { line: index + 1 });
            continue;
        }
        headers[name] = line.slice(colon + 1).trim();
    }
    return headers;
}
function splitList(text) {
    return text
        .split(/[,\n]/)
        .map((s) => s.trim())
        .filter(Boolean);
}
function parseChecks(text, problem) {
    const names = splitList(text.toLowerCase());
    if (names.length === 0 || names.includes('all'))
        return { groups: [..._types_js__WEBPACK_IMPORTED_MODULE_5__/* .GROUPS */ .fd], explicit: false };
    const groups = [];
    for (const name of names) {
        if (_types_js__WEBPACK_IMPORTED_MODULE_5__/* .GROUPS */ .fd.includes(name))
            groups.push(name);
        else {
            const suggestion = _types_js__WEBPACK_IMPORTED_MODULE_5__/* .GROUPS */ .fd.find((g) => (0,_providers_js__WEBPACK_IMPORTED_MODULE_1__/* .editDistance */ .YC)(g, name) <= 2);
            problem('input-unknown-check', { value: name, allowed: _types_js__WEBPACK_IMPORTED_MODULE_5__/* .GROUPS */ .fd.join(', '), suggestion: suggestion ?? '' });
        }
    }
    return { groups: groups.length ? [...new Set(groups)] : [..._types_js__WEBPACK_IMPORTED_MODULE_5__/* .GROUPS */ .fd], explicit: groups.length > 0 };
}
/** Accepts a hostname or IP; rejects the usual mistakes (scheme, port, path) with a specific cause. */
function parseHost(text, problem) {
    if (text === '')
        return '';
    const bracketless = text.replace(/^\[(.*)\]$/, '$1');
    if (isIP(bracketless))
        return bracketless;
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) {
        problem('input-host-has-scheme', { value: text, host: text.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '').replace(/[:/].*$/, '') });
        return '';
    }
    if (/^[^:\s]+:\d+$/.test(text)) {
        problem('input-host-has-port', { value: text, host: text.split(':')[0] ?? '' });
        return '';
    }
    // The WHATWG parser behind domainToASCII silently cuts at '/', '?', '#' and '\\': refuse those first.
    if (/[/\\?#@\s]/.test(text)) {
        problem('input-not-host', { value: text });
        return '';
    }
    const ascii = (0,node_url__WEBPACK_IMPORTED_MODULE_0__.domainToASCII)(text);
    const labels = ascii.replace(/\.$/, '').split('.');
    const valid = ascii.length > 0 && ascii.length <= 253 && labels.every((l) => /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i.test(l));
    if (!valid) {
        problem('input-not-host', { value: text });
        return '';
    }
    return ascii.replace(/\.$/, '');
}
function isHttpUrl(text) {
    try {
        const url = new URL(text);
        return url.protocol === 'http:' || url.protocol === 'https:';
    }
    catch {
        return false;
    }
}
/** node:net's isIP, with node:net loaded only when an address is asked about. */
const isIP = (text) => process.getBuiltinModule('node:net').isIP(text);
function isResolverAddress(text) {
    const match = /^\[?([^\]]+?)\]?(?::(\d{1,5}))?$/.exec(text);
    if (isIP(text))
        return true;
    if (!match?.[1] || !isIP(match[1]))
        return false;
    return match[2] === undefined || (Number(match[2]) > 0 && Number(match[2]) < 65536);
}
/** `{ key: value }` when the value is there, else nothing (optional fields stay absent, not undefined). */
function optional(key, value) {
    return value === undefined ? {} : { [key]: value };
}
/**
 * `/source/flags` as a regular expression; plain text as the text itself (`plainIsText`, matched case-blind) or as
 * an expression's source. An expression that does not compile is an input problem, never a throw.
 */
function parseExpression(text, plainIsText, problem) {
    if (text === '')
        return undefined;
    const literal = /^\/(.+)\/([a-z]*)$/s.exec(text);
    try {
        if (literal)
            return new RegExp(literal[1] ?? '', (literal[2] ?? '').replace(/[gy]/g, ''));
        if (plainIsText)
            return new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i');
        return new RegExp(text);
    }
    catch (error) {
        problem('input-not-regex', { value: text, error: error instanceof Error ? error.message : String(error) });
        return undefined;
    }
}


/***/ }),

/***/ 8260:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ isPlaceholder)
/* harmony export */ });
// Template values and unexpanded variables, read by the env checks and the config lint alike.
/** Values people leave in from templates, or variables that were never expanded. */
const PLACEHOLDER = /^(?:x+|\*+|\.+|-+|your[\s\w.-]*|my[\w-]*pass(?:word)?|pass(?:word)?\d*|passwd|changeme|change[-_ ]?me|secret|todo|tbd|fixme|example|test|dummy|placeholder|123456\d*|<[^>]*>|\[[^\]]*\]|\$\{\{.*\}\}|\$\{?\w+\}?|\{\{.*\}\}|%\w+%|null|undefined|none|auth[-_ ]?code|app[-_ ]?password|授权码.*|密码.*|你的.*)$/i;
function isPlaceholder(value) {
    return PLACEHOLDER.test(value.trim());
}


/***/ }),

/***/ 6765:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ readRawInputs)
/* harmony export */ });
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7428);
// The one reader: action inputs or CLI flags, with environment fallbacks, then the table's defaults.

/**
 * Reads every input through `read` (core.getInput for the action, flags for the CLI),
 * falling back to the environment variable named in INPUTS, then to the default.
 */
function readRawInputs(read, env) {
    const values = {};
    const sources = {};
    for (const name of _inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .INPUT_NAMES */ .Qh) {
        const spec = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .specOf */ .rI)(name);
        const tidy = (v) => ((0,_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .isRawInput */ .X_)(name) ? (v ?? '') : (v ?? '').trim());
        const given = tidy(read(name));
        const fromEnv = spec.env ? tidy(env[spec.env]) : '';
        if (given.trim() !== '')
            [values[name], sources[name]] = [given, 'input'];
        else if (fromEnv.trim() !== '')
            [values[name], sources[name]] = [fromEnv, 'env'];
        else
            [values[name], sources[name]] = [spec.default ?? '', 'default'];
    }
    return { values, sources };
}


/***/ }),

/***/ 7100:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ hasNotifyChannel),
/* harmony export */   u: () => (/* binding */ providerIdOf)
/* harmony export */ });
/** Whether any channel is configured: the notify modules are loaded only then. */
const hasNotifyChannel = (n) => [n.dingtalk.url, n.feishu.url, n.wecom.url, n.slack.url, n.webhook.url].some((url) => url !== '');
/** Our provider id (qq, 163, gmail, ...) when the provider is a known one: the diagnosis keys on it. */
function providerIdOf(s) {
    return s.provider.kind === 'known' ? s.provider.provider.id : undefined;
}


/***/ }),

/***/ 9366:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   LC: () => (/* binding */ GENERIC_CAUSES),
/* harmony export */   categoryOf: () => (/* binding */ categoryOf)
/* harmony export */ });
/* unused harmony export CATEGORY_OF */


/** The family of each cause that reports a mail failure, live or in a log. */
const CATEGORY_OF = {
    // OAuth2 (XOAUTH2) logins
    'oauth2-invalid-grant': 'auth-failed',
    'oauth2-refresh-token-inactive': 'auth-failed',
    'oauth2-invalid-client': 'auth-failed',
    'oauth2-scope': 'auth-failed',
    'oauth2-token-error': 'auth-failed',
    'oauth2-not-configured': 'missing-credentials',
    'oauth2-endpoint-unreachable': 'other',
    'auth-xoauth2-rejected': 'auth-failed',
    'oauth2-access-token-expired': 'auth-failed',
    'auth-xoauth2-not-offered': 'auth-method-disabled',
    // diagnoses of a reply or an error
    'auth-qq-account-blocked': 'auth-failed',
    'auth-qq-authorization-code': 'auth-failed',
    'auth-exmail-password': 'auth-failed',
    'auth-netease-authorization-code': 'auth-failed',
    'auth-gmail-bad-credentials': 'auth-failed',
    'auth-gmail-web-login': 'auth-failed',
    'auth-failed': 'auth-failed',
    'auth-gmail-app-password-required': 'app-password-required',
    'auth-app-password-required': 'app-password-required',
    'auth-netease-no-permission': 'auth-method-disabled',
    'auth-o365-smtp-auth-disabled': 'auth-method-disabled',
    'auth-o365-tenant-auth-disabled': 'auth-method-disabled',
    'auth-o365-basic-auth-disabled': 'auth-method-disabled',
    'auth-method-unsupported': 'auth-method-disabled',
    'session-auth-not-offered': 'auth-method-disabled',
    'auth-not-advertised': 'auth-method-disabled',
    'auth-missing-credentials': 'missing-credentials',
    'auth-required': 'missing-credentials',
    'sender-from-header-invalid': 'sender-rejected',
    'sender-must-equal-user': 'sender-rejected',
    'sender-not-verified': 'sender-rejected',
    'sender-send-as-denied': 'sender-rejected',
    'ses-not-authorized': 'sender-rejected',
    'sender-rejected': 'sender-rejected',
    'sender-deferred': 'sender-rejected',
    'recipient-rejected': 'recipient-rejected',
    'recipient-deferred': 'recipient-rejected',
    'message-spam': 'content-rejected',
    'message-too-large': 'content-rejected',
    'message-rejected': 'content-rejected',
    'message-deferred': 'content-rejected',
    'rate-limited': 'rate-limited',
    'rate-limited-netease': 'rate-limited',
    'rate-limited-gmail': 'rate-limited',
    'rate-limited-ses': 'rate-limited',
    'rate-limited-microsoft': 'rate-limited',
    'server-busy': 'server-busy',
    'auth-temporary-failure': 'server-busy',
    'greeting-421': 'server-busy',
    'session-tls-wrong-version': 'tls-mismatch',
    'session-tls-port-mismatch': 'tls-mismatch',
    'tls-version-refused': 'tls-mismatch',
    'tls-on-plaintext-port': 'tls-mismatch',
    'plaintext-on-tls-port': 'tls-mismatch',
    'tls-certificate-rejected': 'tls-certificate',
    'tls-cert-expired': 'tls-certificate',
    'tls-cert-not-yet-valid': 'tls-certificate',
    'tls-cert-untrusted': 'tls-certificate',
    'tls-cert-wrong-host': 'tls-certificate',
    'tls-cert-expiring': 'tls-certificate',
    'starttls-required': 'starttls-required-or-missing',
    'starttls-unavailable': 'starttls-required-or-missing',
    'starttls-refused': 'starttls-required-or-missing',
    'starttls-not-offered': 'starttls-required-or-missing',
    'tls-required-not-offered': 'starttls-required-or-missing',
    'tls-upgrade-failed': 'starttls-required-or-missing',
    'smtp-connection-refused': 'connection-refused',
    'tcp-refused': 'connection-refused',
    'tcp-refused-other-ports-open': 'connection-refused',
    'session-timeout': 'connection-timeout',
    'greeting-timeout': 'connection-timeout',
    'smtp-timeout': 'connection-timeout',
    'tls-handshake-timeout': 'connection-timeout',
    'tcp-timeout': 'connection-timeout',
    'tcp-timeout-other-ports-open': 'connection-timeout',
    'smtp-connection-reset': 'connection-reset',
    'smtp-connection-closed': 'connection-reset',
    'greeting-closed': 'connection-reset',
    'smtp-closed': 'connection-reset',
    'smtp-reply-too-long': 'other',
    'smtp-dns-error': 'dns-failure',
    'dns-nxdomain': 'dns-failure',
    'dns-servfail': 'dns-failure',
    'dns-timeout': 'dns-failure',
    'dns-refused': 'dns-failure',
    'dns-no-address': 'dns-failure',
    'dns-error': 'dns-failure',
    'dns-ipv6-only': 'dns-failure',
    'tcp-unreachable': 'connection-refused',
    'tcp-unreachable-other-ports-open': 'connection-refused',
    'tcp-error': 'other',
    'tcp-error-other-ports-open': 'other',
    'tls-handshake-failed': 'other',
    'greeting-garbage': 'other',
    'greeting-rejected': 'sender-rejected',
    'ehlo-rejected': 'other',
    'smtp-socket-error': 'other',
    'smtp-protocol-error': 'other',
    'smtp-reply': 'other',
    'smtp-error': 'other',
    'log-mail-error': 'other',
};
/** The ends of the diagnosis that name no family: a reply or an error it could only show. */
const GENERIC_CAUSES = new Set(['smtp-reply', 'smtp-error', 'log-mail-error']);
/** The family of a failure's cause; undefined for a cause that is not a mail failure (an input problem, a lint rule). */
function categoryOf(cause) {
    return CATEGORY_OF[cause];
}


/***/ }),

/***/ 5524:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   fg: () => (/* binding */ SmtpSession),
/* harmony export */   h0: () => (/* binding */ SmtpFailure)
/* harmony export */ });
/* unused harmony export dotStuffed */
/* harmony import */ var _wire_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7327);

/** A refusal or a broken session, with what a diagnosis needs (the shape of nodemailer's errors). */
class SmtpFailure extends Error {
    code;
    command;
    response;
    responseCode;
    constructor(code, command, response, responseCode) {
        super(response ?? `${command}: ${code}`);
        this.code = code;
        this.command = command;
        this.response = response;
        this.responseCode = responseCode;
    }
}
const b64 = (text) => Buffer.from(text, 'utf8').toString('base64');
/** Lines written together, replies read in order (RFC 2920 PIPELINING, or one by one). */
class SmtpSession {
    wire;
    capabilities;
    constructor(wire, capabilities) {
        this.wire = wire;
        this.capabilities = capabilities;
    }
    /** One exchange; a dropped or silent connection becomes a failure of that command. */
    async exchange(line, command, shown = line) {
        try {
            return await this.wire.command(line, shown);
        }
        catch (error) {
            throw this.broken(error, command);
        }
    }
    broken(error, command) {
        const failure = error instanceof _wire_js__WEBPACK_IMPORTED_MODULE_0__/* .WireError */ .cC ? error.failure : undefined;
        const code = failure === 'timeout' ? 'ETIMEDOUT' : failure === 'too-long' ? 'ETOOLONG' : 'ECONNECTION';
        return new SmtpFailure(code, command, error instanceof Error ? error.message : String(error));
    }
    /** AUTH PLAIN (or LOGIN when only that is offered); resolves with the mechanism used. Credentials never reach the transcript. */
    async login(user, pass) {
        const methods = this.capabilities.auth;
        const refused = (reply, command) => new SmtpFailure('EAUTH', command, reply.text, reply.code);
        if (!methods.includes('PLAIN') && !methods.includes('LOGIN')) {
            throw new SmtpFailure('ENOAUTH', 'AUTH', `no PLAIN or LOGIN among: ${methods.join(' ') || 'none'}`);
        }
        if (methods.includes('PLAIN')) {
            const token = b64(`\u0000${user}\u0000${pass}`);
            let reply = await this.exchange(`AUTH PLAIN ${token}`, 'AUTH PLAIN', 'AUTH PLAIN ****');
            // A server that wants the token on its own line answers 334 first.
            if (reply.code === 334)
                reply = await this.exchange(token, 'AUTH PLAIN', '****');
            if (reply.code !== 235)
                throw refused(reply, 'AUTH PLAIN');
            return 'PLAIN';
        }
        let reply = await this.exchange('AUTH LOGIN', 'AUTH LOGIN');
        if (reply.code === 334)
            reply = await this.exchange(b64(user), 'AUTH LOGIN', '****');
        if (reply.code === 334)
            reply = await this.exchange(b64(pass), 'AUTH LOGIN', '****');
        if (reply.code !== 235)
            throw refused(reply, 'AUTH LOGIN');
        return 'LOGIN';
    }
    /**
     * AUTH XOAUTH2 with an access token. A refusal comes as a 334 carrying the server's base64 JSON (status, schemes,
     * scope); the client answers with an empty line and the server ends with 535. The JSON joins the reply text.
     */
    async loginXoauth2(user, token) {
        const methods = this.capabilities.auth;
        if (!methods.includes('XOAUTH2'))
            throw new SmtpFailure('ENOAUTH', 'AUTH XOAUTH2', `no XOAUTH2 among: ${methods.join(' ') || 'none'}`);
        const initial = b64(`user=${user}\u0001auth=Bearer ${token}\u0001\u0001`);
        let reply = await this.exchange(`AUTH XOAUTH2 ${initial}`, 'AUTH XOAUTH2', 'AUTH XOAUTH2 ****');
        let challenge = '';
        if (reply.code === 334) {
            challenge = Buffer.from(reply.text.replace(/^334[ -]?/, '').trim(), 'base64').toString('utf8');
            reply = await this.exchange('', 'AUTH XOAUTH2');
        }
        if (reply.code !== 235) {
            const text = /^\s*\{/.test(challenge) ? `${reply.text} ${challenge.trim()}` : reply.text;
            throw new SmtpFailure('EAUTH', 'AUTH XOAUTH2', text, reply.code);
        }
        return 'XOAUTH2';
    }
    /** Commands whose replies are read in order: in one write when the server pipelines, else one by one. */
    async batch(lines) {
        if (!this.capabilities.pipelining) {
            const replies = [];
            for (const [line, command] of lines)
                replies.push(await this.exchange(line, command));
            return replies;
        }
        this.wire.sendBatch(lines.map(([line]) => line));
        const replies = [];
        for (const [, command] of lines) {
            try {
                replies.push(await this.wire.read());
            }
            catch (error) {
                throw this.broken(error, command);
            }
        }
        return replies;
    }
    /** MAIL FROM, RCPT TO and RSET: the server judges sender and recipient, nothing is sent. One round trip with PIPELINING. */
    async probeEnvelope(from, to) {
        const [mail, rcpt] = await this.batch([
            [`MAIL FROM:<${from}>`, 'MAIL FROM'],
            [`RCPT TO:<${to}>`, 'RCPT TO'],
            ['RSET', 'RSET'],
        ]);
        if (mail && mail.code !== 250)
            throw new SmtpFailure('EENVELOPE', 'MAIL FROM', mail.text, mail.code);
        if (rcpt && rcpt.code !== 250 && rcpt.code !== 251)
            throw new SmtpFailure('EENVELOPE', 'RCPT TO', rcpt.text, rcpt.code);
    }
    /** A message on the same session: MAIL, RCPT and DATA (batched when pipelined), then the content. Resolves with the final reply. */
    async send(from, to, message) {
        const [mail, rcpt, data] = await this.batch([
            [`MAIL FROM:<${from}>`, 'MAIL FROM'],
            [`RCPT TO:<${to}>`, 'RCPT TO'],
            ['DATA', 'DATA'],
        ]);
        if (mail && mail.code !== 250)
            throw new SmtpFailure('EENVELOPE', 'MAIL FROM', mail.text, mail.code);
        if (rcpt && rcpt.code !== 250 && rcpt.code !== 251)
            throw new SmtpFailure('EENVELOPE', 'RCPT TO', rcpt.text, rcpt.code);
        if (!data || data.code !== 354)
            throw new SmtpFailure('EMESSAGE', 'DATA', data?.text, data?.code);
        this.wire.sendData(dotStuffed(message));
        let final;
        try {
            final = await this.wire.read();
        }
        catch (error) {
            throw this.broken(error, 'DATA');
        }
        if (final.code !== 250)
            throw new SmtpFailure('EMESSAGE', 'DATA', final.text, final.code);
        return final;
    }
}
/** The message with CRLF line ends, leading dots doubled (RFC 5321 4.5.2) and the closing `.` line. */
function dotStuffed(message) {
    const text = message.toString('binary').replace(/\r?\n/g, '\r\n');
    const body = text.replace(/^\./gm, '..');
    return Buffer.from(`${body}${body.endsWith('\r\n') ? '' : '\r\n'}.\r\n`, 'binary');
}


/***/ }),

/***/ 7327:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Cy: () => (/* binding */ SmtpWire),
/* harmony export */   Gh: () => (/* binding */ MAX_REPLY_LINES),
/* harmony export */   cC: () => (/* binding */ WireError),
/* harmony export */   gk: () => (/* binding */ handshake)
/* harmony export */ });
/* unused harmony export MAX_REPLY_BYTES */
class WireError extends Error {
    failure;
    detail;
    constructor(failure, detail) {
        super(detail);
        this.failure = failure;
        this.detail = detail;
    }
}
/**
 * One reply, bounded: a real multi-line reply (an EHLO, a 535 with its help text) has a few dozen lines. Past these,
 * the server is broken or hostile: the connection ends and the reply is its own finding, never a growing buffer.
 */
const MAX_REPLY_LINES = 100;
const MAX_REPLY_BYTES = 64 * 1024;
class SmtpWire {
    socket;
    transcript;
    timeoutMs;
    buffer = '';
    lines = [];
    /** Bytes of the complete lines not yet taken as a reply. */
    pendingBytes = 0;
    waiting;
    ended;
    onData = (chunk) => this.receive(chunk.toString('latin1'));
    onEnd = () => this.finish(new WireError('closed', 'the server closed the connection'));
    constructor(socket, transcript, timeoutMs) {
        this.socket = socket;
        this.transcript = transcript;
        this.timeoutMs = timeoutMs;
        socket.on('data', this.onData);
        socket.on('end', this.onEnd);
        socket.on('close', this.onEnd);
        socket.on('error', (error) => this.finish(new WireError('closed', error.message)));
    }
    /** The next complete reply, within the timeout. */
    read(timeoutMs = this.timeoutMs) {
        const ready = this.takeReply();
        if (ready)
            return Promise.resolve(ready);
        if (this.ended)
            return Promise.reject(this.ended);
        return new Promise((resolve, reject) => {
            const timer = setTimeout(() => {
                this.waiting = undefined;
                reject(new WireError('timeout', `no reply within ${timeoutMs} ms`));
            }, timeoutMs);
            this.waiting = { resolve, reject, timer };
        });
    }
    send(line, shown = line) {
        this.transcript.push(`C: ${shown}`);
        this.socket.write(`${line}\r\n`);
    }
    /** Several commands in one write (PIPELINING): one round trip for all of them. */
    sendBatch(lines) {
        for (const line of lines)
            this.transcript.push(`C: ${line}`);
        this.socket.write(lines.map((line) => `${line}\r\n`).join(''));
    }
    /** The content of a message after DATA, already dot-stuffed and closed. */
    sendData(data) {
        this.transcript.push(`C: <message, ${data.length} bytes>`);
        this.socket.write(data);
    }
    command(line, shown = line) {
        this.send(line, shown);
        return this.read();
    }
    /** STARTTLS: hands the socket to TLS; this reader stops and a new one reads the TLS side. */
    async upgrade(options) {
        this.detach();
        const socket = await handshake({ ...options, socket: this.socket }, this.timeoutMs);
        return { wire: new SmtpWire(socket, this.transcript, this.timeoutMs), socket };
    }
    /** Polite QUIT, waiting at most `waitMs` for the goodbye; then the socket is destroyed either way. */
    async quit(waitMs) {
        try {
            if (!this.ended) {
                this.send('QUIT');
                await this.read(waitMs).catch(() => undefined);
            }
        }
        finally {
            this.close();
        }
    }
    close() {
        this.detach();
        this.socket.destroy();
    }
    detach() {
        this.socket.off('data', this.onData);
        this.socket.off('end', this.onEnd);
        this.socket.off('close', this.onEnd);
    }
    receive(text) {
        if (this.ended)
            return;
        this.buffer += text;
        let newline;
        while ((newline = this.buffer.indexOf('\n')) >= 0) {
            const line = this.buffer.slice(0, newline).replace(/\r$/, '');
            this.buffer = this.buffer.slice(newline + 1);
            if (!/^\d{3}([ -]|$)/.test(line)) {
                this.transcript.push(`S: ${line.slice(0, 200)}`);
                return this.finish(new WireError('garbage', line.slice(0, 200)));
            }
            this.lines.push(line);
            this.pendingBytes += line.length;
            if (this.lines.length > MAX_REPLY_LINES || this.pendingBytes > MAX_REPLY_BYTES)
                return this.tooLong();
            this.transcript.push(`S: ${line}`);
            // A complete reply leaves the pending count; the lines of the next one start from zero.
            if (/^\d{3}( |$)/.test(line))
                this.pendingBytes = 0;
        }
        if (this.buffer.length > MAX_REPLY_BYTES)
            return this.tooLong();
        const reply = this.waiting ? this.takeReply() : undefined;
        if (reply && this.waiting) {
            const { resolve, timer } = this.waiting;
            clearTimeout(timer);
            this.waiting = undefined;
            resolve(reply);
        }
    }
    tooLong() {
        this.transcript.push(`-- the reply went past ${MAX_REPLY_LINES} lines or ${MAX_REPLY_BYTES / 1024} KiB: connection ended`);
        this.lines = [];
        this.buffer = '';
        this.finish(new WireError('too-long', `the server's reply exceeded ${MAX_REPLY_LINES} lines or ${MAX_REPLY_BYTES / 1024} KiB`));
        this.socket.destroy();
    }
    takeReply() {
        const last = this.lines.findIndex((l) => /^\d{3}( |$)/.test(l));
        if (last < 0)
            return undefined;
        const lines = this.lines.splice(0, last + 1);
        const code = Number(lines[last].slice(0, 3));
        const bodies = lines.map((l) => l.slice(4));
        const enhanced = /^([245]\.\d{1,3}\.\d{1,3})\b/.exec(bodies[0] ?? '')?.[1];
        return { code, enhanced, lines: bodies, text: lines.join('\n') };
    }
    finish(error) {
        if (this.ended)
            return;
        this.ended = error;
        if (this.waiting) {
            const { reject, timer } = this.waiting;
            clearTimeout(timer);
            this.waiting = undefined;
            reject(error);
        }
    }
}
/** A TLS handshake bounded by timeoutMs. The certificate is judged by the caller, not here. */
function handshake(options, timeoutMs) {
    return new Promise((resolve, reject) => {
        // node:tls is loaded here, at the first handshake, not when the program starts.
        const socket = process.getBuiltinModule('node:tls').connect({ ...options, rejectUnauthorized: false });
        const timer = setTimeout(() => {
            socket.destroy();
            reject(Object.assign(new Error(`TLS handshake did not finish within ${timeoutMs} ms`), { code: 'ETLSTIMEOUT' }));
        }, timeoutMs);
        socket.once('secureConnect', () => {
            clearTimeout(timer);
            socket.removeAllListeners('error');
            resolve(socket);
        });
        socket.once('error', (error) => {
            clearTimeout(timer);
            socket.destroy();
            reject(error);
        });
    });
}


/***/ }),

/***/ 8992:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $Q: () => (/* binding */ clip),
/* harmony export */   Qq: () => (/* binding */ round1),
/* harmony export */   ZD: () => (/* binding */ escapeHtml),
/* harmony export */   kc: () => (/* binding */ errorText)
/* harmony export */ });
// Small text helpers shared by checks and reporters.
/** A number with one decimal at most (seconds in reports). */
const round1 = (n) => Math.round(n * 10) / 10;
/** At most `max` characters, with an ellipsis when cut. */
const clip = (text, max) => (text.length > max ? `${text.slice(0, max)}…` : text);
const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
function errorText(error) {
    return error instanceof Error ? error.message : String(error);
}


/***/ }),

/***/ 8522:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   W9: () => (/* binding */ shouldFail),
/* harmony export */   fd: () => (/* binding */ GROUPS),
/* harmony export */   gX: () => (/* binding */ overallStatus)
/* harmony export */ });
/* unused harmony export CATEGORIES */
const GROUPS = [
    'env',
    'dns',
    'tcp',
    'tls',
    'smtp',
    'send',
    'delivery',
    'health',
    'app',
    'server',
    'deliverability',
    'logs',
    'lint',
];
/** The family of a mail failure (README, "Report JSON"): the stable word people and scripts key on. */
const CATEGORIES = (/* unused pure expression or super */ null && ([
    'auth-failed',
    'app-password-required',
    'auth-method-disabled',
    'missing-credentials',
    'sender-rejected',
    'recipient-rejected',
    'content-rejected',
    'rate-limited',
    'server-busy',
    'tls-mismatch',
    'tls-certificate',
    'starttls-required-or-missing',
    'connection-refused',
    'connection-timeout',
    'connection-reset',
    'dns-failure',
    'other',
]));
function overallStatus(results) {
    if (results.some((r) => r.status === 'fail'))
        return 'fail';
    if (results.some((r) => r.status === 'warn'))
        return 'warn';
    return 'pass';
}
/** Whether the verdict should fail the workflow (or exit 1 on the CLI). */
function shouldFail(verdict, failOn) {
    if (failOn === 'never')
        return false;
    if (failOn === 'warning')
        return verdict !== 'pass';
    return verdict === 'fail';
}


/***/ }),

/***/ 873:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ Text)
/* harmony export */ });
// Text that mixes our words with what someone else said: an SMTP reply, a server's report, a DNS record,
// a line of a repository file, a value from `.env`. Their parts are data, never markup or commands.
//
// `Text` is an object, not a string: it cannot be pasted into a log line, a summary or a comment by
// accident (lint refuses an object in a template literal or a `+`). Only a channel's encoder
// (src/report/encode.ts) turns it into that channel's string; JSON gets the plain text through toJSON.
class Text {
    parts;
    constructor(parts) {
        this.parts = parts;
    }
    /** Our own words (a template, a title): trusted, may hold backtick code spans. */
    static ours(text) {
        return new Text(text === '' ? [] : [{ ours: true, text }]);
    }
    /** What a peer, a file or a server said. */
    static theirs(text) {
        return new Text(text === '' ? [] : [{ ours: false, text }]);
    }
    /** A template of ours with `{name}` filled by their values (a string or number is theirs; a Text keeps its parts). */
    static fill(template, params) {
        const parts = [];
        let last = 0;
        for (const match of template.matchAll(/\{(\w+)\}/g)) {
            if (match.index > last)
                parts.push({ ours: true, text: template.slice(last, match.index) });
            const value = params[match[1] ?? ''];
            if (value instanceof Text)
                parts.push(...value.parts);
            else if (value !== undefined && value !== '')
                parts.push({ ours: false, text: String(value) });
            last = match.index + match[0].length;
        }
        if (last < template.length)
            parts.push({ ours: true, text: template.slice(last) });
        return new Text(parts);
    }
    static join(texts, separator) {
        const parts = [];
        texts.forEach((t, i) => {
            if (i > 0 && separator !== '')
                parts.push({ ours: true, text: separator });
            parts.push(...t.parts);
        });
        return new Text(parts);
    }
    concat(...others) {
        return new Text([...this.parts, ...others.flatMap((o) => (typeof o === 'string' ? Text.ours(o).parts : o.parts))]);
    }
    /** Rewrites their parts only (redaction): our words are never touched. */
    mapTheirs(change) {
        return new Text(this.parts.map((p) => (p.ours ? p : { ours: false, text: change(p.text) })));
    }
    get isEmpty() {
        return this.parts.every((p) => p.text === '');
    }
    /** The characters as they are, for JSON and for measuring; never for a channel that parses markup. */
    get plain() {
        return this.parts.map((p) => p.text).join('');
    }
    toJSON() {
        return this.plain;
    }
}


/***/ }),

/***/ 311:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ TOOL),
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
// Kept equal to package.json's version (a unit test checks it); a constant keeps the bundle free of file reads.
const VERSION = '0.1.0';
const TOOL = 'email-deploy-check';


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 6193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 6141:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 7016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   ak: () => (/* binding */ runCli),
/* harmony export */   eF: () => (/* binding */ run),
/* harmony export */   eZ: () => (/* binding */ ROUTE_CHECKS),
/* harmony export */   hX: () => (/* binding */ checkEmailHealth)
/* harmony export */ });
/* harmony import */ var _evaluate_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9308);
/* harmony import */ var _runtime_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3683);
/* harmony import */ var _settings_read_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6765);
/* harmony import */ var _report_encode_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(4622);
// The package as a library: checkEmailHealth() for an app's own health route.




/** The CLI (the package's bin). Loaded on demand: the action and the library never parse the CLI's code and help. */
async function runCli(argv, env) {
    const cli = await __nccwpck_require__.e(/* import() */ 839).then(__nccwpck_require__.bind(__nccwpck_require__, 1839));
    return cli.runCli(argv, env);
}
/** The GitHub Action. Loaded on demand: the library and the CLI never parse the action's code. */
async function run() {
    const { run: runAction } = await __nccwpck_require__.e(/* import() */ 31).then(__nccwpck_require__.bind(__nccwpck_require__, 6031));
    await runAction();
}
/** What a health route checks by default: the app's own path to its mail server, no test mail. */
const ROUTE_CHECKS = 'env,dns,tcp,tls,smtp';
/** Results per effective settings; a route with many settings variants does not grow it without bound. */
const MAX_CACHE_ENTRIES = 16;
const cache = new Map();
/**
 * Runs email-deploy-check from inside the app: its network, its secrets. Return `report` as JSON with
 * `status` from the app's `/api/email/health` route; the action's `health-url` then shows it as
 * "From your server" and fails the workflow on its critical items. Identical calls while one is running
 * share it (one login, not one per probe).
 */
function checkEmailHealth(options = {}) {
    const env = options.env ?? process.env;
    const given = Object.entries(options.inputs ?? {}).filter((entry) => entry[1] !== undefined);
    const inputs = {
        checks: ROUTE_CHECKS,
        ...Object.fromEntries(given.map(([name, value]) => [name, String(value)])),
        ...(options.targets === undefined
            ? {}
            : { targets: typeof options.targets === 'string' ? options.targets : JSON.stringify(options.targets) }),
    };
    const raw = (0,_settings_read_js__WEBPACK_IMPORTED_MODULE_2__/* .readRawInputs */ .y)((name) => inputs[name], env);
    const runtime = (0,_runtime_js__WEBPACK_IMPORTED_MODULE_1__/* .cliRuntime */ .F)(env, 'route');
    // The key is what the run would see: every input after its environment fallback, and where it runs.
    const key = process
        .getBuiltinModule('node:crypto')
        .createHash('sha256')
        .update(JSON.stringify([raw.values, runtime.nodeEnv, runtime.defaultLogFiles]))
        .digest('hex');
    const ttl = (options.cacheSeconds ?? 60) * 1000;
    const now = Date.now();
    const hit = cache.get(key);
    // A run still going is shared whatever the TTL; a finished one while it is fresh.
    if (hit && (!hit.settled || now - hit.at < ttl))
        return hit.value;
    const value = (0,_evaluate_js__WEBPACK_IMPORTED_MODULE_0__/* .evaluate */ ._3)(raw, runtime).then(({ report }) => ({
        status: report.status === 'fail' ? 503 : 200,
        body: (0,_report_encode_js__WEBPACK_IMPORTED_MODULE_3__/* .toJson */ .aB)(report),
        report,
    }));
    const entry = { at: now, settled: false, value };
    value.then(() => (entry.settled = true), 
    // A call that fails is not kept: the next probe tries again.
    () => cache.delete(key));
    cache.delete(key);
    cache.set(key, entry);
    // Oldest first: drop finished entries past the bound or past their time.
    for (const [old, e] of cache) {
        if (cache.size <= MAX_CACHE_ENTRIES)
            break;
        if (e.settled || old !== key)
            cache.delete(old);
    }
    return entry.value;
}

var __webpack_exports__ROUTE_CHECKS = __webpack_exports__.eZ;
var __webpack_exports__checkEmailHealth = __webpack_exports__.hX;
var __webpack_exports__run = __webpack_exports__.eF;
var __webpack_exports__runCli = __webpack_exports__.ak;
export { __webpack_exports__ROUTE_CHECKS as ROUTE_CHECKS, __webpack_exports__checkEmailHealth as checkEmailHealth, __webpack_exports__run as run, __webpack_exports__runCli as runCli };
