export const id = 308;
export const ids = [308];
export const modules = {

/***/ 4006:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {



const { Buffer } = __webpack_require__(4573);
const { isIP } = __webpack_require__(7030);
const {
    parseDkimHeaders,
    formatRelaxedLine,
    stripSignatureValue,
    formatAuthHeaderRow,
    formatSignatureHeaderLine,
    writeToStream,
    validateAlgorithm,
    createError,
    addWarning,
    KEY_ERROR_COMMENTS,
    splitAlgorithm,
    createKeyCache
} = __webpack_require__(3594);
const { TIMESTAMP, BODY_LENGTH, MAX_ARC_INSTANCE, ARC_HEADER_KEYS } = __webpack_require__(2);
const crypto = __webpack_require__(7598);
const { DkimSigner } = __webpack_require__(7365);

// RFC 8617 section 3.9: chain-status = ("none" / "fail" / "pass"). ABNF strings are case-insensitive
const CHAIN_STATUS = ['none', 'pass', 'fail'];

// RFC 8617 section 3.9: position = 1*2DIGIT
const INSTANCE_VALUE = /^[0-9]{1,2}$/;

// RFC 8617 section 4.1.1: arc-info = instance [CFWS] ";" authres-payload, so the instance is the
// first thing in an ARC-Authentication-Results value. Comments (without nesting) are allowed as CFWS
const CFWS = '(?:[ \\t\\r\\n]|\\([^()\\\\]*\\))*';
const AAR_INSTANCE = new RegExp(`^${CFWS}i${CFWS}=${CFWS}([0-9]{1,2})${CFWS};`);

// Tags an ARC-Seal (RFC 8617 section 4.1.3) and an ARC-Message-Signature (section 4.1.2, with
// the DKIM-Signature tags of RFC 6376 section 3.5 except v= and i=) can not do without
const REQUIRED_TAGS = {
    'arc-seal': ['a', 'b', 'cv', 'd', 's'],
    'arc-message-signature': ['a', 'b', 'bh', 'd', 'h', 's']
};

const NUMERIC_TAGS = {
    'arc-seal': [['t', TIMESTAMP]],
    'arc-message-signature': [
        ['t', TIMESTAMP],
        ['x', TIMESTAMP],
        ['l', BODY_LENGTH]
    ]
};

const SHORT_NAMES = {
    'arc-seal': 'as',
    'arc-message-signature': 'ams',
    'arc-authentication-results': 'aar'
};

// the cv= value of an ARC set in lower case, or an empty string
const getCv = arcInstance => (arcInstance?.['arc-seal']?.parsed?.cv?.value || '').toString().toLowerCase().trim();

// The highest i= found on the ARC header fields of a message, or 0, and the cv= of the seal
// with that instance. A new set follows it (RFC 8617 section 5.1 step 3) even when the chain
// can not be parsed, so that it never reuses an instance that already exists
const getHighestArcInstance = headers => {
    let highest = 0;
    let latestCv = false;
    for (let row of headers?.parsed || []) {
        if (!ARC_HEADER_KEYS.includes(row.key)) {
            continue;
        }
        let parsed;
        try {
            parsed = parseDkimHeaders(row.line)?.parsed;
        } catch (err) {
            continue;
        }
        let instance = parsed?.i?.value;
        if (typeof instance !== 'number' || !Number.isInteger(instance) || instance < 1) {
            continue;
        }
        if (instance > highest) {
            highest = instance;
            latestCv = false;
        }
        if (instance === highest && row.key === 'arc-seal' && typeof parsed?.cv?.value === 'string') {
            latestCv = parsed.cv.value.toLowerCase().trim();
        }
    }
    return { highest, latestCv };
};

// Where a new ARC set goes (RFC 8617 section 5.1 steps 2 and 3): the highest existing instance
// and the cv= of its seal, from the header fields and from the parsed chain, for callers that
// pass the chain without the complete header list
const getArcPosition = (headers, chain) => {
    let { highest, latestCv } = getHighestArcInstance(headers);
    let lastEntry = chain?.length ? chain[chain.length - 1] : false;
    if (lastEntry && lastEntry.i >= highest) {
        highest = lastEntry.i;
        latestCv = getCv(lastEntry) || latestCv;
    }
    return { highest, latestCv };
};

// the DNS name of the key record of an ARC-Seal
const sealKeyName = seal => `${seal.parsed?.s?.value}._domainkey.${seal.parsed?.d?.value}`;

const verifyAS = async (chain, opts) => {
    const { strict, warnings, keyCache } = opts || {};

    let chunks = [];
    let signatureHeader;

    for (let i = 0; i < chain.length; i++) {
        let isLast = i === chain.length - 1;
        let link = chain[i];

        chunks.push(formatRelaxedLine(link['arc-authentication-results'].original, '\r\n'));
        chunks.push(formatRelaxedLine(link['arc-message-signature'].original, '\r\n'));

        if (!isLast) {
            chunks.push(formatRelaxedLine(link['arc-seal'].original, '\r\n'));
        } else {
            signatureHeader = link['arc-seal'];
            if (!signatureHeader.parsed?.s?.value || !signatureHeader.parsed?.d?.value) {
                throw createError(`Invalid ARC-Seal header`, 'invalid_arc_seal');
            }

            chunks.push(stripSignatureValue(formatRelaxedLine(link['arc-seal'].original), strict));
        }
    }

    // The algorithm is read from the seal itself. Every seal of the chain is verified here, not
    // only the newest one, so nothing set up elsewhere for the newest seal can be relied on
    let algorithm = (signatureHeader.parsed?.a?.value || '').toString().toLowerCase().trim();
    try {
        // rsa-sha256 and ed25519-sha256 only, ARC has no rsa-sha1
        validateAlgorithm(algorithm, true);
    } catch (err) {
        throw createError(`i=${chain.length} invalid seal algorithm`, 'invalid_arc_seal');
    }
    let { signAlgo } = splitAlgorithm(algorithm);

    let canonicalizedHeader = Buffer.concat(chunks);

    let publicKey;
    let queryDomain = sealKeyName(signatureHeader);
    try {
        // the key record's own h= and s= restrictions apply to ARC keys as well (RFC 6376
        // section 3.6.1), and every ARC signature uses sha256
        let res = await keyCache.get('AS', queryDomain, opts?.minBitLength, { strict, hashAlgo: 'sha256' });
        publicKey = res?.publicKey;

        if (res?.keyType && res.keyType !== signAlgo) {
            // RFC 6376 section 6.1.2 step 8: the key has to suit the a= algorithm
            throw createError('Key type does not match the seal algorithm', 'EINVALIDKEYALGO');
        }

        if (Array.isArray(warnings)) {
            addWarning(warnings, ...(res?.warnings || []));
        }
    } catch (err) {
        err.queryDomain = queryDomain;
        // the error code is what the ARC result reports as a comment
        throw err;
    }

    let pass = false;
    try {
        pass = crypto.verify(
            signAlgo === 'rsa' ? 'sha256' : null,
            // RFC 8463 section 3: Ed25519 signs the SHA-256 hash of the canonicalized data
            signAlgo === 'rsa' ? canonicalizedHeader : crypto.createHash('sha256').update(canonicalizedHeader).digest(),
            publicKey,
            Buffer.from(signatureHeader.parsed?.b?.value || '', 'base64')
        );
    } catch (err) {
        pass = false;
    }

    if (!pass) {
        throw createError(`i=${chain.length} seal signature validation failed`, 'failing_arc_seal');
    }

    return true;
};

const signAS = async (chain, entry, signatureData) => {
    let { instance, algorithm, selector, signingDomain, bodyHash, cv, signTime, privateKey } = signatureData;

    instance = instance || 1;

    const { signAlgo } = splitAlgorithm(algorithm);

    signTime = signTime || new Date();

    let chunks = [];

    if (cv === 'pass') {
        // sign existing only chain for passing validation
        for (let i = 0; i < chain.length; i++) {
            let link = chain[i];

            chunks.push(formatRelaxedLine(link['arc-authentication-results'].original, '\r\n'));
            chunks.push(formatRelaxedLine(link['arc-message-signature'].original, '\r\n'));
            chunks.push(formatRelaxedLine(link['arc-seal'].original, '\r\n'));
        }
    }

    chunks.push(formatRelaxedLine(entry['arc-authentication-results'], '\r\n'));
    chunks.push(formatRelaxedLine(entry['arc-message-signature'], '\r\n'));

    let headerOpts = {
        i: instance,
        a: algorithm,
        s: selector,
        d: signingDomain,
        cv,
        bh: bodyHash
    };

    if (signTime) {
        if (typeof signTime === 'string' || typeof signTime === 'number') {
            signTime = new Date(signTime);
        }

        if (Object.prototype.toString.call(signTime) === '[object Date]' && signTime.toString() !== 'Invalid Date') {
            // we need a unix timestamp value
            signTime = Math.floor(signTime.getTime() / 1000);
            headerOpts.t = signTime;
        }
    }

    let canonSignatureHeaderLine = formatSignatureHeaderLine(
        'AS',
        Object.assign(
            {
                // make sure that b= always has a value, otherwise folding would be different
                b: 'a'.repeat(73)
            },
            headerOpts
        ),
        true
    );

    chunks.push(stripSignatureValue(formatRelaxedLine(canonSignatureHeaderLine)));

    let canonicalizedHeader = Buffer.concat(chunks);

    let signature = crypto
        .sign(
            // use `null` as algorithm to detect it from the key file
            signAlgo === 'rsa' ? algorithm : null,
            signAlgo === 'rsa' ? canonicalizedHeader : crypto.createHash('sha256').update(canonicalizedHeader).digest(),
            privateKey
        )
        .toString('base64');

    headerOpts.b = signature;

    return formatSignatureHeaderLine('AS', headerOpts, true);
};

/**
 * Validates the ARC-Seal signatures of a chain (RFC 8617 section 5.2 steps 2, 3.C and 6).
 * Throws if the chain is not valid, so it never returns true for a chain with an invalid seal.
 *
 * @param {Object} data { chain } as returned by getARChain()
 * @param {Object} [opts] { resolver, minBitLength, strict, warnings, keyCache }, where keyCache
 *        is a createKeyCache() of the same resolver, shared with other key lookups of the message
 * @returns {Boolean} false if there is no chain, true if every seal validates
 */
const verifyASChain = async (data, opts) => {
    if (!data?.chain?.length) {
        return false;
    }

    const chain = data.chain;
    opts = Object.assign({}, opts);
    if (!opts.keyCache) {
        opts.keyCache = createKeyCache(opts.resolver);
    }

    for (let i = 0; i < chain.length; i++) {
        let arcInstance = chain[i];

        if (arcInstance?.i !== i + 1) {
            throw createError(`i=${arcInstance?.i} expected=${i + 1}`, 'invalid_arc_instance');
        }

        for (let headerKey of ARC_HEADER_KEYS) {
            if (!arcInstance[headerKey]) {
                throw createError(`i=${arcInstance.i} no ${headerKey} set`, 'missing_arc_header');
            }
        }

        // Step 2 (a newest seal with cv=fail fails the chain) and step 3.C: cv=none for i=1 and
        // cv=pass for every later set. The values are compared case-insensitively, as an ABNF
        // string is. A seal with cv=fail only signs its own set (section 5.1.2), so it can
        // never vouch for the sets before it
        let cv = getCv(arcInstance);
        let expected = i === 0 ? 'none' : 'pass';
        if (cv !== expected) {
            throw createError(`i=${arcInstance.i} cv=${cv}`, 'invalid_cv_value');
        }
    }

    // The keys of all the seals are fetched at once. A failed lookup is only reported when its
    // seal is validated, so the errors come in the same order as without the prefetch
    for (let link of chain) {
        let seal = link['arc-seal'];
        if (seal.parsed?.s?.value && seal.parsed?.d?.value) {
            opts.keyCache.get('AS', sealKeyName(seal), opts.minBitLength, { strict: opts.strict, hashAlgo: 'sha256' });
        }
    }

    // Step 6: every seal, from the newest to the oldest, throws if validation fails
    for (let i = chain.length - 1; i >= 0; i--) {
        await verifyAS(chain.slice(0, i + 1), opts);
    }

    return true;
};

// The instance of an ARC header field exactly as written, or null. For the
// ARC-Authentication-Results it is the leading "i=N;" (RFC 8617 section 4.1.1), for the other
// two it is the value of the (case-sensitive) i tag
const getRawInstance = (headerKey, value, line) => {
    if (headerKey === 'arc-authentication-results') {
        let str = (line || '').toString('binary');
        str = str.substring(str.indexOf(':') + 1);
        let match = AAR_INSTANCE.exec(str);
        return match ? match[1] : null;
    }

    let tag = (value?.tags || []).find(tag => tag.name === 'i');
    return tag ? tag.value : null;
};

// Checks the tag-list of an ARC-Seal or ARC-Message-Signature (RFC 6376 section 3.2 and 3.5,
// RFC 8617 section 4.1). The strict mode, where getARChain has read the tags case-sensitively,
// rejects the set for any syntax error, the lenient mode keeps reading them the way it always
// has and only notes what the strict mode would have rejected
const checkTagList = (arcInstance, headerKey, strict, warn) => {
    let header = arcInstance[headerKey];
    let tags = header.tags || [];

    let problems = [].concat(header.syntaxErrors || []);

    let rawTags = new Map();
    for (let tag of tags) {
        rawTags.set(tag.name, tag.value);
    }

    for (let tag of REQUIRED_TAGS[headerKey]) {
        if (!rawTags.has(tag)) {
            problems.push(`missing ${tag}=`);
        }
    }

    for (let [tag, format] of NUMERIC_TAGS[headerKey]) {
        if (rawTags.has(tag) && !format.test(rawTags.get(tag))) {
            problems.push(`invalid ${tag}=`);
        }
    }

    if (strict) {
        if (problems.length) {
            throw createError(`i=${arcInstance.i} ${SHORT_NAMES[headerKey]} ${problems[0]}`, 'invalid_arc_tags');
        }
        return;
    }

    if (problems.length || tags.some(tag => tag.name !== tag.name.toLowerCase())) {
        warn('arc-tag-syntax');
    }
};

/**
 * Collects the ARC sets of a message and validates the structure of the chain (RFC 8617
 * section 5.2 steps 1 to 3).
 *
 * @param {Object} headers Parsed message headers
 * @param {Object} [opts]
 * @param {Boolean} [opts.strict=false] Apply the RFC 8617 and RFC 6376 syntax rules exactly
 * @param {Array} [opts.warnings] Lax acceptance markers are added here
 * @returns {Array|false} The ARC sets ordered by instance, or false if there are none. Throws
 *          for a chain that is not valid
 */
const getARChain = (headers, opts) => {
    opts = opts || {};
    const strict = !!opts.strict;
    const warn = warning => {
        if (Array.isArray(opts.warnings)) {
            addWarning(opts.warnings, warning);
        }
    };

    let headerRows = (headers && headers.parsed) || [];

    let arcChain = new Map();
    for (let row of headerRows) {
        if (ARC_HEADER_KEYS.includes(row.key)) {
            // RFC 6376 section 3.2: "Tags MUST be interpreted in a case-sensitive manner", so
            // the strict mode keys the tags of the ARC-Seal and ARC-Message-Signature by name
            // as written
            let value = parseDkimHeaders(row.line, { strict });

            let rawInstance = getRawInstance(row.key, value, row.line);
            let validInstance =
                typeof rawInstance === 'string' && INSTANCE_VALUE.test(rawInstance) && Number(rawInstance) >= 1 && Number(rawInstance) <= MAX_ARC_INSTANCE;

            let instance;
            if (strict) {
                if (!validInstance) {
                    // RFC 8617 section 3.9, instance = "i=" 1*2DIGIT, 1 to 50. A header field
                    // with any other instance is not part of a valid chain
                    throw createError(`invalid ${SHORT_NAMES[row.key]} instance`, 'invalid_arc_instance');
                }
                instance = Number(rawInstance);
            } else {
                // the lenient mode reads the instance as a number, and ignores ARC header
                // fields that have none
                instance = value?.parsed?.i?.value;
                if (!validInstance) {
                    warn('arc-instance-syntax');
                }
            }

            if (instance) {
                if (!arcChain.has(instance)) {
                    arcChain.set(instance, {
                        i: instance
                    });
                } else if (arcChain.get(instance)[row.key]) {
                    // value for this header is already set
                    throw createError(`i=${instance} multiple ${row.key} values`, 'multiple_arc_keys');
                }
                arcChain.get(instance)[row.key] = value;
            }
        }
    }

    arcChain = Array.from(arcChain.values()).sort((a, b) => a.i - b.i);
    if (!arcChain.length) {
        // empty chain
        return false;
    }

    if (arcChain.length > MAX_ARC_INSTANCE) {
        throw createError(`chain-length=${arcChain.length}`, 'invalid_arc_count');
    }

    for (let i = 0; i < arcChain.length; i++) {
        const arcInstance = arcChain[i];
        const isNewest = i === arcChain.length - 1;

        if (arcInstance.i !== i + 1) {
            // not a complete sequence
            throw createError(`i=${arcInstance.i} expected=${i + 1}`, 'invalid_arc_instance');
        }

        for (let headerKey of ARC_HEADER_KEYS) {
            if (!arcInstance[headerKey]) {
                // missing required header
                throw createError(`i=${arcInstance.i} no ${headerKey} set`, 'missing_arc_header');
            }
        }

        // Every seal is validated, so the syntax of every seal counts. Only the newest
        // ARC-Message-Signature is validated (step 4), the older ones are just sealed data
        checkTagList(arcInstance, 'arc-seal', strict, warn);
        if (isNewest) {
            checkTagList(arcInstance, 'arc-message-signature', strict, warn);
        }

        let cv = getCv(arcInstance);

        if (i === 0 && cv !== 'none') {
            throw createError(`i=1 cv="${arcInstance['arc-seal']?.parsed?.cv?.value}`, 'invalid_cv_value');
        }

        // c= is not checked here. An ARC-Seal has no c= tag (RFC 8617 section 4.1.3, it always
        // uses relaxed header canonicalization), so a c= tag on it is an unknown tag, and
        // unknown tags are ignored (RFC 6376 section 3.2). The newest ARC-Message-Signature is
        // verified by the DKIM verifier, where a missing c= means simple/simple (RFC 6376
        // section 3.5) and the lenient mode also tries relaxed/relaxed

        if (arcInstance['arc-seal']?.parsed?.a && !arcInstance['arc-seal']?.parsed?.a?.value) {
            throw createError(`i=${arcInstance.i} empty a`, 'invalid_a_value');
        }

        if (!arcInstance['arc-seal']?.parsed?.a?.value) {
            throw createError(`i=${arcInstance.i} missing a`, 'missing_a_value');
        }

        // throws if using non-supported algorithm
        validateAlgorithm(arcInstance['arc-seal']?.parsed?.a?.value, true);
        validateAlgorithm(arcInstance['arc-message-signature']?.parsed?.a?.value, true);

        if (i > 0 && cv !== 'pass') {
            throw createError(`i=${arcInstance.i} cv=${arcInstance['arc-seal']?.parsed?.cv?.value}`, 'invalid_cv_value');
        }

        if (arcInstance['arc-seal']?.parsed?.h) {
            throw createError(`i=${arcInstance.i} unexpected as h`, 'unexpected_as_h_value');
        }

        let amsH = arcInstance['arc-message-signature']?.parsed?.h?.value
            ?.toString()
            .trim()
            .toLowerCase()
            .split(':')
            .map(v => v.trim())
            .filter(v => v);

        if (amsH?.some(v => v === 'arc-seal')) {
            throw createError(`i=${arcInstance.i} invalid ams h`, 'invalid_ams_h_value');
        }
    }

    return arcChain;
};

// {chain, last}
const arc = async (data, opts) => {
    opts = opts || {};
    const strict = !!opts.strict;

    const status = {
        result: 'none'
    };

    const result = { status };

    Object.defineProperty(result, 'chain', {
        enumerable: false,
        configurable: false,
        writable: false,
        value: data.chain
    });

    // what the lenient mode accepted that the strict mode would have rejected
    const warnings = [].concat(data?.warnings || []);

    try {
        if (data.error) {
            // raise error from `getARChain`
            throw data.error;
        }

        let hasChain = await verifyASChain(data, {
            resolver: opts.resolver,
            minBitLength: opts.minBitLength,
            strict,
            warnings,
            // the key lookups of the DKIM verifier, when they used the same resolver
            keyCache: data.keyCache?.resolver === opts.resolver ? data.keyCache : undefined
        });

        if (hasChain) {
            result.i = data?.lastEntry?.i || false;
            result.signature = data?.lastEntry?.messageSignature || false;

            if (result?.signature?.status?.result !== 'pass') {
                // no valid ARC-Message-Signature found
                throw createError(`i=${result.i} no valid signature`, 'missing_valid_ams');
            }

            addWarning(warnings, ...(result.signature.status.warnings || []));

            result.authenticationResults = data?.lastEntry?.['arc-authentication-results']?.parsed;

            if (result.authenticationResults) {
                delete result.authenticationResults.i;
                delete result.authenticationResults.header;

                if (result.authenticationResults.value) {
                    let mta = result.authenticationResults.value;
                    delete result.authenticationResults.value;
                    result.authenticationResults = Object.assign({ mta }, result.authenticationResults);
                }

                ['arc', 'spf', 'dmarc'].forEach(key => {
                    if (result.authenticationResults[key]) {
                        let res = result.authenticationResults[key].value;
                        delete result.authenticationResults[key].value;
                        result.authenticationResults[key] = Object.assign({ result: res }, result.authenticationResults[key]);
                    }
                });

                if (result.authenticationResults.dkim && result.authenticationResults.dkim.length) {
                    result.authenticationResults.dkim = result.authenticationResults.dkim.map(entry => {
                        let result = entry.value;
                        delete entry.value;
                        return Object.assign({ result }, entry);
                    });
                }
            }

            status.result = 'pass';
        } else {
            result.i = 0;
            status.result = 'none';
        }
    } catch (err) {
        // all failures are permanent in the scope of ARC
        result.i = data?.lastEntry?.i || false;
        status.result = 'fail';
        // if last entry was listed as passing then add our seal even if the validation failed
        status.shouldSeal = ['pass', 'none'].includes(getCv(data?.lastEntry));

        switch (err.code) {
            case 'invalid_arc_seal':
            case 'failing_arc_seal':
            case 'multiple_arc_keys':
            case 'invalid_arc_count':
            case 'invalid_arc_instance':
            case 'missing_arc_header':
            case 'invalid_cv_value':
            case 'unexpected_as_h_value':
            case 'invalid_ams_h_value':
            case 'missing_valid_ams':
            case 'invalid_arc_tags':
                status.comment = err.message
                    .toLowerCase()
                    .replace(/["'()]/g, ' ')
                    .replace(/\s+/g, ' ')
                    .trim()
                    .substr(0, 128);
                break;

            case 'ENOTFOUND':
            case 'ENODATA':
            case 'EINVALIDVER':
            case 'EINVALIDTYPE':
            case 'EINVALIDVAL':
            case 'EINVALIDHASH':
            case 'EINVALIDSERVICE':
                if (err.queryDomain) {
                    status.comment = `${KEY_ERROR_COMMENTS.get(err.code)} for ${err.queryDomain}`;
                }
                break;

            case 'EINVALIDKEYALGO':
                if (err.queryDomain) {
                    status.comment = `inappropriate key algorithm for ${err.queryDomain}`;
                }
                break;

            case 'ESHORTKEY':
                status.policy = { 'dkim-rules': 'weak-key' };
                if (err.queryDomain) {
                    status.comment = `weak key for ${err.queryDomain}`;
                }
                break;
        }
    }

    if (strict && opts.ip && isIP(opts.ip.toString())) {
        // RFC 8617 section 6: smtp.remote-ip SHOULD be recorded
        status.smtp = { 'remote-ip': opts.ip.toString() };
    }

    // The strict mode reports arc=none as well (RFC 8617 section 5.2 step 1 and section 6), the
    // lenient mode leaves it out of the Authentication-Results header as it always has
    if (status.result !== 'none' || strict) {
        if (status.result === 'pass' && result.authenticationResults) {
            let comment = [`i=${result.i}`, result.authenticationResults.spf ? `spf=${result.authenticationResults.spf.result}` : false];

            if (result.authenticationResults.dkim && result.authenticationResults.dkim.length) {
                for (let entry of result.authenticationResults.dkim) {
                    comment.push(`dkim=${entry.result}`);
                    // a crafted dotted key (header.i.x=1) parses into an object, not a string
                    if (typeof entry?.header?.i === 'string') {
                        comment.push(`dkdomain=${entry.header.i.replace(/^@/, '')}`);
                    }
                }
            }

            if (result.authenticationResults.dmarc) {
                comment.push(`dmarc=${result.authenticationResults.dmarc.result}`);
                if (typeof result.authenticationResults.dmarc?.header?.from === 'string') {
                    comment.push(`fromdomain=${result.authenticationResults.dmarc.header.from}`);
                }
            }

            status.comment = comment.filter(v => v).join(' ');
        }

        result.info = formatAuthHeaderRow('arc', status, { strict });
    }

    if (warnings.length && status.result !== 'fail') {
        // never rendered into the Authentication-Results header
        result.warnings = warnings;
    }

    return result;
};

const sealError = (seal, err) => ({
    type: 'ARC',
    selector: seal?.selector,
    signingDomain: seal?.signingDomain,
    err
});

// whether an option has a value, false and an empty string mean that it is not set
const isSet = value => typeof value !== 'undefined' && value !== null && value !== false && value !== '';

/**
 * Creates an ARC set (RFC 8617 section 5.1) for a message
 *
 * @param {ReadableStream|Buffer|String|false} input The message, or false to use `data.headers`
 *        and `seal.bodyHash` instead
 * @param {Object} data { headers, arc, seal, strict }
 * @returns {Object} { headers, errors, warnings }. `headers` is empty when no set was created,
 *          and `errors` says why
 */
const createSeal = async (input, data) => {
    let { headers, arc, seal } = data;
    let bodyHash = seal?.bodyHash;

    const strict = !!(data.strict || seal?.strict);
    const warnings = [];
    const warn = warning => addWarning(warnings, warning);

    let dkimSigner;
    // the signer's warnings first, then the ones of the seal, each listed once
    const collectWarnings = () => addWarning([].concat(dkimSigner?.warnings || []), ...warnings);

    const refuse = (message, code) => ({ headers: [], errors: [sealError(seal, createError(message, code))], warnings: collectWarnings() });

    // Caller input that can only produce an ARC set every validator rejects is refused in
    // every mode
    let explicitInstance = isSet(seal.i);
    if (explicitInstance) {
        let instance = Number(seal.i);
        if (!Number.isInteger(instance) || instance < 1 || instance > MAX_ARC_INSTANCE) {
            // RFC 8617 section 4.2.1, instance values range from 1 to 50
            return refuse(`ARC instance ${JSON.stringify(seal.i)} is out of range (1-${MAX_ARC_INSTANCE})`, 'EINVALIDINSTANCE');
        }
        seal.i = instance;
    }

    let cv = false;
    if (isSet(seal.cv)) {
        cv = seal.cv.toString().toLowerCase().trim();
        if (!CHAIN_STATUS.includes(cv)) {
            return refuse(`Invalid cv value ${JSON.stringify(seal.cv)} (expecting "none", "pass" or "fail")`, 'EINVALIDCV');
        }
    }

    let algorithm = false;
    if (seal.algorithm) {
        algorithm = seal.algorithm.toString().toLowerCase().trim();
        try {
            // rsa-sha256 or ed25519-sha256, no validator accepts an ARC signature made with sha1
            validateAlgorithm(algorithm, true);
        } catch (err) {
            return refuse(`Unsupported ARC algorithm ${JSON.stringify(seal.algorithm)}`, 'EINVALIDALGO');
        }
    }

    // Step 1. Calculate ARC-Message-Signature
    dkimSigner = new DkimSigner({
        // headers and bodyHash are prepared values if we do not have the source message anymore
        headers,
        bodyHash: seal.bodyHash,

        signTime: seal.signTime,

        // which headers to sign
        headerList: seal.headerList,

        strict,

        arc: {
            instance: seal.i,
            // follows the key type when not set
            algorithm,
            signingDomain: seal.signingDomain,
            selector: seal.selector,
            privateKey: seal.privateKey
        },

        getARChain, // pass as a property so we do not have to use circular require()

        // a set without an explicit instance follows the highest existing one, the same
        // value is used for the ARC-Seal below
        getArcInstance: hdrs => getArcPosition(hdrs, (arc || dkimSigner.arc)?.chain).highest + 1
    });

    if (input) {
        await writeToStream(dkimSigner, input);

        let { hashAlgo } = dkimSigner.getAlgorithm(seal);
        let { bodyCanon } = dkimSigner.getCanonicalization(seal);

        let hashKey = `${bodyCanon}:${hashAlgo}:`;

        bodyHash = dkimSigner.bodyHashes.get(hashKey)?.hash;

        headers = dkimSigner.headers;
        arc = arc || dkimSigner.arc;
    } else {
        // this gives us dkimSigner.arc.messageSignature
        await dkimSigner.finalize();
    }

    let { highest, latestCv } = getArcPosition(headers, arc?.chain);

    if (!explicitInstance) {
        if (highest >= MAX_ARC_INSTANCE) {
            // RFC 8617 section 4.2.1, instance values range from 1 to 50. A 51st set would make
            // the whole chain invalid for every validator, so the message is not sealed
            return refuse(`Can not add ARC set i=${highest + 1}, the chain already has ${highest} sets`, 'EINVALIDINSTANCE');
        }
        seal.i = highest + 1;
    }

    // RFC 8617 section 5.1 step 2: a chain whose newest seal says cv=fail is not sealed again
    if (latestCv === 'fail') {
        return refuse(`The newest ARC-Seal (i=${highest}) has cv=fail, the chain can not be sealed again`, 'EARCCHAINFAILED');
    }

    // RFC 8617 section 5.1 step 3: the next instance follows the highest existing one
    if (seal.i <= highest) {
        // a second set with the same instance makes the whole chain invalid
        return refuse(`ARC instance ${seal.i} already exists on the message (highest instance ${highest})`, 'EINVALIDINSTANCE');
    }

    if (seal.i !== highest + 1) {
        // an explicit instance that leaves a gap, which no validator accepts
        if (strict) {
            return refuse(`ARC instance ${seal.i} does not follow the highest existing instance ${highest}`, 'EINVALIDINSTANCE');
        }
        warn('arc-instance-gap');
    }

    if (!cv) {
        if (seal.i !== 1) {
            // there is no way to tell here whether the chain validated
            return refuse(`A cv value is required for ARC instance ${seal.i}`, 'EINVALIDCV');
        }
        // RFC 8617 section 4.4, there was no chain
        cv = 'none';
    }

    if ((seal.i === 1) !== (cv === 'none')) {
        // RFC 8617 section 5.2 step 3.C: cv=none for i=1, pass or fail for every later set
        if (strict) {
            return refuse(`cv=${cv} is not valid for ARC instance ${seal.i}`, 'EINVALIDCV');
        }
        warn('arc-cv-instance');
    }

    if (cv === 'pass' && seal.i > 1 && !arc?.chain?.length) {
        // a cv=pass seal signs the whole chain (RFC 8617 section 5.1.1), and there is no valid
        // chain on the message to sign
        return refuse(`cv=pass needs a valid ARC chain to seal`, 'EINVALIDCV');
    }

    const messageSignature = dkimSigner.arc?.messageSignature;
    if (!messageSignature) {
        // The ARC-Message-Signature is missing whenever signing it failed, an unusable key
        // being the usual reason. There is no ARC set to seal then: sealing anyway hashes
        // a header that does not exist and puts an empty line into the header block, which
        // ends it early for everything downstream
        return { headers: [], errors: dkimSigner.errors, warnings: collectWarnings() };
    }

    const authResults = `ARC-Authentication-Results: i=${seal.i}; ${seal.authResults}`;

    // the ARC-Seal uses the algorithm of the ARC-Message-Signature, which follows the key type
    // when no algorithm was given
    let sealAlgorithm = (parseDkimHeaders(messageSignature)?.parsed?.a?.value || algorithm || 'rsa-sha256').toString().toLowerCase();

    // Step 2. Calculate ARC-Seal
    let arcSeal;
    try {
        arcSeal = await signAS(
            arc?.chain || [],
            {
                'arc-authentication-results': authResults,
                'arc-message-signature': messageSignature
            },
            {
                instance: seal.i,
                algorithm: sealAlgorithm,
                signingDomain: seal.signingDomain,
                selector: seal.selector,
                bodyHash,
                cv,
                signTime: seal.signTime,
                privateKey: seal.privateKey
            }
        );
    } catch (err) {
        return { headers: [], errors: dkimSigner.errors.concat(sealError(seal, err)), warnings: collectWarnings() };
    }

    return {
        headers: [arcSeal, messageSignature, authResults],
        errors: dkimSigner.errors,
        warnings: collectWarnings()
    };
};

const sealMessage = async (input, seal) => {
    const { headers } = await createSeal(input, { seal });
    return headers.length ? Buffer.from(headers.join('\r\n') + '\r\n') : Buffer.from('');
};

module.exports = { getARChain, verifyASChain, arc, createSeal, sealMessage };


/***/ }),

/***/ 1230:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {



const { SimpleHash } = __webpack_require__(6470);
const { RelaxedHash } = __webpack_require__(505);
const { Transform } = __webpack_require__(7075);

const dkimBody = (canonicalization, ...options) => {
    canonicalization = (canonicalization || 'simple/simple').toString().split('/').pop().toLowerCase().trim();
    switch (canonicalization) {
        case 'simple':
            return new SimpleHash(...options);
        case 'relaxed':
            return new RelaxedHash(...options);
        default: {
            let error = new Error('Unknown body canonicalization');
            error.canonicalization = canonicalization;
            throw error;
        }
    }
};

class BodyHashStream extends Transform {
    constructor(canonicalization, ...options) {
        super();

        this.byteLength = 0;

        this.hasher = dkimBody(canonicalization, ...options);

        this.bodyHash = null;
    }

    _transform(chunk, encoding, done) {
        if (!chunk || !chunk.length) {
            return done();
        }

        if (typeof chunk === 'string') {
            chunk = Buffer.from(chunk, encoding);
        }

        this.byteLength += chunk.length;

        this.hasher.update(chunk);
        this.push(chunk);

        done();
    }

    _flush(done) {
        this.bodyHash = this.hasher.digest('base64');
        this.emit('hash', this.bodyHash);
        done();
    }
}

module.exports = { dkimBody, BodyHashStream };


/***/ }),

/***/ 2711:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {



const { Buffer } = __webpack_require__(4573);

const CHAR_CR = 0x0d;
const CHAR_LF = 0x0a;

// A run of line endings at the end of the body is held back until it is known whether any
// content follows it, because RFC 6376 drops it if none does. Both canonicalizations count
// the CRLF pairs in that run instead of keeping the buffers they arrived in: the message
// parser hands over one small buffer per line, and each of those pins the whole pool it
// was allocated from, so a body of nothing but line breaks was retained about two hundred
// times over. The pairs are written back out from this one shared buffer, which is built
// with Buffer.alloc because Buffer.from would pool it and pin a slab for the same reason
const EMPTY_LINE_BATCH = 512;
const CRLF_RUN = Buffer.alloc(EMPTY_LINE_BATCH * 2);
for (let i = 0; i < CRLF_RUN.length; i += 2) {
    CRLF_RUN[i] = CHAR_CR;
    CRLF_RUN[i + 1] = CHAR_LF;
}

const CRLF = CRLF_RUN.subarray(0, 2);

// Calls back with every held back CRLF pair, in batches. The caller owns the counter and
// has to clear it
const eachHeldLineBreak = (count, fn) => {
    while (count > 0) {
        let batch = Math.min(count, EMPTY_LINE_BATCH);
        fn(CRLF_RUN.subarray(0, batch * 2));
        count -= batch;
    }
};

module.exports = { CHAR_CR, CHAR_LF, CRLF, eachHeldLineBreak };


/***/ }),

