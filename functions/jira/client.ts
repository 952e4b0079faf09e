/**
 * JiraClient: every Jira call of the backend goes through here. One client per resolver call. It
 * - paces: at most {@link DEFAULT_PER_INVOCATION} requests of its own in flight, and at most the
 *   installation's limit from this instance (rate-limits.ts);
 * - respects Jira's rate limits across requests: after a 429, or a 5xx with Retry-After, no request to
 *   that installation leaves this instance until Retry-After ends (the enforced header; the `Beta-`
 *   headers are hints that only slow pacing a little — rate-headers.ts has the sources); requests in
 *   that window wait it out if it ends within the client's cooldown allowance
 *   ({@link DEFAULT_COOLDOWN_WAIT_MS}), or fail at once without calling Jira;
 * - retries 5xx, network failures and a request that ran past its share of the budget with
 *   exponential backoff and full jitter (a random wait in [0, backoff]), so fresh instances that
 *   failed together do not retry together;
 * - keeps all of that within one time budget that a viewer can wait for ({@link DEFAULT_BUDGET_MS}).
 */
import { route, type Route } from '@forge/api';
import { errorForStatus, JiraError } from './errors';
import { DEFAULT_BUDGET_MS, MAX_COOLDOWN_WAITS, MAX_JITTER_MS, MIN_REQUEST_MS, NEAR_LIMIT_PACE_MS, REQUEST_SHARE } from './budget';
import { readLimitHeaders } from './rate-headers';
import { instanceRateLimits, type Cooldown, type RateLimits } from './rate-limits';
import { Semaphore } from './semaphore';
import { settledBy, TimedOut } from './settle';
import { ConsentRequired, type HttpMethod, type Transport, type TransportResponse } from './transport';
import type * as J from './types';
import { isRecord } from '../record';

export { DEFAULT_BUDGET_MS } from './budget';

export interface ClientOptions {
  /** Total time for all calls of this client, retries and waits included (default {@link DEFAULT_BUDGET_MS}). */
  budgetMs?: number;
  /** Attempts per request, the first included (default 4). */
  maxAttempts?: number;
  /** First backoff delay; doubled per retry (default 300 ms). */
  backoffMs?: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  /** Uniform random numbers in [0, 1) for jitter (default Math.random). */
  random?: () => number;
  /** The Jira site the requests go to (Forge's installContext); '' when there is only one (local preview). */
  installation?: string;
  /** How long this client waits out cooldowns in all, from the first it meets (default {@link DEFAULT_COOLDOWN_WAIT_MS}). */
  cooldownWaitMs?: number;
  /** This instance's rate-limit registry (default: the module's own, {@link instanceRateLimits}). */
  limits?: RateLimits;
  /** Requests of this client in flight at once (default {@link DEFAULT_PER_INVOCATION}). */
  maxInFlight?: number;
}

/**
 * Requests of one render in flight at once. A render fans out up to ~10 reads (a trend's windows, a
 * ratio's segments, a formula's variables); 4 at a time keeps one render from spending the burst
 * buffer alone, while two renders on one instance still fit the installation's limit of 8.
 */
export const DEFAULT_PER_INVOCATION = 4;
/**
 * How long one render waits out rate-limit cooldowns in all, from the first it meets: a short one (a
 * burst limit's seconds, a 429 without Retry-After) is waited out and the render reads live; a longer
 * one (a spent hourly quota) fails at once, and the viewer keeps their picture (static/view/keep.ts).
 */
