/**
 * A stand-in for Jira's rate limits in front of the demo Jira, shared by the dashboard and storm benches.
 *
 * Burst limit: a token bucket per user (the Authorization header), refilled at REFILL_PER_S — the
 * "App + user" budget of the worked example on Atlassian's "Rate limiting" page
 * (https://developer.atlassian.com/cloud/jira/platform/rate-limiting; the real limits are not published)
 * — holding BURST tokens (an assumption). An empty bucket answers 429 with `Retry-After: 1` and
 * `RateLimit-Reason: jira-burst-based`. A storm (`stormLeftS()` > 0) answers every request with 429,
 * `Retry-After` = the seconds left and `RateLimit-Reason: jira-quota-tenant-based`, as Jira does when an
 * hourly quota is spent. Requests and 429s are counted here, on the Jira side.
 */
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

export const BURST = 20;
export const REFILL_PER_S = 10;

export interface RateLimitProxy {
  url: string;
  /** Requests received (429s included). */
  readonly calls: number;
  /** Requests answered with 429. */
  readonly throttled: number;
  /** Resolves once no request is in flight (and their answers had a moment to be read). */
  settled(): Promise<void>;
  close(): Promise<void>;
}

export interface RateLimitProxyOptions {
  /** Tokens per user (default {@link BURST}); Infinity: no burst limit, only counting. */
  burst?: number;
  /** Seconds left of a 429 storm at this moment (default: never a storm). */
  stormLeftS?: () => number;
}

function bodyOf(req: IncomingMessage): Promise<Buffer> {
  return new Promise<Buffer>((resolve) => {
    const chunks: Uint8Array[] = [];
    req.on('data', (c: Uint8Array) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
  });
}

/** Starts the proxy to `target` (the demo Jira's URL) on 127.0.0.1 with a free port. */
export async function startRateLimitProxy(target: string, options: RateLimitProxyOptions = {}): Promise<RateLimitProxy> {
  const burst = options.burst ?? BURST;
  const stormLeftS = options.stormLeftS ?? (() => 0);
  const buckets = new Map<string, { tokens: number; at: number }>();
  const state = { calls: 0, throttled: 0, open: 0 };
  const server = createServer(async (req, res) => {
    state.calls++;
    state.open++;
    res.on('close', () => state.open--);
    const payload = await bodyOf(req);
    const now = performance.now();
    const key = req.headers.authorization ?? '';
    const bucket = buckets.get(key) ?? { tokens: burst, at: now };
    bucket.tokens = Math.min(burst, bucket.tokens + ((now - bucket.at) / 1000) * REFILL_PER_S);
    bucket.at = now;
    buckets.set(key, bucket);
    const left = stormLeftS();
    if (left > 0 || bucket.tokens < 1) {
      state.throttled++;
      const limit =
        left > 0
          ? { 'retry-after': String(Math.ceil(left)), 'ratelimit-reason': 'jira-quota-tenant-based' }
          : { 'retry-after': '1', 'ratelimit-reason': 'jira-burst-based' };
      res.writeHead(429, { 'content-type': 'application/json', connection: 'close', ...limit });
      res.end(JSON.stringify({ errorMessages: ['Rate limit exceeded.'], errors: {} }));
      return;
    }
    bucket.tokens -= 1;
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string' && k !== 'host' && k !== 'content-length') headers[k] = v;
    try {
      const answer = await fetch(`${target}${req.url}`, {
        method: req.method,
        headers,
        body: req.method === 'POST' ? new Uint8Array(payload) : undefined,
      });
      const text = await answer.text();
      res.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/json' });
      res.end(text);
    } catch {
      // The caller gave up (its time budget) and the demo Jira closed meanwhile: nobody is waiting for this answer.
      res.destroy();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    get calls() {
      return state.calls;
    },
    get throttled() {
      return state.throttled;
    },
    async settled() {
      do await new Promise((resolve) => setTimeout(resolve, 100));
      while (state.open > 0);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