/***/ 505:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

/* eslint no-control-regex: 0 */



const { Buffer } = __webpack_require__(4573);
const crypto = __webpack_require__(7598);
const { MimeStructureStartFinder } = __webpack_require__(5941);

const { CHAR_CR, CHAR_LF, CRLF, eachHeldLineBreak } = __webpack_require__(2711);

const CHAR_SPACE = 0x20;
const CHAR_TAB = 0x09;

/**
 * Class for calculating body hash of an email message body stream
 * using the "relaxed" canonicalization
 *
 * @class
 */
class RelaxedHash {
    /**
     * @param {String} [algorithm] Hashing algo, either "sha1" or "sha256"
     * @param {Number} [maxBodyLength] Allowed body length count, the value from the l= parameter
     */
    constructor(algorithm, maxBodyLength) {
        algorithm = (algorithm || 'sha256').split('-').pop().toLowerCase();

        this.bodyHash = crypto.createHash(algorithm);

        this.remainder = false;

        // total body size
        this.byteLength = 0;
        // total canonicalized body size
        this.canonicalizedLength = 0;
        // hashed canonicalized body size (after l= tag)
        this.bodyHashedBytes = 0;

        this.maxBodyLength = maxBodyLength;

        this.maxSizeReached = maxBodyLength === 0;

        // number of empty lines seen at the end of the body so far. They are hashed only
        // once it is known that more content follows them
        this.pendingLineBreaks = 0;

        this.mimeStructureStartFinder = new MimeStructureStartFinder();
    }

