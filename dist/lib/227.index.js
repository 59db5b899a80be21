export const id = 227;
export const ids = [227];
export const modules = {

/***/ 2227:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  notifyTeam: () => (/* binding */ notifyTeam)
});

// EXTERNAL MODULE: ./src/i18n/index.ts + 1 modules
var i18n = __webpack_require__(4908);
;// CONCATENATED MODULE: ./src/i18n/notify.ts
const NOTIFY_WORDS = {
    title: { en: 'Email deploy check · {repository}', zh: '邮件部署检查 · {repository}' },
    failure: { en: 'Mail is broken', zh: '邮件发送故障' },
    degraded: { en: 'Mail still flows, through a backup or with a problem', zh: '邮件仍可发送，但依赖备用服务商或存在问题' },
    changed: { en: 'Mail is still broken, in a different way', zh: '邮件故障仍在，且情况有变化' },
    recovered: { en: 'Mail works again', zh: '邮件已恢复正常' },
    test: {
        en: 'Test message: this channel receives the alerts of email-deploy-check.',
        zh: '测试消息：此频道可以收到 email-deploy-check 的告警。',
    },
    more: { en: '… and {count} more in the run.', zh: '……另有 {count} 项，见运行详情。' },
    run: { en: 'Open the run', zh: '查看本次运行' },
    sent: { en: 'notify: {channel} told ({event}).', zh: 'notify：已通知 {channel}（{event}）。' },
    refused: {
        en: "notify: {channel} refused the message: {reply}. The verdict is the mail's and stays as it is; check the robot's address and its signing secret.",
        zh: 'notify：{channel} 拒收消息：{reply}。结论以邮件检查为准，不受影响；请检查机器人地址及其签名密钥。',
    },
    unreachable: {
        en: "notify: {channel} could not be reached: {error}. The verdict is the mail's and stays as it is.",
        zh: 'notify：无法连接 {channel}：{error}。结论以邮件检查为准，不受影响。',
    },
    insecure: {
        en: 'notify: the {channel} address is not HTTPS (plain HTTP only to this machine): nothing was sent.',
        zh: 'notify：{channel} 的地址不是 HTTPS（仅本机允许 HTTP）：未发送任何消息。',
    },
    quiet: {
        en: 'notify: nothing changed since the alert issue last said so: the channels stay quiet.',
        zh: 'notify：自告警 issue 上次更新以来没有变化：不再通知各频道。',
    },
};

// EXTERNAL MODULE: ./src/untrusted.ts
var untrusted = __webpack_require__(873);
// EXTERNAL MODULE: ./src/report/chain.ts
var chain = __webpack_require__(2463);
// EXTERNAL MODULE: ./src/report/model.ts
var model = __webpack_require__(6867);
;// CONCATENATED MODULE: ./src/notify/message.ts
// What a team-chat alert says, before any channel's format: the event, the verdict's headline, each failing
// item with its fix (in a chain, which mail server), and the run's page. Every word of theirs stays a Text.





/** Items a message lists; the rest are counted. A chat message is read on a phone. */
const MAX_ITEMS = 5;
function alertMessage(view, event, repository, runUrl) {
    const lang = view.language;
    const problems = event === 'recovered' || event === 'test' ? [] : (0,model/* bySeverity */.Np)(view.results).filter((r) => r.status === 'fail');
    const shown = (problems.length ? problems : (0,model/* bySeverity */.Np)(view.results).filter((r) => r.status === 'warn')).filter((r) => r.status === 'fail' || r.status === 'warn');
    const items = event === 'recovered' || event === 'test' ? [] : shown;
    return {
        event,
        language: lang,
        status: view.status,
        title: (0,i18n/* interpolate */.GW)((0,i18n/* pick */.Up)(NOTIFY_WORDS.title, lang), { repository: repository || '-' }),
        label: (0,i18n/* pick */.Up)(NOTIFY_WORDS[event], lang),
        headline: headlineOf(view, event),
        items: items.slice(0, MAX_ITEMS).map((r) => ({
            title: (0,model/* titleInContext */.he)(r, lang),
            message: r.message,
            ...(r.fix ? { fix: r.fix } : {}),
            id: r.id,
            cause: r.cause,
            status: r.status,
            ...(r.target ? { target: r.target.plain } : {}),
        })),
        more: Math.max(0, items.length - MAX_ITEMS),
        ...(runUrl ? { runUrl } : {}),
    };
}
function headlineOf(view, event) {
    const lang = view.language;
    if (event === 'test')
        return untrusted/* Text */.E.ours((0,i18n/* pick */.Up)(NOTIFY_WORDS.test, lang));
    if (view.chain)
        return (0,chain/* chainHeadline */.I6)(view.chain, lang);
    return untrusted/* Text */.E.ours((0,i18n/* pick */.Up)(i18n.UI.verdict[view.status], lang));
}

