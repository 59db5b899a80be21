export const id = 697;
export const ids = [697];
export const modules = {

/***/ 4697:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {



const { spfVerify } = __webpack_require__(9118);
const { parseIp, isValidTargetName } = __webpack_require__(5718);
const os = __webpack_require__(8161);
const dns = __webpack_require__(610);
const libmime = __webpack_require__(3063);
const Joi = __webpack_require__(1154);
const domainSchema = Joi.string().domain({ allowUnicode: false, tlds: false });
const { formatAuthHeaderRow, escapeCommentValue, formatDotAtomOrQuoted, MAX_HEADER_VALUE_LENGTH, toALabel } = __webpack_require__(3594);

const MAX_RESOLVE_COUNT = 10;
const MAX_VOID_COUNT = 2;

/**
 * Formats the Received-SPF header field (RFC 7208 section 9.1)
 */
const formatHeaders = (result, keys) => {
    let pairs = [];
    for (let key of ['client-ip', 'envelope-from', 'helo']) {
        if (keys[key]) {
            let value = formatDotAtomOrQuoted(keys[key]);
            // a value this long can not be folded and would take the line past the 998
            // character limit of RFC 5322 section 2.1.1, so the optional pair is left out
            if (Buffer.byteLength(value) <= MAX_HEADER_VALUE_LENGTH) {
                pairs.push(`${key}=${value};`);
            }
        }
    }

    let header = `Received-SPF: ${result.status.result}${result.status.comment ? ` (${escapeCommentValue(result.status.comment)})` : ''}${
        pairs.length ? ` ${pairs.join(' ')}` : ''
    }`;

    return libmime.foldLines(header, 160);
};

const timeLimitError = () => {
    let err = new Error('SPF evaluation time limit exceeded');
    err.code = 'ESPFTIMELIMIT';
    err.spfResult = {
        error: 'temperror',
        text: 'SPF evaluation time limit exceeded'
    };
    return err;
};

/**
 * Dual-stack DNS resolver for SPF A/AAAA mechanism queries
 *
 * When evaluating A or AAAA mechanisms, both record types should be considered
 * to determine if a lookup is "void" (empty). This prevents incorrectly counting
 * IPv4-only or IPv6-only hosts as void lookups.
 *
 * Behavior:
 * - Queries both A and AAAA records in parallel (optimization)
 * - Only counts as void if BOTH A and AAAA return ENOTFOUND/ENODATA
 * - Real errors (ETIMEOUT, EREFUSED) for the client's IP type are propagated
 * - Returns only the records matching the client's IP type (IPv4 → A, IPv6 → AAAA)
 *
 * Example: IPv6 client checking an IPv4-only host
 *   - A query returns: 192.0.2.1
 *   - AAAA query returns: ENODATA (empty)
 *   - Result: Returns empty AAAA array (no match), but does NOT count as void
 *
 * RFC 7208 section 4.6.4 counts the query for the client's address type only, so this is used
 * in the default mode only. `state.clientVoid` is set if that query alone was void.
 *
 * @param {Function} resolver - Base DNS resolver function
 * @param {String} domain - Domain to query
 * @param {Object} opts - Options object with clientIpType (4 or 6)
 * @param {Object} [state] - Updated with the clientVoid flag
 * @returns {Promise<Array>} - Array of IP addresses matching client type
 * @throws {Error} - Throws on real DNS errors or when both A and AAAA are void
 */
let dualStackResolver = async (resolver, domain, opts, state) => {
    const isIPv6 = opts.clientIpType === 6;

    // Query both A and AAAA records in parallel for efficiency
    const [aResult, aaaaResult] = await Promise.allSettled([resolver(domain, 'A'), resolver(domain, 'AAAA')]);

    // Extract successful records and error details
    const aRecords = aResult.status === 'fulfilled' ? aResult.value : [];
    const aError = aResult.status === 'rejected' ? aResult.reason : null;

    const aaaaRecords = aaaaResult.status === 'fulfilled' ? aaaaResult.value : [];
    const aaaaError = aaaaResult.status === 'rejected' ? aaaaResult.reason : null;

    // Classify errors: void (no records exist) vs real (DNS server error)
    // Void errors: ENOTFOUND (no such domain), ENODATA (domain exists but no records)
    const aIsVoid = aError && (aError.code === 'ENOTFOUND' || aError.code === 'ENODATA');
    const aaaaIsVoid = aaaaError && (aaaaError.code === 'ENOTFOUND' || aaaaError.code === 'ENODATA');

    // Propagate real DNS errors for the record type matching the client's IP family
    // IPv6 client: throw AAAA errors (except void), ignore A errors
    if (isIPv6 && aaaaError && !aaaaIsVoid) {
        throw aaaaError;
    }
    // IPv4 client: throw A errors (except void), ignore AAAA errors
    if (!isIPv6 && aError && !aIsVoid) {
        throw aError;
    }

    // Only throw void error if BOTH record types are void
    // This prevents single-stack hosts from being counted as void lookups
    if (aIsVoid && aaaaIsVoid) {
        // Prefer the error matching client IP type for better error messages
        let voidError = isIPv6 ? aaaaError || aError : aError || aaaaError;
        throw voidError;
    }

    if (state && (isIPv6 ? aaaaIsVoid : aIsVoid)) {
        // RFC 7208 would count this as a void lookup
        state.clientVoid = true;
    }

    // Return only the records matching the client's IP type
    // Empty arrays are valid (host exists but doesn't match client IP type)
    return isIPv6 ? aaaaRecords : aRecords;
};

/**
 * Creates a rate-limited DNS resolver with SPF-specific constraints
 *
 * SPF evaluation must enforce limits to prevent DoS:
 * - Maximum 10 DNS lookups per SPF check (mechanisms that trigger DNS: a, mx, ptr, exists, include, redirect)
 * - Maximum 2 "void" lookups (queries returning no records)
 * Mailauth allows to configure both if different limits are required.
 *
 * @param {Function} resolver - Base DNS resolver function (e.g., dns.promises.resolve)
 * @param {Number} maxResolveCount - Maximum DNS lookups allowed (default: 10)
 * @param {Number} maxVoidCount - Maximum void lookups allowed (default: 2)
 * @param {Boolean} ignoreFirst - If true, don't count the first DNS lookup (used for initial TXT record fetch)
 * @param {Object} [options]
 * @param {Boolean} [options.strict] - If true, follow RFC 7208 exactly (no dual-stack void optimization)
 * @param {Object} [options.ctx] - Shared evaluation state, lax acceptances are added to ctx.warnings
 * @param {Number} [options.deadline] - Timestamp after which no more queries are made
 * @returns {Function} - Rate-limited resolver function with signature: (domain, type, opts) => Promise<Array>
 */
let limitedResolver = (resolver, maxResolveCount, maxVoidCount, ignoreFirst, options) => {
    options = options || {};

    let resolveCount = 0;
    let voidCount = 0;
    // void lookups as RFC 7208 counts them, without the dual-stack optimization
    let rfcVoidCount = 0;

    let subResolveCounts = {};
    let firstCounted = !ignoreFirst;

    maxResolveCount = maxResolveCount || MAX_RESOLVE_COUNT;
    maxVoidCount = maxVoidCount || MAX_VOID_COUNT;

    let checkRfcVoidCount = () => {
        if (rfcVoidCount > maxVoidCount && options.ctx && options.ctx.warnings) {
            // strict mode would have returned permerror here
            options.ctx.warnings.add('void-lookup-limit');
        }
    };

    let resolverFunc = async (domain, type, opts) => {
        if (options.deadline && Date.now() >= options.deadline) {
            throw timeLimitError();
        }

        // Increment DNS lookup counter
        // Note: Dual-stack queries (A+AAAA) still count as 1 lookup
        if (firstCounted) {
            resolveCount++;
        } else {
            firstCounted = true;
        }

        // Enforce maximum DNS lookup limit
        if (resolveCount > maxResolveCount) {
            let error = new Error('Too many DNS requests');
            error.spfResult = {
                error: 'permerror',
                text: 'Too many DNS requests'
            };
            throw error;
        }

        // Validate domain name format before querying
        // This is a lenient check to pass test suites and prevent obvious invalid queries
        try {
            // strict mode also accepts every name that follows the domain-spec rules of RFC 7208
            if (!/^([\x20-\x2D\x2f-\x7e]+\.)+[a-z]+[a-z\-0-9]*$/i.test(domain) && !(options.strict && isValidTargetName(domain))) {
                throw new Error('Failed to validate domain');
            }
        } catch (err) {
            err.spfResult = {
                error: 'permerror',
                text: `Invalid domain ${domain}`
            };
            throw err;
        }

        // Execute DNS query with dual-stack optimization for A/AAAA queries
        let state = {};
        try {
            // Use dual-stack resolver when:
            // 1. Query type is A or AAAA (address lookups)
            // 2. Client IP type is provided (4 for IPv4, 6 for IPv6)
            // 3. Not in strict mode, RFC 7208 only looks at the query for the client's address type
            // This prevents single-stack hosts from being counted as void lookups
            let result;
            if (!options.strict && opts?.clientIpType && (type === 'A' || type === 'AAAA')) {
                result = await dualStackResolver(resolver, domain, opts, state);
            } else {
                // Standard single-query resolution for other record types (TXT, MX, PTR, etc.) and A if no client info provided.
                result = await resolver(domain, type);
            }

            if (state.clientVoid) {
                rfcVoidCount++;
                checkRfcVoidCount();
            }

            return result;
        } catch (err) {
            if (!err || typeof err !== 'object') {
                // a custom resolver rejected with something other than an error object
                let wrapped = new Error(`DNS error when resolving ${domain}: ${err}`);
                wrapped.spfResult = {
                    error: 'temperror',
                    text: wrapped.message
                };
                throw wrapped;
            }

            switch (err.code) {
                case 'ENOTFOUND': // Domain does not exist
                case 'ENODATA': {
                    // Domain exists but has no records of this type
                    // Increment void lookup counter
                    voidCount++;
                    rfcVoidCount++;
                    if (voidCount > maxVoidCount) {
                        err.spfResult = {
                            error: 'permerror',
                            text: 'Too many void DNS results'
                        };
                        throw err;
                    }
                    checkRfcVoidCount();
                    // Return empty array to continue SPF evaluation
                    return [];
                }

                case 'ETIMEOUT':
                    // DNS server timeout - temporary error
                    err.spfResult = {
                        error: 'temperror',
                        text: 'DNS timeout'
                    };
                    throw err;

                case 'EREFUSED':
                    // DNS server refused query - temporary error
                    err.spfResult = {
                        error: 'temperror',
                        text: `DNS request refused by server when resolving ${domain}`
                    };
                    throw err;

                case 'ESPFTIMELIMIT':
                    throw err;

                case 'EBADNAME':
                    // the resolver rejected the name (for example a label longer than 63 characters),
                    // handled like the names that fail the format check above
                    err.spfResult = {
                        error: 'permerror',
                        text: `Invalid domain ${domain}`
                    };
                    throw err;

                default:
                    // Any other DNS error (SERVFAIL, connection refused, bad response, ...) is a
                    // temporary error (RFC 7208 sections 4.4 and 5), also inside include and redirect
                    if (!err.spfResult) {
                        err.spfResult = {
                            error: 'temperror',
                            text: err.message
                        };
                    }
                    throw err;
            }
        }
    };

    resolverFunc.updateSubQueries = (type, count) => {
        if (!subResolveCounts[type]) {
            subResolveCounts[type] = count;
        } else {
            subResolveCounts[type] += count;
        }
    };

    resolverFunc.getResolveCount = () => resolveCount;
    resolverFunc.getResolveLimit = () => maxResolveCount;
    resolverFunc.getSubResolveCounts = () => subResolveCounts;
    resolverFunc.getVoidCount = () => voidCount;

    return resolverFunc;
};

/**
 * Wraps a DNS resolver so that each question is sent once per SPF evaluation. The lookup limits
 * are counted by limitedResolver before it calls this, so every query still counts. Nothing
 * mutable is handed out twice: limitedResolver writes spfResult onto the error it gets, and
 * the MX list is sorted in place, so every caller gets its own copy of the error or the list
 *
 * @param {Function} resolver Base DNS resolver
 * @returns {Function} Resolver with the same signature
 */
const memoizeResolver = resolver => {
    const answers = new Map();

    const copyError = err => {
        if (!err || typeof err !== 'object') {
            // not an error object, there is nothing on it to share
            return err;
        }
        let copy = Object.assign(new Error(err.message), err);
        copy.code = err.code;
        if (err.spfResult && typeof err.spfResult === 'object') {
            copy.spfResult = Object.assign({}, err.spfResult);
        }
        return copy;
    };

    return (name, type) => {
        let key = `${type}:${name}`;
        let answer = answers.get(key);
        if (!answer) {
            // a resolver that throws synchronously still does so, and is not cached
            answer = Promise.resolve(resolver(name, type));
            // failures are reported to the callers below, never as an unhandled rejection
            answer.catch(() => false);
            answers.set(key, answer);
        }
        return answer.then(
            value => (Array.isArray(value) ? value.slice() : value),
            err => {
                throw copyError(err);
            }
        );
    };
};

/**
 *
 * @param {Object} opts
 * @param {String} opts.sender Email address
 * @param {String} opts.ip Client IP address
 * @param {String} opts.helo Client EHLO/HELO hostname
 * @param {String} [opts.mta] Hostname of the MTA or MX server that processes the message
 * @param {String} [opts.maxResolveCount=10] Maximum DNS lookups allowed
 * @param {String} [opts.maxVoidCount=2] Maximum empty DNS lookups allowed
 * @param {Number} [opts.maxElapsedTime] Maximum time in milliseconds for the whole evaluation, temperror if exceeded (no limit by default)
 * @param {Boolean} [opts.strict=false] If true, follow RFC 7208 exactly instead of the lenient default
 */
const verify = async opts => {
    let { sender, ip, helo, mta, maxResolveCount, maxVoidCount, resolver, strict, maxElapsedTime } = opts || {};

    strict = !!strict;

    mta = mta || os.hostname();

    // a null reverse-path means that the HELO identity is checked (RFC 7208 section 2.4)
    let nullSender = !sender;

    sender = sender || `postmaster@${helo}`;

    // IPv4-mapped IPv6 addresses (::ffff:0:0/96, dotted or hex form) are IPv4 clients (RFC 7208 section 5),
    // no other IPv6 address is ever treated as IPv4
    let parsedIp = ip ? parseIp(ip) : null;
    if (parsedIp) {
        ip = ip.toString().trim();
    }
    if (parsedIp && parsedIp.kind() === 'ipv6' && parsedIp.isIPv4MappedAddress()) {
        parsedIp = parsedIp.toIPv4Address();
        ip = parsedIp.toString();
    }

    // the local-part may be a quoted string that contains "@", the domain follows the last "@"
    let atPos = sender.lastIndexOf('@');
    if (atPos < 0) {
        sender = `postmaster@${sender}`;
    } else if (atPos === 0) {
        sender = `postmaster${sender}`;
    }
    atPos = sender.lastIndexOf('@');

    let domain =
        sender
            .substr(atPos + 1)
            .toLowerCase()
            .trim() || '-';

    // RFC 8616 section 4: U-labels are converted to A-labels before SPF validation, this also
    // applies to the sender domain used in macro expansion
    let evalSender = sender;
    if (/[^\x00-\x7F]/.test(domain)) {
        domain = toALabel(domain);
        evalSender = `${sender.substr(0, atPos)}@${domain}`;
    }

    // one DNS query per question for the whole evaluation, includes and redirects included
    resolver = memoizeResolver(resolver || dns.promises.resolve);

    let status = {
        result: 'neutral',
        comment: false,
        // ptype properties
        smtp: {
            mailfrom: sender,
            helo
        }
    };

    // shared evaluation state
    let ctx = { warnings: new Set(), usedLocalPart: false };

    let deadline = typeof maxElapsedTime === 'number' && maxElapsedTime > 0 ? Date.now() + maxElapsedTime : false;
    let resolverOptions = { strict, ctx, deadline };

    let verifyResolver = limitedResolver(resolver, maxResolveCount, maxVoidCount, true, resolverOptions);

    // the explanation lookup is not counted toward the lookup limits (RFC 7208 section 4.6.4)
    let expResolver = async (name, type) => {
        if (deadline && Date.now() >= deadline) {
            throw timeLimitError();
        }
        return await resolver(name, type);
    };

    let result;
    let timer;
    try {
        if (!parsedIp) {
            // <ip> is a required argument of check_host() (RFC 7208 section 4.1)
            let err = new Error('Invalid client IP');
            err.spfResult = {
                error: 'temperror',
                text: 'missing or invalid client IP address'
            };
            throw err;
        }

        let validation = domainSchema.validate(domain);
        if (validation.error) {
            let err = validation.error;
            err.spfResult = {
                error: 'none',
                text: `Invalid domain ${domain}`
            };
            throw err;
        }

        let evaluation = spfVerify(domain, {
            sender: evalSender,
            ip,
            mta,
            helo,
            strict,
            ctx,
            expResolver,

            // generate DNS handler
            resolver: verifyResolver,

            // allow to create sub resolvers. Address lookups of MX and PTR names do not count as void lookups
            createSubResolver: subOptions =>
                limitedResolver(resolver, maxResolveCount, subOptions && subOptions.ignoreVoid ? Infinity : maxVoidCount, false, resolverOptions)
        });

        if (deadline) {
            // RFC 7208 section 4.6.4: a limit on the elapsed time, temperror if exceeded
            evaluation.catch(() => false);
            result = await Promise.race([
                evaluation,
                new Promise((resolve, reject) => {
                    timer = setTimeout(() => reject(timeLimitError()), Math.max(deadline - Date.now(), 0));
                })
            ]);
        } else {
            result = await evaluation;
        }
    } catch (err) {
        if (err.spfResult) {
            result = err.spfResult;
        } else {
            result = {
                error: 'temperror',
                text: err.message
            };
        }
    } finally {
        clearTimeout(timer);
    }

    if (result && typeof result === 'object') {
        result.lookups = {
            limit: verifyResolver.getResolveLimit(),
            count: verifyResolver.getResolveCount(),
            void: verifyResolver.getVoidCount(),
            subqueries: verifyResolver.getSubResolveCounts()
        };
    }

    let response = { domain, 'client-ip': ip };
    if (helo) {
        response.helo = helo;
    }
    if (sender) {
        response['envelope-from'] = sender;
    }

    result = result || {
        // default is neutral
        qualifier: '?'
    };

    switch (result.qualifier || result.error) {
        // qualifiers
        case '+':
            status.result = 'pass';
            status.comment = `${mta}: domain of ${sender} designates ${ip} as permitted sender`;
            break;

        case '~':
            status.result = 'softfail';
            status.comment = `${mta}: domain of transitioning ${sender} does not designate ${ip} as permitted sender`;
            break;

        case '-':
            status.result = 'fail';
            status.comment = `${mta}: domain of ${sender} does not designate ${ip} as permitted sender`;
            break;

        case '?':
            status.result = 'neutral';
            status.comment = `${mta}: ${ip} is neither permitted nor denied by domain of ${sender}`;
            break;

        // errors
        case 'none':
            status.result = 'none';
            status.comment = `${mta}: ${domain} does not designate permitted sender hosts`;
            break;

        case 'permerror':
            status.result = 'permerror';
            status.comment = `${mta}: permanent error in processing during lookup of ${sender}${result.text ? `: ${result.text}` : ''}`;
            break;

        case 'temperror':
        default:
            status.result = 'temperror';
            status.comment = `${mta}: error in processing during lookup of ${sender}${result.text ? `: ${result.text}` : ''}`;
            break;
    }

    if (strict) {
        // RFC 8601 section 2.7.2: only the identity that was checked is reported, and the
        // local-part only if the policy has provisions for it
        status.smtp = nullSender ? { helo } : { mailfrom: ctx.usedLocalPart ? sender : sender.substr(atPos + 1) };
    }

    if (result.rr) {
        response.rr = result.rr;
    }

    response.status = status;
    response.header = formatHeaders(response, {
        'client-ip': parsedIp ? ip : false,
        // RFC 7208 section 9.1: "envelope-from" if the "MAIL FROM" identity was checked
        'envelope-from': nullSender ? false : sender,
        helo
    });
    response.info = formatAuthHeaderRow('spf', status, { strict });

    if (typeof response.status.comment === 'boolean') {
        delete response.status.comment;
    }

    if (result.lookups) {
        response.lookups = result.lookups;
    }

    if (result.explanation && status.result === 'fail') {
        // explanation string published by the domain owner (RFC 7208 section 6.2), third party text
        response.explanation = result.explanation;
    }

    if (ctx.warnings.size && status.result !== 'permerror') {
        // the default mode accepted something that strict mode would have rejected
        response.warnings = Array.from(ctx.warnings);
    }

    return response;
};

module.exports = { spf: verify };


/***/ }),

