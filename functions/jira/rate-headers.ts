/**
 * Jira Cloud's rate-limit headers, read from any answer. Sources (Atlassian, "Rate limiting" for Jira
 * Cloud, https://developer.atlassian.com/cloud/jira/platform/rate-limiting, updated Mar 5 2026, and its
 * companion "Build an app that respects rate limits",
 * https://developer.atlassian.com/cloud/jira/platform/build-an-app-that-respects-rate-limits/):
 * - `Retry-After`: seconds to wait before reissuing; "if you reissue the request before the retry
 *   period expires, the request will fail and return the same or longer Retry-After period". Some
 *   transient 5XX answers (e.g. a 503 when a resource limit is reached) carry it too and "can be
 *   handled with similar logic".
 * - `RateLimit-Reason`: which limit declined the request — the guide's table names `jira-burst-based`
 *   (per-second limit of one tenant, endpoint and method) and `jira-per-issue-on-write`; the hourly
 *   points quota answers e.g. `jira-quota-tenant-based`; the page's earlier version named
 *   `jira-cost-based` and `jira-quota-based`. Values are read by their words, so a new one still reads.
 * - `X-RateLimit-NearLimit`: "true" when less than 20% of any budget remains.
 * - Headers prefixed `Beta-` / `X-Beta-` (`Beta-Retry-After`, `X-Beta-RateLimit-Reason`,
 *   `X-Beta-RateLimit-NearLimit`) belong to limits in their beta phase: the page says they announce a
 *   limit the request *would* have breached, while only the headers without `beta` mean a limit was
 *   enforced. So they are hints, never stops: they never start a cooldown; the near-limit hint only
 *   slows pacing a little (client.ts), like the enforced near-limit flag does.
 * Header names are case-insensitive (`Headers.get`).
 */
import type { MessageKey } from '../../i18n/index';
import { retryAfterMs } from './retry-after';

type Headers = { get(name: string): string | null };

interface LimitHeaders {
  /** When Jira allows the next request (ms since the epoch), from `Retry-After` (the enforced header) only. */
  retryAt?: number;
  /** RateLimit-Reason as sent (trimmed, at most 60 characters); the beta spelling is not read. */
  reason?: string;
  /** X-RateLimit-NearLimit: true / false when sent, undefined when absent or unreadable. */
  nearLimit?: boolean;
  /** A beta header announced a limit this request would have breached (Beta-Retry-After or X-Beta-RateLimit-NearLimit: true): a pacing hint. */
  betaHint?: true;
}

/** Reads the rate-limit headers of one answer received at `nowMs`. */
export function readLimitHeaders(headers: Headers, nowMs: number): LimitHeaders {
  const result: LimitHeaders = {};
  const wait = retryAfterMs(headers.get('retry-after'), nowMs);
  if (wait !== null) result.retryAt = nowMs + wait;
  const reason = headers.get('ratelimit-reason')?.trim();
  if (reason) result.reason = reason.slice(0, 60);
  const near = headers.get('x-ratelimit-nearlimit')?.trim().toLowerCase();
  if (near === 'true' || near === 'false') result.nearLimit = near === 'true';
  const betaNear = headers.get('x-beta-ratelimit-nearlimit')?.trim().toLowerCase() === 'true';
  if (betaNear || retryAfterMs(headers.get('beta-retry-after'), nowMs) !== null) result.betaHint = true;
  return result;
}

/**
 * Which limit RateLimit-Reason names, as the catalogue key the status card words it with ("which
 * limit"); unknown reasons get a generic phrase. The words are chosen at the resolver's edge (failure.ts).
 */
export function limitKey(reason: string | undefined): Extract<MessageKey, `rate.${string}`> {
  const r = (reason ?? '').toLowerCase();
  if (r.includes('burst')) return 'rate.burst';
  if (r.includes('quota') && r.includes('tenant')) return 'rate.tenantQuota';
  if (r.includes('quota')) return 'rate.quota';
  if (r.includes('per-issue')) return 'rate.perIssue';
  if (r.includes('cost')) return 'rate.cost';
  return 'rate.limit';
}