    setContentType(contentTypeObj) {
        if (/^multipart\//i.test(contentTypeObj.value) && contentTypeObj.params.boundary) {
            this.mimeStructureStartFinder.setBoundary(contentTypeObj.params.boundary);
        }
    }

    _updateBodyHash(chunk) {
        // serach through the entire document, not just signed part
        this.mimeStructureStartFinder.update(chunk);

        this.canonicalizedLength += chunk.length;

        if (this.maxSizeReached) {
            return;
        }

        // the following is needed for the l= option
        if (
            typeof this.maxBodyLength === 'number' &&
            !isNaN(this.maxBodyLength) &&
            this.maxBodyLength >= 0 &&
            this.bodyHashedBytes + chunk.length > this.maxBodyLength
        ) {
            this.maxSizeReached = true;
            if (this.bodyHashedBytes >= this.maxBodyLength) {
                // nothing to do here, skip entire chunk
                return;
            }

            // only use allowed size of bytes
            chunk = chunk.subarray(0, this.maxBodyLength - this.bodyHashedBytes);
        }

        this.bodyHashedBytes += chunk.length;
        this.bodyHash.update(chunk);

        //process.stdout.write(chunk);
    }

    _drainPendingEmptyLines() {
        eachHeldLineBreak(this.pendingLineBreaks, lineBreaks => this._updateBodyHash(lineBreaks));
        this.pendingLineBreaks = 0;
    }

    _pushBodyHash(chunk) {
        if (!chunk || !chunk.length) {
            return;
        }

        // Count the line endings at the end of the chunk: these are the empty lines that
        // are dropped if no more content follows. Everything that reaches this method has
        // already been canonicalized, so the run is always whole CRLF pairs, see
        // ./line-endings for why they are counted rather than kept
        let end = chunk.length;
        while (end >= 2 && chunk[end - 2] === CHAR_CR && chunk[end - 1] === CHAR_LF) {
            end -= 2;
        }

        if (!end) {
            this.pendingLineBreaks += chunk.length / 2;
            return;
        }

        this._drainPendingEmptyLines();
        this.pendingLineBreaks = (chunk.length - end) / 2;

        this._updateBodyHash(chunk.subarray(0, end));
    }

    /**
     * Performs the following modifications for a single line:
     *  - Replace all <LF> chars with <CR><LF>
     *  - Replace all spaces and tabs with a single space.
     *  - Remove trailing whitespace
     * @param {Buffer} line
     * @returns {Buffer} fixed line
     */
    fixLineBuffer(line) {
        // Allocate maximum expected buffer length
        // If the line is only filled with <LF> bytes then we need 2 times the size of the line
        let lineBuf = Buffer.alloc(line.length * 2);
        // Start processing the line from the end to beginning
        let writePos = lineBuf.length - 1;

        let nonWspFound = false;
        let prevWsp = false;

        for (let i = line.length - 1; i >= 0; i--) {
            if (line[i] === CHAR_LF) {
                lineBuf[writePos--] = CHAR_LF;
                lineBuf[writePos--] = CHAR_CR;
                if (i > 0 && line[i - 1] === CHAR_CR) {
                    // the <CR> of the line ending, any other <CR> is content
                    i--;
                }
                // the scan has crossed into the previous line, whose own trailing
                // whitespace has to go the same way
                nonWspFound = false;
                prevWsp = false;
                continue;
            }

            if (line[i] === CHAR_SPACE || line[i] === CHAR_TAB) {
                if (nonWspFound) {
                    prevWsp = true;
                }
                continue;
            }

            if (prevWsp) {
                lineBuf[writePos--] = CHAR_SPACE;
                prevWsp = false;
            }

            nonWspFound = true;
            lineBuf[writePos--] = line[i];
        }

        if (prevWsp && nonWspFound) {
            lineBuf[writePos--] = CHAR_SPACE;
        }

        return lineBuf.subarray(writePos + 1);
    }

    update(chunk, final) {
        this.byteLength += (chunk && chunk.length) || 0;
        // The body is canonicalized to the end even once the l= limit has been reached.
        // Nothing past the limit is hashed (_updateBodyHash stops that), but it is counted in
        // canonicalizedLength, which is how the unsigned content after l= is reported

        // Canonicalize content by applying a and b in order:
        // a.1. Ignore all whitespace at the end of lines.
        // a.2. Reduce all sequences of WSP within a line to a single SP character.

        // b.1. Ignore all empty lines at the end of the message body.
        // b.2. If the body is non-empty but does not end with a CRLF, a CRLF is added.

        let lineEndPos = -1;
        let lineNeedsFixing = false;
        let cursorPos = 0;

        if (this.remainder && this.remainder.length) {
            if (chunk) {
                // concatting chunks might be bad for performance :S
                chunk = Buffer.concat([this.remainder, chunk]);
            } else {
                chunk = this.remainder;
            }
            this.remainder = false;
        }

        if (chunk && chunk.length) {
            for (let pos = 0; pos < chunk.length; pos++) {
                switch (chunk[pos]) {
                    case CHAR_LF:
                        if (
                            !lineNeedsFixing &&
                            // previous character is not <CR>
                            ((pos >= 1 && chunk[pos - 1] !== CHAR_CR) ||
                                // LF is the first byte on the line
                                pos === 0 ||
                                // there's a space before line break
                                (pos >= 2 && chunk[pos - 1] === CHAR_CR && chunk[pos - 2] === CHAR_SPACE))
                        ) {
                            lineNeedsFixing = true;
                        }

                        // line break
                        if (lineNeedsFixing) {
                            // emit pending bytes up to the last line break before current line
                            if (lineEndPos >= 0 && lineEndPos >= cursorPos) {
                                let chunkPart = chunk.subarray(cursorPos, lineEndPos + 1);
                                this._pushBodyHash(chunkPart);
                            }

                            let line = chunk.subarray(lineEndPos + 1, pos + 1);
                            this._pushBodyHash(this.fixLineBuffer(line));

                            lineNeedsFixing = false;

                            // move cursor to the start of next line
                            cursorPos = pos + 1;
                        }

                        lineEndPos = pos;

                        break;

                    case CHAR_SPACE:
                        if (!lineNeedsFixing && pos && chunk[pos - 1] === CHAR_SPACE) {
                            lineNeedsFixing = true;
                        }
                        break;

                    case CHAR_TAB:
                        // non-space WSP always needs replacing
                        lineNeedsFixing = true;
                        break;

                    default:
                }
            }
        }

        if (chunk && cursorPos < chunk.length && cursorPos !== lineEndPos) {
            // emit data from chunk

            let chunkPart = chunk.subarray(cursorPos, lineEndPos + 1);

            if (chunkPart.length) {
                // batch contains only complete lines verified as not needing fixing at their LFs
                this._pushBodyHash(chunkPart);
            }

            cursorPos = lineEndPos + 1;
        }

        if (chunk && !final && cursorPos < chunk.length) {
            this.remainder = chunk.subarray(cursorPos);
        }

        if (final) {
            let chunkPart = (cursorPos && chunk && chunk.subarray(cursorPos)) || chunk;
            if (chunkPart && chunkPart.length) {
                // The last line has no line ending, so the scan above never looked at its
                // trailing whitespace. A single trailing space is the only thing it can
                // have missed: a run of them, and an HTAB anywhere, both set
                // lineNeedsFixing, and nothing clears it again before the end of the line
                this._pushBodyHash(lineNeedsFixing || chunkPart[chunkPart.length - 1] === CHAR_SPACE ? this.fixLineBuffer(chunkPart) : chunkPart);
            }

            if (this.canonicalizedLength) {
                // terminating line break for non-empty messages. A body with content is non-empty
                // even when l= keeps all of it out of the hash
                this._updateBodyHash(CRLF);
            }
        }
    }

    digest(encoding) {
        this.update(null, true);

        // finalize
        return this.bodyHash.digest(encoding);
    }

    getMimeStructureStart() {
        return this.mimeStructureStartFinder.getMimeStructureStart();
    }
}

module.exports = { RelaxedHash };


/***/ }),

/***/ 6470:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {



const { Buffer } = __webpack_require__(4573);
const crypto = __webpack_require__(7598);
const { MimeStructureStartFinder } = __webpack_require__(5941);

const { CHAR_CR, CHAR_LF, CRLF, eachHeldLineBreak } = __webpack_require__(2711);

/**
 * Class for calculating body hash of an email message body stream
 * using the "simple" canonicalization
 *
 * @class
 */
class SimpleHash {
    /**
     * @param {String} [algorithm] Hashing algo, either "sha1" or "sha256"
     * @param {Number} [maxBodyLength] Allowed body length count, the value from the l= parameter
     */
    constructor(algorithm, maxBodyLength) {
        algorithm = (algorithm || 'sha256').split('-').pop();
        this.bodyHash = crypto.createHash(algorithm);

        // line endings at the end of the body, held back until it is known whether content
        // follows them. Whole CRLF pairs are only counted, see ./line-endings
        this.remainder = [];
        this.pendingLineBreaks = 0;

        // total body size
        this.byteLength = 0;
        // total canonicalized body size
        this.canonicalizedLength = 0;
        // hashed canonicalized body size (after l= tag)
        this.bodyHashedBytes = 0;

        this.maxBodyLength = maxBodyLength;
        this.maxSizeReached = maxBodyLength === 0;

        this.mimeStructureStartFinder = new MimeStructureStartFinder();
    }

    setContentType(contentTypeObj) {
        if (/^multipart\//i.test(contentTypeObj.value) && contentTypeObj.params.boundary) {
            this.mimeStructureStartFinder.setBoundary(contentTypeObj.params.boundary);
        }
    }

    _updateBodyHash(chunk) {
        // serach through the entire document, not just signed part
        this.mimeStructureStartFinder.update(chunk);

        this.canonicalizedLength += chunk.length;

        if (this.maxSizeReached) {
            return;
        }

        // the following is needed for l= option
        if (
            typeof this.maxBodyLength === 'number' &&
            !isNaN(this.maxBodyLength) &&
            this.maxBodyLength >= 0 &&
            this.bodyHashedBytes + chunk.length > this.maxBodyLength
        ) {
            this.maxSizeReached = true;
            if (this.bodyHashedBytes >= this.maxBodyLength) {
                // nothing to do here, skip entire chunk
                return;
            }

            // only use allowed size of bytes
            chunk = chunk.slice(0, this.maxBodyLength - this.bodyHashedBytes);
        }

        this.bodyHashedBytes += chunk.length;
        this.bodyHash.update(chunk);

        //process.stdout.write(chunk);
    }

    update(chunk) {
        if (!chunk || !chunk.length) {
            return;
        }

        this.byteLength += chunk.length;
        // keeps reading past the l= limit, see RelaxedHash.update() for why

        // Find the line endings at the end of the chunk. They may be the *CRLF that ends
        // the body, which digest() collapses, and a trailing <CR> may still pair up with
        // an <LF> that opens the next chunk, so whether they are line endings is only
        // known once something follows them. Peeling whole CRLF pairs first is what tells
        // _holdBack the run can be counted rather than kept, without a second pass over it
        let pairEnd = chunk.length;
        while (pairEnd >= 2 && chunk[pairEnd - 2] === CHAR_CR && chunk[pairEnd - 1] === CHAR_LF) {
            pairEnd -= 2;
        }

        let end = pairEnd;
        while (end > 0 && (chunk[end - 1] === CHAR_LF || chunk[end - 1] === CHAR_CR)) {
            end -= 1;
        }

        if (end) {
            this._drainHeldLineEndings();
            this._updateBodyHash(chunk.subarray(0, end));
        }

        if (end < chunk.length) {
            this._holdBack(chunk, end, pairEnd);
        }
    }

    _holdBack(chunk, end, pairEnd) {
        if (!this.remainder.length && end === pairEnd) {
            // nothing but whole CRLF pairs, and nothing kept before them to stay behind
            this.pendingLineBreaks += (chunk.length - pairEnd) / 2;
            return;
        }

        // a lone <CR> or <LF> the counter can not stand in for, so keep the exact bytes.
        // Anything counted so far stays counted, it comes first either way
        this.remainder.push(chunk.subarray(end));
    }

    _drainHeldLineEndings() {
        eachHeldLineBreak(this.pendingLineBreaks, lineBreaks => this._updateBodyHash(lineBreaks));
        this.pendingLineBreaks = 0;

        for (let heldChunk of this.remainder) {
            this._updateBodyHash(heldChunk);
        }
        this.remainder = [];
    }

    digest(encoding) {
        // RFC 6376 section 3.4.3: "simple" makes no changes to the body beyond converting
        // the *CRLF at its end to a single CRLF. A <CR> that no <LF> follows does not end
        // a line, so it is body content and stays where it is. A lone <LF> is taken as a
        // line ending, the same way RelaxedHash takes it, and mailauth's message parser
        // has already rewritten those to CRLF for anything read off the wire
        let trailer = this.remainder.length === 1 ? this.remainder[0] : Buffer.concat(this.remainder);
        let end = trailer.length;
        while (end > 0 && trailer[end - 1] === CHAR_LF) {
            end -= 1;
            if (end > 0 && trailer[end - 1] === CHAR_CR) {
                end -= 1;
            }
        }

        if (end) {
            // content survived among the kept bytes, so the pairs counted before them are
            // inside the body rather than at its end and have to be hashed after all
            eachHeldLineBreak(this.pendingLineBreaks, lineBreaks => this._updateBodyHash(lineBreaks));
            this._updateBodyHash(trailer.subarray(0, end));
        }
        // whatever is still held is the *CRLF at the end of the body, and collapses below
        this.pendingLineBreaks = 0;

        // a body with no trailing CRLF, and an empty body, both get one
        this._updateBodyHash(CRLF);

        return this.bodyHash.digest(encoding);
    }

    getMimeStructureStart() {
        return this.mimeStructureStartFinder.getMimeStructureStart();
    }
}

module.exports = { SimpleHash };


/***/ }),

