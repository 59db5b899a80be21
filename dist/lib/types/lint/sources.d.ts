import { type Node as YamlNode, type Pair } from 'yaml';
export interface Entry {
    /** The literal value; undefined when the source computes it (a variable, a call, `${{ ... }}`). */
    value: string | undefined;
    line: number;
}
export interface EnvBlock {
    file: string;
    /** `.env`, `env_production`, `service web`, `workflow env`, ... */
    name: string;
    production: boolean;
    entries: Map<string, Entry>;
}
/** A nodemailer-like options object: `{ host, port, secure, auth: { user, pass } }`. */
export interface TransportLiteral {
    file: string;
    line: number;
    port?: Entry;
    secure?: Entry;
    pass?: Entry;
}
export interface WorkflowSecretUse {
    file: string;
    line: number;
    key: string;
    literal: boolean;
}
export declare function readDotenv(file: string, text: string): EnvBlock;
interface YamlFile {
    root: YamlNode | null;
    line(node: YamlNode | Pair | null | undefined): number;
}
export declare function readYaml(text: string): YamlFile;
/** A value filled in elsewhere: `${{ secrets.X }}`, `${VAR}`, `$VAR`. */
export declare const isReference: (value: string) => boolean;
export declare function readCompose(file: string, text: string): EnvBlock[];
/** Every place a workflow passes the email password: a `with:` input or an `env:` variable. */
export declare function readWorkflow(file: string, text: string): WorkflowSecretUse[];
export declare function readEcosystemJson(file: string, text: string): EnvBlock[];
interface JsNode {
    type: string;
    loc?: {
        start: {
            line: number;
        };
    };
    [key: string]: unknown;
}
export declare function parseJavaScript(text: string): JsNode;
export declare function readJavaScript(file: string, text: string): {
    blocks: EnvBlock[];
    transports: TransportLiteral[];
};
export {};
