export const id = 28;
export const ids = [28];
export const modules = {

/***/ 7028:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BLOCK_LISTS: () => (/* binding */ BLOCK_LISTS),
/* harmony export */   isPrivateAddress: () => (/* binding */ isPrivateAddress),
/* harmony export */   listings: () => (/* binding */ listings),
/* harmony export */   reverseName: () => (/* binding */ reverseName)
/* harmony export */ });
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_0__);
// The sending address's standing, through the resolvers of `dns-servers`: its reverse name (PTR) and whether that
// name points back to it (forward-confirmed), and its listing on common DNS block lists. A list that refuses to
// answer (Spamhaus answers 127.255.255.254 to queries through public resolvers) is "could not check", never "listed".

const BLOCK_LISTS = ['zen.spamhaus.org', 'bl.spamcop.net', 'b.barracudacentral.org'];
/** Loopback, private, link-local and unique-local addresses: no public list knows them, and none is asked. */
function isPrivateAddress(ip) {
    if ((0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIP)(ip) === 4) {
        const [a = 0, b = 0] = ip.split('.').map(Number);
        return a === 10 || a === 127 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 169 && b === 254) || a === 0;
    }
    const lower = ip.toLowerCase();
    return lower === '::1' || lower.startsWith('fc') || lower.startsWith('fd') || lower.startsWith('fe80');
}
const reversed = (ip) => ip.split('.').reverse().join('.');
const code = (error) => error.code ?? '';
async function reverseName(ip, resolve) {
    if ((0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIP)(ip) !== 4)
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
    if ((0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIP)(ip) !== 4)
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


/***/ })

};