/***/ 7365:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {



const {
    getSigningHeaderLines,
    formatSignatureHeaderLine,
    defaultDKIMFieldNames,
    defaultARCFieldNames,
    validateAlgorithm,
    getPrivateKey,
    getCurTime,
    toALabel,
    isSameOrSubdomain,
    addWarning,
    createError,
    splitAlgorithm
} = __webpack_require__(3594);
const { DOMAIN_NAME, SELECTOR, MAX_ARC_INSTANCE, ARC_HEADER_KEYS } = __webpack_require__(2);
const { MessageParser } = __webpack_require__(9988);
const { dkimBody } = __webpack_require__(1230);
const { generateCanonicalizedHeader } = __webpack_require__(7339);
const crypto = __webpack_require__(7598);

// Characters that can never be in a tag value (RFC 6376 section 3.2): the semicolon ends the
// tag, and whitespace, CR and LF would change the header itself. Anything that is not
// printable ASCII once converted to an A-label is not a DNS name either
const UNSAFE_TAG_VALUE = /[^\x21-\x3a\x3c-\x7e]/;
// t= and x= are 1*12DIGIT (RFC 6376 section 3.5)
const MAX_TIMESTAMP = 999999999999;

// RFC 8617 section 4.1.2: header fields an ARC-Message-Signature never covers
const ARC_EXCLUDED_FIELDS = [...ARC_HEADER_KEYS, 'authentication-results'];

// RFC 8301 section 3.2: signers MUST use RSA keys of at least 1024 bits
const MIN_RSA_KEY_SIZE = 1024;

// Turns a header list option (a colon separated string or an array of names) into the
// colon separated string getSigningHeaderLines expects, or false if there is none
const normalizeHeaderList = headerList => {
    if (Array.isArray(headerList)) {
        headerList = headerList
            .map(entry => (entry || '').toString().trim())
            .filter(entry => entry)
            .join(':');
    }
    return typeof headerList === 'string' && headerList.trim() ? headerList : false;
};

class DkimSigner extends MessageParser {
    constructor(options) {
        super();

        let { canonicalization, algorithm, signTime, headerList, signatureData, arc, bodyHash, headers, getARChain, getArcInstance, expires, strict } =
            options || {};

        this.algorithm = algorithm || false;
        this.canonicalization = canonicalization || 'relaxed/relaxed';

        // follow RFC 6376 and RFC 8301 exactly instead of the lenient defaults
        this.strict = !!strict;

        this.errors = [];
        // what was signed although the strict mode would have refused it, as short codes
        this.warnings = [];

        this.expires = expires;
        this.signTime = signTime;

        this.headerList = normalizeHeaderList(headerList);

        this.signatureData = [].concat(signatureData || []).map(entry => {
            entry.type = 'DKIM';
            return entry;
        });

        this.signatureHeaders = [];

        this.arc = Object.assign({ chain: false }, arc);
        this.getARChain = getARChain;
        // decides the instance of an ARC set that has none set, from the message headers
        this.getArcInstance = getArcInstance;
        if (this.arc.signingDomain && this.arc.selector && this.arc.privateKey) {
            this.signatureData.push({
                type: 'ARC',
                signingDomain: this.arc.signingDomain, // d=
                selector: this.arc.selector, // s=
                privateKey: this.arc.privateKey,
                canonicalization: 'relaxed/relaxed',
                // rsa-sha256 or ed25519-sha256, follows the key type when not set
                algorithm: this.arc.algorithm || false
            });
        }

        this.bodyHashes = new Map();

        // precalculated hash and headers
        this.bodyHash = bodyHash || null;
        this.headers = headers;

        this.setupHashes();
    }

    warn(warning) {
        addWarning(this.warnings, warning);
    }

    // A rule the strict mode enforces: throws in the strict mode, notes the warning otherwise
    violation(message, code, warning) {
        if (this.strict) {
            throw createError(message, code);
        }
        this.warn(warning);
    }

    getCanonicalization(signatureData) {
        let canonicalization = signatureData?.canonicalization || this.canonicalization;
        let headerCanon = canonicalization.split('/').shift().toLowerCase().trim();
        let bodyCanon = (canonicalization.split('/')[1] || 'simple').toLowerCase().trim();
        return { canonicalization, headerCanon, bodyCanon };
    }

    getAlgorithm(signatureData) {
        // the shared algorithm option is for DKIM signatures, an ARC-Message-Signature has its own
        let algorithm = (signatureData?.algorithm || (signatureData?.type === 'ARC' ? '' : this.algorithm) || '').toLowerCase().trim();
        let { signAlgo, hashAlgo } = splitAlgorithm(algorithm);

        // the signing algorithm defaults to the key type
        return { algorithm, signAlgo: signAlgo || false, hashAlgo: hashAlgo || 'sha256' };
    }

    setupHashes() {
        for (let signatureData of this.signatureData) {
            if (!signatureData.privateKey) {
                continue;
            }

            signatureData.maxBodyLength =
                typeof signatureData.maxBodyLength === 'number' && signatureData.maxBodyLength >= 0 ? signatureData.maxBodyLength : '';

            let { hashAlgo } = this.getAlgorithm(signatureData);
            let { bodyCanon } = this.getCanonicalization(signatureData);

            let hashKey = `${bodyCanon}:${hashAlgo}:${signatureData.maxBodyLength}`;

            if (!this.bodyHashes.has(hashKey)) {
                this.bodyHashes.set(hashKey, {
                    bodyCanon,
                    hashAlgo,
                    hasher: null,
                    hash: this.bodyHash
                });
            }
        }
    }

    validateCanonicalization(canonicalization) {
        try {
            let [header, body] = canonicalization.split('/');

            if (!['relaxed', 'simple'].includes(header)) {
                let error = new Error('Unknown header canonicalization');
                error.canonicalization = header;
                throw error;
            }

            if (!['relaxed', 'simple'].includes(body)) {
                let error = new Error('Unknown body canonicalization');
                error.canonicalization = body;
                throw error;
            }
        } catch (err) {
            err.code = 'EINVALIDCANON';
            throw err;
        }
    }

    // Validates the d= and s= values (RFC 6376 section 3.5) and returns them as A-labels.
    // A value that would break out of its tag or out of the header is refused in every mode
    validateSigningIdentifiers(signatureData) {
        let checks = [
            ['signingDomain', 'd=', DOMAIN_NAME, 'EINVALIDDOMAIN'],
            ['selector', 's=', SELECTOR, 'EINVALIDSELECTOR']
        ];

        for (let [key, tag, format, code] of checks) {
            let value = typeof signatureData[key] === 'string' ? signatureData[key].trim() : '';
            let aLabel = toALabel(value);

            if (!value || UNSAFE_TAG_VALUE.test(aLabel)) {
                let err = new Error(value ? `Invalid ${tag} value ${JSON.stringify(signatureData[key])}` : `Missing ${tag} value`);
                err.code = code;
                throw err;
            }

            if (!format.test(aLabel)) {
                this.violation(`Invalid ${tag} value ${JSON.stringify(signatureData[key])}`, code, key === 'signingDomain' ? 'd-syntax' : 's-syntax');
            }
        }
    }

    // The i= value of a DKIM-Signature, from the `identity` option (RFC 6376 section 3.5)
    getIdentity(signatureData) {
        if (signatureData.type !== 'DKIM' || !signatureData.identity) {
            return false;
        }

        let identity = signatureData.identity.toString().trim();
        let atPos = identity.lastIndexOf('@');
        let domain = atPos >= 0 ? toALabel(identity.substring(atPos + 1)) : '';

        if (atPos < 0 || !domain || /[\s;\x00-\x1f\x7f]/.test(identity)) {
            let err = new Error(`Invalid identity ${JSON.stringify(signatureData.identity)}`);
            err.code = 'EINVALIDIDENTITY';
            throw err;
        }

        if (!isSameOrSubdomain(domain, signatureData.signingDomain)) {
            // "The domain part of the address MUST be the same as, or a subdomain of, the value
            // of the d= tag", or every verifier ignores the signature
            this.violation(`Identity domain is not the same as or a subdomain of ${signatureData.signingDomain}`, 'EINVALIDIDENTITY', 'identity-domain');
        }

        return identity;
    }

    // The t= and x= values in seconds (RFC 6376 section 3.5), false for a tag that is left out
    getTimestamps() {
        let timestamp = Math.floor(getCurTime(this.signTime).getTime() / 1000);
        let expiration = this.expires ? Math.floor(getCurTime(this.expires).getTime() / 1000) : false;

        let validTimestamp = value => Number.isInteger(value) && value >= 0 && value <= MAX_TIMESTAMP;

        if (!validTimestamp(timestamp)) {
            // 1*12DIGIT can not hold a time before 1970 or after the year 33658
            this.violation('Signing time can not be represented in a t= tag', 'EINVALIDTIME', 'invalid-signtime');
            timestamp = false;
        }

        if (expiration !== false && !validTimestamp(expiration)) {
            this.violation('Expiration time can not be represented in an x= tag', 'EINVALIDTIME', 'invalid-expiration');
            expiration = false;
        }

        if (expiration !== false && timestamp !== false && expiration <= timestamp) {
            // "The value of the x= tag MUST be greater than the value of the t= tag"
            this.violation('Expiration time must be later than the signing time', 'EINVALIDTIME', 'invalid-expiration');
        }

        return { timestamp, expiration };
    }

    async messageHeaders(headers) {
        this.headers = headers;

        if (this.getARChain) {
            try {
                this.arc.chain = this.getARChain(headers);
                if (this.arc.chain?.length) {
                    this.arc.lastEntry = this.arc.chain[this.arc.chain.length - 1];
                }
            } catch (err) {
                this.arc.error = err;
            }
        }

        for (let hashKey of this.bodyHashes.keys()) {
            let [bodyCanon, hashAlgo, maxBodyLength] = hashKey.split(':');
            this.bodyHashes.get(hashKey).hasher = dkimBody(bodyCanon, hashAlgo, maxBodyLength ? Number(maxBodyLength) : false);
        }
    }

    async nextChunk(chunk) {
        for (let hashKey of this.bodyHashes.keys()) {
            if (this.bodyHashes.get(hashKey).hasher) {
                this.bodyHashes.get(hashKey).hasher.update(chunk);
            }
        }
    }

    async finalChunk() {
        if (!this.headers) {
            return;
        }

        for (let hashKey of this.bodyHashes.keys()) {
            if (this.bodyHashes.get(hashKey).hasher) {
                this.bodyHashes.get(hashKey).hash = this.bodyHashes.get(hashKey).hasher.digest('base64');
            }
        }

        return this.finalize();
    }

    // The header fields to sign for a signature: its own headerList, the shared one, or the
    // default list of its type. An ARC-Message-Signature never covers ARC header fields or
    // Authentication-Results (RFC 8617 section 4.1.2)
    getFieldNames(signatureData) {
        let fieldNames =
            normalizeHeaderList(signatureData.headerList) || this.headerList || (signatureData.type === 'ARC' ? defaultARCFieldNames : defaultDKIMFieldNames);

        if (signatureData.type === 'ARC') {
            fieldNames = fieldNames
                .split(':')
                .filter(name => !ARC_EXCLUDED_FIELDS.includes(name.trim().toLowerCase()))
                .join(':');
        }

        return fieldNames;
    }

    async finalize() {
        for (let signatureData of this.signatureData || []) {
            if (!signatureData.privateKey) {
                continue;
            }

            const pushError = (err, extra) => {
                this.errors.push(
                    Object.assign(
                        {
                            type: signatureData.type,
                            selector: signatureData.selector,
                            signingDomain: signatureData.signingDomain
                        },
                        extra || {},
                        { err }
                    )
                );
            };

            let signingHeaderLines = getSigningHeaderLines(this.headers.parsed, this.getFieldNames(signatureData));

            if (!signingHeaderLines.headers.some(header => header.key === 'from')) {
                // RFC 6376 section 5.4: the From header field MUST be signed, and section
                // 6.1.1 makes a signature that does not cover it a PERMFAIL for every
                // verifier. Without this an input with no header at all is signed with an
                // empty h= tag, which is not even valid sig-h-tag syntax
                let err = new Error('Can not sign a message that has no From header');
                err.code = 'ENOFROM';
                pushError(err);
                continue;
            }

            let identity, timestamps, instance;
            try {
                // throws on a value that is not safe to put into the header
                this.validateSigningIdentifiers(signatureData);
                identity = this.getIdentity(signatureData);
                timestamps = this.getTimestamps();

                if (signatureData.type === 'ARC') {
                    // createSeal decides where a set without an explicit instance goes
                    instance = this.arc.instance || (this.getArcInstance ? this.getArcInstance(this.headers) : 1);
                    if (!Number.isInteger(instance) || instance < 1 || instance > MAX_ARC_INSTANCE) {
                        // RFC 8617 section 4.2.1, an ARC chain holds at most 50 sets
                        let err = new Error(`ARC instance ${instance} is out of range (1-${MAX_ARC_INSTANCE})`);
                        err.code = 'EINVALIDINSTANCE';
                        throw err;
                    }
                }
            } catch (err) {
                pushError(err);
                continue;
            }

            let { algorithm, signAlgo, hashAlgo } = this.getAlgorithm(signatureData);
            let { canonicalization, bodyCanon } = this.getCanonicalization(signatureData);

            try {
                // throws if invalid
                this.validateCanonicalization(canonicalization);
            } catch (err) {
                this.errors.push({
                    algorithm,
                    canonicalization,
                    selector: signatureData.selector,
                    signingDomain: signatureData.signingDomain,
                    err
                });
                continue;
            }

            let privateKeyObj;

            try {
                privateKeyObj = getPrivateKey(signatureData.privateKey);
            } catch (err) {
                this.errors.push({
                    selector: signatureData.selector,
                    signingDomain: signatureData.signingDomain,
                    err
                });
                continue;
            }

            let hashKey = `${bodyCanon}:${hashAlgo}:${signatureData.maxBodyLength}`;

            try {
                let keyType = privateKeyObj.asymmetricKeyType;
                if (signAlgo && keyType !== signAlgo) {
                    // invalid key type
                    let err = new Error(`Invalid key type: "${keyType}" (expecting "${signAlgo}")`);
                    err.code = 'EINVALIDTYPE';
                    throw err;
                }

                if (!['rsa', 'ed25519'].includes(keyType)) {
                    let err = new Error(`Unsupported key type: "${keyType}"`);
                    err.code = 'EINVALIDTYPE';
                    throw err;
                }

                if (!signAlgo) {
                    signAlgo = keyType;
                }

                algorithm = `${signAlgo}-${hashAlgo}`;

                if (keyType === 'rsa' && privateKeyObj.asymmetricKeyDetails?.modulusLength < MIN_RSA_KEY_SIZE) {
                    // RFC 8301 section 3.2, verifiers MUST NOT accept such a signature
                    this.violation(
                        `RSA key too short (${privateKeyObj.asymmetricKeyDetails.modulusLength} bits, at least ${MIN_RSA_KEY_SIZE} required)`,
                        'ESHORTKEY',
                        'weak-key'
                    );
                }
            } catch (err) {
                this.errors.push({
                    selector: signatureData.selector,
                    signingDomain: signatureData.signingDomain,
                    err
                });
                continue;
            }

            try {
                if (this.strict && hashAlgo === 'sha1') {
                    // RFC 8301 section 3.1, "rsa-sha1 MUST NOT be used for signing"
                    let err = new Error('rsa-sha1 is not allowed for signing');
                    err.code = 'EINVALIDALGO';
                    throw err;
                }

                // throws if invalid, also for ed25519-sha1, which is not an algorithm. ARC
                // signatures are never made with sha1, no ARC validator accepts them
                validateAlgorithm(algorithm, signatureData.type === 'ARC');

                if (hashAlgo === 'sha1') {
                    this.warn('rsa-sha1');
                }
            } catch (err) {
                this.errors.push({
                    algorithm,
                    canonicalization,
                    selector: signatureData.selector,
                    signingDomain: signatureData.signingDomain,
                    err
                });
                continue;
            }

            let { canonicalizedHeader, dkimHeaderOpts } = generateCanonicalizedHeader(
                signatureData.type,
                signingHeaderLines,
                Object.assign(
                    {},
                    signatureData,
                    {
                        instance: signatureData.type === 'ARC' ? instance : false, // ARC only
                        identity, // DKIM only
                        algorithm,
                        canonicalization: this.getCanonicalization(signatureData).canonicalization,

                        signTime: this.signTime,
                        expires: this.expires,
                        timestamp: timestamps.timestamp,
                        expiration: timestamps.expiration,

                        bodyHash: this.bodyHashes.has(hashKey) ? this.bodyHashes.get(hashKey).hash : null
                    },

                    // value for the l= tag (if needed)
                    typeof signatureData.maxBodyLength === 'number'
                        ? {
                              bodyHashedBytes: this.bodyHashes.get(hashKey).hasher.bodyHashedBytes,
                              canonicalizedLength: this.bodyHashes.get(hashKey).hasher.canonicalizedLength,
                              sourceBodyLength: this.bodyHashes.get(hashKey).hasher.byteLength
                          }
                        : {}
                )
            );

            try {
                let signature = crypto
                    .sign(
                        // use `null` as algorithm to detect it from the key file
                        signAlgo === 'rsa' ? algorithm : null,
                        signAlgo === 'rsa' ? canonicalizedHeader : crypto.createHash('sha256').update(canonicalizedHeader).digest(),
                        privateKeyObj
                    )
                    .toString('base64');

                dkimHeaderOpts.b = signature;

                const signatureHeaderLine = formatSignatureHeaderLine(signatureData.type, dkimHeaderOpts, true);

                switch (signatureData.type) {
                    case 'ARC':
                        this.arc.messageSignature = signatureHeaderLine;
                        break;

                    case 'DKIM':
                    default:
                        this.signatureHeaders.push(signatureHeaderLine);
                        break;
                }
            } catch (err) {
                this.errors.push({
                    type: signatureData.type,
                    algorithm,
                    selector: signatureData.selector,
                    signingDomain: signatureData.signingDomain,
                    err
                });
            }
        }
    }
}

module.exports = { DkimSigner };


/***/ }),