/***/ 7705:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {



const os = __webpack_require__(8161);
const { parseIp } = __webpack_require__(5718);

// RFC 3986 unreserved = ALPHA / DIGIT / "-" / "." / "_" / "~"
const urlEscape = value =>
    Array.from(Buffer.from(value, 'utf-8'))
        .map(byte => {
            let chr = String.fromCharCode(byte);
            if (/^[A-Za-z0-9\-._~]$/.test(chr)) {
                return chr;
            }
            return `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
        })
        .join('');

/**
 * Renders macro into an output string.
 * @param {String} input Macro to evaluate
 * @param {Object} values Macro variables
 * @param {String} values.sender Sender email address
 * @param {String} values.ip Sender IP address
 * @param {String} values.helo Client's HELO/EHLO domain
 * @param {String} [values.mta] Hostname of the MTA or MX server that processes the message
 * @param {String} [values.domain] Domain currently being evaluated by check_host(), changes on include/redirect recursion (RFC 7208 sections 5.2, 6.1)
 * @param {String} [values.p] Validated domain name of the client IP (RFC 7208 section 7.3), "unknown" if not set
 * @param {Object} [values.addr] `values.ip` parsed with parseIp(), if the caller already has it
 */
const macro = (input, values) => {
    input = (input || '').toString();

    if (input.indexOf('%') < 0) {
        // nothing to expand
        return input;
    }

    let { sender, ip, helo, mta, domain, p, addr } = values || {};

    sender = (sender || '').toString();
    ip = (ip || '').toString();
    helo = (helo || '').toString();

    // the local-part may be a quoted string that contains "@", the domain follows the last "@"
    let atPos = sender.lastIndexOf('@');
    let senderLocal = atPos >= 0 ? sender.substr(0, atPos) : '';
    let senderDomain = atPos >= 0 ? sender.substr(atPos + 1) : sender;

    // the caller can pass the client IP already parsed, it is then not parsed again
    let parsedIp = addr || parseIp(ip);
    let vStr = parsedIp ? (parsedIp.kind() === 'ipv4' ? 'in-addr' : 'ip6') : '';

    return input.replace(/%%|%_|%-|%\{([^}]+)\}|%/gi, (m, c) => {
        if (m === '%') {
            // Lone % found
            let err = new Error('Syntax error on parsing macro');
            err.spfResult = { error: 'permerror', message: `Unexpected % in macro` };
            throw err;
        }

        if (m === '%%') {
            return '%';
        }

        if (m === '%_') {
            return ' ';
        }

        if (m === '%-') {
            return '%20';
        }

        // macro letters
        let curval = '';
        let chars = c.split('');
        let macroChar = chars.shift();

        let delimiters = '';

        switch (macroChar.toLowerCase()) {
            case 's':
                curval = sender;
                break;

            case 'l':
                curval = senderLocal;
                break;

            case 'o':
                curval = senderDomain;
                break;

            case 'p':
                // validated domain name of the client IP, resolved by the caller (RFC 7208 section 7.3)
                curval = p || 'unknown';
                break;

            case 'd':
                // current <domain> of check_host(), not the sender domain (these only match at the top level)
                curval = domain || senderDomain;
                break;

            case 'i':
                if (!parsedIp) {
                    throw new Error(`Invalid IP address ${ip}`);
                }
                curval = parsedIp.toNormalizedString();
                if (parsedIp.kind() === 'ipv6') {
                    curval = curval
                        .split(':')
                        .flatMap(p => {
                            if (p.length < 4) {
                                p = '0'.repeat(4 - p.length) + p;
                            }
                            return p.split('');
                        })
                        .join('.');
                }
                break;

            case 'v':
                curval = vStr;
                break;

            case 'h':
                curval = helo || `[${parsedIp ? parsedIp.toString() : ip}]`;
                break;

            case 'c':
                if (!parsedIp) {
                    throw new Error(`Invalid IP address ${ip}`);
                }
                curval = parsedIp.toString();
                break;

            case 'r':
                curval = mta || os.hostname();
                break;

            case 't':
                curval = Math.round(Date.now() / 1000).toString();
                break;

            default: {
                let err = new Error('Syntax error on parsing macro');
                err.spfResult = { error: 'permerror', message: `Unknown macro letter "${macroChar}"` };
                throw err;
            }
        }

        let nr = '';
        let reversed = false;

        // find the nr transformer
        while (chars.length) {
            let char = chars[0];
            if (char >= '0' && char <= '9') {
                chars.shift();
                nr += char;
            } else {
                break;
            }
        }

        if (nr) {
            nr = parseInt(nr, 10);
        }

        // find the reverse transformer, ABNF literals are case-insensitive, so "R" is the same as "r"
        if (chars.length && chars[0].toLowerCase() === 'r') {
            chars.shift();
            reversed = true;
        }

        // find the delimiter chars
        for (let char of chars) {
            // ABNF
            // delimiter        = "." / "-" / "+" / "," / "/" / "_" / "="
            if (['.', '-', '+', ',', '/', '_', '='].includes(char) && delimiters.indexOf(char) < 0) {
                delimiters += char;
            }
        }
        // default delimiter is the dot
        delimiters = delimiters || '.';

        if (reversed || nr || delimiters !== '.') {
            curval = curval.split(new RegExp(`[${delimiters.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}]`));

            if (reversed) {
                curval = curval.reverse();
            }

            if (nr && nr > 0) {
                curval = curval.slice(-nr);
            }

            // no matter the expansion delimiter, values are joined with dots
            curval = curval.join('.');
        }

        // uppercase macros expand exactly as their lowercase equivalents, and are then URL escaped (RFC 7208 section 7.3)
        if (macroChar !== macroChar.toLowerCase()) {
            curval = urlEscape(curval);
        }

        return curval;
    });
};

module.exports = macro;


/***/ }),

/***/ 9118:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {



const net = __webpack_require__(9278);
const macro = __webpack_require__(7705);
const dns = (__webpack_require__(610).promises);
const { getPtrHostname, formatDomain, toALabel } = __webpack_require__(3594);
const { parseIp, ipInNetwork, normalizeTargetName, isValidTargetName, parseMacroString, validateTerms } = __webpack_require__(5718);

const LIMIT_PTR_RESOLVE_RECORDS = 10;

// the lookup limit, the void lookup limit and the time limit end the evaluation, a DNS error
// in a PTR lookup only makes the "ptr" mechanism (or the %{p} macro) not match
const isFatalError = err => !!(err && ((err.spfResult && err.spfResult.error === 'permerror') || err.code === 'ESPFTIMELIMIT'));

// checks if a macro-string uses one of the given macro letters, "%%" is a literal percent sign
const usesMacro = (input, letters) =>
    (input || '')
        .toString()
        .replace(/%%/g, '')
        .split('%{')
        .slice(1)
        .some(part => letters.includes(part.charAt(0).toLowerCase()));

const permError = text => {
    let err = new Error('SPF failure');
    err.spfResult = { error: 'permerror', text };
    return err;
};

const matchIp = (addr, range) => {
    let prefix;
    let rangeMatch = range.match(/^(.*)\/(\d+)$/);
    if (rangeMatch) {
        // seems CIDR
        range = rangeMatch[1];
        prefix = Number(rangeMatch[2]);
    }

    let network = parseIp(range);
    if (!network) {
        throw new Error(`Invalid IP address ${range}`);
    }

    if (typeof prefix !== 'number') {
        prefix = network.kind() === 'ipv4' ? 32 : 128;
    }

    return ipInNetwork(addr, network, prefix);
};

const parseCidrValue = (val, defaultValue, type) => {
    val = val || '';
    let domain = '';
    let cidr4 = '';
    let cidr6 = '';
    let dualCidr = false;

    if (val) {
        let cidrMatch = val.match(/^(.*?)(\/\d+)?(\/\/\d+)?$/);
        if (!cidrMatch || /^\/0+[1-9]/.test(cidrMatch[2]) || /^\/\/0+[1-9]/.test(cidrMatch[3])) {
            throw permError(`invalid address definition: ${val}`);
        }
        domain = cidrMatch[1] || '';

        cidr4 = cidrMatch[2] ? Number(cidrMatch[2].substr(1)) : '';
        cidr6 = cidrMatch[3] ? Number(cidrMatch[3].substr(2)) : '';
        dualCidr = !!cidrMatch[3];

        if (type === 'ip6' && typeof cidr4 === 'number' && cidr6 === '') {
            // there is no dual cidr for IP addresses, a single prefix length of an ip6 term is
            // the IPv6 prefix length, including "/0"
            cidr6 = cidr4;
            cidr4 = '';
        }
    }

    // the domain-spec is not lower cased here, an uppercase macro letter means URL escaping
    domain = domain.trim() || defaultValue;

    if ((typeof cidr4 === 'number' && cidr4 > 32 && !net.isIPv6(domain)) || (typeof cidr6 === 'number' && cidr6 > 128)) {
        throw permError(`invalid cidr definition: ${val}`);
    }

    return {
        domain,
        cidr4: typeof cidr4 === 'number' ? `/${cidr4}` : '',
        cidr6: typeof cidr6 === 'number' ? `/${cidr6}` : '',
        dualCidr
    };
};

/**
 * Resolves the validated domain names of the client IP (RFC 7208 section 5.5). The PTR query
 * goes through the given resolver, so with the limited resolver every "ptr" term and every
 * %{p} expansion counts toward the DNS lookup limit (RFC 7208 section 4.6.4).
 *
 * @returns {Array} Validated names, empty if there are none or the PTR lookup failed
 */
const getValidatedNames = async (addr, resolver, subResolver) => {
    let ptrValues;
    try {
        ptrValues = await resolver(getPtrHostname(addr), 'PTR');
    } catch (err) {
        if (isFatalError(err)) {
            throw err;
        }
        // "If a DNS error occurs while doing the PTR RR lookup, then this mechanism fails to match."
        return [];
    }

    ptrValues = (Array.isArray(ptrValues) ? ptrValues : []).slice(0, LIMIT_PTR_RESOLVE_RECORDS);

    // resolve up to 10 PTR A/AAAA records
    // https://datatracker.ietf.org/doc/html/rfc7208#section-4.6.4
    let results = await Promise.allSettled(ptrValues.map(ptrValue => subResolver(ptrValue, addr.kind() === 'ipv6' ? 'AAAA' : 'A')));

    let timeLimit = results.find(result => result.status === 'rejected' && result.reason && result.reason.code === 'ESPFTIMELIMIT');
    if (timeLimit) {
        throw timeLimit.reason;
    }

    let kind = addr.kind();
    let normalized = addr.toNormalizedString();

    let validated = [];
    for (let i = 0; i < results.length; i++) {
        let result = results[i];
        if (
            result.status === 'fulfilled' &&
            Array.isArray(result.value) &&
            result.value.some(val => {
                let parsed = parseIp(val);
                return parsed && parsed.kind() === kind && parsed.toNormalizedString() === normalized;
            })
        ) {
            validated.push(ptrValues[i]);
        }
    }

    return validated;
};

/**
 * Picks the %{p} value from the validated names (RFC 7208 section 7.3): the <domain> itself,
 * else a subdomain of it, else any validated name, else "unknown"
 */
const selectPtrName = (validatedNames, domain) => {
    let target = formatDomain(domain || '');
    let names = validatedNames.map(name => ({ name: name.toString().replace(/\.+$/, ''), formatted: formatDomain(name.toString()) }));

    let match =
        names.find(entry => entry.formatted === target) ||
        names.find(entry => target && entry.formatted.substr(-(target.length + 1)) === `.${target}`) ||
        names[0];

    return match ? match.name : 'unknown';
};

// Adds the sub resolver's lookup counts of a mx or ptr term to the main resolver's report
const reportSubQueries = (resolver, subResolver, type) => {
    if (typeof resolver.updateSubQueries === 'function' && typeof subResolver.getResolveCount === 'function') {
        resolver.updateSubQueries(type, subResolver.getResolveCount());
        resolver.updateSubQueries(`${type}:void`, subResolver.getVoidCount());
    }
};

const spfVerify = async (domain, opts) => {
    opts = opts || {};

    // the client IP is parsed once, include and redirect recursion reuse it through opts.addr
    let addr = opts.addr || (opts.ip ? parseIp(opts.ip) : null);
    if (!addr) {
        return false;
    }

    let strict = !!opts.strict;
    // shared across include and redirect recursion
    let ctx = opts.ctx || { warnings: new Set() };
    if (!opts.ctx || !opts.addr) {
        opts = Object.assign({}, opts, { ctx, addr });
    }

    domain = toALabel(domain);

    let isIPv6 = addr.kind() === 'ipv6';

    // %{d} must expand to the domain currently being evaluated, which changes on include/redirect recursion
    let macroValues = { sender: opts.sender, ip: opts.ip, addr, helo: opts.helo, mta: opts.mta, domain };

    let resolver = opts.resolver || dns.resolve;

    let createSubResolver = options => (typeof opts.createSubResolver === 'function' ? opts.createSubResolver(options) : resolver);

    // RFC 8616 section 4: a non-ASCII local-part can not be used in a DNS label
    let senderStr = (opts.sender || '').toString();
    let nonAsciiLocalPart = /[^\x00-\x7F]/.test(senderStr.substr(0, Math.max(senderStr.lastIndexOf('@'), 0)));

    // The macro values with %{p}, the validated domain name of the client IP (RFC 7208 section 7.3)
    let withPtr = async (ptrResolver, subResolver) =>
        Object.assign({}, macroValues, { p: selectPtrName(await getValidatedNames(addr, ptrResolver, subResolver), domain) });

    /**
     * Expands a domain-spec into a target name
     *
     * @param {String} spec domain-spec
     * @param {Object} [options]
     * @param {Boolean} [options.lowercase] If true, lower case the literal parts of the domain-spec
     * @param {Function} [options.ptrResolver] Resolver to use for the %{p} PTR lookup
     * @returns {Object} Either { name } or { skip: reason } when the term must not match
     */
    let expandTarget = async (spec, options) => {
        options = options || {};

        if (usesMacro(spec, 'sl')) {
            if (!options.explanation) {
                // the policy has explicit provisions for the local-part (RFC 8601 section 2.7.2)
                ctx.usedLocalPart = true;
            }
            if (nonAsciiLocalPart) {
                // RFC 8616 section 4: terms that include %{s} or %{l} do not match anything
                if (strict) {
                    return { skip: 'local-part' };
                }
                ctx.warnings.add('non-ascii-local-part');
            }
        }

        let values = usesMacro(spec, 'p')
            ? await withPtr(options.ptrResolver || resolver, options.ptrResolver || createSubResolver({ ignoreVoid: true }))
            : macroValues;

        if (options.lowercase) {
            // lower case the literal parts only, an uppercase macro letter means URL escaping
            spec = spec.replace(/%\{[^}]*\}|%[%_-]|[^%]+|%/g, part => (part.charAt(0) === '%' ? part : part.toLowerCase()));
        }

        let name = toALabel(macro(spec, values).replace(/\.$/, ''));

        // names longer than 253 characters are truncated from the left (RFC 7208 section 7.3)
        name = normalizeTargetName(name);

        if (strict && !isValidTargetName(name)) {
            return { skip: 'invalid', name };
        }

        return { name };
    };

    let responses;
    try {
        responses = await resolver(domain, 'TXT');
    } catch (err) {
        if (err.code !== 'ENOTFOUND' && err.code !== 'ENODATA') {
            throw err;
        }
        responses = [];
    }

    let spfRecord;
    let spfRr;

    for (let row of responses || []) {
        row = [].concat(row || []).join('');

        let parts;
        // RFC 7208 section 4.5: the record begins with "v=spf1", terminated by SP or the end of the record
        let exactVersion = /^v=spf1(?: |$)/i.test(row);
        if (strict) {
            if (!exactVersion) {
                continue;
            }
            // terms = *( 1*SP ( directive / modifier ) ), record = version terms *SP
            parts = row.split(' ').filter(part => part);
        } else {
            parts = row.trim().split(/\s+/);
            if (parts[0].toLowerCase() !== 'v=spf1') {
                continue;
            }
            if (!exactVersion) {
                // selected only because leading whitespace was trimmed
                ctx.warnings.add('syntax-error');
            }
        }

        if (spfRecord) {
            // multiple records, return permerror
            throw permError(`multiple SPF records found for ${domain}`);
        }
        spfRr = row;
        spfRecord = parts.slice(1);

        if (spfRr && /[^\x20-\x7E]/.test(spfRr)) {
            let err = new Error('Invalid characters in DNS response');
            err.spfResult = {
                error: 'permerror',
                text: 'DNS response includes invalid characters'
            };
            throw err;
        }
    }

    if (!spfRecord) {
        let err = new Error('SPF failure');
        err.spfResult = { error: 'none', text: `no SPF records found for ${domain}` };
        throw err;
    }

    // RFC 7208 section 4.6: the syntax of the whole record is validated first
    let syntaxError = validateTerms(spfRecord);
    if (syntaxError) {
        if (strict) {
            throw permError(syntaxError);
        }
        // the default mode evaluates the record lazily, so errors after the matching term are ignored
        ctx.warnings.add('syntax-error');
    }

    // set if the result comes from a redirect, the explanation of this record is then not used
    let redirected = false;

    let getResult = async () => {
        // this check is only for passing test suite
        for (let i = spfRecord.length - 1; i >= 0; i--) {
            let part = spfRecord[i];
            if (/^[^:/]+=/.test(part)) {
                //modifier, not mechanism

                if (!/^[a-z](a-z0-9-_\.)*/i.test(part)) {
                    throw permError(`invalid modifier ${part}`);
                }

                let splitPos = part.indexOf('=');
                let modifier = part.substr(0, splitPos).toLowerCase();
                let rawValue = part.substr(splitPos + 1);

                if (!strict) {
                    // the default mode checks the expanded values up front
                    let value = macro(rawValue, macroValues)
                        // remove trailing dot
                        .replace(/\.$/, '');

                    if (!value && (modifier === 'redirect' || modifier === 'exp')) {
                        // an unknown modifier may have an empty value (RFC 7208 section 6)
                        throw permError(`Empty modifier value for ${modifier}`);
                    } else if (modifier === 'redirect' && !/^([\x21-\x2D\x2f-\x7e]+\.)+[a-z]+[a-z\-0-9]*$/i.test(value)) {
                        throw permError(`Invalid redirect target ${value}`);
                    }
                }

                spfRecord.splice(i, 1);
                spfRecord.push({ modifier, value: rawValue });
                continue;
            }

            let mechanism = part
                .split(/[:/=]/)
                .shift()
                .toLowerCase()
                .replace(/^[?\-~+]/, '');

            if (!['all', 'include', 'a', 'mx', 'ip4', 'ip6', 'exists', 'ptr'].includes(mechanism)) {
                throw permError(`Unknown mechanism ${mechanism}`);
            }
        }

        if (spfRecord.filter(p => p && p.modifier === 'redirect').length > 1) {
            // too many redirects
            throw permError(`more than 1 redirect found`);
        }

        for (let i = 0; i < spfRecord.length; i++) {
            let part = spfRecord[i];

            if (typeof part === 'object' && part.modifier) {
                let { modifier, value } = part;

                switch (modifier) {
                    case 'redirect':
                        {
                            if (spfRecord.some(p => /^[?\-~+]?all$/i.test(p))) {
                                // ignore redirect if "all" condition is set
                                continue;
                            }

                            let target = await expandTarget(value);
                            if (target.skip) {
                                // RFC 7208 section 6.1: a malformed target name is a permerror, not "none"
                                throw permError(`Invalid redirect target ${target.name || value}`);
                            }

                            try {
                                let subResult = await spfVerify(target.name, opts);
                                if (subResult) {
                                    redirected = true;
                                    return subResult;
                                }
                            } catch (err) {
                                if (err.spfResult && err.spfResult.error === 'none') {
                                    err.spfResult.error = 'permerror';
                                }
                                // DNS errors (without spfResult) end up as temperror
                                throw err;
                            }
                        }
                        break;

                    case 'exp':
                    default:
                    // do nothing
                }

                continue;
            }

            let key = '';
            let val = '';
            let qualifier = '+'; // default is pass

            let splitterPos = part.indexOf(':');
            if (splitterPos === part.length - 1) {
                throw permError(`unexpected empty value`);
            }
            if (splitterPos >= 0) {
                key = part.substr(0, splitterPos);
                val = part.substr(splitterPos + 1);
            } else {
                let splitterPos = part.indexOf('/');
                if (splitterPos >= 0) {
                    key = part.substr(0, splitterPos);
                    val = part.substr(splitterPos); // keep the / for CIDR
                } else {
                    key = part;
                }
            }

            if (/^[?\-~+]/.test(key)) {
                qualifier = key.charAt(0);
                key = key.substr(1);
            }

            let type = key.toLowerCase();
            switch (type) {
                case 'all':
                    if (val) {
                        throw permError(`unexpected extension for all`);
                    }
                    return { type, qualifier };

                case 'include':
                    {
                        let sub;
                        try {
                            let target = await expandTarget(val);
                            if (target.skip === 'local-part') {
                                // does not match
                                break;
                            }
                            if (target.skip) {
                                // a malformed target name gives "none" (RFC 7208 section 4.3), that is permerror for include
                                throw permError(`Invalid include target ${target.name}`);
                            }
                            // the explanation of the included record is never used (RFC 7208 section 6.2)
                            sub = await spfVerify(target.name, Object.assign({}, opts, { inInclude: true }));
                        } catch (err) {
                            if (err.spfResult) {
                                if (err.spfResult.error === 'none') {
                                    err.spfResult.error = 'permerror';
                                }
                                return err.spfResult;
                            }
                            // any other DNS error: "return temperror" (RFC 7208 section 5.2)
                            throw err;
                        }
                        if (sub && sub.qualifier === '+') {
                            // ignore other valid responses
                            return { type, val, include: sub, qualifier };
                        }
                        if (sub && sub.error) {
                            return sub;
                        }
                    }
                    break;

                case 'ip4':
                case 'ip6':
                    {
                        let res = strict ? matchIpTermStrict(type, val, addr) : matchIpTermLax(type, val, addr, opts.ip);
                        if (res) {
                            return { type, val, qualifier };
                        }
                    }
                    break;

                case 'a':
                    {
                        let { domain: a, cidr4, cidr6 } = parseCidrValue(val, domain, type);
                        let cidr = isIPv6 ? cidr6 : cidr4;

                        let target = await expandTarget(a, { lowercase: true });
                        if (target.skip) {
                            break;
                        }

                        // Query A or AAAA based on client IP type, with dual-stack void optimization
                        // Pass clientIpType to enable smart void counting (see dualStackResolver in index.js)
                        let responses = await resolver(target.name, isIPv6 ? 'AAAA' : 'A', { clientIpType: isIPv6 ? 6 : 4 });
                        if (responses) {
                            for (let ip of responses) {
                                if (matchIp(addr, ip + cidr)) {
                                    return { type, val: domain, qualifier };
                                }
                            }
                        }
                    }
                    break;

                case 'mx':
                    {
                        let { domain: mxDomain, cidr4, cidr6 } = parseCidrValue(val, domain, type);
                        let cidr = isIPv6 ? cidr6 : cidr4;

                        let target = await expandTarget(mxDomain, { lowercase: true });
                        if (target.skip) {
                            break;
                        }

                        let mxList = await resolver(target.name, 'MX');
                        if (mxList) {
                            // MX mechanism uses a separate resolver with independent DNS lookup counter
                            // This prevents MX A/AAAA lookups from consuming the main query limit.
                            // The void limit counts terms, and the MX query of this term was not void,
                            // so address lookups of the MX hosts are not counted as void lookups
                            let subResolver = createSubResolver({ ignoreVoid: true });
                            try {
                                mxList = mxList.sort((a, b) => a.priority - b.priority);
                                for (let mx of mxList) {
                                    // a trailing dot is accepted, and a null MX (".") has no hosts
                                    let exchange = mx && mx.exchange ? mx.exchange.toString().replace(/\.$/, '') : '';
                                    if (exchange) {
                                        // Query A or AAAA for each MX host, with dual-stack void optimization
                                        // Pass clientIpType to enable smart void counting (see dualStackResolver in index.js)
                                        let responses = await subResolver(exchange, isIPv6 ? 'AAAA' : 'A', {
                                            clientIpType: isIPv6 ? 6 : 4
                                        });
                                        if (responses) {
                                            for (let a of responses) {
                                                if (matchIp(addr, a + cidr)) {
                                                    return { type, val: mx.exchange, qualifier };
                                                }
                                            }
                                        }
                                    }
                                }
                            } finally {
                                reportSubQueries(resolver, subResolver, 'mx');
                            }
                        }
                    }
                    break;

                case 'exists':
                    {
                        let target = await expandTarget(val);
                        if (target.skip) {
                            break;
                        }

                        let responses = await resolver(target.name, 'A');
                        if (responses && responses.length) {
                            return { type, val: target.name, qualifier };
                        }
                    }
                    break;

                case 'ptr':
                    {
                        let { cidr4, cidr6 } = parseCidrValue(val, false, type);
                        if (cidr4 || cidr6) {
                            throw permError(`invalid domain-spec definition: ${val}`);
                        }

                        // bare "ptr" defaults to %{d}, the currently evaluated domain
                        let ptrDomain = domain;
                        if (val) {
                            let target = await expandTarget(val);
                            if (target.skip) {
                                break;
                            }
                            ptrDomain = target.name;
                        }
                        ptrDomain = formatDomain(ptrDomain);

                        // PTR name validation uses a resolver with a separate counter
                        let subResolver = createSubResolver({ ignoreVoid: true });

                        // Step 1 and 2. Resolve PTR hostnames and validate these by resolving their addresses.
                        // Every ptr term makes its own PTR query, so every ptr term counts toward the lookup limit
                        let validatedPtrRecords = await getValidatedNames(addr, resolver, subResolver);
                        reportSubQueries(resolver, subResolver, 'ptr');

                        // Step 3. Check subdomain alignment
                        for (let ptrRecord of validatedPtrRecords) {
                            let formattedPtrRecord = formatDomain(ptrRecord);

                            if (formattedPtrRecord === ptrDomain || formattedPtrRecord.substr(-(ptrDomain.length + 1)) === `.${ptrDomain}`) {
                                return { type, val: ptrRecord, qualifier };
                            }
                        }
                    }
                    break;
            }
        }

        return false;
    };

    /**
     * Computes the explanation string (RFC 7208 section 6.2). Any problem means that there is no explanation.
     */
    let getExplanation = async spec => {
        let expResolver = opts.expResolver || resolver;
        try {
            let target = await expandTarget(spec, { explanation: true, ptrResolver: expResolver });
            if (target.skip || !target.name) {
                return false;
            }

            let records = await expResolver(target.name, 'TXT');
            if (!Array.isArray(records) || records.length !== 1) {
                return false;
            }

            let text = [].concat(records[0] || []).join('');
            // the explanation string is limited to US-ASCII
            if (!text || /[^\x20-\x7E]/.test(text)) {
                return false;
            }

            // explain-string = *( macro-string / SP ), throws on syntax errors
            parseMacroString(text, { explain: true });

            if (usesMacro(text, 'sl') && nonAsciiLocalPart && strict) {
                return false;
            }

            return macro(text, usesMacro(text, 'p') ? await withPtr(expResolver, expResolver) : macroValues);
        } catch (err) {
            return false;
        }
    };

    try {
        let res = await getResult();

        if (res && res.qualifier === '-' && !redirected && !opts.inInclude) {
            // a mechanism of this record matched with "-", so the explanation of this record is used
            let exp = spfRecord.find(p => p && typeof p === 'object' && p.modifier === 'exp');
            if (exp) {
                let explanation = await getExplanation(exp.value);
                if (explanation) {
                    res.explanation = explanation;
                }
            }
        }

        if (res && spfRr) {
            res.rr = spfRr;
        } else if (spfRr) {
            res = {
                // default is neutral
                qualifier: '?',
                rr: spfRr
            };
        }
        return res;
    } catch (err) {
        if (spfRr && err.spfResult) {
            err.spfResult.rr = spfRr;
        }
        throw err;
    }
};

// strict: the term has already passed the syntax validation (RFC 7208 section 5.6)
const matchIpTermStrict = (type, val, addr) => {
    let match = val.match(/^(.*?)(?:\/(\d+))?$/);
    let network = parseIp(match[1]);
    if (!network || network.kind() !== (type === 'ip4' ? 'ipv4' : 'ipv6')) {
        throw permError(`invalid IP address`);
    }
    let prefix = typeof match[2] === 'string' ? Number(match[2]) : type === 'ip4' ? 32 : 128;
    // an IPv4 client only matches ip4 terms, an IPv6 client only matches ip6 terms
    return ipInNetwork(addr, network, prefix);
};

// the default mode, keeps the historical handling of malformed ip4 and ip6 terms
const matchIpTermLax = (type, val, addr, clientIp) => {
    let { domain: range, cidr4, cidr6, dualCidr } = parseCidrValue(val, false, type);
    if (!range) {
        throw permError(`bare IP address`);
    }

    // an IPv4 address written in the IPv4-mapped IPv6 form
    let mappingMatch = range.match(/^[:A-F]+:((\d+\.){3}\d+)$/i);

    if (type === 'ip6') {
        if (net.isIPv6(range)) {
            if (dualCidr && mappingMatch) {
                throw permError(`invalid CIDR for IP`);
            }
            // an ip6 network is never converted to IPv4, and only IPv6 clients match it
            // (IPv4-mapped clients are converted to IPv4 before evaluation)
            return addr.kind() === 'ipv6' && matchIp(addr, range + cidr6);
        }
        if (net.isIPv4(range)) {
            if (cidr6) {
                throw permError(`invalid CIDR for IP`);
            }
            return false;
        }
        throw permError(`invalid IP address`);
    }

    if (mappingMatch) {
        range = mappingMatch[1];
    }

    if (!net.isIP(range)) {
        throw permError(`invalid IP address`);
    }

    // validate ipv4 range only, skip ipv6
    if (cidr6 && net.isIPv4(range)) {
        throw permError(`invalid CIDR for IP`);
    }

    if (net.isIP(range) !== net.isIP(clientIp) || !net.isIPv4(range)) {
        // nothing to do here
        return false;
    }

    return matchIp(addr, range + cidr4);
};

module.exports = { spfVerify };


/***/ }),

/***/ 5718:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {



const net = __webpack_require__(7030);
const ipaddr = __webpack_require__(8280);

// RFC 7208 section 7.1
const MACRO_EXPAND = /^([a-z])(\d*)(r?)([.\-+,/_=]*)$/i;
const MACRO_LETTERS = 'slodiphcrtv';
// allowed only in "exp" text (RFC 7208 section 7.2)
const EXP_ONLY_LETTERS = 'crt';

// toplabel = ( *alphanum ALPHA *alphanum ) / ( 1*alphanum "-" *( alphanum / "-" ) alphanum )
const TOPLABEL = /^(?:[a-z0-9]*[a-z][a-z0-9]*|[a-z0-9]+-[a-z0-9-]*[a-z0-9])$/i;

// name = ALPHA *( ALPHA / DIGIT / "-" / "_" / "." ) (RFC 7208 section 4.6.1)
const MODIFIER_NAME = /^[a-z][a-z0-9\-_.]*$/i;

// qnum based dotted quad (RFC 7208 section 5.6), no leading zeros
const QNUM = '(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])';
const IP4_NETWORK = new RegExp(`^${QNUM}(?:\\.${QNUM}){3}$`);

// ip4-cidr-length = "/" ("0" / %x31-39 0*1DIGIT), ip6-cidr-length = "/" ("0" / %x31-39 0*2DIGIT)
const IP4_CIDR = /^(?:0|[1-9][0-9]?)$/;
const IP6_CIDR = /^(?:0|[1-9][0-9]{0,2})$/;

const MAX_NAME_LENGTH = 253;

/**
 * Parses an IP address string. ipaddr.js 2.x reads "::a.b.c.d" as the IPv4-mapped
 * "::ffff:a.b.c.d", so IPv6 input is first canonicalized by the WHATWG URL parser,
 * which spells every address in hex groups.
 *
 * @param {String} value IP address
 * @returns {Object|null} ipaddr.js address object, or null if the value is not an IP address
 */
const parseIp = value => {
    value = (value || '').toString().trim();
    switch (net.isIP(value)) {
        case 4:
            return ipaddr.parse(value);
        case 6: {
            // a zone index is local to the host, it is not part of the address
            let address = value.replace(/%.*$/, '');
            try {
                let canonical = new URL(`http://[${address}]/`).hostname.replace(/^\[|\]$/g, '');
                return ipaddr.parse(canonical);
            } catch (err) {
                return null;
            }
        }
        default:
            return null;
    }
};

