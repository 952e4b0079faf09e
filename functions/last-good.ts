/**
 * Keep the last good number. Every atomic read (a count, an aggregate, a filter's JQL, …) stays in
 * the per-installation, per-user cache (functions/cache.ts) for {@link LAST_GOOD_MS}, though it is
 * served as fresh for its TTL only. When a render cannot read Jira because Jira is rate limiting,
 * down, slow or answering garbage, the gadget is computed again from the reads kept, and drawn with
 * its age ("as of 10:42", a quiet stale state), instead of a status card. Never for errors about the
 * configuration or access (401/403/404, invalid JQL…): those always show. Memory only; never stored.
 *
 * While Jira says a budget is nearly spent (X-RateLimit-NearLimit, functions/jira/rate-limits.ts),
 * kept reads are preferred over new ones.
 */
import type { Owner, UserCache } from './cache';
import type { GadgetConfig } from './config/types';
import type { ErrorCode } from './contract';
import type { JiraClient } from './jira/client';
import { GlanceError } from './errors';
import { readNumbers, type MetricResult } from './metrics/read-numbers';
import type { ReadCache } from './metrics/jira-reads';
import type { Place } from './place';
import { statusMessage } from './status';
import { translator } from '../i18n/index';

/**
 * The grace period: a day covers a night of outage or an hour-long quota cooldown many times over,
 * and a kept read is a few hundred bytes, so a user's dashboard stays well inside the caches' byte
 * budget (functions/cache-budget.ts evicts the least recently used first).
 */
export const LAST_GOOD_MS = 24 * 3_600_000;

/** Failures that mean "Jira cannot answer now", not "this gadget or user is wrong". */
export const LAST_GOOD_CODES: readonly ErrorCode[] = ['RATE_LIMITED', 'UNAVAILABLE', 'TIMEOUT', 'BAD_RESPONSE'];

/** Why a reading is shown from kept reads: a failure above, or Jira's budget being nearly spent. */
export type StaleBecause = ErrorCode | 'NEAR_LIMIT';

export interface LastGoodRead {
  result: MetricResult;
  /** Set when some of `result` is older than the cache's TTL. */
  stale?: StaleBecause;
}

export interface LastGoodOptions {
  client: JiraClient;
  config: GadgetConfig;
  now: number;
  /** The user's time zone and locale. */
  place: Place;
  readings: UserCache<unknown>;
  /** Without an owner nothing is cached, so nothing is kept either. */
  owner: Owner | undefined;
  /** False for the edit preview: it always shows live results or the error. */
  keep: boolean;
  /** How long a read counts as fresh (the cache's TTL). */
  ttlMs: number;
}

/** Reads the gadget; falls back to its last good reading (see the module comment). */
export async function readWithLastGood(o: LastGoodOptions): Promise<LastGoodRead> {
  const { owner, readings } = o;
  const preferKept = o.keep && owner !== undefined && o.client.nearLimit;
  const cache: ReadCache | undefined =
    owner && (async (key, load) => (preferKept ? readings.peek(owner, key) : undefined) ?? readings.get(owner, key, load));
  try {
    const result = await readNumbers(o.client, o.config, { now: o.now, cache, place: o.place });
    return preferKept && (result.at ?? o.now) <= o.now - o.ttlMs ? { result, stale: 'NEAR_LIMIT' } : { result };
  } catch (error) {
    if (!o.keep || !owner || !(error instanceof GlanceError) || !LAST_GOOD_CODES.includes(error.code)) throw error;
    const kept = await readKept(o, owner);
    if (!kept) throw error;
    return { result: kept, stale: error.code };
  }
}

/** The reading computed from kept reads only, without asking Jira; undefined when one is missing. */
async function readKept(o: LastGoodOptions, owner: Owner): Promise<MetricResult | undefined> {
  const missing = new Error('not kept');
  const keptOnly: ReadCache = (key) => {
    const hit = o.readings.peek(owner, key);
    return hit ? Promise.resolve(hit) : Promise.reject(missing);
  };
  try {
    return await readNumbers(o.client, o.config, { now: o.now, cache: keptOnly, place: o.place });
  } catch {
    return undefined;
  }
}

/**
 * The card's stale note: "as of 10:42 AM" (today) or "as of Mar 3, 10:42 AM", the time in the user's
 * zone and locale, the words in the viewer's `language` (default: the place's locale); and why.
 */
export function staleNote(
  at: number,
  because: StaleBecause,
  now: number,
  place: Place,
  language?: string,
): { asOf: string; reason: string } {
  const { timeZone, locale } = place;
  const say = translator(locale, language ?? locale);
  const day = (t: number) => new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(t);
  const time = new Intl.DateTimeFormat(locale, { timeZone, hour: 'numeric', minute: '2-digit' }).format(at);
  const asOf =
    day(at) === day(now)
      ? say('stale.asOf', { time })
      : say('stale.asOfDay', { date: new Intl.DateTimeFormat(locale, { timeZone, month: 'short', day: 'numeric' }).format(at), time });
  const reason = because === 'NEAR_LIMIT' ? say('rate.nearLimit') : statusMessage(because, language ?? locale);
  return { asOf, reason };
}