/***/ 5737:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {



const { Buffer } = __webpack_require__(4573);
const {
    getSigningHeaderLines,
    parseDkimHeaders,
    formatAuthHeaderRow,
    getAlignment,
    getCurTime,
    toALabel,
    normalizeDomainName,
    isSameOrSubdomain,
    addWarning,
    KEY_ERROR_COMMENTS,
    splitAlgorithm,
    isSupportedAlgorithm,
    createKeyCache
} = __webpack_require__(3594);
const { DOMAIN_NAME, SELECTOR, TIMESTAMP, BODY_LENGTH } = __webpack_require__(2);
const { MessageParser } = __webpack_require__(9988);
const { dkimBody } = __webpack_require__(1230);
const { generateCanonicalizedHeader } = __webpack_require__(7339);
const { getARChain } = __webpack_require__(4006);
const addressparser = __webpack_require__(8172);
const crypto = __webpack_require__(7598);
const libmime = __webpack_require__(3063);

// RFC 6376 section 3.5 syntax, used by the strict mode
// sig-a-tag-alg = sig-a-tag-k "-" sig-a-tag-h, both ALPHA *(ALPHA / DIGIT)
const ALGORITHM = /^[A-Za-z][A-Za-z0-9]*-[A-Za-z][A-Za-z0-9]*$/;
// RFC 5322 dot-atom-text with the UTF-8 of RFC 6531, or a quoted-string, for the i= local-part
const LOCAL_PART = /^(?:(?:[A-Za-z0-9!#$%&'*+\-/=?^_`{|}~]|[^\x00-\x7f])+(?:\.(?:[A-Za-z0-9!#$%&'*+\-/=?^_`{|}~]|[^\x00-\x7f])+)*|"(?:[^"\\\r\n]|\\.)*")$/;

// Required tags of a DKIM-Signature (RFC 6376 section 3.5)
const REQUIRED_DKIM_TAGS = ['v', 'a', 'b', 'bh', 'd', 'h', 's'];

// Decodes dkim-quoted-printable (RFC 6376 section 2.11), used by the i= tag. FWS is not part
// of the value
const decodeDkimQuotedPrintable = value => {
    let bytes = Buffer.from((value || '').toString().replace(/[ \t\r\n]+/g, ''), 'utf8');
    let decoded = [];
    for (let i = 0; i < bytes.length; i++) {
        if (bytes[i] === 0x3d && i + 2 < bytes.length && /^[0-9A-Fa-f]{2}$/.test(bytes.subarray(i + 1, i + 3).toString())) {
            decoded.push(parseInt(bytes.subarray(i + 1, i + 3).toString(), 16));
            i += 2;
        } else {
            decoded.push(bytes[i]);
        }
    }
    return Buffer.from(decoded).toString('utf8');
};

class DkimVerifier extends MessageParser {
    constructor(options) {
        super();

        this.options = options || {};
        this.resolver = this.options.resolver;
        this.minBitLength = this.options.minBitLength;

        // follow RFC 6376, RFC 8301 and RFC 8463 exactly instead of the lenient defaults
        this.strict = !!this.options.strict;

        // RFC 8301 section 3.1 on its own, without the rest of the strict mode
        this.rejectRsaSha1 = this.strict || !!this.options.rejectRsaSha1;

        this.curTime = getCurTime(this.options.curTime);

        this.results = [];

        this.signatureHeaders = [];
        this.bodyHashes = new Map();

        this.headerFrom = [];
        this.fromFields = 0;
        this.envelopeFrom = false;

        // ARC verification info, `warnings` lists what the lenient mode accepted in the chain
        this.arc = { chain: false, warnings: [] };

        // one key lookup per key record for the message. The ARC validation reuses it through
        // the (hidden) keyCache property of the ARC data
        this.keyCache = createKeyCache(this.resolver);
        Object.defineProperty(this.arc, 'keyCache', { value: this.keyCache, enumerable: false, configurable: true, writable: true });

        // should we also seal this message using ARC
        this.seal = this.options.seal;

        if (this.seal) {
            // calculate body hash for the seal
            let bodyCanon = 'relaxed';
            let hashAlgo = 'sha256';
            this.sealBodyHashKey = `${bodyCanon}:${hashAlgo}:`;
            this.bodyHashes.set(this.sealBodyHashKey, dkimBody(bodyCanon, hashAlgo, false));
        }
    }

    async messageHeaders(headers) {
        this.headers = headers;

        try {
            this.arc.chain = getARChain(headers, { strict: this.strict, warnings: this.arc.warnings });
            if (this.arc.chain?.length) {
                this.arc.lastEntry = this.arc.chain[this.arc.chain.length - 1];
            }
        } catch (err) {
            this.arc.error = err;
        }

        this.signatureHeaders = headers.parsed
            .filter(h => h.key === 'dkim-signature')
            .map(h => {
                // RFC 6376 section 3.2: tag names are case-sensitive, so in the strict mode "D="
                // is an unknown tag and not the d= tag
                const value = parseDkimHeaders(h.line, { strict: this.strict });
                value.type = 'DKIM';
                return value;
            });

        let fromHeaders = headers?.parsed?.filter(h => h.key === 'from');
        this.fromFields = fromHeaders.length;
        for (let fromHeader of fromHeaders) {
            fromHeader = fromHeader.line.toString();
            let splitterPos = fromHeader.indexOf(':');
            if (splitterPos >= 0) {
                fromHeader = fromHeader.substr(splitterPos + 1);
            }
            let from = addressparser(fromHeader.trim());
            for (let addr of from) {
                // RFC 6854 allows a group in From, and the mailboxes of the group are authors
                // like any other. Leaving them out would leave DMARC without an Author Domain
                for (let mailbox of [].concat(addr?.group || addr || [])) {
                    if (mailbox && mailbox.address) {
                        // the full addr-spec, the domain is what follows its last "@"
                        this.headerFrom.push(mailbox.address);
                    }
                }
            }
        }

        if (this.options.sender) {
            let returnPath = addressparser(this.options.sender);
            this.envelopeFrom = returnPath.length && returnPath[0].address ? returnPath[0].address : false;
        } else {
            let returnPathHeader = headers.parsed.filter(h => h.key === 'return-path').pop();
            if (returnPathHeader) {
                returnPathHeader = returnPathHeader.line.toString();
                let splitterPos = returnPathHeader.indexOf(':');
                if (splitterPos >= 0) {
                    returnPathHeader = returnPathHeader.substr(splitterPos + 1);
                }
                let returnPath = addressparser(returnPathHeader.trim());
                this.envelopeFrom = returnPath.length && returnPath[0].address ? returnPath[0].address : false;
            }
        }

        // include newest ARC-Message-Signature as one of the signature headers to check for.
        // The ARC-Seal is validated by the ARC module, it is not a DKIM signature, so it is
        // not evaluated here (a c= tag on it used to make it one, and it ended up in the
        // DKIM results)
        if (this.arc.lastEntry) {
            const signatureHeader = this.arc.lastEntry['arc-message-signature'];
            signatureHeader.type = 'ARC';
            this.signatureHeaders.push(signatureHeader);

            if (!this.strict && !signatureHeader.parsed?.c) {
                // Without c= the ARC-Message-Signature uses simple/simple, the DKIM-Signature
                // default (RFC 8617 section 4.1.2, RFC 6376 section 3.5). Older versions of this
                // library, and the ARC drafts, used relaxed/relaxed instead, so the lenient mode
                // also tries that when simple/simple does not verify, and marks the result
                signatureHeader.fallbackCanonicalization = 'relaxed/relaxed';
            }
        }

        for (let signatureHeader of this.signatureHeaders) {
            this.prepareSignature(signatureHeader);

            if (signatureHeader.skip || signatureHeader.invalid) {
                continue;
            }

            signatureHeader.bodyHashKey = this.addBodyHash(signatureHeader.bodyCanon, signatureHeader.hashAlgo, signatureHeader.maxBodyLength);
            if (signatureHeader.fallbackCanonicalization) {
                signatureHeader.fallbackBodyHashKey = this.addBodyHash(
                    getBodyCanon(signatureHeader.fallbackCanonicalization),
                    signatureHeader.hashAlgo,
                    signatureHeader.maxBodyLength
                );
            }

            let headersArray = this.headers.parsed;
            const findLastMethod = typeof headersArray.findLast === 'function' ? headersArray.findLast : headersArray.find;
            if (typeof headersArray.findLast !== 'function') {
                headersArray = [].concat(headersArray).reverse();
            }
            const contentTypeHeader = findLastMethod.call(headersArray, header => header.key === 'content-type');
            if (contentTypeHeader) {
                let line = contentTypeHeader.line.toString();
                if (line.indexOf(':') >= 0) {
                    line = line.substring(line.indexOf(':') + 1).trim();
                }
                const parsedContentType = libmime.parseHeaderValue(line);
                for (let hasher of this.bodyHashes.values()) {
                    hasher.setContentType(parsedContentType);
                }
            }
        }
    }

    // Registers a body hash, once for every canonicalization, hash and length combination
    addBodyHash(bodyCanon, hashAlgo, maxBodyLength) {
        let bodyHashKey = [bodyCanon, hashAlgo, maxBodyLength].join(':');
        if (!this.bodyHashes.has(bodyHashKey)) {
            this.bodyHashes.set(bodyHashKey, dkimBody(bodyCanon, hashAlgo, maxBodyLength));
        }
        return bodyHashKey;
    }

    /**
     * Reads the tags of a signature header and validates them (RFC 6376 section 6.1.1).
     *
     * Sets `skip` for a signature that is not processed at all: the lenient mode leaves those
     * out of the results as it always has, the strict mode reports them as neutral. Sets
     * `invalid` to a reason for a signature that is reported as neutral without looking up
     * its key. Collects `warnings` for what the lenient mode accepts and the strict mode would
     * not.
     */
    prepareSignature(signatureHeader) {
        const strict = this.strict;
        const isDkim = signatureHeader.type === 'DKIM';

        signatureHeader.warnings = [];
        const warn = warning => addWarning(signatureHeader.warnings, warning);
        // A rule the strict mode enforces: returns true when the signature is invalid for it,
        // otherwise notes the warning (if any) and returns false
        const violation = (reason, warning) => {
            if (strict) {
                signatureHeader.invalid = reason;
                return true;
            }
            if (warning) {
                warn(warning);
            }
            return false;
        };

        // the raw tag values, as they were written, for the syntax checks
        const rawTags = new Map();
        for (let tag of signatureHeader.tags || []) {
            rawTags.set(tag.name, tag.value);
        }

        let tagListErrors = signatureHeader.syntaxErrors || [];
        let hasCaseFoldedTags = (signatureHeader.tags || []).some(tag => tag.name !== tag.name.toLowerCase());

        const parsed = signatureHeader.parsed || {};

        signatureHeader.algorithm = (parsed.a?.value || '').toString();
        Object.assign(signatureHeader, splitAlgorithm(signatureHeader.algorithm));

        signatureHeader.canonicalization = (parsed.c?.value || '').toString();
        signatureHeader.headerCanon = signatureHeader.canonicalization.split('/').shift().toLowerCase().trim() || 'simple';
        signatureHeader.bodyCanon = getBodyCanon(signatureHeader.canonicalization);

        signatureHeader.signingDomain = (parsed.d?.value || '').toString();
        signatureHeader.selector = (parsed.s?.value || '').toString();

        signatureHeader.timestamp = parsed.t && !isNaN(parsed.t.value) ? new Date(parsed.t.value * 1000) : null;

        signatureHeader.expiration = parsed.x && !isNaN(parsed.x.value) ? new Date(parsed.x.value * 1000) : null;

        // `l=0` is a valid sig-l-tag and means that no body byte is covered by the
        // signature, so the value has to be tested for being a number, not for being
        // truthy, or a zero length limit would be read as no limit at all
        signatureHeader.maxBodyLength = typeof parsed.l?.value === 'number' && !isNaN(parsed.l.value) ? parsed.l.value : '';

        // AUID, "@d" when i= is not set (RFC 6376 section 3.5)
        if (isDkim && parsed.i && typeof parsed.i.value === 'string') {
            signatureHeader.identity = decodeDkimQuotedPrintable(parsed.i.value);
        } else if (isDkim) {
            signatureHeader.identity = signatureHeader.signingDomain ? `@${signatureHeader.signingDomain}` : '';
        }

        const validCanon = ['relaxed', 'simple'];

        // rsa-sha1 is only a DKIM algorithm, ARC signatures always use sha256
        if (!isSupportedAlgorithm(signatureHeader.signAlgo, signatureHeader.hashAlgo, isDkim) || (strict && !ALGORITHM.test(signatureHeader.algorithm))) {
            signatureHeader.skip = 'unknown algorithm';
            return;
        }

        if (!validCanon.includes(signatureHeader.headerCanon) || !validCanon.includes(signatureHeader.bodyCanon)) {
            signatureHeader.skip = 'unknown canonicalization';
            return;
        }

        if (!signatureHeader.signingDomain || !signatureHeader.selector) {
            signatureHeader.skip = 'signature missing required tag';
            return;
        }

        if (isDkim) {
            // RFC 6376 section 3.2 and 6.1.1
            if (tagListErrors.length && violation('signature syntax error', 'tag-syntax')) {
                return;
            }
            if (hasCaseFoldedTags) {
                warn('tag-syntax');
            }

            let missingTags = REQUIRED_DKIM_TAGS.filter(tag => !parsed[tag]);
            if (missingTags.length) {
                if (violation('signature missing required tag')) {
                    return;
                }
                // without h= the default header list is used, which does include From
                missingTags.forEach(tag => warn(`missing-${tag}`));
            }

            // "Verifiers MUST return PERMFAIL (incompatible version)"
            if (parsed.v && rawTags.get('v') !== '1' && violation('incompatible version', 'invalid-v')) {
                return;
            }

            let numericError = [
                ['t', TIMESTAMP],
                ['x', TIMESTAMP],
                ['l', BODY_LENGTH]
            ].some(([tag, format]) => parsed[tag] && !format.test(rawTags.get(tag) || ''));
            if (numericError && violation('signature syntax error', 'tag-syntax')) {
                return;
            }

            // "This list MUST NOT be empty", the From check below covers the lenient mode
            if (parsed.h && !normalizeFieldList(parsed.h.value).length && violation('signature syntax error')) {
                return;
            }

            let invalidNames = !DOMAIN_NAME.test(toALabel(signatureHeader.signingDomain)) || !SELECTOR.test(toALabel(signatureHeader.selector));
            if (invalidNames && violation('signature syntax error', 'tag-syntax')) {
                return;
            }

            if (parsed.q) {
                // "dns/txt" is the only query method, unrecognized ones are ignored
                let methods = (parsed.q.value || '')
                    .toString()
                    .split(':')
                    .map(method => method.trim().toLowerCase());
                if (!methods.includes('dns/txt') && violation('unsupported query method', 'query-method')) {
                    return;
                }
            }

            if (parsed.i) {
                // RFC 6376 section 6.1.1: the i= domain has to be d= or one of its subdomains
                let identity = signatureHeader.identity;
                let atPos = identity.lastIndexOf('@');
                let localPart = atPos >= 0 ? identity.substring(0, atPos) : '';
                let identityDomain = atPos >= 0 ? identity.substring(atPos + 1) : '';

                let validSyntax = atPos >= 0 && (!localPart || LOCAL_PART.test(localPart)) && DOMAIN_NAME.test(toALabel(identityDomain));
                let validDomain = atPos >= 0 && isSameOrSubdomain(identityDomain, signatureHeader.signingDomain);

                if ((!validSyntax || !validDomain) && violation(validSyntax ? 'domain mismatch' : 'signature syntax error', 'identity-domain')) {
                    return;
                }
                signatureHeader.identityDomain = identityDomain;
            }

            if (signatureHeader.timestamp && signatureHeader.expiration && signatureHeader.expiration <= signatureHeader.timestamp) {
                // "The value of the x= tag MUST be greater than the value of the t= tag". An x=
                // before t= fails in both modes, an x= equal to t= only in the strict mode
                if (violation('invalid expiration')) {
                    return;
                }
                if (signatureHeader.expiration.getTime() === signatureHeader.timestamp.getTime()) {
                    warn('invalid-expiration');
                }
            }

            if (signatureHeader.hashAlgo === 'sha1') {
                // RFC 8301 section 3.1: rsa-sha1 MUST NOT be used for verifying. Only the
                // strict mode and rejectRsaSha1 reject it, the lenient mode lets the key owner
                // opt out of it with the h= tag of the key record
                warn('rsa-sha1');
            }
        }

        // RFC 6376 section 6.1.1: a signature that does not cover From is ignored in every
        // mode. It says nothing about the author the DMARC check is about, and the From
        // header could have been replaced after signing. The same applies to the
        // ARC-Message-Signature, which has the DKIM-Signature syntax (RFC 8617 section 4.1.2)
        let signedFields = parsed.h ? normalizeFieldList(parsed.h.value) : ['from'];
        if (!signedFields.includes('from')) {
            signatureHeader.invalid = 'From field not signed';
            return;
        }
    }

    async nextChunk(chunk) {
        for (let bodyHash of this.bodyHashes.values()) {
            bodyHash.update(chunk);
        }
    }

    getSignatureTimeValid(signatureHeader) {
        // Signature claims to be from the future
        if (signatureHeader.timestamp && signatureHeader.timestamp > this.curTime) {
            return false;
        }
        // Signature has expired
        if (signatureHeader.expiration && signatureHeader.expiration < this.curTime) {
            return false;
        }
        // Within validity window or no constraints (vacuously true)
        return true;
    }

    getStatusHeader(signatureHeader) {
        let header = {};

        if (this.strict && signatureHeader.type === 'DKIM') {
            // RFC 8601 section 2.7.1: header.d is the d= domain and header.i the AUID, which is
            // the i= value or "@d" when there is no i=. Both use the domain-name syntax of
            // RFC 6376 section 3.5, where an internationalized domain name is an A-label
            let identity = signatureHeader.identity || '';
            let atPos = identity.lastIndexOf('@');
            header.d = signatureHeader.signingDomain ? toALabel(signatureHeader.signingDomain) : false;
            header.i = identity ? (atPos >= 0 ? identity.substring(0, atPos + 1) + toALabel(identity.substring(atPos + 1)) : identity) : false;
        } else {
            // signing domain
            header.i = signatureHeader.signingDomain ? `@${signatureHeader.signingDomain}` : false;
        }

        // dkim selector
        header.s = signatureHeader.selector;
        // algo
        header.a = signatureHeader.parsed?.a?.value;
        // signature value
        header.b = signatureHeader.parsed?.b?.value ? `${signatureHeader.parsed?.b?.value.toString().substr(0, 8)}` : false;

        return header;
    }

    // The result properties every signature has, whether it was verified or not
    baseResult(signatureHeader, format) {
        return {
            id: signatureHeader.parsed?.b?.value
                ? crypto.createHash('sha256').update(Buffer.from(signatureHeader.parsed.b.value.toString(), 'base64')).digest('hex')
                : crypto.randomUUID(),
            signingDomain: signatureHeader.signingDomain,
            selector: signatureHeader.selector,
            signature: signatureHeader.parsed?.b?.value,
            algo: signatureHeader.parsed?.a?.value,
            format
        };
    }

    /**
     * Verifies a signature
     *
     * @param {Object} signatureHeader Signature prepared by prepareSignature()
     * @param {Boolean} [fallback] If true, verify with `fallbackCanonicalization` instead of the
     *        canonicalization of the signature. The result is then built as if the signature
     *        had that c= value, and the signature header object is not updated
     * @returns {Object} Signature result
     */
    async verifySignature(signatureHeader, fallback) {
        const canonicalization = fallback ? signatureHeader.fallbackCanonicalization : signatureHeader.canonicalization;
        const bodyHashKey = fallback ? signatureHeader.fallbackBodyHashKey : signatureHeader.bodyHashKey;

        let signingHeaderLines = getSigningHeaderLines(this.headers.parsed, signatureHeader.parsed?.h?.value, true);

        let { canonicalizedHeader } = generateCanonicalizedHeader(signatureHeader.type, signingHeaderLines, {
            signatureHeaderLine: signatureHeader.original,
            canonicalization,
            instance: signatureHeader.type === 'ARC' ? signatureHeader.parsed?.i?.value : false,
            strict: this.strict
        });

        let signingHeaders = {
            keys: signingHeaderLines.keys,
            headers: signingHeaderLines.headers.map(l => l.line.toString()),
            canonicalizedHeader: canonicalizedHeader.toString('base64')
        };

        let publicKey, rr, modulusLength;
        let status = {
            result: 'neutral',
            comment: false,
            // ptype properties
            header: this.getStatusHeader(signatureHeader)
        };

        if (signatureHeader.type === 'DKIM' && this.headerFrom?.length) {
            status.aligned = getAlignment(this.headerFrom[0].split('@').pop(), [signatureHeader.signingDomain])?.domain || false;
        }

        const bodyHasher = this.bodyHashes.get(bodyHashKey);
        const bodyHash = bodyHasher?.hash;
        const mimeStructureStart = bodyHasher?.mimeStructureStart;

        const warnings = [].concat(signatureHeader.warnings || []);

        if (signatureHeader.invalid) {
            // RFC 6376 section 6.1.1 PERMFAIL, reported as neutral, which RFC 8601 section
            // 2.7.1 uses for a signature with syntax errors. The key is not looked up
            status.result = 'neutral';
            status.comment = signatureHeader.invalid;
        } else if (signatureHeader.parsed?.bh?.value !== bodyHash) {
            // RFC 6376 section 6.1.3 step 3 is a PERMFAIL, which RFC 8601 reports as "fail".
            // The lenient mode keeps reporting neutral, as it always has
            status.result = this.strict ? 'fail' : 'neutral';
            status.comment = `body hash did not verify`;
        } else if (this.rejectRsaSha1 && signatureHeader.type === 'DKIM' && signatureHeader.hashAlgo === 'sha1') {
            // RFC 8301 section 3.1, "rsa-sha1 MUST NOT be used for signing or verifying"
            status.result = 'policy';
            status.comment = 'weak algorithm';
            status.policy = { 'dkim-rules': 'weak-algorithm' };
        } else {
            try {
                let res = await this.keyCache.get(
                    signatureHeader.type,
                    `${signatureHeader.selector}._domainkey.${signatureHeader.signingDomain}`,
                    this.minBitLength,
                    {
                        strict: this.strict,
                        hashAlgo: signatureHeader.hashAlgo
                    }
                );

                publicKey = res?.publicKey;
                rr = res?.rr;
                modulusLength = res?.modulusLength;

                addWarning(warnings, ...(res?.warnings || []));

                if (res?.testing) {
                    // key t=y, the domain is testing DKIM (RFC 6376 section 3.6.1)
                    status.testing = true;
                }

                let keyError = false;
                if (this.strict && res?.keyType && res.keyType !== signatureHeader.signAlgo) {
                    // RFC 6376 section 6.1.2 step 8. The lenient mode lets the crypto library
                    // report the mismatch, as it always has
                    keyError = 'inappropriate key algorithm';
                } else if (
                    res?.flags?.includes('s') &&
                    signatureHeader.identityDomain &&
                    normalizeDomainName(signatureHeader.identityDomain) !== normalizeDomainName(signatureHeader.signingDomain)
                ) {
                    // key t=s: "the i= domain MUST NOT be a subdomain of d="
                    if (this.strict) {
                        keyError = 'domain mismatch';
                    } else {
                        addWarning(warnings, 'identity-domain');
                    }
                }

                if (keyError) {
                    status.result = 'neutral';
                    status.comment = keyError;
                } else {
                    try {
                        status.result = crypto.verify(
                            signatureHeader.signAlgo === 'rsa' ? signatureHeader.algorithm : null,
                            signatureHeader.signAlgo === 'rsa' ? canonicalizedHeader : crypto.createHash('sha256').update(canonicalizedHeader).digest(),
                            publicKey,
                            Buffer.from(signatureHeader.parsed?.b?.value || '', 'base64')
                        )
                            ? 'pass'
                            : 'fail';

                        if (status.result === 'fail') {
                            status.comment = 'bad signature';
                        }

                        if (status.result === 'pass') {
                            if (signatureHeader.expiration && signatureHeader.timestamp && signatureHeader.expiration < signatureHeader.timestamp) {
                                status.result = 'neutral';
                                status.comment = 'invalid expiration';
                            }

                            if (signatureHeader.expiration && signatureHeader.expiration < this.curTime) {
                                status.result = 'neutral';
                                status.comment = 'expired';
                            }
                        }
                    } catch (err) {
                        status.result = 'neutral';
                        status.comment = err.message;
                    }
                }
            } catch (err) {
                if (err.rr) {
                    rr = err.rr;
                }

                if (KEY_ERROR_COMMENTS.has(err.code)) {
                    status.result = 'neutral';
                    status.comment = KEY_ERROR_COMMENTS.get(err.code);
                } else if (err.code === 'ESHORTKEY') {
                    status.result = 'policy';
                    if (!status.policy) {
                        status.policy = {};
                    }
                    status.policy['dkim-rules'] = `weak-key`;
                } else {
                    status.result = 'temperror';
                    status.comment = `DNS failure: ${err.code || err.message}`;
                }
            }
        }

        if (warnings.length) {
            // what the lenient mode accepted that the strict mode would not, never rendered
            // into the Authentication-Results header
            status.warnings = warnings;
        }

        const bodyHashedBytes = bodyHasher?.bodyHashedBytes;
        const canonicalizedLength = bodyHasher?.canonicalizedLength;
        const sourceBodyLength = bodyHasher?.byteLength;

        if (!fallback) {
            signatureHeader.bodyHashedBytes = bodyHashedBytes;
            signatureHeader.canonicalizedLength = canonicalizedLength;
            signatureHeader.sourceBodyLength = sourceBodyLength;
        }

        let result = Object.assign(this.baseResult(signatureHeader, fallback ? canonicalization : signatureHeader.parsed?.c?.value), {
            bodyHash,
            bodyHashExpecting: signatureHeader.parsed?.bh?.value,
            signingHeaders,
            status,
            signTime: signatureHeader.timestamp && !isNaN(signatureHeader.timestamp) ? signatureHeader.timestamp.toISOString() : null,
            expiresAfter: signatureHeader.expiration && !isNaN(signatureHeader.expiration) ? signatureHeader.expiration.toISOString() : null,
            signatureTimeValid: this.getSignatureTimeValid(signatureHeader)
        });

        if (typeof sourceBodyLength === 'number') {
            result.sourceBodyLength = sourceBodyLength;
        }

        if (typeof bodyHashedBytes === 'number') {
            result.canonBodyLength = bodyHashedBytes;
        }

        if (typeof canonicalizedLength === 'number') {
            result.canonBodyLengthTotal = canonicalizedLength;
        }

        if (typeof signatureHeader.maxBodyLength === 'number') {
            result.canonBodyLengthLimited = true;
            result.canonBodyLengthLimit = signatureHeader.maxBodyLength;
            if (result.canonBodyLengthTotal > result.canonBodyLength) {
                status.underSized = result.canonBodyLengthTotal - result.canonBodyLength;
            }
        } else {
            result.canonBodyLengthLimited = false;
        }

        if (typeof mimeStructureStart === 'number') {
            result.mimeStructureStart = mimeStructureStart;
        }

        if (publicKey) {
            result.publicKey = publicKey.toString();
        }

        if (modulusLength) {
            result.modulusLength = modulusLength;
        }

        if (rr) {
            result.rr = rr;
        }

        if (typeof result.status.comment === 'boolean') {
            delete result.status.comment;
        }

        return result;
    }

    // A signature that could not be processed at all. The strict mode reports it as neutral
    // (RFC 8601 section 2.7.1: "the signature or signatures contained syntax errors or were
    // not otherwise able to be processed"), as "none" means that the message was not signed
    skippedSignatureResult(signatureHeader) {
        let status = {
            result: 'neutral',
            comment: signatureHeader.skip,
            header: this.getStatusHeader(signatureHeader)
        };

        return Object.assign(this.baseResult(signatureHeader, signatureHeader.parsed?.c?.value), { status });
    }

    async finalChunk() {
        try {
            if (!this.headers || (!this.bodyHashes.size && !this.signatureHeaders.some(signatureHeader => signatureHeader.invalid || signatureHeader.skip))) {
                return;
            }

            // convert bodyHashes from hash objects to base64 strings
            for (let [key, bodyHash] of this.bodyHashes.entries()) {
                this.bodyHashes.get(key).hash = bodyHash.digest('base64');
                this.bodyHashes.get(key).mimeStructureStart = bodyHash.getMimeStructureStart();
            }

            for (let signatureHeader of this.signatureHeaders) {
                let result;

                if (signatureHeader.skip) {
                    if (!this.strict || signatureHeader.type !== 'DKIM') {
                        // the lenient mode does not report what it can not process
                        continue;
                    }
                    result = this.skippedSignatureResult(signatureHeader);
                } else {
                    result = await this.verifySignature(signatureHeader);

                    if (signatureHeader.fallbackCanonicalization && !signatureHeader.invalid && result.status.result !== 'pass') {
                        // only used when it verifies, the result of the default canonicalization
                        // is kept otherwise. The key lookup is cached, so it is not repeated
                        let fallbackResult = await this.verifySignature(signatureHeader, true);
                        if (fallbackResult.status.result === 'pass') {
                            fallbackResult.status.warnings = addWarning([].concat(fallbackResult.status.warnings || []), 'ams-c-default');
                            result = fallbackResult;
                        }
                    }
                }

                switch (signatureHeader.type) {
                    case 'ARC':
                        if (!this.arc.lastEntry) {
                            break;
                        }
                        this.arc.lastEntry.messageSignature = result;
                        break;
                    case 'DKIM':
                    default:
                        this.results.push(result);
                        break;
                }
            }
        } finally {
            if (!this.results.length) {
                this.results.push({
                    status: {
                        result: 'none',
                        comment: 'message not signed'
                    }
                });
            }

            this.results.forEach(result => {
                result.info = formatAuthHeaderRow('dkim', result.status, { strict: this.strict });
            });
        }

        if (this.seal && this.bodyHashes.has(this.sealBodyHashKey) && typeof this.bodyHashes.get(this.sealBodyHashKey)?.hash === 'string') {
            this.seal.bodyHash = this.bodyHashes.get(this.sealBodyHashKey).hash;
        }
    }
}

// the body canonicalization of a c= value, 'simple' when it is not set (RFC 6376 section 3.5)
const getBodyCanon = canonicalization => (canonicalization.split('/')[1] || 'simple').toLowerCase().trim();

// the lower case header field names of an h= tag
const normalizeFieldList = value =>
    (value || '')
        .toString()
        .split(':')
        .map(name => name.replace(/^[ \t\r\n]+|[ \t\r\n]+$/g, '').toLowerCase())
        .filter(name => name);

module.exports = { DkimVerifier };


/***/ }),

/***/ 7339:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {



let { relaxedHeaders } = __webpack_require__(5684);
let { simpleHeaders } = __webpack_require__(381);

const generateCanonicalizedHeader = (type, signingHeaderLines, options) => {
    options = options || {};
    let canonicalization = (options.canonicalization || 'simple/simple').toString().split('/').shift().toLowerCase().trim();
    switch (canonicalization) {
        case 'simple':
            return simpleHeaders(type, signingHeaderLines, options);
        case 'relaxed':
            return relaxedHeaders(type, signingHeaderLines, options);
        default: {
            let error = new Error('Unknown header canonicalization');
            error.canonicalization = canonicalization;
            throw error;
        }
    }
};

module.exports = { generateCanonicalizedHeader };


/***/ }),

/***/ 5684:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {



const { Buffer } = __webpack_require__(4573);
const { formatRelaxedLine, stripSignatureValue } = __webpack_require__(3594);
const { buildSignatureOpts } = __webpack_require__(5064);

// generate headers for signing
const relaxedHeaders = (type, signingHeaderLines, options) => {
    let { signatureHeaderLine, strict } = options || {};
    let chunks = [];

    for (let signedHeaderLine of signingHeaderLines.headers) {
        chunks.push(formatRelaxedLine(signedHeaderLine.line, '\r\n'));
    }

    let opts = false;

    if (!signatureHeaderLine) {
        ({ opts, signatureHeaderLine } = buildSignatureOpts(type, signingHeaderLines, options));
    }

    // the strict mode reads the tag names of a signature header case-sensitively
    chunks.push(stripSignatureValue(formatRelaxedLine(signatureHeaderLine), strict));

    return { canonicalizedHeader: Buffer.concat(chunks), signatureHeaderLine, dkimHeaderOpts: opts };
};

module.exports = { relaxedHeaders };


/***/ }),