/**
 * Checks if an address object is within a network
 *
 * @param {Object} addr ipaddr.js address object
 * @param {Object} network ipaddr.js address object for the network
 * @param {Number} prefix Prefix length
 * @returns {Boolean}
 */
const ipInNetwork = (addr, network, prefix) => {
    if (!addr || !network || addr.kind() !== network.kind()) {
        return false;
    }
    return addr.match(network, prefix);
};

/**
 * Removes a single trailing dot and truncates names longer than 253 characters from the
 * left by removing whole labels (RFC 7208 section 7.3)
 *
 * @param {String} name Domain name
 * @returns {String}
 */
const normalizeTargetName = name => {
    name = (name || '').toString().replace(/\.$/, '');
    while (name.length > MAX_NAME_LENGTH && name.indexOf('.') >= 0) {
        name = name.substring(name.indexOf('.') + 1);
    }
    return name;
};

/**
 * Checks if a (macro expanded) target name can be used as a DNS query name: at least two
 * labels, each 1 to 63 visible ASCII characters or spaces (spaces can be produced by "%_"),
 * and a top label that follows the "toplabel" rule of RFC 7208 section 7.1
 *
 * @param {String} name Domain name, without the trailing dot
 * @returns {Boolean}
 */
const isValidTargetName = name => {
    if (typeof name !== 'string' || !name || name.length > MAX_NAME_LENGTH) {
        return false;
    }
    let labels = name.split('.');
    if (labels.length < 2) {
        return false;
    }
    for (let label of labels) {
        if (!label || label.length > 63 || !/^[\x20-\x2D\x2F-\x7E]+$/.test(label)) {
            return false;
        }
    }
    return TOPLABEL.test(labels[labels.length - 1]);
};

