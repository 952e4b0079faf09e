/** The REST endpoints, as pure functions of a parsed request (no sockets here). */
import { createHash } from 'node:crypto';
import type { Dataset } from './dataset';
import type { DemoUser } from './users';
import { canBrowse } from './users';
import { PROJECTS } from './catalog';
import { fieldList } from './field-list';
import { intParam, jiraError, type Reply } from './http';
import { FILTER_NOT_AVAILABLE_MESSAGE, INVALID_PAYLOAD_MESSAGE, pageBean, REMOVED_SEARCH_MESSAGE, searchPage } from './jira-shapes';
import { FILTER_EXPANDS, filterJson, issueJson, projectJson, selectFields, userJson, versionJson } from './present';
import { JqlError } from './jql/errors';
import { parseJql } from './jql/parse';
import { runJql, validateJql } from './jql/query';
import { toStructure } from './jql/structure';
import type { JqlContext } from './jql/context';

export interface DemoRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  /** Parsed JSON body (POST), or undefined. */
  body: unknown;
  user: DemoUser;
  base: string;
  dataset: Dataset;
  nowMs: number;
}

type Handler = (req: DemoRequest, params: string[]) => Reply;

interface Route {
  pattern: RegExp;
  methods: Record<string, Handler>;
}

const removed: Handler = () => jiraError(410, [REMOVED_SEARCH_MESSAGE]);

export const ROUTES: readonly Route[] = [
  { pattern: /^\/rest\/api\/[23]\/search$/, methods: { GET: removed, POST: removed } },
  { pattern: /^\/rest\/api\/3\/search\/approximate-count$/, methods: { POST: approximateCount } },
  { pattern: /^\/rest\/api\/3\/search\/jql$/, methods: { GET: searchJql, POST: searchJql } },
  { pattern: /^\/rest\/api\/3\/jql\/parse$/, methods: { GET: parseQueries, POST: parseQueries } },
  { pattern: /^\/rest\/api\/3\/filter\/search$/, methods: { GET: filterSearch } },
  { pattern: /^\/rest\/api\/3\/filter\/([^/]+)$/, methods: { GET: filterById } },
  { pattern: /^\/rest\/api\/3\/field$/, methods: { GET: () => ({ status: 200, body: fieldList() }) } },
  { pattern: /^\/rest\/api\/3\/project\/search$/, methods: { GET: projectSearch } },
  { pattern: /^\/rest\/api\/3\/project\/([^/]+)\/versions$/, methods: { GET: projectVersions } },
  { pattern: /^\/rest\/api\/3\/version\/([^/]+)$/, methods: { GET: versionById } },
  { pattern: /^\/rest\/api\/3\/myself$/, methods: { GET: myself } },
];

function context(req: DemoRequest): JqlContext {
  return { dataset: req.dataset, accountId: req.user.accountId, nowMs: req.nowMs, timeZone: req.user.timeZone };
}

/** A body object (POST) or the query string (GET) as one bag of parameters. */
function params(req: DemoRequest): Record<string, unknown> | undefined {
  if (req.method === 'GET') return Object.fromEntries(req.query.entries());
  if (req.body === undefined) return {};
  return typeof req.body === 'object' && req.body !== null && !Array.isArray(req.body) ? (req.body as Record<string, unknown>) : undefined;
}

function jqlFailure(error: unknown): Reply {
  if (error instanceof JqlError) return jiraError(400, error.messages);
  throw error;
}

function approximateCount(req: DemoRequest): Reply {
  const p = params(req);
  if (!p || (p.jql !== undefined && typeof p.jql !== 'string')) return jiraError(400, [INVALID_PAYLOAD_MESSAGE]);
  try {
    return { status: 200, body: { count: runJql(p.jql ?? '', context(req), { requireBounded: true, sort: false }).length } };
  } catch (error) {
    return jqlFailure(error);
  }
}

const tokenHash = (jql: string, user: string): string => createHash('sha256').update(`${user}\n${jql}`).digest('base64url').slice(0, 12);

