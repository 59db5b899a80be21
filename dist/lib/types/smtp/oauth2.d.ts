import type { OAuth2Settings, Settings } from '../settings/settings.js';
import type { Cause, Params } from '../types.js';
import type { SmtpFailure } from './session.js';
export type OAuth2Reason = 'oauth2-invalid-grant' | 'oauth2-refresh-token-inactive' | 'oauth2-invalid-client' | 'oauth2-scope' | 'oauth2-endpoint-unreachable' | 'oauth2-token-error';
/** The token endpoint refused or could not be reached; `detail` is its words (untrusted, never a secret of ours). */
export declare class OAuth2Failure extends Error {
    readonly reason: OAuth2Reason;
    readonly detail: string;
    constructor(reason: OAuth2Reason, detail: string);
}
/** RFC 6749 error codes and Microsoft's AADSTS numbers, as token endpoints answer them. */
export declare function classifyTokenError(error: unknown): OAuth2Failure;
/** What the server's XOAUTH2 refusal said (the JSON of its 334 challenge): HTTP-like status and the scope it wants. */
export declare function xoauth2Refusal(reply: string): {
    status: string;
    scope: string;
};
/**
 * The access token to log in with: as given, or fetched now with the refresh token (RFC 6749 section 6), through
 * the one HTTP door: bounded by `timeoutMs` and in bytes, `tls-ca` trusted, no redirect followed (a token endpoint
 * that redirects would carry the client secret elsewhere). Its refusals are read as RFC 6749 section 5.2 writes them.
 */
export declare function accessToken(o: OAuth2Settings, options: {
    timeoutMs: number;
    ca: readonly string[];
}): Promise<string>;
/** A refused XOAUTH2 login: the server's JSON says whether the token or its scope is the problem. */
export declare function diagnoseXoauth2(error: SmtpFailure, s: Settings): {
    cause: Cause;
    params: Params;
};
