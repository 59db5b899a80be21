// Reading config files into one shape the rules understand: blocks of KEY → value with line numbers.
// Real parsers only: Node's .env parser, the yaml library (also for JSON), acorn for JavaScript.
import { parseEnv } from 'node:util';
import { parse as parseJs } from 'acorn';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode, type Pair } from 'yaml';

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

// ---------- .env ----------

export function readDotenv(file: string, text: string): EnvBlock {
  const values = parseEnv(text) as Record<string, string>;
  const entries = new Map<string, Entry>();
  text.split(/\r?\n/).forEach((line, index) => {
    const match = /^\s*(?:export\s+)?([A-Za-z_][\w.-]*)\s*=/.exec(line);
    if (match && !entries.has(match[1]!)) entries.set(match[1]!, { value: values[match[1]!], line: index + 1 });
  });
  const base = file.split('/').pop() ?? file;
  return { file, name: base, production: /\.env\.prod(uction)?$/i.test(base), entries };
}

// ---------- YAML and JSON (compose, workflows, ecosystem.config.json) ----------

interface YamlFile {
  root: YamlNode | null;
  line(node: YamlNode | Pair | null | undefined): number;
}

export function readYaml(text: string): YamlFile {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, uniqueKeys: false });
  const line = (node: YamlNode | Pair | null | undefined): number => {
    const target = node && 'key' in node && !('range' in node) ? (node.key as YamlNode) : (node as YamlNode | null | undefined);
    const offset = target?.range?.[0];
    return offset === undefined ? 1 : counter.linePos(offset).line;
  };
  return { root: doc.contents, line };
}

/** The text of a string, number or boolean; nothing for anything else. */
const primitiveText = (value: unknown): string | undefined =>
  typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint'
    ? String(value)
    : undefined;

const scalarText = (node: unknown): string | undefined => (isScalar(node) ? primitiveText(node.value) : undefined);

/** A YAML map as entries; `${{ }}` and `${VAR}` values count as computed, not literal. */
function yamlEntries(y: YamlFile, node: unknown): Map<string, Entry> {
  const entries = new Map<string, Entry>();
  if (isMap(node)) {
    for (const pair of node.items) {
      const key = scalarText(pair.key);
      if (!key) continue;
      const text = scalarText(pair.value);
      entries.set(key, { value: text === undefined || isReference(text) ? undefined : text, line: y.line(pair.key as YamlNode) });
    }
  } else if (isSeq(node)) {
    // compose's list form: - KEY=value
    for (const item of node.items) {
      const text = scalarText(item);
      const match = text ? /^([^=]+)=(.*)$/s.exec(text) : null;
      if (match) entries.set(match[1]!.trim(), { value: isReference(match[2]!) ? undefined : match[2]!, line: y.line(item as YamlNode) });
    }
  }
  return entries;
}

/** A value filled in elsewhere: `${{ secrets.X }}`, `${VAR}`, `$VAR`. */
export const isReference = (value: string): boolean => /\$\{\{.*\}\}|^\$\{?\w+(:?-[^}]*)?\}?$/.test(value.trim());

const child = (node: unknown, key: string): unknown => (isMap(node) ? node.get(key, true) : undefined);

export function readCompose(file: string, text: string): EnvBlock[] {
  const y = readYaml(text);
  const services = child(y.root, 'services');
  if (!isMap(services)) return [];
  return services.items.flatMap((pair) => {
    const environment = child(pair.value, 'environment');
    if (!environment) return [];
    return [{ file, name: `service ${scalarText(pair.key) ?? '?'}`, production: /prod/i.test(file), entries: yamlEntries(y, environment) }];
  });
}

const SECRET_KEYS_IN_WORKFLOWS = /^(email-password|EMAIL_PASSWORD|SMTP_PASSWORD|SMTP_PASS|MAIL_PASSWORD)$/;

/** Every place a workflow passes the email password: a `with:` input or an `env:` variable. */
export function readWorkflow(file: string, text: string): WorkflowSecretUse[] {
  const y = readYaml(text);
  const uses: WorkflowSecretUse[] = [];
  const scan = (map: unknown): void => {
    if (!isMap(map)) return;
    for (const pair of map.items) {
      const key = scalarText(pair.key);
      if (!key || !SECRET_KEYS_IN_WORKFLOWS.test(key)) continue;
      const value = scalarText(pair.value) ?? '';
      uses.push({ file, line: y.line(pair.key as YamlNode), key, literal: value !== '' && !value.includes('${{') });
    }
  };
  scan(child(y.root, 'env'));
  const jobs = child(y.root, 'jobs');
  if (isMap(jobs)) {
    for (const job of jobs.items) {
      scan(child(job.value, 'env'));
      const steps = child(job.value, 'steps');
      if (!isSeq(steps)) continue;
      for (const step of steps.items) {
        scan(child(step, 'env'));
        scan(child(step, 'with'));
      }
    }
  }
  return uses;
}