function searchJql(req: DemoRequest): Reply {
  const p = params(req);
  if (!p) return jiraError(400, [INVALID_PAYLOAD_MESSAGE]);
  const jql = p.jql ?? '';
  const maxResults = intParam(p.maxResults);
  // GET may repeat `fields` and comma-separate within each; POST sends an array.
  const rawFields =
    req.method === 'GET' ? (req.query.has('fields') ? req.query.getAll('fields').flatMap((f) => f.split(',')) : undefined) : p.fields;
  if (
    typeof jql !== 'string' ||
    Number.isNaN(maxResults) ||
    (rawFields !== undefined && !(Array.isArray(rawFields) && rawFields.every((f) => typeof f === 'string'))) ||
    (p.nextPageToken !== undefined && p.nextPageToken !== null && typeof p.nextPageToken !== 'string')
  ) {
    return jiraError(400, [INVALID_PAYLOAD_MESSAGE]);
  }
  const requested = rawFields ?? [];
  const fields = requested.length === 0 ? null : selectFields(requested);
  const idsOnly = fields === null || fields.length === 0;
  const pageSize = Math.max(1, Math.min(maxResults ?? 50, idsOnly ? 5000 : 100));

  let issues;
  try {
    issues = runJql(jql, context(req), { requireBounded: true, sort: true });
  } catch (error) {
    return jqlFailure(error);
  }
  const hash = tokenHash(jql, req.user.accountId);
  let offset = 0;
  if (typeof p.nextPageToken === 'string' && p.nextPageToken !== '') {
    const decoded = decodeToken(p.nextPageToken);
    if (!decoded || decoded.h !== hash) return jiraError(400, ['The provided next page token is invalid or expired.']);
    offset = decoded.o;
  }
  const page = issues.slice(offset, offset + pageSize).map((issue) => issueJson(req.base, req.dataset, issue, fields));
  const isLast = offset + pageSize >= issues.length;
  const next = isLast ? undefined : Buffer.from(JSON.stringify({ o: offset + pageSize, h: hash })).toString('base64url');
  return { status: 200, body: searchPage(page, next) };
}

function decodeToken(token: string): { o: number; h: string } | undefined {
  try {
    const value = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as { o?: unknown; h?: unknown };
    return Number.isInteger(value.o) && typeof value.h === 'string' ? { o: value.o as number, h: value.h } : undefined;
  } catch {
    return undefined;
  }
}

function parseQueries(req: DemoRequest): Reply {
  const p = params(req);
  const queries = req.method === 'GET' ? [...req.query.getAll('query'), ...req.query.getAll('queries')] : p?.queries;
  if (!Array.isArray(queries) || queries.length === 0 || !queries.every((q) => typeof q === 'string')) {
    return jiraError(400, [INVALID_PAYLOAD_MESSAGE]);
  }
  const validation = (req.query.get('validation') ?? 'strict').toLowerCase();
  if (!['strict', 'warn', 'none'].includes(validation)) return jiraError(400, [INVALID_PAYLOAD_MESSAGE]);
  const ctx = context(req);
  const results = queries.map((query) => {
    const parsed = parseJql(query);
    if (parsed.errors.length > 0) return { query, errors: parsed.errors };
    const structure = toStructure(parsed.query);
    if (validation === 'none') return { query, structure };
    const errors = validateJql(query, ctx);
    if (errors.length === 0) return { query, structure };
    return validation === 'warn' ? { query, structure, errors } : { query, errors };
  });
  return { status: 200, body: { queries: results } };
}

function visibleFilter(req: DemoRequest, id: string) {
  return req.dataset.filters.find((f) => f.id === id && (f.shared || f.owner === req.user.accountId));
}

function filterById(req: DemoRequest, [id]: string[]): Reply {
  const filter = visibleFilter(req, decodeURIComponent(id));
  // Jira Cloud answers 400 (not 404) for a filter that does not exist or is not shared with the user.
  if (!filter) return jiraError(400, [FILTER_NOT_AVAILABLE_MESSAGE]);
  return { status: 200, body: filterJson(req.base, filter, req.user.accountId, null) };
}

/** startAt/maxResults paging shared by filter/search and project/search. */
function paged<T>(req: DemoRequest, items: T[], present: (item: T) => unknown): Reply {
  const startAt = intParam(req.query.get('startAt')) ?? 0;
  const max = intParam(req.query.get('maxResults')) ?? 50;
  if (Number.isNaN(startAt) || Number.isNaN(max)) return jiraError(400, [INVALID_PAYLOAD_MESSAGE]);
  const maxResults = Math.min(max, 100);
  const next = new URLSearchParams(req.query);
  next.set('startAt', String(startAt + maxResults));
  const body = pageBean({
    self: `${req.base}${req.path}?${req.query.toString()}`,
    startAt,
    maxResults,
    all: items,
    nextPage: `${req.base}${req.path}?${next.toString()}`,
  });
  return { status: 200, body: { ...body, values: (body.values as T[]).map(present) } };
}