/***/ 5064:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {



const { formatSignatureHeaderLine, getCurTime } = __webpack_require__(3594);

/**
 * Builds the tags of a signature header that is being created, and the header line that the
 * header canonicalization hashes for it. Shared by the relaxed and the simple canonicalization.
 *
 * @param {String} type 'DKIM', 'ARC' or 'AS'
 * @param {Object} signingHeaderLines { keys } as returned by getSigningHeaderLines()
 * @param {Object} options The options of the canonicalization
 * @returns {Object} { opts, signatureHeaderLine }
 */
const buildSignatureOpts = (type, signingHeaderLines, options) => {
    let {
        signingDomain,
        selector,
        algorithm,
        canonicalization,
        bodyHash,
        signTime,
        signature,
        instance,
        identity,
        bodyHashedBytes,
        expires,
        timestamp,
        expiration
    } = options || {};

    let opts = {
        a: algorithm,
        c: canonicalization,
        s: selector,
        d: signingDomain,
        h: signingHeaderLines.keys,
        bh: bodyHash
    };

    if (typeof bodyHashedBytes === 'number') {
        opts.l = bodyHashedBytes;
    }

    if (instance && type === 'ARC') {
        // ARC only, the i= of an ARC-Message-Signature is the instance number
        opts.i = instance;
    } else if (identity && type === 'DKIM') {
        // DKIM only, the i= of a DKIM-Signature is the AUID
        opts.i = identity;
    }

    // The same opts object formats the line that gets signed here and, once the
    // signature exists, the line that is emitted. Leaving t= out of it lets
    // formatSignatureHeaderLine read the clock again for the second one, and a second
    // boundary falling between the two reads signs one timestamp and publishes another.
    // `timestamp` and `expiration` are the values the signer already validated, false
    // leaves the tag out (an explicit null keeps formatSignatureHeaderLine from adding
    // a t= of its own). Callers that do not pass them get the values from signTime and
    // expires
    if (typeof timestamp === 'number' || timestamp === false) {
        opts.t = timestamp === false ? null : timestamp;
    } else {
        opts.t = Math.floor(getCurTime(signTime).getTime() / 1000);
    }

    if (typeof expiration === 'number') {
        opts.x = expiration;
    } else if (expiration !== false && expires) {
        opts.x = Math.floor(getCurTime(expires).getTime() / 1000);
    }

    let signatureHeaderLine = formatSignatureHeaderLine(
        type,
        Object.assign(
            {
                // make sure that b= always has a value, otherwise folding would be different
                b: signature || 'a'.repeat(73)
            },
            opts
        ),
        true
    );

    return { opts, signatureHeaderLine };
};

module.exports = { buildSignatureOpts };


/***/ }),

