export const id = 305;
export const ids = [305,407];
export const modules = {

/***/ 4407:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MECHANISMS: () => (/* binding */ MECHANISMS),
/* harmony export */   Y: () => (/* binding */ headersOf),
/* harmony export */   ourJudgements: () => (/* binding */ ourJudgements),
/* harmony export */   receiverJudgements: () => (/* binding */ receiverJudgements)
/* harmony export */ });
const MECHANISMS = ['spf', 'dkim', 'dmarc'];
/** The header section of a message, unfolded: one entry per header, in order, names lower-cased. */
function headersOf(raw) {
    const end = raw.search(/\r?\n\r?\n/);
    const section = end === -1 ? raw : raw.slice(0, end);
    const headers = [];
    for (const line of section.split(/\r?\n/)) {
        const last = headers[headers.length - 1];
        if (/^[ \t]/.test(line) && last)
            last.value += ` ${line.trim()}`;
        else {
            const colon = line.indexOf(':');
            if (colon > 0)
                headers.push({ name: line.slice(0, colon).trim().toLowerCase(), value: line.slice(colon + 1).trim() });
        }
    }
    return headers;
}
/** Removes RFC 5322 comments (nested parentheses, backslash escapes). */
function withoutComments(text) {
    let depth = 0;
    let out = '';
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (c === '\\' && depth > 0)
            i++;
        else if (c === '(')
            depth++;
        else if (c === ')' && depth > 0)
            depth--;
        else if (depth === 0)
            out += c;
    }
    return out;
}
const RANK = { pass: 0, policy: 1, neutral: 2, softfail: 3, temperror: 4, permerror: 5, fail: 6, none: 7 };
/**
 * The receiver's verdict: the topmost Authentication-Results header (the last one added, by the receiving
 * server). For DKIM, the best of its results (one passing signature is enough). Undefined when there is none.
 */
function receiverJudgements(raw) {
    const header = headersOf(raw).find((h) => h.name === 'authentication-results');
    if (!header)
        return undefined;
    const [authservId = '', ...parts] = withoutComments(header.value).split(';');
    const judgements = {};
    for (const part of parts) {
        const match = /^\s*([a-z0-9-]+)\s*=\s*([a-z]+)\b(.*)$/i.exec(part);
        if (!match)
            continue;
        const mechanism = match[1]?.toLowerCase();
        if (!MECHANISMS.includes(mechanism))
            continue;
        const result = (match[2] ?? '').toLowerCase();
        const props = match[3] ?? '';
        const domain = /\b(?:header\.d|header\.i|header\.from|smtp\.mailfrom)\s*=\s*"?([^\s;"]+)/i.exec(props)?.[1]?.replace(/^.*@/, '') ?? '';
        const known = judgements[mechanism];
        if (!known || (RANK[result] ?? 8) < (RANK[known.result] ?? 8))
            judgements[mechanism] = { result, domain };
    }
    return { authservId: authservId.trim().split(/\s+/)[0] ?? '', judgements };
}
/**
 * Our own verification of the delivered copy, through the configured resolvers: mailauth's DKIM verifier, its
 * SPF for the client address and sender the receiver recorded (the topmost Received header with a `from` clause,
 * then Return-Path), and its DMARC evaluation of both. The same steps as its `authenticate()`, without the ARC and
 * BIMI parts, whose dependencies (an HTTP client, X.509 parsing) would double the size of the bundle.
 */
