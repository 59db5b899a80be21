export interface SessionOptions {
    /** Address from our own resolution, so that `dns-servers` is honoured. */
    address: string;
    /** The configured host: SNI and certificate name. */
    host: string;
    port: number;
    secure: boolean;
    /** Refuse to continue without TLS (STARTTLS) before AUTH. */
    requireTls: boolean;
    rejectUnauthorized: boolean;
    ca?: string[];
    timeoutMs: number;
    transcript: string[];
}
/** What nodemailer attaches to its errors (see FACTS: `_formatError`). */
export interface SmtpError extends Error {
    code?: string;
    response?: string;
    responseCode?: number;
    command?: string;
}
export interface CommandReply {
    code: number;
    text: string;
}
export declare class MailSession {
    private readonly connection;
    private readonly timeoutMs;
    /** The dialogue so far, credentials masked; later commands append to it. */
    readonly transcript: string[];
    private constructor();
    static open(options: SessionOptions): Promise<MailSession>;
    login(user: string, pass: string): Promise<void>;
    /** One command and its reply, within `timeout`. */
    command(line: string): Promise<CommandReply>;
    /**
     * Runs one exchange, failing it when the connection errors, closes or stays silent past `timeout`:
     * nodemailer does not always call back when the server drops the connection mid-command.
     */
    private untilClosed;
    get authMethod(): string;
    quit(): void;
    close(): void;
}