// EXTERNAL MODULE: ./src/net/http.ts
var http = __webpack_require__(9663);
// EXTERNAL MODULE: ./src/text.ts
var src_text = __webpack_require__(8992);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/report/encode.ts
var encode = __webpack_require__(4622);
;// CONCATENATED MODULE: ./src/notify/channels.ts
// The five channels: each turns an alert into its own request (format, signature) and reads its own answer.
// Robots answer a refusal inside HTTP 200 (`errcode`, `code`); Slack answers with a 4xx and a word. Untrusted
// text reaches each body only through its channel's encoder; JSON is made by toJson.




const CHANNEL_IDS = ['dingtalk', 'feishu', 'wecom', 'slack', 'webhook'];
const JSON_HEADERS = { 'content-type': 'application/json; charset=utf-8' };
const hmac = (key, message) => (0,external_node_crypto_.createHmac)('sha256', key).update(message, 'utf8').digest();
/** WeCom takes at most 4096 bytes of markdown; the others more, but a chat alert is read on a phone. */
const MAX_MARKDOWN_BYTES = 4000;
/** The lines of a markdown alert (DingTalk, WeCom), cut whole to the byte budget. */
function markdownLines(m, encode, bold) {
    const fix = (0,i18n/* pick */.Up)(i18n.UI.fix, m.language);
    const item = (i) => [
        `- ${bold(encode(i.title))}: ${encode(i.message)}`,
        ...(i.fix ? [`  ${(0,i18n/* interpolate */.GW)((0,i18n/* pick */.Up)(i18n.UI.labelled, m.language), { label: fix, text: encode(i.fix) })}`] : []),
    ];
    const head = [`### ${m.title}`, '', bold(m.label), '', encode(m.headline), ''];
    const tail = [
        ...(m.more ? ['', (0,i18n/* interpolate */.GW)((0,i18n/* pick */.Up)(NOTIFY_WORDS.more, m.language), { count: m.more })] : []),
        ...(m.runUrl ? ['', `[${(0,i18n/* pick */.Up)(NOTIFY_WORDS.run, m.language)}](${m.runUrl})`] : []),
    ];
    const lines = [...head];
    for (const i of m.items) {
        const next = item(i);
        if (Buffer.byteLength([...lines, ...next, ...tail].join('\n')) > MAX_MARKDOWN_BYTES)
            break;
        lines.push(...next);
    }
    return [...lines, ...tail].join('\n');
}
/** `{"errcode":0}` (DingTalk, WeCom) or `{"code":0}` (Feishu): anything else is the robot's refusal, said as it said it. */
function robotRefusal(status, body, field) {
    let answer;
    try {
        answer = JSON.parse(body);
    }
    catch {
        return status >= 200 && status < 300 ? `HTTP ${status}: ${body.slice(0, 200)}` : `HTTP ${status}`;
    }
    // Feishu's older answers say `StatusCode`.
    const code = answer[field] ?? (field === 'code' ? answer.StatusCode : undefined);
    if (status >= 200 && status < 300 && code === 0)
        return undefined;
    const scalar = (value) => (typeof value === 'string' || typeof value === 'number' ? String(value) : '');
    const words = scalar(answer.errmsg) || scalar(answer.msg) || scalar(answer.StatusMessage);
    return `${field} ${scalar(code) || '?'}${words ? ` ${words.slice(0, 300)}` : ''} (HTTP ${status})`;
}
const CHANNELS = {
    dingtalk: {
        label: 'DingTalk',
        url: (s) => s.dingtalk.url,
        build: (m, s, now) => {
            const url = new URL(s.dingtalk.url);
            if (s.dingtalk.secret) {
                // 加签: timestamp in milliseconds, sign = Base64(HMAC-SHA256(key = secret, timestamp + "\n" + secret)).
                const timestamp = String(now);
                url.searchParams.set('timestamp', timestamp);
                url.searchParams.set('sign', hmac(s.dingtalk.secret, `${timestamp}\n${s.dingtalk.secret}`).toString('base64'));
            }
            const text = markdownLines(m, encode/* forChatMarkdown */.Nt, (x) => `**${x}**`);
            return { url: url.toString(), headers: JSON_HEADERS, body: (0,encode/* toJson */.aB)({ msgtype: 'markdown', markdown: { title: m.label, text } }) };
        },
        refusal: (status, body) => robotRefusal(status, body, 'errcode'),
    },
    feishu: {
        label: 'Feishu',
        url: (s) => s.feishu.url,
        build: (m, s, now) => {
            const line = (text) => [{ tag: 'text', text }];
            const content = [
                line(m.label),
                line((0,encode/* forChatText */.$$)(m.headline)),
                ...m.items.flatMap((i) => [
                    line(`• ${(0,encode/* forChatText */.$$)(i.title)}: ${(0,encode/* forChatText */.$$)(i.message)}`),
                    ...(i.fix ? [line(`  ${(0,i18n/* pick */.Up)(i18n.UI.fix, m.language)}: ${(0,encode/* forChatText */.$$)(i.fix)}`)] : []),
                ]),
                ...(m.more ? [line((0,i18n/* interpolate */.GW)((0,i18n/* pick */.Up)(NOTIFY_WORDS.more, m.language), { count: m.more }))] : []),
                ...(m.runUrl ? [[{ tag: 'a', text: (0,i18n/* pick */.Up)(NOTIFY_WORDS.run, m.language), href: m.runUrl }]] : []),
            ];
            // 签名校验: timestamp in seconds, sign = Base64(HMAC-SHA256(key = timestamp + "\n" + secret, empty message)).
            const timestamp = String(Math.floor(now / 1000));
            const signed = s.feishu.secret ? { timestamp, sign: hmac(`${timestamp}\n${s.feishu.secret}`, '').toString('base64') } : {};
            const post = { [m.language === 'zh' ? 'zh_cn' : 'en_us']: { title: m.title, content } };
            return { url: s.feishu.url, headers: JSON_HEADERS, body: (0,encode/* toJson */.aB)({ ...signed, msg_type: 'post', content: { post } }) };
        },
        refusal: (status, body) => robotRefusal(status, body, 'code'),
    },
    wecom: {
        label: 'WeCom',
        url: (s) => s.wecom.url,
        build: (m, s) => ({
            url: s.wecom.url,
            headers: JSON_HEADERS,
            body: (0,encode/* toJson */.aB)({ msgtype: 'markdown', markdown: { content: markdownLines(m, encode/* forChatMarkdown */.Nt, (x) => `**${x}**`) } }),
        }),
        refusal: (status, body) => robotRefusal(status, body, 'errcode'),
    },
    slack: {
        label: 'Slack',
        url: (s) => s.slack.url,
        build: (m, s) => {
            const fix = (0,i18n/* pick */.Up)(i18n.UI.fix, m.language);
            const lines = [
                `*${m.title}*`,
                `*${m.label}*`,
                (0,encode/* forSlack */.Co)(m.headline),
                ...m.items.flatMap((i) => [
                    `• *${(0,encode/* forSlack */.Co)(i.title)}*: ${(0,encode/* forSlack */.Co)(i.message)}`,
                    ...(i.fix ? [`    _${fix}_: ${(0,encode/* forSlack */.Co)(i.fix)}`] : []),
                ]),
                ...(m.more ? [(0,i18n/* interpolate */.GW)((0,i18n/* pick */.Up)(NOTIFY_WORDS.more, m.language), { count: m.more })] : []),
                ...(m.runUrl ? [`<${m.runUrl}|${(0,i18n/* pick */.Up)(NOTIFY_WORDS.run, m.language)}>`] : []),
            ];
            return {
                url: s.slack.url,
                headers: JSON_HEADERS,
                body: (0,encode/* toJson */.aB)({ text: lines.join('\n'), unfurl_links: false, unfurl_media: false }),
            };
        },
        // Slack answers `ok`, or a 4xx with one word (invalid_token, invalid_payload, no_service, channel_is_archived).
        refusal: (status, body) => (status >= 200 && status < 300 ? undefined : `HTTP ${status} ${body.trim().slice(0, 200)}`.trim()),
    },
    webhook: {
        label: 'webhook',
        url: (s) => s.webhook.url,
        build: (m, s) => {
            const body = (0,encode/* toJson */.aB)({
                tool: 'email-deploy-check',
                event: m.event,
                status: m.status,
                title: m.title,
                label: m.label,
                headline: m.headline.plain,
                items: m.items.map((i) => ({
                    id: i.id,
                    status: i.status,
                    cause: i.cause,
                    ...(i.target ? { target: i.target } : {}),
                    title: i.title.plain,
                    message: i.message.plain,
                    ...(i.fix ? { fix: i.fix.plain } : {}),
                })),
                more: m.more,
                ...(m.runUrl ? { run: m.runUrl } : {}),
            });
            // GitHub's convention: the hex HMAC-SHA256 of the raw body, keyed by the shared secret.
            const signature = s.webhook.secret
                ? { 'x-signature-256': `sha256=${hmac(s.webhook.secret, body).toString('hex')}` }
                : {};
            return { url: s.webhook.url, headers: { ...JSON_HEADERS, ...signature }, body };
        },
        refusal: (status, body) => (status >= 200 && status < 300 ? undefined : `HTTP ${status} ${body.trim().slice(0, 200)}`.trim()),
    },
};
/** HTTPS, or plain HTTP to this machine only (a stand-in, a local relay). */
function isAllowedAddress(text) {
    try {
        const url = new URL(text);
        if (url.protocol === 'https:')
            return true;
        return url.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./src/notify/send.ts
// Sends one alert to every configured channel, side by side, each call bounded like every other peer's (the
// HTTP door: a deadline, a byte cap, no redirect). The outcome of each is reported, never thrown: the verdict
// and the exit code are the mail's.



/** A robot's answer is a line of JSON; anything longer is cut, and still read as a refusal or not. */
const MAX_ANSWER_BYTES = 16 * 1024;
const configuredChannels = (s) => CHANNEL_IDS.filter((id) => CHANNELS[id].url(s) !== '');
async function notifyAll(message, settings, timeoutMs, now = Date.now) {
    return Promise.all(configuredChannels(settings).map(async (channel) => {
        const { label, url, build, refusal } = CHANNELS[channel];
        if (!isAllowedAddress(url(settings)))
            return { channel, label, result: 'insecure' };
        try {
            const req = build(message, settings, now());
            const answer = await (0,http/* request */.Em)(req.url, {
                method: 'POST',
                headers: req.headers,
                body: req.body,
                timeoutMs,
                maxBytes: MAX_ANSWER_BYTES,
            });
            const refused = refusal(answer.status, answer.body);
            return refused === undefined ? { channel, label, result: 'sent' } : { channel, label, result: 'refused', detail: refused };
        }
        catch (error) {
            return { channel, label, result: 'unreachable', detail: (0,src_text/* errorText */.kc)(error) };
        }
    }));
}

;// CONCATENATED MODULE: ./src/notify/team.ts





/**
 * With the alert issue (`alerted` is what it did), the channels hear what it heard: opened (a failure, or a degraded
 * chain), changed, recovered; nothing while it is unchanged. Without it (or when it could not be synced), every run
 * that does not pass. `notify.test` adds one test message.
 */
function eventsOf(view, test, alerted) {
    const trouble = view.status === 'fail' ? 'failure' : 'degraded';
    const events = test ? ['test'] : [];
    if (alerted === undefined)
        return view.status === 'pass' ? events : [...events, trouble];
    const byAction = { opened: trouble, commented: 'changed', closed: 'recovered' };
    const event = byAction[alerted];
    return event ? [...events, event] : events;
}
async function notifyTeam(view, notify, options) {
    const lang = view.language;
    const lines = options.alerted === 'unchanged' ? [{ level: 'info', text: untrusted/* Text */.E.ours((0,i18n/* say */.cv)(NOTIFY_WORDS.quiet, lang)) }] : [];
    for (const event of eventsOf(view, notify.test, options.alerted)) {
        const outcomes = await notifyAll(alertMessage(view, event, options.repository, options.runUrl), notify, options.timeoutMs);
        lines.push(...outcomes.map((o) => outcomeLine(o, event, view, options.redact)));
    }
    return lines;
}
/** A channel's answer: sent (a log line), or refused, unreachable, not HTTPS (a warning with its reply, redacted). */
function outcomeLine(o, event, view, redact) {
    const lang = view.language;
    if (o.result === 'sent')
        return { level: 'info', text: untrusted/* Text */.E.ours((0,i18n/* say */.cv)(NOTIFY_WORDS.sent, lang, { channel: o.label, event: (0,i18n/* say */.cv)(NOTIFY_WORDS[event], lang) })) };
    if (o.result === 'insecure')
        return { level: 'warning', text: untrusted/* Text */.E.ours((0,i18n/* say */.cv)(NOTIFY_WORDS.insecure, lang, { channel: o.label })) };
    const detail = redact(o.detail);
    return { level: 'warning', text: untrusted/* Text */.E.fill(NOTIFY_WORDS[o.result][lang], { channel: o.label, reply: detail, error: detail }) };
}


/***/ })

};