export const DEFAULT_COOLDOWN_WAIT_MS = 8_000;

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export class JiraClient {
  /** The time budget of all calls of this client (ms). */
  readonly budgetMs: number;
  private readonly deadline: number;
  private readonly maxAttempts: number;
  private readonly backoffMs: number;
  private readonly now: () => number;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly random: () => number;
  private readonly installation: string;
  private readonly limits: RateLimits;
  private readonly own: Semaphore;
  private readonly cooldownWaitMs: number;
  /** When this client first met a cooldown: its waits end by then + {@link cooldownWaitMs}. */
  private coolingSince: number | undefined;

  constructor(
    private readonly transport: Transport,
    options: ClientOptions = {},
  ) {
    this.now = options.now ?? Date.now;
    this.sleep = options.sleep ?? realSleep;
    this.random = options.random ?? Math.random;
    this.budgetMs = options.budgetMs ?? DEFAULT_BUDGET_MS;
    this.deadline = this.now() + this.budgetMs;
    this.maxAttempts = options.maxAttempts ?? 4;
    this.backoffMs = options.backoffMs ?? 300;
    this.installation = options.installation ?? '';
    this.limits = options.limits ?? instanceRateLimits;
    this.own = new Semaphore(options.maxInFlight ?? DEFAULT_PER_INVOCATION);
    this.cooldownWaitMs = options.cooldownWaitMs ?? DEFAULT_COOLDOWN_WAIT_MS;
  }

  /** True while Jira says (or a beta header hints) that less than 20% of a budget of this installation is left: requests are paced. */
  get nearLimit(): boolean {
    return this.limits.nearLimit(this.installation, this.now());
  }

  /** Milliseconds left of the time budget (negative once it is spent). */
  timeLeftMs(): number {
    return this.deadline - this.now();
  }

  /** Approximate number of issues matching a bounded JQL. */
  async approximateCount(jql: string): Promise<number> {
    const body = await this.json<J.CountResponse>('POST', route`/rest/api/3/search/approximate-count`, { jql });
    if (!isRecord(body) || typeof body.count !== 'number' || !Number.isFinite(body.count)) throw badShape('approximate-count');
    return body.count;
  }

  /** One page of issues with only `fields`. */
  async searchPage(jql: string, fields: string[], maxResults: number, nextPageToken?: string): Promise<J.SearchPage> {
    const request = { jql, fields, maxResults, ...(nextPageToken ? { nextPageToken } : {}) };
    const body = await this.json<J.SearchPage>('POST', route`/rest/api/3/search/jql`, request);
    if (!isRecord(body) || !Array.isArray(body.issues)) throw badShape('search/jql');
    return body;
  }

  /** A saved filter (its JQL), as the user sees it. */
  async filter(id: string): Promise<J.Filter> {
    // Jira answers 400 (not 404) for a filter that is deleted or not shared with the user.
    const body = await this.json<J.Filter>('GET', route`/rest/api/3/filter/${id}`).catch((error: unknown) => {
      if (error instanceof JiraError && error.details.status === 400)
        throw new JiraError('NOT_FOUND', error.message, error.details, error.said);
      throw error;
    });
    if (!isRecord(body) || typeof body.jql !== 'string') throw badShape('filter');
    return body;
  }

  /** A project version (its start and release dates), as the user sees it. */
  async version(id: string): Promise<J.Version> {
    const body = await this.json<J.Version>('GET', route`/rest/api/3/version/${id}`);
    if (!isRecord(body) || typeof body.id !== 'string') throw badShape('version');
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
    const first = isRecord(body) && Array.isArray(body.queries) ? body.queries[0] : undefined;
    if (!isRecord(first)) throw badShape('jql/parse');
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
    const body = await this.json<J.Page<J.Project>>(
      'GET',
      route`/rest/api/3/project/search?query=${query}&maxResults=${maxResults}&orderBy=${'name'}`,
    ).catch((error: unknown) => {
      // Jira answers 404 "Returned if no projects matching the search criteria are found" (Jira Cloud
      // REST API v3, Get projects paginated: https://developer.atlassian.com/cloud/jira/platform/rest/v3/
      // api-group-projects/#api-rest-api-3-project-search-get): no match, not a missing resource.
      if (error instanceof JiraError && error.details.status === 404) return { values: [] };
      throw error;
    });
    if (!isRecord(body) || !Array.isArray(body.values)) throw badShape('project/search');
    return body;
  }

  /** Saved filters matching `name` the user can see, first page, with JQL and owner (only given when asked: types.ts Filter). */
  async searchFilters(name: string, maxResults: number): Promise<J.Page<J.Filter>> {
    const body = await this.json<J.Page<J.Filter>>(
      'GET',
      route`/rest/api/3/filter/search?filterName=${name}&maxResults=${maxResults}&orderBy=${'name'}&expand=${'jql,owner'}`,
    );
    if (!isRecord(body) || !Array.isArray(body.values)) throw badShape('filter/search');
    return body;
  }

  /** Sends a request with retries and returns the parsed JSON body, or throws a JiraError. */
  async json<T>(method: HttpMethod, path: Route, body?: unknown): Promise<T> {
    let lastError: JiraError | undefined;
    for (let attempt = 0; attempt < this.maxAttempts; attempt++) {
      const response = await this.send(method, path, body, attempt, lastError);
      if (response instanceof JiraError) {
        lastError = response;
        if (!(await this.wait(this.jittered(attempt)))) break;
        continue;
      }
      const { status, text } = response;
      const now = this.now();
      const limit = readLimitHeaders(response.headers, now);
      if (limit.nearLimit !== undefined) this.limits.noteNearLimit(this.installation, limit.nearLimit, now);
      if (limit.betaHint) this.limits.noteNearLimit(this.installation, true, now);
      if (status >= 200 && status < 300) return parse<T>(text);
      if (status !== 429 && status < 500) throw errorForStatus(status, text);
      lastError = errorForStatus(status, text);
      if (status === 429 || limit.retryAt !== undefined) {
        // Jira said when (or, a 429 without a time: the backoff). The whole installation waits; the next
        // send waits it out, or fails at once when it ends after the budget.
        const cooldown = { until: limit.retryAt ?? now + this.backoff(attempt), status, ...(limit.reason ? { reason: limit.reason } : {}) };
        this.limits.coolDown(this.installation, cooldown);
        lastError = cooledError(cooldown, now);
        continue;
      }
      if (attempt === this.maxAttempts - 1 || !(await this.wait(this.jittered(attempt)))) break;
    }
    throw lastError ?? timeout();
  }

  /**
   * One request: waits out the installation's cooldown, takes a place in this client's and the
   * installation's in-flight limits, sends. A network failure comes back as a JiraError to retry.
   */
  private async send(
    method: HttpMethod,
    path: Route,
    body: unknown,
    attempt: number,
    lastError: JiraError | undefined,
  ): Promise<TransportResponse | JiraError> {
    for (;;) {
      const waited = await this.waitOutCooldown(attempt);
      const now = this.now();
      const remaining = this.deadline - now;
      if (remaining <= 0) throw lastError ?? (waited ? cooledError(waited, now) : timeout());
      const deadline = AbortSignal.timeout(Math.ceil(remaining));
      const release = await this.place(deadline).catch(() => {
        throw lastError ?? timeout();
      });
      try {
        // A cooldown that began while this request queued for a place: wait it out first.
        if (this.limits.cooldown(this.installation, this.now())) continue;
        if (this.nearLimit) await this.sleep(Math.round(this.random() * NEAR_LIMIT_PACE_MS));
        const left = this.deadline - this.now();
        if (left <= 0) throw lastError ?? timeout();
        // Ends at its share of the budget or the budget's end (settle.ts: even if the signal is ignored).
        const share = Math.ceil(Math.min(left, this.budgetMs * REQUEST_SHARE));
        const signal = AbortSignal.timeout(share);
        try {
          return await settledBy(this.transport.request(method, path, body, signal), share);
        } catch (error) {
          if (error instanceof ConsentRequired) throw error;
          if (!signal.aborted && !(error instanceof TimedOut)) return new JiraError('UNAVAILABLE', 'Glance could not reach Jira.');
          if (this.deadline - this.now() <= 0) throw timeout();
          return timeout(); // past its share: retried like a 5xx while the budget lasts
        }
      } finally {
        release();
      }
    }
  }

  /** A place in this client's limit, then in the installation's; one function releases both. */
  private async place(signal: AbortSignal): Promise<() => void> {
    const releaseOwn = await this.own.acquire(signal);
    try {
      const releaseSite = await this.limits.gate(this.installation).acquire(signal);
      return () => {
        releaseSite();
        releaseOwn();
      };
    } catch (error) {
      releaseOwn();
      throw error;
    }
  }

  /**
   * Sleeps until the installation's cooldown is over, plus a jitter as long as the wait itself (at
   * least the backoff, at most {@link MAX_JITTER_MS}), so requests held back together do not all
   * leave at its end. Throws at once when the cooldown ends less than {@link MIN_REQUEST_MS} before the
   * budget's end or this client's cooldown allowance's. Returns the last cooldown waited for, if any.
   */
  private async waitOutCooldown(attempt: number): Promise<Cooldown | undefined> {
    let waited: Cooldown | undefined;
    // Bounded: a cooldown extended again and again (or a clock that does not move) ends in an error, not a loop.
    for (let round = 0; ; round++) {
      const now = this.now();
      const cooldown = this.limits.cooldown(this.installation, now);
      if (!cooldown) return waited;
      this.coolingSince ??= now;
      const waitEnd = Math.min(this.deadline, this.coolingSince + this.cooldownWaitMs);
      if (cooldown.until + MIN_REQUEST_MS > waitEnd || round >= MAX_COOLDOWN_WAITS) throw cooledError(cooldown, now);
      const spread = Math.min(MAX_JITTER_MS, Math.max(this.backoff(attempt), cooldown.until - now));
      const wake = Math.min(Math.round(cooldown.until + this.random() * spread), waitEnd - MIN_REQUEST_MS);
      waited = cooldown;
      await this.sleep(Math.max(0, wake - now));
    }
  }

  private backoff(attempt: number): number {
    return this.backoffMs * 2 ** attempt;
  }

  /** Full jitter: a uniformly random wait in [0, backoff]. */
  private jittered(attempt: number): number {
    return Math.round(this.random() * this.backoff(attempt));
  }

  /** Sleeps `ms` if that still leaves time for another attempt within the budget. */
  private async wait(ms: number): Promise<boolean> {
    if (this.now() + ms >= this.deadline) return false;
    await this.sleep(ms);
    return true;
  }
}

/** The error of a request held back by a cooldown: 429 → RATE_LIMITED, a 5xx → UNAVAILABLE; with when to retry. */
function cooledError(cooldown: Cooldown, now: number): JiraError {
  const details = {
    status: cooldown.status,
    retryAfterSeconds: Math.max(1, Math.ceil((cooldown.until - now) / 1000)),
    retryAt: cooldown.until,
    ...(cooldown.reason ? { limitReason: cooldown.reason } : {}),
  };
  return cooldown.status === 429
    ? new JiraError('RATE_LIMITED', 'Jira is receiving too many requests right now.', details)
    : new JiraError('UNAVAILABLE', 'Jira is not answering right now.', details);
}

function parse<T>(text: string): T {
  try {
    return JSON.parse(text) as T;
  } catch {
    throw new JiraError('BAD_RESPONSE', 'Jira sent an answer Glance could not read.');
  }
}

function badShape(endpoint: string): JiraError {
  return new JiraError('BAD_RESPONSE', `Jira sent an unexpected answer (${endpoint}).`);
}

function timeout(): JiraError {
  return new JiraError('TIMEOUT', 'Jira took too long to answer.');
}