/***/ 381:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {



const { Buffer } = __webpack_require__(4573);
const { stripSignatureValue } = __webpack_require__(3594);
const { buildSignatureOpts } = __webpack_require__(5064);

const formatSimpleLine = (line, suffix) => Buffer.from(line.toString('binary') + (suffix ? suffix : ''), 'binary');

// generate headers for signing
const simpleHeaders = (type, signingHeaderLines, options) => {
    let { signatureHeaderLine, strict } = options || {};
    let chunks = [];

    for (let signedHeaderLine of signingHeaderLines.headers) {
        chunks.push(formatSimpleLine(signedHeaderLine.line, '\r\n'));
    }

    let opts = false;

    if (!signatureHeaderLine) {
        ({ opts, signatureHeaderLine } = buildSignatureOpts(type, signingHeaderLines, options));
    }

    // the strict mode reads the tag names of a signature header case-sensitively
    chunks.push(stripSignatureValue(formatSimpleLine(signatureHeaderLine), strict));

    return { canonicalizedHeader: Buffer.concat(chunks), signatureHeaderLine, dkimHeaderOpts: opts };
};

module.exports = { simpleHeaders };


/***/ }),

/***/ 9988:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {



// Calculates relaxed body hash for a message body stream

const { Buffer } = __webpack_require__(4573);
const { parseHeaders } = __webpack_require__(3594);
const Writable = (__webpack_require__(7075).Writable);

/**
 * Class for separating header from body
 *
 * @class
 * @extends Writable
 */
class MessageParser extends Writable {
    constructor(options) {
        super(options);

        this.byteLength = 0;

        this.state = 'header';
        this.stateBytes = [];
        // bytes of the header section seen so far
        this.headerBytes = 0;

        this.headers = false;
        this.headerChunks = [];
    }

    async nextChunk(/* chunk */) {
        // Override in child class
    }

    async finalChunk() {
        // Override in child class
    }

    async messageHeaders() {
        // Override in child class
    }

    // Parses everything collected so far as the header block and hands it over. The body
    // hash and the signatures are only ever built after this has run
    async emitHeaders(chunk) {
        this.state = 'body';
        if (chunk) {
            this.headerChunks.push(chunk);
        }
        this.headers = parseHeaders(Buffer.concat(this.headerChunks));
        await this.messageHeaders(this.headers);
    }

    async processChunk(chunk) {
        if (!chunk || !chunk.length) {
            return;
        }

        if (this.state === 'header') {
            // wait until we have found body part
            for (let i = 0; i < chunk.length; i++) {
                let c = chunk[i];
                this.stateBytes.push(c);
                if (this.stateBytes.length > 4) {
                    this.stateBytes = this.stateBytes.slice(-4);
                }
                this.headerBytes++;

                let b0 = this.stateBytes[this.stateBytes.length - 1];
                let b1 = this.stateBytes.length > 1 && this.stateBytes[this.stateBytes.length - 2];
                let b2 = this.stateBytes.length > 2 && this.stateBytes[this.stateBytes.length - 3];

                if (
                    b0 === 0x0a &&
                    (b1 === 0x0a ||
                        (b1 === 0x0d && b2 === 0x0a) ||
                        // RFC 5322 section 2.1: an empty line ends the header section, and when
                        // the very first line is empty the header section is empty. Everything
                        // after it is body, even if it looks like header fields
                        this.headerBytes === 1 ||
                        (this.headerBytes === 2 && b1 === 0x0d))
                ) {
                    // found header ending
                    if (i === chunk.length - 1) {
                        //end of chunk
                        await this.emitHeaders(chunk);
                        return;
                    }
                    await this.emitHeaders(chunk.slice(0, i + 1));
                    chunk = chunk.slice(i + 1);
                    break;
                }
            }
        }

        if (this.state !== 'body') {
            this.headerChunks.push(chunk);
            return;
        }

        await this.nextChunk(chunk);
    }

    // Rewrites every bare <LF> to <CRLF>. `lastByte` has to follow every byte, the <LF>s
    // included: an <LF> directly after a <CRLF> is a bare one too, and it was left as it was
    // when only the other bytes were tracked
    *ensureLinebreaks(input) {
        let pos = 0;
        for (let i = 0; i < input.length; i++) {
            let c = input[i];
            if (c === 0x0a && this.lastByte !== 0x0d) {
                // emit line break
                let buf;
                if (i === 0 || pos === i) {
                    buf = Buffer.from('\r\n');
                } else {
                    buf = Buffer.concat([input.slice(pos, i), Buffer.from('\r\n')]);
                }
                yield buf;

                pos = i + 1;
            }
            this.lastByte = c;
        }
        if (pos === 0) {
            yield input;
        } else if (pos < input.length) {
            let buf = input.slice(pos);
            yield buf;
        }
    }

    async writeAsync(chunk, encoding) {
        if (!chunk || !chunk.length) {
            return;
        }

        if (typeof chunk === 'string') {
            chunk = Buffer.from(chunk, encoding);
        }

        for (let partialChunk of this.ensureLinebreaks(chunk)) {
            // separate chunk is emitted for every line that uses \n instead of \r\n
            await this.processChunk(partialChunk);
            this.byteLength += partialChunk.length;
        }
    }

    _write(chunk, encoding, callback) {
        this.writeAsync(chunk, encoding)
            .then(() => callback())
            .catch(err => callback(err));
    }

    async finish() {
        if (!this.headers) {
            // no body, so no empty line ended the header block. Hand the headers out
            // before the final chunk, which is where signatures are checked or created.
            // An input with no bytes at all goes through here too, so that the rest of
            // the pipeline always has a header set to look at
            await this.emitHeaders();
        }

        // generate final hash and emit it
        await this.finalChunk();
    }

    _final(callback) {
        this.finish()
            .then(() => callback())
            .catch(err => callback(err));
    }
}

module.exports = { MessageParser };


/***/ }),

/***/ 5941:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {



const { Buffer } = __webpack_require__(4573);

class MimeStructureStartFinder {
    constructor() {
        this.byteCache = [];

        this.matchFound = false;
        this.noMatch = false;
        this.lineStart = -1;

        this.prevChunks = 0;

        this.mimeStructureStart = -1;
    }

    setBoundary(boundary) {
        this.boundary = (boundary || '').toString().trim();

        this.boundaryBuf = Array.from(Buffer.from(`--${this.boundary}`));
        this.boundaryBufLen = this.boundaryBuf.length;
    }

    update(chunk) {
        if (this.matchFound || !this.boundary) {
            return;
        }

        for (let i = 0, bufLen = chunk.length; i < bufLen; i++) {
            let c = chunk[i];

            // check ending
            if (c === 0x0a || c === 0x0d) {
                if (!this.noMatch && this.byteCache.length === this.boundaryBufLen) {
                    // match found
                    this.matchFound = true;
                    this.mimeStructureStart = this.lineStart;
                    break;
                }
                // reset counter
                this.lineStart = -1;
                this.noMatch = false;
                this.byteCache = [];
                continue;
            }

            if (this.noMatch) {
                // no need to look
                continue;
            }

            if (this.lineStart < 0) {
                this.lineStart = this.prevChunks + i;
            }

            if (this.byteCache.length >= this.boundaryBufLen) {
                this.noMatch = true;
                continue;
            }

            const expectingByte = this.boundaryBuf[this.byteCache.length];
            if (expectingByte !== c) {
                this.noMatch = true;
                continue;
            }
            this.byteCache[this.byteCache.length] = c;
        }

        this.prevChunks += chunk.length;
    }

    getMimeStructureStart() {
        if (!this.boundary) {
            return 0;
        }

        if (!this.matchFound && !this.noMatch && this.byteCache.length === this.boundaryBufLen) {
            this.matchFound = true;
            this.mimeStructureStart = this.lineStart;
        }

        return this.mimeStructureStart;
    }
}

module.exports = { MimeStructureStartFinder };


/***/ }),

/***/ 2308:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {



const { writeToStream } = __webpack_require__(3594);
const { DkimVerifier } = __webpack_require__(5737);

const dkimVerify = async (input, options) => {
    let dkimVerifier = new DkimVerifier(options);
    await writeToStream(dkimVerifier, input);

    const result = {
        //headers: dkimVerifier.headers,
        headerFrom: dkimVerifier.headerFrom,
        fromFields: dkimVerifier.fromFields,
        envelopeFrom: dkimVerifier.envelopeFrom,
        results: dkimVerifier.results
    };

    if (dkimVerifier.headers) {
        Object.defineProperty(result, 'headers', {
            enumerable: false,
            configurable: false,
            writable: false,
            value: dkimVerifier.headers
        });
    }

    if (dkimVerifier.arc) {
        Object.defineProperty(result, 'arc', {
            enumerable: false,
            configurable: false,
            writable: false,
            value: dkimVerifier.arc
        });
    }

    if (dkimVerifier.seal) {
        Object.defineProperty(result, 'seal', {
            enumerable: false,
            configurable: false,
            writable: false,
            value: dkimVerifier.seal
        });
    }

    return result;
};

module.exports = { dkimVerify };


/***/ }),

