/**
 * An in-process HTTP double of Jira Cloud REST v3 (node:http on 127.0.0.1, random port) for tests.
 * It answers the endpoints Glance calls with Jira's response shapes, computes answers from
 * programmable per-user handlers, injects faults, and records every request.
 *
 *   const jira = await startJiraDouble({ count: (jql, user) => ... });
 *   jira.fault('/rest/api/3/search/approximate-count', { status: 503 }, 2);
 *   ... fetchTransport({ baseUrl: jira.url, email: 'ann@example.com', apiToken: 't' }) ...
 *   await jira.close();
 *
 * It does not evaluate JQL (the demo Jira in dev/ does); handlers receive the JQL text as sent.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  errorBody as jiraErrorBody,
  FILTER_NOT_AVAILABLE_MESSAGE,
  filterLinks,
  NOT_AUTHENTICATED_MESSAGE,
  pageBean,
  REMOVED_SEARCH_MESSAGE,
  searchPage,
  UNBOUNDED_MESSAGE,
} from '../../dev/demo-jira/jira-shapes';

/** A recorded request. `user` is the email of the Basic auth header, if any. */
export interface RecordedRequest {
  method: string;
  /** Path and query as sent, e.g. `/rest/api/3/filter/10000`. */
  path: string;
  pathname: string;
  query: Record<string, string>;
  body: unknown;
  auth: string | undefined;
  user: string | undefined;
}

export interface DoubleIssue {
  id: string;
  key: string;
  fields: Record<string, unknown>;
}

export interface DoubleFilter {
  id: string;
  name: string;
  jql: string;
  /** Users (emails) who may see the filter; absent = everyone. */
  visibleTo?: string[];
}

export interface DoubleField {
  id: string;
  key?: string;
  name: string;
  custom: boolean;
  schema?: { type: string; custom?: string; system?: string; customId?: number };
}

export interface DoubleProject {
  id: string;
  key: string;
  name: string;
}

/** A project version (GET /rest/api/3/version/{id}); dates yyyy-mm-dd, absent when not set. */
export interface DoubleVersion {
  id: string;
  name: string;
  projectId?: number;
  startDate?: string;
  releaseDate?: string;
  released?: boolean;
  archived?: boolean;
}

/** What the double knows. Every handler gets the user (email) so visibility can differ per user. */
export interface DoubleData {
  /** Result of approximate-count for a JQL (default 0). */
  count?: (jql: string, user: string | undefined) => number;
  /** All issues matching a JQL, for search/jql paging (default none). */
  issues?: (jql: string, user: string | undefined) => DoubleIssue[];
  /** Jira's strict-parse errors for a JQL (default none). */
  parseErrors?: (jql: string) => string[];
  filters?: DoubleFilter[];
  fields?: DoubleField[];
  projects?: DoubleProject[];
  versions?: DoubleVersion[];
  /** Largest page search/jql returns whatever maxResults asks (Jira: 100 when fields are requested). */
  maxPageSize?: number;
}

/** A fault for the next matching requests. */
export type Fault =
  /** Answer with this status, optional JSON (or raw string) body and headers. */
  | { status: number; body?: unknown; headers?: Record<string, string> }
  /** 200 with a body that is not JSON. */
  | { malformed: true }
  /** Wait before answering normally (for budget/timeout tests). */
  | { delayMs: number }
  /** Drop the connection without an answer (a network error). */
  | { reset: true };

export interface JiraDouble {
  url: string;
  requests: RecordedRequest[];
  /** Queues `fault` for the next `times` requests whose pathname starts with `pathPrefix`. */
  fault(pathPrefix: string, fault: Fault, times?: number): void;
  /** Requests whose pathname starts with `pathPrefix`. */
  requestsTo(pathPrefix: string): RecordedRequest[];
  /** Forgets recorded requests and pending faults (between tests sharing one double). */
  reset(): void;
  close(): Promise<void>;
}