export function readEcosystemJson(file: string, text: string): EnvBlock[] {
  const y = readYaml(text);
  const apps = child(y.root, 'apps');
  const list = isSeq(apps) ? apps.items : isMap(y.root) ? [y.root] : [];
  return list.flatMap((app) =>
    isMap(app)
      ? app.items
          .filter((pair) => /^env(_\w+)?$/.test(scalarText(pair.key) ?? ''))
          .map((pair) => {
            const name = scalarText(pair.key)!;
            return { file, name, production: /prod/i.test(name), entries: yamlEntries(y, pair.value) };
          })
      : [],
  );
}

// ---------- JavaScript (ecosystem.config.js, app code) ----------

interface JsNode {
  type: string;
  loc?: { start: { line: number } };
  [key: string]: unknown;
}

function literalOf(node: JsNode | undefined): string | undefined {
  if (!node) return undefined;
  if (node.type === 'Literal') return primitiveText(node.value);
  if (node.type === 'TemplateLiteral' && (node.expressions as unknown[]).length === 0) {
    return String(((node.quasis as JsNode[])[0]?.value as { cooked?: string } | undefined)?.cooked ?? '');
  }
  return undefined;
}

function propertyName(prop: JsNode): string | undefined {
  const key = prop.key as JsNode | undefined;
  if (!key) return undefined;
  if (key.type === 'Identifier') return key.name as string;
  return literalOf(key);
}

function objectEntries(object: JsNode): Map<string, Entry & { node: JsNode }> {
  const entries = new Map<string, Entry & { node: JsNode }>();
  for (const prop of (object.properties as JsNode[]) ?? []) {
    if (prop.type !== 'Property') continue;
    const name = propertyName(prop);
    const value = prop.value as JsNode;
    if (name) entries.set(name, { value: literalOf(value), line: prop.loc?.start.line ?? 1, node: value });
  }
  return entries;
}

function walk(node: unknown, visit: (node: JsNode) => void): void {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) return node.forEach((n) => walk(n, visit));
  const js = node as JsNode;
  if (typeof js.type !== 'string') return;
  visit(js);
  for (const [key, value] of Object.entries(js)) if (key !== 'loc' && value && typeof value === 'object') walk(value, visit);
}

export function parseJavaScript(text: string): JsNode {
  const options = { ecmaVersion: 'latest' as const, locations: true, allowHashBang: true, allowReturnOutsideFunction: true };
  try {
    return parseJs(text, { ...options, sourceType: 'module' }) as unknown as JsNode;
  } catch {
    return parseJs(text, { ...options, sourceType: 'script' }) as unknown as JsNode;
  }
}

export function readJavaScript(file: string, text: string): { blocks: EnvBlock[]; transports: TransportLiteral[] } {
  const ast = parseJavaScript(text);
  const blocks: EnvBlock[] = [];
  const transports: TransportLiteral[] = [];
  walk(ast, (node) => {
    if (node.type !== 'ObjectExpression') return;
    const entries = objectEntries(node);
    // PM2: { env: {...}, env_production: {...} }
    for (const [name, entry] of entries) {
      if (/^env(_\w+)?$/.test(name) && entry.node.type === 'ObjectExpression') {
        const env = new Map([...objectEntries(entry.node)].map(([k, e]) => [k, { value: e.value, line: e.line }]));
        blocks.push({ file, name, production: /prod/i.test(name), entries: env });
      }
    }
    // nodemailer: { port, secure, auth: { pass } }
    const auth = entries.get('auth');
    const pass = auth?.node.type === 'ObjectExpression' ? objectEntries(auth.node).get('pass') : undefined;
    const port = entries.get('port');
    const secure = entries.get('secure');
    if (pass || (port && secure)) {
      transports.push({
        file,
        line: node.loc?.start.line ?? 1,
        port,
        secure,
        pass: pass ? { value: pass.value, line: pass.line } : undefined,
      });
    }
  });
  return { blocks, transports };
}
