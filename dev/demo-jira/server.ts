/**
 * The embedded demo Jira: an HTTP server answering the Jira Cloud REST v3 endpoints Glance uses,
 * over a seeded dataset, as the authenticated user (HTTP Basic `email:apiToken`).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { generateDataset, type Dataset } from './dataset';
import { chooseFault, parseFaultEnv, type FaultOptions, type FaultRule, type FaultSpec } from './faults';
import { jiraError, sendJson, type Reply } from './http';
import { INVALID_PAYLOAD_MESSAGE, NOT_AUTHENTICATED_MESSAGE } from './jira-shapes';
import { ROUTES, type DemoRequest } from './routes';
import { parseJql } from './jql/parse';
import { DEMO_USERS, type DemoUser } from './users';

export type { DemoUser } from './users';
export type { Dataset } from './dataset';
export type { FaultOptions } from './faults';

export interface DemoJiraOptions {
  /** Default 0: an ephemeral port. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Fixes the clock: the dataset's day and JQL's now(). Default: the real time. */
  now?: Date;
  /** Default: from DEMO_JIRA_FAULTS. */
  faults?: FaultOptions;
  /** Added to every request. Default: DEMO_JIRA_LATENCY_MS or 0. */
  latencyMs?: number;
}

export interface DemoJira {
  url: string;
  port: number;
  close(): Promise<void>;
  users: DemoUser[];
  dataset: Dataset;
}

const MAX_BODY = 1_000_000;

/** Starts the demo Jira and resolves once it listens. */
export async function startDemoJira(options: DemoJiraOptions = {}): Promise<DemoJira> {
  const fixedNow = options.now?.getTime();
  const dataset = generateDataset(new Date(fixedNow ?? Date.now()));
  const rules: FaultRule[] = options.faults?.rules ?? parseFaultEnv(process.env.DEMO_JIRA_FAULTS);
  const latencyMs = options.latencyMs ?? Number(process.env.DEMO_JIRA_LATENCY_MS ?? 0);
  if (!Number.isFinite(latencyMs) || latencyMs < 0) throw new Error('DEMO_JIRA_LATENCY_MS must be a non-negative number');
  const host = options.host ?? '127.0.0.1';
  let base = '';
  let requestCount = 0;
  const timers = new Set<NodeJS.Timeout>();

  const delay = (ms: number): Promise<void> =>
    ms <= 0
      ? Promise.resolve()
      : new Promise((resolve) => {
          const timer = setTimeout(() => {
            timers.delete(timer);
            resolve();
          }, ms);
          timers.add(timer);
        });

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', base);
    const bodyText = await readBody(req);
    await delay(latencyMs);
    requestCount += 1;
    const explicit = url.searchParams.get('demoFault') ?? headerValue(req.headers['x-demo-fault']);
    const fault = chooseFault(explicit, rules, requestCount);
    if (fault && fault.kind !== 'slow') return sendFault(res, fault);
    if (fault) await delay(fault.delayMs);
    if (res.destroyed) return;
    sendJson(res, answer(req, url, bodyText));
  };

  const answer = (req: IncomingMessage, url: URL, bodyText: string | undefined): Reply => {
    if (bodyText === undefined) return jiraError(413, ['Request body too large.']);
    const route = ROUTES.map((r) => ({ r, m: r.pattern.exec(url.pathname) })).find((x) => x.m);
    if (!route) return jiraError(404, [`No resource at ${url.pathname}: the demo Jira does not implement it.`]);
    const user = authenticate(req.headers.authorization);
    if (!user) return jiraError(401, [NOT_AUTHENTICATED_MESSAGE], { 'www-authenticate': 'Basic realm="demo-jira"' });
    const method = (req.method ?? 'GET').toUpperCase();
    const handler = route.r.methods[method];
    if (!handler)
      return jiraError(405, [`Method ${method} is not allowed on ${url.pathname}.`], { allow: Object.keys(route.r.methods).join(', ') });
    let body: unknown;
    if (method === 'POST' && bodyText.trim() !== '') {
      try {
        body = JSON.parse(bodyText);
      } catch {
        return jiraError(400, [INVALID_PAYLOAD_MESSAGE]);
      }
    }
    const request: DemoRequest = {
      method,
      path: url.pathname,
      query: url.searchParams,
      body,
      user,
      base,
      dataset,
      nowMs: fixedNow ?? Date.now(),
    };
    return handler(request, route.m!.slice(1));
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) sendJson(res, jiraError(500, [`Demo Jira internal error: ${String(error)}`]));
      else res.destroy();
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  // The JQL grammar's first parse builds its tables (hundreds of ms): do it now, off the startup path.
  setImmediate(() => parseJql('project = WARMUP AND created >= -1d ORDER BY created DESC')).unref();
  const port = (server.address() as AddressInfo).port;
  base = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;

  return {
    url: base,
    port,
    users: [...DEMO_USERS],
    dataset,
    close: () =>
      new Promise<void>((resolve, reject) => {
        for (const timer of timers) clearTimeout(timer);
        timers.clear();
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

function headerValue(value: string | string[] | undefined): string | null {
  return Array.isArray(value) ? (value[0] ?? null) : (value ?? null);
}

/** HTTP Basic `email:apiToken` → the demo user, or undefined. */
function authenticate(header: string | undefined): DemoUser | undefined {
  const match = /^Basic\s+(\S+)$/i.exec(header ?? '');
  if (!match) return undefined;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return undefined;
  const email = decoded.slice(0, colon).toLowerCase();
  const token = decoded.slice(colon + 1);
  return DEMO_USERS.find((u) => u.email.toLowerCase() === email && u.apiToken === token);
}

/** The whole body as text; undefined when larger than MAX_BODY. */
async function readBody(req: IncomingMessage): Promise<string | undefined> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) return undefined;
    chunks.push(chunk as Uint8Array);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function sendFault(res: ServerResponse, fault: FaultSpec): void {
  switch (fault.kind) {
    case '429':
      return sendJson(
        res,
        jiraError(429, ['Rate limit exceeded.'], {
          'retry-after': String(fault.retryAfterSeconds),
          'x-ratelimit-limit': '100',
          'x-ratelimit-remaining': '0',
          'ratelimit-reason': 'jira-burst-based',
        }),
      );
    case '500':
      return sendJson(res, jiraError(500, ['Internal server error (injected by the demo Jira).']));
    case '503':
      return sendJson(res, jiraError(503, ['Service unavailable (injected by the demo Jira).'], { 'retry-after': '1' }));
    case 'badjson': {
      const text = '{"issues":[{"id":"10000","fields":{"summary":"trunc';
      res.writeHead(200, { 'content-type': 'application/json;charset=UTF-8', 'content-length': Buffer.byteLength(text) });
      res.end(text);
      return;
    }
    case 'slow':
      return;
  }
}
