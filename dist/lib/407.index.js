export const id = 407;
export const ids = [407];
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


/***/ })

};