/** Starts the double on 127.0.0.1 with a free port. Always `await double.close()`. */
export async function startJiraDouble(data: DoubleData = {}): Promise<JiraDouble> {
  const requests: RecordedRequest[] = [];
  const faults: { prefix: string; fault: Fault; left: number }[] = [];
  // A slow answer's wait ends early when its caller hangs up or the double closes: a test that
  // queued a 60 s delay must not keep its process alive for the rest of that minute.
  const waiting = new Set<() => void>();
  const delayed = (ms: number, res: ServerResponse) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        waiting.delete(done);
        res.off('close', done);
        resolve();
      }
      waiting.add(done);
      res.once('close', done);
    });

  const server = createServer(async (req, res) => {
    const recorded = await record(req);
    requests.push(recorded);
    const index = faults.findIndex((f) => recorded.pathname.startsWith(f.prefix) && f.left > 0);
    if (index >= 0) {
      const entry = faults[index];
      entry.left -= 1;
      if (entry.left === 0) faults.splice(index, 1);
      const fault = entry.fault;
      if ('reset' in fault) return void req.socket.destroy();
      if ('malformed' in fault) return void send(res, 200, '{"count": 4', {});
      if ('status' in fault) return void send(res, fault.status, fault.body ?? errorBody(`Fault ${fault.status}`), fault.headers ?? {});
      await delayed(fault.delayMs, res);
      if (res.destroyed || req.socket.destroyed) return;
    }
    const [status, body] = answer(data, recorded);
    send(res, status, body, {});
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    fault(pathPrefix, fault, times = 1) {
      faults.push({ prefix: pathPrefix, fault, left: times });
    },
    reset() {
      requests.length = 0;
      faults.length = 0;
    },
    requestsTo(pathPrefix) {
      return requests.filter((r) => r.pathname.startsWith(pathPrefix));
    },
    close() {
      for (const done of [...waiting]) done();
      server.closeAllConnections();
      return new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve())));
    },
  };
}

async function record(req: IncomingMessage): Promise<RecordedRequest> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of req) chunks.push(chunk as Uint8Array);
  const text = Buffer.concat(chunks).toString('utf8');
  let body: unknown = undefined;
  if (text !== '') {
    try {
      body = JSON.parse(text);
    } catch {
      body = text;
    }
  }
  const url = new URL(req.url ?? '/', 'http://double');
  const auth = req.headers.authorization;
  let user: string | undefined;
  if (auth?.startsWith('Basic ')) user = Buffer.from(auth.slice(6), 'base64').toString('utf8').split(':')[0];
  return {
    method: req.method ?? 'GET',
    path: req.url ?? '/',
    pathname: url.pathname,
    query: Object.fromEntries(url.searchParams),
    body,
    auth,
    user,
  };
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string>): void {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json;charset=UTF-8', ...headers });
  res.end(text);
}

function errorBody(...messages: string[]): unknown {
  return jiraErrorBody(messages);
}

function jqlOf(body: unknown): string {
  return typeof body === 'object' && body !== null && typeof (body as { jql?: unknown }).jql === 'string'
    ? (body as { jql: string }).jql
    : '';
}

function isUnbounded(jql: string): boolean {
  return jql.trim() === '' || /^order\s+by\b/i.test(jql.trim());
}

/** Routes a request to Jira's answer: [status, body]. */
function answer(data: DoubleData, r: RecordedRequest): [number, unknown] {
  const { method, pathname, query, body, user } = r;
  if (r.auth === undefined) return [401, errorBody(NOT_AUTHENTICATED_MESSAGE)];
  if (method === 'POST' && pathname === '/rest/api/3/search/approximate-count') {
    const jql = jqlOf(body);
    if (isUnbounded(jql)) return [400, errorBody(UNBOUNDED_MESSAGE)];
    return [200, { count: data.count?.(jql, user) ?? 0 }];
  }
  if (method === 'POST' && pathname === '/rest/api/3/search/jql') return searchJql(data, body, user);
  if (pathname === '/rest/api/3/search' || pathname === '/rest/api/2/search') {
    return [410, errorBody(REMOVED_SEARCH_MESSAGE)];
  }
  if (method === 'POST' && pathname === '/rest/api/3/jql/parse') {
    const queries = (body as { queries?: unknown })?.queries;
    if (!Array.isArray(queries)) return [400, errorBody('queries: must not be null')];
    return [
      200,
      {
        queries: queries.map((q: string) => {
          const errors = data.parseErrors?.(q) ?? [];
          return errors.length > 0 ? { query: q, errors } : { query: q, structure: { where: {} } };
        }),
      },
    ];
  }
  if (method === 'GET' && pathname === '/rest/api/3/field') return [200, data.fields ?? []];
  if (method === 'GET' && pathname === '/rest/api/3/project/search') {
    const q = (query.query ?? '').toLowerCase();
    const values = (data.projects ?? []).filter((p) => p.name.toLowerCase().includes(q) || p.key.toLowerCase().includes(q));
    return [200, page(values, query)];
  }
  if (method === 'GET' && pathname === '/rest/api/3/filter/search') {
    const q = (query.filterName ?? '').toLowerCase();
    const values = (data.filters ?? [])
      .filter((f) => visible(f, user) && f.name.toLowerCase().includes(q))
      .map(({ id, name, jql }) => ({ id, name, self: filterLinks('', id, jql).self }));
    return [200, page(values, query)];
  }
  const filterMatch = /^\/rest\/api\/3\/filter\/([^/]+)$/.exec(pathname);
  if (method === 'GET' && filterMatch) {
    const filter = (data.filters ?? []).find((f) => f.id === filterMatch[1]);
    if (!filter || !visible(filter, user)) {
      return [400, errorBody(FILTER_NOT_AVAILABLE_MESSAGE)];
    }
    const { id, name, jql } = filter;
    return [200, { id, name, jql, ...filterLinks('', id, jql) }];
  }
  const projectVersions = /^\/rest\/api\/3\/project\/([^/]+)\/versions$/.exec(pathname);
  if (method === 'GET' && projectVersions) {
    const project = (data.projects ?? []).find((p) => p.key === projectVersions[1] || p.id === projectVersions[1]);
    if (!project) return [404, errorBody(`No project could be found with key '${decodeURIComponent(projectVersions[1])}'.`)];
    return [
      200,
      (data.versions ?? [])
        .filter((v) => String(v.projectId) === project.id)
        .map((v) => ({ self: `/rest/api/3/version/${v.id}`, released: false, archived: false, ...v })),
    ];
  }
  const versionMatch = /^\/rest\/api\/3\/version\/([^/]+)$/.exec(pathname);
  if (method === 'GET' && versionMatch) {
    const version = (data.versions ?? []).find((v) => v.id === versionMatch[1]);
    if (!version) return [404, errorBody(`Could not find version for id '${decodeURIComponent(versionMatch[1])}'`)];
    return [200, { self: `/rest/api/3/version/${version.id}`, released: false, archived: false, ...version }];
  }
  return [404, errorBody('Not found (Jira double has no such endpoint).')];
}