function filterSearch(req: DemoRequest): Reply {
  const name = (req.query.get('filterName') ?? '').toLowerCase();
  const owner = req.query.get('accountId');
  const orderBy = req.query.get('orderBy') ?? 'name';
  const expand = new Set(
    (req.query.get('expand') ?? '')
      .split(',')
      .map((e) => e.trim())
      .filter((e) => (FILTER_EXPANDS as readonly string[]).includes(e)),
  );
  const desc = orderBy.startsWith('-');
  const sortField = orderBy.replace(/^[-+]/, '');
  if (!['name', 'id', 'owner', 'description', 'favourite_count', 'is_favourite', 'is_shared'].includes(sortField)) {
    return jiraError(400, [`The value '${orderBy}' is not valid for orderBy.`]);
  }
  const filters = req.dataset.filters
    .filter((f) => (f.shared || f.owner === req.user.accountId) && f.name.toLowerCase().includes(name) && (!owner || f.owner === owner))
    .sort((a, b) => (sortField === 'id' ? Number(a.id) - Number(b.id) : a.name.localeCompare(b.name)) * (desc ? -1 : 1));
  return paged(req, filters, (f) => filterJson(req.base, f, req.user.accountId, expand));
}

function projectSearch(req: DemoRequest): Reply {
  const query = (req.query.get('query') ?? '').toLowerCase();
  const keys = req.query.getAll('keys').flatMap((k) => k.split(','));
  const orderBy = req.query.get('orderBy') ?? 'key';
  const sortField = orderBy.replace(/^[-+]/, '') as 'key' | 'name' | 'id';
  if (!['key', 'name', 'id'].includes(sortField)) return jiraError(400, [`The value '${orderBy}' is not valid for orderBy.`]);
  const projects = PROJECTS.filter((p) => canBrowse(req.user.accountId, p.key))
    .filter((p) => p.key.toLowerCase().includes(query) || p.name.toLowerCase().includes(query))
    .filter((p) => keys.length === 0 || keys.includes(p.key) || keys.includes(p.id))
    .sort(
      (a, b) =>
        (sortField === 'id' ? Number(a.id) - Number(b.id) : a[sortField].localeCompare(b[sortField])) * (orderBy.startsWith('-') ? -1 : 1),
    );
  // Like Jira: 404 "Returned if no projects matching the search criteria are found" (REST API v3, Get
  // projects paginated), so the preview's picker meets the edge the client handles (client.ts searchProjects).
  if (projects.length === 0) return jiraError(404, ['No projects match the search criteria.']);
  return paged(req, projects, (p) => projectJson(req.base, p));
}

/** The logged-in user with the profile time zone and locale their JQL dates and numbers use. */
function myself(req: DemoRequest): Reply {
  return { status: 200, body: { ...userJson(req.base, req.user.accountId), timeZone: req.user.timeZone, locale: req.user.locale } };
}

/** A version the user may see (Browse projects on its project); Jira answers 404 for the others too. */
function versionById(req: DemoRequest, [rawId]: string[]): Reply {
  const id = decodeURIComponent(rawId);
  const version = req.dataset.versions.find((v) => v.id === id && canBrowse(req.user.accountId, v.project));
  if (!version) return jiraError(404, [`Could not find version for id '${id}'`]);
  return { status: 200, body: versionJson(req.base, version, req.dataset.today) };
}

/** Every version of a browsable project (not paged), by key (case-sensitive, like Jira) or id. */
function projectVersions(req: DemoRequest, [rawKey]: string[]): Reply {
  const keyOrId = decodeURIComponent(rawKey);
  const byId = /^\d+$/.test(keyOrId);
  const project = PROJECTS.find((p) => (byId ? p.id === keyOrId : p.key === keyOrId) && canBrowse(req.user.accountId, p.key));
  if (!project) return jiraError(404, [`No project could be found with ${byId ? 'id' : 'key'} '${keyOrId}'.`]);
  return {
    status: 200,
    body: req.dataset.versions.filter((v) => v.project === project.key).map((v) => versionJson(req.base, v, req.dataset.today)),
  };
}
