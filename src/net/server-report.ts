// A report from the deployed app's health route is untrusted: another version wrote it, or anyone who
// controls that route. It is read against the schema, item by item; what cannot be read is counted, never
// trusted, and never crashes the run.
import { GROUPS, type ResultRow, type Status, type Verdict } from '../types.js';
import { TOOL } from '../version.js';

/** One item of the server's report, as far as we could read it: a report row whose time the server may not have said. */
export type ServerItem = Omit<ResultRow, 'durationMs' | 'file' | 'line' | 'category'> & { durationMs?: number };

/** What the server checked: its own mail server and mode, which may differ from the runner's settings. */
export interface ServerTarget {
  provider: string;
  host: string;
  port: number;
  secure: boolean;
}

export interface ServerReport {
  /** The server's own verdict. */
  status: Verdict;
  items: ServerItem[];
  /** Items that did not match the schema (an unknown status, a field of the wrong type). */
  unreadable: number;
  /** The first reason an item or the report could not be read. */
  problem?: string;
  target?: ServerTarget;
  /** When the server's run ended (its clock, ms since the epoch): a cached report is older than the request. */
  finishedAt?: number;
  /** How long the server's run took. */
  durationMs?: number;
}

/** More than this is not a health report: the rest is counted, not read. */
const MAX_ITEMS = 1000;
const MAX_TEXT = 4000;
const MAX_DETAILS = 200;

const VERDICTS: readonly string[] = ['pass', 'warn', 'fail'];
const STATUSES: readonly string[] = ['pass', 'warn', 'fail', 'skip'];

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown): string | undefined => (typeof value === 'string' ? value.slice(0, MAX_TEXT) : undefined);
/** A duration in ms as a server may claim it: a finite, non-negative number below a day, or nothing. */
const duration = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0 && value < 86_400_000 ? Math.round(value) : undefined;

const durationField = (value: unknown): { durationMs?: number } => {
  const ms = duration(value);
  return ms === undefined ? {} : { durationMs: ms };
};

function readTarget(value: unknown): ServerTarget | undefined {
  if (!isRecord(value)) return undefined;
  const { provider, host, port, secure } = value;
  if (typeof host !== 'string' || host === '' || host.length > 255) return undefined;
  if (typeof port !== 'number' || !Number.isInteger(port) || port < 1 || port > 65_535 || typeof secure !== 'boolean') return undefined;
  return { provider: typeof provider === 'string' ? provider.slice(0, 100) : '', host, port, secure };
}

function readFinishedAt(startedAt: unknown, durationMs: unknown): number | undefined {
  const start = typeof startedAt === 'string' ? Date.parse(startedAt) : NaN;
  return Number.isFinite(start) ? start + (duration(durationMs) ?? 0) : undefined;
}

function readItem(value: unknown): ServerItem | string {
  if (!isRecord(value)) return 'an item is not an object';
  const id = text(value.id);
  const cause = text(value.cause);
  const message = text(value.message);
  if (!id || !cause || message === undefined) return 'an item lacks id, cause or message';
  if (typeof value.status !== 'string' || !STATUSES.includes(value.status))
    return `item ${id} has the status ${JSON.stringify(value.status)}`;
  const group = GROUPS.find((g) => g === value.group) ?? 'server';
  if (value.fix !== undefined && typeof value.fix !== 'string') return `item ${id} has a fix that is not text`;
  if (value.details !== undefined && !(Array.isArray(value.details) && value.details.every((d) => typeof d === 'string'))) {
    return `item ${id} has details that are not a list of lines`;
  }
  if (value.params !== undefined && !isRecord(value.params)) return `item ${id} has params that are not an object`;
  const params = Object.fromEntries(
    Object.entries(value.params ?? {}).filter(
      (entry): entry is [string, string | number] => typeof entry[1] === 'string' || typeof entry[1] === 'number',
    ),
  );
  return {
    id,
    group,
    status: value.status as Status,
    cause,
    title: text(value.title) ?? id,
    message,
    ...(typeof value.fix === 'string' ? { fix: value.fix.slice(0, MAX_TEXT) } : {}),
    params,
    ...(Array.isArray(value.details) ? { details: value.details.slice(0, MAX_DETAILS).map((d) => d.slice(0, MAX_TEXT)) } : {}),
    ...durationField(value.durationMs),
  };
}

/**
 * The body as our report, or undefined when it does not claim to be one. A body that claims to be one but
 * breaks the schema comes back with `problem` set and what could be read of it.
 */
export function readServerReport(body: string): ServerReport | undefined {
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    return undefined;
  }
  if (!isRecord(value) || value.tool !== TOOL) return undefined;
  if (value.schemaVersion !== 1)
    return { status: 'fail', items: [], unreadable: 0, problem: `schema version ${JSON.stringify(value.schemaVersion)}` };
  const status = typeof value.status === 'string' && VERDICTS.includes(value.status) ? (value.status as Verdict) : undefined;
  if (!Array.isArray(value.results)) return { status: 'fail', items: [], unreadable: 0, problem: 'results is not a list' };
  const items: ServerItem[] = [];
  let unreadable = Math.max(0, value.results.length - MAX_ITEMS);
  let problem = status ? undefined : `the verdict ${JSON.stringify(value.status)}`;
  for (const raw of value.results.slice(0, MAX_ITEMS)) {
    const item = readItem(raw);
    if (typeof item === 'string') {
      unreadable++;
      problem ??= item;
    } else items.push(item);
  }
  if (unreadable > 0) problem ??= `more than ${MAX_ITEMS} items`;
  const target = readTarget(value.target);
  const finishedAt = readFinishedAt(value.startedAt, value.durationMs);
  return {
    status: status ?? 'fail',
    items,
    unreadable,
    ...(problem ? { problem } : {}),
    ...(target ? { target } : {}),
    ...(finishedAt !== undefined ? { finishedAt } : {}),
    ...durationField(value.durationMs),
  };
}