async function ourJudgements(raw, resolve) {
    const [{ dkimVerify }, { spf }, { evaluateDmarc }, { parseReceived, getClientAddress }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(135), __webpack_require__.e(594), __webpack_require__.e(308)]).then(__webpack_require__.t.bind(__webpack_require__, 2308, 23)),
        Promise.all(/* import() */[__webpack_require__.e(135), __webpack_require__.e(594), __webpack_require__.e(697)]).then(__webpack_require__.t.bind(__webpack_require__, 4697, 23)),
        Promise.all(/* import() */[__webpack_require__.e(135), __webpack_require__.e(594), __webpack_require__.e(659)]).then(__webpack_require__.t.bind(__webpack_require__, 9659, 23)),
        __webpack_require__.e(/* import() */ 820).then(__webpack_require__.t.bind(__webpack_require__, 6820, 23)),
    ]);
    const resolver = resolve;
    const dkim = await dkimVerify(raw, { resolver });
    const received = (dkim.headers?.parsed ?? [])
        .filter((h) => h.key === 'received')
        .map((h) => parseReceived(h.line))
        .find((r) => r.from?.value);
    const ip = received?.from ? getClientAddress(received.from) : undefined;
    const sender = dkim.envelopeFrom || undefined;
    const spfResult = ip ? await spf({ ip, sender, helo: received?.from?.value, mta: 'email-deploy-check', resolver }) : undefined;
    const judgements = {};
    const results = [...(dkim.results ?? [])].sort((a, b) => (RANK[a.status.result] ?? 8) - (RANK[b.status.result] ?? 8));
    const best = results[0];
    judgements.dkim = best ? { result: best.status.result, domain: best.signingDomain ?? '' } : { result: 'none', domain: '' };
    judgements.spf = spfResult ? { result: spfResult.status.result, domain: spfResult.domain } : { result: 'none', domain: '' };
    if (dkim.headerFrom) {
        const { response } = await evaluateDmarc({
            headerFrom: dkim.headerFrom,
            fromFields: dkim.fromFields,
            spfDomains: spfResult?.status.result === 'pass' ? [spfResult.domain] : [],
            dkimDomains: results.filter((r) => r.status.result === 'pass').map((r) => ({ id: r.id, domain: r.signingDomain ?? '' })),
            resolver,
        });
        if (response)
            judgements.dmarc = { result: response.status.result, domain: response.domain };
    }
    return judgements;
}


/***/ }),

/***/ 8305:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  originOutcomes: () => (/* binding */ originOutcomes)
});

// UNUSED EXPORTS: originOf

// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
;// CONCATENATED MODULE: ./src/net/reputation.ts
// The sending address's standing, through the resolvers of `dns-servers`: its reverse name (PTR) and whether that
// name points back to it (forward-confirmed), and its listing on common DNS block lists. A list that refuses to
// answer (Spamhaus answers 127.255.255.254 to queries through public resolvers) is "could not check", never "listed".

const BLOCK_LISTS = ['zen.spamhaus.org', 'bl.spamcop.net', 'b.barracudacentral.org'];
/** Loopback, private, link-local and unique-local addresses: no public list knows them, and none is asked. */
function isPrivateAddress(ip) {
    if ((0,external_node_net_.isIP)(ip) === 4) {
        const [a = 0, b = 0] = ip.split('.').map(Number);
        return a === 10 || a === 127 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 169 && b === 254) || a === 0;
    }
    const lower = ip.toLowerCase();
    return lower === '::1' || lower.startsWith('fc') || lower.startsWith('fd') || lower.startsWith('fe80');
}
const reversed = (ip) => ip.split('.').reverse().join('.');
const code = (error) => error.code ?? '';
async function reverseName(ip, resolve) {
    if ((0,external_node_net_.isIP)(ip) !== 4)
        return { name: '', confirmed: false };
    let names;
    try {
        names = (await resolve(`${reversed(ip)}.in-addr.arpa`, 'PTR'));
    }
    catch (error) {
        if (['ENOTFOUND', 'ENODATA'].includes(code(error)))
            return { name: '', confirmed: false };
        throw error;
    }
    const name = names[0] ?? '';
    if (name === '')
        return { name, confirmed: false };
    const addresses = (await resolve(name, 'A').catch(() => [])) ?? [];
    return { name, confirmed: addresses.includes(ip) };
}
/** 127.0.0.2 to 127.0.0.127: listed. 127.255.255.x: the list refused the query (a public resolver, a limit). */
async function listings(ip, resolve, lists = BLOCK_LISTS) {
    if ((0,external_node_net_.isIP)(ip) !== 4)
        return lists.map((list) => ({ list, state: 'unknown', why: 'IPv6 is not looked up' }));
    return Promise.all(lists.map(async (list) => {
        try {
            const answers = (await resolve(`${reversed(ip)}.${list}`, 'A'));
            const refused = answers.find((a) => a.startsWith('127.255.255.'));
            if (refused)
                return { list, state: 'unknown', why: `the list answered ${refused} (it refuses this resolver)` };
            const listed = answers.find((a) => /^127\.0\.0\.\d+$/.test(a));
            return listed
                ? { list, state: 'listed', answer: listed }
                : { list, state: 'unknown', why: `unexpected answer ${answers.join(', ')}` };
        }
        catch (error) {
            if (['ENOTFOUND', 'ENODATA'].includes(code(error)))
                return { list, state: 'clean' };
            return { list, state: 'unknown', why: code(error) || String(error) };
        }
    }));
}