const syntaxError = message => {
    let err = new Error(message);
    err.spfSyntax = true;
    return err;
};

/**
 * Validates a macro-string (RFC 7208 section 7.1)
 *
 * @param {String} input Macro string
 * @param {Object} [options]
 * @param {Boolean} [options.explain] If true, validates an explain-string: SP is allowed and so are the c, r and t macros
 * @param {Boolean} [options.expLetters] If true, allows the c, r and t macros
 * @returns {Array} List of tokens, each either { literal } or { expand }
 * @throws {Error} On syntax errors
 */
const parseMacroString = (input, options) => {
    options = options || {};
    input = (input || '').toString();

    let tokens = [];
    let pos = 0;
    while (pos < input.length) {
        let chr = input.charAt(pos);

        if (chr === '%') {
            let next = input.charAt(pos + 1);
            if (next === '%' || next === '_' || next === '-') {
                tokens.push({ expand: chr + next });
                pos += 2;
                continue;
            }

            if (next !== '{') {
                throw syntaxError('Unexpected % in macro');
            }

            let end = input.indexOf('}', pos + 2);
            if (end < 0) {
                throw syntaxError('Unterminated macro');
            }

            let body = input.substring(pos + 2, end);
            let match = body.match(MACRO_EXPAND);
            if (!match) {
                throw syntaxError(`Invalid macro "%{${body}}"`);
            }

            let letter = match[1].toLowerCase();
            if (!MACRO_LETTERS.includes(letter)) {
                throw syntaxError(`Unknown macro letter "${match[1]}"`);
            }

            if (EXP_ONLY_LETTERS.includes(letter) && !options.explain && !options.expLetters) {
                throw syntaxError(`Macro letter "${match[1]}" is only allowed in explanation text`);
            }

            if (match[2] && Number(match[2]) === 0) {
                throw syntaxError(`Invalid macro "%{${body}}", the number of parts must be nonzero`);
            }

            tokens.push({ expand: input.substring(pos, end + 1) });
            pos = end + 1;
            continue;
        }

        let code = input.charCodeAt(pos);
        // macro-literal = %x21-24 / %x26-7E, explain-string also allows SP
        if ((code >= 0x21 && code <= 0x7e) || (code === 0x20 && options.explain)) {
            if (tokens.length && typeof tokens[tokens.length - 1].literal === 'string') {
                tokens[tokens.length - 1].literal += input.charAt(pos);
            } else {
                tokens.push({ literal: input.charAt(pos) });
            }
            pos++;
            continue;
        }

        throw syntaxError('Invalid character in macro string');
    }

    return tokens;
};

