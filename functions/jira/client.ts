/**
 * JiraClient: every Jira call of the backend goes through here. It retries 5xx and network failures
 * with exponential backoff, honours `Retry-After` on 429, and keeps all of that within one time
 * budget per client (one client per resolver call), well under Forge's 25 s function limit.
 */
import { route, type Route } from '@forge/api';
import { errorForStatus, JiraError } from './errors';
import { retryAfterMs } from './retry-after';
import { ConsentRequired, type HttpMethod, type Transport } from './transport';
import type * as J from './types';

export interface ClientOptions {
  /** Total time for all calls of this client, retries and waits included (default 20 s). */
  budgetMs?: number;
  /** Attempts per request, the first included (default 4). */
  maxAttempts?: number;
  /** First backoff delay; doubled per retry (default 300 ms). */
  backoffMs?: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

export const DEFAULT_BUDGET_MS = 20_000;

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export class JiraClient {
  /** The time budget of all calls of this client (ms). */
  readonly budgetMs: number;
  private readonly deadline: number;
  private readonly maxAttempts: number;
  private readonly backoffMs: number;
  private readonly now: () => number;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(private readonly transport: Transport, options: ClientOptions = {}) {
    this.now = options.now ?? Date.now;
    this.sleep = options.sleep ?? realSleep;
    this.budgetMs = options.budgetMs ?? DEFAULT_BUDGET_MS;
    this.deadline = this.now() + this.budgetMs;
    this.maxAttempts = options.maxAttempts ?? 4;
    this.backoffMs = options.backoffMs ?? 300;
  }

  /** Milliseconds left of the time budget (negative once it is spent). */
  timeLeftMs(): number {
    return this.deadline - this.now();
  }

  /** Approximate number of issues matching a bounded JQL. */
  async approximateCount(jql: string): Promise<number> {
    const body = await this.json<J.CountResponse>('POST', route`/rest/api/3/search/approximate-count`, { jql });
    if (!isObject(body) || typeof body.count !== 'number' || !Number.isFinite(body.count)) throw badShape('approximate-count');
    return body.count;
  }

  /** One page of issues with only `fields`. */
  async searchPage(jql: string, fields: string[], maxResults: number, nextPageToken?: string): Promise<J.SearchPage> {
    const request = { jql, fields, maxResults, ...(nextPageToken ? { nextPageToken } : {}) };
    const body = await this.json<J.SearchPage>('POST', route`/rest/api/3/search/jql`, request);
    if (!isObject(body) || !Array.isArray(body.issues)) throw badShape('search/jql');
    return body;
  }

  /** A saved filter (its JQL), as the user sees it. */
  async filter(id: string): Promise<J.Filter> {
    // Jira answers 400 (not 404) for a filter that is deleted or not shared with the user.
    const body = await this.json<J.Filter>('GET', route`/rest/api/3/filter/${id}`).catch((error: unknown) => {
      if (error instanceof JiraError && error.details.status === 400) throw new JiraError('NOT_FOUND', error.message, error.details);
      throw error;
    });
    if (!isObject(body) || typeof body.jql !== 'string') throw badShape('filter');
    return body;
  }

  /** A project version (its start and release dates), as the user sees it. */
  async version(id: string): Promise<J.Version> {
    const body = await this.json<J.Version>('GET', route`/rest/api/3/version/${id}`);
    if (!isObject(body) || typeof body.id !== 'string') throw badShape('version');
    return body;
  }

  /** Every version of a project (key or id), as the user sees them: for the edit view's version picker. */
  async projectVersions(key: string): Promise<J.Version[]> {
    const body = await this.json<J.Version[]>('GET', route`/rest/api/3/project/${key}/versions`);
    if (!Array.isArray(body)) throw badShape('project/versions');
    return body;
  }

  /** Jira's own strict validation of one query: its error messages (empty when valid). */
  async parseJql(jql: string): Promise<string[]> {
    const body = await this.json<J.ParseResponse>('POST', route`/rest/api/3/jql/parse?validation=${'strict'}`, { queries: [jql] });
    const first = isObject(body) && Array.isArray(body.queries) ? body.queries[0] : undefined;
    if (!isObject(first)) throw badShape('jql/parse');
    return Array.isArray(first.errors) ? first.errors.filter((e): e is string => typeof e === 'string') : [];
  }

  /** All fields the user can see. */
  async fields(): Promise<J.Field[]> {
    const body = await this.json<J.Field[]>('GET', route`/rest/api/3/field`);
    if (!Array.isArray(body)) throw badShape('field');
    return body;
  }

  /** Projects matching `query` (name or key), first page. */
  async searchProjects(query: string, maxResults: number): Promise<J.Page<J.Project>> {
    const body = await this.json<J.Page<J.Project>>('GET', route`/rest/api/3/project/search?query=${query}&maxResults=${maxResults}&orderBy=${'name'}`);
    if (!isObject(body) || !Array.isArray(body.values)) throw badShape('project/search');
    return body;
  }

  /** Saved filters matching `name` that the user can see, first page. */
  async searchFilters(name: string, maxResults: number): Promise<J.Page<J.Filter>> {
    const body = await this.json<J.Page<J.Filter>>('GET', route`/rest/api/3/filter/search?filterName=${name}&maxResults=${maxResults}&orderBy=${'name'}`);
    if (!isObject(body) || !Array.isArray(body.values)) throw badShape('filter/search');
    return body;
  }

  /** Sends a request with retries and returns the parsed JSON body, or throws a JiraError. */
  async json<T>(method: HttpMethod, path: Route, body?: unknown): Promise<T> {
    let lastError: JiraError | undefined;
    for (let attempt = 0; attempt < this.maxAttempts; attempt++) {
      const remaining = this.deadline - this.now();
      if (remaining <= 0) throw lastError ?? timeout();
      const signal = AbortSignal.timeout(remaining);
      let response;
      try {
        response = await this.transport.request(method, path, body, signal);
      } catch (error) {
        if (error instanceof ConsentRequired) throw error;
        if (signal.aborted) throw timeout();
        lastError = new JiraError('UNAVAILABLE', 'Glance could not reach Jira.');
        if (!(await this.wait(this.backoff(attempt)))) break;
        continue;
      }
      const { status, text } = response;
      if (status >= 200 && status < 300) return parse<T>(text);
      if (status !== 429 && status < 500) throw errorForStatus(status, text);
      lastError = errorForStatus(status, text);
      let delay = this.backoff(attempt);
      if (status === 429) {
        const retryAfter = retryAfterMs(response.headers.get('retry-after'), this.now());
        if (retryAfter !== null) {
          delay = retryAfter;
          lastError = new JiraError('RATE_LIMITED', lastError.message, { ...lastError.details, retryAfterSeconds: Math.ceil(retryAfter / 1000) });
        }
      }
      if (attempt === this.maxAttempts - 1 || !(await this.wait(delay))) break;
    }
    throw lastError ?? timeout();
  }

  private backoff(attempt: number): number {
    return this.backoffMs * 2 ** attempt;
  }

  /** Sleeps `ms` if that still leaves time for another attempt within the budget. */
  private async wait(ms: number): Promise<boolean> {
    if (this.now() + ms >= this.deadline) return false;
    await this.sleep(ms);
    return true;
  }
}

function parse<T>(text: string): T {
  try {
    return JSON.parse(text) as T;
  } catch {
    throw new JiraError('BAD_RESPONSE', 'Jira sent an answer Glance could not read.');
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function badShape(endpoint: string): JiraError {
  return new JiraError('BAD_RESPONSE', `Jira sent an unexpected answer (${endpoint}).`);
}

function timeout(): JiraError {
  return new JiraError('TIMEOUT', 'Jira took too long to answer.');
}