// EXTERNAL MODULE: ./src/net/resolve.ts
var net_resolve = __webpack_require__(6551);
// EXTERNAL MODULE: ./src/mail/authentication.ts
var authentication = __webpack_require__(4407);
;// CONCATENATED MODULE: ./src/mail/origin.ts
// Where a delivered message came from, as the receiver recorded it: the From address, and the host and address
// that handed it to the receiver (the topmost Received header with a `from` clause, read with mailauth's parser).



async function originOf(raw) {
    const { parseReceived, getClientAddress } = await __webpack_require__.e(/* import() */ 820).then(__webpack_require__.t.bind(__webpack_require__, 6820, 23));
    const headers = (0,authentication/* headersOf */.Y)(raw.toString('latin1'));
    const fromHeader = headers.find((h) => h.name === 'from')?.value ?? '';
    const from = (/<([^<>\s]+@[^<>\s]+)>/.exec(fromHeader)?.[1] ?? /([^\s<>"]+@[^\s<>"]+)/.exec(fromHeader)?.[1] ?? '').toLowerCase();
    const received = headers
        .filter((h) => h.name === 'received')
        .map((h) => parseReceived(`Received: ${h.value}`))
        .find((r) => r.from?.value);
    return {
        from,
        helo: received?.from?.value ?? '',
        ip: (received?.from ? getClientAddress(received.from) : undefined) ?? '',
        by: received?.by?.value ?? '',
    };
}
/**
 * What a delivered copy says of where it came from, as findings: its sender and sending host with the receiver's
 * verdict (and, for the app's mail, whether that is the sender this run was told), then the sending address's
 * reverse name and block-list listings through `dns-servers`. Shared by the app's mail and our own test mail.
 */
async function originOutcomes(raw, s, options) {
    const origin = await originOf(raw);
    const verdict = (0,authentication.receiverJudgements)(raw.toString('latin1'))?.judgements ?? {};
    const params = {
        from: origin.from || '-',
        helo: origin.helo || '-',
        ip: origin.ip || '-',
        spf: verdict.spf?.result ?? '-',
        dkim: verdict.dkim?.result ?? '-',
        dmarc: verdict.dmarc?.result ?? '-',
    };
    const outcomes = [];
    const told = s.from.toLowerCase();
    outcomes.push(options.compareSender && told !== '' && origin.from !== '' && origin.from !== told
        ? { status: 'warn', cause: 'origin-differs', params: { ...params, told, host: s.host || '-' } }
        : { status: 'pass', cause: 'origin-ok', params });
    if (origin.ip === '' || isPrivateAddress(origin.ip)) {
        outcomes.push({ status: 'skip', cause: 'origin-private', subject: 'reputation', params: { ip: params.ip } });
        return outcomes;
    }
    const resolve = (0,net_resolve/* resolveFn */.RD)(s.dnsServers, s.timeoutMs);
    const [reverse, listed] = await Promise.all([reverseName(origin.ip, resolve).catch(() => undefined), listings(origin.ip, resolve)]);
    if (!reverse)
        outcomes.push({ status: 'skip', cause: 'origin-ptr-unknown', subject: 'ptr', params: { ip: origin.ip } });
    else if (reverse.name === '')
        outcomes.push({ status: 'warn', cause: 'origin-ptr-missing', subject: 'ptr', params: { ip: origin.ip } });
    else
        outcomes.push({
            status: reverse.confirmed ? 'pass' : 'warn',
            cause: reverse.confirmed ? 'origin-ptr-ok' : 'origin-ptr-unconfirmed',
            subject: 'ptr',
            params: { ip: origin.ip, name: reverse.name },
        });
    for (const listing of listed) {
        const base = { ip: origin.ip, list: listing.list };
        if (listing.state === 'listed')
            outcomes.push({ status: 'warn', cause: 'origin-listed', subject: listing.list, params: { ...base, answer: listing.answer } });
        else if (listing.state === 'clean')
            outcomes.push({ status: 'pass', cause: 'origin-not-listed', subject: listing.list, params: base });
        else
            outcomes.push({ status: 'skip', cause: 'origin-list-unknown', subject: listing.list, params: { ...base, why: listing.why } });
    }
    return outcomes;
}


/***/ })

};