/**
 * Validates a domain-spec: domain-spec = macro-string domain-end,
 * domain-end = ( "." toplabel [ "." ] ) / macro-expand
 *
 * @param {String} input
 * @throws {Error} On syntax errors
 */
const validateDomainSpec = input => {
    let tokens = parseMacroString(input);
    if (!tokens.length) {
        throw syntaxError('Empty domain-spec');
    }

    let last = tokens[tokens.length - 1];
    if (last.expand) {
        return;
    }

    // the domain-spec ends with literal text, so it must end with "." toplabel [ "." ]
    let literal = last.literal.replace(/\.$/, '');
    let dotPos = literal.lastIndexOf('.');
    if (dotPos < 0 || !TOPLABEL.test(literal.substring(dotPos + 1))) {
        throw syntaxError(`Invalid domain-spec "${input}"`);
    }
};

// a/mx: [ ":" domain-spec ] [ dual-cidr-length ]
const DUAL_CIDR_TERM = /^(?::(.+?))?(?:\/([0-9]+))?(?:\/\/([0-9]+))?$/;

const validateCidr = (value, re, max) => {
    if (typeof value !== 'string') {
        return;
    }
    if (!re.test(value) || Number(value) > max) {
        throw syntaxError(`Invalid CIDR length "${value}"`);
    }
};

/**
 * Validates a single term of an SPF record
 *
 * @param {String} term
 * @param {Object} counters Modifier counters, updated in place
 * @throws {Error} On syntax errors
 */
const validateTerm = (term, counters) => {
    let eqPos = term.indexOf('=');
    let sepMatch = term.match(/[:/]/);
    let sepPos = sepMatch ? sepMatch.index : -1;

    if (eqPos >= 0 && (sepPos < 0 || eqPos < sepPos)) {
        // modifier
        let name = term.substring(0, eqPos);
        let value = term.substring(eqPos + 1);
        if (!MODIFIER_NAME.test(name)) {
            throw syntaxError(`Invalid modifier name "${name}"`);
        }

        switch (name.toLowerCase()) {
            case 'redirect':
            case 'exp':
                counters[name.toLowerCase()] = (counters[name.toLowerCase()] || 0) + 1;
                validateDomainSpec(value);
                break;
            default:
                // unknown-modifier = name "=" macro-string, the macro-string may be empty
                parseMacroString(value, { expLetters: true });
        }
        return;
    }

    let match = term.match(/^([+\-?~]?)([^:/]*)(.*)$/);
    let mechanism = match[2].toLowerCase();
    let rest = match[3];

    switch (mechanism) {
        case 'all':
            if (rest) {
                throw syntaxError('Unexpected value for "all"');
            }
            return;

        case 'include':
        case 'exists':
            if (rest.charAt(0) !== ':') {
                throw syntaxError(`Missing domain-spec for "${mechanism}"`);
            }
            validateDomainSpec(rest.substring(1));
            return;

        case 'a':
        case 'mx': {
            let parts = rest.match(DUAL_CIDR_TERM);
            if (!parts) {
                throw syntaxError(`Invalid "${mechanism}" term`);
            }
            if (typeof parts[1] === 'string') {
                validateDomainSpec(parts[1]);
            }
            validateCidr(parts[2], IP4_CIDR, 32);
            validateCidr(parts[3], IP6_CIDR, 128);
            return;
        }

        case 'ptr':
            if (!rest) {
                return;
            }
            if (rest.charAt(0) !== ':') {
                throw syntaxError('Invalid "ptr" term');
            }
            validateDomainSpec(rest.substring(1));
            return;

        case 'ip4': {
            let parts = rest.match(/^:([^/]+)(?:\/([^/]*))?$/);
            if (!parts || !IP4_NETWORK.test(parts[1])) {
                throw syntaxError('Invalid "ip4" term');
            }
            validateCidr(parts[2], IP4_CIDR, 32);
            return;
        }

        case 'ip6': {
            let parts = rest.match(/^:([0-9a-f:.]+)(?:\/([^/]*))?$/i);
            if (!parts || !net.isIPv6(parts[1])) {
                throw syntaxError('Invalid "ip6" term');
            }
            validateCidr(parts[2], IP6_CIDR, 128);
            return;
        }

        default:
            throw syntaxError(`Unknown mechanism "${mechanism}"`);
    }
};