/***/ 8172:
/***/ ((module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports["default"] = addressparser;
/**
 * Restores the quoting of a local part that was read out of a quoted string.
 *
 * RFC 5321 allows '@' inside a quoted local part, so handing '"user@evil.com"@good.com'
 * on as the bare 'user@evil.com@good.com' leaves it to the consumer which '@' splits the
 * domain off. Getting that wrong is a misrouting vector, so the quotes go back on. The
 * same holds for the other specials: a ',' or a ';' that loses its quotes reads as a
 * recipient separator once the consumer puts the address back into a header.
 *
 * This module has no dependencies so that it can ship on its own, which is why the two
 * grammar tests below are spelled out here instead of shared with src/mime-node. Keeping
 * only what is ambiguous quoted is deliberate, mime-node applies the stricter RFC 5321
 * dot-atom rule on top of this when it emits an address.
 *
 * @param address Address with an unquoted local part
 * @return Address with the local part as a quoted-string
 */
function _quoteLocalPart(address) {
    const lastAt = address.lastIndexOf('@');
    if (lastAt < 0) {
        // no domain to split off, nothing can be misrouted
        return address;
    }
    const user = address.substr(0, lastAt);
    if (/^[^\s"(),:;<>@[\\\]]+$/.test(user) || /^"(?:[^"\\]|\\[\s\S])*"$/.test(user)) {
        // a local part that carries no special reads the same with or without the quotes,
        // and one that is already a complete quoted-string needs nothing either
        return address;
    }
    return '"' + user.replace(/["\\]/g, '\\$&') + '"@' + address.substr(lastAt + 1);
}
/**
 * Reached for every parsed address, so it is built once rather than per call.
 */
const HAS_WHITESPACE = /\s/;
/**
 * An addr-spec that carries its whitespace legally, inside a quoted local part. The
 * optional tail is the malformed shape: a real mailbox with wreckage trailing it.
 */
const QUOTED_LOCAL_ADDR = /^("(?:[^"\\]|\\[\s\S])*"@\S+)(?:\s+([\s\S]+))?$/;
/**
 * One run holding a single '@' and no whitespace, the shape an addr-spec has to have.
 */
const ADDR_SPEC = /^[^@\s]+@[^@\s]+$/;
/**
 * The looser reading applied once the strict one finds nothing, which tolerates the
 * further '@' that a domain should not have but malformed headers carry anyway.
 */
const LOOSE_ADDR_SPEC = /^[^@\s]+@\S+$/;
/**
 * An addr-spec sitting inside free text, together with the whitespace around it. Sticky
 * on purpose: it is run at the one offset _looseAddressStart picks rather than being let
 * loose to search, see there.
 */
const LOOSE_TEXT_ADDR = /\s*\b[^@\s]+@[^\s]+\b\s*/y;
/**
 * The characters JS `\s` matches, which the scan below has to agree with to land on the
 * same match the pattern would.
 */
function _isSpaceCode(code) {
    return (code === 0x20 ||
        (code >= 0x09 && code <= 0x0d) ||
        code === 0xa0 ||
        code === 0x1680 ||
        (code >= 0x2000 && code <= 0x200a) ||
        code === 0x2028 ||
        code === 0x2029 ||
        code === 0x202f ||
        code === 0x205f ||
        code === 0x3000 ||
        code === 0xfeff);
}
/**
 * The characters JS `\w` matches without the unicode flag, the set the `\b` in
 * LOOSE_TEXT_ADDR is read against. charCodeAt off either end of the string gives NaN,
 * which compares false throughout, so out of range reads as the non-word the pattern
 * treats them as.
 */
function _isWordCode(code) {
    return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code === 0x5f;
}
/**
 * Whether `\b` holds at an offset
 */
function _isBoundary(text, at) {
    return _isWordCode(text.charCodeAt(at - 1)) !== _isWordCode(text.charCodeAt(at));
}
/**
 * Offset of the first '@' in `text` between `from` and `to`, or -1 when the range holds none.
 *
 * indexOf would scan on to the end of the value, and the value here is a whole header. The
 * walk below steps one whitespace delimited run at a time and only ever uses a '@' that sits
 * inside the run it is on, so an unbounded probe rescans everything behind that run once per
 * run and grows with the square of the header: 400KB of free text carrying no '@' took a
 * quarter of a second. GHSA-v53p-9fqp-m79j took the pattern search out of this walk and left
 * the probe unbounded behind it.
 *
 * @param text Text to look in
 * @param from Offset to start at
 * @param to Offset to stop before
 * @return Offset of the '@', or -1
 */
function _indexOfAt(text, from, to) {
    for (let i = from; i < to; i++) {
        if (text.charCodeAt(i) === 0x40) {
            return i;
        }
    }
    return -1;
}
/**
 * Finds the offset LOOSE_TEXT_ADDR matches at, or -1 when it does not match at all.
 *
 * Letting the pattern search for itself is quadratic: '[^@\s]+' is retried from every
 * offset and rescans the run to the next '@' each time, so 140KB of header holding no
 * usable '@' blocks the event loop for about ten seconds (GHSA-v53p-9fqp-m79j). The search is also unnecessary.
 * '[^@\s]+' crosses neither whitespace nor a '@', so a match can only begin at the head of
 * a whitespace delimited run or just past a '@' inside one, and '[^\s]+\b' gives characters
 * back until it lands on a boundary, so the only end it can take in that run is the last
 * boundary in it. Both are found in one pass, and the pattern is then run at that single
 * offset.
 *
 * @param text Free text to look in
 * @return Offset to match at, or -1
 */
function _looseAddressStart(text) {
    const len = text.length;
    let pos = 0;
    while (pos < len) {
        while (pos < len && _isSpaceCode(text.charCodeAt(pos))) {
            pos++;
        }
        if (pos >= len) {
            break;
        }
        const runStart = pos;
        let runEnd = pos;
        while (runEnd < len && !_isSpaceCode(text.charCodeAt(runEnd))) {
            runEnd++;
        }
        let at = _indexOfAt(text, runStart, runEnd);
        if (at >= 0) {
            let lastBoundary = -1;
            for (let k = runEnd; k > runStart; k--) {
                if (_isBoundary(text, k)) {
                    lastBoundary = k;
                    break;
                }
            }
            let atomStart = runStart;
            while (lastBoundary >= 0 && at >= 0) {
                // '[^@\s]+' has to cover a character before the '@' and '[^\s]+' one after it,
                // and the boundary that ends the match has to sit past both
                if (at > atomStart && runEnd > at + 1 && lastBoundary > at + 1) {
                    for (let start = atomStart; start < at; start++) {
                        if (_isBoundary(text, start)) {
                            if (start > runStart) {
                                return start;
                            }
                            // the leading '\s*' is greedy, so a match that begins at the run
                            // takes the whitespace in front of it along
                            let padded = runStart;
                            while (padded > 0 && _isSpaceCode(text.charCodeAt(padded - 1))) {
                                padded--;
                            }
                            return padded;
                        }
                    }
                }
                atomStart = at + 1;
                at = _indexOfAt(text, atomStart, runEnd);
            }
        }
        pos = runEnd;
    }
    return -1;
}
/**
 * Recovers the addr-spec from an angle-addr that came back holding unquoted whitespace.
 *
 * A malformed header can put more than a mailbox between the angle brackets, most often
 * because the generator wrote the recipient twice: '<user@example.com user@example.com>'
 * or '<example.com user@example.com>'. Whitespace is not addr-spec, so the whole run can
 * never be a mailbox anyone could deliver to, and passing it on as the address loses the
 * recipient that is sitting right there in the header.
 *
 * The run that still reads as an addr-spec is kept and whatever is left over becomes
 * display text rather than being dropped. Candidates are read strictly first and then
 * under the looser grammar, the same two tiers the unquoted-text branch below applies to
 * the same problem, so that '<a@b@c.com junk>' and a bare 'a@b@c.com junk' agree on the
 * recipient. When several runs qualify the first wins, which is what that branch's looser
 * tier does within a token.
 *
 * A quoted local part is left alone: RFC 5321 allows whitespace inside it, so
 * '<"user name"@example.com>' is well formed and means exactly what it says.
 *
 * @param data Collected address parts, mutated in place
 */
function _recoverAddrSpec(data) {
    if (!HAS_WHITESPACE.test(data.address)) {
        return;
    }
    let address;
    let rest;
    const quoted = data.address.match(QUOTED_LOCAL_ADDR);
    if (quoted) {
        if (!quoted[2]) {
            // the whitespace sits inside the quoted local part, this is a well formed mailbox
            return;
        }
        // a real mailbox with wreckage trailing it, so peel the addr-spec off whole rather
        // than splitting into the quotes
        address = quoted[1];
        rest = [quoted[2]];
    }
    else {
        if (data.address.indexOf('"') >= 0) {
            // Splitting on whitespace loses track of where the quoted string starts and ends,
            // and this module does not take addresses out of quoted strings: the run picked out
            // of '<junk "user@evil.com b"@good.com>' would be an address from the domain the
            // quotes were hiding. Every well formed shape was already handled above, so what is
            // left is wreckage either way and the original is the honest answer
            return;
        }
        const parts = data.address.split(/\s+/);
        let addrIndex = parts.findIndex(part => ADDR_SPEC.test(part));
        if (addrIndex < 0) {
            addrIndex = parts.findIndex(part => LOOSE_ADDR_SPEC.test(part));
        }
        if (addrIndex < 0) {
            // nothing in there reads as an address, there is no better answer than the original
            return;
        }
        address = parts.splice(addrIndex, 1)[0];
        rest = parts;
    }
    data.address = address;
    data.text = [data.text]
        .concat(rest)
        .filter(part => part)
        .join(' ');
}
/**
 * Converts tokens for a single address into an address object
 *
 * @param tokens Tokens object
 * @param depth Current recursion depth for nested group protection
 * @return Address object
 */
function _handleAddress(tokens, depth) {
    let isGroup = false;
    let state = 'text';
    const addresses = [];
    const data = {
        address: [],
        comment: [],
        group: [],
        text: [],
        textWasQuoted: []
    };
    let insideQuotes = false;
    // Last character of the run each state is currently accumulating. Reading it back off
    // the accumulator with slice(-1) makes the engine flatten the whole growing string on
    // every token, which is quadratic over an address built from many comment-joined atoms
    // (GHSA-prgh-xp8r-p3m5). A run only ever grows by the token appended below, so the
    // character is carried along instead of re-read.
    const lastChars = { address: '', comment: '', group: '', text: '' };
    // Filter out <addresses>, (comments) and regular text
    for (let i = 0, len = tokens.length; i < len; i++) {
        const token = tokens[i];
        const prevToken = i ? tokens[i - 1] : null;
        if (token.type === 'operator') {
            switch (token.value) {
                case '<':
                    state = 'address';
                    insideQuotes = false;
                    break;
                case '(':
                    state = 'comment';
                    insideQuotes = false;
                    break;
                case ':':
                    state = 'group';
                    isGroup = true;
                    insideQuotes = false;
                    break;
                case '"':
                    insideQuotes = !insideQuotes;
                    state = 'text';
                    break;
                default:
                    state = 'text';
                    insideQuotes = false;
                    break;
            }
        }
        else if (token.value) {
            // An empty quoted string is dropped by the tokenizer, leaving no text token of its
            // own for textWasQuoted to be recorded on, so the pair of quote operators right in
            // front of this token is all that is left of it and the run it opens carries the
            // quoting instead. Without this '""@example.com' reads as the bare '@example.com',
            // the quotes never go back on, and the value is no longer an addr-spec a trailing
            // comment can be peeled off of. It only ever opens a run: a run that already holds
            // material collected outside the quotes is not a quoted string, whatever follows it
            const prevPrevToken = i > 1 ? tokens[i - 2] : null;
            const opensAfterEmptyQuotedString = prevToken?.type === 'operator' &&
                prevToken.value === '"' &&
                !!prevToken.noBreak &&
                prevPrevToken?.type === 'operator' &&
                prevPrevToken.value === '"';
            if (state === 'address') {
                // Handle unquoted name that includes a "<".
                // Apple Mail truncates everything between an unexpected < and an address.
                token.value = token.value.replace(/^[^<]*<\s*/, '');
            }
            // A comment is folding whitespace. It may sit inside an addr-spec, on either side
            // of the '@', but it cannot join two atoms into one: gluing across it would read
            // 'user@example.com(x)evil.com' as the single domain 'example.comevil.com' and
            // deliver to a domain the sender never named.
            const parts = data[state];
            const joins = prevToken &&
                prevToken.noBreak &&
                parts.length &&
                (prevToken.value !== ')' || lastChars[state] === '@' || token.value.charAt(0) === '@');
            if (joins) {
                data[state][data[state].length - 1] += token.value;
                if (token.value) {
                    lastChars[state] = token.value.charAt(token.value.length - 1);
                }
                if (state === 'text' && insideQuotes) {
                    data.textWasQuoted[data.textWasQuoted.length - 1] = true;
                }
            }
            else {
                data[state].push(token.value);
                lastChars[state] = token.value.charAt(token.value.length - 1);
                if (state === 'text') {
                    data.textWasQuoted.push(insideQuotes || opensAfterEmptyQuotedString);
                }
            }
        }
    }
    // If there is no text but a comment, replace the two
    if (!data.text.length && data.comment.length) {
        data.text = data.comment;
        data.comment = [];
    }
    if (isGroup) {
        // http://tools.ietf.org/html/rfc2822#appendix-A.1.3
        data.text = data.text.join(' ');
        // Parse group members, but flatten any nested groups (RFC 5322 doesn't allow nesting)
        let groupMembers = [];
        if (data.group.length) {
            const parsedGroup = addressparser(data.group.join(','), { _depth: depth + 1 });
            parsedGroup.forEach(member => {
                if (member.group) {
                    groupMembers = groupMembers.concat(member.group);
                }
                else {
                    groupMembers.push(member);
                }
            });
        }
        addresses.push({
            name: data.text || '',
            group: groupMembers
        });
    }
    else {
        // If no address was found, try to detect one from regular text
        if (!data.address.length && data.text.length) {
            for (let i = data.text.length - 1; i >= 0; i--) {
                // Security: Do not extract email addresses from quoted strings.
                // RFC 5321 allows @ inside quoted local-parts like "user@domain"@example.com.
                // Extracting emails from quoted text leads to misrouting vulnerabilities.
                if (!data.textWasQuoted[i] && ADDR_SPEC.test(data.text[i])) {
                    data.address = data.text.splice(i, 1);
                    data.textWasQuoted.splice(i, 1);
                    break;
                }
            }
            // Try a looser regex match if strict match found nothing
            if (!data.address.length) {
                let extracted = false;
                for (let i = data.text.length - 1; i >= 0; i--) {
                    // Security: Do not extract email addresses from quoted strings
                    if (!data.textWasQuoted[i]) {
                        const part = data.text[i];
                        let remainder = part;
                        const at = _looseAddressStart(part);
                        if (at >= 0) {
                            LOOSE_TEXT_ADDR.lastIndex = at;
                            const match = LOOSE_TEXT_ADDR.exec(part);
                            if (match) {
                                data.address = [match[0].trim()];
                                extracted = true;
                                remainder = part.slice(0, at) + ' ' + part.slice(at + match[0].length);
                            }
                        }
                        data.text[i] = remainder.trim();
                        if (extracted) {
                            break;
                        }
                    }
                }
            }
        }
        // If there's still no text but a comment exists, replace the two
        if (!data.text.length && data.comment.length) {
            data.text = data.comment;
            data.comment = [];
        }
        // Keep only the first address occurrence, push others to regular text
        if (data.address.length > 1) {
            data.text = data.text.concat(data.address.splice(1));
        }
        // An address is only taken from unquoted text, so anything left in the text at this
        // point that still has to serve as the address carries its quoting in this flag
        const addressFromQuotedText = !data.address.length && data.textWasQuoted.some(wasQuoted => wasQuoted);
        // Join values with spaces
        data.text = data.text.join(' ');
        data.address = data.address.join(' ');
        if (addressFromQuotedText && data.text) {
            // The mailbox is still sitting in the text, so it moves over here and is quoted
            // before the recovery below rather than after it. Anything else the text holds
            // came along with it: a comment ends the domain but leaves the atoms behind it in
            // the same text, and '"user"@example.com(x)evil.com' was handed on as the address
            // 'user@example.com evil.com', a second domain riding into the envelope recipient
            // on a value that is no addr-spec at all (GHSA-g57g-f23g-4646). Putting the quotes
            // back first is what lets the recovery tell the whitespace an addr-spec may carry
            // from the wreckage trailing one, as only a quoted local part may hold whitespace
            data.address = _quoteLocalPart(data.text);
            data.text = '';
        }
        _recoverAddrSpec(data);
        const address = {
            address: data.address || data.text || '',
            name: data.text || data.address || ''
        };
        if (address.address === address.name) {
            if (/@/.test(address.address || '')) {
                address.name = '';
            }
            else {
                address.address = '';
            }
        }
        addresses.push(address);
    }
    return addresses;
}
/**
 * Creates a Tokenizer object for tokenizing address field strings
 *
 * @constructor
 * @param str Address field string
 */
class Tokenizer {
    constructor(str) {
        this.str = (str || '').toString();
        this.operatorCurrent = '';
        this.operatorExpecting = '';
        this.node = null;
        this.escaped = false;
        this.inDomainLiteral = false;
        this.list = [];
        /**
         * Operator tokens and which tokens are expected to end the sequence
         */
        this.operators = {
            '"': '"',
            '(': ')',
            '<': '>',
            ',': '',
            ':': ';',
            // Semicolons are not a legal delimiter per the RFC2822 grammar other
            // than for terminating a group, but they are also not valid for any
            // other use in this context.  Given that some mail clients have
            // historically allowed the semicolon as a delimiter equivalent to the
            // comma in their UI, it makes sense to treat them the same as a comma
            // when used outside of a group.
            ';': ''
        };
    }
    /**
     * Tokenizes the original input string
     *
     * @return An array of operator|text tokens
     */
    tokenize() {
        const list = [];
        for (let i = 0, len = this.str.length; i < len; i++) {
            const chr = this.str.charAt(i);
            const nextChr = i < len - 1 ? this.str.charAt(i + 1) : null;
            this.checkChar(chr, nextChr);
        }
        this.list.forEach(node => {
            node.value = (node.value || '').toString().trim();
            if (node.value) {
                list.push(node);
            }
        });
        return list;
    }
    /**
     * Checks if a character is an operator or text and acts accordingly
     *
     * @param chr Character from the address field
     */
    checkChar(chr, nextChr) {
        // Track RFC 5322 domain-literals ("[" *dtext "]"). Operator characters such
        // as the ":" of an IPv6 address-literal (user@[IPv6:2001:db8::1]) are dtext
        // and must not be treated as the group delimiter while inside the brackets.
        // Quoted strings and comments are handled separately via operatorExpecting,
        // so only enter this state when no operator is open. The list separators ","
        // and ";" are the exception: they always end the literal (and split the
        // address list) so that an unclosed "[" cannot swallow later recipients.
        if (!this.escaped && !this.operatorExpecting) {
            if (!this.inDomainLiteral && chr === '[') {
                this.inDomainLiteral = true;
            }
            else if (this.inDomainLiteral && (chr === ']' || chr === ',' || chr === ';')) {
                this.inDomainLiteral = false;
            }
        }
        if (this.escaped) {
            // ignore next condition blocks
        }
        else if (chr === this.operatorExpecting) {
            this.node = {
                type: 'operator',
                value: chr
            };
            if (nextChr && ![' ', '\t', '\r', '\n', ',', ';'].includes(nextChr)) {
                this.node.noBreak = true;
            }
            this.list.push(this.node);
            this.node = null;
            this.operatorExpecting = '';
            this.escaped = false;
            return;
        }
        else if (!this.operatorExpecting && !this.inDomainLiteral && chr in this.operators) {
            this.node = {
                type: 'operator',
                value: chr
            };
            this.list.push(this.node);
            this.node = null;
            this.operatorExpecting = this.operators[chr];
            this.escaped = false;
            return;
        }
        else if (['"', "'"].includes(this.operatorExpecting) && chr === '\\') {
            this.escaped = true;
            return;
        }
        if (!this.node) {
            this.node = {
                type: 'text',
                value: ''
            };
            this.list.push(this.node);
        }
        if (chr === '\n') {
            // Convert newlines to spaces. Carriage return is ignored as \r and \n usually
            // go together anyway and there already is a WS for \n. Lone \r means something is fishy.
            chr = ' ';
        }
        if (chr.charCodeAt(0) >= 0x21 || [' ', '\t'].includes(chr)) {
            // skip command bytes
            this.node.value += chr;
        }
        this.escaped = false;
    }
}
/**
 * Maximum recursion depth for parsing nested groups.
 * RFC 5322 doesn't allow nested groups, so this is a safeguard against
 * malicious input that could cause stack overflow.
 */
const MAX_NESTED_GROUP_DEPTH = 50;
/**
 * Parses structured e-mail addresses from an address field
 *
 * Example:
 *
 *    'Name <address@domain>'
 *
 * will be converted to
 *
 *     [{name: 'Name', address: 'address@domain'}]
 *
 * @param str Address field
 * @param options Optional options object
 * @param options._depth Internal recursion depth counter (do not set manually)
 * @return An array of address objects
 */
function addressparser(str, options) {
    options = options || {};
    const depth = options._depth || 0;
    // Prevent stack overflow from deeply nested groups (DoS protection)
    if (depth > MAX_NESTED_GROUP_DEPTH) {
        return [];
    }
    const tokenizer = new Tokenizer(str);
    const tokens = tokenizer.tokenize();
    const addresses = [];
    let address = [];
    let parsedAddresses = [];
    tokens.forEach(token => {
        if (token.type === 'operator' && (token.value === ',' || token.value === ';')) {
            if (address.length) {
                addresses.push(address);
            }
            address = [];
        }
        else {
            address.push(token);
        }
    });
    if (address.length) {
        addresses.push(address);
    }
    addresses.forEach(addr => {
        const handled = _handleAddress(addr, depth);
        // Appended in place. Rebuilding the accumulator with concat() would copy every
        // entry collected so far on each address, making a flat list cost O(n^2).
        for (let i = 0; i < handled.length; i++) {
            parsedAddresses.push(handled[i]);
        }
    });
    // Merge fragments produced when unquoted display names contain commas.
    // "Joe Foo, PhD <joe@example.com>" is split on the comma into
    // [{name:"Joe Foo", address:""}, {name:"PhD", address:"joe@example.com"}].
    // Recombine: a name-only entry followed by an entry with both name and address.
    // Walked back to front so that a run of fragments folds into one entry in a single
    // pass. Splicing each fragment out of the list instead would cost O(n^2).
    const mergedAddresses = [];
    for (let i = parsedAddresses.length - 1; i >= 0; i--) {
        const current = parsedAddresses[i];
        const next = mergedAddresses.length ? mergedAddresses[mergedAddresses.length - 1] : null;
        if (next && current.address === '' && current.name && !current.group && next.address && next.name) {
            next.name = current.name + ', ' + next.name;
        }
        else {
            mergedAddresses.push(current);
        }
    }
    mergedAddresses.reverse();
    parsedAddresses = mergedAddresses;
    if (options.flatten) {
        const flatAddresses = [];
        const walkAddressList = (list) => {
            list.forEach(entry => {
                if (entry.group) {
                    return walkAddressList(entry.group);
                }
                flatAddresses.push(entry);
            });
        };
        walkAddressList(parsedAddresses);
        return flatAddresses;
    }
    return parsedAddresses;
}
module.exports = exports.default;
Object.defineProperty(module.exports, "default", ({ value: exports.default, enumerable: false, writable: true, configurable: true }));


/***/ })

};
