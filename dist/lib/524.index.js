export const id = 524;
export const ids = [524];
export const modules = {

/***/ 5524:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MailSession: () => (/* binding */ MailSession)
/* harmony export */ });
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var nodemailer_lib_smtp_connection_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6611);
// Authentication and the envelope probe through nodemailer's SMTP client, with every timeout taken
// from `timeout`, TLS required before AUTH, and a transcript whose credentials are masked.



class MailSession {
    connection;
    timeoutMs;
    transcript;
    constructor(connection, timeoutMs, 
    /** The dialogue so far, credentials masked; later commands append to it. */
    transcript) {
        this.connection = connection;
        this.timeoutMs = timeoutMs;
        this.transcript = transcript;
    }
    static open(options) {
        const connection = new nodemailer_lib_smtp_connection_index_js__WEBPACK_IMPORTED_MODULE_2__/* ["default"] */ .A({
            host: options.address,
            port: options.port,
            secure: options.secure,
            ...((0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIP)(options.host) ? {} : { servername: options.host }),
            requireTLS: !options.secure && options.requireTls,
            tls: { rejectUnauthorized: options.rejectUnauthorized, ...(options.ca?.length ? { ca: options.ca } : {}) },
            connectionTimeout: options.timeoutMs,
            greetingTimeout: options.timeoutMs,
            socketTimeout: options.timeoutMs,
            dnsTimeout: options.timeoutMs,
            transactionLog: true,
            logger: transcriptLogger(options.transcript),
        });
        return new Promise((resolve, reject) => {
            connection.once('error', reject);
            connection.connect(() => {
                connection.removeListener('error', reject);
                connection.on('error', () => undefined);
                resolve(new MailSession(connection, options.timeoutMs, options.transcript));
            });
        });
    }
    login(user, pass) {
        return this.untilClosed((resolve, reject) => this.connection.login({ user, pass }, (error) => (error ? reject(error) : resolve())), 'AUTH');
    }
    /** One command and its reply, within `timeout`. */
    command(line) {
        const internals = this.connection;
        if (typeof internals._sendCommand !== 'function' || !Array.isArray(internals._responseActions)) {
            return Promise.reject(new Error('this nodemailer version has no command channel; update email-deploy-check'));
        }
        if (internals._destroyed)
            return Promise.reject(Object.assign(new Error('Connection closed'), { code: 'ECONNECTION', command: line }));
        return this.untilClosed((resolve) => {
            internals._responseActions.push((reply) => resolve({ code: Number(reply.slice(0, 3)), text: reply }));
            internals._sendCommand(line);
        }, line);
    }
    /**
     * Runs one exchange, failing it when the connection errors, closes or stays silent past `timeout`:
     * nodemailer does not always call back when the server drops the connection mid-command.
     */
    untilClosed(start, command) {
        return new Promise((resolve, reject) => {
            const done = () => {
                clearTimeout(timer);
                this.connection.removeListener('error', onError);
                this.connection.removeListener('end', onEnd);
            };
            const onError = (error) => (done(), reject(error));
            const onEnd = () => onError(Object.assign(new Error('Connection closed unexpectedly'), { code: 'ECONNECTION', command }));
            const timer = setTimeout(() => onError(Object.assign(new Error(`No reply to ${command.split(':')[0]}`), { code: 'ETIMEDOUT', command })), this.timeoutMs);
            this.connection.once('error', onError);
            this.connection.once('end', onEnd);
            start((value) => (done(), resolve(value)), (error) => (done(), reject(error)));
        });
    }
    get authMethod() {
        return String(this.connection._authMethod ?? '');
    }
    quit() {
        this.connection.quit();
        this.connection.close();
    }
    close() {
        this.connection.close();
    }
}
/** nodemailer's bunyan-style logger, turned into `C:`/`S:` lines with AUTH exchanges masked. */
function transcriptLogger(transcript) {
    let inAuth = false;
    const write = (entry, message, ...args) => {
        const tnx = entry?.tnx;
        if (tnx !== 'client' && tnx !== 'server')
            return;
        let text = (0,node_util__WEBPACK_IMPORTED_MODULE_1__.format)(String(message), ...args);
        if (tnx === 'client') {
            if (/^AUTH\b/i.test(text)) {
                inAuth = true;
                text = text.replace(/^(AUTH\s+\S+)(\s+.*)?$/i, (_, verb, rest) => (rest ? `${verb} ****` : verb));
            }
            else if (inAuth)
                text = '****';
        }
        else if (inAuth && /^(235|[45]\d\d)/.test(text))
            inAuth = false;
        for (const line of text.split(/\r?\n/))
            transcript.push(`${tnx === 'client' ? 'C' : 'S'}: ${line}`);
    };
    return { trace: () => undefined, debug: write, info: write, warn: () => undefined, error: () => undefined, fatal: () => undefined };
}


/***/ })

};