function visible(filter: DoubleFilter, user: string | undefined): boolean {
  return !filter.visibleTo || (user !== undefined && filter.visibleTo.includes(user));
}

function page<T>(values: T[], query: Record<string, string>): unknown {
  return pageBean({ self: '', startAt: Number(query.startAt ?? 0), maxResults: Number(query.maxResults ?? 50), all: values });
}

const SYSTEM_FIELDS: Record<string, string> = {
  originalEstimate: 'timeoriginalestimate',
  remainingEstimate: 'timeestimate',
  timeSpent: 'timespent',
};
const NARROWED = /^\((.+)\) AND \(((?:(?:cf\[\d+\]|originalEstimate|remainingEstimate|timeSpent) IS NOT EMPTY(?: OR )?)+)\)$/;

/**
 * The issues of a search. The double does not evaluate JQL, except the one clause Glance adds itself
 * (functions/metrics/issue-batch.ts): `(<jql>) AND (cf[N] IS NOT EMPTY OR …)` keeps the issues of
 * `<jql>` where one of those fields has a value, as Jira would.
 */
function issuesOf(data: DoubleData, jql: string, user: string | undefined): DoubleIssue[] {
  const narrowed = NARROWED.exec(jql);
  if (!narrowed) return data.issues?.(jql, user) ?? [];
  const fields = narrowed[2]
    .split(' OR ')
    .map((c) => c.replace(' IS NOT EMPTY', ''))
    .map((f) => SYSTEM_FIELDS[f] ?? f.replace(/^cf\[(\d+)\]$/, 'customfield_$1'));
  return (data.issues?.(narrowed[1], user) ?? []).filter((i) => fields.some((f) => i.fields[f] !== null && i.fields[f] !== undefined));
}

function searchJql(data: DoubleData, body: unknown, user: string | undefined): [number, unknown] {
  const request = (body ?? {}) as { jql?: string; fields?: string[]; maxResults?: number; nextPageToken?: string };
  const jql = jqlOf(body);
  if (isUnbounded(jql)) return [400, errorBody(UNBOUNDED_MESSAGE)];
  const all = issuesOf(data, jql, user);
  const size = Math.min(request.maxResults ?? 50, data.maxPageSize ?? 100);
  let start = 0;
  if (request.nextPageToken !== undefined) {
    const decoded = /^page-(\d+)$/.exec(Buffer.from(request.nextPageToken, 'base64url').toString('utf8'));
    if (!decoded) return [400, errorBody('Invalid nextPageToken.')];
    start = Number(decoded[1]);
  }
  const fields = request.fields ?? [];
  const issues = all.slice(start, start + size).map((issue) => ({
    id: issue.id,
    key: issue.key,
    fields: Object.fromEntries(fields.filter((f) => Object.hasOwn(issue.fields, f)).map((f) => [f, issue.fields[f]])),
  }));
  const next = start + size;
  return [200, searchPage(issues, next < all.length ? Buffer.from(`page-${next}`).toString('base64url') : undefined)];
}
