/**
 * What this function instance knows about Jira's rate limits, per installation (Jira site): when it may
 * ask again after a 429 (or a 5xx with Retry-After), whether Jira said the budget is nearly spent, and
 * how many requests to the site are in flight. Keyed by installation, never shared across sites, and
 * it holds no Jira data: only times, a status, the RateLimit-Reason token and counters.
 *
 * Why per installation and per instance: Jira's quotas and burst limits are counted per app and site
 * (Atlassian, "Rate limiting", https://developer.atlassian.com/cloud/jira/platform/rate-limiting; the
 * quota policy of an answer reads `"tenant-app-quota";w=3600`), and Atlassian says a request reissued
 * before Retry-After ends fails again with "the same or longer" wait — so one gadget's 429 must hold
 * back every other render of the same site in this instance. Other instances learn it from Jira.
 */
import { Semaphore } from './semaphore';

/**
 * Concurrent Jira requests per installation from one instance. Jira does not publish its per-second
 * numbers; its burst limit is per site, endpoint and method with a "burst buffer" for short spikes
 * ("Rate limiting", above), and nearly every read of a dashboard goes to one endpoint
 * (search/approximate-count). Atlassian's own advice when asked for a safe client-side concurrency was
 * "5 simultaneous requests from web browser and 10 from backend"
 * (https://community.developer.atlassian.com/t/are-there-rate-limits-for-jira-cloud-apis/4317).
 * 8 stays under that backend figure while two renders of one instance (4 each, see the client's
 * DEFAULT_PER_INVOCATION) can still run side by side.
 */
const DEFAULT_PER_INSTALLATION = 8;
/**
 * How long an `X-RateLimit-NearLimit: true` is believed without being repeated. The flag means less
 * than 20% of some budget is left (hourly quota or per-second burst); five minutes lets the next read
 * after it see whether the budget recovered, without re-reading every gadget on every refresh meanwhile.
 */
export const NEAR_LIMIT_MS = 5 * 60_000;
/** Beyond this many tracked installations, expired and idle entries are dropped. */
const SWEEP_AT = 2_000;

export interface Cooldown {
  /** No request before this time (ms since the epoch). */
  until: number;
  /** The status that started it: 429 (rate limited) or a 5xx that carried Retry-After. */
  status: number;
  /** RateLimit-Reason of that answer, if any. */
  reason?: string;
}

interface Site {
  cooldown?: Cooldown;
  nearLimitUntil?: number;
  gate: Semaphore;
}

interface RateLimitsOptions {
  /** Concurrent requests per installation (default {@link DEFAULT_PER_INSTALLATION}). */
  perInstallation?: number;
  nearLimitMs?: number;
}

export class RateLimits {
  private readonly sites = new Map<string, Site>();
  private readonly perInstallation: number;
  private readonly nearLimitMs: number;
  /** The latest time any caller passed in (the sweep's clock, so an injected clock works too). */
  private clock = 0;

  constructor(options: RateLimitsOptions = {}) {
    this.perInstallation = options.perInstallation ?? DEFAULT_PER_INSTALLATION;
    this.nearLimitMs = options.nearLimitMs ?? NEAR_LIMIT_MS;
  }

  /** The cooldown of `installation` still running at `now`, if any. */
  cooldown(installation: string, now: number): Cooldown | undefined {
    this.tick(now);
    const c = this.sites.get(installation)?.cooldown;
    return c && c.until > now ? c : undefined;
  }

  /** Starts (or extends) a cooldown; an earlier end never shortens a running one. */
  coolDown(installation: string, cooldown: Cooldown): void {
    const site = this.site(installation);
    if (!site.cooldown || cooldown.until > site.cooldown.until) site.cooldown = { ...cooldown };
  }

  /** True while Jira's last word for `installation` was X-RateLimit-NearLimit: true (for {@link NEAR_LIMIT_MS}). */
  nearLimit(installation: string, now: number): boolean {
    this.tick(now);
    const until = this.sites.get(installation)?.nearLimitUntil;
    return until !== undefined && until > now;
  }

  /** Records an X-RateLimit-NearLimit header: true (re)starts the flag, false ends it. */
  noteNearLimit(installation: string, near: boolean, now: number): void {
    this.tick(now);
    if (!near && !this.sites.has(installation)) return;
    this.site(installation).nearLimitUntil = near ? now + this.nearLimitMs : undefined;
  }

  /** The in-flight limit of `installation` in this instance. */
  gate(installation: string): Semaphore {
    return this.site(installation).gate;
  }

  /** Tracked installations (tests, diagnostics). */
  get size(): number {
    return this.sites.size;
  }

  /** Drops entries with nothing running: no cooldown or near-limit flag left and nobody in flight. */
  sweep(now: number): void {
    for (const [id, s] of this.sites) {
      if ((!s.cooldown || s.cooldown.until <= now) && (s.nearLimitUntil ?? 0) <= now && s.gate.idle) this.sites.delete(id);
    }
  }

  private site(installation: string): Site {
    let site = this.sites.get(installation);
    if (!site) {
      if (this.sites.size >= SWEEP_AT) this.sweep(this.clock);
      site = { gate: new Semaphore(this.perInstallation) };
      this.sites.set(installation, site);
    }
    return site;
  }

  private tick(now: number): void {
    if (now > this.clock) this.clock = now;
  }
}

/** This instance's registry: module state, one per function instance, as Forge runs one module per instance. */
// eslint-disable-next-line no-restricted-syntax -- per installation: cooldown times, the RateLimit-Reason token, the near-limit flag, in-flight counts; nothing read from issues or input
export const instanceRateLimits = new RateLimits();
