export const id = 659;
export const ids = [659,313];
export const modules = {

/***/ 7577:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {



const { formatDomain, toALabel } = __webpack_require__(3594);

// Characters that can not appear in a domain name taken from an address. Anything like this
// means the address was malformed and the text after the "@" is not a domain.
const INVALID_DOMAIN_CHARS = /[\s"<>(),;:\\@[\]]/;

// A domain literal (RFC 5322 3.4.1). It is kept as is, it can not publish a DMARC record.
const DOMAIN_LITERAL = /^\[[^[\]\\]*\]$/;

// Removes an obsolete source route (RFC 5322 4.4 obs-angle-addr), as in "@relay.example:ceo@bank.example",
// where the route ends with the first ":" that is not inside a domain literal
const stripRoute = address => {
    if (address.charAt(0) !== '@') {
        return address;
    }
    let inLiteral = false;
    for (let i = 1; i < address.length; i++) {
        let c = address.charAt(i);
        if (c === '[') {
            inLiteral = true;
        } else if (c === ']') {
            inLiteral = false;
        } else if (c === ':' && !inLiteral) {
            return address.slice(i + 1);
        }
    }
    return address;
};

// Returns the positions of the "@" signs that separate a local-part from a domain. An "@" inside
// a quoted string of the local-part (RFC 5322 3.2.4) or inside a domain literal does not count.
// With an unterminated quoted string the quotes are not honored, so that the "@" of an address
// such as '"ceo@bank.example' still counts and the domain the reader sees is not dropped.
const findSeparators = (address, honorQuotes) => {
    let positions = [];
    let inQuote = false;
    let escaped = false;
    let inLiteral = false;

    for (let i = 0; i < address.length; i++) {
        let c = address.charAt(i);
        if (inQuote) {
            if (escaped) {
                escaped = false;
            } else if (c === '\\') {
                escaped = true;
            } else if (c === '"') {
                inQuote = false;
            }
            continue;
        }
        if (inLiteral) {
            if (c === ']') {
                inLiteral = false;
            }
            continue;
        }
        if (c === '"' && honorQuotes && !positions.length) {
            inQuote = true;
        } else if (c === '[' && positions.length) {
            inLiteral = true;
        } else if (c === '@') {
            positions.push(i);
        }
    }

    if (inQuote) {
        return findSeparators(address, false);
    }

    return positions;
};

// Normalizes the domain part of an address. Returns { domain, authorDomain } or null when it is
// not a domain. "domain" is lower case and an A-label (RFC 9989 5.3.1), "authorDomain" also has
// the trailing root dot removed and is the name that is queried and compared.
const normalizeDomain = value => {
    let domain = (value || '').trim().toLowerCase();
    if (!domain) {
        return null;
    }

    if (!DOMAIN_LITERAL.test(domain)) {
        if (INVALID_DOMAIN_CHARS.test(domain)) {
            return null;
        }
        domain = toALabel(domain);
    }

    let authorDomain = formatDomain(domain);
    if (!authorDomain) {
        // "user@." has no domain name, only the root
        return null;
    }

    return { domain, authorDomain };
};

// Returns the normalized domains found in one address. A valid addr-spec has one domain, the text
// after the "@" that ends the local-part. An address with more than one "@" outside a quoted string
// is malformed and every candidate is returned, so that it counts as more than one Author Domain.
const getAddressDomains = address => {
    if (typeof address !== 'string') {
        return [];
    }

    address = address.trim();

    if (address.indexOf('@') < 0) {
        // not an address, but dmarc() has always accepted a bare domain name here
        let entry = normalizeDomain(address);
        return entry ? [entry] : [];
    }

    address = stripRoute(address);

    let positions = findSeparators(address, true);
    let domains = [];
    for (let i = 0; i < positions.length; i++) {
        let entry = normalizeDomain(address.slice(positions[i] + 1, i + 1 < positions.length ? positions[i + 1] : address.length));
        if (entry) {
            domains.push(entry);
        }
    }

    return domains;
};

// Extracts the Author Domain from the RFC5322.From addresses (RFC 9989 5.3.1). Several mailboxes
// are fine as long as they all use the same domain. Returns
//   { domain, authorDomain, mailboxes } when there is exactly one Author Domain, or
//   { reason, domains, mailboxes } when DMARC validation is not possible, where "reason" is
//   "no-author-domain", "multiple-author-domains", "invalid-author-domain" or
//   "multiple-from-fields".
// "fromFields" is the number of From header fields the addresses came from, if known. RFC 5322
// allows only one, and with several the DKIM signature can cover a different field than the one
// a mail client shows, so their addresses are not merged into one Author Domain.
const getAuthorDomain = (headerFrom, fromFields) => {
    let addresses = [].concat(headerFrom === undefined || headerFrom === null ? [] : headerFrom);

    let found = new Map();
    let invalid = false;
    for (let address of addresses) {
        let entries = getAddressDomains(address);
        if (!entries.length) {
            // a mailbox without a usable domain is not skipped, the domain a reader sees for it
            // is unknown, so the Author Domain can not be determined
            invalid = true;
        }
        for (let entry of entries) {
            if (!found.has(entry.authorDomain)) {
                found.set(entry.authorDomain, entry);
            }
        }
    }

    let mailboxes = addresses.length;

    if (fromFields > 1) {
        return { reason: 'multiple-from-fields', domains: Array.from(found.keys()), mailboxes };
    }

    if (invalid && found.size) {
        return { reason: 'invalid-author-domain', domains: Array.from(found.keys()), mailboxes };
    }

    if (found.size === 1) {
        let [entry] = found.values();
        return { domain: entry.domain, authorDomain: entry.authorDomain, mailboxes };
    }

    return {
        reason: found.size ? 'multiple-author-domains' : 'no-author-domain',
        domains: Array.from(found.keys()),
        mailboxes
    };
};

module.exports = { getAuthorDomain, getAddressDomains };


/***/ }),

/***/ 313:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {



const dns = (__webpack_require__(610).promises);
const net = __webpack_require__(7030);
const { formatDomain } = __webpack_require__(3594);

// Tags whose values are ABNF literals in RFC 7489 6.4 / RFC 9989 4.7 and are therefore
// case insensitive (RFC 5234 2.3). Values of other tags keep their case: "v" is defined
// with explicit hex literals and is case sensitive, "rua"/"ruf" are URIs.
const CASE_INSENSITIVE_TAGS = new Set(['p', 'sp', 'np', 'adkim', 'aspf', 'fo', 'rf', 't', 'psd']);

// The version tag must be the first tag and its value "DMARC1" must match precisely
// (RFC 9989 4.7 "v"), while the ABNF allows *WSP around "=" and a case insensitive
// tag name, hence [vV] instead of an /i flag that would also relax the value
const DMARC_VERSION_RE = /^[vV][ \t]*=[ \t]*DMARC1[ \t]*(?:;|$)/;

// Resolver errors that mean the name has no record, as opposed to a transient failure.
// EBADNAME is a name that can not exist in the DNS at all.
const NO_RECORD_CODES = new Set(['ENOTFOUND', 'ENODATA', 'EBADNAME']);

// A Tree Walk shortens an author domain of eight or more labels straight to seven (RFC 9989 4.10 step 4)
const WALK_MAX_LABELS = 7;

// A domain literal or an IP address is not a DNS name and can not publish a DMARC record
const isAddress = domain => domain.startsWith('[') || net.isIP(domain) !== 0;

// Whether a name can exist in the DNS: no empty labels, labels of at most 63 octets and a
// name of at most 253 octets (RFC 1035 2.3.4). Anything else would only produce a resolver
// error that looks like a transient failure.
const isValidName = name => name.length <= 253 && name.split('.').every(label => label.length && label.length <= 63);

const POLICY_VALUES = new Set(['none', 'quarantine', 'reject']);

// A reporting URI (RFC 9989 4.8 dmarc-uri): an RFC 3986 URI, so a scheme, a ":" and a possibly
// empty rest made of URI characters, where commas and "!" must be percent-encoded. "mailto:" is
// therefore valid and a bare address is not. An obsolete "!size" suffix does not change that.
const REPORTING_URI = /^[a-z][a-z0-9+.-]*:(?:[a-z0-9\-._~:/?#[\]@$&'()*+;=]|%[0-9a-f]{2})*$/i;
const OBS_REPORT_SIZE = /![0-9]+[kmgt]?$/i;

// "rua" lists at least one syntactically valid reporting URI (RFC 9989 4.10.1)
const hasReportingUri = record =>
    typeof record.rua === 'string' && record.rua.split(',').some(uri => REPORTING_URI.test(uri.trim().replace(OBS_REPORT_SIZE, '')));

// Returns the policy tags a record is applied with (RFC 9989 4.10.1). A record without a
// valid "p", or with an invalid "sp" or "np", acts as p=none when it asks for aggregate
// reports, and gets no DMARC processing at all (null) otherwise.
const getPolicyTags = record => {
    const isValid = value => value === undefined || POLICY_VALUES.has(value);
    if (POLICY_VALUES.has(record.p) && isValid(record.sp) && isValid(record.np)) {
        return { p: record.p, sp: record.sp, np: record.np };
    }
    return hasReportingUri(record) ? { p: 'none' } : null;
};

// Domain existence test (RFC 9989 A.4): any RR makes a name exist, only NXDOMAIN means it
// does not. A query for A tells the two apart, NODATA is an existing name without A records.
// A query for A follows a CNAME and gets the target's NXDOMAIN when the target is gone (RFC 6604 3),
// so after an NXDOMAIN the name's own CNAME, which is not followed, is looked up as well.
const domainExists = async (domain, resolver) => {
    if (!isValidName(domain)) {
        return false;
    }
    resolver = resolver || dns.resolve;
    try {
        await resolver(domain, 'A');
        return true;
    } catch (err) {
        if (err.code === 'ENODATA') {
            return true;
        }
        if (err.code === 'EBADNAME') {
            return false;
        }
        if (err.code !== 'ENOTFOUND') {
            throw err;
        }
    }
    try {
        return ((await resolver(domain, 'CNAME')) || []).length > 0;
    } catch (err) {
        if (NO_RECORD_CODES.has(err.code)) {
            // no CNAME, so the NXDOMAIN for A was the name's own
            return false;
        }
        throw err;
    }
};

// Tag names registered for DMARC (RFC 9989 9.3), including the historic ones
const KNOWN_TAGS = new Set(['v', 'p', 'sp', 'np', 'adkim', 'aspf', 'fo', 'rua', 'ruf', 'rf', 'ri', 'pct', 't', 'psd']);

// Parses a DMARC Policy Record. DMARC uses the DKIM tag-list syntax (RFC 9989 4.7), where tag names
// are case sensitive and a duplicated tag makes the whole tag-list invalid (RFC 6376 3.2).
// By default tag names are case-folded and the last of duplicated tags wins, which is reported in
// "warnings". With "strict" the RFC rules apply and a record with a duplicated tag is invalid (null).
const parseDmarcRecord = (txt, opts) => {
    const { strict, warnings } = opts || {};

    let seen = new Set();
    let duplicate = false;

    let entries = txt
        .split(';')
        .map(e => e.trim())
        .filter(e => e)
        .map((e, i) => {
            let splitPos = e.indexOf('=');
            if (splitPos < 0) {
                // not a tag, a syntax error that is ignored
                return [e.toLowerCase().trim(), false];
            } else if (splitPos === 0) {
                return [false, e];
            }
            // whitespace is allowed around "=" (*WSP in the ABNF), so the value must be trimmed
            let name = e.substr(0, splitPos).trim();
            let key = name.toLowerCase();
            if (strict && i > 0) {
                // the version tag is matched case-insensitively by its own ABNF rule, other names are not
                key = name;
            } else if (key !== name && KNOWN_TAGS.has(key) && i > 0) {
                warnings?.add('tag-case');
            }

            if (seen.has(key)) {
                duplicate = true;
            }
            seen.add(key);

            let val = e.substr(splitPos + 1).trim();
            if (['pct', 'ri'].includes(key)) {
                val = parseInt(val, 10) || 0;
            } else if (CASE_INSENSITIVE_TAGS.has(key)) {
                val = val.toLowerCase();
            }
            return [key, val];
        });

    if (duplicate) {
        if (strict) {
            return null;
        }
        warnings?.add('duplicate-tag');
    }

    let parsed = Object.fromEntries(entries);

    parsed.rr = txt;

    return parsed;
};

// Returns the DMARC Policy Record published at "_dmarc.<name>", or false. A set of several
// records counts as no record, it is discarded (RFC 9989 4.10 steps 2 and 6).
const fetchRecord = async (name, resolver, opts) => {
    if (!isValidName(`_dmarc.${name}`)) {
        return false;
    }

    let records;
    try {
        let txt = await resolver(`_dmarc.${name}`, 'TXT');
        // a custom resolver might return plain strings instead of lists of character-strings
        records = (txt || []).map(row => (Array.isArray(row) ? row.join('') : String(row)).trim()).filter(row => DMARC_VERSION_RE.test(row));
    } catch (err) {
        if (NO_RECORD_CODES.has(err.code)) {
            return false;
        }
        throw err;
    }

    // a record that is not a valid tag-list is discarded like one that is not a DMARC record
    return (records.length === 1 && parseDmarcRecord(records[0], opts)) || false;
};

// Tree Walks for one message share most of their names, so each name is queried only once.
// opts.strict parses records by the RFC 6376 tag-list rules, opts.warnings is a Set that collects
// what the default parsing accepted and strict parsing would not.
const createRecordLookup = (resolver, opts) => {
    resolver = resolver || dns.resolve;
    let cache = new Map();
    return name => {
        if (!cache.has(name)) {
            cache.set(name, fetchRecord(name, resolver, opts));
        }
        return cache.get(name);
    };
};

// DNS Tree Walk (RFC 9989 4.10). Returns the records found, longest name first. The walk
// stops at a record with a psd=y or psd=n tag, or when no labels are left, so it makes
// at most eight queries. A DNS error ends the walk and is returned next to the records
// found before it, because a record found at the start domain is usable without the rest.
const treeWalk = async (domain, lookup) => {
    let found = [];
    let labels = domain.split('.');

    while (labels.length) {
        let name = labels.join('.');
        let record;
        try {
            record = await lookup(name);
        } catch (err) {
            return { found, error: err };
        }

        if (record) {
            found.push({ domain: name, record });
            if (record.psd === 'y' || record.psd === 'n') {
                break;
            }
        }

        labels = labels.length > WALK_MAX_LABELS ? labels.slice(-WALK_MAX_LABELS) : labels.slice(1);
    }

    return { found };
};

// Organizational Domain selection for a completed Tree Walk (RFC 9989 4.10.2)
const selectOrgDomain = (domain, found) => {
    for (let { domain: recordDomain, record } of found) {
        if (record.psd === 'n') {
            return recordDomain;
        }
        if (record.psd === 'y' && recordDomain !== domain) {
            // the domain one label below the PSD
            let labelCount = recordDomain.split('.').length + 1;
            return domain.split('.').slice(-labelCount).join('.');
        }
    }

    // the record with the fewest labels, or the start domain itself when nothing was found
    return found.length ? found[found.length - 1].domain : domain;
};

// Returns the Organizational Domain of a normalized domain name. Throws on DNS errors.
const getOrgDomain = async (domain, lookup) => {
    if (isAddress(domain)) {
        return domain;
    }
    let { found, error } = await treeWalk(domain, lookup);
    if (error) {
        throw error;
    }
    return selectOrgDomain(domain, found);
};

// The record that holds the policy of an Organizational Domain: its own record, or else the record
// of the PSD above it. Returns false when there is neither.
const findOrgRecord = (orgDomain, found) => {
    let last = found[found.length - 1];
    let entry = found.find(e => e.domain === orgDomain) || (last?.record.psd === 'y' ? last : null);
    return entry || false;
};

// DMARC Policy Discovery (RFC 9989 4.10.1) for a normalized author domain. Returns
// { record, recordDomain, orgDomain, orgRecord, error }, where "record" is false when no policy
// applies and "orgRecord" is the record that holds the Organizational Domain's policy (see findOrgRecord).
// When the Tree Walk fails after a record was found at the author domain, "orgDomain" and
// "orgRecord" are null and "error" says why. Throws on DNS errors that leave the policy unknown.
const discoverPolicy = async (domain, lookup) => {
    if (isAddress(domain)) {
        return { record: false, recordDomain: null, orgDomain: domain, orgRecord: false };
    }

    let { found, error } = await treeWalk(domain, lookup);

    if (found[0]?.domain === domain) {
        // the author domain's own record applies regardless of what is above it
        if (error) {
            return { record: found[0].record, recordDomain: domain, orgDomain: null, orgRecord: null, error };
        }
        let orgDomain = selectOrgDomain(domain, found);
        return { record: found[0].record, recordDomain: domain, orgDomain, orgRecord: findOrgRecord(orgDomain, found).record || false };
    }

    if (error) {
        throw error;
    }

    let orgDomain = selectOrgDomain(domain, found);

    // otherwise the record of the Organizational Domain, and failing that the record of the PSD.
    // A walk only stops at a psd tag, so a psd=y record can only be the last one found.
    let entry = findOrgRecord(orgDomain, found);

    return { record: entry ? entry.record : false, recordDomain: entry ? entry.domain : null, orgDomain, orgRecord: entry ? entry.record : false };
};

// Fetches the DMARC Policy Record that applies to a domain. Returns the parsed record or false.
// opts.strict parses records by the RFC 6376 tag-list rules (see parseDmarcRecord).
const getDmarcRecord = async (domain, resolver, opts) => {
    domain = formatDomain(domain || '');

    let { record, recordDomain, orgDomain } = await discoverPolicy(domain, createRecordLookup(resolver, { strict: !!opts?.strict }));
    if (!record) {
        return false;
    }

    return Object.assign(record, {
        // the record is inherited from the Organizational Domain or the PSD
        isOrgRecord: recordDomain !== domain,
        recordDomain,
        orgDomain
    });
};

module.exports = getDmarcRecord;
module.exports.createRecordLookup = createRecordLookup;
module.exports.discoverPolicy = discoverPolicy;
module.exports.getOrgDomain = getOrgDomain;
module.exports.getPolicyTags = getPolicyTags;
module.exports.domainExists = domainExists;
module.exports.parseDmarcRecord = parseDmarcRecord;


/***/ }),

/***/ 9659:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {



const verifyDmarc = __webpack_require__(4510);
const { evaluateDmarc } = verifyDmarc;

const dmarc = async opts => verifyDmarc(opts);

module.exports = { dmarc, evaluateDmarc };


/***/ }),

/***/ 4510:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {



const dns = (__webpack_require__(610).promises);
const { formatAuthHeaderRow, formatDomain } = __webpack_require__(3594);
const { createRecordLookup, discoverPolicy, getOrgDomain, getPolicyTags, domainExists } = __webpack_require__(313);
const { getAuthorDomain } = __webpack_require__(7577);

// Every Tree Walk is capped at eight queries, but the number of walks is not (RFC 9989 4.10.2),
// so a message can only make this many identifiers walk for relaxed alignment. An identifier
// past the limit is not known to align or not, so it is treated like one whose walk failed.
const MAX_ALIGNMENT_WALKS = 10;

// t=y asks for the policy one level below the published one (RFC 9989 4.7 "t")
const TEST_MODE_POLICY = { reject: 'quarantine', quarantine: 'none', none: 'none' };

const POLICY_STRENGTH = { none: 0, quarantine: 1, reject: 2 };

// Two domains can only have the same Organizational Domain if they have a common parent. With
// no common label at all no Tree Walk result could make them align.
const shareParent = (a, b) => a.split('.').pop() === b.split('.').pop();

const setHidden = (obj, key, value) => Object.defineProperty(obj, key, { value, enumerable: false, configurable: true, writable: true });

const evaluateDmarc = async opts => {
    let { headerFrom, fromFields, spfDomains, dkimDomains, resolver, arcResult, strict } = opts;

    strict = !!strict;
    resolver = resolver || dns.resolve;

    // RFC 9989 5.3.1: several mailboxes are fine if they share one domain, but with zero or more
    // than one Author Domain DMARC validation is not possible. The response stays false, as it
    // always was for these messages, and "reason" says why.
    const author = getAuthorDomain(headerFrom, fromFields);
    if (!author.authorDomain) {
        return { response: false, reason: author.reason, authorDomains: author.domains };
    }

    // "domain" is reported in header.from. "authorDomain" is the name to query and compare,
    // where "example.com." and "example.com" are the same domain.
    const { domain, authorDomain } = author;

    // what the default mode accepted that strict mode would not
    const warnings = new Set();

    let formatResponse = response => {
        if (warnings.size) {
            response.warnings = Array.from(warnings);
        }

        response.info = formatAuthHeaderRow('dmarc', response.status, { strict });

        if (typeof response.status.comment === 'boolean') {
            delete response.status.comment;
        }

        // for BIMI (draft-brand-indicators-for-message-identification 7.1), not part of the result
        setHidden(response, 'authorMailboxes', author.mailboxes);

        return response;
    };

    let status = {
        result: 'neutral',
        comment: false,
        // ptype properties
        header: {
            // RFC 8601 2.7.2: header.from is the domain of the RFC5322.From address,
            // not the organizational domain the policy may have been inherited from
            from: domain
        }
    };

    // the strict parsing rejects what the default parsing would note, so it adds no warnings
    const lookup = createRecordLookup(resolver, { strict, warnings });

    let policyDiscovery;
    try {
        policyDiscovery = await discoverPolicy(authorDomain, lookup);
    } catch (err) {
        // temperror?
        status.result = 'temperror';
        return { response: formatResponse({ status, domain: authorDomain, error: err.message }) };
    }

    let { record: dmarcRecord, recordDomain, orgDomain, orgRecord } = policyDiscovery;

    if (!dmarcRecord) {
        // nothing to do here
        // none
        status.result = 'none';
        return { response: formatResponse({ status, domain: orgDomain }) };
    }

    const policyTags = getPolicyTags(dmarcRecord);
    if (!policyTags) {
        // no valid policy and nowhere to report to, the record gets no DMARC processing (RFC 9989 4.10.1)
        status.result = 'none';
        return { response: formatResponse({ status, domain: orgDomain || authorDomain }) };
    }

    if (!strict) {
        // The domain the applied policy record was published at, the DMARC Policy Domain. This
        // property is not registered for dmarc (RFC 9989 9.1), so strict mode leaves it out and
        // the domain is only reported in "policyDomain".
        status.header.d = recordDomain;
    }

    let policy = policyTags.p;
    // set when the existence query that decides between "sp" and "np" failed
    let existenceError = null;
    if (recordDomain !== authorDomain) {
        // A record inherited by a subdomain applies "np" if the subdomain does not exist and "sp"
        // if it does, both falling back to "p" (RFC 9989 4.10.1). Existence only matters with "np".
        policy = policyTags.sp || policyTags.p;
        if (policyTags.np) {
            try {
                if (!(await domainExists(authorDomain, resolver))) {
                    policy = policyTags.np;
                }
            } catch (err) {
                if (policyTags.np !== policy) {
                    // The policy is one of the two, but which one is not known. This only matters
                    // for a message that does not pass. Until then the weaker one is assumed, so
                    // that nothing (such as BIMI) treats the domain as more enforcing than it is.
                    existenceError = err;
                    if (POLICY_STRENGTH[policyTags.np] < POLICY_STRENGTH[policy]) {
                        policy = policyTags.np;
                    }
                }
            }
        }
    }

    const testMode = dmarcRecord.t === 'y';
    if (testMode) {
        policy = TEST_MODE_POLICY[policy];
    }

    status.comment = []
        .concat(`p=${policyTags.p.toUpperCase()}`)
        .concat(policyTags.sp ? `sp=${policyTags.sp.toUpperCase()}` : [])
        .concat(arcResult?.status?.result ? `arc=${arcResult?.status?.result}` : [])
        .join(' ');

    const adkimStrict = dmarcRecord.adkim === 's';
    const aspfStrict = dmarcRecord.aspf === 's';

    // Relaxed alignment compares Organizational Domains found by Tree Walks (RFC 9989 4.10.2).
    // An identifier's Organizational Domain is always the identifier itself or one of its
    // parents, so only identifiers at or below the author's Organizational Domain need a walk.
    let orgDomains = new Map();
    // throws when a Tree Walk the answer depends on failed, or was not made because of the limit
    const alignsRelaxed = async entryDomain => {
        if (entryDomain === authorDomain) {
            return true;
        }
        if (!orgDomain) {
            // The author's own Tree Walk failed, so there is nothing to compare against,
            // unless the two domains have no parent in common and can never align
            if (!shareParent(entryDomain, authorDomain)) {
                return false;
            }
            throw policyDiscovery.error;
        }
        if (entryDomain !== orgDomain && !entryDomain.endsWith(`.${orgDomain}`)) {
            return false;
        }
        if (!orgDomains.has(entryDomain)) {
            if (orgDomains.size >= MAX_ALIGNMENT_WALKS) {
                let err = new Error(`Alignment of ${entryDomain} not checked, limit of ${MAX_ALIGNMENT_WALKS} Tree Walks per message reached`);
                err.code = 'EWALKLIMIT';
                throw err;
            }
            orgDomains.set(entryDomain, getOrgDomain(entryDomain, lookup));
        }
        return (await orgDomains.get(entryDomain)) === orgDomain;
    };

    // Returns every entry that aligns, most preferred first, and the first walk error seen.
    // Signatures with an l= tag come last, so that a signature covering the whole body is
    // reported when several align.
    const findAligned = async (entries, strictAlignment) => {
        let list = []
            .concat(entries || [])
            .map(entry => (typeof entry === 'string' ? { domain: entry } : entry))
            .filter(entry => entry && typeof entry.domain === 'string')
            .sort((a, b) => (a.underSized || 0) - (b.underSized || 0));

        let aligned = [];
        let error = null;
        for (let entry of list) {
            let entryDomain = formatDomain(entry.domain);
            if (!authorDomain || !entryDomain) {
                // a bare root label normalizes to an empty string, which must not align with anything
                continue;
            }
            try {
                if (strictAlignment ? entryDomain === authorDomain : await alignsRelaxed(entryDomain)) {
                    aligned.push(entry);
                }
            } catch (err) {
                error = error || err;
            }
        }

        return { aligned, error };
    };

    // SPF first, so a flood of DKIM signatures can not use up the walks it needs
    const spf = await findAligned(spfDomains, aspfStrict);
    // every signature is checked, so that each one's own alignment can be reported
    const dkim = await findAligned(dkimDomains, adkimStrict);
    const spfAlignment = spf.aligned[0];
    const dkimAlignment = dkim.aligned[0];
    const walkError = spf.error || dkim.error;

    // "underSized" warns that a passing DKIM signature covers only part of the body (l= tag).
    // It describes the signature rather than the alignment mode, so it is still reported when
    // strict alignment rejected a signature that aligns at the org level. A walk that fails
    // for this warning alone does not affect the result.
    const underSized = adkimStrict && !dkimAlignment ? (await findAligned(dkimDomains, false)).aligned[0]?.underSized : dkimAlignment?.underSized;

    let response = {
        status,
        domain: orgDomain || authorDomain,
        // the DMARC Policy Domain (RFC 9989 3.2.5), where the applied record was published.
        // This is the domain RFC 9990 aggregate reports list as the published policy's domain.
        policyDomain: recordDomain,
        policy,
        p: policyTags.p,
        sp: policyTags.sp || policyTags.p,
        np: policyTags.np,
        testMode,
        rr: dmarcRecord.rr,

        alignment: {
            spf: { result: spfAlignment?.domain, strict: aspfStrict },
            dkim: { result: dkimAlignment?.domain, strict: adkimStrict, underSized }
        }
    };

    if (dkimAlignment || spfAlignment) {
        // pass
        status.result = 'pass';
    } else if (walkError || existenceError) {
        // an identifier might have aligned if its Tree Walk had not failed, or the
        // policy to apply is not known because the author domain's existence is not
        status.result = 'temperror';
        response.error = (walkError || existenceError).message;
    } else {
        // fail
        status.result = 'fail';
    }

    if (status.result !== 'temperror' && !existenceError) {
        // RFC 9989 9.1: the evaluated policy after the policy options have been processed
        status.policy = { dmarc: policy };
    }

    // for BIMI (draft-brand-indicators-for-message-identification 7.1), not part of the result:
    // the applied record and the record holding the Organizational Domain's policy (null if unknown)
    setHidden(response, 'record', dmarcRecord);
    setHidden(response, 'orgRecord', orgRecord);

    return { response: formatResponse(response), dkimAligned: new Set(dkim.aligned.map(entry => formatDomain(entry.domain))) };
};

const verifyDmarc = async opts => (await evaluateDmarc(opts)).response;

module.exports = verifyDmarc;
// also returns the signing domains that aligned, for the per signature flags of authenticate()
module.exports.evaluateDmarc = evaluateDmarc;


/***/ })

};
