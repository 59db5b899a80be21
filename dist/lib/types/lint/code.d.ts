import { type Node as AcornNode } from 'acorn';
export type CodeRule = 'code-send-not-awaited' | 'code-transport-per-request' | 'code-port-secure-mismatch' | 'code-tls-verify-off' | 'code-literal-password' | 'code-send-error-swallowed';
export interface CodeFinding {
    rule: CodeRule;
    status: 'fail' | 'warn';
    file: string;
    line: number;
    /** Never a value of the code: names and numbers we checked (a function's name, a port). */
    params: Record<string, string | number>;
}
/** An ESTree node as acorn gives it; fields are read by name, checked where used. */
interface Node extends AcornNode {
    [key: string]: unknown;
}
export declare class SourceNotRead extends Error {
    readonly reason: 'tsx' | 'typescript-unavailable' | 'syntax';
    constructor(reason: 'tsx' | 'typescript-unavailable' | 'syntax');
}
export declare function parseSource(file: string, text: string): Node;
export interface ModuleFacts {
    file: string;
    ast: Node;
    /** Names bound to the nodemailer module, and to its createTransport. */
    nodemailer: Set<string>;
    createTransport: Set<string>;
    /** Names and property names that hold a transport. */
    transports: Set<string>;
    transportProps: Set<string>;
    /** What this module exports that is a transport: its export names (`default` for a default export). */
    exportsTransport: Set<string>;
    /** Relative imports: specifier → [imported name (`default`, `*`), local name]. */
    imports: {
        specifier: string;
        imported: string;
        local: string;
    }[];
    /** `export { t as u } from './x'` (imported `t`, exported `u`) and `export * from './x'` (imported `*`). */
    reexports: {
        specifier: string;
        imported: string;
        exported: string;
    }[];
    /** `export { t as u }`: local name → exported name, for a name that turns out to hold an imported transport. */
    localExports: Map<string, string>;
    /** Module-level object literals by name: an options object kept in a constant. */
    objects: Map<string, Node>;
}
export declare function moduleFacts(file: string, ast: Node): ModuleFacts;
/**
 * Names another module's transport is known by here: each direct import of a module (resolved by the caller) that
 * exports one. A namespace import (`const mailer = require('./mailer')`) makes its exported names transport properties.
 * Re-exports pass a transport on (`export { transporter } from './mailer'`, `export *`). Returns whether anything
 * was learned: the caller repeats until nothing is (a chain of re-exports).
 */
export declare function linkImports(facts: ModuleFacts, exportsOf: (specifier: string) => ReadonlySet<string> | undefined): boolean;
export declare function codeFindings(facts: ModuleFacts): CodeFinding[];
export {};