/**
 * Validates the terms of an SPF record (RFC 7208 section 4.6)
 *
 * @param {Array} terms List of terms (the record without the version section, split on SP)
 * @returns {String|false} Description of the first syntax error, or false if the record is valid
 */
const validateTerms = terms => {
    let counters = {};
    try {
        for (let term of terms) {
            validateTerm(term, counters);
        }
    } catch (err) {
        if (err.spfSyntax) {
            return err.message;
        }
        throw err;
    }

    for (let modifier of ['redirect', 'exp']) {
        if (counters[modifier] > 1) {
            return `more than 1 ${modifier} found`;
        }
    }

    return false;
};

module.exports = {
    parseIp,
    ipInNetwork,
    normalizeTargetName,
    isValidTargetName,
    parseMacroString,
    validateTerms
};


/***/ }),

/***/ 8280:
/***/ (function(module) {

(function (root) {
    'use strict';
    // A list of regular expressions that match arbitrary IPv4 addresses,
    // for which a number of weird notations exist.
    // Note that an address like 0010.0xa5.1.1 is considered legal.
    const ipv4Part = '(0?\\d+|0x[a-f0-9]+)';
    const ipv4Regexes = {
        fourOctet: new RegExp(`^${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}$`, 'i'),
        threeOctet: new RegExp(`^${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}$`, 'i'),
        twoOctet: new RegExp(`^${ipv4Part}\\.${ipv4Part}$`, 'i'),
        longValue: new RegExp(`^${ipv4Part}$`, 'i')
    };

    // Regular Expression for checking Octal numbers
    const octalRegex = new RegExp(`^0[0-7]+$`, 'i');
    const hexRegex = new RegExp(`^0x[a-f0-9]+$`, 'i');

    const zoneIndex = '%[0-9a-z]{1,}';

    // IPv6-matching regular expressions.
    // For IPv6, the task is simpler: it is enough to match the colon-delimited
    // hexadecimal IPv6 and a transitional variant with dotted-decimal IPv4 at
    // the end.
    const ipv6Part = '(?:[0-9a-f]+::?)+';
    const ipv6Regexes = {
        zoneIndex: new RegExp(zoneIndex, 'i'),
        'native': new RegExp(`^(::)?(${ipv6Part})?([0-9a-f]+)?(::)?(${zoneIndex})?$`, 'i'),
        deprecatedTransitional: new RegExp(`^(?:::)(${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}(${zoneIndex})?)$`, 'i'),
        transitional: new RegExp(`^((?:${ipv6Part})|(?:::)(?:${ipv6Part})?)${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}(${zoneIndex})?$`, 'i')
    };

    // Expand :: in an IPv6 address or address part consisting of `parts` groups.
    function expandIPv6 (string, parts) {
        // More than one '::' means invalid address
        if (string.indexOf('::') !== string.lastIndexOf('::')) {
            return null;
        }

        let colonCount = 0;
        let lastColon = -1;
        let zoneId = (string.match(ipv6Regexes.zoneIndex) || [])[0];
        let replacement, replacementCount;

        // Remove zone index and save it for later
        if (zoneId) {
            zoneId = zoneId.substring(1);
            string = string.replace(/%.+$/, '');
        }

        // How many parts do we already have?
        while ((lastColon = string.indexOf(':', lastColon + 1)) >= 0) {
            colonCount++;
        }

        // 0::0 is two parts more than ::
        if (string.substr(0, 2) === '::') {
            colonCount--;
        }

        if (string.substr(-2, 2) === '::') {
            colonCount--;
        }

        // An address must not contain more separators than available parts,
        // and :: must compress at least one part.
        if (colonCount >= parts) {
            return null;
        }

        // replacement = ':' + '0:' * (parts - colonCount)
        replacementCount = parts - colonCount;
        replacement = ':';
        while (replacementCount--) {
            replacement += '0:';
        }

        // Insert the missing zeroes
        string = string.replace('::', replacement);

        // Trim any garbage which may be hanging around if :: was at the edge in
        // the source string
        if (string[0] === ':') {
            string = string.slice(1);
        }

        if (string[string.length - 1] === ':') {
            string = string.slice(0, -1);
        }

        parts = (function () {
            const ref = string.split(':');
            const results = [];

            for (let i = 0; i < ref.length; i++) {
                results.push(ref[i].length > 4 ? NaN : parseInt(ref[i], 16));
            }

            return results;
        })();

        return {
            parts: parts,
            zoneId: zoneId
        };
    }

    // A generic CIDR (Classless Inter-Domain Routing) RFC1518 range matcher.
    function matchCIDR (first, second, partSize, cidrBits) {
        if (first.length !== second.length) {
            throw new Error('ipaddr: cannot match CIDR for objects with different lengths');
        }

        let part = 0;
        let shift;

        while (cidrBits > 0) {
            shift = partSize - cidrBits;
            if (shift < 0) {
                shift = 0;
            }

            if (first[part] >> shift !== second[part] >> shift) {
                return false;
            }

            cidrBits -= partSize;
            part += 1;
        }

        return true;
    }

    function parseIntAuto (string) {
        // Hexadecimal base 16 (0x#)
        if (hexRegex.test(string)) {
            return parseInt(string, 16);
        }
        // While octal representation is discouraged by ECMAScript 3
        // and forbidden by ECMAScript 5, we silently allow it to
        // work only if the rest of the string has numbers less than 8.
        if (string[0] === '0' && !isNaN(parseInt(string[1], 10))) {
        if (octalRegex.test(string)) {
            return parseInt(string, 8);
        }
            throw new Error(`ipaddr: cannot parse ${string} as octal`);
        }
        // Always include the base 10 radix!
        return parseInt(string, 10);
    }

    function padPart (part, length) {
        while (part.length < length) {
            part = `0${part}`;
        }

        return part;
    }

    const ipaddr = {};

    // An IPv4 address (RFC791).
    ipaddr.IPv4 = (function () {
        // Constructs a new IPv4 address from an array of four octets
        // in network order (MSB first)
        // Verifies the input.
        function IPv4 (octets) {
            if (octets.length !== 4) {
                throw new Error('ipaddr: ipv4 octet count should be 4');
            }

            let i, octet;

            for (i = 0; i < octets.length; i++) {
                octet = octets[i];
                if (!((0 <= octet && octet <= 255))) {
                    throw new Error('ipaddr: ipv4 octet should fit in 8 bits');
                }
            }

            this.octets = octets;
        }

        // Special IPv4 address ranges.
        // See also https://en.wikipedia.org/wiki/Reserved_IP_addresses
        IPv4.prototype.SpecialRanges = {
            unspecified: [[new IPv4([0, 0, 0, 0]), 8]],
            broadcast: [[new IPv4([255, 255, 255, 255]), 32]],
            // RFC3171
            multicast: [[new IPv4([224, 0, 0, 0]), 4]],
            // RFC3927
            linkLocal: [[new IPv4([169, 254, 0, 0]), 16]],
            // RFC5735
            loopback: [[new IPv4([127, 0, 0, 0]), 8]],
            // RFC6598
            carrierGradeNat: [[new IPv4([100, 64, 0, 0]), 10]],
            // RFC1918
            'private': [
                [new IPv4([10, 0, 0, 0]), 8],
                [new IPv4([172, 16, 0, 0]), 12],
                [new IPv4([192, 168, 0, 0]), 16]
            ],
            // Reserved and testing-only ranges; RFCs 5735, 5737, 2544, 1700
            reserved: [
                [new IPv4([192, 0, 0, 0]), 24],
                [new IPv4([192, 0, 2, 0]), 24],
                [new IPv4([192, 88, 99, 0]), 24],
                [new IPv4([198, 18, 0, 0]), 15],
                [new IPv4([198, 51, 100, 0]), 24],
                [new IPv4([203, 0, 113, 0]), 24],
                [new IPv4([240, 0, 0, 0]), 4]
            ],
            // RFC7534, RFC7535
            as112: [
                [new IPv4([192, 175, 48, 0]), 24],
                [new IPv4([192, 31, 196, 0]), 24],
            ],
            // RFC7450
            amt: [
                [new IPv4([192, 52, 193, 0]), 24],
            ],
        };

        // The 'kind' method exists on both IPv4 and IPv6 classes.
        IPv4.prototype.kind = function () {
            return 'ipv4';
        };

        // Checks if this address matches other one within given CIDR range.
        IPv4.prototype.match = function (other, cidrRange) {
            let ref;
            if (cidrRange === undefined) {
                ref = other;
                other = ref[0];
                cidrRange = ref[1];
            }

            if (other.kind() !== 'ipv4') {
                throw new Error('ipaddr: cannot match ipv4 address with non-ipv4 one');
            }

            return matchCIDR(this.octets, other.octets, 8, cidrRange);
        };

        // returns a number of leading ones in IPv4 address, making sure that
        // the rest is a solid sequence of 0's (valid netmask)
        // returns either the CIDR length or null if mask is not valid
        IPv4.prototype.prefixLengthFromSubnetMask = function () {
            let cidr = 0;
            // non-zero encountered stop scanning for zeroes
            let stop = false;
            // number of zeroes in octet
            const zerotable = {
                0: 8,
                128: 7,
                192: 6,
                224: 5,
                240: 4,
                248: 3,
                252: 2,
                254: 1,
                255: 0
            };
            let i, octet, zeros;

            for (i = 3; i >= 0; i -= 1) {
                octet = this.octets[i];
                if (octet in zerotable) {
                    zeros = zerotable[octet];
                    if (stop && zeros !== 0) {
                        return null;
                    }

                    if (zeros !== 8) {
                        stop = true;
                    }

                    cidr += zeros;
                } else {
                    return null;
                }
            }

            return 32 - cidr;
        };

        // Checks if the address corresponds to one of the special ranges.
        IPv4.prototype.range = function () {
            return ipaddr.subnetMatch(this, this.SpecialRanges);
        };

        // Returns an array of byte-sized values in network order (MSB first)
        IPv4.prototype.toByteArray = function () {
            return this.octets.slice(0);
        };

        // Converts this IPv4 address to an IPv4-mapped IPv6 address.
        IPv4.prototype.toIPv4MappedAddress = function () {
            return ipaddr.IPv6.parse(`::ffff:${this.toString()}`);
        };

        // Symmetrical method strictly for aligning with the IPv6 methods.
        IPv4.prototype.toNormalizedString = function () {
            return this.toString();
        };

        // Returns the address in convenient, decimal-dotted format.
        IPv4.prototype.toString = function () {
            return this.octets.join('.');
        };

        return IPv4;
    })();

    // A utility function to return broadcast address given the IPv4 interface and prefix length in CIDR notation
    ipaddr.IPv4.broadcastAddressFromCIDR = function (string) {

        try {
            const cidr = this.parseCIDR(string);
            const ipInterfaceOctets = cidr[0].toByteArray();
            const subnetMaskOctets = this.subnetMaskFromPrefixLength(cidr[1]).toByteArray();
            const octets = [];
            let i = 0;
            while (i < 4) {
                // Broadcast address is bitwise OR between ip interface and inverted mask
                octets.push(parseInt(ipInterfaceOctets[i], 10) | parseInt(subnetMaskOctets[i], 10) ^ 255);
                i++;
            }

            return new this(octets);
        } catch (e) {
            throw new Error('ipaddr: the address does not have IPv4 CIDR format', { cause: e });
        }
    };

    // Checks if a given string is formatted like IPv4 address.
    ipaddr.IPv4.isIPv4 = function (string) {
        return this.parser(string) !== null;
    };

    // Checks if a given string is a valid IPv4 address.
    ipaddr.IPv4.isValid = function (string) {
        try {
            new this(this.parser(string));
            return true;
        } catch {
            return false;
        }
    };

    // Checks if a given string is a valid IPv4 address in CIDR notation.
    ipaddr.IPv4.isValidCIDR = function (string) {
        try {
            this.parseCIDR(string);
            return true;
        } catch {
            return false;
        }
    };

    // Checks if a given string is a full four-part IPv4 Address.
    ipaddr.IPv4.isValidFourPartDecimal = function (string) {
        if (ipaddr.IPv4.isValid(string) && string.match(/^(0|[1-9]\d*)(\.(0|[1-9]\d*)){3}$/)) {
            return true;
        } else {
            return false;
        }
    };

    // Checks if a given string is a full four-part IPv4 Address with CIDR prefix.
    ipaddr.IPv4.isValidCIDRFourPartDecimal = function (string) {
        const match = string.match(/^(.+)\/(\d+)$/);

        if (!ipaddr.IPv4.isValidCIDR(string) || !match) {
            return false;
        }

        return ipaddr.IPv4.isValidFourPartDecimal(match[1]);
    };

    // A utility function to return network address given the IPv4 interface and prefix length in CIDR notation
    ipaddr.IPv4.networkAddressFromCIDR = function (string) {
        let cidr, i, ipInterfaceOctets, octets, subnetMaskOctets;

        try {
            cidr = this.parseCIDR(string);
            ipInterfaceOctets = cidr[0].toByteArray();
            subnetMaskOctets = this.subnetMaskFromPrefixLength(cidr[1]).toByteArray();
            octets = [];
            i = 0;
            while (i < 4) {
                // Network address is bitwise AND between ip interface and mask
                octets.push(parseInt(ipInterfaceOctets[i], 10) & parseInt(subnetMaskOctets[i], 10));
                i++;
            }

            return new this(octets);
        } catch (e) {
            throw new Error('ipaddr: the address does not have IPv4 CIDR format', { cause: e });
        }
    };

    // Tries to parse and validate a string with IPv4 address.
    // Throws an error if it fails.
    ipaddr.IPv4.parse = function (string) {
        const parts = this.parser(string);

        if (parts === null) {
            throw new Error('ipaddr: string is not formatted like an IPv4 Address');
        }

        return new this(parts);
    };

    // Parses the string as an IPv4 Address with CIDR Notation.
    ipaddr.IPv4.parseCIDR = function (string) {
        let match;

        if ((match = string.match(/^(.+)\/(\d+)$/))) {
            const maskLength = parseInt(match[2]);
            if (maskLength >= 0 && maskLength <= 32) {
                const parsed = [this.parse(match[1]), maskLength];
                Object.defineProperty(parsed, 'toString', {
                    value: function () {
                        return this.join('/');
                    }
                });
                return parsed;
            }
        }

        throw new Error('ipaddr: string is not formatted like an IPv4 CIDR range');
    };

    // Classful variants (like a.b, where a is an octet, and b is a 24-bit
    // value representing last three octets; this corresponds to a class C
    // address) are omitted due to classless nature of modern Internet.
    ipaddr.IPv4.parser = function (string) {
        let match, part, value;

        // parseInt recognizes all that octal & hexadecimal weirdness for us
        if ((match = string.match(ipv4Regexes.fourOctet))) {
            return (function () {
                const ref = match.slice(1, 6);
                const results = [];

                for (let i = 0; i < ref.length; i++) {
                    part = ref[i];
                    results.push(parseIntAuto(part));
                }

                return results;
            })();
        } else if ((match = string.match(ipv4Regexes.longValue))) {
            value = parseIntAuto(match[1]);
            if (value > 0xffffffff || value < 0) {
                throw new Error('ipaddr: address outside defined range');
            }

            return ((function () {
                const results = [];
                let shift;

                for (shift = 0; shift <= 24; shift += 8) {
                    results.push((value >> shift) & 0xff);
                }

                return results;
            })()).reverse();
        } else if ((match = string.match(ipv4Regexes.twoOctet))) {
            return (function () {
                const ref = match.slice(1, 4);
                const results = [];

                value = parseIntAuto(ref[1]);
                if (value > 0xffffff || value < 0) {
                    throw new Error('ipaddr: address outside defined range');
                }

                results.push(parseIntAuto(ref[0]));
                results.push((value >> 16) & 0xff);
                results.push((value >>  8) & 0xff);
                results.push( value        & 0xff);

                return results;
            })();
        } else if ((match = string.match(ipv4Regexes.threeOctet))) {
            return (function () {
                const ref = match.slice(1, 5);
                const results = [];

                value = parseIntAuto(ref[2]);
                if (value > 0xffff || value < 0) {
                    throw new Error('ipaddr: address outside defined range');
                }

                results.push(parseIntAuto(ref[0]));
                results.push(parseIntAuto(ref[1]));
                results.push((value >> 8) & 0xff);
                results.push( value       & 0xff);

                return results;
            })();
        } else {
            return null;
        }
    };

    // A utility function to return subnet mask in IPv4 format given the prefix length
    ipaddr.IPv4.subnetMaskFromPrefixLength = function (prefix) {
        prefix = parseInt(prefix);
        if (Number.isNaN(prefix) || prefix < 0 || prefix > 32) {
            throw new Error('ipaddr: invalid IPv4 prefix length');
        }

        const octets = [0, 0, 0, 0];
        let j = 0;
        const filledOctetCount = Math.floor(prefix / 8);

        while (j < filledOctetCount) {
            octets[j] = 255;
            j++;
        }

        if (filledOctetCount < 4) {
            octets[filledOctetCount] = Math.pow(2, prefix % 8) - 1 << 8 - (prefix % 8);
        }

        return new this(octets);
    };

    // An IPv6 address (RFC2460)
    ipaddr.IPv6 = (function () {
        // Constructs an IPv6 address from an array of eight 16 - bit parts
        // or sixteen 8 - bit parts in network order(MSB first).
        // Throws an error if the input is invalid.
        function IPv6 (parts, zoneId) {
            let i, part;

            if (parts.length === 16) {
                this.parts = [];
                for (i = 0; i <= 14; i += 2) {
                    this.parts.push((parts[i] << 8) | parts[i + 1]);
                }
            } else if (parts.length === 8) {
                this.parts = parts;
            } else {
                throw new Error('ipaddr: ipv6 part count should be 8 or 16');
            }

            for (i = 0; i < this.parts.length; i++) {
                part = this.parts[i];
                if (!((0 <= part && part <= 0xffff))) {
                    throw new Error('ipaddr: ipv6 part should fit in 16 bits');
                }
            }

            if (zoneId) {
                this.zoneId = zoneId;
            }
        }

        // Special IPv6 ranges
        IPv6.prototype.SpecialRanges = {
            // RFC4291, here and after
            unspecified: [new IPv6([0, 0, 0, 0, 0, 0, 0, 0]), 128],
            linkLocal: [new IPv6([0xfe80, 0, 0, 0, 0, 0, 0, 0]), 10],
            multicast: [new IPv6([0xff00, 0, 0, 0, 0, 0, 0, 0]), 8],
            loopback: [new IPv6([0, 0, 0, 0, 0, 0, 0, 1]), 128],
            uniqueLocal: [new IPv6([0xfc00, 0, 0, 0, 0, 0, 0, 0]), 7],
            ipv4Mapped: [new IPv6([0, 0, 0, 0, 0, 0xffff, 0, 0]), 96],
            // RFC3879
            deprecatedSiteLocal: [new IPv6([0xfec0, 0, 0, 0, 0, 0, 0, 0]), 10],
            // RFC6666
            discard: [new IPv6([0x100, 0, 0, 0, 0, 0, 0, 0]), 64],
            // RFC6145
            rfc6145: [new IPv6([0, 0, 0, 0, 0xffff, 0, 0, 0]), 96],
            rfc6052: [
                // RFC6052
                [new IPv6([0x64, 0xff9b, 0, 0, 0, 0, 0, 0]), 96],
                // RFC8215
                [new IPv6([0x64, 0xff9b, 0x1, 0, 0, 0, 0, 0]), 48],
            ],
            // RFC3056
            '6to4': [new IPv6([0x2002, 0, 0, 0, 0, 0, 0, 0]), 16],
            // RFC6052, RFC6146
            teredo: [new IPv6([0x2001, 0, 0, 0, 0, 0, 0, 0]), 32],
            // RFC5180
            benchmarking: [new IPv6([0x2001, 0x2, 0, 0, 0, 0, 0, 0]), 48],
            // RFC7450
            amt: [new IPv6([0x2001, 0x3, 0, 0, 0, 0, 0, 0]), 32],
            as112v6: [
                // RFC7535
                [new IPv6([0x2001, 0x4, 0x112, 0, 0, 0, 0, 0]), 48],
                // RFC7534
                [new IPv6([0x2620, 0x4f, 0x8000, 0, 0, 0, 0, 0]), 48],
            ],
            // RFC4843
            deprecatedOrchid: [new IPv6([0x2001, 0x10, 0, 0, 0, 0, 0, 0]), 28],
            // RFC7343
            orchid2: [new IPv6([0x2001, 0x20, 0, 0, 0, 0, 0, 0]), 28],
            // RFC9374
            droneRemoteIdProtocolEntityTags: [new IPv6([0x2001, 0x30, 0, 0, 0, 0, 0, 0]), 28],
            // RFC9602
            segmentRouting: [new IPv6([0x5f00, 0, 0, 0, 0, 0, 0, 0]), 16],
            reserved: [
                // RFC3849
                [new IPv6([0x2001, 0, 0, 0, 0, 0, 0, 0]), 23],
                // RFC2928
                [new IPv6([0x2001, 0xdb8, 0, 0, 0, 0, 0, 0]), 32],
                // RFC9637
                [new IPv6([0x3fff, 0, 0, 0, 0, 0, 0, 0]), 20],
            ],
        };

        // Checks if this address is an IPv4-mapped IPv6 address.
        IPv6.prototype.isIPv4MappedAddress = function () {
            return this.range() === 'ipv4Mapped';
        };

        // The 'kind' method exists on both IPv4 and IPv6 classes.
        IPv6.prototype.kind = function () {
            return 'ipv6';
        };

        // Checks if this address matches other one within given CIDR range.
        IPv6.prototype.match = function (other, cidrRange) {
            let ref;

            if (cidrRange === undefined) {
                ref = other;
                other = ref[0];
                cidrRange = ref[1];
            }

            if (other.kind() !== 'ipv6') {
                throw new Error('ipaddr: cannot match ipv6 address with non-ipv6 one');
            }

            return matchCIDR(this.parts, other.parts, 16, cidrRange);
        };

        // returns a number of leading ones in IPv6 address, making sure that
        // the rest is a solid sequence of 0's (valid netmask)
        // returns either the CIDR length or null if mask is not valid
        IPv6.prototype.prefixLengthFromSubnetMask = function () {
            let cidr = 0;
            // non-zero encountered stop scanning for zeroes
            let stop = false;
            // number of zeroes in octet
            const zerotable = {
                0: 16,
                32768: 15,
                49152: 14,
                57344: 13,
                61440: 12,
                63488: 11,
                64512: 10,
                65024: 9,
                65280: 8,
                65408: 7,
                65472: 6,
                65504: 5,
                65520: 4,
                65528: 3,
                65532: 2,
                65534: 1,
                65535: 0
            };
            let part, zeros;

            for (let i = 7; i >= 0; i -= 1) {
                part = this.parts[i];
                if (part in zerotable) {
                    zeros = zerotable[part];
                    if (stop && zeros !== 0) {
                        return null;
                    }

                    if (zeros !== 16) {
                        stop = true;
                    }

                    cidr += zeros;
                } else {
                    return null;
                }
            }

            return 128 - cidr;
        };


        // Checks if the address corresponds to one of the special ranges.
        IPv6.prototype.range = function () {
            return ipaddr.subnetMatch(this, this.SpecialRanges);
        };

        // Returns an array of byte-sized values in network order (MSB first)
        IPv6.prototype.toByteArray = function () {
            let part;
            const bytes = [];
            const ref = this.parts;
            for (let i = 0; i < ref.length; i++) {
                part = ref[i];
                bytes.push(part >> 8);
                bytes.push(part & 0xff);
            }

            return bytes;
        };

        // Returns the address in expanded format with all zeroes included, like
        // 2001:0db8:0008:0066:0000:0000:0000:0001
        IPv6.prototype.toFixedLengthString = function () {
            const addr = ((function () {
                const results = [];
                for (let i = 0; i < this.parts.length; i++) {
                    results.push(padPart(this.parts[i].toString(16), 4));
                }

                return results;
            }).call(this)).join(':');

            let suffix = '';

            if (this.zoneId) {
                suffix = `%${this.zoneId}`;
            }

            return addr + suffix;
        };

        // Converts this address to IPv4 address if it is an IPv4-mapped IPv6 address.
        // Throws an error otherwise.
        IPv6.prototype.toIPv4Address = function () {
            if (!this.isIPv4MappedAddress()) {
                throw new Error('ipaddr: trying to convert a generic ipv6 address to ipv4');
            }

            const ref = this.parts.slice(-2);
            const high = ref[0];
            const low = ref[1];

            return new ipaddr.IPv4([high >> 8, high & 0xff, low >> 8, low & 0xff]);
        };

        // Returns the address in expanded format with all zeroes included, like
        // 2001:db8:8:66:0:0:0:1
        //
        // Deprecated: use toFixedLengthString() instead.
        IPv6.prototype.toNormalizedString = function () {
            const addr = ((function () {
                const results = [];

                for (let i = 0; i < this.parts.length; i++) {
                    results.push(this.parts[i].toString(16));
                }

                return results;
            }).call(this)).join(':');

            let suffix = '';

            if (this.zoneId) {
                suffix = `%${this.zoneId}`;
            }

            return addr + suffix;
        };

        // Returns the address in compact, human-readable format like
        // 2001:db8:8:66::1
        // in line with RFC 5952 (see https://tools.ietf.org/html/rfc5952#section-4)
        IPv6.prototype.toRFC5952String = function () {
            const regex = /((^|:)(0(:|$)){2,})/g;
            // The zone identifier (RFC 4007) is not part of the address; match
            // against the address alone so a trailing zero run right before the
            // "%" suffix still gets compressed (RFC 5952, 4.2.2).
            let suffix = '';
            if (this.zoneId) {
                suffix = `%${this.zoneId}`;
            }
            const normalized = this.toNormalizedString();
            const string = normalized.slice(0, normalized.length - suffix.length);
            let bestMatchIndex = 0;
            let bestMatchLength = -1;
            let bestMatchGroups = -1;
            let match;

            while ((match = regex.exec(string))) {
                // Compare by the number of zero groups, not the matched length:
                // a run that is not at the start carries a leading ":" in the
                // match, so an equal-length run later in the address would
                // otherwise be preferred over the leftmost one (RFC 5952, 4.2.3).
                const groups = (match[0].match(/0/g) || []).length;
                if (groups > bestMatchGroups) {
                    bestMatchGroups = groups;
                    bestMatchIndex = match.index;
                    bestMatchLength = match[0].length;
                }
            }

            if (bestMatchLength < 0) {
                return string + suffix;
            }

            return `${string.substring(0, bestMatchIndex)}::${string.substring(bestMatchIndex + bestMatchLength)}${suffix}`;
        };

        // Returns the address in compact, human-readable format like
        // 2001:db8:8:66::1
        // Calls toRFC5952String under the hood.
        IPv6.prototype.toString = function () {
            return this.toRFC5952String();
        };

        return IPv6;

    })();

    // A utility function to return broadcast address given the IPv6 interface and prefix length in CIDR notation
    ipaddr.IPv6.broadcastAddressFromCIDR = function (string) {
        try {
            const cidr = this.parseCIDR(string);
            const ipInterfaceOctets = cidr[0].toByteArray();
            const subnetMaskOctets = this.subnetMaskFromPrefixLength(cidr[1]).toByteArray();
            const octets = [];
            let i = 0;
            while (i < 16) {
                // Broadcast address is bitwise OR between ip interface and inverted mask
                octets.push(parseInt(ipInterfaceOctets[i], 10) | parseInt(subnetMaskOctets[i], 10) ^ 255);
                i++;
            }

            return new this(octets);
        } catch (e) {
            throw new Error('ipaddr: the address does not have IPv6 CIDR format', { cause: e });
        }
    };

    // Checks if a given string is formatted like IPv6 address.
    ipaddr.IPv6.isIPv6 = function (string) {
        return this.parser(string) !== null;
    };

    // Checks to see if string is a valid IPv6 Address
    ipaddr.IPv6.isValid = function (string) {

        // Since IPv6.isValid is always called first, this shortcut
        // provides a substantial performance gain.
        if (typeof string === 'string' && string.indexOf(':') === -1) {
            return false;
        }

        try {
            const addr = this.parser(string);
            new this(addr.parts, addr.zoneId);
            return true;
        } catch {
            return false;
        }
    };

    // Checks if a given string is a valid IPv6 address in CIDR notation.
    ipaddr.IPv6.isValidCIDR = function (string) {

        // See note in IPv6.isValid
        if (typeof string === 'string' && string.indexOf(':') === -1) {
            return false;
        }

        try {
            this.parseCIDR(string);
            return true;
        } catch {
            return false;
        }
    };

    // A utility function to return network address given the IPv6 interface and prefix length in CIDR notation
    ipaddr.IPv6.networkAddressFromCIDR = function (string) {
        let cidr, i, ipInterfaceOctets, octets, subnetMaskOctets;

        try {
            cidr = this.parseCIDR(string);
            ipInterfaceOctets = cidr[0].toByteArray();
            subnetMaskOctets = this.subnetMaskFromPrefixLength(cidr[1]).toByteArray();
            octets = [];
            i = 0;
            while (i < 16) {
                // Network address is bitwise AND between ip interface and mask
                octets.push(parseInt(ipInterfaceOctets[i], 10) & parseInt(subnetMaskOctets[i], 10));
                i++;
            }

            return new this(octets);
        } catch (e) {
            throw new Error('ipaddr: the address does not have IPv6 CIDR format', { cause: e });
        }
    };

    // Tries to parse and validate a string with IPv6 address.
    // Throws an error if it fails.
    ipaddr.IPv6.parse = function (string) {
        const addr = this.parser(string);

        if (addr === null) {
            throw new Error('ipaddr: string is not formatted like an IPv6 Address');
        }

        return new this(addr.parts, addr.zoneId);
    };

    ipaddr.IPv6.parseCIDR = function (string) {
        let maskLength, match, parsed;

        if ((match = string.match(/^(.+)\/(\d+)$/))) {
            maskLength = parseInt(match[2]);
            if (maskLength >= 0 && maskLength <= 128) {
                parsed = [this.parse(match[1]), maskLength];
                Object.defineProperty(parsed, 'toString', {
                    value: function () {
                        return this.join('/');
                    }
                });
                return parsed;
            }
        }

        throw new Error('ipaddr: string is not formatted like an IPv6 CIDR range');
    };

    // Parse an IPv6 address.
    ipaddr.IPv6.parser = function (string) {
        let addr, i, match, octet, octets, zoneId;

        if ((match = string.match(ipv6Regexes.deprecatedTransitional))) {
            return this.parser(`::ffff:${match[1]}`);
        }
        if (ipv6Regexes.native.test(string)) {
            return expandIPv6(string, 8);
        }
        if ((match = string.match(ipv6Regexes.transitional))) {
            zoneId = match[6] || '';
            addr = match[1]
            if (!match[1].endsWith('::')) {
                addr = addr.slice(0, -1)
            }
            addr = expandIPv6(addr + zoneId, 6);
            if (addr && addr.parts) {
                octets = [
                    parseInt(match[2]),
                    parseInt(match[3]),
                    parseInt(match[4]),
                    parseInt(match[5])
                ];
                for (i = 0; i < octets.length; i++) {
                    octet = octets[i];
                    if (!((0 <= octet && octet <= 255))) {
                        return null;
                    }
                }

                addr.parts.push(octets[0] << 8 | octets[1]);
                addr.parts.push(octets[2] << 8 | octets[3]);
                return {
                    parts: addr.parts,
                    zoneId: addr.zoneId
                };
            }
        }

        return null;
    };

    // A utility function to return subnet mask in IPv6 format given the prefix length
    ipaddr.IPv6.subnetMaskFromPrefixLength = function (prefix) {
        prefix = parseInt(prefix);
        if (Number.isNaN(prefix) || prefix < 0 || prefix > 128) {
            throw new Error('ipaddr: invalid IPv6 prefix length');
        }

        const octets = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
        let j = 0;
        const filledOctetCount = Math.floor(prefix / 8);

        while (j < filledOctetCount) {
            octets[j] = 255;
            j++;
        }

        if (filledOctetCount < 16) {
            octets[filledOctetCount] = Math.pow(2, prefix % 8) - 1 << 8 - (prefix % 8);
        }

        return new this(octets);
    };

    // Try to parse an array in network order (MSB first) for IPv4 and IPv6
    ipaddr.fromByteArray = function (bytes) {
        const length = bytes.length;

        if (length === 4) {
            return new ipaddr.IPv4(bytes);
        } else if (length === 16) {
            return new ipaddr.IPv6(bytes);
        } else {
            throw new Error('ipaddr: the binary input is neither an IPv6 nor IPv4 address');
        }
    };

    // Checks if the address is valid IP address
    ipaddr.isValid = function (string) {
        return ipaddr.IPv6.isValid(string) || ipaddr.IPv4.isValid(string);
    };

    // Checks if the address is valid IP address in CIDR notation
    ipaddr.isValidCIDR = function (string) {
        return ipaddr.IPv6.isValidCIDR(string) || ipaddr.IPv4.isValidCIDR(string);
    };


    // Attempts to parse an IP Address, first through IPv6 then IPv4.
    // Throws an error if it could not be parsed.
    ipaddr.parse = function (string) {
        if (ipaddr.IPv6.isValid(string)) {
            return ipaddr.IPv6.parse(string);
        } else if (ipaddr.IPv4.isValid(string)) {
            return ipaddr.IPv4.parse(string);
        } else {
            throw new Error('ipaddr: the address has neither IPv6 nor IPv4 format');
        }
    };

    // Attempt to parse CIDR notation, first through IPv6 then IPv4.
    // Throws an error if it could not be parsed.
    ipaddr.parseCIDR = function (string) {
        try {
            return ipaddr.IPv6.parseCIDR(string);
        } catch {
            try {
                return ipaddr.IPv4.parseCIDR(string);
            } catch (e) {
                throw new Error('ipaddr: the address has neither IPv6 nor IPv4 CIDR format', { cause: e });
            }
        }
    };

    // Parse an address and return plain IPv4 address if it is an IPv4-mapped address
    ipaddr.process = function (string) {
        const addr = this.parse(string);

        if (addr.kind() === 'ipv6' && addr.isIPv4MappedAddress()) {
            return addr.toIPv4Address();
        } else {
            return addr;
        }
    };

    // An utility function to ease named range matching. See examples below.
    // rangeList can contain both IPv4 and IPv6 subnet entries and will not throw errors
    // on matching IPv4 addresses to IPv6 ranges or vice versa.
    ipaddr.subnetMatch = function (address, rangeList, defaultName) {
        let i, rangeName, rangeSubnets, subnet;

        if (defaultName === undefined || defaultName === null) {
            defaultName = 'unicast';
        }

        for (rangeName in rangeList) {
            if (Object.prototype.hasOwnProperty.call(rangeList, rangeName)) {
                rangeSubnets = rangeList[rangeName];
                // ECMA5 Array.isArray isn't available everywhere
                if (rangeSubnets[0] && !(rangeSubnets[0] instanceof Array)) {
                    rangeSubnets = [rangeSubnets];
                }

                for (i = 0; i < rangeSubnets.length; i++) {
                    subnet = rangeSubnets[i];
                    if (address.kind() === subnet[0].kind() && address.match.apply(address, subnet)) {
                        return rangeName;
                    }
                }
            }
        }

        return defaultName;
    };

    // Export for both the CommonJS and browser-like environment
    if ( true && module.exports) {
        module.exports = ipaddr;

    } else {
        root.ipaddr = ipaddr;
    }

}(this));


/***/ })

};
